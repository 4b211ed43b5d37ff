"""Requirement inflation: must-haves, years against seniority, and stack breadth."""

from __future__ import annotations

import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text import requirements
from askback.text.doc import prepare
from askback.text.jobad import analyze


def test_junior_with_five_years_is_a_concern() -> None:
    report = analyze(
        "Junior Data Analyst\n\nRequirements\n- 5+ years of experience with SQL\n- Excel\n"
    )
    finding = next(f for f in report.findings if f.check == "years-vs-seniority")
    assert finding.level.value == "concern" and finding.data["years"] == 5
    assert report.seniority == "junior" and "seniority" in finding.question_tags


def test_senior_with_five_years_is_fine() -> None:
    report = analyze("Senior Data Scientist\n\nRequirements\n- 5+ years of experience\n- Python\n")
    assert not [f for f in report.findings if f.check == "years-vs-seniority"]


def test_years_not_about_experience_are_ignored() -> None:
    years, _ = requirements.years_required(prepare("Founded 12 years ago, we have grown fast."))
    assert years is None


def test_must_haves_are_counted_and_nice_to_haves_left_out() -> None:
    musts = "\n".join(f"- Skill number {i}" for i in range(11))
    text = (
        f"Analyst\n\n## What you bring\n{musts}\n- Spanish is a plus\n\n## Nice to have\n- "
        f"Go\n- Rust\n"
    )
    r = requirements.check(prepare(text))
    assert (r.must_haves, r.nice_to_haves) == (11, 3)
    assert "must-haves" in {f.check for f in analyze(text).findings}


def test_plain_lines_under_a_scraped_heading_count_as_items() -> None:
    r = requirements.check(
        prepare("Qualifications\nSQL\nPython\nExperience with dbt\n\nBenefits\nGym\n")
    )
    assert r.must_haves == 3


def test_tools_respect_case_and_the_r_language() -> None:
    names = [
        n
        for n, _ in requirements.tools(
            prepare(
                "You excel at analysis with R, Python and Excel; you glue things with Spark and "
                "dbt."
            )
        )
    ]
    assert names == ["R", "Python", "Excel", "Spark", "dbt"]


def test_broad_stack_is_flagged() -> None:
    stack = ", ".join(
        [
            "Python",
            "SQL",
            "Spark",
            "Airflow",
            "dbt",
            "Snowflake",
            "BigQuery",
            "Kafka",
            "Terraform",
            "Docker",
            "Kubernetes",
            "Tableau",
            "Looker",
        ]
    )
    report = analyze(f"Data Engineer\n\nRequirements\n- {stack}\n")
    assert next(f for f in report.findings if f.check == "stack-breadth").data["tools"][:2] == [
        "Python",
        "SQL",
    ]


# --- issue 11: classes of requirement mistakes, on ads written for these tests ---


@pytest.mark.parametrize(
    "text",
    [
        "Data Scientist\nThe role supports early-stage drug discovery.\n6+ years of experience.",
        "Analytics Engineer\nOur partners value your expert judgement.\n",
        "BI Developer\nWe work on multi-stage pipelines and mid-stage startups.\n",
        "Data Analyst\nYou will work with senior stakeholders and the head of finance.\n",
    ],
)
def test_seniority_never_comes_from_other_words(text: str) -> None:
    assert requirements.seniority(prepare(text))[0] == "unspecified"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("**URL:** https://jobs.example/1\n\nPrincipal Data Scientist\nAbout us", "lead"),
        ("Company: Acme\nJob Title: Junior Data Analyst\n", "junior"),
        ("About us\nWe are hiring a Senior Machine Learning Engineer in Lyon.\n", "senior"),
        ("Stage - Data Analyst (6 mois)\nNous cherchons", "intern"),
    ],
)
def test_seniority_from_the_title(text: str, level: str) -> None:
    assert requirements.seniority(prepare(text))[0] == level


def _counts(text: str) -> tuple[int | None, int]:
    r = requirements.check(prepare("Data Engineer\n" + text))
    return r.must_haves, r.nice_to_haves


@pytest.mark.parametrize(
    "heading",
    [
        "Essential Functions",
        "Essential Duties and Responsibilities:",
        "What you'll be doing",
        "## Responsibilities",
        "Deine Aufgaben",
        "Ihre Aufgaben:",
        "Key Duties",
    ],
)
def test_duty_headings_do_not_start_a_requirement_list(heading: str) -> None:
    assert _counts(f"{heading}\n- build pipelines\n- own the warehouse\n- mentor analysts\n") == (
        None,
        0,
    )


