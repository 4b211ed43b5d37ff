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
        # A definition without "the following" stays one requirement.
        "## Qualifications\n\nSpecialized experience is defined as: (1) leading surveys; (2)"
        " planning budgets; (3) using control networks.\n",
        # "the following" after a definition that is no experience: no list of this shape.
        "## Qualifications\n\nThe grade is defined by the following: the duties and the scope of"
        " the work.\n",
    ],
)
def test_definitions_without_the_following_stay_prose(text: str) -> None:
    assert _must(text) is None
