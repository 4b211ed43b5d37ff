"""Where a must-have list opens and where none is (US federal shapes), on sentences of our own."""

from __future__ import annotations

import pytest

from tests.unit.text.req_helpers import must_haves as _must

# A paragraph cut by a page's fixed line width: long lines that stop mid-sentence, the next in
# lower case, and sentences that end and start inside lines.
_WRAPPED = [
    (
        "Specialized Experience:Typical examples of this experience include but are not\n\n"
        "limited to planning field surveys of bird colonies along the coast and inland\n\n"
        "wetlands, including the counting of nests, the banding of chicks and adults\n\n"
        "and data entry. Writing short reports on the survey results and presenting them\n\n"
        "to the refuge staff. Training volunteers in the methods of the survey.\n"
    ),
    (
        "Examples of qualifying work are the scheduling of maintenance for a fleet of heavy\n\n"
        "trucks, keeping the records of parts ordered from suppliers across the region\n\n"
        "and checking invoices against them. Supervising two clerks in the depot office\n\n"
        "and answering questions from drivers about their schedules and their routes.\n"
    ),
    (
        # A short first line ("Applicants" / "must have …").
        "Applicants\n\nmust have at least one year of specialized experience equal to the\n\n"
        "next grade, in the upkeep of boilers at Federal sites and the pumps\n\nin large "
        "buildings. This experience may be paid or unpaid.\n"
    ),
    (
        "You will have experience in the preparation of budgets for a public library system\n\n"
        "serving several branches, with responsibility for tracking spending against plans\n\n"
        "during the year. Preparing reports for the board of trustees and explaining the\n\n"
        "changes from one year to the next. Advising branch managers on purchasing.\n"
    ),
]


@pytest.mark.parametrize("body", _WRAPPED)
def test_a_paragraph_cut_at_a_line_width_is_no_list(body: str) -> None:
    assert _must("Field Technician\n\n## Qualifications\n\n" + body) is None


@pytest.mark.parametrize(
    "items",
    [
        # Long items in lower case without a full stop, each a phrase of its own: no sentence
        # ends inside a line, so they stay items.
        [
            "strong experience with Airflow and Postgres in building and running pipelines on AWS",
            "deep knowledge of Tableau to build dashboards and reports for the sales organisation",
            "solid SQL skills with the ability to tune slow queries in Postgres or a similar store",
            "the ability to explain numbers to managers who are not at ease with data or charts",
        ],
        # Short ones, as before.
        ["drafting care plans for a ward", "engaging staff across the wards", "chairing reviews"],
    ],
)
def test_long_items_in_lower_case_stay_items(items: list[str]) -> None:
    text = "Data Analyst\n\nWhat you bring\n\n" + "\n\n".join(items) + "\n"
    assert _must(text) == len(items)


@pytest.mark.parametrize(
    "grades",
    [
        (
            "For the GS-9 level, applicants must have one full year of specialized experience "
            "performing the following duties: sorting incoming mail; keeping the filing system; "
            "booking rooms for meetings; and answering the phone. This experience must have been "
            "at least at the GS-7 level. For the GS-11 level, applicants must have one full year "
            "of specialized experience performing the following duties: drafting letters for the "
            "director; planning the office budget; and training new clerks."
        ),
        (
            "At the GS-7 grade level, you must have one year of experience in the following: "
            "counting stock; ordering supplies; checking deliveries. At the GS-9 grade level, "
            "you must have one year of experience in the following: running the store; "
            "planning stock levels; supervising two clerks."
        ),
    ],
)
def test_grade_blocks_without_a_colon_are_no_list(grades: str) -> None:
    # "For the GS-11 level, …" starts the next grade's block: each block is what one grade
    # asks, and grade-by-grade requirements are no must-haves.
    assert _must("Office Clerk\n\n## Qualifications\n\n" + grades) is None