@pytest.mark.parametrize(
    "heading",
    [
        "Qualifications & Education",
        "Required Skills",
        "Required Qualifications:",
        "**Minimum Qualifications**",
        "Education and Experience",
        "Skills, Knowledge & Abilities",
        "What you'll need",
        "Was du mitbringst",
        "Dein Profil",
        "### Anforderungen",
    ],
)
def test_requirement_headings_with_or_without_colon(heading: str) -> None:
    assert _counts(f"{heading}\n- SQL\n- Python\n- a degree in a related field\n") == (3, 0)


@pytest.mark.parametrize(
    "heading", ["Desired Skills", "Preferred", "Bonus points", "Nice to have", "Wünschenswert"]
)
def test_a_plain_nice_to_have_heading_ends_the_must_haves(heading: str) -> None:
    text = f"Requirements\n- SQL\n- Python\n{heading}\n- dbt\n- Airflow\n"
    assert _counts(text) == (2, 2)


@pytest.mark.parametrize(
    "heading", ["Unser Angebot", "Konditionen", "What we offer", "Benefits", "Perks & Benefits"]
)
def test_benefit_sections_are_not_requirements(heading: str) -> None:
    text = f"Qualifications\n- SQL\n- Python\n{heading}\n- 30 days off\n- a laptop\n- pension\n"
    assert _counts(text) == (2, 0)


@pytest.mark.parametrize(
    "intro",
    ["one or more of the following:", "any of", "at least one of", "such as", "z. B."],
)
def test_alternatives_are_one_requirement(intro: str) -> None:
    tools = "Python, Scala, Java, Go, Rust, Kotlin, Julia, R, SAS, Spark, Kafka, Flink, Hadoop"
    r = requirements.check(
        prepare(f"Data Engineer\nRequirements\n- A programming language, {intro} {tools}\n- SQL\n")
    )
    assert r.must_haves == 2
    assert len(r.tools_in_requirements) == 2


def test_indented_alternatives_under_an_intro_line() -> None:
    text = (
        "Requirements\n- Experience with one or more of the following:\n  - Snowflake\n"
        "  - BigQuery\n  - Redshift\n- SQL\n"
    )
    assert _counts(text) == (2, 0)


# --- issue 11, item 4: a finding's level holds, and a less sure one says so ---


def _finding(report: object, check: str) -> object:
    return next(f for f in report.findings if f.check == check)  # type: ignore[attr-defined]


def test_years_without_a_level_named_are_info_and_say_so() -> None:
    report = analyze("Data Engineer\n\nRequirements\n- 11+ years of experience with Python\n")
    f = _finding(report, "years-vs-seniority")
    assert f.level.value == "info" and "rough check" in f.why  # type: ignore[attr-defined]


def test_tools_from_an_ad_without_a_requirement_list_are_info() -> None:
    tools = "Python, SQL, Spark, Kafka, Airflow, dbt, Snowflake, Databricks, BigQuery, Redshift"
    text = f"Data Engineer\nOur platform runs on {tools}, Docker, Kubernetes and Terraform.\n"
    f = _finding(analyze(text), "stack-breadth")
    assert f.level.value == "info" and "anywhere in the ad" in f.why  # type: ignore[attr-defined]


def test_must_haves_counted_from_plain_lines_are_info_and_say_so() -> None:
    lines = "\n".join(f"Experience with thing number {i}" for i in range(12))
    f = _finding(analyze(f"Data Engineer\nRequirements\n{lines}\n"), "must-haves")
    assert f.level.value == "info" and "check the count" in f.title  # type: ignore[attr-defined]


def test_no_requirement_list_is_said_only_when_there_is_no_heading() -> None:
    # A sentence after the heading's colon is no list (a comma list there is: test_redteam_7th).
    report = analyze(
        "Data Engineer\nRequirements: You will need SQL, Python and three years in analytics.\n"
    )
    summary = next(a for a in report.areas if a.area.value == "requirements").summary
    assert "no requirement list found" not in summary and "heading" in summary
    report = analyze("Data Engineer\nWe build pipelines for retailers across Europe.\n")
    summary = next(a for a in report.areas if a.area.value == "requirements").summary
    assert "no requirement list found" in summary


