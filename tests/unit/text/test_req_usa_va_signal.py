"""A VA physician's labelled basic requirements are a federal (USAJOBS-shaped) list also where
the ad names the department only ("approved by the Secretary of Veterans Affairs"), not one of
the other federal words. The texts are written for these tests in the shapes of the VA
template."""

from __future__ import annotations

import pytest

from tests.unit.text.req_helpers import must_haves as _must

_VA = (
    "## Qualifications\n\nCitizenship:United States\n\nEducation:Degree of doctor of medicine "
    "from a school approved by the {body} for the year of the degree.Licensure and "
    "Registration :Physicians must hold a current, full and unrestricted license to practice "
    "medicine in a State. Language Proficiency : Physicians must speak and write English well.\n"
)


@pytest.mark.parametrize(
    "body", ["Secretary of Veterans Affairs", "Veterans Health Administration"]
)
def test_a_va_physicians_labelled_basic_requirements_are_a_list(body: str) -> None:
    assert _must(_VA.format(body=body)) == 3


def test_without_a_federal_word_the_labels_are_left_to_the_general_readers() -> None:
    # Near miss: the same labels in an ad that names no federal body keep the general reading.
    assert _must(_VA.format(body="state medical board")) is None
