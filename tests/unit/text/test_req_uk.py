"""Issue 11, requirement lists in the shapes of UK ads (person specifications, lead-ins, the
recruitment text after a list). The ads are written for these tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from askback.text import requirements
from askback.text.doc import prepare

_TOP = (
    "Community Nurse\n\nSalary: £28,000 - £34,000 per annum\n\n"
    "Our district nursing team cares for people at home across the county.\n\n"
)


def _musts(body: str) -> int | None:
    return requirements.check(prepare(_TOP + body)).must_haves


@given(
    st.sampled_from(
        [
            # Cue words ("person specification", "successful candidate") in a clause that
            # leads into what the role holds.
            "Whilst a full person specification is attached, key elements of the role include:",
            "As the successful candidate, this role will include:",
            "Applicants should note that the post will include:",
            "For the successful candidate, key aspects of the job are:",
        ]
    )
)
def test_a_lead_in_to_what_the_role_includes_is_no_list(lead: str) -> None:
    body = (
        f"{lead}\n\n- Excellent liaison with families\n- A caseload of twelve patients\n"
        "- Clinical supervision of students\n"
    )
    assert _musts(body) is None


@given(
    st.sampled_from(
        [
            "Requirements for the role include:",
            "The skills needed in this role include:",
            "Essential skills include:",
        ]
    )
)
def test_a_lead_in_to_what_the_role_asks_still_opens_a_list(lead: str) -> None:
    body = (
        f"{lead}\n\n- Excellent communication skills\n- A current NMC registration\n"
        "- Experience of caseload management\n"
    )
    assert _musts(body) == 3