def test_one_grade_block_alone_stays_a_list() -> None:
    text = (
        "Office Clerk\n\n## Qualifications\n\nFor the GS-9 level, applicants must have all of the "
        "following: a valid driver's licence; one year of office work; typing at 40 words a "
        "minute; and a clean record of conduct."
    )
    assert _must(text) == 4


_TRANSITION = (
    " Interagency Career Transition Assistance Plan (ICTAP)- The ICTAP gives displaced "
    "employees priority for vacancies. Career Transition Assistance Plan (CTAP)-The CTAP gives "
    "surplus employees of the department priority as well."
)


def test_career_transition_boilerplate_is_no_item() -> None:
    base = (
        "Office Clerk\n\n## Qualifications\n\nBasic Requirements: - U.S. citizenship. - A high "
        "school diploma. - A valid driver's licence."
    )
    assert _must(base) == 3
    assert _must(base + _TRANSITION) == 3


@pytest.mark.parametrize(
    "credit",
    [
        " Part-Time or Unpaid Experience: Credit will be given for unpaid work on the same basis "
        "as for paid work.",
        " Volunteer Experience: Credit is given for volunteer work of the same kind.",
        " Credit will be given for part-time work in proportion to the hours worked.",
    ],
)
def test_how_experience_is_credited_is_no_item(credit: str) -> None:
    base = (
        "Park Ranger\n\n## Qualifications\n\nApplicants must meet the requirements listed below: "
        "Degree: a bachelor's degree in biology or forestry. Licensure: a valid driver's licence "
        "from any State."
    )
    assert _must(base) == 2
    assert _must(base + credit) == 2


@pytest.mark.parametrize(
    "experience",
    [
        "One year of specialized experience which included running field crews; planning the "
        "season's surveys; reporting to the refuge manager; and keeping the equipment in order.",
        "One year of experience that involved keeping accounts for a fleet; ordering parts; "
        "checking invoices; and training clerks in the depot.",
    ],
)
def test_the_parts_of_one_experience_are_no_list(experience: str) -> None:
    text = (
        "Park Ranger\n\n## Qualifications\n\nIn addition, you must also meet the qualification "
        f"requirements listed below: Specialized Experience: {experience} Your resume must show "
        "your dates of work: Please list each job with its hours."
    )
    assert _must(text) is None


def test_clauses_that_each_name_an_experience_stay_a_list() -> None:
    text = (
        "Park Ranger\n\n## Qualifications\n\nApplicants must meet the requirements listed below: "
        "Specialized Experience: experience which included running field crews; experience "
        "planning the season's surveys; experience reporting to the refuge manager; and "
        "experience keeping the equipment in order."
    )
    assert (_must(text) or 0) >= 3


@pytest.mark.parametrize(
    "rest",
    [
        "Full and current licence as a practical nurse in a State. Graduate of a school of "
        "practical nursing approved by the State board. Able to lift 20 kilograms.",
        "Current registration as a dental hygienist in a State. Completion of a course in "
        "dental hygiene at an accredited school.",
    ],
)
def test_basic_requirements_go_on_in_the_next_paragraph(rest: str) -> None:
    # The first paragraph holds one requirement and a note on it; the others follow in the next.
    text = (
        "Practical Nurse\n\n## Qualifications\n\nBASIC REQUIREMENTS: U.S. citizenship. "
        "Non-citizens may be appointed when no qualified citizen can be found.\n\n"
        f"{rest} Grade Determinations: Nurse I - one year of practice.\n"
    )
    assert _must(text) == 1 + rest.count(". ") + 1


def test_basic_requirements_stop_after_the_next_paragraph() -> None:
    # One requirement in the first paragraph, prose in the next: no list, and the paragraphs
    # after that are not read as items of it.
    text = (
        "Practical Nurse\n\n## Qualifications\n\nBASIC REQUIREMENTS: U.S. citizenship. "
        "Non-citizens may be appointed when no qualified citizen can be found.\n\n"
        "The clinic serves veterans of the whole county and their families.\n\n"
        "Full and current licence as a practical nurse in a State. Graduate of a school of "
        "practical nursing approved by the State board.\n"
    )
    assert _must(text) is None


