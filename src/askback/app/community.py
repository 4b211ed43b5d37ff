"""Community evidence and questions pulled from a hub, read in plain SQL.

`assess`, `plan` and the bank need them on every run; reading them without the ORM keeps
those commands fast (the hub client's writers stay in app.hub).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from askback.app.workspace import Workspace
from askback.store.rows import in_list, json_document, json_list

if TYPE_CHECKING:
    from askback.bank.schema import Question
    from askback.domain.community import CommunityFigure


def community_figures(
    ws: Workspace, opportunity_ids: Sequence[int]
) -> dict[int, list[CommunityFigure]]:
    """Per opportunity, the pulled community figures, your own shared ratings taken out.

    Plain SQL (`ws.query`), so that an assessment needs no ORM for it.
    """
    out: dict[int, list[CommunityFigure]] = {i: [] for i in opportunity_ids}
    if not opportunity_ids:
        return out
    within, params = in_list(opportunity_ids)
    with ws.query() as q:
        rows = q(
            "SELECT opportunity_id, hub_url, dimension, mean, low, high, members_low,"
            " members_high, red_flags_low, red_flags_high, questions, period"
            f" FROM hub_aggregates WHERE owner = :owner AND opportunity_id IN ({within})"
            " ORDER BY id",
            owner=ws.owner,
            **params,
        )
        if not rows:
            return out  # before importing the domain's community model, which needs NumPy
        sent = {
            r["opportunity_id"]: (r["hub_url"], json_document(r["payload"]))
            for r in q(
                "SELECT opportunity_id, hub_url, payload FROM hub_shares"
                f" WHERE owner = :owner AND opportunity_id IN ({within})",
                owner=ws.owner,
                **params,
            )
        }
    from askback.bank.schema import Dimension
    from askback.domain.community import CommunityFigure, without_own

    bank = ws.bank
    for row in rows:
        figure = CommunityFigure(
            dimension=Dimension(row["dimension"]),
            mean=float(row["mean"]),
            low=float(row["low"]),
            high=float(row["high"]),
            members_low=int(row["members_low"]),
            members_high=int(row["members_high"]),
            red_flags_low=int(row["red_flags_low"]),
            red_flags_high=int(row["red_flags_high"]),
            period=str(row["period"]),
            questions=tuple(json_list(row["questions"])),
        )
        mine = sent.get(row["opportunity_id"])
        if mine is not None and mine[0] == row["hub_url"]:
            own = [
                int(a["rating"])
                for a in mine[1].get("answers", [])
                if (qn := bank.by_id.get(str(a.get("question")))) is not None
                and qn.dimension.value == row["dimension"]
            ]
            figure = without_own(figure, own)
        out[row["opportunity_id"]].append(figure)
    return out


COMMUNITY_SETTING = "community_questions"


def community_questions_on() -> bool:
    """The setting `community_questions` (askback settings community-questions): on by default."""
    from askback.config import read_user_settings

    return read_user_settings().get(COMMUNITY_SETTING, "on") != "off"


def community_questions(ws: Workspace) -> list[Question]:
    """The pulled community bank as bank questions (source "community"); none when turned off."""
    from askback.bank.schema import Question

    if not community_questions_on():
        return []
    with ws.query() as q:
        docs = [
            json_document(r["document"])
            for r in q(
                "SELECT document FROM hub_bank_questions WHERE owner = :owner ORDER BY qid",
                owner=ws.owner,
            )
        ]
    out = []
    for doc in docs:
        fields = {k: v for k, v in doc.items() if k != "based_on"}
        out.append(Question.model_validate({**fields, "source": "community"}))
    return out
