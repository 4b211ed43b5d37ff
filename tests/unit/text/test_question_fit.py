"""Issue 11, items 4 and 5, audited kind by kind: for every kind of finding the analyzer makes
(each exclusion entry, each diversity measure, each responsible-AI mention, each branch of the
report's builders), an ad of our own triggers it; the finding has the level expected, and every
question it suggests is on its topic and on none of the topics listed as off it.

The kinds are read from the lexicons: a new entry without an example here, or without fitting
questions in the bank, fails."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from askback.app.text import attach_questions
from askback.bank import load
from askback.text import lexicon
from askback.text.jobad import analyze
from askback.text.report import Finding

BANK = load()
BY_ID = {q.id: q for q in BANK.questions}

FILLER_EN = (
    "Each week you will turn shop and web data into reports for the buying team, and explain "
    "the numbers to people who do not read them every day. "
) * 10
FILLER_DE = (
    "Jede Woche werten Sie Daten aus Filialen und Webshop aus, erstellen Berichte für den "
    "Einkauf und erklären die Zahlen allen, die sie nicht täglich lesen. "
) * 10

# One sentence of our own per exclusion entry (German where the entry is German).
EXCLUSION_EXAMPLES: dict[str, str] = {
    "young-team": "You would be part of a young team of four.",
    "youthful": "Ideally you are in your mid twenties.",
    "digital-native": "As a digital native you pick up new apps fast.",
    "recent-graduate": "This post suits a recent university graduate.",
    "age-limit": "Applicants should be aged between 22 and 30.",
    "birth-year": "We prefer candidates born after 1996.",
    "generation": "The office is full of Gen Z energy.",
    "max-experience": "At most 4 years of analytics experience.",
    "mature-applicant": "We want a mature, experienced professional for the front desk.",
    "overqualified": "Overqualified candidates need not apply.",
    "age-ceiling": "Maximum age 40.",
    "young-adjectives-team": "You join a young, energetic team in Leeds.",
    "junges-team-adjektive": "Sie verstärken ein junges, kreatives Team.",
    "young-applicant": "We are after young, driven candidates.",
    "junge-bewerber": "Die Aufgabe ist perfekt für junge Talente.",
    "age-limit-bare": "Candidates must be younger than 35.",
    "junges-team": "Bei uns wartet ein junges Team.",
    "young-at-heart": "We are a young in spirit bunch.",
    "team-is-young": "The team is fairly young.",
    "junggeblieben": "Wir sind ein junggebliebener Haufen.",
    "team-ist-jung": "Das Team ist noch jung.",
    "team-average-age": "The average age in the team is around 27.",
    "team-age-span": "Unser Team ist zwischen 24 und 32 Jahre alt.",
    "berufserfahrung-max": "Sie haben höchstens 2 Jahre Berufserfahrung.",
    "frisch-von-der-uni": "Du kommst frisch von der Uni und willst loslegen.",
    "lift": "You must be able to carry boxes of up to 20 kg.",
    "stand": "The work means standing for prolonged periods.",
    "drivers-licence": "A clean driving licence is essential.",
    "own-car": "You need access to a car for site visits.",
    "koerperlich": "Sie sind körperlich fit.",
    "belastbar": "Sie sind hoch belastbar.",
    "fuehrerschein": "Ein Führerschein der Klasse B ist erforderlich.",
    "native-speaker": "You write at native level English.",
    "citizenship": "Applicants must hold British citizenship.",
    "work-authorisation": "We cannot offer visa sponsorship for this role.",
    "muttersprache": "Sie sprechen Deutsch als Muttersprachler.",
    "staatsangehoerigkeit": "Die Schweizer Staatsbürgerschaft ist Bedingung.",
    "arbeitserlaubnis": "Eine Arbeitsgenehmigung für Deutschland ist Voraussetzung.",
    "rockstar": "Are you a rock star analyst?",
    "work-hard-play-hard": "After a long week the beer fridge is always full.",
    "hustle": "We are hustlers at heart.",
    "sex-preference": "Female candidates are preferred for this post.",
    "geschlecht-bevorzugt": "Weibliche Bewerberinnen werden bevorzugt, Sie arbeiten am Empfang.",
    "geschlecht-kennung": "Sie arbeiten als Sekretärin (w) am Empfang.",
}

# Tags a question must not carry for a finding on this topic (the issue's own examples and
# their kin), by the tags the finding points to.
OFF_TOPIC: dict[str, set[str]] = {
    "driving": {"accessibility", "screen-reader", "assistive-tech", "language", "visa"},
    "drinking-culture": {"accessibility", "visa", "language", "age"},
    "age": {"visa", "driving", "drinking-culture", "caregiving"},
    "visa": {"accessibility", "driving", "age", "drinking-culture"},
    "language": {"driving", "drinking-culture", "age", "accessibility"},
    "adjustments": {"visa", "language", "age", "drinking-culture"},
    "concrete-measures": {"visa", "driving", "drinking-culture"},
    "salary-range": {"visa", "driving", "accessibility"},
    "remote-policy": {"visa", "driving", "accessibility"},
    "occupational-requirement": {"visa", "driving", "age", "drinking-culture", "accessibility"},
}
# For an exclusion finding, what its ask mentions and the tag its questions must then carry.
ASK_TOPICS = {"drink": "drinking-culture", "driving": "driving", "visa": "visa"}


@dataclass(frozen=True)
class Kind:
    name: str
    ad: str
    picks: Callable[[Finding], bool]
    level: str


def _en(*lines: str) -> str:
    return "Data Analyst\n" + "\n".join(lines) + "\n" + FILLER_EN


def _de(*lines: str) -> str:
    return "Datenanalyst (m/w/d)\n" + "\n".join(lines) + "\n" + FILLER_DE


def _check(name: str) -> Callable[[Finding], bool]:
    return lambda f: f.check == name


def _kinds() -> list[Kind]:
    out: list[Kind] = []
    entries = {e["id"]: e for e in lexicon.read("exclusion")["exclusion"]}
    for eid, entry in entries.items():
        sentence = EXCLUSION_EXAMPLES.get(eid, "")
        ad = _de(sentence) if entry.get("lang") == "de" or "Sie " in sentence else _en(sentence)
        level = "info" if entry.get("level") == "info" else "concern"
        out.append(Kind(f"exclusion:{eid}", ad, lambda f, e=eid: f.data.get("entry") == e, level))
    c = lexicon.read("commitments")
    for m in c["diversity_measures"]:
        ad = _en(f"We offer {m['phrases'][0]} to all staff." if "phrases" in m else "")
        if "phrases" not in m:
            ad = _en(
                {
                    "targets": "We set representation targets for every department.",
                    "representation": "Women make up about 40% of the analysts.",
                    "parental-leave": "Parents get 20 weeks of paid parental leave.",
                    "positive-action": "Where candidates are equally qualified, we give "
                    "preference to disabled applicants.",
                }[m["id"]]
            )
        out.append(Kind(f"measure:{m['id']}", ad, _check("diversity-measure"), "positive"))
    for m in c["responsible_ai"]:
        out.append(
            Kind(
                f"rai:{m['id']}",
                _en(f"You care about {m['phrases'][0]}."),
                _check("responsible-ai"),
                "positive",
            )
        )
    tools = "Python, SQL, Spark, Kafka, Airflow, dbt, Snowflake, Databricks, BigQuery, Redshift, "
    tools += "Docker, Kubernetes, Terraform, Tableau"
    many = "Requirements\n" + "".join(f"- Sound knowledge of area {i}\n" for i in range(11))
    out += [
        Kind(
            "diversity:boilerplate-en",
            _en("We are an equal opportunities employer."),
            _check("diversity-boilerplate"),
            "gap",
        ),
        Kind(
            "diversity:boilerplate-de",
            _de("Vielfalt und Inklusion sind uns wichtig."),
            _check("diversity-boilerplate"),
            "gap",
        ),
        Kind("diversity:none", _en(), _check("diversity-none"), "gap"),
        Kind(
            "rai:gap", _en("You will ship deep learning models."), _check("responsible-ai"), "gap"
        ),
        Kind(
            "maturity:early",
            _en("You are our first data scientist."),
            _check("data-maturity"),
            "gap",
        ),
        Kind(
            "maturity:established",
            _en(
                "Our data platform team runs dagster and bigquery, with model monitoring and "
                "data contracts."
            ),
            _check("data-maturity"),
            "positive",
        ),
        Kind("maturity:none", _en(), _check("data-maturity"), "gap"),
        Kind("remote:not-stated", _en(), _check("remote"), "gap"),
        Kind("remote:remote", _en("The role is 100% remote."), _check("remote"), "info"),
        Kind(
            "remote:hybrid", _en("Hybrid, with 3 office days per week."), _check("remote"), "info"
        ),
        Kind("language:required", _en("Fluent Dutch is required."), _check("language"), "info"),
        Kind(
            "language:native",
            _de("Deutsch auf Muttersprachniveau ist Pflicht."),
            lambda f: f.check == "language" and bool(f.data.get("native")),
            "concern",
        ),
        Kind("benefits:none", _en(), _check("benefits"), "gap"),
        Kind(
            "benefits:named",
            _en("You get a pension scheme and a training budget."),
            _check("benefits"),
            "info",
        ),
        Kind(
            "years:junior",
            "Junior " + _en("Requirements", "- 7+ years of experience in reporting", "- Excel"),
            _check("years-vs-seniority"),
            "concern",
        ),
        Kind("must-haves", _en(many), _check("must-haves"), "concern"),
        Kind("stack", _en("Requirements", f"- {tools}"), _check("stack-breadth"), "concern"),
        Kind(
            "salary:range", _en("Salary: £38,000 - £44,000 per year."), _check("salary"), "positive"
        ),
        Kind("salary:none", _en("Pay is competitive."), _check("salary"), "gap"),
        Kind("gender:word", _en("You are a decisive analyst."), _check("gender-coded"), "info"),
        Kind(
            "gender:verdict",
            _en("You are ambitious, assertive, competitive, decisive, dominant and fearless."),
            _check("gender-verdict"),
            "gap",
        ),
    ]
    return out


KINDS = _kinds()


def test_every_exclusion_entry_has_an_example_here() -> None:
    ids = {e["id"] for e in lexicon.read("exclusion")["exclusion"]}
    assert ids == set(EXCLUSION_EXAMPLES), ids ^ set(EXCLUSION_EXAMPLES)


def _finding(kind: Kind) -> Finding:
    report = analyze(kind.ad)
    attach_questions(report, BANK)
    found = [f for f in report.findings if kind.picks(f)]
    assert found, f"{kind.name}: not triggered by its ad"
    return found[0]


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.name)
def test_each_kind_has_its_level_and_questions_on_its_topic(kind: Kind) -> None:
    f = _finding(kind)
    assert f.level.value == kind.level, (kind.name, f.level, f.title)
    assert f.confidence == "high" or f.doubt, kind.name  # low confidence always says why
    tags = set(f.question_tags)
    assert tags and f.question_ids, f"{kind.name}: no question suggested"
    rarest = min((t for t in tags if BANK.tag_counts.get(t)), key=lambda t: BANK.tag_counts[t])
    covered = {t for qid in f.question_ids for t in BY_ID[qid].tags}
    assert rarest in covered, (kind.name, rarest, f.question_ids)
    banned = set().union(*(OFF_TOPIC.get(t, set()) for t in tags)) - tags
    for qid in f.question_ids:
        q = set(BY_ID[qid].tags)
        assert q & tags, (kind.name, qid, "shares no tag with the finding")
        assert not q & banned, (kind.name, qid, q & banned)
    if f.check.endswith("-coded") or f.check == "bro-culture":
        for word, tag in ASK_TOPICS.items():
            if word in f.ask.lower():
                assert tag in covered, (kind.name, word, f.question_ids)