def test_a_question_can_be_a_heading() -> None:
    text = "Data Engineer\nWhat do you need?\nSQL every day\nPython for pipelines\n"
    assert requirements.check(prepare(text)).must_haves == 2


def test_your_qualifications_and_good_to_have() -> None:
    text = "Your Qualifications\n- SQL\n- Python\n- Looker\nGood to have\n- dbt\n"
    assert _counts(text) == (3, 1)


@pytest.mark.parametrize(
    "heading",
    [
        "Things that you will have:",
        "To be successful in this role, you'll need:",
        "The 3 “must haves” for this post:",
        "Who we're looking for",
        "Essential Skills include;",
        "Essential Requirement",
        "Applicants should meet the following criteria:",
    ],
)
def test_more_requirement_headings(heading: str) -> None:
    assert _counts(f"{heading}\n- a nursing degree\n- NMC registration\n- a car\n") == (3, 0)


@pytest.mark.parametrize(
    ("text", "must"),
    [
        ("As well as a degree, we are looking for:\n\n- Motivation\n\n- A driving licence\n", 2),
        ("The post would appeal to someone who:\n- has audit experience\n- enjoys data\n", 2),
        ("Right, enough about us. Are you…\n\n- a qualified pharmacist\n- calm under pressure", 2),
        ("What do you need to join our team?\n- Current GMC registration\n- ECG experience\n", 2),
        ("Wir suchen Menschen, die:\n- Pflegeerfahrung haben\n- gerne im Team arbeiten\n", 2),
    ],
)
def test_a_lead_in_sentence_opens_a_requirement_list(text: str, must: int) -> None:
    assert _counts(text)[0] == must


@pytest.mark.parametrize(
    "lead",
    [
        "What we'd like to give you:",
        "The role will also involve:",
        "In return we will offer you:",
        "You will be responsible for:",
        "At interview you will be assessed against the following:",
        "3 reasons why you should apply today…",
    ],
)
def test_a_lead_in_to_duties_or_benefits_opens_no_list(lead: str) -> None:
    assert _counts(f"{lead}\n\n- free parking\n\n- a pension scheme\n")[0] is None


def test_a_paragraph_after_a_blank_line_ends_a_bulleted_list() -> None:
    text = (
        "Essential criteria\n\n- Registered nurse\n\n- Six months of ward experience\n\n"
        "We are an equal opportunities employer. Everyone is welcome to apply.\n\n"
        "- Parking on site\n"
    )
    assert _counts(text)[0] == 2


def test_an_item_that_wraps_over_lines_counts_once() -> None:
    text = (
        "Requirements:\n- Experience of working in a busy\nclinical environment\n"
        "- Registration with the HCPC\n- A full driving licence and access\nto a car\n"
    )
    assert _counts(text)[0] == 3


def test_items_whose_bullets_were_lost_still_count() -> None:
    text = (
        "Essential:\n\n- Experience as a registered nurse\n\nA good understanding of the Care Act"
        "\n\nCompassion and resilience\n\nDesirable:\n\n- Experience in leadership\n"
    )
    assert _counts(text) == (3, 1)


def test_duty_items_under_a_requirement_lead_in_are_not_must_haves() -> None:
    text = (
        "To apply for this post, you will:\n- Have a year of experience in theatres\n"
        "- Be registered with the NMC\n- Ensure safe storage of medicines\n"
        "- Undertake mandatory training\n- To liaise with the ward team\n"
    )
    assert _counts(text)[0] == 2


def test_items_joined_by_an_or_line_are_one_requirement() -> None:
    text = (
        "Qualifications\n\n- BSc in Sports Therapy\n\nOr\n\n- A diploma in physiotherapy\n\n"
        "- A full driving licence\n"
    )
    assert _counts(text)[0] == 2


def test_a_star_glued_to_a_word_is_a_footnote_not_an_item() -> None:
    text = "Requirements:\n- Valid work permit\n- Two years in retail\n*Subject to DBS check\n"
    assert _counts(text)[0] == 2


