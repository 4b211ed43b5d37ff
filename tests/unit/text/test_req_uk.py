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


_LEAD_INS = [
    "The successful applicant will:",
    "The successful candidate will:",
    "The ideal candidate will:",
    "To apply for this post you must:",
    "We are looking for someone who:",
    "Applicants should:",
]
_PLAIN_ASKS = [
    "Have a current registration with the NMC.",
    "Be able to drive and have access to a car",
    "Hold a degree in adult nursing or equivalent.",
    "Have experience of caseload management",
    "Be able to work flexibly across seven days.",
    "Demonstrate sound judgement under pressure",
]


@given(
    st.sampled_from(_LEAD_INS),
    st.lists(st.sampled_from(_PLAIN_ASKS), min_size=2, max_size=6, unique=True),
    st.sampled_from(["\n\n", "\n"]),
)
def test_a_lead_in_with_plain_lines_under_it_opens_a_list(
    lead: str, items: list[str], gap: str
) -> None:
    # Pages that lose the bullets keep each item on its own line.
    body = lead + gap + gap.join(items) + "\n\nIf this sounds like you, please apply today!\n"
    assert _musts(body) == len(items)


def test_plain_duty_lines_under_a_lead_in_are_no_list() -> None:
    body = (
        "The post holder will:\n\nManage the weekly rota for the team.\n\n"
        "Plan the clinics with the GP practices.\n\nReport to the service lead each month.\n"
    )
    assert _musts(body) is None


def test_prose_under_a_lead_in_is_no_list() -> None:
    body = (
        "The successful applicant will:\n\n"
        "Join a friendly team. We meet each morning to plan the visits of the day.\n\n"
        "Work closely with the GP practices. The team has grown over the last two years.\n"
    )
    assert _musts(body) is None


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
