"""Work arrangement and languages, red-teamed by helper rt34 (2026-12-05).

Classes fixed, each on sentences written for this file:
- a remote job with a required office presence, however small (a day a week, a bracket of
  office days, a day a month, every other week) is hybrid; meetups and travel stay remote;
- a range of home days gives a range of office days ("1-2 Tage Homeoffice": three to four);
- the job offered at an office or fully remote is remote, above any hybrid benefit;
- a work-setup label or "permanent WFH" glued to the word before it is remote;
- some home working used when needed ("Remote working is used as required") is hybrid;
- shares of the week written out ("60 Prozent", "80% of the week ... from home", "40% office
  presence"), weekdays after "every", after a colon, short spans, "Fridays are WFH days";
- languages: names that were missing, bare lists sharing their plus, a working language.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text.jobad import analyze


def _arr(text: str) -> tuple[str, float | None, float | None]:
    r = analyze(text)
    return r.work_arrangement, r.office_days, r.office_days_max


# --- a small office presence --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Remote (office 1 day)", 1.0),
        ("Remote (on-site 2 days)", 2.0),
        ("Remote (Büro 1 Tag pro Woche)", 1.0),
        ("Fully remote (1 day a week in the office)", 1.0),
        ("Remote with an office day every Tuesday.", 1.0),
        ("Remote; Bürotag jeden Mittwoch.", 1.0),
        ("Remote, but in the office every Thursday.", 1.0),
        ("Remote, with one office day a month.", None),
        ("Vollständig remote, einmal im Monat Teamtag im Büro.", None),
        ("Fully remote; once a month in the office for planning.", None),
        ("Remote role. You'll come into the office twice a month.", None),
        ("Remote, im Büro einmal pro Monat.", None),
        ("Remote with a monthly office day in Leeds.", None),
        ("Remote mit monatlichem Präsenztag.", None),
        ("Remote-first, but we meet in the Berlin office every other Friday.", None),
        ("Remote, alle zwei Wochen im Büro.", None),
    ],
)
def test_remote_with_a_regular_office_presence_is_hybrid(text: str, days: float | None) -> None:
    assert _arr(text)[:2] == ("hybrid", days)


@pytest.mark.parametrize(
    "text",
    [
        "Remote with quarterly team meetings in Berlin.",
        "Remote mit quartalsweisen Team-Treffen.",
        "Remote, with monthly team meetups in Lisbon.",
        "Remote (EU)",
        "Remote (occasional office visits)",
        "Home-based with occasional travel to our London office (once a month).",
        "You will work from home, with travel to Leeds twice a month.",
    ],
)
def test_meetups_and_travel_stay_remote(text: str) -> None:
    assert _arr(text)[0] == "remote"


@settings(max_examples=60, deadline=None)
@given(
    lead=st.sampled_from(["Remote", "Fully remote", "Remote-first", "Vollständig remote"]),
    joiner=st.sampled_from([", ", "; ", " - "]),
    presence=st.sampled_from(
        [
            "once a month in the office",
            "twice a month in the office",
            "one office day a week",
            "one day a week in the office",
            "in the office every Wednesday",
            "einmal im Monat im Büro",
            "ein Tag pro Woche im Büro",
            "im Büro jeden Dienstag",
        ]
    ),
)
def test_sweep_remote_with_presence(lead: str, joiner: str, presence: str) -> None:
    assert _arr(f"{lead}{joiner}{presence}.")[0] == "hybrid"


# --- ranges of days -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("1–2 Tage Homeoffice", 3.0, 4.0),
        ("1-2 Tage Homeoffice pro Woche möglich.", 3.0, 4.0),
        ("2 bis 3 Tage Homeoffice pro Woche.", 2.0, 3.0),
        ("Homeoffice an 1-2 Tagen pro Woche.", 3.0, 4.0),
        ("Homeoffice: 1 bis 2 Tage pro Woche", 3.0, 4.0),
        ("1-2 days WFH per week.", 3.0, 4.0),
        ("2 to 3 days from home each week.", 2.0, 3.0),
        ("You can work 2-3 days from home.", 2.0, 3.0),
        ("two or three days a week from home", 2.0, 3.0),
        ("Hybrid: 2-3 days in the office.", 2.0, 3.0),
        ("Zwei bis drei Tage pro Woche im Büro.", 2.0, 3.0),
        ("Remote, one or two days a week in the office.", 1.0, 2.0),
    ],
)
def test_a_range_of_days_is_a_range(text: str, low: float, high: float) -> None:
    assert _arr(text) == ("hybrid", low, high)


def test_a_single_count_has_no_range() -> None:
    assert _arr("2 days a week in the office.") == ("hybrid", 2.0, None)


_WORDS = {1: "one", 2: "two", 3: "three", 4: "four"}
_HOME_FORMS = [
    "{a}-{b} days WFH per week.",
    "{a}–{b} Tage Homeoffice pro Woche.",
    "{a} to {b} days from home each week.",
    "{a} bis {b} Tage Homeoffice.",
    "{a} or {b} days a week from home.",
    "Homeoffice an {a}-{b} Tagen pro Woche.",
]
_OFFICE_FORMS = [
    "{a}-{b} days a week in the office.",
    "{a} to {b} days in the office each week.",
    "{a} bis {b} Tage pro Woche im Büro.",
]


@settings(max_examples=80, deadline=None)
@given(
    a=st.integers(1, 3),
    step=st.integers(1, 2),
    form=st.sampled_from(_HOME_FORMS),
    spelled=st.booleans(),
)
def test_sweep_home_ranges(a: int, step: int, form: str, spelled: bool) -> None:
    """A range of home days is never read as one wrong number of office days."""
    b = min(4, a + step)
    words = spelled and (" to " in form or " or " in form)  # English words for the numbers
    text = form.format(a=_WORDS[a] if words else a, b=_WORDS[b] if words else b)
    kind, low, high = _arr(text)
    assert (kind, low, high) == ("hybrid", 5.0 - b, 5.0 - a), text


@settings(max_examples=40, deadline=None)
@given(a=st.integers(1, 3), step=st.integers(1, 2), form=st.sampled_from(_OFFICE_FORMS))
def test_sweep_office_ranges(a: int, step: int, form: str) -> None:
    b = min(4, a + step)
    assert _arr(form.format(a=a, b=b)) == ("hybrid", float(a), float(b))


def test_the_finding_names_the_range() -> None:
    titles = [f.title for f in analyze("Hybrid: 1-2 days WFH per week.").findings]
    assert "Work arrangement: hybrid (3–4 office days a week)" in titles


# --- a choice of office or remote -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Wir suchen dich – an unserem Standort in Innsbruck oder Wien, oder remote innerhalb "
        "der EU. Hybrides Arbeiten von zu Hause und im Büro.",
        "Based at our Leeds office or remote within the UK. Hybrid working available.",
        "Location: Berlin hub or fully remote",
        "Location: Munich or remote (EU)",
        "Du arbeitest in unserem Büro in Köln oder remote.",
    ],
)
def test_office_or_remote_is_remote(text: str) -> None:
    assert _arr(text)[0] == "remote"


def test_remote_interviews_are_no_choice() -> None:
    text = "We offer hybrid or remote interviews. Hybrid working: 2 days in the office."
    assert _arr(text)[:2] == ("hybrid", 2.0)


# --- glued labels, remote as needed ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Salary: Up to PHP 90,000Work setup: Work From Home",
        "Shift: Day ShiftWork arrangement: Remote",
        "Competitive payPermanent WFH arrangementFixed weekends off",
        "Permanently working from home.",
    ],
)
def test_glued_setup_labels_are_remote(text: str) -> None:
    assert _arr(text)[0] == "remote"


def test_a_setup_naming_the_office_too_is_not_remote() -> None:
    assert _arr("Work setup: WFH / Office")[0] != "remote"


@pytest.mark.parametrize(
    "text",
    [
        "Remote working is used as required as you will work in clinic and in homes.",
        "Remote working is used asrequired in this service.",
        "Home working when required.",
        "Working from home is available when needed.",
        "You may be asked to work remotely if required by the service.",
        "Homeoffice ist bei Bedarf möglich.",
        "Gelegentliches Homeoffice ist möglich.",
        "Occasional working from home.",
    ],
)
def test_home_working_when_needed_is_hybrid(text: str) -> None:
    assert _arr(text)[0] == "hybrid"


@pytest.mark.parametrize(
    "text",
    ["Support is delivered remotely where appropriate.", "Remote consultations where needed."],
)
def test_a_service_delivered_remotely_is_no_arrangement(text: str) -> None:
    assert _arr(text)[0] == "not_stated"


# --- shares, agreement, weekdays ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Mobiles Arbeiten: bis zu 60 Prozent deiner Arbeitszeit.", 2.0),
        ("Homeoffice zu 60 Prozent möglich.", 2.0),
        ("Homeoffice-Quote von bis zu 40 Prozent.", 3.0),
        ("Remote share: up to 60% of your working time.", 2.0),
        ("Up to 80% of the week can be spent working from home.", 1.0),
        ("We expect 40% office presence.", 2.0),
        ("In office: Tues & Thurs", 2.0),
        ("Präsenz: Mo, Di, Do", 3.0),
        ("We're in the office Mon–Wed.", 3.0),
        ("Im Büro Mo–Mi.", 3.0),
        ("We work from the office Tuesday through Thursday.", 3.0),
        ("Fridays are WFH days.", 4.0),
        ("Freitags ist Homeoffice.", 4.0),
    ],
)
def test_office_days_written_many_ways(text: str, days: float) -> None:
    assert _arr(text)[:2] == ("hybrid", days)


@pytest.mark.parametrize(
    "text",
    [
        "Home office after consultation with your manager.",
        "Remote work on request, subject to approval.",
        "Working from home subject to agreement with the team.",
    ],
)
def test_home_work_by_agreement_is_hybrid(text: str) -> None:
    assert _arr(text)[0] == "hybrid"


def test_a_discount_share_is_no_arrangement() -> None:
    assert _arr("20% discount in our office shop.")[0] == "not_stated"


# --- languages ------------------------------------------------------------------------------


def _langs(text: str) -> dict[str, bool]:
    return {r.language: r.required for r in analyze(text).language_requirements if not r.implied}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fluent Pashto or Dari required.", {"Pashto": True, "Dari": True}),
        ("Fluency in Tigrinya or Amharic is essential.", {"Tigrinya": True, "Amharic": True}),
        ("Swahili is a plus.", {"Swahili": False}),
        ("Fluent Marathi or Gujarati essential.", {"Marathi": True, "Gujarati": True}),
        ("Fluent Malayalam required.", {"Malayalam": True}),
        ("Sehr gute Kenntnisse in Paschtu oder Dari erforderlich.", {"Pashto": True, "Dari": True}),
        ("Fließend Tigrinisch oder Amharisch.", {"Tigrinya": True, "Amharic": True}),
        ("Sehr gute Persischkenntnisse (Farsi/Dari).", {"Persian": True, "Dari": True}),
        ("Gute Singhalesisch-Kenntnisse erforderlich.", {"Sinhala": True}),
        ("Khmer or Lao speakers welcome.", {"Khmer": False, "Lao": False}),
    ],
)
def test_languages_that_were_missing(text: str, expected: dict[str, bool]) -> None:
    assert _langs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fluent Tamil, Telugu or Kannada speakers preferred.",
            {"Tamil": False, "Telugu": False, "Kannada": False},
        ),
        (
            "Good Nepali, Sinhala or Burmese would be an advantage.",
            {"Nepali": False, "Sinhala": False, "Burmese": False},
        ),
        (
            "Gute Kroatisch- oder Serbischkenntnisse von Vorteil.",
            {"Croatian": False, "Serbian": False},
        ),
        (
            "Good French, Spanish or Italian is an asset.",
            {"French": False, "Spanish": False, "Italian": False},
        ),
        # A comma alone is no list: each language keeps its own qualifier.
        ("Englisch (C1) zwingend, Deutsch von Vorteil.", {"English": True, "German": False}),
        ("Fluent English, German is a plus.", {"English": True, "German": False}),
    ],
)
def test_a_bare_list_shares_its_plus(text: str, expected: dict[str, bool]) -> None:
    assert _langs(text) == expected


def test_place_names_are_no_language() -> None:
    assert _langs("Based in Chennai, Tamil Nadu. Strong communication skills required.") == {}


@pytest.mark.parametrize(
    "text",
    [
        "Our working language is English.",
        "The company language is English.",
        "English is our working language.",
        "The team communicates in English.",
        "Unsere Arbeitssprache ist Englisch.",
        "Arbeitssprache ist Englisch.",
        "Konzernsprache ist Englisch.",
        "Englisch ist unsere Teamsprache.",
    ],
)
def test_a_working_language_is_needed(text: str) -> None:
    reqs = analyze(text).language_requirements
    assert [(r.language, r.required, r.working) for r in reqs] == [("English", True, True)]


def test_a_working_language_keeps_the_other_language_a_plus() -> None:
    text = "Die Arbeitssprache im Team ist Englisch, Deutschkenntnisse sind von Vorteil."
    assert _langs(text) == {"English": True, "German": False}


def test_a_working_language_finding_says_so() -> None:
    titles = [f.title for f in analyze("Unsere Arbeitssprache ist Englisch.").findings]
    assert "English is the working language: expect to need it" in titles
    assert not any("written in German" in t for t in titles)


@settings(max_examples=40, deadline=None)
@given(
    lead=st.sampled_from(
        [
            "Our working language is {en}.",
            "The team communicates in {en}.",
            "{en} is our company language.",
            "Unsere Arbeitssprache ist {de}.",
            "{de} ist unsere Teamsprache.",
        ]
    ),
    lang=st.sampled_from(
        [("English", "Englisch"), ("French", "Französisch"), ("Spanish", "Spanisch")]
    ),
)
def test_sweep_working_language(lead: str, lang: tuple[str, str]) -> None:
    reqs = analyze(lead.format(en=lang[0], de=lang[1])).language_requirements
    assert [(r.language, r.required, r.working) for r in reqs] == [(lang[0], True, True)]
