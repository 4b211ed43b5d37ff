"""Issue 11, requirement inflation: each class of heading and lead-in on ads of our own.

Every heading is tried plain, with a colon, as a Markdown heading and in bold, since pages write
them all four ways; the lists under them are written for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from askback.text import requirements
from askback.text.doc import prepare

_MARKUP = [
    lambda h: h,
    lambda h: f"{h}:",
    lambda h: f"## {h}",
    lambda h: f"**{h}**",
    lambda h: f"**{h}:**",
    lambda h: f"### {h}:",
    lambda h: f"__{h}__",
    lambda h: h.upper(),
    # Pages put pictographs before headings.
    lambda h: f"💡 {h}",
    lambda h: f"## ✨ {h}",
    lambda h: f"**🎯 {h}:**",
]


def _counts(text: str) -> tuple[int | None, int]:
    r = requirements.check(prepare("Analytics Engineer (m/w/d)\n" + text))
    return r.must_haves, r.nice_to_haves


_DUTIES = [
    "Essential Functions",
    "Essential Duties",
    "What you'll do",
    "What you’ll do",
    "What You Will Do",
    "Your responsibilities",
    "Key Responsibilities",
    "Main Responsibilities",
    "Duties",
    "Major Duties",
    "Aufgaben",
    "Ihre Aufgaben",
    "Deine Aufgaben",
    "Dein Aufgabengebiet",
    "Your day-to-day",
    "Das erwartet dich",
    "Tasks",
    "Roles and Responsibilities",
]
_DUTY_ITEMS = "- model the sales data\n- run the weekly forecast\n- coach two analysts\n"


@given(st.sampled_from(_DUTIES), st.sampled_from(_MARKUP))
def test_duty_headings_open_no_requirement_list(heading: str, mark: object) -> None:
    h = mark(heading)  # type: ignore[operator]
    assert _counts(f"{h}\n{_DUTY_ITEMS}") == (None, 0)
    # After a requirement list, a duty heading ends it: its items are not counted.
    assert _counts(f"Requirements\n- dbt\n- Looker\n\n{h}\n{_DUTY_ITEMS}") == (2, 0)


_MUSTS = [
    "Qualifications & Education",
    "Qualifications and Experience",
    "Required Skills",
    "Required Qualifications",
    "Minimum Qualifications",
    "Key Requirements",
    "Technical Skills",
    "What you bring",
    "What You'll Bring",
    "Your profile",
    "Profile",
    "Ihr Profil",
    "Dein Profil",
    "Das bringst du mit",
    "Das bringen Sie mit",
    "Anforderungen",
    "Unsere Anforderungen",
    "Fachliche Anforderungen",
    "Voraussetzungen",
    "Ihre Qualifikationen",
    "Was Sie auszeichnet",
    "Das zeichnet dich aus",
    "Das solltest du mitbringen",
    "Voraussetzungen für die Stelle",
]
_ITEMS = "- a degree in economics\n- fluent SQL\n- three years with Looker\n"


@given(st.sampled_from(_MUSTS), st.sampled_from(_MARKUP))
def test_requirement_headings_open_a_list_in_any_markup(heading: str, mark: object) -> None:
    assert _counts(f"{mark(heading)}\n{_ITEMS}") == (3, 0)  # type: ignore[operator]


_NICES = [
    "Desired Skills",
    "Desired Qualifications",
    "Preferred",
    "Preferred Qualifications",
    "Nice to have",
    "Nice-to-haves",
    "Bonus points",
    "Bonus",
    "Wünschenswert",
    "Von Vorteil",
    "Von Vorteil wäre",
    "Optional",
    "Preferred, but not required",
    "What will set you apart",
    "Nice to have (but not required)",
    "Preferred skills (not required)",
]


@given(st.sampled_from(_NICES), st.sampled_from(_MARKUP[:3]))
def test_a_nice_to_have_heading_ends_the_must_haves(heading: str, mark: object) -> None:
    text = f"Requirements\n- fluent SQL\n- a degree\n{mark(heading)}\n- Airflow\n- Spanish\n"  # type: ignore[operator]
    assert _counts(text) == (2, 2)


_BENEFITS = [
    "Unser Angebot",
    "Wir bieten",
    "Was wir Ihnen bieten",
    "Das bieten wir dir",
    "Konditionen",
    "Unsere Leistungen",
    "What we offer",
    "What you get",
    "What you'll get",
    "Benefits",
    "Perks",
    "Why join us",
    "Why join us?",
    "Why work with us",
    "Deine Vorteile",
]
_PERKS = "- 30 days of leave\n- a bike lease\n- a pension\n- free lunch\n"


@given(st.sampled_from(_BENEFITS), st.sampled_from(_MARKUP))
def test_benefit_sections_are_not_must_haves(heading: str, mark: object) -> None:
    h = mark(heading)  # type: ignore[operator]
    assert _counts(f"Qualifications\n- fluent SQL\n- a degree\n{h}\n{_PERKS}") == (2, 0)
    assert _counts(f"{h}\n{_PERKS}") == (None, 0)


def test_a_bold_field_line_after_the_items_is_no_item() -> None:
    text = (
        "**Requirements:**\n- fluent SQL\n- a degree\n- Looker\n**Contract:** permanent\n"
        "**Posted:** 3 days ago\n"
    )
    assert _counts(text) == (3, 0)
    # Fields can be the items themselves: then each counts.
    text = (
        "## Requirements\n**Education:** a degree in economics\n**Experience:** four years\n"
        "**Languages:** English and Dutch\n\n## Benefits\n- a pension\n"
    )
    assert _counts(text) == (3, 0)


_CHOICES = [
    ("Experience with one or more of the following:", 1),
    ("Experience in any of the following:", 1),
    ("Familiarity with some of the following:", 1),
    ("One of the following degrees:", 1),
    ("Proficiency in one or more of these languages:", 1),
    ("Kenntnisse in einem der folgenden Bereiche:", 1),
    ("Eines der folgenden Zertifikate:", 1),
    ("At least two of the following:", 2),
    ("Two or more of the following:", 2),
    ("Mindestens zwei der folgenden Sprachen:", 2),
    ("At least 3 of the following:", 3),
    ("Any two of the following:", 2),
    ("Knowledge of one of:", 1),
    ("Experience with one or more of:", 1),
    ("Erfahrung mit mindestens einem der folgenden Tools:", 1),
]
_TOOLS = ["Snowflake", "BigQuery", "Redshift", "Databricks", "Kafka"]


@pytest.mark.parametrize(("lead", "picks"), _CHOICES)
def test_a_choice_is_not_that_many_required_tools(lead: str, picks: int) -> None:
    # Nested under an item: one requirement, and one tool group among the requirements.
    sub = "".join(f"  - {t}\n" for t in _TOOLS)
    r = requirements.check(
        prepare(f"Data Engineer\nRequirements\n- fluent SQL\n- {lead}\n{sub}- a degree\n")
    )
    assert r.must_haves == 3 and r.tools_in_requirements == ["SQL", "Snowflake"]
    # Inline after the lead: the tools are one requirement.
    inline = ", ".join(_TOOLS)
    r = requirements.check(
        prepare(f"Data Engineer\nRequirements\n- fluent SQL\n- {lead} {inline}\n- a degree\n")
    )
    assert r.must_haves == 3 and r.tools_in_requirements == ["SQL", "Snowflake"]
    # The list's own lead-in: only as many items count as it asks for.
    top = "".join(f"- {t}\n" for t in _TOOLS)
    must, _ = _counts(f"Requirements\n{lead}\n{top}")
    assert must is None if picks <= 2 else must == picks


@pytest.mark.parametrize("end", [" or,", ", or,", " OR,", "; or"])
def test_an_item_ending_with_or_and_a_comma_joins_the_next(end: str) -> None:
    text = (
        f"What do we need from you?\n\n- A level 3 diploma in care{end}\n\n"
        "- Two years of work in a care home\n\n- A full driving licence\n\n- Flexibility\n"
    )
    assert _counts(text) == (3, 0)


# Wordings of a plus that are no heading words of their own: the line leads into the items.
_NICE_LEADS = [
    "Even better if",
    "Even better if you also",
    "Bonus points if",
    "Bonus points for",
    "Bonus if",
    "Great if you also have",
    "Ideally you also have",
    "Ideally",
    "It would be great if you also",
    "It would be nice if you also have",
    "We'd love it if you also",
    "Would be a plus",
    "Would be an advantage",
    "Advantageous",
    "Beneficial",
    "Helpful but not required",
    "Not required, but helpful",
    "Better still",
    "Brownie points for",
    "Plus points",
    "Extra points for",
    "You'll stand out if you",
    "What would make you stand out",
    "It's a plus if",
    "Assets",
    "Pluspunkte sammelst du mit",
    "Pluspunkte",
    "Du punktest mit",
    "Idealerweise bringst du mit",
    "Schön wäre es, wenn du",
    "Außerdem wünschenswert",
    "Kein Muss, aber ein Plus",
    "Von Vorteil ist",
    "Nicht zwingend, aber gern gesehen",
]


@given(
    st.sampled_from(_NICE_LEADS),
    st.sampled_from(["", ":", " …"]),
    st.sampled_from(["", "\n"]),
    st.sampled_from(["- ", "• ", "* ", "1. "]),
)
def test_a_plus_lead_without_heading_words_ends_the_must_haves(
    lead: str, end: str, gap: str, bullet: str
) -> None:
    items = "".join(f"{bullet}{x}\n" for x in ("fluent SQL", "a degree", "Looker"))
    plus = "".join(f"{bullet}{x}\n" for x in ("Airflow", "Spanish", "dbt"))
    text = f"Requirements\n{items}{gap}{lead}{end}\n{plus}"
    assert _counts(text) == (3, 3)


@pytest.mark.parametrize(
    "line",
    [
        # The item above runs on, in lower case: no lead.
        "ideally with Spark",
        "preferably in a regulated industry",
        # A whole sentence or a long line is text, not a lead.
        "Experience with Spark is a plus.",
        "Please tell us in your cover letter which of these you would find helpful to develop",
    ],
)
def test_a_line_with_plus_words_that_is_no_lead(line: str) -> None:
    text = f"Requirements\n- fluent SQL\n- a degree\n{line}\n- Looker\n- Airflow\n"
    must, _ = _counts(text)
    assert must is not None and must >= 3


def test_a_plus_lead_with_no_bullets_under_it_opens_nothing() -> None:
    # Plain lines under it: the line is read as it was (the list goes on or ends as before).
    text = "Requirements\n- fluent SQL\n- a degree\n- Looker\nBonus if you know\n"
    assert _counts(text)[0] == 3


_ITEMS = "- NMC registration\n\n- two years on a surgical ward\n\n- a full driving licence\n\n"
# Headings of the next part of the page, in title case, with text or bullets under them.
_PART_HEADINGS = [
    "Shift Patterns",
    "Working Hours",
    "The Company",
    "Site Information",
    "Probationary Period",
    "Special Circumstances",
    "Disclosure and Barring Service Check",
    "The Harbour Way",
]
_UNDER = [
    "This is a 24 hour service, so flexibility is needed. Rotas are set four weeks ahead.",
    "Harbour Care has run specialist clinics across the south coast for thirty years and "
    "now employs more than two thousand people in nine hospitals.",
    "- Full time and part time\n- Days and nights\n",
]


@given(st.sampled_from(_PART_HEADINGS), st.sampled_from(_UNDER), st.booleans())
def test_a_title_after_the_items_with_text_under_it_ends_the_list(
    heading: str, under: str, one_bullet: bool
) -> None:
    # Also where only the first item kept its bullet (the others lost theirs).
    items = _ITEMS.replace("- two", "Two").replace("- a full", "A full") if one_bullet else _ITEMS
    assert _counts(f"Essential criteria\n\n{items}{heading}\n\n{under}\n")[0] == 3


@pytest.mark.parametrize(
    "line",
    [
        "Interviews for this post will be held on Teams on 3rd May.",
        "This post is subject to an enhanced DBS check.",
        "Employment subject to references",
        "For an immediate start.",
        "Harbour Care has run specialist clinics for thirty years.",
        "Shift pattern is Monday to Friday, 7am to 3pm",
        "If you need support with your application please call the team.",
        "Due to the pressures on the service we cannot offer training this year.",
    ],
)
def test_a_line_after_bulleted_items_that_asks_nothing_ends_the_list(line: str) -> None:
    text = f"Essential criteria\n\n{_ITEMS}{line}\n\nClosing soon.\n"
    assert _counts(text)[0] == 3


@pytest.mark.parametrize(
    "line",
    [
        "A car and a full licence are essential",
        "You must be able to travel across the county",
        "Good IT skills",
        "Able to work nights",
        "4- Be 18 years of age at the time of appointment",
        "An understanding of care homes would also be helpful",
    ],
)
def test_a_plain_line_after_bulleted_items_that_asks_is_one_more(line: str) -> None:
    must, nice = _counts(f"Essential criteria\n\n{_ITEMS}{line}\n")
    assert must + nice == 4  # type: ignore[operator]


def test_a_plain_item_between_bullets_stays_in_the_list() -> None:
    items = _ITEMS.replace("\n\n", ".\n\n")
    text = (
        f"We are looking for someone who:\n\n{items}Flexible about shifts and weekends."
        "\n\n- Has skills in group work.\n"
    )
    assert _counts(text)[0] == 5


@pytest.mark.parametrize(
    ("heading", "under"),
    [
        ("Systems Design", "- You've run Kafka in production\n- You design for idempotency\n"),
        ("Operational Readiness", "- You're fluent in Terraform\n- You have shipped CI/CD\n"),
    ],
)
def test_a_title_over_more_items_that_ask_is_a_part_of_the_list(heading: str, under: str) -> None:
    # The subheading is no item, and the items under it count.
    text = f"Requirements\n\n- Strong SQL\n\n- Three years with dbt\n\n{heading}\n\n{under}"
    assert _counts(text)[0] == 2 + under.count("\n")


@pytest.mark.parametrize(
    ("heading", "under"),
    [
        ("What They Offer", "- Continuous learning\n- A modern stack\n"),
        ("Shifts Available", "- Full time and part time\n- Days and nights\n"),
        ("Special Circumstances", "- The postholder will be required to work nights\n"),
        ("Own Your Work", "- Flat structure: we trust you to decide\n"),
        ("Leave and Pay", "- You will receive 27 days of leave\n"),
    ],
)
def test_a_title_over_items_that_ask_nothing_ends_the_list(heading: str, under: str) -> None:
    text = f"Requirements\n\n- Strong SQL\n\n- Three years with dbt\n\n{heading}\n\n{under}"
    assert _counts(text)[0] == 2


@given(
    st.sampled_from(
        [
            "You must also hold one of the following:",
            "And one of the following qualifications:",
            "You will also need one of the following:",
            "Zusätzlich eines der folgenden Zertifikate:",
        ]
    ),
    st.integers(min_value=2, max_value=5),
)
def test_one_of_the_following_beside_a_must_have_counts_as_one(lead: str, n: int) -> None:
    alternatives = "".join(f"- Certificate {i}\n" for i in range(n))
    text = f"To apply, you must have:\n\n- A year of ward experience\n\n{lead}\n\n{alternatives}"
    assert _counts(text)[0] == 2


def test_a_choice_and_one_more_requirement_is_still_no_list() -> None:
    # The alternatives open the list themselves; one requirement beside them makes no list.
    text = (
        "Qualifications\n\nApplicants must have one of the following:\n- a BSc in nursing\n"
        "- a diploma in nursing\n\nand\n- a full driving licence\n"
    )
    assert _counts(text)[0] is None


_TASKS = [
    "Develop the monthly KPI pack",
    "Maintain the ward's stock records",
    "Liaise with GPs and the discharge team",
    "Liaises with the bookings team",
    "Ensures statistics are recorded for audit",
    "To coordinate the rota",
    "Responsible for the team's training plan",
    "Reports concerns to the ward manager",
]
_SKILLS = ["Fluent SQL", "A degree in statistics", "Three years with dbt", "Good IT skills"]


@given(
    st.sampled_from(["Technical Skills and Application:", "Key Skills", "About you:", "Skills"]),
    st.lists(st.sampled_from(_TASKS), min_size=3, max_size=6, unique=True),
    st.sampled_from(_SKILLS),
)
def test_a_list_of_tasks_under_a_skills_heading_is_no_list(
    heading: str, tasks: list[str], skill: str
) -> None:
    # One skill among three tasks or more: still a list of duties.
    items = "".join(f"- {t}\n" for t in [*tasks, skill])
    assert _counts(f"{heading}\n{items}")[0] is None


def test_a_skills_list_with_one_task_shaped_item_stays_a_list() -> None:
    # "Develop dashboards in Power BI" may be a skill; among skills, the list stays a list.
    items = "".join(f"- {s}\n" for s in [*_SKILLS, "Develop dashboards in Power BI"])
    must, _ = _counts(f"Skills\n{items}")
    assert must is not None and must >= 4


def test_tasks_under_a_lead_in_that_asks_are_left_out_one_by_one() -> None:
    # "To apply for this post, you will:": the lead-in asks; the duty items are not counted,
    # the others are.
    text = (
        "To apply for this post, you will:\n- Have six months of ward experience\n"
        "- Be registered with the NMC\n- Hold a driving licence\n"
        "- Ensure safe storage of medicines\n- Undertake mandatory training\n"
        "- Carry out nursing procedures\n- Ensure records are kept\n"
    )
    assert _counts(text)[0] == 3


@given(
    st.sampled_from(["Essential criteria", "Desirable"]),
    st.sampled_from(
        [
            "The team works hybrid from Leeds and meets on Tuesdays",
            "This is a permanent full time post of 37.5 hours a week.",
            "Our aim is to deliver world class care to every patient",
            "Interviews will be held on 3 May at the Royal Infirmary",
            "Shortlisting will take place in the week of 10 May",
        ]
    ),
)
def test_a_sentence_about_the_post_ends_a_list_of_plain_lines(heading: str, line: str) -> None:
    text = f"{heading}\nNMC registration\nTwo years of ward experience\n{line}\nBand 5\n"
    must, nice = _counts(text)
    assert (must if heading.startswith("Essential") else nice) == 2


def test_a_plain_line_that_asks_stays_an_item_after_plain_items() -> None:
    text = (
        "Essential criteria\nNMC registration\nTwo years of ward experience\n"
        "The ability to work nights and weekends\n"
    )
    assert _counts(text)[0] == 3


_SELECTION_LEADS = [
    "At interview we will be looking for evidence of:",
    "During the interview you will be asked to show:",
    "The interview panel will assess the following behaviours:",
    "At interview, you will be tested against the following behaviours:",
    "Shortlisting will be based on:",
    "Selection will be based on the following:",
]


@given(st.sampled_from(_SELECTION_LEADS), st.sampled_from(["", "\n"]))
def test_what_the_interview_looks_for_is_no_must_have(lead: str, gap: str) -> None:
    behaviours = "- Listening to patients\n- Working with compassion\n- Team work\n"
    items = "- NMC registration\n- Two years on a ward\n"
    text = f"Essential Criteria\n{items}{gap}{lead}\n{behaviours}"
    assert _counts(text)[0] == 2
    # Nor does such a line open a list of its own.
    assert _counts(f"About the post\n\nWe run a busy ward.\n\n{lead}\n\n{behaviours}")[0] is None


def test_a_requirements_paragraph_is_not_read_on_into_the_interview() -> None:
    text = (
        "The successful candidate must hold the following:\n\n"
        "A doctorate in psychology, HCPC registration and two years as a qualified clinical "
        "psychologist.\n\nThe selection at sift stage will be based on your CV. At interview, "
        "you will be tested against the following behaviours:\n\n- Leadership\n\n"
        "- Delivering at Pace\n\n- Working Together\n\n- Making Effective Decisions\n"
    )
    must, _ = _counts(text)
    assert must is None or must <= 2


@pytest.mark.parametrize(
    "lead",
    [
        "Applicants are not eligible to apply for this apprenticeship if they have:",
        "Candidates who hold the following qualifications are not eligible:",
        "You cannot apply if you already hold:",
        "Applicants must not already hold:",
    ],
)
def test_what_rules_a_candidate_out_is_no_must_have(lead: str) -> None:
    text = (
        f"Minimum entry criteria:\n\n- GCSE English and maths\n\n- A level 2 in care\n\n{lead}\n\n"
        "- A degree in business\n\n- An NVQ level 3 in administration\n"
    )
    assert _counts(text)[0] == 2
    assert _counts(f"About the post\n\nA busy ward.\n\n{lead}\n\n- A degree\n- An NVQ\n")[0] is None


@pytest.mark.parametrize(
    "lead_in",
    [
        "You will need the following, which will be assessed at interview:",
        "The post holder must have the following, tested at the assessment centre:",
        "Candidates should bring these skills, which the panel will explore:",
    ],
)
def test_a_lead_in_that_asks_and_then_names_the_interview_opens_a_list(lead_in: str) -> None:
    # What is asked comes first; where it is tested is an aside.
    ad = f"Job\n\nRequirements\n\n{lead_in}\n- A nursing degree\n- NMC registration\n- Ward work\n"
    assert requirements.check(prepare(ad)).must_haves == 3


@pytest.mark.parametrize(
    "lead_in",
    [
        "At interview, you will be tested against the following:",
        "Shortlisting will be based on the following:",
        "The panel will look for:",
    ],
)
def test_a_lead_in_about_how_candidates_are_judged_opens_no_list(lead_in: str) -> None:
    ad = f"Job\n\nAbout the process\n\n{lead_in}\n- Communication\n- Teamwork\n- Judgement\n"
    assert requirements.check(prepare(ad)).must_haves is None


@pytest.mark.parametrize(
    ("line", "must"),
    [
        ("Please ensure you hold a full UK driving licence", 4),
        ("Please ensure that you have the right to work in the UK", 4),
        ("Please ensure your application arrives before the closing date", 2),
        ("Please ensure all sections of the form are completed", 2),
    ],
)
def test_please_ensure_asks_when_it_names_what_you_hold(line: str, must: int) -> None:
    ad = (
        "Job\n\nEssential criteria\n\nA degree in a health subject\n\nTwo years of NHS "
        f"experience\n\n{line}\n\nExcellent written English\n"
    )
    assert requirements.check(prepare(ad)).must_haves == must


# A choice among M items however it is worded ("at least 3 of following", with or without "the";
# "the majority of the following") is a choice. Run together in a paragraph it is one
# requirement, as the USAJOBS label definition counts it, and with at most one more requirement
# no list; over bulleted lines "at least three" keeps counting three (the choice rule above).
@pytest.mark.parametrize(
    ("lead", "on_lines"),
    [
        ("Your resume must show experience with at least 3 of following:", 3),
        ("Your resume must show experience with at least three of the following:", 3),
        ("You must show experience in the majority of the following:", None),
    ],
)
@pytest.mark.parametrize("glue", ["\n", " "])
def test_a_choice_of_n_among_m_is_a_choice(lead: str, on_lines: int | None, glue: str) -> None:
    items = [
        "Experience tuning warehouse pumps.",
        "Experience logging pressure readings.",
        "Experience ordering spare valves.",
        "Experience training new pump operators.",
    ]
    body = glue.join(f"- {i}" if glue == "\n" else i for i in items)
    must, _ = _counts(f"Qualifications\n{lead}{glue}{body}\n")
    assert must == (on_lines if glue == "\n" else None)


# A line that defines a word of the requirement explains it and asks nothing: one requirement
# sentence and its definition are no list. "Experience is required in …" still asks.
@pytest.mark.parametrize(
    "definition",
    [
        "General experience is office work that shows the ability to learn the filing rules.",
        "Specialized experience is defined as scheduling crews for a county road depot.",
        "Qualifying education means two years of study after high school.",
        "Experience refers to paid and unpaid work, volunteer work included.",
    ],
)
def test_a_definition_line_is_no_item(definition: str) -> None:
    text = (
        "Qualifications\nTo qualify, applicants must have one year of general experience or "
        f"two years of study after high school.\n{definition}\n"
    )
    assert _counts(text)[0] is None


def test_a_line_saying_experience_is_required_stays_an_item() -> None:
    text = (
        "Qualifications\nApplicants must hold a valid driving licence.\n"
        "Experience is required in scheduling road crews.\nEducation is a plus.\n"
    )
    assert _counts(text)[0] == 2
