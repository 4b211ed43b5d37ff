"""KSAs after "the following knowledge, skills, and abilities … without more than normal
supervision." (a stop, not a colon), run together with "**" marks or glued to each other (the
Library of Congress wording), are the items of a federal (USAJOBS-shaped) ad's list; prose after
the same lead is not (helper usa14, from unlabelled ads). The texts are written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.text.req_helpers import must_haves as _must

_LEAD = (
    "Museum Technician\n\n## Qualifications\n\nApplicants must have had progressively "
    "responsible experience and training sufficient in scope and quality to furnish them with an "
    "acceptable level of the following knowledge, skills, and abilities to perform the duties of "
    "the position without more than normal supervision."
)


@pytest.mark.parametrize(
    ("body", "count"),
    [
        (  # no stops, "**" marks and glued phrases
            "Knowledge of museum collections**Ability to catalogue objects**Ability to handle "
            "fragile itemsAbility to work with othersAbility to communicate in writing",
            5,
        ),
        (  # stops, some with a blank before the mark
            "Ability to use catalogue tools. **Knowledge of storage standards. **Ability to meet "
            "deadlines.Ability to communicate effectively other than in writing.",
            4,
        ),
        (  # a mark after a stop, then a blank
            "Ability to lead a small team.**Knowledge of archival methods and practice. "
            "**Knowledge of film formats.Ability to speak with visitors.",
            4,
        ),
    ],
)
def test_ksas_after_the_supervision_lead_are_the_list(body: str, count: int) -> None:
    assert _must(_LEAD + body + "\n") == count


def test_prose_after_the_lead_is_no_list() -> None:
    body = "The post is in a busy office. The team is small and works on many projects."
    assert _must(_LEAD + body + "\n") is None


_KSAS = st.sampled_from(
    [
        "Knowledge of museum collections",
        "Ability to catalogue objects",
        "Ability to handle fragile items",
        "Skill in photography of objects",
        "Ability to communicate in writing",
    ]
)
_JOINS = st.sampled_from(["", "**", ". ", ".", ". **", ".**"])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(_KSAS, _JOINS), min_size=2, max_size=8))
def test_each_ksa_is_one_item_however_joined(parts: list[tuple[str, str]]) -> None:
    body = "".join(ksa + join for ksa, join in parts)
    assert _must(_LEAD + body + "\n") == len(parts)


def test_rated_ksas_after_the_same_lead_are_no_items() -> None:
    # "will be evaluated … on … the following knowledge, skills and abilities": ranking factors,
    # also beside a list of basic requirements.
    text = (
        "Lawyer, Department of Veterans Affairs\n\n## Qualifications\n\nApplicants will be "
        "evaluated to determine if they "
        "meet the minimum qualification requirements and on the extent to which their "
        "application shows the following knowledge, skills and abilities (KSAs) associated with "
        "the position. Knowledge of contract law and its practice. Ability to advise managers "
        "on museum law. Skill in writing legal opinions for staff.\n\nEDUCATION: An applicant "
        "must have completed a law degree at an accredited school.\n\nBAR MEMBERSHIP: An "
        "applicant must be a member in good standing of the bar of a State.\n"
    )
    assert _must(text) == 2
