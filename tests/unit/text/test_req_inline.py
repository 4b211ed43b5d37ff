"""Requirement lists run together in one paragraph (lost line breaks), on sentences of our own."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from askback.text import req_inline, requirements
from askback.text.doc import prepare
from tests.unit.text.req_helpers import must_haves as _must


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # Dash items glued to the sentence before, with and without a space.
        (
            "Minimum Requirements: - Citizenship of a member state.- Diploma in dental hygiene "
            "from an approved school.- A valid, current licence to practise.",
            3,
        ),
        (
            "Basic Requirements:-Valid driver's licence.-Ability to lift 20 kilograms.-Shift "
            "availability on weekends.-Completed safety course.",
            4,
        ),
        # Numbered items in one paragraph, glued to "And".
        (
            "Applicants must meet all three requirements: 1. Degree: a bachelor's degree in "
            "chemistry. AND 2. Training: one year of lab work under supervision. AND 3. Licence: "
            "a current pharmacist licence.",
            3,
        ),
        (
            "Selective factors: you must hold the following certificates to be eligible.1. "
            "Forklift Operator; And2. First Aid at Work; And3. Confined Space Entry",
            3,
        ),
        # Labelled items after a requirements heading.
        (
            "Basic Requirements: Degree: a master's degree in social work. Licensure: a current "
            "social work licence in any state. Residency: two years of supervised practice.",
            3,
        ),
        # Sentences glued at lost line breaks.
        (
            "BASIC REQUIREMENTS: Citizenship of the country.Graduation from an accredited "
            "pharmacy school.A current licence to practise pharmacy.Fluency in spoken English.",
            4,
        ),
        # A semicolon series introduced as required.
        (
            "General Requirements: Holds a forklift licence; Experience stacking pallets; "
            "Experience reading delivery notes; Ability to work night shifts.",
            4,
        ),
        # Sentences after "must demonstrate the following:"; a preferred one is no must-have.
        (
            "Your experience must demonstrate the following: At least one year of barista work "
            "is required. Knowledge of latte art is strongly preferred. Must be able to stand "
            "for a full shift. Must be able to handle cash accurately.",
            3,
        ),
    ],
)
def test_run_together_lists_are_counted(text: str, count: int) -> None:
    assert _must(text) == count


@pytest.mark.parametrize(
    "text",
    [
        # Alternatives count once: with one more requirement that is no list.
        "Basic Requirements: - A degree in biology.-OR- Four years of field work in ecology.",
        "Applicants must meet one of the following: - A degree in law. - OR - Five years as a "
        "paralegal. - OR - A mix of study and paralegal work.",
        # Grade-by-grade requirements are not the position's must-haves.
        "Selective Factors for GS-04: you must have the following: 1. Course A; And2. Course B. "
        "Selective Factors for GS-05: you must have the following: 1. Course C; And2. Course D.",
        # Prose after a heading, no items.
        "Basic Requirements: A degree in nursing from an accredited school of nursing.",
        # Physical requirements are working conditions, not a list of must-haves.
        "Physical Requirements: Heavy lifting; Standing for long periods; Kneeling; Climbing.",
    ],
)
def test_no_list_where_the_paragraph_has_none(text: str) -> None:
    assert _must(text) is None


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # A capital AND after a sentence starts a further requirement under the same label.
        (
            "You must meet the Licence Requirements, Hour Requirements and the Medical "
            "Requirement described below. Licence Requirements: Hold a current commercial "
            "driving licence. Note: You must upload the licence. AND Hold a forklift "
            "certificate or the military equivalent. Hour Requirements: Have driven 1000 hours "
            "on public roads. AND Have driven 200 hours at night. Note: You must upload your "
            "log. Medical Requirement: Hold a current medical certificate.",
            5,
        ),
        # Not an AND before the next label, nor one before a note or a sentence that asks
        # nothing.
        (
            "You must meet the requirements below: Basic Requirement: Students must have a "
            "grade average of 2.0 or higher. AND Students in the programme must study at least "
            "half time. AND Typing: A typist can type 40 words a minute. AND NOTE: If your "
            "school counts years differently, send proof. AND Minimum Qualifications: Four "
            "years of study towards a degree.",
            4,
        ),
    ],
)
def test_and_sentences_under_a_label_are_items(text: str, count: int) -> None:
    assert _must(text) == count


def test_list_ends_at_preferred_and_grade_blocks() -> None:
    text = (
        "BASIC REQUIREMENTS: - Citizenship.- A degree in nursing.- A current nursing licence. "
        "Grade Determinations: the following must be met:- Level I - a diploma.- Level II - a "
        "degree and one year. Preferred Experience: two years on a surgical ward."
    )
    assert _must(text) == 3


def test_line_based_lists_are_left_alone() -> None:
    text = "Requirements:\n- SQL\n- Python\n- dbt\n\nNice to have:\n- Airflow\n"
    assert _must(text) == 3


@given(st.text(max_size=300))
def test_never_fails_on_any_text(text: str) -> None:
    found = req_inline.lists(prepare(text))
    for f in found:
        assert 0 <= f.start <= f.end <= len(text)
        assert all(f.start <= lo < hi <= len(text) for lo, hi in f.items)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # Capital AND between items, glued to the next one.
        (
            "You must meet the following requirements by the closing date:BASIC REQUIREMENTS:"
            "You must be at least 18 years old. ANDMust be enrolled in a law school ANDSubmit "
            "proof of enrolment ANDYou must have finished one year of study.",
            4,
        ),
        # "Basic requirements:" sentences, with a heading split over two lines; sentences that
        # only explain the one before join it.
        (
            "Basic\nRequirements: Citizenship of the country. Non-citizens may be hired when no "
            "citizen applies. A degree in pharmacy. The degree must come from an approved "
            "school. A current licence to practise. Fluency in spoken English.",
            4,
        ),
        # A heading on a line of its own, labelled items in the paragraphs below it.
        (
            "BASIC REQUIREMENTS:\n\nEducation: a diploma in midwifery.\n\nAND\n\nRegistration: a "
            "current midwifery registration.\n\nAND\n\nCertificate: neonatal life support.",
            3,
        ),
        # Dash items after "AND".
        (
            "Specialized experience for this position includes:-Drafting budget reports; "
            "AND-Reviewing grant files; AND-Advising managers on audits.",
            3,
        ),
    ],
)
def test_more_run_together_shapes(text: str, count: int) -> None:
    assert _must(text) == count


@pytest.mark.parametrize(
    "text",
    [
        # Sentences of skills under a heading without "the following": prose, not a list.
        "QUALIFICATIONS REQUIRED: Skill to work in a team.Ability to follow written orders."
        "Knowledge of first aid.",
        # Lettered options: one requirement met in one of two ways.
        "Basic Requirement for Surveyor: A. Degree: a degree in surveying. OR B. Combination: "
        "1. A licence. 2. A written test. 3. Thirty hours of courses.",
        # Grade-tied lists for two grades.
        "To qualify at GS-07: you must have the following: - one year of filing.- typing.\n"
        "To qualify at GS-09: you must have the following: - one year of audits.- a degree.",
    ],
)
def test_more_shapes_without_a_list(text: str) -> None:
    assert _must(text) is None


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # Items glued with no stop at all (a lost line break between two words).
        (
            "Applicants must meet these qualifications to be considered:Hold a forklift "
            "licence OR two years of warehouse workBe able to lift 20 kilogramsPass a drug test",
            3,
        ),
        # A note inside the list does not end it; an exceptions paragraph does.
        (
            "You must meet both requirements listed below:1) A degree in finance. NOTE: online "
            "degrees count.AND2) Three years of audit work. EXCEPTIONS TO QUALIFICATION "
            "REQUIREMENTS: staff already in the series.",
            2,
        ),
        # Labelled items after "the following … must be met".
        (
            "For this traineeship all of the following requirements must be met: Student "
            "Status: enrolled at a college. Grade Point Average: at least 3.0. Citizenship: a "
            "citizen of the country.",
            3,
        ),
    ],
)
def test_glued_items_notes_and_trailing_lead_ins(text: str, count: int) -> None:
    assert _must(text) == count


def test_camel_case_names_are_not_glued_items() -> None:
    # "McDonald" and "iPhone" are words, not two items glued together.
    text = "Applicants must meet these qualifications:Experience at McDonald or iPhone repairs"
    assert _must(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # A choice of fields or of ways, plus at most one more requirement.
        "Basic Requirement for Trainer: Degree: a degree with 24 hours in one or a combination "
        "of the following areas: (1) Adult learning; (2) Testing; (3) Curriculum design; (4) "
        "Coaching.",
        "Basic Requirements: All applicants must have one of the following:\n\nA. A degree in "
        "health. B. Four years of clinic work.\n\nYou must also meet the following: EXPERIENCE: "
        "one year at the next lower grade.",
        # Level-by-level labels are grade blocks.
        "MINIMUM QUALIFICATIONS: ENTRY LEVEL: Must be 18 years old. INTERMEDIATE LEVEL: Must "
        "have six months at entry level. FULL PERFORMANCE LEVEL: Must have a year in the job.",
        # One requirement and a sentence about the closing date.
        "You must also meet the following to qualify: Proof of current bar membership. "
        "Qualification requirements must be met by the closing date of this announcement.",
    ],
)
def test_choices_levels_and_deadlines_make_no_list(text: str) -> None:
    assert _must(text) is None


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # A heading line of its own without a colon, lettered items below it.
        (
            "Basic Requirements\na. Citizenship. A citizen of the country. b. Education. A "
            "degree in dentistry. c. Licensure. A current dental licence.",
            3,
        ),
        # "… listed below." as the lead-in; labelled items.
        (
            "To qualify you must show in your resume that you have the skills listed below. "
            "Leading Change: you set a vision. Leading People: you build teams. Business "
            "Acumen: you manage budgets.",
            3,
        ),
        # Advice between the lead-in and the items does not end the list.
        (
            "You must show in your resume the skills listed below. It is recommended that you "
            "give examples. Leading Change: you set a vision. Leading People: you build teams.",
            2,
        ),
        # A semicolon series of capitalised clauses under "General Experience:".
        (
            "General Experience: Possess a grasp of the trade; Experience reading plans; "
            "Experience writing reports; Experience training staff.",
            4,
        ),
    ],
)
def test_heading_lines_and_listed_below(text: str, count: int) -> None:
    assert _must(text) == count


@pytest.mark.parametrize(
    "text",
    [
        # A short series inside one sentence.
        "General Experience: Experience which shows the ability to plan work; able to read "
        "manuals; and to keep records.",
        # What the application must describe: ranking factors, not must-haves.
        "You must describe in your application how you meet the following: Knowledge of "
        "soils. Knowledge of water law. Ability to write reports.",
    ],
)
def test_series_and_rating_lead_ins_make_no_list(text: str) -> None:
    assert _must(text) is None


def test_a_heading_without_colon_must_have_its_own_line() -> None:
    text = "Here we list the basic requirements\na. Citizenship. b. A degree. c. A licence."
    assert req_inline.lists(prepare(text)) == []
    assert len(req_inline.lists(prepare(text.replace("Here we list the b", "B")))) == 1


# --- issue 11: more run-together shapes, written for these tests ---


@pytest.mark.parametrize("word", ["Essential", "Mandatory", "Required"])
def test_a_heading_glued_to_the_word_before_and_to_item_one(word: str) -> None:
    text = (
        f"Leadership criteria{word}1. Strategic Vision. Shows the ability to set a direction."
        "2. Managing Teams. Shows the ability to build a team.3. Budgets. Shows the ability to "
        "run a budget."
    )
    assert _must(text) == 3


def test_a_lead_in_right_before_item_one_with_dashes_inside_items() -> None:
    text = (
        "Applicants must show each of the three skills listed;1) Planning - Sets goals and "
        "tracks them.2) Writing - Writes clear reports (for managers). - Edits the work of "
        "others.3) Speaking - Presents to groups."
    )
    assert _must(text) == 3


def test_choices_inside_one_item_do_not_make_the_list() -> None:
    text = (
        "BASIC REQUIREMENTS: Citizenship: Citizen of the United States. Language: Proficiency "
        "in spoken and written English is required. Education: Graduate of a school of "
        "pharmacy that was accredited by one of the following bodies at the time: a) The "
        "First Accrediting Council; or b) The Second Accrediting Board. Licensure: A current, "
        "full and unrestricted license to practise."
    )
    assert _must(text) == 4


def test_a_word_ending_in_a_before_a_full_stop_is_no_letter_marker() -> None:
    text = (
        "Basic Requirements: Registration in a State or in the District of Columbia. The holder "
        "must keep it current. Education: a) A degree in nursing b) A diploma in nursing."
    )
    found = req_inline.lists(prepare(text))
    starts = [text[a:b].lstrip()[:3] for f in found for a, b in f.items]
    assert "a. " not in starts


def test_lists_after_grade_determinations_are_grade_by_grade() -> None:
    text = (
        "Basic Requirements: Citizenship: Citizen of the United States. Degree: A degree in "
        "dietetics. Registration: Current registration as a dietitian.\n\n"
        + "Experience refers to paid and unpaid experience. " * 8
        + "Grade Determinations: GS-9: None beyond the basic requirements. GS-11: A year at GS-9. "
        + "x " * 200
        + "\n\nThe candidate must demonstrate the following KSAs:1. Ability to plan menus.2. "
        "Knowledge of food safety.3. Ability to teach staff."
    )
    assert _must(text) == 3


@pytest.mark.parametrize(
    "text",
    [
        "MINIMUM QUALIFICATIONS: ENTRY LEVEL: Must be 18 or older. AND Must hold a diploma. "
        "SENIOR: x. INTERMEDIATE LEVEL: Must meet the entry level AND Have six months of work "
        "with children AND Have finished the first modules.",
        "QUALIFICATIONS REQUIRED: Entry - Ability to follow instructions AND Ability to lift "
        "boxes. Intermediate - Knowledge of child care AND Ability to plan work. Target- Skill "
        "to lead activities AND Skill to train staff.",
    ],
)
def test_requirements_level_by_level_are_no_list(text: str) -> None:
    assert _must(text) is None


def test_parts_of_one_item_after_each_of_the_following() -> None:
    text = (
        "Basic Requirements:U.S. citizenship. Non-citizens may be appointed only when no "
        "qualified citizen applies, under the agency's policy.Education and Practice. The "
        "applicant must hold a bachelor's degree from an accredited college and have met each "
        "of the following criteria:(a) Completed a program in dietetics. (b) Completed a "
        "supervised practice program.Registration. All applicants must be registered with the "
        "board.English Language Proficiency. Dietitians must speak and write English well."
    )
    assert _must(text) == 4


_CUE_WORDS = [
    "Applicants", "must", "meet", "the following", "listed", "below", "these requirements",
    "Basic", "Requirements", "Essential", "Required", "1.", "1)", "Leading", ":", ";", ".",
    "\n", "shall", "possesses", "experience", "includes", "you", "ManagerialEssential",
]  # fmt: skip


@settings(max_examples=400)
@example(["Applicants", "must", "meet", "the following", ":"], " ")
@example(["you", "must", "meet", "listed", ":"], " ")
@example(["ManagerialEssential", "1.", "Leading"], "")
@given(st.lists(st.sampled_from(_CUE_WORDS), max_size=40), st.sampled_from([" ", "", "\t"]))
def test_lead_in_search_finds_what_the_full_pattern_finds(words: list[str], sep: str) -> None:
    # The anchored search (and its cheap test before "must … the following") gives the lead-ins
    # a plain scan with the full pattern gives, where one starts at a word.
    text = sep.join(words)

    def span(m: re.Match[str]) -> tuple[int, int]:
        # The full pattern may take blanks before the words in; the anchored search starts at them.
        return m.end() - len(m[0].lstrip()), m.end()

    fast = [span(m) for m in req_inline._cues(text, text.lower())]
    plain = [span(m) for m in req_inline._cue_rx().finditer(text)]
    assert set(fast) <= set(plain)
    must = [s for s in plain if text[s[0] : s[0] + 4].lower() == "must"]
    assert all(s in fast for s in must if not any(a < s[0] < b for a, b in fast))


_ANCHOR_PIECES = [
    *req_inline._ANCHOR_WORDS, "require", "requireshall", "need", "need to", "need\t to", "the",
    "the following", "the  following", "following", "speci", "al", "ed", "s", " ", "\n", "-",
    "é", "’", "—", "ü", "x",
]  # fmt: skip


@settings(max_examples=400)
@example(["requireshall", "must"])
@example(["’", "need", "\t", "to", "essential"])
@given(st.lists(st.sampled_from(_ANCHOR_PIECES), max_size=30))
def test_anchor_search_gives_the_anchor_pattern_matches(pieces: list[str]) -> None:
    # The automaton (and the two phrase patterns) give the anchors the alternation gives, at
    # the same offsets (non-ASCII text included) and with the same matched text.
    text = "".join(pieces)
    plain = [(m.start(), m[0]) for m in req_inline._ANCHOR.finditer(text)]
    assert req_inline._anchors(text) == plain


@pytest.mark.parametrize(
    "aside",
    [
        "Verification of accredited programs may be obtained from the Board of Nursing.",
        "A nurse whose licence was ever suspended may be appointed only after a review.",
        "Graduate study can be substituted for the experience year by year.",
    ],
)
def test_a_sentence_on_what_may_be_done_belongs_to_the_requirement_above(aside: str) -> None:
    text = (
        "Job Title: Practical Nurse\n\nBasic Requirements: Citizenship of the United States. "
        f"Graduate of an approved school of practical nursing. {aside} Full and current "
        "licensure as a practical nurse in a State. Proficiency in spoken and written "
        "English.\n\nHow to apply\n"
    )
    assert requirements.check(prepare(text)).must_haves == 4


@pytest.mark.parametrize(
    ("glue", "tail"),
    [("OR", ""), ("OR,", ""), (";OR", ""), (" -OR- ", ""), ("OR ", ""), (" or", ",")],
)
def test_options_glued_to_or_are_one_requirement(glue: str, tail: str) -> None:
    # "…school;OREducation: …" (a lost line break), "…degree.OR,(2) …": the items after "OR"
    # are alternatives to the one before, whatever the glue; alone they make no list.
    text = (
        "Basic Requirement:Experience: Twelve months of warehouse or stock work that shows the "
        f"ability to keep records{tail}{glue}Education: Two years of study above high school"
        f"{tail}{glue}Combination: An equal mix of the study and the work described above."
    )
    assert _must(text) is None


def test_a_word_in_capitals_after_or_is_no_alternative() -> None:
    # "ORGANIZATION" starts with "OR" but is an item of its own.
    text = (
        "Minimum Requirements: SAFETY: A current forklift permit. ORGANIZATION: Experience "
        "keeping a stock room in order. DRIVING: A valid driver's licence."
    )
    assert _must(text) == 3


@pytest.mark.parametrize("join", ["OR,", "OR", " OR ", " -OR- "])
def test_numbered_options_inside_a_list_are_one_item(join: str) -> None:
    # The numbers mark the options of the education requirement, not the list's items: the
    # sentences around them are the items, and the options count once.
    text = (
        "Basic Requirements:Citizenship of the United States. Non-citizens may be appointed "
        "only when no citizen can be found.Language Proficiency. Technicians must speak and "
        "write English well.Education or Experience(1) A bachelor's degree in biology with "
        f"laboratory courses.{join}(2) Three years of work in a clinical laboratory within the "
        f"last ten years.{join}(3) An associate degree and one year of laboratory work."
        "Certification. Candidates must hold a current technologist certificate."
    )
    assert _must(text) == 4


def test_a_sentence_glued_to_a_closing_bracket_is_an_item() -> None:
    # "… (see the Handbook, Annex 4)Current licence …": the line break before the next
    # requirement was lost after a bracket.
    text = (
        "BASIC REQUIREMENTS: Citizenship of the United States.Graduate of an approved school of "
        "midwifery. Foreign graduates should send their transcript (see the Staff Handbook, "
        "Annex 4)Current, full and unrestricted licence as a midwife in any State."
    )
    assert _must(text) == 3


@pytest.mark.parametrize("degree", ["Ph. D.", "Ph.D.", "Pharm. D.", "Ph.D., Pharm.D."])
def test_an_abbreviated_degree_does_not_split_a_requirement(degree: str) -> None:
    text = (
        "Basic Requirements: Citizenship of the United States. Three years of graduate study "
        f"leading to a {degree} or an equivalent doctoral degree. A current licence to practise "
        "pharmacy in a State."
    )
    assert _must(text) == 3


@pytest.mark.parametrize(
    "text",
    [
        # Sentences that describe the experience asked for, under a heading without "the
        # following": prose, not a list.
        "Minimum Requirements: Experience or training that shows a basic knowledge of boat "
        "engines. SPECIALIZED EXPERIENCE: Must have at least 24 months of experience repairing "
        "outboard motors. Experience which shows the ability to rebuild gearboxes. Experience "
        "reading wiring diagrams. Skill in using torque tools safely.",
        "BASIC REQUIREMENTS: Experience keeping stock records for a depot. Knowledge of the "
        "rules for storing fuel. Ability to drive a forklift in a crowded yard.",
    ],
)
def test_sentences_describing_experience_are_prose(text: str) -> None:
    assert _must(text) is None


def test_experience_sentences_after_the_following_are_items() -> None:
    # An explicit "the following:" makes the sentences after it the items.
    text = (
        "Specialized experience must include the following: Experience repairing outboard "
        "motors. Experience rebuilding marine gearboxes. Skill in reading wiring diagrams."
    )
    assert _must(text) == 3


def test_a_short_experience_label_still_heads_an_item() -> None:
    # "Experience. Six months of …": a label and its sentence, one requirement.
    text = (
        "Basic Requirements: Citizenship of the United States. Experience. Six months of office "
        "work that shows the ability to learn the duties. Fluency in spoken and written English."
    )
    assert _must(text) == 3


# Requirement sentences of our own, as federal and UK ads write them. A hard line break may fall
# where the sentence is left open: after a word no sentence ends with, or before a word that goes
# on with the sentence before it.
_BROKEN_SENTENCES = [
    "Applicants must hold a current licence to practise nursing from an approved State board in "
    "the United States, including any restrictions which apply to it",
    "Graduates of an accredited school of pharmacy with a degree from the school and other "
    "training in clinical practice (see Annex 4) are eligible",
    "A valid driving licence with no more than six points and access to a car for travel in "
    "the region, which is essential for the community visits",
    "Experience of working with adults from a wide range of backgrounds in a health setting, "
    "including people with learning disabilities",
]
_OPEN_AFTER = {"with", "the", "a", "an", "from", "in", "other", "of", "to", "for", "and"}
_GOES_ON = {"including", "which"}


def _open_points(sentence: str) -> list[int]:
    """Indexes of the words a break may come before (the sentence is open there)."""
    words = sentence.split(" ")
    return [
        i
        for i in range(1, len(words))
        if words[i][0].isalpha() and (words[i - 1] in _OPEN_AFTER or words[i] in _GOES_ON)
    ]


@given(st.data())
def test_a_sentence_broken_over_lines_is_one_item(data: st.DataObject) -> None:
    # Plain lines that go on with one sentence (hard line breaks, as copied pages have) are
    # that sentence, not one item a line: broken where the sentence is open, it counts once.
    sentence = data.draw(st.sampled_from(_BROKEN_SENTENCES))
    points = _open_points(sentence)
    breaks = data.draw(st.sets(st.sampled_from(points), min_size=1))
    words = sentence.split(" ")
    broken = "".join(("\n\n" if i in breaks else " ") + w if i else w for i, w in enumerate(words))
    tail = ".\n\nA second requirement of its own.\n\nA third requirement of its own.\n"
    one = requirements.check(prepare("Requirements\n\n" + sentence + tail)).must_haves
    many = requirements.check(prepare("Requirements\n\n" + broken + tail)).must_haves
    assert one == 3
    assert many == one, broken


def test_lines_of_a_list_without_bullets_stay_items() -> None:
    # Items in lower case without bullets or stops ("drafting plans" / "engaging staff") are
    # items, not one sentence.
    text = (
        "Requirements\n\nThe successful candidate will be familiar with:\n\ndrafting care plans "
        "for a ward\n\nengaging staff across the hospital\n\nchairing weekly team reviews\n"
    )
    assert requirements.check(prepare(text)).must_haves == 3


@pytest.mark.parametrize(
    "wrapped",
    [
        # Lower case after the break; a word no sentence ends with; an open bracket.
        "Graduate of a school of practical nursing approved by the\n\nState board of nursing",
        "Graduate of a school of practical nursing\n\napproved by the State board of nursing",
        "Graduate of a school of practical nursing (or of an approved\n\nMilitary course)",
    ],
)
def test_a_run_together_list_goes_on_over_hard_line_breaks(wrapped: str) -> None:
    text = (
        "BASIC REQUIREMENTS: Citizenship of the United States. "
        f"{wrapped}. Full and current licence as a practical nurse in a State."
    )
    assert _must(text) == 3


def test_prose_broken_over_lines_is_no_list() -> None:
    # Lines of one paragraph of prose under a heading, broken mid-sentence: no items.
    text = (
        "## Qualifications\n\nEXPERIENCE: Refers to paid and unpaid experience,\n\nincluding "
        "volunteer work done through service programs (i.e., Peace\n\nCorps) and other\n\n"
        "groups (e.g., professional; community; student and social). Work of every\n\nkind "
        "builds skills that can be of use. You will receive credit for\n\nall such work.\n"
    )
    assert _must(text) is None


def test_a_required_series_without_colon_is_a_list() -> None:
    # "… require …; …; …; and …": four clauses or more, each its own requirement.
    text = (
        "Job Title: Lifeguard\n\nAll grades require applicants to be at least 16 years old; swim "
        "400 metres without a stop; hold a current first aid card, renewed each year; pass a "
        "background check; and complete the pool's own training. Duties include watching the "
        "pool."
    )
    assert _must(text) == 5


@pytest.mark.parametrize(
    "text",
    [
        # Three clauses: a short series inside one requirement.
        "All grades require applicants to swim 400 metres; hold a first aid card; and pass a "
        "background check.",
        # Examples of one requirement.
        "Applicants must be able to care for horses, such as feeding them; grooming them; "
        "cleaning stalls; and keeping records of their health.",
        # The parts of one experience requirement.
        "You must have one year of experience that included filing records; answering phones; "
        "booking rooms; and preparing simple reports.",
        # Alternatives.
        "The degree must be accredited by the Board of Nursing; the Nursing Council; the College "
        "of Midwives; or an equal body abroad.",
        # Working conditions.
        "Physical Requirements: The post requires heavy lifting; pushing carts; walking; "
        "repeated bending; and standing for long periods.",
        # "requirements" is no "require".
        "Knowledge of training requirements; scheduling; courses; and records of staff.",
    ],
)
def test_series_that_are_not_a_list_of_requirements(text: str) -> None:
    assert _must(text) is None


def test_lists_of_grade_blocks_that_name_their_grade_far_before_are_grade_by_grade() -> None:
    # Each grade's block names its grade, then a long sentence, then its own list: the lists
    # are what each grade asks, not the position's must-haves.
    block = (
        "GS-{g}: Your resume must also show at least one year of specialized experience at or "
        "equal to the GS-{h} grade level in the Federal service or equal experience in the "
        "private or public sector. Specialized experience must demonstrate the following: 1) "
        "Plan {w} budgets; 2) Write {w} reports; and 3) Brief {w} managers. "
    )
    text = "".join(
        block.format(g=g, h=g - 1, w=w) for g, w in ((12, "annual"), (11, "monthly"), (9, "team"))
    )
    assert _must(text) is None
    # One grade alone: its list is the position's own.
    assert _must(block.format(g=12, h=11, w="annual")) == 3


def test_knowledge_sentences_beside_other_requirements_are_items() -> None:
    # Beside a citizenship and a certificate, the knowledge and ability sentences are
    # requirements of their own.
    text = (
        "Basic Requirements: Citizenship of the United States. Knowledge of the rules for "
        "handling blood samples. Ability to train new staff in the lab. Certification. A current "
        "certificate as a phlebotomist."
    )
    assert _must(text) == 4


def test_a_list_ends_at_grade_requirements() -> None:
    text = (
        "Basic Requirements: Citizenship of the United States. A degree in medicine from an "
        "approved school. A current licence to practise medicine in a State. Grade "
        "Requirements: Chief Grade. Meet the requirements for Senior grade plus leadership. "
        "Senior Grade. Five years of practice after residency."
    )
    assert _must(text) == 3


@pytest.mark.parametrize(
    ("aside", "count"),
    [
        # What a thing asked for must have been explains the requirement above it.
        ("Training courses finished after 1990 must have been approved by the Board.", 3),
        # What a person must have been is a requirement of its own.
        ("Applicants must have been licensed as a technician for two years.", 4),
    ],
)
def test_what_a_thing_must_have_been_explains_the_item_above(aside: str, count: int) -> None:
    text = (
        "Basic Requirements: Citizenship of the United States. A degree in laboratory science "
        f"with a supervised clinical course. {aside} A current technologist certificate."
    )
    assert _must(text) == count


@pytest.mark.parametrize("aside", ["(See Staff Handbook 12, Annex 4)", "(SEND A COPY OF IT)"])
def test_an_aside_in_brackets_after_a_sentence_ends_the_item(aside: str) -> None:
    # "… transcript. (Reference …) Current licence …": the sentence after the aside is the
    # next requirement, though no full stop stands before it.
    text = (
        "Basic Requirements: Citizenship of the United States. Graduate of an approved school of "
        f"midwifery. Students should send their transcript. {aside} Current, full and "
        "unrestricted licence as a midwife in a State. Verification of a licence can be made "
        "online. A master's degree may not be substituted for the licence."
    )
    assert _must(text) == 3


def test_a_table_header_without_outer_pipes_is_no_run_together_list() -> None:
    # "A | B" over "--- | ---" is a table (read by the table reader), not a paragraph.
    text = "Role\n\nRequirements: - SQL - Python - Excel | Requirements: - SQL - dbt\n--- | ---\n"
    assert req_inline.required_lists(prepare(text)) == []


def test_sentences_inside_numbered_options_are_no_items() -> None:
    # The options' own sentences ("(1) Work. Six months of …; or (2) Study. One year …") are
    # parts of the one requirement; "None required" asks nothing.
    text = (
        "Basic Requirements: Citizenship of the United States. Non-citizens may be hired only when "
        "no citizen applies. Work and Study (1) Work. Six months of office work that shows the "
        "ability to learn the duties; or (2) Study. One year above high school; or (3) Mix. An "
        "equal mix of the two. Licence. None required. Language. Fluency in spoken English."
    )
    assert _must(text) == 3


def test_a_line_broken_around_an_inline_element_goes_on() -> None:
    # Text taken from HTML breaks a line around a link or bold word; the next piece starts
    # with a blank: "Experience with" / "dbt" / " and a cloud warehouse is a plus.".
    text = (
        "Requirements\n\nStrong command of\nSQL\n and of data modelling.\n\nExperience with\n"
        "dbt\n and one cloud warehouse.\n\nFluent written English.\n"
    )
    assert requirements.check(prepare(text)).must_haves == 3


def test_long_requirement_sentences_on_lines_of_their_own_are_items() -> None:
    # One long sentence per line, each starting with what the candidate must have: items, as
    # bullets would be (before, a line over 220 characters was read as prose).
    text = (
        "Qualifications\n\n"
        "Possess a degree of Doctor of Forestry (DF) or an equivalent degree, i.e., Doctor of "
        "Forest Science (DFS), obtained at a school of forestry accredited by the Society of "
        "American Foresters Council on Education (SAF) at the time the degree was awarded.\n\n"
        "Possess a state licence to practise forestry (a licence from any state is accepted).\n\n"
        "Official transcripts must be provided before the time of hire. Copies are accepted "
        "for the first screening.\n"
    )
    assert _must(text) == 2


def test_a_long_paragraph_of_sentences_under_the_heading_stays_prose() -> None:
    text = (
        "Qualifications\n\n"
        "Must have one year of experience at the next lower grade that equipped the applicant "
        "with the knowledge to do the work of this post. Experience refers to paid and unpaid "
        "work, including volunteer work done through national service programmes and other "
        "organisations, and it is credited in full.\n\n"
        "Possess a state licence to practise forestry (a licence from any state is accepted).\n"
    )
    assert _must(text) is None


def test_labelled_items_after_boilerplate_below_the_lead_in() -> None:
    # "… described below." then a paragraph on what counts as experience, then the labelled
    # requirements: the list starts at the first requirement label.
    text = (
        "To qualify, you must meet the education and licence requirements described below. "
        "Experience refers to paid and unpaid experience, including volunteer work. You will "
        "receive credit for all qualifying experience. Degree: Graduation from an accredited "
        "school of midwifery. Certification: Success in the national midwifery examination. "
        "Licensure: A full and unrestricted licence to practise midwifery in any state."
    )
    assert _must(text) == 3


@pytest.mark.parametrize(
    "text",
    [
        # One label only: no list of labelled items.
        "You must meet the requirements described below. Experience refers to paid and unpaid "
        "work. Education: Ph.D or equivalent doctoral degree in a field related to the work.",
        "You must meet the requirements described below. Experience refers to paid and unpaid "
        "work. Degree: A degree in midwifery. You MUST attach a copy of your transcripts.",
    ],
)
def test_one_label_after_boilerplate_is_no_list(text: str) -> None:
    assert _must(text) is None


def test_numbered_options_inside_a_labelled_item_are_one_item() -> None:
    # The numbers mark the options of the education item, between the labels: the labels
    # make the list ("Education and/or Training:" is a label too).
    text = (
        "Basic Requirements: Citizenship: Citizens of the country; others may be hired when no "
        "citizen applies. Education and/or Training: (1) A degree in dental hygiene from an "
        "accredited school. OR, (2) A degree in biology and two years of supervised practice "
        "in a dental clinic. (3) A degree in any field and five years of dental practice. "
        "Licensure: A full and current licence to practise dental hygiene. English Language: "
        "Fluent spoken and written English."
    )
    assert _must(text) == 4


def test_numbered_items_after_their_own_label_stay_items() -> None:
    # "Skills:1. … 2. … 3. …": the numbers are the list under its label, not options.
    text = (
        "Basic Requirements: Citizenship: Citizens of the country. Skills:1. Attention to "
        "Detail - checks all work for errors. 2. Customer Service - helps callers with their "
        "needs. 3. Problem Solving - finds the cause of faults. 4. Teamwork - works well "
        "with others. Licensure: A current licence."
    )
    assert _must(text) == 4


def test_highly_qualifying_criteria_end_the_must_haves() -> None:
    # "Highly qualifying criteria" rank candidates: the list ends before them, as before
    # "highly qualified".
    text = (
        "In addition to education, candidates must also possess the following: At least two "
        "years of work in a public library. Candidates must possess a working knowledge of "
        "cataloguing rules. Possess experience with library management systems. Applicants who "
        "meet the highly qualifying criteria are referred first. Highly Qualifying Criteria is; "
        "1. Possess work experience as a branch librarian. 2. Possess experience in two or more "
        "library services."
    )
    assert _must(text) == 3


def test_a_long_series_of_experiences_is_a_list() -> None:
    # Each clause after the first names an experience of its own: four requirements, though
    # the third semicolon comes more than 300 characters after "must".
    text = (
        "BOILER PLANT OPERATOR, WG-5402-10: Must have at least 24 months of experience or "
        "training operating, inspecting, adjusting and repairing high pressure boilers, "
        "pumps, fans, valves and the more complicated control systems of a central plant; "
        "experience which has given a working knowledge of water treatment and its tests; "
        "experience applying independent judgment to find the causes of unusual faults in "
        "burners and controls; experienced in reading plant logs and drawings."
    )
    assert _must(text) == 4


def test_one_experience_with_its_parts_stays_one_requirement() -> None:
    text = (
        "You must have one year of experience that included repairing pumps; reading "
        "drawings; testing valves; and keeping plant logs."
    )
    assert _must(text) is None


def test_states_after_must_be_are_items() -> None:
    # "you must be:" holds the verb: "Enrolled …", "Registered …" complete it.
    text = (
        "For this traineeship, you must be: Enrolled or accepted for enrolment in a degree "
        "(diploma, certificate, etc.) at an accredited college or university. Registered for "
        "at least half of a full course load as the college defines it."
    )
    assert _must(text) == 2


# A lead-in inside a run-together list ("… in each of the following: 1. … 4.") opens the list
# the outer lead-in ("… the experience listed below.") points at: numbered application
# instructions before it are no requirements, and its items count, not the instructions'.
@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Facilities Clerk\nQualifications\nPlease note: 1. Your resume must give dates for "
            "each job. 2. Your resume must show how you meet the experience listed below. 3. "
            "Attach transcripts where education is used. Applicants must have at least 24 months "
            "of experience in each of the following: 1. Scheduling bus drivers. 2. Keeping depot "
            "records. 3. Ordering spare tyres for the fleet. 4. Training new dispatchers.",
            4,
        ),
        (
            "Facilities Clerk\nQualifications\nIn your resume you will need to address the "
            "experience listed below. Give dates and titles. GENERAL EXPERIENCE: Your resume "
            "must show some experience in each of these areas: Experience reading schedules and "
            "keeping records. SPECIALIZED EXPERIENCE: Your resume must show at least 12 months "
            "in each of the following areas: Experience ordering spare tyres for the fleet. "
            "Experience training new dispatchers. Experience keeping depot records.",
            4,
        ),
    ],
)
def test_a_lead_in_inside_a_list_opens_the_list(text: str, count: int) -> None:
    assert _must(text) == count


def test_a_lead_in_after_or_opens_no_list_inside() -> None:
    # "~OR~ … all four of the following:" is an alternative to the options above: its items are
    # not added to them as "~AND~ …" would add them.
    text = (
        "Facilities Clerk\nQualifications\nApplicants qualifying on education must submit proof "
        "that they meet the criteria listed below. 1. A grade-point average of 3.0 or higher. 2. "
        "Standing in the upper third of the class. (TRANSCRIPTS REQUIRED) ~OR~At least one year "
        "of work experience that shows all four (4) of the following competencies: 1) Attention "
        "to detail. 2) Customer service. 3) Oral communication. 4) Problem solving."
    )
    with_and = _must(text.replace("~OR~", "~AND~"))
    assert with_and is not None
    assert (_must(text) or 0) < with_and


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Degree in law. Part-Time or Unpaid Experience: Credit will be given for it.", "Part"),
        ("Degree in law. Volunteer Work: Credit is given for unpaid work.", "Volunteer"),
        ("Degree in law. Volunteer Experience: Refers to paid and unpaid work.", "Volunteer"),
        ("Degree in law. Interagency Career Transition Assistance Plan (ICTAP)- The plan", "Inter"),
        ("Degree in law. Displaced Staff Help (CTAP) gives a priority.", "Displaced"),
    ],
)
def test_a_boilerplate_stop_starts_at_its_label(text: str, label: str) -> None:
    # The label words before the stop are bounded in length (a run of "A/A/A/…" read from each
    # word start made the search quadratic); labels of ordinary words still start the stop.
    m = req_inline._stop_rx().search(text)
    assert m is not None
    assert text[m.start() :].startswith(label)


def test_a_stop_after_an_overlong_label_word_is_still_found() -> None:
    text = "Degree in law. " + "A/" * 50 + "Work: Credit will be given for unpaid work."
    m = req_inline._stop_rx().search(text)
    assert m is not None
    assert text[m.start() :].lower().startswith(("credit", "a/", "work"))


@pytest.mark.parametrize(
    "item",
    [
        "1. 2 One year of full-time study is defined as 30 semester hours.",
        "  12 Specialized experience is experience in casework.",
        "3) Please list each post you held.",
        "- You must address each factor separately.",
    ],
)
def test_not_asked_reads_past_numbers_and_markers(item: str) -> None:
    # The leading markers are read once (no backtracking into a long run of digits or spaces).
    assert req_inline._NOT_ASKED.match(item) is not None


def test_not_asked_leaves_a_plain_requirement() -> None:
    assert req_inline._NOT_ASKED.match("2. One year of experience in casework.") is None
