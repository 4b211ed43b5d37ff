"""Round rt36de: German job ads (Germany, Austria, Switzerland), issue 11's classes.

Every input was written for this round (none is from the issue or the corpora); each expectation
was set before askback ran. Classes end in " (rt36de)".
"""

# ruff: noqa: E501  (the inputs are whole ad lines, kept on one line each to read them)
from __future__ import annotations

from benchmarks.redteam_probe import (
    AdReport,
    Check,
    ad,
    arr,
    case,
    fem,
    flagged,
    langs,
    masc,
    must,
    native,
    no_age,
    no_gender,
    no_native,
    no_pay,
    not_flagged,
    not_required,
    pay_is,
    pay_max,
    pay_min,
)

P, A, L, X, R, G, S = (
    c + " (rt36de)"
    for c in ("pay", "arrangement", "languages", "exclusionary", "requirements", "gender", "scale")
)


def de(cls: str, frag: str, chk: Check, title: str = "") -> None:
    case(cls, ad(frag, "de", title=title), chk)


def pay_cur(lo: float | None, hi: float | None, cur: str, period: str | None = None) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        ok = (
            r.pay.stated
            and r.pay.minimum == lo
            and r.pay.maximum == hi
            and r.pay.currency == cur
            and (period is None or r.pay.period == period)
        )
        return ok, f"pay=({r.pay.minimum},{r.pay.maximum},{r.pay.currency},{r.pay.period})"

    return chk


def scale_has(*parts: str) -> Check:
    """The pay scale is read, and its label holds each of `parts` (case as written)."""

    def chk(r: AdReport) -> tuple[bool, str]:
        label = r.pay.scale or ""
        fs = [(f.level.value, f.title[:50]) for f in r.findings if f.check == "salary"]
        ok = bool(label) and all(p in label for p in parts) and all(lv != "gap" for lv, _ in fs)
        return ok, f"scale={r.pay.scale!r} {fs}"

    return chk


def no_scale(r: AdReport) -> tuple[bool, str]:
    return r.pay.scale is None and not r.pay.stated, f"scale={r.pay.scale!r} stated={r.pay.stated}"


def not_onsite_or_hybrid(r: AdReport) -> tuple[bool, str]:
    return r.work_arrangement == "not_stated", f"arr={r.work_arrangement} days={r.office_days}"