@pytest.mark.parametrize(
    "heading",
    ["Band 6 Essential criteria:", "Nursing Essential Requirements: ·", "Grade 4 Qualifications:"],
)
def test_heading_words_after_a_grade_or_field_open_a_list(heading: str) -> None:
    text = f"{heading}\n\nA degree in nursing\n\nTwo years on a surgical ward\n"
    assert _counts(text)[0] == 2


@pytest.mark.parametrize(
    "lead", ["Band 6 Desirable criteria:", "It would be an advantage if you have:"]
)
def test_a_nice_to_have_lead_in_opens_no_must_have_list(lead: str) -> None:
    assert _counts(f"{lead}\n- A teaching qualification\n- Audit experience\n")[0] is None


# --- issue 11, second round: what ends a list, and lists that are not asked of the candidate ---


@pytest.mark.parametrize(
    "text",
    [
        # A paragraph under the heading whose last sentence leads into duties.
        "Who we are looking for:\n\nWe want porters who share our aims and can work weekends. "
        "The postholder will have these responsibilities:\n\n- To move patients\n"
        "- To keep the fleet clean\n"
        "- To answer the bleep\n",
        # A plain line under a requirement heading that leads into benefits (bullets follow).
        "About You\n\nHave a look at the rewards our staff get\n- A pension\n- Free parking\n"
        "- A gym discount\n",
        # A marked heading whose words go on to duties.
        "The person appointed will have responsibilities for:\n- the rota\n- the budget\n",
    ],
)
def test_a_lead_in_to_duties_or_benefits_inside_a_list_ends_it(text: str) -> None:
    assert _counts(text)[0] is None


def test_benefits_after_the_items_are_not_counted() -> None:
    text = "Candidates should have:\n- SQL\n- Python\nPay & Benefits\n- 30 days off\n- a laptop\n"
    assert _counts(text) == (2, 0)


@pytest.mark.parametrize(
    "call",
    [
        "If this sounds like you, apply today and join the ward.",
        "Why not apply now? We would love to hear from you.",
        "Please get in touch with the ward manager for a chat.",
    ],
)
def test_a_call_to_apply_ends_a_list_of_plain_lines(call: str) -> None:
    text = (
        "Essential requirements:\n\nTwo years on a medical ward.\n\nA valid driving licence.\n\n"
        f"{call}\n\nThis is a great chance to grow with a new unit.\n"
    )
    assert _counts(text)[0] == 2


@pytest.mark.parametrize(
    "text",
    [
        "We want people who live our values, which are:\n- We listen to patients\n"
        "- We are open with each other\n- Our staff come first\n",
        "Wir suchen Menschen, die zu uns passen:\n- Wir arbeiten im Team\n"
        "- Unsere Patienten stehen im Mittelpunkt\n- Wir lernen jeden Tag\n",
    ],
)
def test_a_list_that_speaks_of_the_employer_is_not_must_haves(text: str) -> None:
    assert _counts(text)[0] is None


@pytest.mark.parametrize(
    ("text", "must"),
    [
        # A semicolon in place of the colon, with words that ask for something.
        ("To do well as a porter you will need;\n- a forklift licence\n- good fitness\n", 2),
        ("To thrive here, you must have;\n\n- a nursing degree\n\n- ward experience\n", 2),
        # "you will;" alone leads into the role, not into requirements.
        ("As a porter you will;\n- move patients\n- join a friendly crew\n", None),
    ],
)
def test_a_semicolon_lead_in(text: str, must: int | None) -> None:
    assert _counts(text)[0] == must


@pytest.mark.parametrize("heading", ["The Person", "About the person", "Skillset"])
def test_person_headings_and_their_lead_in_line(heading: str) -> None:
    text = (
        f"{heading}\n\nTo succeed as a lab assistant you will have;\n\nA degree in biology.\n\n"
        "Two years of lab work.\n\nThe Benefits\n\n- a gym\n- a pension\n"
    )
    assert _counts(text) == (2, 0)


def test_a_rule_and_an_unknown_markdown_heading_end_a_list() -> None:
    text = (
        "## Requirements\n- SQL\n- Python\n---\n## Our Stack\n- dbt\n- Airflow\n\n"
        "**Team Culture**\n- flat teams\n"
    )
    assert _counts(text) == (2, 0)


_ITEMS = st.lists(
    st.sampled_from(["- SQL", "- a driving licence", "* two years on a ward", "1. a degree"]),
    min_size=1,
    max_size=8,
)


