"""Whether a US federal ad has a must-have list at all (issue 11, the USAJOBS labels' rule that a
list needs two requirements or more, alternatives counting as one), on sentences of our own:
a basic requirement offered as numbered options beside one more requirement, a sentence that a
ranking stop cuts in two, the 2210 competencies with or without the education offered instead,
and a series that says what the experience must have covered."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text import req_inline
from tests.unit.text.req_helpers import must_haves as _must

_HEAD = "Billing Clerk\n\nQualifications\n\n"

# The VA template: citizenship, then experience or education as three numbered options, the
# last with lettered substitutions of its own.
_CITIZENSHIP = (
    "Basic Requirements: United States Citizenship: Non-citizens may be hired only when no "
    "qualified citizen can be found, as VA policy allows. "
)
_OPTIONS = (
    "Experience and/or Education (1) Experience. Twelve months of work showing knowledge of "
    "billing codes and of the patient file. Six of the twelve months must have given the skills "
    "needed for billing work.{br}OR,{br}(2) Education. Two years above high school with 12 "
    "semester hours in health records (e.g., coding, anatomy).{br}OR,{br}(3) Experience/Education "
    "Combination. Equal mixes of work and schooling are qualifying. The following training "
    "substitutions are appropriate when mixing work and schooling:{br}(a) Six months of the work "
    "above and one year above high school with 6 semester hours of records courses.{br}(b) "
    "Completion of a military course for medical clerks may be substituted month for month for "
    "up to six months of the work, where the course covered billing. Also requires six more "
    "months of work showing knowledge of billing codes. "
)
_PREFERRED = "Preferred Experience: Coding certificates such as CPC or CCS. "


def test_numbered_options_beside_one_requirement_are_no_list() -> None:
    # Alternatives count as one, and one more requirement beside them makes no list.
    assert _must(_HEAD + _CITIZENSHIP + _OPTIONS.format(br=" ") + _PREFERRED) is None


@pytest.mark.parametrize("br", [" ", "\n\n"])
def test_numbered_options_beside_a_plain_citizenship_sentence_are_no_list(br: str) -> None:
    # Citizenship as a sentence whose line break was lost ("… policy.Experience and/or …").
    citizenship = (
        "Basic Requirements:\n\nU.S. citizenship. Non-citizens may be hired only when no "
        "qualified citizen can be found, as VA policy allows."
    )
    assert _must(_HEAD + citizenship + _OPTIONS.format(br=br) + _PREFERRED) is None


def test_numbered_options_on_lines_of_their_own_are_no_list() -> None:
    citizenship = _CITIZENSHIP.replace("Requirements: ", "Requirements:\n\n")
    text = _HEAD + citizenship + _OPTIONS.format(br="\n\n") + _PREFERRED
    assert _must(text) is None


def test_numbered_options_beside_multi_grade_determinations_are_no_list() -> None:
    # The KSAs of two grades after the determinations are grade by grade, not the list.
    grades = (
        "Grade Determinations: GS-5 Clerk Experience. One year equal to the next lower grade. "
        "Demonstrated KSAs. In addition to the experience above, the candidate must demonstrate "
        "the following KSAs: 1. Ability to use billing software; 2. Knowledge of payer rules; and "
        "3. Ability to manage priorities. Assignment. Clerks at this grade learn the work. GS-6 "
        "Clerk Full Performance Level Experience. One year equal to the next lower grade. "
        "Demonstrated KSAs. In addition to the experience above, the candidate must demonstrate "
        "the following KSAs: 1. Deep knowledge of payer rules; 2. Ability to train others; and 3. "
        "Ability to solve hard billing questions. Assignment. This is the full performance level."
    )
    text = _HEAD + _CITIZENSHIP + _OPTIONS.format(br=" ") + _PREFERRED + grades
    assert _must(text) is None


def test_numbered_options_beside_two_requirements_are_a_list() -> None:
    english = (
        "English Language Proficiency: Candidates must be proficient in spoken and written "
        "English. Physical Standards: Candidates must pass a pre-employment physical exam. "
    )
    text = _HEAD + _CITIZENSHIP + _OPTIONS.format(br=" ") + english + _PREFERRED
    assert _must(text) is not None


# The IT (2210) template: a lead-in to the four competencies, then a sentence that says how
# the requirement is rated, which a stop of the list ("will be evaluated") cuts in two.
_COMPETENCIES = (
    "Basic Requirement: Applicants must have IT-related experience showing the following "
    "competencies at or above the level of this job. For trainee vacancies, the basic "
    "requirement will be evaluated on a developmental basis. Your resume should show these "
    "competencies and will be evaluated as part of the whole application. Attention to Detail- "
    "experience checking my own scripts for accuracy and completeness.\n\nCustomer Service- "
    "experience answering users' questions on standard software.\n\nOral Communication- "
    "experience telling my supervisor the status of systems and projects.\n\nProblem Solving- "
    "picking among a few known fixes for routine help-desk issues.\n\n"
)
_FURTHER = (
    "In addition to meeting the basic requirement, applicants must have one year of "
    "specialized experience equal to the next lower grade (GS-07) in the federal service. "
    "Specialized experience is defined as fixing faults of a web application for its users."
)


def test_competencies_offered_instead_of_education_are_no_list() -> None:
    text = _HEAD + _COMPETENCIES + "-OR- Meet the education in the qualification standards. "
    assert _must(text + _FURTHER) is None


@pytest.mark.parametrize("sep", ["\n\n", " "])
def test_competencies_required_are_items_beside_the_experience(sep: str) -> None:
    # Each competency counts, and the specialized experience once beside them.
    assert _must(_HEAD + _COMPETENCIES.rstrip("\n") + sep + _FURTHER) == 5


def test_sentence_cut_by_a_stop_is_no_item() -> None:
    # "For trainee vacancies, the basic requirement | will be evaluated …": the half sentence
    # before the stop asks nothing; the lead-in alone is no list.
    text = (
        _HEAD + "Basic Requirement: Applicants must have experience in the following duties at "
        "the level of this job. For trainee vacancies, the basic requirement will be evaluated "
        "on a developmental basis. You will receive credit for all qualifying experience."
    )
    assert _must(text) is None


# A series of what the experience must have given, inside the specialized-experience
# definition (one requirement), in an ad whose experience is one option of several.
_WORK_SERIES = (
    "Specialized Experience: Applicants must have one year of specialized experience equal to the "
    "next lower grade (GS-04). Examples include packing and storing medical supplies. The "
    "{subject} must have given the applicant knowledge of supply names and uses; knowledge of "
    "cleaning and storage procedures; knowledge of sterile technique; and skill in running a "
    "steam sterilizer. OR Completion of a four-year course of study leading to a bachelor's "
    "degree related to the work."
)


@pytest.mark.parametrize("subject", ["work", "experience", "training"])
def test_series_of_what_the_experience_covered_is_no_list(subject: str) -> None:
    assert _must(_HEAD + _WORK_SERIES.format(subject=subject)) is None


def test_series_asked_of_the_applicant_is_still_a_list() -> None:
    text = (
        _HEAD + "Applicants must have knowledge of supply names and uses; must pass a physical "
        "exam; must hold a driver's licence; and must be able to lift 40 pounds."
    )
    assert _must(text) is not None


def test_lists_that_all_stand_in_determinations_of_several_grades_are_grade_by_grade() -> None:
    # As one such list alone is: no list of the position's own stands beside them.
    text = (
        "Grade Determinations: GS-5 Clerk. Experience. One year at the next lower grade. The "
        "candidate must demonstrate the following KSAs: 1. Use of billing software. 2. Payer "
        "rules. GS-6 Clerk. Experience. One year at the next lower grade. The candidate must "
        "demonstrate the following KSAs: 1. Training others. 2. Hard billing questions."
    )
    starts = [text.find("must demonstrate"), text.rfind("must demonstrate")]
    assert req_inline.grade_tied(text, starts) == [True, True]
    one_grade = text.replace("GS-6", "GS-5")
    assert req_inline.grade_tied(one_grade, starts) == [False, False]


# OPM's professional basic requirement: a degree, or the combination offered instead of it.
_DEGREE = (
    "Applicants must meet the following Basic Requirements: Degree: auditing; or a degree in a "
    "related field such as finance that included 24 semester hours in auditing.{glue}Combination "
    "of education and experience: four years of auditing work, or an equal mix of auditing work "
    "and college study. "
)
_BAND = (
    "EXPERIENCE: (Audit Related) BAND II: You must have one year of specialized experience equal "
    "to the Band I level, such as reviewing ledgers and testing controls."
)


@pytest.mark.parametrize("glue", [".OR", ". OR "])
def test_degree_or_combination_beside_one_requirement_is_no_list(glue: str) -> None:
    # The bracketed heading over the band's experience is no item either.
    assert _must(_HEAD + _DEGREE.format(glue=glue) + _BAND) is None


def test_degree_or_combination_beside_two_requirements_is_a_list() -> None:
    more = " Licensure: You must hold an active CPA licence in a State."
    assert _must(_HEAD + _DEGREE.format(glue=". OR ") + _BAND + more) is not None


# A series of clauses after "must", without a colon.
_SERIES = (
    "Must keep a friendly manner and a calm attitude; greet visitors at the desk; answer "
    "questions on the lodge's rooms; and give directions to local sights."
)
_PROSE = (
    "Requires knowledge of seasonal lawn care. Ability to spot plant pests. Ability to use hand "
    "and power tools such as edgers and hedge trimmers. Must read and count at a basic level. "
)


def test_series_amid_a_paragraph_of_requirement_sentences_is_prose() -> None:
    assert _must("Groundskeeper\n\nQualifications\n\n" + _PROSE + _SERIES) is None


@pytest.mark.parametrize(
    "before",
    [
        "",  # the series opens its paragraph
        _PROSE + "GROUNDSKEEPER, WG-5003-05: ",  # a label with a colon opens its sentence
    ],
)
def test_series_that_opens_its_paragraph_or_follows_a_label_is_a_list(before: str) -> None:
    assert _must("Groundskeeper\n\nQualifications\n\n" + before + _SERIES) == 4


def test_item_before_a_line_cut_by_a_stop_stays() -> None:
    # The stop cuts the line after the bullet, not the bullet's own sentence.
    text = (
        "Staff Nurse\n\nThe successful candidate will be required to provide evidence of the "
        "following:\n\nClinical knowledge gained through training to diploma level.\n\n"
        "- Registered nurse with a live entry on the national register.\n\n"
        "Experience would be desirable in: "
        "mentoring, travel clinics."
    )
    assert _must(text) == 2


# An option of one requirement opened by "OR" after a sentence's end or on a line of its own.
@pytest.mark.parametrize("glue", [".OR", ". OR ", ".\n\nOR\n\n", ".\n\n-OR-\n\n", ". -OR- "])
def test_experience_or_education_beside_one_requirement_is_no_list(glue: str) -> None:
    text = (
        _HEAD + "Applicants must meet the following requirements: Specialized Experience: One year "
        "of work equal to GS-07, such as keying payments and checking remittances"
        + glue
        + "Education: Four years of study above high school leading to a bachelor's degree. "
        "Licensure: Applicants must hold a valid State driver's licence."
    )
    assert _must(text) is None


def test_or_inside_one_sentence_is_no_option() -> None:
    # "a diploma OR one year of work" offers two ways inside one item; the list stays.
    text = (
        _HEAD + "Applicants must meet these qualifications:Have a high school diploma OR one year "
        "of full-time work in security screeningBe proficient in the English language"
    )
    assert _must(text) == 2


# The radiologic credentialing text: what is asked, then who is taken to meet it.
_RADIOLOGIC = (
    "Radiology Certification: A federal law requires that persons who take X-rays meet set "
    "credentialing standards. Essentially, they must (1) have completed a training program that "
    "meets those standards and is accredited by a recognised body, and (2) be certified as "
    "radiographers in their field. The following meet these requirements: (1) Persons hired as "
    "X-ray staff before the rule took effect who show fully satisfactory work. (2) Persons hired "
    "after it who trained where the field was not accredited, if they show training and skill. "
    "(3) Persons who hold a licence from a State that licenses the field."
)


def test_credentialing_parts_are_items_and_who_meets_them_is_not() -> None:
    lead = (
        "In order to qualify, you must meet the education and/or experience requirements "
        "described below. Experience refers to paid and unpaid experience, including volunteer "
        "work. "
    )
    assert _must(_HEAD + lead + _RADIOLOGIC) == 2


# The same text under a basic-requirement label of its own, with the ad's line breaks or
# without, and with the "1" typed as a letter "l" (helper usa14, from unlabelled ads).
_LABELS = (
    "Basic Requirement for Diagnostic Radiologic Technologist:",
    "BASIC REQUIREMENT(S):",
    "Basic Requirements:",
)


def _radiologic(label: str, br: str, one: str) -> str:
    return (
        _HEAD + f"{label}{br}Radiology Certification: A federal law requires that persons who "
        f"take X-rays meet set credentialing standards. Essentially, they must ({one}) have "
        "completed a training program that meets those standards, and (2) be certified as "
        f"radiographers in their field. The following meet these requirements:{br}({one}) "
        f"Persons hired as X-ray staff before the rule took effect who show sound work.{br}(2) "
        "Persons hired after it who trained where the field was not accredited, if they show "
        "training and skill."
    )


@pytest.mark.parametrize("label", _LABELS)
@pytest.mark.parametrize("br", ["\n\n", " "])
@pytest.mark.parametrize("one", ["1", "l"])
def test_credentialing_under_a_label_counts_the_parts(label: str, br: str, one: str) -> None:
    # The parts asked are the items; the persons taken to meet them are not.
    assert _must(_radiologic(label, br, one)) == 2


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(_LABELS),
    st.sampled_from(["\n\n", "\n", " "]),
    st.sampled_from(["1", "l"]),
    st.text(alphabet="abcdefghij .,", max_size=40),
)
def test_credentialing_parts_never_the_exceptions(label: str, br: str, one: str, tail: str) -> None:
    # Whatever follows the exceptions, the persons who meet the standards are never counted.
    assert _must(_radiologic(label, br, one) + " " + tail) == 2


@pytest.mark.parametrize("glue", ["", " "])
def test_unnumbered_persons_who_meet_the_standards_are_no_items(glue: str) -> None:
    # "The following meet these requirements:Persons hired …Persons hired …": the exceptions
    # lost their numbers and run together; they are still who is taken to meet them.
    text = (
        _HEAD + "BASIC REQUIREMENT(S):Note: A federal law requires that persons who take X-rays "
        "meet set credentialing standards. Essentially, they must (1) have completed a training "
        "program that meets those standards, and (2) be certified as radiographers in their "
        f"field. The following meet these requirements:{glue}Persons hired as X-ray staff before "
        f"the rule took effect who show sound work.{glue}Persons hired after it who trained "
        "where the field was not accredited, if they show training and skill."
    )
    assert _must(text) == 2
