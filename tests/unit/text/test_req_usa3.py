"""Shapes of the USAJOBS ads 750-899 (helper usa3), on sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.unit.text.req_helpers import must_haves as _must


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "## Qualifications\n\nApplicants need one year of specialized experience at the GS-11"
            " level. Specialized experience for this job is defined by the demonstration of the"
            " following: (1) Experience leading a team of field surveyors on large sites; (2)"
            " Experience planning survey budgets across several regions; and (3) Experience with"
            " geodetic control networks and the instruments they use.\n",
            3,
        ),
        (
            "## Qualifications\n\nQualifying experience is demonstrated by at least the following:"
            " (1) Experience auditing grant files for a state agency; (2) Experience writing"
            " findings for program managers; (3) Experience tracking corrective actions.\n",
            3,
        ),
    ],
)
def test_experience_defined_by_the_following_is_a_list(text: str, count: int) -> None:
    assert _must(text) == count


@pytest.mark.parametrize(
    "text",
    [
        # A definition without "the following" or numbered parts stays one requirement (the
        # labels' #466; numbered parts are items, see test_req_usa_defined.py).
        "## Qualifications\n\nSpecialized experience is defined as: leading surveys; planning"
        " budgets; using control networks.\n",
        # "the following" after a definition that is no experience: no list of this shape.
        "## Qualifications\n\nThe grade is defined by the following: the duties and the scope of"
        " the work.\n",
    ],
)
def test_definitions_without_the_following_stay_prose(text: str) -> None:
    assert _must(text) is None


_PARAGRAPH = (
    "Course work in a related field may be substituted for experience where it is comparable to"
    " what a four-year course of study would give, as the qualification standard for the series"
    " describes in full. Experience gained as a volunteer counts where it is documented in the"
    " resume with dates and hours per week, and part-time work is credited for the hours worked."
)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            f"## Qualifications\n\n{_PARAGRAPH} In addition, the applicant must possess:\n\n"
            "1. Six months of experience running a school library.\n\n"
            "2. The ability to catalogue books and media.\n\n"
            "3. Experience training volunteers at a front desk.\n",
            3,
        ),
        (
            # The last numbered item has prose run onto it past a paragraph's length.
            f"## Qualifications\n\n{_PARAGRAPH} Candidates must also have:\n\n"
            "1. One year of experience in records management.\n\n"
            "2. The ability to lift boxes of files up to 30 lbs and to stand for long periods."
            f" {_PARAGRAPH}\n",
            2,
        ),
    ],
)
def test_paragraph_ending_in_a_lead_in_opens_the_numbered_list(text: str, count: int) -> None:
    assert _must(text) == count


@pytest.mark.parametrize(
    "text",
    [
        # The last sentence leads into duties, not into what is asked.
        f"## Duties\n\n{_PARAGRAPH} The incumbent will be responsible for:\n\n"
        "1. Running the library desk.\n\n2. Cataloguing new books.\n",
    ],
)
def test_paragraph_ending_in_a_duty_lead_in_opens_no_list(text: str) -> None:
    assert _must(text) is None


def test_the_following_certificates_leads_into_a_list() -> None:
    text = (
        "## Qualifications\n\nHold and keep current the following licenses:\n\n"
        "- State boiler operator license, grade two.\n\n"
        "- Refrigerant handling license for large systems.\n\n"
        "- Commercial driver license, class B.\n"
    )
    assert _must(text) == 3


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "## Qualifications\n\nHold and keep current the following certificates:\n\n"
            "- Water safety instructor certificate.\n\n"
            "- First aid certificate for sports coaches. Must hold the following certificates"
            " when the site runs a sauna or a diving board.\n\n"
            "- Sauna attendant certificate.\n\n"
            "- Diving board supervisor certificate.\n",
            2,
        ),
        (
            # No condition: all four are asked.
            "## Qualifications\n\nHold and keep current the following certificates:\n\n"
            "- Water safety instructor certificate.\n\n"
            "- First aid certificate for sports coaches. Must also hold the following"
            " certificates.\n\n"
            "- Sauna attendant certificate.\n\n"
            "- Diving board supervisor certificate.\n",
            4,
        ),
    ],
)
def test_items_after_a_conditional_lead_in_are_not_counted(text: str, count: int) -> None:
    assert _must(text) == count


def test_a_capitalised_nice_heading_glued_to_a_dash_ends_the_run_together_list() -> None:
    text = (
        "## Qualifications\n\nTECHNICAL QUALIFICATIONS:REQUIRED- Two years of experience in"
        " orchard care.- Knowledge of pruning tools and ladders.- Ability to follow written"
        " safety rules.- Must hold a valid driver license. PREFERRED- Experience guiding"
        " visitors.- Experience with irrigation timers.- Interest in local history.\n"
    )
    assert _must(text) == 4


def test_a_foreign_education_note_is_part_of_the_education_item() -> None:
    text = (
        "## Qualifications\n\nBasic Requirements: Citizenship: Applicants must be citizens of"
        " the United States. Education. Graduation from an accredited program in speech therapy"
        " that included a supervised clinical year. Foreign Education. Foreign graduates of"
        " speech therapy programs meet the requirements if they hold a full and current state"
        " license. Licensure. The therapist must hold a full and current state license."
        " Preferred Experience: Work with stroke patients.\n"
    )
    assert _must(text) == 3


def test_a_bracketed_sub_letter_does_not_take_the_place_of_the_next_item() -> None:
    # "(d)" is the fourth option inside item c; "d." is the list's own fourth item.
    text = (
        "## Qualifications\n\nBasic Requirements:a. Citizenship of the United States. b."
        " Education. A master's degree in counseling from an accredited school. c. Practicum"
        " (a) Completed a supervised practicum of one year;OR (b) completed two years of"
        " supervised work;OR (c) completed an approved residency;OR (d) Applicants with board"
        " certification may be considered eligible.d. License. Hold a full and current license"
        " to practice counseling in a State. e. English Language Proficiency. Counselors must"
        " speak and write English.\n"
    )
    assert _must(text) == 5


def test_options_end_at_the_next_label_and_a_glued_name_label_is_an_item() -> None:
    # The options (1)/(2) end before "English Language Proficiency:" although "1990." hides the
    # sentence's end; "Physical Standards:" follows a lost stop.
    text = (
        "## Qualifications\n\nBasic Requirements: United States Citizenship: Non-citizens may be"
        " appointed only where no citizen applies. Registered Dietitian: Holds a registration"
        " from the national board. This includes registration by either: (1) Having passed the"
        " board examination since 1995, or (2) Having passed the examination of the former"
        " association from 1980 through 1990. English Language Proficiency: Dietitians must"
        " speak and write English Physical Standards: Pass a physical exam Preferred"
        " Experience: Two years in a hospital kitchen.\n"
    )
    assert _must(text) == 4


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "## Qualifications\n\nTo qualify at the GS-12 level, you must meet the following: You"
            " must have one year of specialized experience at the GS-11 level; relating to"
            " pesticide rules, including advice on their scope; drafting guidance on new laws;"
            " reviewing permits for compliance; or briefing managers on court decisions.\n",
            None,
        ),
        (
            # Ending in "and": every clause is asked.
            "## Qualifications\n\nTo qualify at the GS-12 level, you must meet the following: You"
            " must have one year of specialized experience at the GS-11 level; experience"
            " drafting guidance on new laws; experience reviewing permits for compliance; and"
            " experience briefing managers on court decisions.\n",
            4,
        ),
    ],
)
def test_a_semicolon_series_that_ends_in_or_is_one_requirement(
    text: str, count: int | None
) -> None:
    assert _must(text) == count


def test_a_label_cut_by_a_hard_line_break_is_no_item_of_its_own() -> None:
    # "Specialized" / "Experience: …": one label cut by the page's width, one requirement.
    text = (
        "## Qualifications\n\nSpecialized\n\nExperience: Applicants must have one year of"
        " experience at the next\n\nlower grade in a warehouse. Examples of such work include\n\n"
        "receiving and issuing parts. It gave knowledge of stock names.\n"
    )
    assert _must(text) is None
