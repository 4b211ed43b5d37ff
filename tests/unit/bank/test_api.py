"""The Python API: typed questions and a DataFrame for slicing the bank."""

from __future__ import annotations

import askback.bank as bank_api
from askback.bank import Audience, Dimension, Question, QuestionFilter, Stage


def test_load_returns_typed_questions() -> None:
    bank = bank_api.load()
    q = bank.get("rml-001")
    assert isinstance(q, Question)
    assert q.dimension is Dimension.RESPONSIBLE_ML
    assert all(isinstance(a, Audience) for a in q.audience)
    assert all(isinstance(s, Stage) for s in q.stage)
    assert bank.by_id["rml-001"] is q and "rml-001" in bank


def test_filter_and_tags() -> None:
    bank = bank_api.load()
    peers = bank.filter(QuestionFilter(audiences=(Audience.PEER,), sensitive=True))
    assert peers and all(q.sensitive for q in peers)
    tagged = bank.with_tags("pay-equity")
    assert tagged and all("pay-equity" in q.tags for q in tagged)


def test_to_frame_slices_like_the_bank() -> None:
    bank = bank_api.load()
    frame = bank.to_frame()
    assert len(frame) == len(bank)
    counts = frame.groupby("dimension").size()
    assert counts["responsible-ml"] == len(bank.by_dimension(Dimension.RESPONSIBLE_ML))
    assert frame.loc["rml-001", "text"] == bank.get("rml-001").text
    german = bank.to_frame(lang="de")
    assert german.loc["rml-001", "text"] == bank.get("rml-001").text_in("de")
    assert int(frame["sensitive"].sum()) == sum(q.sensitive for q in bank.questions)
