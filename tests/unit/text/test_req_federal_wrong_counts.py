"""Must-have counts of US federal lists that are found but were counted wrong (issue 11), on
sentences of our own: a further "the following:" list inside the last labelled item, selective
placement factors written as "This position requires …"."""

from __future__ import annotations

import pytest

from tests.unit.text.req_helpers import must_haves as _must

# A labelled list whose last item runs on into a sentence that opens a further list.
_LABELLED = (
    "Applicants must possess: DEGREE: Doctor of Veterinary Medicine from an accredited school. "
    "LICENSE: Current, unrestricted licence to practise veterinary medicine in a State. "
    "TRAINING: Two years of training in zoo animal care (e.g., 1 yr. internship & 1 yr. "
    "practice). Your resume must show enough expertise to perform the core duties. "
)


@pytest.mark.parametrize(
    "further",
    [
        # Run together in the same paragraph.
        "Applicants must also meet the credentialing requirements which, in addition to the "
        "above, include the following: Completion of an internship approved by the college. "
        "Current clinical competence within the past 2 years. No health status "
        "contraindications to performing surgery. Board certification is desired but not "
        "required.",
        # No "must": "requirements … the following:".
        "Meet the hospital's credentialing requirements which include the following: "
        "Completion of an internship approved by the college. Current clinical competence "
        "within the past 2 years. No health status contraindications to performing surgery.",
        # The further items on lines of their own, the last glued to a preference.
        "Applicants must also meet the credentialing requirements which include the following:"
        "\n\nCompletion of an internship approved by the college.\n\nCurrent clinical competence "
        "within the past 2 years.\n\nNo health status contraindications to performing surgery."
        "Board certification is desired but not required.",
    ],
)
def test_further_following_list_in_last_label_counts(further: str) -> None:
    assert _must(_LABELLED + further) == 6


def test_examples_after_the_following_in_last_label_are_no_items() -> None:
    # "This includes, but is not limited to, the following:" gives examples of one item.
    text = (
        _LABELLED + "This includes, but is not limited to, the following: treating large "
        "mammals; operating on birds; and prescribing drugs."
    )
    assert _must(text) == 3


def test_further_list_offered_as_alternative_is_not_added() -> None:
    text = (
        _LABELLED + "OR applicants must meet the training requirements which include the "
        "following: Completion of an internship. Current clinical competence."
    )
    assert _must(text) == 3


def test_selective_factors_written_as_position_requires() -> None:
    text = (
        "Basic Requirements: Citizenship: Citizen of the United States. Degree: A degree in "
        "nursing from an approved school. Selective Placement Factors: This position requires "
        "experience with burn patients in an intensive care unit. Please list the dates of that "
        "employment. This position requires possession of an ACLS certificate. Possession of "
        "the factors must be verifiable via your resume."
    )
    assert _must(text) == 4


@pytest.mark.parametrize("heading", ["Grade Determinations:", "GRADE DETERMINATIONS:"])
def test_ksas_of_several_grades_are_not_counted_whatever_the_case(heading: str) -> None:
    # The determinations name two grades: their KSAs are grade by grade, in capitals or not.
    text = (
        "BASIC REQUIREMENTS: · U.S. citizenship. · Must be proficient in spoken English. · "
        "Training. One year above high school with courses in dental care. "
        f"{heading} GS-4 Experience. One year of specialized experience as a dental aide or "
        "in another field of health care (hospital corpsman, health technician, nursing "
        "assistant, etc.), performing technical skills that required knowledge of teeth, gums "
        "and the instruments of a dental clinic, with sterile techniques and procedures. "
        "-AND- Demonstrated Knowledge, Skills, and Abilities (KSAs). In addition, the candidate "
        "must demonstrate the following KSAs:1. Ability to sterilise instruments.2. Ability to "
        "chart teeth.3. Ability to calm patients. GS-5 Experience. One year at the GS-4 level."
    )
    assert _must(text) == 3


def test_one_dash_inside_glued_sentences_is_no_bullet() -> None:
    # Sentences glued at lost line breaks; one spaced dash after a title in brackets is a dash
    # inside a sentence, not the list's only bullet.
    text = (
        "Basic Requirements: Citizenship of the United States.Degree of doctor of optometry "
        "from an approved school.Current, full and unrestricted licence to practise optometry "
        "in a State.Proficiency in spoken and written English.Clinical Year (Externship) - "
        "Completed a clinical year in an approved program."
    )
    assert _must(text) == 5