# ---------------------------------------------------------------- pay: figures
for frag, chk in (
    ("Das Jahresgehalt liegt zwischen 61.500 und 68.000 € brutto.", pay_is(61500, 68000, "year")),
    ("Wir zahlen dir brutto 4.100 bis 4.600 Euro im Monat.", pay_is(4100, 4600, "month")),
    ("Gehalt: ab 3.950 € brutto monatlich (x 13).", pay_min(3950, "month")),
    ("Monatsgehalt von 3.800 € brutto, 14 Mal im Jahr ausbezahlt.", pay_min(3800, "month")),
    (
        "Für diese Position gilt ein KV-Mindestgehalt von 3.412,50 € brutto pro Monat (14 x jährlich); eine Überzahlung je nach Qualifikation ist möglich.",
        pay_min(3412.5, "month"),
    ),
    (
        "Das Mindestentgelt laut Kollektivvertrag beträgt EUR 2.980,- brutto monatlich, wir sind zur Überzahlung bereit.",
        pay_min(2980, "month"),
    ),
    ("Jahresbruttogehalt ab EUR 48.000,- (Basis Vollzeit).", pay_min(48000, "year")),
    ("Lohnband: CHF 105'000 – 125'000 (bei 100 %).", pay_cur(105000, 125000, "CHF")),
    (
        "Jahreslohn CHF 92'000 bis 104'000 inkl. 13. Monatslohn.",
        pay_cur(92000, 104000, "CHF", "year"),
    ),
    ("Wir bieten ein Bruttojahresgehalt von bis zu 75.000 €.", pay_max(75000, "year")),
    ("Vergütung: 28 € pro Stunde.", pay_is(28, 28, "hour")),
    ("Stundenlohn ab 16,50 EUR brutto.", pay_min(16.5, "hour")),
    ("Zielgehalt 85–95 k€ p. a. inklusive variablem Anteil.", pay_is(85000, 95000, "year")),
    ("Brutto-Monatslohn: CHF 6'200.– bis 7'100.–", pay_cur(6200, 7100, "CHF", "month")),
    (
        "Festgehalt von 58.000 Euro jährlich, dazu ein Bonus von bis zu 8.000 Euro.",
        pay_is(58000, 58000, "year"),
    ),
    ("Bis zu 4.800 € brutto/Monat, je nach Erfahrung.", pay_max(4800, "month")),
    (
        "Ihr Gehalt bewegt sich zwischen EUR 3.600 und EUR 4.200 brutto pro Monat (14 Gehälter).",
        pay_is(3600, 4200, "month"),
    ),
    (
        "Sie erhalten zwischen 54 000 und 59 000 Euro brutto jährlich.",
        pay_is(54000, 59000, "year"),
    ),
    ("Das Salär beträgt CHF 8'400 brutto pro Monat (x 13).", pay_cur(8400, 8400, "CHF", "month")),
    ("Vergütung je nach Erfahrung 65.000 – 72.000 € p.a.", pay_is(65000, 72000, "year")),
    ("Umzugspauschale von 5.000 € und ein Jobticket.", no_pay),
    ("Budgetverantwortung für bis zu 2 Mio. € im Jahr.", no_pay),
    ("Ein Team von 12 bis 15 Personen freut sich auf dich.", no_pay),
    ("Sie verantworten einen Jahresumsatz von 40.000.000 €.", no_pay),
):
    de(P, frag, chk)

# ---------------------------------------------------------------- pay: public scales
for frag, chk in (
    ("Besoldung bis A 12 BBesO.", scale_has("A 12")),
    ("Die Besoldung erfolgt bis Besoldungsgruppe A 11.", scale_has("A 11")),
    ("Besoldung von A 9 bis A 11 nach Bundesbesoldungsgesetz.", scale_has("A 9", "11")),
    ("Besoldung: A 13 (gehobener Dienst).", scale_has("A 13")),
    ("Besoldung ab A 10, Beförderung bis A 12 möglich.", scale_has("A 10")),
    ("Die Stelle ist bewertet mit A 11 BBesO bzw. Entgeltgruppe 11 TVöD.", scale_has("11")),
    ("Dotierung: bis Besoldungsgruppe B 3.", scale_has("B 3")),
    ("Besoldet wird nach A 14 LBesG.", scale_has("A 14")),
    ("Die Vergütung erfolgt nach Entgeltgruppe 11 TV-L.", scale_has("11", "TV-L")),
    (
        "Eingruppierung je nach Qualifikation bis Entgeltgruppe 13 TVöD (Bund).",
        scale_has("13", "TVöD"),
    ),
    ("Bezahlung ab EG 9b TV-L.", scale_has("9b", "TV-L")),
    ("Entgelt nach TVöD-VKA, bis E 10.", scale_has("10", "TVöD")),
    ("Vergütung nach E 12 TV-H.", scale_has("12")),
    ("Lohnklasse 18 bis 21 der kantonalen Lohnskala.", scale_has("Lohnklasse 18")),
    ("Sie werden in die Besoldungsgruppe A 10 übernommen.", scale_has("A 10")),
    ("Besoldung nach W 2 für die Professur.", scale_has("W 2")),
    ("Ihre Aufgabe: Abrechnung der Besoldung nach A 13 für unsere Beamten.", no_scale),
    ("Die Schulung findet in Raum A 13, Gebäude B statt.", no_scale),
    ("Unser Standort liegt direkt an der A 9 zwischen München und Nürnberg.", no_scale),
    ("Du kennst dich mit Besoldungsrecht und TVöD-Abrechnung aus.", no_scale),
):
    de(S, frag, chk)

