"""Federal lists (req_usa_parts): glued middle-dot bullets, the schools or programs that explain
one requirement, and basic requirements given as labelled items ("Degree: … Licensure: …")."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text import req_usa
from askback.text.doc import prepare
from askback.text.jobad import analyze
from askback.text.req_usa_parts import (
    cut_at_labels,
    labelled_items,
    split_at_labels,
    split_dots,
    without_clarifications,
)


def _count(text: str) -> int | None:
    return analyze(text).must_haves


_HEAD = "Staff Dentist\n\n## Summary\n\nJoin our federal clinic team.\n\n## Qualifications\n\n"

# A VA-style template: five basic items, then the approved schools and the approved residencies
# that explain two of them, then the boilerplate on experience.
_EXPLAINED = (
    _HEAD + "Basic Requirements:\n\n"
    "- Citizenship of the United States.\n"
    "- Degree of doctor of dental surgery from a school approved by the agency.\n"
    "- Current, full and unrestricted license to practise dentistry in a State.\n"
    "- Completion of a general practice residency approved by the agency.\n"
    "- Proficiency in spoken and written English.\n"
    "- Approved schools are: Dental schools holding membership in the national association.\n"
    "- Dental schools accredited by the dental accreditation commission.\n"
    "- For residents, graduation from an approved dental school as described above.\n"
    "- Approved residencies are: Those approved by the national dental council.\n"
    "- Experience refers to paid and unpaid experience, including volunteer work.\n"
)


def test_approved_schools_and_residencies_explain_items_and_are_none() -> None:
    assert _count(_EXPLAINED) == 5


def test_an_item_of_its_own_after_the_schools_counts_again() -> None:
    text = _EXPLAINED.replace(
        "- Approved residencies are:",
        "- Physical Standards: Must pass a physical.\n- Approved residencies are:",
    )
    assert _count(text) == 6


def test_schools_without_the_approved_lead_stay_items() -> None:
    # Near miss: no "Approved schools are:" lead, so the lines are the ad's own items.
    text = _EXPLAINED.replace("Approved schools are: ", "").replace(
        "Approved residencies are: ", ""
    )
    assert _count(text) == 9


def test_glued_middle_dots_split_into_items() -> None:
    text = (
        _HEAD + "Basic Requirements:\n\n"
        "· U.S. citizen· Proficient in spoken English· Physical standards - must pass an exam\n"
        "· Licensure - a current, full and unrestricted licence to practise in a State\n"
        "· Degree of doctor of dental surgery from an approved school\n"
        "· Completion of an approved residency in general dentistry\n"
        "· Specialized experience in clinical care is a plus for this federal service post\n"
    )
    assert _count(text) in (6, 7)


def test_split_dots_spares_blank_sided_dots_and_the_marker() -> None:
    text = "· A citizen· Proficient in English · Education: a degree; or · Degree and practice"
    items = split_dots(text, [(0, len(text))])
    assert [text[a:b].strip() for a, b in items] == [
        "· A citizen",
        "· Proficient in English · Education: a degree; or · Degree and practice",
    ]


def test_labelled_basic_requirements_without_a_list_are_items() -> None:
    text = (
        _HEAD + "Describe your duties clearly in your resume; time in federal service counts. "
        "DEGREE: Doctor of Dental Surgery from an accredited school. "
        "LICENSING: A current, full licence to practise dentistry in a State. "
        "RESIDENCY: Two years of residency in general dentistry.\n"
    )
    assert _count(text) == 3


def test_one_label_or_labels_as_alternatives_are_no_list() -> None:
    one = (
        _HEAD + "Describe your duties clearly in your resume; time in federal service counts. "
        "DEGREE: Doctor of Dental Surgery from an accredited school.\n"
    )
    assert _count(one) is None
    options = (
        _HEAD + "Basic requirement for federal service: A. Degree: in engineering. "
        "OR B. Combination of education and experience equal to a degree.\n"
    )
    assert _count(options) is None


def test_labelled_items_skip_labels_an_item_holds_and_repeats() -> None:
    text = (
        "Qualifications\nDegree: a degree.\nLicensure: a licence.\nLicensure: for grade 12 too.\n"
    )
    held = text.index("Degree")
    items = [(held, text.index("\n", held))]
    found = labelled_items(text, items, [])
    assert [text[a:b] for a, b in found] == ["Licensure: a licence."]


def test_without_clarifications_keeps_a_lead_inside_an_own_item() -> None:
    text = "Degree of medicine. Approved schools are: (1) Schools of medicine. (2) Other schools."
    cut = text.index("(2)")
    assert without_clarifications(text, [(0, cut), (cut, len(text))]) == [(0, cut)]


_SES = (
    "Deputy Director\n\n## Summary\n\nLead the bureau.\n\n## Qualifications\n\n"
    "To qualify you must show the five Executive Core Qualifications and the technical "
    "qualifications below.Executive Core Qualifications:ECQ 1 - Leading Change: shaping a "
    "vision for the bureau.ECQ 2 - Leading People: growing a diverse staff.ECQ 3 - Results "
    "Driven: meeting the bureau's goals.ECQ 4 - Business Acumen: steering budgets and people."
    "ECQ 5 - Building Coalitions: working with other agencies.Technical Qualifications:TQ 1 - "
    "Deep knowledge of grant programs.TQ 2 - Experience running a field office.\n"
)


def test_executive_core_and_technical_qualifications_are_items() -> None:
    assert _count(_SES) == 7


def test_ecqs_named_in_prose_or_without_the_heading_are_no_list() -> None:
    # Near misses: the five names in one sentence are no labelled parts; without the ECQ
    # heading the names are only words.
    prose = (
        "Deputy Director\n\n## Qualifications\n\nYour record should reflect Leading Change, "
        "Leading People, Results Driven, Business Acumen and Building Coalitions, as the "
        "Executive Core Qualifications ask.\n"
    )
    assert _count(prose) is None
    no_heading = _SES.replace("Executive Core Qualifications", "executive skills")
    assert _count(no_heading) != 7


_PIECES = st.sampled_from(
    [
        *req_usa._FEDERAL_WORDS,
        "Executive Core Qualifications",
        "EXECUTIVE CORE QUALIFICATION",
        "executive-core qualification",
        "Executives",
        "Qualifications",
        "qualifications",
        "Federal",
        "the",
        "(",
        ".",
        "\n",
        " ",
        "ECQs",
        "Core",
    ]
)


@settings(max_examples=400)
@given(st.lists(_PIECES, max_size=12), st.sampled_from([" ", "\n", "-", ":", " (", ".\n"]))
def test_the_federal_token_gate_agrees_with_the_full_read(parts: list[str], sep: str) -> None:
    # The gate (_FEDERAL_TOKENS, a set test on the ad's words) lets through every text where
    # the full read (_FEDERAL_WORDS, substrings of the lowered text) finds a federal word. (The
    # gate reads words: one glued into another word, "Executivesexecutive", it does not see.)
    text = sep.join(parts)
    full = "Qualifications" in text and any(w in text.lower() for w in req_usa._FEDERAL_WORDS)
    assert req_usa._federal(prepare(text)) == full


_GUARD = (
    "Boiler Plant Operator\n\n## Qualifications\n\n"
    "GENERAL EXPERIENCE: Experience or training in running heating plants. Experience reading "
    "gauges and logs. Experience may have been gained as a plant helper. "
    "SPECIALIZED EXPERIENCE: Must have at least 12 months of federal service or training in "
    "the following: Experience starting and stopping boilers. Experience testing boiler water. "
    "Experience keeping plant records.\n"
)


def test_general_experience_counts_beside_a_specialized_list() -> None:
    # 3 specialized items after "the following", 2 general sentences (the third continues).
    assert _count(_GUARD) == 5


def test_general_experience_beside_prose_or_other_lists_is_no_item() -> None:
    # Near misses: without "the following" the specialized part is prose; the bullets under a
    # heading of their own are the only list.
    prose = _GUARD.replace(" in the following:", ".")
    assert _count(prose) is None
    ksas = _GUARD.replace(" in the following:", ".") + (
        "KNOWLEDGE, SKILLS AND ABILITIES:\n\n-- Knowledge of boilers.\n-- Skill in water tests.\n"
    )
    assert _count(ksas) == 2


def test_a_note_on_degrees_from_abroad_is_no_item() -> None:
    text = (
        _HEAD + "Basic Requirements for federal service:\n\n"
        "- Education: a degree from an accredited school of dental hygiene.\n"
        "- Degree from Foreign School: a credential review by the national board is needed.\n"
        "- Licensure: a current licence to practise dental hygiene in a State.\n"
    )
    assert _count(text) == 2
    # Near miss: a degree item that names a foreign language is an item.
    assert _count(text.replace("Degree from Foreign School:", "Degree in foreign languages:")) == 3


def test_one_or_more_years_of_specialized_experience_is_the_path() -> None:
    # The qualification path's wording (req_usa._SPECIALIZED), with "or more" after the number.
    assert req_usa._SPECIALIZED.search("at least one or more years of specialized experience")
    assert req_usa._SPECIALIZED.search("1 or more years of specialized work experience")
    # Near miss: "one of more" is no duration.
    assert not req_usa._SPECIALIZED.search("one of more years of specialized experience")


def test_a_label_opening_a_line_inside_an_item_cuts_it() -> None:
    text = "Degree: a doctorate.]\n\nAND\n\nGraduate Training: one year.\nLicensure: a licence."
    cut = split_at_labels(text, [(0, len(text))])
    assert [text[a:b].strip() for a, b in cut] == [
        "Degree: a doctorate.]\n\nAND",
        "Graduate Training: one year.",
        "Licensure: a licence.",
    ]
    # Near miss: a label inside a line is left whole (a heading, or one grade's alternative).
    inline = "GS-7: Education: a year of study. OR Experience: a year of work."
    assert split_at_labels(inline, [(0, len(inline))]) == [(0, len(inline))]


def test_a_must_paragraph_inside_an_item_is_an_item() -> None:
    text = "Current licence to practise in a State.\n\nMust have completed a residency."
    assert len(split_at_labels(text, [(0, len(text))])) == 2
    # Near miss: a paragraph that explains the item asks nothing of its own.
    note = "Current licence to practise in a State.\n\nMost States issue it within a month."
    assert len(split_at_labels(note, [(0, len(note))])) == 1


def test_a_list_of_boilerplate_and_explanations_only_is_no_list() -> None:
    text = (
        _HEAD + "Requirements for federal service:\n\n"
        "- Experience refers to paid and unpaid experience, including volunteer work.\n"
        "- Waiver of the licence for posts without patient care.\n"
    )
    doc = prepare(text)
    first = text.index("- Experience")
    second = text.index("- Waiver")
    items = [(first, second - 1), (second, len(text) - 1)]
    assert req_usa.federal_items(doc, [], items) == []
    # Near miss: one requirement beside them stays.
    more = text + "- Licensure: a current licence to practise in a State.\n"
    third = more.index("- Licensure")
    kept = req_usa.federal_items(prepare(more), [], [*items, (third, len(more) - 1)])
    assert kept == [(third, len(more) - 1)]


_LABEL_TEXT = st.lists(
    st.sampled_from(
        ["Degree: a.", "Licensure: b.", " ", "\t", "x", ".", ")", "\n", "Must have c.", "OR "]
    ),
    max_size=10,
).map("".join)


@settings(max_examples=400)
@given(_LABEL_TEXT, st.integers(0, 3))
def test_split_at_labels_shortcut_agrees_with_the_full_read(text: str, start: int) -> None:
    # An item with no line break inside is kept whole; the full read cuts off blanks at most.
    a = min(start, len(text))
    fast = split_at_labels(text, [(a, len(text))]) if text[a:].strip() else []
    full = cut_at_labels(text, a, len(text))
    assert [text[x:y].strip() for x, y in fast] == [text[x:y].strip() for x, y in full]
