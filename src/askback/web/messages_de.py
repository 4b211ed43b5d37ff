"""German translations of the web app's English texts (the English text is the key)."""

GERMAN: dict[str, str] = {
    "Starter kits": "Startersets",
    "Curated question sets for the concerns candidates bring most, in the order to ask them.": (
        "Ausgewählte Fragensets für die häufigsten Anliegen, in der Reihenfolge zum Fragen."
    ),
    "{n} questions": "{n} Fragen",
    "Printable sheet": "Druckbares Blatt",
    "Reading mixed signals": "Widersprüchliche Signale lesen",
    "curated sets for gender diversity and for ML ethics, with how to read mixed signals.": (
        "ausgewählte Sets zu Geschlechtervielfalt und ML-Ethik, mit Hinweisen zu "
        "widersprüchlichen Signalen."
    ),
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
    "Dots are the estimate, bars the 80 % interval, red dashes your deal-breaker line, (n) "
    "the weight you give the dimension, ! sources that disagree. Hover or focus a row for "
    "details.": (
        "Punkte sind die Schätzung, Balken das 80-%-Intervall, rote Striche Ihre "
        "Ausschlussgrenze, (n) Ihre Gewichtung des Bereichs, ! widersprüchliche Quellen. Für "
        "Einzelheiten eine Zeile überfahren oder fokussieren."
    ),
    "Download the dossier (Markdown)": "Dossier herunterladen (Markdown)",
    "Edit": "Bearbeiten",
    "Edit the details": "Angaben bearbeiten",
    "Email": "E-Mail",
    "Error": "Fehler",
    "Estimate": "Schätzung",
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
    "Full question": "Die ganze Frage",
    "Guidance": "Hinweise",
    "Say it": "Kurz gesagt",
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
    "Shortcuts and autosave in full": "Tastenkürzel und automatisches Speichern im Detail",
    "Kept from the last analysis, as signals for the assessment:": (
        "Aus der letzten Analyse übernommen, als Hinweise für die Einschätzung:"
    ),
    "Kind": "Art",
    "Language": "Sprache",
    "Language of the app and the questions": "Sprache der App und der Fragen",
    "Times are shown in {zone} (from {source}). An interview arranged in another zone also "
    "shows its own time.": (
        "Zeiten werden in {zone} angezeigt (Quelle: {source}). Ein Gespräch, das in einer "
        "anderen Zone vereinbart wurde, zeigt auch seine eigene Uhrzeit."
    ),
    "Use this zone": "Diese Zone verwenden",
    "Show times in (an IANA name such as Europe/Berlin; empty: this computer's zone)": (
        "Zeiten anzeigen in (ein IANA-Name wie Europe/Berlin; leer: die Zone dieses Computers)"
    ),
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
    "What it means and what would settle it": "Was das bedeutet und was es klären würde",
    "a hint for your rating: it never changes how much the answer counts": (
        "ein Hinweis für Ihre Bewertung: Er ändert nie, wie viel die Antwort zählt"
    ),
    "sources disagree across the line: not clear until that is settled": (
        "die Quellen liegen auf beiden Seiten der Grenze: erst klar, wenn das geklärt ist"
    ),
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
    # Added in the audit of the web app (issue 6).
    "Add to plan (must-ask list)": "Zum Plan hinzufügen (Pflichtliste)",
    "Added to your must-ask list.": "Auf Ihre Pflichtliste gesetzt.",
    "On your must-ask list.": "Steht auf Ihrer Pflichtliste.",
    "Take it off the must-ask list": "Von der Pflichtliste nehmen",
    "Taken off your must-ask list.": "Von Ihrer Pflichtliste genommen.",
    "askback makes the plan for each interview from your profile and the evidence so far. To "
    "be sure this question is in it, put it on your must-ask list: it then comes first in the "
    "plan of every coming interview whose stage and people suit it, at each opportunity where "
    "it has not been asked yet.": (
        "askback erstellt den Plan für jedes Gespräch aus Ihrem Profil und den bisherigen "
        "Belegen. Damit diese Frage sicher darin steht, setzen Sie sie auf Ihre Pflichtliste: "
        "Sie steht dann vorn im Plan jedes kommenden Gesprächs, zu dessen Phase und Personen "
        "sie passt, bei jeder Stelle, an der sie noch nicht gestellt wurde."
    ),
    "Plans put these first in every coming interview whose stage and people suit them, until "
    "they have been asked at that opportunity. Add them from the question bank, or type ids "
    "here, one per line.": (
        "Pläne stellen diese Fragen in jedem kommenden Gespräch nach vorn, zu dessen Phase und "
        "Personen sie passen, bis sie bei der Stelle gestellt wurden. Fügen Sie sie aus dem "
        "Fragenkatalog hinzu oder tragen Sie hier Kennungen ein, eine pro Zeile."
    ),
    "Coming interviews": "Kommende Gespräche",
    "No interview coming up.": "Kein Gespräch geplant.",
    "suits it": "passt",
    "goes first in its plan unless already asked there": (
        "steht vorn in dessen Plan, sofern dort noch nicht gestellt"
    ),
    "not for this stage": "nicht für diese Phase",
    "not for these people": "nicht für diese Personen",
    "ask it there": "dort stellen",
    "“Ask it there” opens the interview screen with this question added, to note the answer "
    "during the call.": (
        "„Dort stellen“ öffnet die Gesprächsansicht mit dieser Frage, um die Antwort während "
        "des Gesprächs zu notieren."
    ),
    "added by you": "von Ihnen hinzugefügt",
    "With an interview chosen, the plan uses its stage, its people and its length; the "
    "choices below apply when none is chosen.": (
        "Ist ein Gespräch gewählt, nutzt der Plan dessen Phase, Personen und Dauer; die "
        "Angaben darunter gelten, wenn keines gewählt ist."
    ),
    "Keyboard:": "Tastatur:",
    "rating": "Bewertung",
    "rate": "bewerten",
    "next question": "nächste Frage",
    "move": "wechseln",
    "Export them:": "Exportieren:",
    "HTML (to print)": "HTML (zum Drucken)",
    "Weighted fit": "Gewichtete Passung",
    "{label} — weighted fit {mean:.1f}, 80 % interval {low:.1f}–{high:.1f}": (
        "{label} — gewichtete Passung {mean:.1f}, 80-%-Intervall {low:.1f}–{high:.1f}"
    ),
    "Their opportunities": "Ihre Stellen",
    "Interviews with them": "Gespräche mit dieser Person",
    "Not linked to an opportunity yet: choose one under Edit.": (
        "Noch keiner Stelle zugeordnet: unter „Bearbeiten“ wählen."
    ),
    "Done: clear the follow-up": "Erledigt: Nachfassen entfernen",
    "due": "fällig",
    "Your data is stored in this file:": "Ihre Daten liegen in dieser Datei:",
    "Database URL:": "Datenbank-URL:",
    "{size} kB": "{size} kB",
    "Backups go to:": "Sicherungen landen in:",
    "Latest backups": "Letzte Sicherungen",
    "No backup yet.": "Noch keine Sicherung.",
    "To keep a copy elsewhere, download everything as JSON on the Import & export page.": (
        "Für eine Kopie an anderem Ort laden Sie auf der Seite „Import & Export“ alles als "
        "JSON herunter."
    ),
    "{n} opportunities": "{n} Stellen",
    "{n} contacts": "{n} Kontakte",
    "{n} interviews": "{n} Gespräche",
    "{n} signals": "{n} Hinweise",
    "{n} questions of your own": "{n} eigene Fragen",
    "nothing": "nichts",
    "nothing yet": "noch nichts",
    "Would import: {what}.": "Würde einlesen: {what}.",
    "Imported: {what}.": "Eingelesen: {what}.",
    "Would import {n} of {total} rows.": "Würde {n} von {total} Zeilen einlesen.",
    "Imported {n} of {total} rows.": "{n} von {total} Zeilen eingelesen.",
    "Yes, replace: delete everything here first": "Ja, ersetzen: vorher hier alles löschen",
    "Replacing needs this box ticked. Make a backup first on the settings page.": (
        "Zum Ersetzen muss dieses Kästchen angekreuzt sein. Legen Sie vorher in den "
        "Einstellungen eine Sicherung an."
    ),
    "Replacing deletes everything here first: tick the box to confirm.": (
        "Ersetzen löscht vorher alles hier: Bitte das Kästchen zur Bestätigung ankreuzen."
    ),
    "{file}: {bad} of {total} rows have errors, so nothing was imported.": (
        "{file}: {bad} von {total} Zeilen sind fehlerhaft, daher wurde nichts eingelesen."
    ),
    "Fix them, or tick “Skip invalid rows” to import the {n} valid rows.": (
        "Korrigieren Sie sie oder kreuzen Sie „Ungültige Zeilen überspringen“ an, um die {n} "
        "gültigen Zeilen einzulesen."
    ),
    "Some of the guidance below is in English for now.": (
        "Ein Teil der Hinweise unten liegt bisher nur auf Englisch vor."
    ),
    "{n} answer(s) not counted: they have no dimension ({refs}). Edit each answer and choose "
    "the dimension it speaks to.": (
        "{n} Antwort(en) nicht gezählt: ohne Dimension ({refs}). Bearbeiten Sie jede Antwort "
        "und wählen Sie die Dimension, zu der sie etwas sagt."
    ),
    "Cross-site request refused.": ("Anfrage von einer anderen Website abgelehnt."),
    "Request from another origin refused.": ("Anfrage von einem anderen Ursprung abgelehnt."),
    "Something went wrong on askback's side; the server's log has the details.": (
        "Bei askback ist etwas schiefgegangen; Einzelheiten stehen im Protokoll des Servers."
    ),
    "The form field “{field}” holds control character U+{code}: nothing saved.": (
        "Das Formularfeld „{field}“ enthält das Steuerzeichen U+{code}: nichts gespeichert."
    ),
    "The form field “{field}” is not valid UTF-8 text, so nothing was saved.": (
        "Das Formularfeld „{field}“ ist kein gültiger UTF-8-Text, daher wurde nichts gespeichert."
    ),
    "The form's security token is missing or stale: reload the page and try again.": (
        "Das Sicherheitstoken des Formulars fehlt oder ist veraltet: Seite neu laden und "
        "noch einmal versuchen."
    ),
    "The request is too large: at most {mb} MB are accepted.": (
        "Die Anfrage ist zu groß: höchstens {mb} MB werden angenommen."
    ),
    "The request's Content-Length is not a number.": (
        "Die Content-Length der Anfrage ist keine Zahl."
    ),
    "The confidence applies to a deal breaker: choose a level first (without JavaScript, "
    "save once; a new deal breaker starts at 80 %).": (
        "Die Sicherheit gilt für einen Ausschlussgrund: Wählen Sie zuerst eine Stufe (ohne "
        "JavaScript einmal speichern; ein neuer Ausschlussgrund beginnt mit 80 %)."
    ),
    "This answer sounds like a red flag of this question": (
        "Diese Antwort klingt nach einem Warnsignal dieser Frage"
    ),
    "a pointer only: you decide the rating and the red-flag tick": (
        "nur ein Hinweis: Bewertung und Warnsignal-Haken entscheiden Sie"
    ),
}