@settings(max_examples=150, deadline=None)
@given(
    heading=st.sampled_from(["Requirements", "## Required Skills", "Essential criteria:"]),
    items=_ITEMS,
    gap=st.sampled_from(["", "\n", "---\n", "\n***\n\n", "___\n"]),
    after=st.sampled_from(["## Our Stack", "**Life at the clinic**", "# Tech we use"]),
    more=_ITEMS,
)
def test_items_after_a_rule_and_an_unknown_heading_never_count(
    heading: str, items: list[str], gap: str, after: str, more: list[str]
) -> None:
    text = f"{heading}\n" + "\n".join(items) + f"\n{gap}{after}\n" + "\n".join(more) + "\n"
    assert _counts(text) == (len(items), 0)


@pytest.mark.parametrize(
    "lead",
    [
        "What can you offer us?",
        "What you can offer:",
        "To be considered, applicantsmust:",
        "In order to join the bank youmust:",
        "Please apply if you:",
    ],
)
def test_more_lead_ins_that_ask_for_a_person(lead: str) -> None:
    text = f"{lead}\n\n- a year on a surgical ward\n\n- a valid NMC pin\n\n- a car\n"
    assert _counts(text)[0] == 3


def test_a_line_about_the_employer_after_the_items_ends_the_list() -> None:
    text = (
        "We want someone who is...\n\n- HCPC registered\n\n- Calm in a crisis\n\n"
        "Our Preceptorship Scheme\n\nNew staff get six months of support.\n"
    )
    assert _counts(text)[0] == 2


@pytest.mark.parametrize(
    "closing",
    [
        "On top of a full induction we offer weekly clinical supervision.",
        "In return you get a generous pension and free parking.",
        "This list is not exhaustive.",
    ],
)
def test_a_benefit_statement_or_a_closing_remark_ends_a_plain_list(closing: str) -> None:
    text = (
        "Essential criteria:\n\nA degree in physiotherapy\n\nHCPC registration\n\n"
        f"{closing}\n\nA second line after it\n"
    )
    assert _counts(text)[0] == 2


def test_a_lead_in_to_what_the_post_holder_is_required_to_do_is_duties() -> None:
    text = (
        "The successful nurse will be expected to:\n- Run the clinic\n- Chair the huddle\n"
        "- Keep the rota\n"
    )
    assert _counts(text)[0] is None
    # "... required to have:" still asks for something.
    text = "Applicants will be required to have:\n- a degree\n- a car\n"
    assert _counts(text)[0] == 2


def test_items_that_start_with_a_duty_verb_are_not_must_haves() -> None:
    text = (
        "To apply for this post you will:\n- Lead the weekly huddle\n- Support junior staff\n"
        "- Design the audit\n"
        "- Represent the team at board\n- Have a nursing degree\n- Hold a driving licence\n"
    )
    assert _counts(text)[0] == 2


@pytest.mark.parametrize(
    ("lead", "must"),
    [
        # Either apostrophe.
        ("To join the ward, you’ll need:", 2),
        ("What you’ll bring", 2),
        ("What we’re looking for:", 2),
        ("You’ll have:", 2),
        ("To apply for this post, you will:", 2),
        # "you will" alone leads into the role.
        ("In this role you’ll:", None),
        ("You'll work in the following clinics:", None),
        ("As a staff nurse, you will:", None),
    ],
)
def test_you_will_asks_only_with_a_word_that_asks(lead: str, must: int | None) -> None:
    assert _counts(f"{lead}\n- Ward 4 and the day unit\n- Theatres\n")[0] == must


@pytest.mark.parametrize(
    ("lead", "items", "must"),
    [
        # "You will:" / "The post holder will:": the items decide.
        ("The post holder will:", ["Have a pharmacy degree", "Be registered with the GPhC"], 2),
        ("You will:", ["Have a nursing degree", "Hold a driving licence", "Lead the huddle"], 2),
        ("The post holder will:", ["Run the clinic", "Chair the huddle"], None),
        ("You will:", ["Work on ward 4", "Assess patients"], None),
        # what joining brings is no requirement
        ("By joining this team you will:", ["Be supported", "Be part of a culture"], None),
    ],
)
def test_an_either_way_lead_in_is_decided_by_its_items(
    lead: str, items: list[str], must: int | None
) -> None:
    text = f"{lead}\n\n" + "\n\n".join(f"- {i}" for i in items) + "\n"
    assert _counts(text)[0] == must