# ---------------------------------------------------------------- arrangement
for frag, chk in (
    ("Präsenztag ist immer mittwochs, sonst arbeitest du remote.", arr("hybrid", 1)),
    ("Unser Bürotag ist donnerstags.", arr("hybrid", 1)),
    ("Montags und donnerstags bist du bei uns im Büro.", arr("hybrid", 2)),
    ("Dienstags und freitags arbeitest du im Office, die übrigen Tage mobil.", arr("hybrid", 2)),
    (
        "An zwei festen Tagen pro Woche arbeiten Sie vor Ort, an den übrigen im Homeoffice.",
        arr("hybrid", 2),
    ),
    ("Anwesenheit im Büro an drei festen Wochentagen.", arr("hybrid", 3)),
    ("Bürotag: jeden Mittwoch.", arr("hybrid", 1)),
    ("Vor-Ort-Tage sind Dienstag und Donnerstag.", arr("hybrid", 2)),
    ("Bürotage sind Montag und Mittwoch, den Rest der Woche entscheidest du.", arr("hybrid", 2)),
    ("Im Büro sind wir immer dienstags und donnerstags.", arr("hybrid", 2)),
    ("Ein Präsenztag pro Woche (Mittwoch) in Wien.", arr("hybrid", 1)),
    ("Mobiles Arbeiten ist bis zu 60 % der Arbeitszeit möglich.", arr("hybrid")),
    ("Homeoffice-Anteil von bis zu 50 Prozent.", arr("hybrid")),
    ("Homeoffice ist nach Rücksprache mit der Führungskraft möglich.", arr("hybrid")),
    ("Die Tätigkeit erfolgt vollständig vor Ort in unserem Büro in Linz.", arr("onsite")),
    ("Präsenzpflicht im Büro, kein Homeoffice.", arr("onsite")),
    ("Pensum 80-100 %, Homeoffice bis 2 Tage pro Woche möglich.", arr("hybrid")),
    ("Arbeitspensum 60–80 %; teilweise Homeoffice möglich.", arr("hybrid")),
    ("Remote aus ganz Österreich möglich.", arr("remote")),
    ("Du arbeitest zu 100 % remote.", arr("remote")),
    ("Zwei Tage die Woche kommst du ins Büro nach Graz.", arr("hybrid", 2)),
    ("Ein Tag pro Woche Präsenz in Bern ist Pflicht.", arr("hybrid", 1)),
    ("Hybrides Arbeiten: 3 Tage remote, 2 Tage vor Ort.", arr("hybrid", 2)),
    ("Wir erwarten Sie an vier Tagen in der Woche im Büro.", arr("hybrid", 4)),
    ("Sie arbeiten überwiegend im Homeoffice und sind einmal pro Woche im Büro.", arr("hybrid", 1)),
    ("Unser Büro ist montags bis freitags von 8 bis 17 Uhr erreichbar.", not_onsite_or_hybrid),
    ("Die Teammeetings finden immer dienstags statt.", not_onsite_or_hybrid),
    ("Sprechzeiten: dienstags und donnerstags von 9 bis 12 Uhr.", not_onsite_or_hybrid),
    ("Die Anlieferung erfolgt montags und donnerstags.", not_onsite_or_hybrid),
    ("Mittwochs gibt es frisches Obst im Büro.", not_onsite_or_hybrid),
):
    de(A, frag, chk)

