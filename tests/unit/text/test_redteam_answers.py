"""Second-author probe (issue 11): answers that tell of a measure tried and given up, a German
measure named by its compound ("Gehaltsanalyse") that was struck, and a present-tense German
"we don't measure that": all low, the stops flagged."""

from __future__ import annotations

import pytest

from askback.text.answers import analyze


@pytest.mark.parametrize(
    "text",
    [
        "We tried blind CV screening but gave up after two months.",
        "We piloted anonymised applications and abandoned them in spring.",
        "They trialled a four-day week for carers, then dropped it.",
        "Die Gehaltsanalyse wurde 2023 gestrichen.",
        "Die Frauenquote im Vorstand wurde wieder abgeschafft.",
        "Das anonymisierte Screening haben wir nach drei Monaten aufgegeben.",
        "Das Gleichstellungsgremium tagt seit 2023 nicht mehr.",
    ],
)
def test_a_measure_given_up_is_low_and_flagged(text: str) -> None:
    a = analyze(text)
    assert a.suggested_rating is not None and a.suggested_rating <= 2, a.counts()
    assert a.red_flag, a.counts()


@pytest.mark.parametrize(
    "text",
    [
        "Wir messen das nicht.",
        "Das erfassen wir bisher nicht.",
        "So etwas tracken wir nicht.",
    ],
)
def test_we_do_not_measure_it_is_low(text: str) -> None:
    a = analyze(text, lang="de")
    assert a.suggested_rating is not None and a.suggested_rating <= 2, a.counts()


@pytest.mark.parametrize(
    "text",
    [
        "We stopped three model launches after the fairness review found bias.",
        "Seit 2022 messen wir das jede Woche; die Lücke sank von 7 % auf 2 %.",
        "We tried three vendors and chose the one with audited bias metrics; 12 audits since.",
    ],
)
def test_stopping_a_product_or_measuring_is_not_a_failure(text: str) -> None:
    a = analyze(text)
    assert not a.red_flag, a.counts()


@pytest.mark.parametrize(
    "text", ["Wir sind da offen, jeder ist willkommen.", "Everyone is welcome, we're open."]
)
def test_welcome_talk_is_low(text: str) -> None:
    a = analyze(text)
    assert a.suggested_rating is not None and a.suggested_rating <= 2, a.counts()


# --- fifth round -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Seit unser Inklusionsbeauftragter weg ist, kümmert sich keiner mehr um das Thema.",
        "Um die Elternrunde kümmert sich niemand mehr.",
        "Since Priya moved on, nobody looks after the mentoring scheme anymore.",
        "No one organises the women's breakfast any more.",
    ],
)
def test_nobody_looking_after_it_any_more_is_a_failure(text: str) -> None:
    a = analyze(text)
    assert a.suggested_rating is not None and a.suggested_rating <= 2, a.counts()
    assert a.red_flag, a.counts()


@pytest.mark.parametrize(
    "text",
    [
        "Honestly we're one big team here and everybody pitches in.",
        "It's one happy crew, no drama at all.",
        "We all pull in one direction.",
    ],
)
def test_one_in_an_idiom_is_not_a_number(text: str) -> None:
    a = analyze(text)
    assert "number" not in a.counts()
    assert a.suggested_rating is None or a.suggested_rating <= 2, a.counts()


@pytest.mark.parametrize(
    "text",
    [
        "We promoted one woman to director last spring.",
        "Everyone works from home one day a week.",
        "Each of us gets one day per month for learning.",
        "We added one day of onboarding for new hires.",
    ],
)
def test_one_as_a_count_still_counts(text: str) -> None:
    # "one day" is an idiom only without a rate or a measure after it ("one day we will ...").
    assert "number" in analyze(text).counts()


def test_one_day_as_someday_is_not_a_number() -> None:
    assert "number" not in analyze("One day we will look at pay gaps properly.").counts()
