"""Whatever the notes say, the same ratings give the same assessment (the analyzer on)."""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from askback.app import Workspace, contacts, evidence, interviews, opportunities
from askback.app import answers as answer_cases
from askback.app.answers import NewAnswer
from tests.integration.evidence.scenario import PROFILE, RML, when

# Words that sway the analyzer both ways, mixed into free text.
CUES = [
    "we'd like to",
    "we value",
    "honestly not my area",
    "in March 2024",
    "12 models",
    "the DPO signs off",
    "stopped two projects",
    "we hope",
    "Prüfung durch die Rechtsabteilung",
]
notes = st.lists(
    st.sampled_from(CUES) | st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=40),
    max_size=4,
).map(" ".join)
RATED = (("hiring-manager", "rml-027", 4, False), ("peer", "rml-030", 4, False),
         ("leadership", "rml-029", 5, False), ("peer", "rml-001", 1, True))  # fmt: skip
_serial = itertools.count()


def _log(ws: Workspace, texts: list[str]) -> int:
    opp = opportunities.add(ws, company=f"Acme {next(_serial)}", role="DS", status="offer")
    for n, ((audience, question, rating, flag), text) in enumerate(zip(RATED, texts, strict=True)):
        person = contacts.add(ws, name=f"P{n} {opp.id}", audience=audience, opportunity=opp.id)
        talk = interviews.add(
            ws, opportunity=opp.id, stage="team", starts_at=when(n + 2), contacts=[person.id]
        )
        item = NewAnswer(
            question_id=question, rating=rating, red_flag=flag, contact=person.id, notes=text
        )
        answer_cases.add(ws, talk.id, item)  # analyze=True, the default
    return opp.id


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.lists(notes, min_size=len(RATED), max_size=len(RATED)))
def test_the_wording_of_the_notes_never_moves_the_assessment(
    ws: Workspace, texts: list[str]
) -> None:
    evidence.save_profile(ws, PROFILE)
    plain = evidence.assess(ws, _log(ws, [""] * len(RATED)))[RML]
    worded = evidence.assess(ws, _log(ws, texts))[RML]
    assert worded.alpha == plain.alpha
    assert worded.deal_breaker is not None and plain.deal_breaker is not None
    assert worded.deal_breaker.risk == plain.deal_breaker.risk
    assert worded.deal_breaker.verdict == plain.deal_breaker.verdict
    assert (worded.conflict is None) == (plain.conflict is None)
