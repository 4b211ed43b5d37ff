"""German translations of the web app's English texts (the English text is the key)."""

GERMAN: dict[str, str] = {
    "(imports back without loss)": "(lässt sich verlustfrei wieder einlesen)",
    "80 % interval": "80-%-Intervall",
    "A Markdown dossier per opportunity: on each opportunity's page.": (
        "Ein Markdown-Dossier je Stelle: auf der Seite der Stelle."
    ),
    "A backup copies the whole database (on PostgreSQL: your data as a JSON export). "
    "Restore it with: askback restore FILE": (
        "Eine Sicherung kopiert die ganze Datenbank (bei PostgreSQL: Ihre Daten als "
        "JSON-Export). Zurückspielen mit: askback restore DATEI"
    ),
    "A deal breaker 'at least 3 with 80 % confidence' is raised when the evidence says the "
    "level is below 3 with at least that much probability.": (
        "Ein Ausschlussgrund „mindestens 3 mit 80 % Sicherheit“ schlägt an, wenn die Belege "
        "mit mindestens dieser Wahrscheinlichkeit für eine Stufe unter 3 sprechen."
    ),
    "Add a signal": "Hinweis hinzufügen",
    "Add an opportunity": "Stelle hinzufügen",
    "Add another question of your own": "Weitere eigene Frage hinzufügen",
    "Add contact": "Kontakt hinzufügen",
    "Add interview": "Gespräch hinzufügen",
    "Add opportunity": "Stelle hinzufügen",
    "Add signal": "Hinweis hinzufügen",
    "Add to a plan": "Zu einem Plan hinzufügen",
    "Add to plan": "Zum Plan hinzufügen",
    "Added: it is on your must-ask list, so every plan puts it first until it has been asked.": (
        "Hinzugefügt: Die Frage steht auf Ihrer Pflichtliste; jeder Plan stellt sie nach vorn, "
        "bis sie gestellt wurde."
    ),
    "Analyse": "Analysieren",
    "Analyse another version of the ad": "Eine andere Fassung der Anzeige analysieren",
    "Answers": "Antworten",
    "Ask": "Fragen",
    "Assessment": "Einschätzung",
    "Assessment of {label}: 80 % interval per dimension": (
        "Einschätzung von {label}: 80-%-Intervall je Bereich"
    ),
    "At {label}, ask the {who}": "Bei {label} fragen: {who}",
    "Back to the dashboard": "Zurück zur Übersicht",
    "Back up now": "Jetzt sichern",
    "Backup": "Sicherung",
    "Backup written to {path} ({size} bytes).": "Sicherung geschrieben: {path} ({size} Bytes).",
    "Better asked elsewhere": "Besser anderswo gefragt",
    "Books, courses, communities and online events for data-science interviews and careers.": (
        "Bücher, Kurse, Communities und Online-Veranstaltungen für Bewerbungsgespräche und "
        "Karrieren in Data Science."
    ),
    "CSV file": "CSV-Datei",
    "Change status": "Status ändern",
    "Cheat sheet": "Spickzettel",
    "Cheat sheet (print)": "Spickzettel (drucken)",
    "Columns are matched by name (company, role, status, …). For a custom mapping use: "
    "askback import csv --map": (
        "Spalten werden über ihren Namen zugeordnet (company, role, status, …). Für eine eigene "
        "Zuordnung: askback import csv --map"
    ),
    "Company": "Unternehmen",
    "Compare": "Vergleichen",
    "Compare offers": "Angebote vergleichen",
    "Comparison: 80 % interval per dimension and opportunity": (
        "Vergleich: 80-%-Intervall je Bereich und Stelle"
    ),
    "Confidence": "Sicherheit",
    "Confidence for {dim}": "Sicherheit für {dim}",
    "Conflicts": "Widersprüche",
    "Contacts": "Kontakte",
    "Contacts and network": "Kontakte und Netzwerk",
    "Currency": "Währung",
    "Dashboard": "Übersicht",
    "Data directory: {path}. Start askback with --db to use another file or a PostgreSQL server.": (
        "Datenverzeichnis: {path}. Starten Sie askback mit --db, um eine andere Datei oder einen "
        "PostgreSQL-Server zu nutzen."
    ),
    "Database": "Datenbank",
    "Date and time": "Datum und Uhrzeit",
    "Deal breaker for {dim}: at least": "Ausschlussgrund für {dim}: mindestens",
    "Deal breaker: at least": "Ausschlussgrund: mindestens",
    "Deal breakers": "Ausschlussgründe",
    "Deal-breaker alerts": "Warnungen zu Ausschlussgründen",
    "Delete": "Löschen",
    "Delete contact": "Kontakt löschen",
    "Delete this opportunity": "Diese Stelle löschen",
    "Details": "Angaben",
    "Dimension": "Bereich",
    "Dots are the estimate, bars the 80 % interval, red dashes your deal-breaker line. "
    "Hover or focus a row for details.": (
        "Punkte sind die Schätzung, Balken das 80-%-Intervall, rote Striche Ihre "
        "Ausschlussgrenze. Für Einzelheiten eine Zeile überfahren oder fokussieren."
    ),
    "Download the dossier (Markdown)": "Dossier herunterladen (Markdown)",
    "Edit": "Bearbeiten",
    "Edit the details": "Angaben bearbeiten",
    "Email": "E-Mail",
    "Error": "Fehler",
    "Estimate": "Schätzung",
    "Every plan puts these first until they have been asked. Add them from the question "
    "bank, or type ids here, one per line.": (
        "Jeder Plan stellt diese Fragen nach vorn, bis sie gestellt wurden. Fügen Sie sie aus "
        "dem Fragenkatalog hinzu oder tragen Sie hier Kennungen ein, eine pro Zeile."
    ),
    "Everything as JSON": "Alles als JSON",
    "Everything saves as you type. If the tab closes first, your notes are kept in this "
    "browser and saved when you come back.": (
        "Alles wird beim Tippen gespeichert. Schließt sich der Tab vorher, bleiben Ihre Notizen "
        "in diesem Browser und werden beim nächsten Besuch gespeichert."
    ),
    "Evidence from outside the interviews: the job ad, public reports, employee reviews, "
    "informal chats.": (
        "Belege außerhalb der Gespräche: die Stellenanzeige, öffentliche Berichte, "
        "Bewertungen von Beschäftigten, informelle Gespräche."
    ),
    "Export": "Export",
    "Filter": "Filtern",
    "Findings": "Befunde",
    "Fit": "Passung",
    "Follow up on": "Nachfassen am",
    "Follow-up": "Nachfrage",
    "Follow-up due": "Nachfassen fällig",
    "Follow-ups": "Nachfragen",
    "Follow-ups due": "Fällige Nachfassaktionen",
    "For the interview": "Für das Gespräch",
    "Green flags": "Gute Zeichen",
    "Guidance": "Hinweise",
    "How": "Wie",
    "How much each dimension matters to you (0 = not at all, 10 = above all), and what would "
    "rule an offer out. Assessments, plans and comparisons all use it.": (
        "Wie wichtig Ihnen jeder Bereich ist (0 = gar nicht, 10 = über allem) und was ein "
        "Angebot ausschließt. Einschätzungen, Pläne und Vergleiche nutzen das."
    ),
    "How you met": "Kennengelernt über",
    "Import": "Importieren",
    "Import & export": "Import & Export",
    "Import a spreadsheet (CSV)": "Tabelle importieren (CSV)",
    "Import an askback export": "askback-Export importieren",
    "In this workspace:": "In diesem Arbeitsbereich:",
    "In {p} of draws none passes.": "In {p} der Ziehungen besteht keines.",
    "Instead": "Stattdessen",
    "Interview": "Gespräch",
    "Interviews": "Gespräche",
    "Interviews as a calendar (ICS)": "Gespräche als Kalender (ICS)",
    "JSON file": "JSON-Datei",
    "Job ad": "Stellenanzeige",
    "Job ad text (English or German)": "Text der Stellenanzeige (Englisch oder Deutsch)",
    "Keyboard shortcuts": "Tastenkürzel",
    "Kept from the last analysis, as signals for the assessment:": (
        "Aus der letzten Analyse übernommen, als Hinweise für die Einschätzung:"
    ),
    "Kind": "Art",
    "Language": "Sprache",
    "Language of the app and the questions": "Sprache der App und der Fragen",
    "Links": "Links",
    "Listen for": "Darauf achten",
    "Location": "Ort",
    "Log your notes": "Notizen nachtragen",
    "Main": "Hauptmenü",
    "Make the plan": "Plan erstellen",
    "Minutes": "Minuten",
    "Minutes for your questions": "Minuten für Ihre Fragen",
    "Moved most by": "Am stärksten bewegt durch",
    "Must-ask questions": "Pflichtfragen",
    "Name": "Name",
    "New contact": "Neuer Kontakt",
    "New opportunity": "Neue Stelle",
    "New status": "Neuer Status",
    "Next interview": "Nächstes Gespräch",
    "No answer recorded yet.": "Noch keine Antwort erfasst.",
    "No contact yet.": "Noch kein Kontakt.",
    "No interview in the next two weeks.": "Kein Gespräch in den nächsten zwei Wochen.",
    "No interview yet.": "Noch kein Gespräch.",
    "No opportunity yet.": "Noch keine Stelle.",
    "No question matches. Try fewer words or another filter.": (
        "Keine Frage passt. Versuchen Sie weniger Wörter oder einen anderen Filter."
    ),
    "No resource matches.": "Keine Quelle passt.",
    "No signal yet.": "Noch kein Hinweis.",
    "Nobody to follow up with today.": "Heute ist bei niemandem nachzufassen.",
    "Note": "Notiz",
    "Notes": "Notizen",
    "Nothing left that would change the order.": "Nichts mehr, was die Reihenfolge ändern würde.",
    "Nothing to note.": "Nichts anzumerken.",
    "Nothing to save yet": "Noch nichts zu speichern",
    "Nothing waits on you.": "Nichts wartet auf Sie.",
    "Nothing worth asking here: every dimension you weigh is already well known.": (
        "Hier lohnt keine Frage: Jeder Bereich, der Ihnen wichtig ist, ist schon gut bekannt."
    ),
    "On the high side": "Auf der hohen Seite",
    "On the low side": "Auf der niedrigen Seite",
    "On this page": "Auf dieser Seite",
    "One CSV file per table (zip)": "Eine CSV-Datei pro Tabelle (zip)",
    "Only check, change nothing": "Nur prüfen, nichts ändern",
    "Open the interview screen": "Gesprächsansicht öffnen",
    "Opportunities": "Stellen",
    "Opportunities to compare": "Zu vergleichende Stellen",
    "Opportunity": "Stelle",
    "P(best)": "P(beste)",
    "Paste the job ad to analyse it": "Stellenanzeige einfügen und analysieren",
    "Pay from": "Gehalt von",
    "Pay period": "Zeitraum",
    "Pay to": "Gehalt bis",
    "Pipeline": "Bewerbungsstand",
    "Plan": "Plan",
    "Plan an interview": "Gespräch planen",
    "Plan the question that settles it": "Die klärende Frage planen",
    "Plans are made per interview from your profile and the evidence so far. A question you "
    "add goes on your must-ask list.": (
        "Pläne entstehen je Gespräch aus Ihrem Profil und den bisherigen Belegen. Eine "
        "hinzugefügte Frage kommt auf Ihre Pflichtliste."
    ),
    "Print": "Drucken",
    "Probability that each is best": "Wahrscheinlichkeit, die beste zu sein",
    "Probability that each offer is best": "Wahrscheinlichkeit, das beste Angebot zu sein",
    "Profile": "Profil",
    "Profile saved.": "Profil gespeichert.",
    "Question bank": "Fragenkatalog",
    "Question ids": "Fragen-Kennungen",
    "Questions": "Fragen",
    "Rating": "Bewertung",
    "Red flag": "Warnsignal",
    "Red flags": "Warnzeichen",
    "Related": "Verwandte Fragen",
    "Remote policy": "Remote-Regelung",
    "Resources": "Quellen",
    "Role": "Rolle",
    "Rows are": "Zeilen sind",
    "Rows skipped:": "Übersprungene Zeilen:",
    "Rubric": "Bewertung",
    "Save": "Speichern",
    "Save details": "Angaben speichern",
    "Save profile": "Profil speichern",
    "Saved": "Gespeichert",
    "Saved at {t}": "Gespeichert um {t}",
    "Schedule or record an interview": "Gespräch planen oder erfassen",
    "Search": "Suchen",
    "Sensitive": "Heikel",
    "Set your profile": "Profil festlegen",
    "Settings": "Einstellungen",
    "Share of {n} draws from the posteriors in which each offer has the highest fit and "
    "passes your deal breakers.": (
        "Anteil von {n} Ziehungen aus den A-posteriori-Verteilungen, in denen das Angebot die "
        "höchste Passung hat und Ihre Ausschlussgründe besteht."
    ),
    "Showing the latest {n} events.": "Die letzten {n} Ereignisse.",
    "Side by side": "Nebeneinander",
    "Signals": "Hinweise",
    "Skip invalid rows": "Ungültige Zeilen überspringen",
    "Skip to content": "Zum Inhalt springen",
    "Skipped dimensions": "Übersprungene Bereiche",
    "Someone new: name": "Neue Person: Name",
    "Something is not right": "Etwas stimmt nicht",
    "Source": "Quelle",
    "Speaks as": "Spricht als",
    "Stage": "Phase",
    "Start by adding an opportunity, or set your profile first: what matters to you, and "
    "what would be a deal breaker.": (
        "Fügen Sie zuerst eine Stelle hinzu oder legen Sie Ihr Profil fest: was Ihnen wichtig "
        "ist und was ein Ausschlussgrund wäre."
    ),
    "Status": "Status",
    "Suggestion": "Vorschlag",
    "Tags": "Schlagwörter",
    "The ad as pasted": "Die eingefügte Anzeige",
    "The question bank as a printable page": "Der Fragenkatalog als druckbare Seite",
    "Their role": "Ihre Rolle",
    "Time zone": "Zeitzone",
    "Timeline": "Verlauf",
    "To look around first, start the demo: askback serve --demo": (
        "Zum Umsehen zuerst die Demo starten: askback serve --demo"
    ),
    "Track the companies you talk to, ask them the right questions, and see what the answers "
    "add up to.": (
        "Behalten Sie die Unternehmen im Blick, stellen Sie ihnen die richtigen Fragen und sehen "
        "Sie, was die Antworten ergeben."
    ),
    "Type your notes: a suggested rating appears here.": (
        "Tippen Sie Ihre Notizen: Hier erscheint eine vorgeschlagene Bewertung."
    ),
    "Upcoming interviews": "Anstehende Gespräche",
    "Use {n}": "{n} übernehmen",
    "Waiting on you": "Wartet auf Sie",
    "Warning signs": "Warnzeichen",
    "Weight": "Gewicht",
    "Welcome to askback.": "Willkommen bei askback.",
    "What did you ask?": "Was haben Sie gefragt?",
    "What it sounds like": "Wie das klingt",
    "What moved each estimate": "Was jede Schätzung bewegt hat",
    "What they said": "Was die Person gesagt hat",
    "What would settle it": "Was es entscheiden würde",
    "When": "Wann",
    "Where": "Wo",
    "Who answered": "Wer geantwortet hat",
    "Who takes part": "Wer teilnimmt",
    "Whom to ask": "Wen fragen",
    "Why ask": "Warum fragen",
    "Why this question": "Warum diese Frage",
    "With": "Mit",
    "Yes, delete it with its interviews, answers and signals.": (
        "Ja, mit Gesprächen, Antworten und Hinweisen löschen."
    ),
    "Your data is stored here:": "Ihre Daten liegen hier:",
    "Your must-ask list": "Ihre Pflichtfragen",
    "Your own question": "Ihre eigene Frage",
    "Your profile": "Ihr Profil",
    "about {m} minutes": "etwa {m} Minuten",
    "add to what is here": "zum Vorhandenen hinzufügen",
    "adequate": "angemessen",
    "all": "alle",
    "any stage": "jede Phase",
    "anyone": "alle",
    "ask": "fragen",
    "askback checks the wording, the requirements, pay transparency and the commitments, and "
    "keeps the findings as signals for the assessment.": (
        "askback prüft Wortwahl, Anforderungen, Gehaltstransparenz und Zusagen und speichert "
        "die Befunde als Hinweise für die Einschätzung."
    ),
    "askback runs on this computer; your notes never leave it.": (
        "askback läuft auf diesem Computer; Ihre Notizen verlassen ihn nie."
    ),
    "at least": "mindestens",
    "choose below instead": "stattdessen unten wählen",
    "comma-separated": "durch Kommas getrennt",
    "concreteness": "Konkretheit",
    "conflict": "Widerspruch",
    "deal breaker": "Ausschlussgrund",
    "deal breaker at least {level}: {risk:.0%} risk ({verdict})": (
        "Ausschlussgrund mindestens {level}: {risk:.0%} Risiko ({verdict})"
    ),
    "decide on the offer": "über das Angebot entscheiden",
    "decide whether to apply": "entscheiden, ob Sie sich bewerben",
    "e.g. model review, parental leave, on-call": "z. B. Modellprüfung, Elternzeit, Bereitschaft",
    "e.g. online networking events": "z. B. Online-Netzwerktreffen",
    "either": "egal",
    "exemplary": "vorbildlich",
    "from anywhere: next or previous question": "überall: nächste oder vorige Frage",
    "good": "gut",
    "in the notes: go to the rating": "in den Notizen: zur Bewertung springen",
    "independent sources disagree by {gap} levels.": (
        "unabhängige Quellen liegen {gap} Stufen auseinander."
    ),
    "mean {mean:.1f}, 80 % interval {low:.1f}–{high:.1f}, from {n} answer(s)": (
        "Mittel {mean:.1f}, 80-%-Intervall {low:.1f}–{high:.1f}, aus {n} Antwort(en)"
    ),
    "met via": "kennengelernt über",
    "must ask": "Pflichtfrage",
    "next": "nächstes",
    "no rated evidence yet": "noch keine bewerteten Belege",
    "no rating yet": "noch keine Bewertung",
    "none": "keiner",
    "not in the bank": "nicht im Katalog",
    "not known": "unbekannt",
    "not recorded": "nicht erfasst",
    "not sensitive": "nicht heikel",
    "of 5": "von 5",
    "on the rating: next question": "auf der Bewertung: nächste Frage",
    "on the rating: rate; 0 clears": "auf der Bewertung: bewerten; 0 löscht",
    "on the rating: toggle the red flag": "auf der Bewertung: Warnsignal an/aus",
    "one per line": "einer pro Zeile",
    "only into an empty workspace": "nur in einen leeren Arbeitsbereich",
    "rated {n}": "bewertet mit {n}",
    "rating {n}": "Bewertung {n}",
    "recurring": "regelmäßig",
    "red flag": "Warnsignal",
    "referral, job board …": "Empfehlung, Jobbörse …",
    "replace everything here": "alles hier ersetzen",
    "research first": "vorher recherchieren",
    "risk {p} that it falls below": "Risiko {p}, dass es darunter liegt",
    "sensitive": "heikel",
    "sensitive only": "nur heikle",
    "sources disagree": "Quellen widersprechen sich",
    "sources disagree by {gap} levels": "Quellen liegen {gap} Stufen auseinander",
    "risk {p} that it falls below {level}": "Risiko {p}, dass es unter {level} liegt",
    "{n} red flag(s)": "{n} Warnsignal(e)",
    "unrated": "unbewertet",
    "video call, office …": "Videoanruf, Büro …",
    "weak": "schwach",
    "weighted by your profile": "gewichtet nach Ihrem Profil",
    "with": "mit",
    "{label}: best in {p:.0%} of draws": "{label}: in {p:.0%} der Ziehungen die beste",
    "{n} answers": "{n} Antworten",
    "{n} curated questions to ask the employer, each with guidance on what a good and a bad "
    "answer sound like.": (
        "{n} ausgewählte Fragen an den Arbeitgeber, jede mit Hinweisen, wie eine gute und eine "
        "schlechte Antwort klingen."
    ),
    "{n} more questions are in the plan in the app.": (
        "{n} weitere Fragen stehen im Plan in der App."
    ),
    "{n} questions match.": "{n} Fragen passen.",
    "{n} questions, about {m} minutes": "{n} Fragen, etwa {m} Minuten",
    "{n} resources.": "{n} Quellen.",
    "{p} chance it changes which offer leads": (
        "{p} Chance, dass sich das führende Angebot ändert"
    ),
    "Gender-coded wording": "Geschlechtlich konnotierte Wortwahl",
    "Exclusionary wording": "Ausschließende Wortwahl",
    "Requirement inflation": "Überzogene Anforderungen",
    "Pay transparency": "Gehaltstransparenz",
    "Commitments and conditions": "Zusagen und Bedingungen",
}