# ---------------------------------------------------------------- languages
for frag, chk in (
    (
        "Deutsch auf C1-Niveau zwingend, Englisch B2 wünschenswert.",
        langs(German=True, English=False),
    ),
    ("Französisch ist ein Muss, Italienisch von Vorteil.", langs(French=True, Italian=False)),
    (
        "Sehr gute Deutsch- und Englischkenntnisse (mind. C1) setzen wir voraus.",
        langs(German=True, English=True),
    ),
    ("Englischkenntnisse sind von Vorteil, aber kein Muss.", not_required("English")),
    ("Verhandlungssicheres Englisch (C1) ist Voraussetzung.", langs(English=True)),
    ("Gute Französischkenntnisse (B2) wären ein Plus.", langs(French=False)),
    ("Deutsch (mind. B2) erforderlich; Polnisch hilfreich.", langs(German=True, Polish=False)),
    ("Stilsicheres Deutsch auf Niveau C2.", langs(German=True)),
    ("Kenntnisse der zweiten Landessprache (Französisch) sind erwünscht.", langs(French=False)),
    ("Deutsch C1 nach GER zwingend erforderlich.", langs(German=True)),
    (
        "Du kommunizierst sicher auf Englisch (C1); Deutschkenntnisse sind nicht erforderlich.",
        langs(English=True),
    ),
    ("Sie sprechen Deutsch auf muttersprachlichem Niveau.", native),
    ("Muttersprachliches Deutsch in Wort und Schrift.", native),
    ("Deutsch auf Muttersprachenniveau ist ein Muss.", native),
    ("Italienisch als Muttersprache, Deutsch mindestens B2.", native),
    ("Englisch auf Muttersprachler-Niveau.", native),
    ("Sie haben Deutsch als Erstsprache.", native),
    ("Du unterstützt Kinder beim Lernen in ihrer Muttersprache.", no_native),
    ("Deutsch in Wort und Schrift (C1), Englisch gut.", langs(German=True)),
    (
        "Englisch: fließend (C1) – Pflicht. Deutsch: nice to have.",
        langs(English=True, German=False),
    ),
):
    de(L, frag, chk)

# ---------------------------------------------------------------- exclusionary
for frag, chk, title in (
    ("Du passt in unser junges und dynamisches Team.", flagged("age-coded"), ""),
    ("Wir sind ein junges, motiviertes Team mit flachen Hierarchien.", flagged("age-coded"), ""),
    ("Wir suchen junge Talente mit frischem Blick.", flagged("age-coded"), ""),
    ("Werde Teil unserer jungen Truppe!", flagged("age-coded"), ""),
    ("Sie sind zwischen 25 und 35 Jahre alt.", flagged("age-coded"), ""),
    ("Dich erwartet ein junges dynamisches Umfeld.", flagged("age-coded"), ""),
    ("Ein dynamisches, junges Kollegium freut sich auf Sie.", flagged("age-coded"), ""),
    ("Sie arbeiten mit Kindern und Jugendlichen in der Jugendhilfe.", no_age, ""),
    ("Wir sind ein junges Unternehmen, gegründet 2021.", no_age, ""),
    ("Wir sind ein dynamisches Unternehmen im Wachstum.", no_age, ""),
    (
        "Sie sind körperlich belastbar und können Lasten bis 20 kg heben.",
        flagged("ability-coded"),
        "",
    ),
    ("Eine gute körperliche Konstitution setzen wir voraus.", flagged("ability-coded"), ""),
    (
        "Du kannst Lasten bis 25 kg heben und stehst gerne.",
        not_flagged("ability-coded"),
        "Lagerist (m/w/d)",
    ),
    (
        "Schweizer Staatsbürgerschaft oder Niederlassungsbewilligung C erforderlich.",
        flagged("nationality-coded", "concern"),
        "",
    ),
    (
        "Österreichische Staatsbürgerschaft ist Voraussetzung.",
        flagged("nationality-coded", "concern"),
        "",
    ),
    (
        "Voraussetzung ist die Staatsangehörigkeit eines EU-Mitgliedstaates.",
        flagged("nationality-coded", "concern"),
        "",
    ),
    (
        "Sie besitzen die deutsche Staatsangehörigkeit oder die eines anderen EU-Staates (§ 7 BBG).",
        flagged("nationality-coded", "concern"),
        "",
    ),
):
    de(X, frag, chk, title)