def test_stars_glued_to_words_make_a_list_when_there_are_several() -> None:
    text = "Essential Experience Required\n\n*Current NMC PIN\n\n*Two years in A&E\n\n*Car driver\n"
    assert _counts(text)[0] == 3


@pytest.mark.parametrize(
    "lead",
    [
        "The agency requires you to have:",
        "Interested nurses should have:",
        "Further key skills are;",
        "What we ask of you",
        "What we need from you?",
    ],
)
def test_lead_ins_that_require_or_list_skills(lead: str) -> None:
    assert _counts(f"{lead}\n- A valid NMC pin\n- Two years on a ward\n")[0] == 2


def test_what_the_post_holder_should_be_able_to_do_is_no_requirement_list() -> None:
    text = "The post holder should be able to:\n- Run the clinic\n- Update care plans\n"
    assert _counts(text)[0] is None


# --- issue 11: shapes of the USAJOBS announcements, written for these tests ---


@pytest.mark.parametrize("sep", ["; or", " or", "; OR"])
def test_an_item_that_ends_with_or_joins_the_next(sep: str) -> None:
    text = (
        "Requirements\n- A master's degree in statistics" + sep + "\n"
        "- Two years of analytics work\n- A valid work permit\n"
    )
    assert _counts(text)[0] == 2


@pytest.mark.parametrize(
    "lead",
    [
        "Applicants must meet one of the following requirements:",
        "You need at least one of the following:",
        "Candidates must hold one or more of the following:",
    ],
)
def test_a_lead_in_to_one_of_the_following_is_one_requirement(lead: str) -> None:
    text = f"{lead}\n- A bachelor's degree in economics\n- Three years as an analyst\n- An MBA\n"
    r = requirements.check(prepare("Analyst\n\nQualifications\n\n" + text))
    # A choice alone is one requirement: no list of must-haves.
    assert r.must_haves is None
    both = text + "\nRequirements:\n- A driving licence\n- Fluent English\n"
    assert requirements.check(prepare("Analyst\n\n" + both)).must_haves == 3


def test_lists_for_each_grade_are_not_the_positions_must_haves() -> None:
    text = (
        "Analyst\n\nQualifications\n\n"
        "To qualify at the GS-7 grade level, applicants must have:\n"
        "- A degree in accounting\n- One year of audit work\n\n"
        "To qualify at the GS-9 grade level, applicants must have:\n"
        "- A master's degree in accounting\n- Two years of audit work\n"
    )
    assert requirements.check(prepare(text)).must_haves is None


@pytest.mark.parametrize(
    "line",
    [
        "Applicants must meet all requirements by the closing date of this announcement.",
        "Per the qualification standard for trades occupations,",
    ],
)
def test_a_single_plain_line_under_a_heading_is_no_list(line: str) -> None:
    assert requirements.check(prepare(f"Clerk\n\nQualifications\n\n{line}\n")).must_haves is None
    # A bulleted single item stays a requirement.
    assert requirements.check(prepare(f"Clerk\n\nRequirements\n\n- {line}\n")).must_haves == 1


@given(st.lists(st.booleans(), min_size=2, max_size=8))
def test_items_ending_with_or_group_with_the_next(ors: list[bool]) -> None:
    # Each item ends with "; or" (True) or not; an "or" item and the next are one requirement.
    lines = [f"- Skill number {i}" + ("; or" if o else ";") for i, o in enumerate(ors)]
    groups = 1 + sum(1 for o in ors[:-1] if not o)
    must = requirements.check(prepare("Analyst\n\nRequirements\n" + "\n".join(lines))).must_haves
    assert must == groups


def test_the_years_span_is_the_same_under_every_hash_seed() -> None:
    # The same years asked twice, spelled two ways: the span reported must be the first
    # mention, whatever order Python's string hashing walks the year words in.
    import subprocess
    import sys

    code = (
        "from askback.text.doc import prepare\n"
        "from askback.text.requirements import years_required\n"
        "text = 'Requirements:\\n- 3 yrs of experience with SQL\\n- 3 years of Python experience'\n"
        "print(years_required(prepare(text)))\n"
    )
    seen = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in range(6)
    }
    assert len(seen) == 1, seen
    assert seen.pop().startswith("(3, (16,")
