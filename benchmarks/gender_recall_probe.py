"""Fresh trait sentences (issue 11, helper gender5): how many lose their coded word.

Each sentence is trait or culture wording written for this probe (a quality asked of the person
hired, or how the team describes itself), with the coded word in varied positions. Run with
`PYTHONPATH=src python -m benchmarks.gender_recall_probe`; it prints each lost sentence and the
count. Found by `gender.check` on the sentence alone and by `analyze` inside a short ad.
"""

from __future__ import annotations

from askback.text import gender
from askback.text.doc import prepare
from askback.text.jobad import analyze

EN = [
    ("Your commitment and drive matter here.", "commitment"),
    ("You make confident decisions.", "confident"),
    ("You are an analytical systems thinker.", "analytical"),
    ("Your analytical mind will shape our roadmap.", "analytical"),
    ("Your leadership will grow the team.", "leadership"),
    ("Your independence is valued here.", "independence"),
    ("Your ambition is welcome here.", "ambition"),
    ("Your persistence pays off when experiments fail.", "persistence"),
    ("Your confident communication style helps stakeholders.", "confident"),
    ("Confidence in front of stakeholders is a must.", "confidence"),
    ("Ambitious? Then join us.", "ambitious"),
    ("We are a supportive, collaborative team.", "supportive"),
    ("Our team is warm and welcoming.", "warm"),
    ("We value honesty and kindness.", "honesty"),
    ("You work independently and take ownership.", "independently"),
    ("You confidently present findings to executives.", "confidently"),
    ("You are an analytical problem solver.", "analytical"),
    ("You are a confident data storyteller.", "confident"),
    ("You are a decisive product thinker.", "decisive"),
    ("Strong analytical and interpersonal skills.", "analytical"),
    ("You thrive in a competitive environment.", "competitive"),
    ("Competitive spirit and a love of data.", "competitive"),
    ("You lead by example.", "lead"),
    ("A natural leader who mentors others.", "leader"),
    ("Determined to get to the bottom of messy data.", "determined"),
    ("Self-reliant and curious, you dig into data.", "self-reliant"),
    ("Independent thinking is encouraged.", "independent"),
    ("You communicate honestly and openly.", "honestly"),
    ("You approach problems logically.", "logically"),
    ("Logical thinking and attention to detail.", "logical"),
    ("You are committed to quality.", "committed"),
    ("A dependable, responsive teammate.", "dependable"),
    ("We trust each other and share credit.", "trust"),
    ("Our culture is built on trust.", "trust"),
    ("You take decisions with confidence.", "confidence"),
    ("Decisive when data is incomplete.", "decisive"),
    ("You cooperate closely with product managers.", "cooperate"),
    ("You are sensitive to the needs of colleagues.", "sensitive"),
    ("You are an independent, analytical data scientist.", "analytical"),
    ("You are a logical, structured analytics engineer.", "logical"),
    ("We want an ambitious platform engineer.", "ambitious"),
    ("You are a supportive code reviewer.", "supportive"),
    ("You are a confident model builder.", "confident"),
    ("You are an active listener.", "active"),
    ("You are an analytical data thinker.", "analytical"),
    ("Your supportive nature makes the team better.", "supportive"),
    ("Your analytical skills are key.", "analytical"),
    ("Our supportive culture helps new joiners.", "supportive"),
    ("Your determination gets projects over the line.", "determination"),
    ("You are a competitive, results-driven analyst.", "competitive"),
    ("We work together across product and data.", "together"),
    ("You make decisions based on evidence.", "decisions"),
    ("You are comfortable making decisions quickly.", "decisions"),
    ("You challenge assumptions constructively.", "challenge"),
    ("Honest feedback is part of our culture.", "honest"),
    ("You give honest feedback on dashboards.", "honest"),
    ("You are a self-confident presenter of data stories.", "self-confident"),
    ("A confident SQL user with an eye for detail.", "confident"),
    ("You are an empathetic data translator.", "empathetic"),
    ("You are a persistent debugger of data pipelines.", "persistent"),
    ("Our team is proud of its collaborative, supportive data culture.", "supportive"),
    ("We are an ambitious analytics team.", "ambitious"),
    ("We are a supportive platform team.", "supportive"),
    ("We are a friendly, supportive data science community.", "supportive"),
]
DE = [
    ("Dein analytisches Denkvermögen ist gefragt.", "analytisches"),
    ("Du arbeitest selbstständig und zuverlässig.", "selbstständig"),
    ("Wir sind ein engagiertes, hilfsbereites Team.", "engagiertes"),
    ("Selbstständiges Arbeiten ist für dich selbstverständlich.", "selbstständiges"),
    ("Deine Zuverlässigkeit schätzen wir.", "zuverlässigkeit"),
    ("Dein Ehrgeiz treibt dich an.", "ehrgeiz"),
    ("Analytisch und strukturiert gehst du an Probleme heran.", "analytisch"),
    ("Du bist kommunikativ und kontaktfreudig.", "kontaktfreudig"),
    ("Du bist ein durchsetzungsstarker Projektleiter.", "durchsetzungsstarker"),
    ("Wir erwarten eine selbstbewusste und verantwortungsvolle Persönlichkeit.", "selbstbewusste"),
    (
        "Ihre Durchsetzungsstärke und Ihr Einfühlungsvermögen zeichnen Sie aus.",
        "durchsetzungsstärke",
    ),
    ("Du triffst mutige Entscheidungen.", "mutige"),
    ("Ein kollegiales, unterstützendes Umfeld erwartet dich.", "unterstützendes"),
    ("Wir pflegen eine vertrauensvolle Zusammenarbeit.", "vertrauensvolle"),
    ("Du denkst analytisch und lösungsorientiert.", "analytisch"),
    ("Mit deiner analytischen Art überzeugst du.", "analytischen"),
    ("Du bist zielstrebig und ehrgeizig.", "zielstrebig"),
    ("Du gehst empathisch auf Kolleginnen zu.", "empathisch"),
    ("Du bist ein analytischer Kopf.", "analytischer"),
    ("Du bist ein analytischer Problemlöser.", "analytischer"),
    ("Du bist ein logischer Denker.", "logischer"),
    ("Dein selbstbewusstes Auftreten überzeugt Kunden.", "selbstbewusstes"),
    ("Wir suchen eine engagierte Datenanalystin.", "engagierte"),
    ("Du arbeitest analytisch und genau.", "analytisch"),
    ("Du gehst analytisch vor.", "analytisch"),
    ("Du bist eine zuverlässige Data Scientistin.", "zuverlässige"),
    ("Wir sind ein ambitioniertes Data-Team.", "ambitioniertes"),
    ("Als zuverlässige Teamplayerin hältst du Zusagen ein.", "zuverlässige"),
    ("Deine kooperative Art schätzt das Team.", "kooperative"),
    ("Ein unterstützendes Team wartet auf dich.", "unterstützendes"),
    ("Du bringst ausgeprägte analytische Fähigkeiten mit.", "analytische"),
    ("Du bist ein analytisch denkender Mensch.", "analytisch"),
    (
        "Verantwortungsbewusstsein und Zuverlässigkeit zeichnen dich aus.",
        "verantwortungsbewusstsein",
    ),
    ("Du arbeitest gewissenhaft und zuverlässig an Datenprodukten.", "gewissenhaft"),
    ("Du bist eine empathische Führungskraft.", "empathische"),
    ("Du bist ein engagierter Datenmensch.", "engagierter"),
    ("Deine selbstständige Arbeitsweise schätzen wir.", "selbstständige"),
    ("Du bist ein zuverlässiger Ansprechpartner für Fachbereiche.", "zuverlässiger"),
    ("Du präsentierst selbstbewusst Ergebnisse vor dem Vorstand.", "selbstbewusst"),
    ("Du arbeitest selbstständig Aufgaben im Team ab.", "selbstständig"),
    ("Du setzt zuverlässig Datenprodukte um.", "zuverlässig"),
    ("Du vertrittst selbstbewusst Lösungen gegenüber Fachbereichen.", "selbstbewusst"),
]
FILLER = "You will build reports and models with the analytics team and share results. " * 5
FILLER_DE = "Du baust Berichte und Modelle im Analytics-Team und teilst die Ergebnisse. " * 5


def lost(text: str, word: str, lang: str) -> tuple[bool, bool]:
    direct = [h.span.text.lower() for h in gender.check(prepare(text, lang)).hits]
    r = analyze(f"Data Analyst\n{text}\n{FILLER_DE if lang == 'de' else FILLER}")
    inad = [s.text.lower() for f in r.findings if f.check == "gender-coded" for s in f.spans]
    return word not in direct, word not in inad


def main() -> None:
    n = bad = 0
    for lang, rows in (("en", EN), ("de", DE)):
        for text, word in rows:
            n += 1
            alone, in_ad = lost(text, word, lang)
            if alone or in_ad:
                bad += 1
                print(f"LOST {lang} alone={alone} in_ad={in_ad}: {text}  [{word}]")
    print(f"{bad} of {n} lost")


if __name__ == "__main__":
    main()