def test_further_following_list_in_last_dash_item_counts() -> None:
    # Dash items, the last one a one-grade specialized experience whose parts are asked.
    text = (
        "BASIC REQUIREMENTS:- A degree in geology with 30 semester hours in earth sciences."
        "-AND-SPECIALIZED EXPERIENCE: One full year of experience equal to the GS-11 level. "
        "Specialized experience MUST include all of the following: Experience collecting rock "
        "samples in the field. Experience running a mass spectrometer. Skill in programming in "
        "Python or a similar language."
    )
    assert _must(text) == 5


def test_dash_items_ending_in_or_colon_are_alternatives() -> None:
    # "OR:" at an item's end, as "OR" alone: the next item is an alternative, one requirement.
    text = (
        "Applicants must possess: - A degree in forestry that included at least 24 semester "
        "hours in forestry or related fields. OR: - Have a combination of education and "
        "experience: courses equivalent to a major in forestry, plus appropriate experience. "
        "- Be a citizen of the United States."
    )
    assert _must(text) == 2


_FACTORS = (
    "To qualify, you must have sufficient knowledge and ability in the following job-related "
    "factors: Ability to operate a forklift without more than normal supervision (SCREEN OUT) "
    "Ability to read work orders. {second}Ability to keep the store room in order. Knowledge of "
    "safety rules. Address each factor in your resume."
)


def test_job_related_factors_count_only_screen_outs() -> None:
    second = "Ability to lift 40 pounds (SCREEN OUT) "
    assert _must(_FACTORS.format(second=second)) == 2


def test_job_related_factors_with_one_screen_out_are_no_list() -> None:
    assert _must(_FACTORS.format(second="")) is None


def test_competencies_candidates_will_be_further_evaluated_on_are_no_musts() -> None:
    text = (
        "GENERAL EXPERIENCE: Experience or training involving judgment in the supply field. "
        "Experience using inventory systems. SKILLS AND COMPETENCIES: Applicants who meet the "
        "eligibility requirements will be further evaluated by the supervisor based on the "
        "following competencies. -Knowledge of warehouse safety rules. -Knowledge of the "
        "ordering process. -Ability to plan deliveries for a large base."
    )
    assert _must(text) is None


@pytest.mark.parametrize(
    ("grades", "expected"),
    [(("WG-4749-10", "WG-4749-09"), None), (("WG-4749-10", "WG-4749-10"), 2)],
)
def test_labels_that_open_with_different_grades_are_grade_by_grade(
    grades: tuple[str, str], expected: int | None
) -> None:
    text = (
        "MINIMUM REQUIREMENTS: Must have at least a three-skill level in a compatible specialty, "
        f"with 12 months of work repairing buildings. EXPERIENCE REQUIREMENTS: {grades[0]} Must "
        "have at least 12 months experience in the following: Experienced in laying bricks. "
        f"Experienced in reading plans. EXPERIENCE REQUIREMENTS: {grades[1]} Must have at least "
        "12 months experience in the following: Experienced in mixing mortar."
    )
    assert _must(text) == expected


def test_gl_grades_are_grade_by_grade_as_gs_grades() -> None:
    text = (
        "To be considered for the position, you must meet the following qualification "
        "requirements:Education:GL-05 and GL-06: As a rule, education above the GL-04 level is "
        "creditable only where it relates to the work.NOTE: If you use education, you MUST "
        "provide transcripts. (If you are selected, you will provide an official transcript.)For "
        "information on foreign education, see the website of the Department OR Experience:GL-05: "
        "You must have at least one year of specialized experience equivalent to the next lower "
        "grade level. Some examples of this qualifying experience are:Experience in filing "
        "medical records for completeness.Experience in scheduling appointments for patients. "
        "GL-06: You must have at least one year of specialized experience equivalent to the next "
        "lower grade level. Some examples of this qualifying experience are:Experience in coding "
        "records using ICD-9-CM.Experience in writing statistical reports for the clinic.Credit "
        "will be given for paid and unpaid experience."
    )
    assert _must(text) is None


_NURSE = (
    "BASIC REQUIREMENTS: U.S. citizenship.Graduate of a school of professional nursing.Current, "
    "full, active, and unrestricted registration as a professional nurse. Preferred "
    "Experience: {preferred} Experience refers to paid and unpaid experience."
)