@pytest.mark.parametrize(
    "tail",
    [
        " Volunteer Experience: Refers to paid and unpaid work, including service with "
        "community groups.",
        ' "Experience" refers to paid and unpaid work of every kind.',
        " Work Experience: refers to paid and unpaid work, full-time or part-time.",
    ],
)
def test_what_experience_means_is_no_item(tail: str) -> None:
    base = (
        "Auditor\n\n## Qualifications\n\nBasic Requirements: Degree: accounting or a related "
        "field with 24 semester hours in accounting. OR Combination of education and experience: "
        "four years of accounting work."
    )
    # A choice and nothing else is no list; the definition after it adds no requirement.
    assert _must(base + tail) is None


@pytest.mark.parametrize(
    "note",
    [
        "Please be clear and specific when you describe your work history.",
        "You must address each core qualification separately, in two pages at most.",
        "One year of full-time undergraduate study is defined as 30 semester hours.",
        "Specialized experience is experience in buying goods and services for the agency.",
    ],
)
def test_requests_and_definitions_after_the_following_are_no_items(note: str) -> None:
    def text(between: str) -> str:
        return (
            "Buyer\n\n## Qualifications\n\nYou must have the following: a valid driver's "
            f"licence. One year of work in a store. {between} Applicants eligible for ICTAP must "
            'score 80 to be "well qualified".'
        )

    # The two items stay two: the note between them and the boilerplate adds none.
    assert _must(text("")) == 2
    assert _must(text(note)) == 2


def test_what_the_resume_must_show_with_an_amount_is_asked() -> None:
    # "Your resume must demonstrate at least one year of …" is how federal ads ask for the
    # experience; "Your resume must have complete information" only says how to apply.
    text = (
        "Buyer\n\n## Qualifications\n\nApplicants must meet the following requirements: Be a "
        "U.S. citizen. Your resume must demonstrate at least one year of experience buying goods "
        "for an agency. Your resume must have complete information for each job."
    )
    assert _must(text) == 2


def test_a_grade_level_inside_an_item_ends_no_list() -> None:
    # "Licensure: At the GS-11 level, must be licensed …" is the item, not the next grade's block.
    text = (
        "Social Worker\n\n## Qualifications\n\nBasic Requirements: Citizenship: United States "
        "citizen. Licensure: At the GS-11 level, must be licensed as a social worker by a State. "
        "Education: A master's degree in social work from an accredited school."
    )
    assert _must(text) == 3


def test_requests_among_marked_items_are_no_items() -> None:
    base = (
        "Nurse Practitioner\n\n## Qualifications\n\nMINIMUM QUALIFICATIONS: - Degree from a nurse "
        "practitioner programme approved by a State agency. - Applicants must provide an active "
        "registration as a nurse practitioner in a State."
    )
    # "must provide an active registration" asks for the registration: an item.
    assert _must(base) == 2
    assert _must(base + " - Please attach a copy of your transcripts.") == 2
    assert _must(base + " - All applicants must include a narrative on each factor.") == 2


@pytest.mark.parametrize(
    "ruled_out",
    [
        "Applicants are not eligible to apply for this post if they have:",
        "You cannot apply for this traineeship if you already hold:",
        "Candidates must not already hold:",
    ],
)
def test_what_rules_a_candidate_out_adds_no_item(ruled_out: str) -> None:
    # The run-together reader stops there as the line reader does: the bullets under it are
    # what keeps a candidate out, not what is asked.
    def text(items: str) -> str:
        return (
            f"Apprentice Porter\n\nEntry Criteria:\n\n{items}\n\n{ruled_out}\n\n"
            "- A level 3 qualification in the same field\n"
        )

    assert (_must(text("- Maths and English at level 1")) or 0) < 2
    assert _must(text("- Maths and English at level 1\n\n- A full driving licence")) == 2