# ---------------------------------------------------------------- requirement headings
BODY = (
    "\n{duties}\n- Aufbau von Dashboards\n- Pflege der Datenmodelle\n- Abstimmung mit Fachbereichen\n"
    "{profile}\n- Studium der Informatik\n- Erfahrung mit SQL\n- Kenntnisse in Python\n- Teamfähigkeit\n"
    "{nice}\n- Erfahrung mit dbt\n- Kenntnisse in Airflow\n"
    "{offer}\n- 30 Tage Urlaub\n- Jobrad\n- Betriebliche Altersvorsorge\n- Weiterbildungsbudget\n"
)
for duties, profile, nice, offer in (
    ("## Ihre Aufgaben", "## Ihr Profil", "## Wünschenswert", "## Unser Angebot"),
    ("Deine Aufgaben:", "Das bringst du mit:", "Nice to have:", "Wir bieten:"),
    ("**Ihr Aufgabengebiet**", "**Anforderungsprofil**", "**Von Vorteil**", "**Konditionen**"),
    (
        "Das erwartet dich",
        "Das solltest du mitbringen",
        "Idealerweise bringst du mit",
        "Deine Vorteile",
    ),
    ("### Aufgaben", "### Anforderungen", "### Pluspunkte", "### Wir bieten Ihnen"),
    ("Ihre Aufgaben", "Was Sie mitbringen", "Das wäre toll", "Darauf können Sie sich freuen"),
    ("AUFGABEN", "QUALIFIKATIONEN", "WÜNSCHENSWERT", "BENEFITS"),
    ("Dein Job:", "Dein Profil:", "Ein Plus sind:", "Unser Angebot an dich:"),
    ("Was Sie bei uns bewegen", "Das zeichnet Sie aus", "Von Vorteil sind", "Das bieten wir"),
    ("Deine Rolle", "Deine Skills", "Bonuspunkte", "Was wir dir bieten"),
):
    case(
        R,
        ad(BODY.format(duties=duties, profile=profile, nice=nice, offer=offer), "de", reqs=False),
        must(4),
    )

# ---------------------------------------------------------------- gender
for frag, chk in (
    ("Sie übernehmen die Durchsetzung unserer Datenschutzrichtlinien.", no_gender),
    ("Wir sind führender Anbieter von Logistiksoftware in Österreich.", no_gender),
    ("Du erstellst Entscheidungsvorlagen für die Geschäftsführung.", no_gender),
    ("Unterstützung der Fachbereiche bei Auswertungen.", no_gender),
    ("Sie berichten an die Teamleitung Analytics.", no_gender),
    ("Wir zahlen ein wettbewerbsfähiges Gehalt.", no_gender),
    ("Du bist durchsetzungsfähig, ehrgeizig und wettbewerbsorientiert.", masc),
    ("Sie sind einfühlsam, hilfsbereit und arbeiten gern kooperativ.", fem),
    ("Bei uns zählt ein verständnisvolles, fürsorgliches Miteinander.", fem),
):
    de(G, frag, chk)


# ---------------------------------------------------------------- pay: Austrian KV minimum
def kv_floor(lo: float) -> Check:
    """A collective agreement's minimum is read as stated, and the finding calls it a floor."""

    def chk(r: AdReport) -> tuple[bool, str]:
        fs = [(f.level.value, f.title) for f in r.findings if f.check == "salary"]
        ok = r.pay.minimum == lo and any(
            lv == "info" and "collective-agreement minimum" in t for lv, t in fs
        )
        return ok, f"pay=({r.pay.minimum},{r.pay.maximum}) {fs}"

    return chk


for frag, chk in (
    (
        "Laut KV beträgt das Mindestgehalt 2.790 € brutto/Monat; Überzahlung möglich.",
        kv_floor(2790),
    ),
    ("KV-Minimum: EUR 3.180,00 brutto monatlich (Bereitschaft zur Überzahlung).", kv_floor(3180)),
    ("Kollektivvertragliches Mindestentgelt 2.650 € brutto im Monat.", kv_floor(2650)),
    ("Gehalt: 3.650 € brutto pro Monat, 14 Mal jährlich.", pay_is(3650, 3650, "month")),
):
    de(P, frag, chk)