@pytest.mark.parametrize(
    ("preferred", "expected"),
    [
        # Short clauses that say they are required are must-haves all the same.
        (
            "Two years of dialysis experience is desired. PALS/BLS required; must have\n\n"
            "completed a chemotherapy course.",
            5,
        ),
        ("Minimum of one year of current nursing experience required.", 4),
        # Preferences, and a long sentence about experience that says "must" inside, are not.
        ("Two years of dialysis experience is desired. BLS preferred, not required.", 3),
        (
            "To be creditable, the experience must have demonstrated the knowledge and skills of "
            "a nurse at the next lower grade in a hospital or an outpatient clinic.",
            3,
        ),
    ],
)
def test_required_clauses_under_a_preferred_heading(preferred: str, expected: int) -> None:
    assert _must(_NURSE.format(preferred=preferred)) == expected


def test_boilerplate_broken_into_lines_under_a_heading_is_no_list() -> None:
    text = (
        "## Qualifications\n\nRequired Experience:\n\nExperience refers\n\nto paid and unpaid "
        "experience, including unpaid work done through youth\n\nprograms (e.g., scouting, "
        "church groups) and other bodies (e.g.,\n\nclubs; charities; schools;\n\nunions). Unpaid "
        "work builds useful\n\nskills and can give training and\n\nexperience that carries over "
        "to paid work. You will receive credit for all qualifying\n\nexperience, unpaid work "
        "included."
    )
    assert _must(text) is None


def test_requirements_that_point_elsewhere_and_rated_areas_are_no_list() -> None:
    text = (
        "Basic Requirement for Chemist: Please refer to the qualification standards for the "
        "chemistry series. (NOTE: Transcripts are required.) Basic Requirement for Biologist: "
        "Please refer to the qualification standards for the biology series. Specialized "
        "Experience: One year of work on water quality studies. For this job, you must meet the "
        "qualification requirement using experience alone--no substitution of education is "
        "permitted You will be evaluated on your level of competency in the following areas:"
        "\n\nOral CommunicationTeamworkWriting"
    )
    assert _must(text) is None


def test_labelled_item_that_points_elsewhere_is_no_item() -> None:
    text = (
        "Basic Requirements: Citizenship: Citizen of the United States. Education: Please refer "
        "to the standards for the series. Licensure: A current licence to practise pharmacy."
    )
    assert _must(text) == 2


def test_numbered_parts_of_a_definition_are_one_requirement() -> None:
    text = (
        "Specialized Experience: GS-9: Must have 1 year of specialized experience equivalent to "
        "the GS-07 level. Specialized experience requirements for the GS-09 level are defined "
        "as: (1) experience in a soil laboratory with emphasis on nutrient tests; (2) experience "
        "in adapting lab procedures to field studies; (3) experience in running a mass "
        "spectrometer; and (4) experience in keeping records of samples."
    )
    assert _must(text) is None


def test_list_after_a_lettered_or_is_one_alternative() -> None:
    text = (
        "You must meet all of the BASIC REQUIREMENTS listed below:1) Degree: Doctor of Dental "
        "Surgery from an accredited school.2) Training: One year of supervised clinical "
        "practice.3) Licensure: Candidates must have a full licence to practise dentistry. "
        "Dentists who are not licensed may apply; however, if selected, they must (a) obtain a "
        "licence before entering on duty, or (b) meet the following provisions: Appointments "
        "Pending Licensure: A temporary licence allows practice until the board meets. Persons "
        "appointed pending licensure "
        "may not be kept beyond one year. Supervision: Work is reviewed by a licensed dentist."
    )
    assert _must(text) == 4


def test_an_inner_lead_in_that_offers_examples_or_a_choice_is_skipped() -> None:
    from askback.text.req_inline import _following_lead

    text = (
        "Licensure: a licence. Duties include such as the following: A. "
        "Applicants must also meet the privileging requirements, which include the following: B."
    )
    lead = _following_lead(text, 0, len(text))
    assert lead is not None and lead["must"].startswith("Applicants must also meet")
    for words in ("one of", "any of", "either of", "examples of", "not limited to"):
        only = f"Licensure: a licence. You must meet {words} the following: A. B."
        assert _following_lead(only, 0, len(only)) is None, words
    assert _following_lead("Notes. Read the following: A. B.", 0, 33) is None  # no must
