"""A stated preference for, or restriction to, one sex is a concern; lawful positive action and
neutral title marks are not; a ground the ad gives (an occupational requirement) makes it info;
women and men as users, founders, products or networks are no preference (issue 11, rt35)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from askback.text.jobad import analyze
from askback.text.report import Finding

FILLER_EN = (
    "You will build dashboards in SQL and Python and explain the numbers to the sales team. "
) * 3
FILLER_DE = "Sie erstellen Berichte mit SQL und Python und erklären die Zahlen dem Vertrieb. " * 3


def _sex(text: str, title: str = "Data Analyst") -> list[Finding]:
    return [f for f in analyze(f"{title}\n{text}").findings if f.check == "sex-preference"]


CONCERNS_EN = [
    "Female candidates preferred.",
    "Male applicants only.",
    "This role is suitable for men.",
    "The job would suit a woman; it is ideal for a woman who likes numbers.",
    "We are looking for a female support worker to join us.",
    "We are seeking a male receptionist for our Leeds office.",
    "Candidates must be male.",
    "The successful candidate must be a woman.",
    "Preference will be given to female applicants.",
    "Women will be preferred for this post.",
    "Men need not apply.",
    "Only women will be considered for this post.",
    "The post is open to female applicants only.",
    "This vacancy is restricted to men.",
    "Applications can only be accepted from males.",
    "Female analysts wanted for a growing team.",
    "Male warehouse operatives required, start Monday.",
    "We only hire female candidates for this desk.",
    "Female preferred.",
    "Female applicants are preferred, as women are under-represented in this grade.",
]
CONCERNS_DE = [
    "Nur männliche Bewerber.",
    "Wir suchen eine Sekretärin (w) für unser Büro.",
    "Lagerhelfer (m) gesucht.",
    "Wir suchen ab sofort eine weibliche Verstärkung für den Empfang.",
    "Weibliche Bewerberinnen werden bevorzugt.",
    "Männliche Fachkräfte gesucht.",
    "Frauen werden bevorzugt eingestellt.",
    "Die Stelle ist ideal für Männer mit Erfahrung.",
    "Bewerbungen nur von Frauen.",
    "Nur Männer können sich bewerben.",
    "Wir stellen nur weibliche Mitarbeiterinnen ein.",
]


@pytest.mark.parametrize("sentence", CONCERNS_EN)
def test_a_stated_preference_for_one_sex_is_a_concern_en(sentence: str) -> None:
    found = _sex(sentence + " " + FILLER_EN)
    assert [f.level.value for f in found] == ["concern"], sentence
    assert found[0].rating == 2
    assert found[0].ask and "sex" in found[0].ask
    assert "occupational-requirement" in found[0].question_tags


@pytest.mark.parametrize("sentence", CONCERNS_DE)
def test_a_stated_preference_for_one_sex_is_a_concern_de(sentence: str) -> None:
    found = _sex(sentence + " " + FILLER_DE, title="Sachbearbeitung")
    assert [f.level.value for f in found] == ["concern"], sentence


NOT_A_PREFERENCE = [
    # neutral title marks
    "Datenanalyst (m/w/d) in Berlin.",
    "Sekretärin (w/m/d) gesucht.",
    "Data Analyst (all genders) in Vienna.",
    "Assistant (m/f/d), full time.",
    "Kaufmann/-frau (m/w/d) für den Einkauf.",
    # positive action the law allows
    "Frauen werden bei gleicher Eignung bevorzugt berücksichtigt.",
    "Schwerbehinderte werden bei gleicher Eignung bevorzugt.",
    "Frauen werden bei gleicher Eignung, Befähigung und fachlicher Leistung bevorzugt.",
    "Bewerbungen von Frauen sind ausdrücklich erwünscht.",
    "Weibliche Bewerberinnen sind ausdrücklich erwünscht.",
    "We particularly welcome applications from women, who are under-represented in our "
    "engineering team.",
    "Where candidates are equally qualified, preference will be given to women.",
    "We welcome female applications for this post.",
    # women and men in other senses
    "You will analyse sales of our female health products.",
    "Our female founders started the company in 2015.",
    "Join our women in data network.",
    "Women in tech meetups are held monthly.",
    "The network is open to women across the company.",
    "Laurel Ward is a male only ward with 16 beds.",
    "Kemple View has wards for male service users only.",
    "We serve female patients only.",
    "Experience with women's health is required.",
    "Clothing suitable for women and men.",
    "Our product range is suitable for women of all ages.",
    "You must be a man of your word.",
    "We are looking for a man or woman with SQL skills.",
    "The role is open to men and women alike.",
    "Es gibt Sportkurse nur für Frauen.",
    "Unsere Beratung ist ideal für Frauen in der Gründung.",
    "Die Höhe (m) und die Breite (m) stehen in Spalte C.",
    "The team is 50% women and men.",
    "Our female-led company builds payment tools.",
]


@pytest.mark.parametrize("sentence", NOT_A_PREFERENCE)
def test_no_preference_for_one_sex_is_read_where_none_is_stated(sentence: str) -> None:
    assert _sex(sentence + " " + FILLER_EN) == []


def test_a_tie_break_at_equal_merit_is_read_as_a_measure() -> None:
    for sentence in (
        "Frauen werden bei gleicher Eignung bevorzugt berücksichtigt.",
        "Where candidates are equally qualified, preference will be given to women.",
        "We particularly welcome applications from women, who are under-represented here.",
    ):
        found = [
            f
            for f in analyze("Data Analyst\n" + sentence + " " + FILLER_EN).findings
            if f.check == "diversity-measure"
        ]
        assert found and found[0].level.value == "positive", sentence
        assert "positive action" in found[0].title


def test_a_tie_break_for_veterans_is_no_diversity_measure() -> None:
    text = (
        "When candidates are equally qualified, veterans' preference applies and hiring "
        "preference will be given to veterans. " + FILLER_EN
    )
    assert not [
        f
        for f in analyze("Data Analyst\n" + text).findings
        if f.check == "diversity-measure" and "positive action" in f.title
    ]


GROUNDS = [
    "Women's refuge support worker. This post is open to women only under the Equality Act "
    "2010, Schedule 9, as the service supports women survivors of domestic abuse.",
    "Female support worker required due to the nature of the service, which provides intimate "
    "care to women.",
    "A genuine occupational qualification applies and the post is restricted to female "
    "applicants only.",
    "Exemption is claimed under the Equality Act 2010 Part 1 Schedule 9 and applications can "
    "only be accepted from males due to the care needs of the male residents.",
    "Male support workers required: the role involves same-sex personal care.",
    "Wir suchen eine weibliche Mitarbeiterin für unser Frauenhaus.",
]


@pytest.mark.parametrize("sentence", GROUNDS)
def test_a_requirement_the_ad_explains_is_info(sentence: str) -> None:
    found = _sex(sentence + " " + FILLER_EN, title="Support Worker")
    assert [f.level.value for f in found] == ["info"], sentence
    assert found[0].rating is None
    assert "ground" in found[0].why
    assert "duties" in (found[0].ask or "")


def test_the_occupational_ground_may_stand_anywhere_in_the_ad_when_it_names_the_law() -> None:
    text = (
        "This post is open to female applicants only. "
        + FILLER_EN * 3
        + "A genuine occupational qualification applies to this post."
    )
    assert [f.level.value for f in _sex(text)] == ["info"]


def test_the_area_names_the_category() -> None:
    report = analyze("Data Analyst\nMale applicants only. " + FILLER_EN)
    area = next(a for a in report.areas if a.area.value == "exclusionary")
    assert area.status == "concern"
    assert "sex" in area.summary


# --- properties ---------------------------------------------------------------------------

_SAFE_EN = [
    "Our female founders started the company in 2015.",
    "You will analyse sales of our female health products.",
    "Join our women in data network.",
    "The ward cares for male patients only.",
    "We welcome applications from women and men.",
    "Data Analyst (all genders).",
    "We build apps used by women and men in 40 countries.",
    "Our women's football team meets on Fridays.",
    "You will model demand for men's and women's clothing.",
    "We particularly welcome applications from women.",
]
_SAFE_DE = [
    "Datenanalyst (m/w/d).",
    "Sachbearbeitung (w/m/d) im Einkauf.",
    "Frauen werden bei gleicher Eignung bevorzugt berücksichtigt.",
    "Schwerbehinderte Menschen werden bei gleicher Eignung bevorzugt.",
    "Bewerbungen von Frauen sind ausdrücklich erwünscht.",
    "Unser Frauennetzwerk trifft sich monatlich.",
    "Wir entwickeln Produkte für Frauen und Männer.",
]
_FLAGGED = [s for s in CONCERNS_EN if "under-represented" not in s] + CONCERNS_DE


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_SAFE_EN + _SAFE_DE), min_size=1, max_size=8))
def test_women_and_men_in_other_senses_never_make_a_preference(sentences: list[str]) -> None:
    assert _sex(" ".join(sentences) + " " + FILLER_EN) == []


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(_FLAGGED),
    st.lists(st.sampled_from(_SAFE_EN + _SAFE_DE), max_size=4),
    st.lists(st.sampled_from(_SAFE_EN + _SAFE_DE), max_size=4),
)
def test_a_preference_is_found_wherever_it_stands(
    flagged: str, before: list[str], after: list[str]
) -> None:
    found = _sex(" ".join([*before, flagged, *after]) + " " + FILLER_EN)
    assert [f.level.value for f in found] == ["concern"], flagged


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(["Frauen", "Männer", "Bewerberinnen"]),
    st.sampled_from(["bevorzugt berücksichtigt", "bevorzugt eingestellt", "bevorzugt"]),
    st.sampled_from(
        [
            "bei gleicher Eignung",
            "bei gleicher Qualifikation",
            "bei gleicher Eignung, Befähigung und fachlicher Leistung",
        ]
    ),
)
def test_a_tie_break_at_equal_merit_is_never_a_concern(who: str, how: str, merit: str) -> None:
    text = f"{who} werden {merit} {how}. " + FILLER_DE
    assert _sex(text, title="Sachbearbeitung") == []
