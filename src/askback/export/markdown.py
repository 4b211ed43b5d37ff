"""Markdown: a dossier per opportunity, to read before the next call or to share."""

from __future__ import annotations

import contextlib
import zoneinfo
from collections.abc import Mapping
from datetime import datetime

from askback.export.records import (
    AnswerRecord,
    ContactRecord,
    Document,
    InterviewRecord,
    OpportunityRecord,
)


def _local(moment: datetime, tz: str) -> str:
    with contextlib.suppress(zoneinfo.ZoneInfoNotFoundError, ValueError, OSError, OverflowError):
        moment = moment.astimezone(zoneinfo.ZoneInfo(tz))
    return moment.strftime("%Y-%m-%d %H:%M %Z")


def _escape(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _quote(text: str) -> list[str]:
    return [f"> {line}".rstrip() for line in text.strip().splitlines()] or [">"]


def _pay(o: OpportunityRecord) -> str:
    low, high = o.pay_min, o.pay_max
    if low is not None and high is not None:
        amount = f"{low:,}" if low == high else f"{low:,}–{high:,}"
    elif low is not None:
        amount = f"from {low:,}"
    elif high is not None:
        amount = f"up to {high:,}"
    else:
        return ""
    period = f" per {o.pay_period}" if o.pay_period else ""
    return f"{amount} {o.currency or ''}".rstrip() + period


class MarkdownDossier:
    """Everything about one opportunity: facts, history, interviews with answers, signals."""

    suffix = ".md"

    def render(self, doc: Document, opportunity_id: int, questions: Mapping[str, str]) -> str:
        """`questions` maps question ids to their text (bank and custom)."""
        opp = next(o for o in doc.opportunities if o.id == opportunity_id)
        contacts = {c.id: c for c in doc.contacts}
        out = [f"# {opp.company} — {opp.role}", ""]
        out += self._facts(opp, doc)
        if opp.notes.strip():
            out += ["## Notes", "", opp.notes.strip(), ""]
        history = [c for c in doc.status_changes if c.opportunity_id == opp.id]
        if history:
            out += ["## Status history", ""]
            for change in sorted(history, key=lambda c: (c.changed_at, c.id)):
                note = f" — {change.note}" if change.note else ""
                out.append(f"- {change.changed_at:%Y-%m-%d}: {change.status}{note}")
            out.append("")
        interviews = sorted(
            (i for i in doc.interviews if i.opportunity_id == opp.id),
            key=lambda i: (i.starts_at, i.id),
        )
        by_interview: dict[int, list[AnswerRecord]] = {}
        for a in doc.answers:
            by_interview.setdefault(a.interview_id, []).append(a)
        if interviews:
            out += ["## Interviews", ""]
            for iv in interviews:
                out += self._interview(iv, by_interview.get(iv.id, []), contacts, questions)
        signals = [s for s in doc.signals if s.opportunity_id == opp.id]
        if signals:
            out += ["## Signals", ""]
            for s in signals:
                when = f"{s.observed_on:%Y-%m-%d}" if s.observed_on else f"{s.created_at:%Y-%m-%d}"
                rating = f", rated {s.rating}" if s.rating else ""
                flag = ", **red flag**" if s.red_flag else ""
                link = f" (<{s.url}>)" if s.url else ""
                out.append(f"- {when} · {s.source} on {s.dimension}{rating}{flag}: {s.note}{link}")
            out.append("")
        people = self._people(opp, interviews, doc, contacts)
        if people:
            out += ["## Contacts", ""]
            for c in people:
                out.append(self._contact_line(c))
            out.append("")
        return "\n".join(out).rstrip() + "\n"

    def _facts(self, opp: OpportunityRecord, doc: Document) -> list[str]:
        since = [
            c.changed_at
            for c in doc.status_changes
            if c.opportunity_id == opp.id and c.status == opp.status
        ]
        status = opp.status + (f" (since {max(since):%Y-%m-%d})" if since else "")
        place = opp.location or ""
        if opp.remote:
            place = f"{place} ({opp.remote})" if place else str(opp.remote)
        rows = [
            ("Status", status),
            ("Location", place),
            ("Pay", _pay(opp)),
            ("Source", opp.source or ""),
            ("Links", ", ".join(f"<{link}>" for link in opp.links)),
            ("Tracked since", f"{opp.created_at:%Y-%m-%d}"),
        ]
        out = ["| | |", "|---|---|"]
        out += [f"| {k} | {_escape(v)} |" for k, v in rows if v]
        return [*out, ""]

    def _interview(
        self,
        iv: InterviewRecord,
        answers: list[AnswerRecord],
        contacts: Mapping[int, ContactRecord],
        questions: Mapping[str, str],
    ) -> list[str]:
        length = f" ({iv.duration_minutes} min)" if iv.duration_minutes else ""
        out = [f"### {_local(iv.starts_at, iv.timezone)} · {iv.stage} interview{length}", ""]
        people = [self._who(contacts[c]) for c in iv.contact_ids]
        if people:
            out += [f"With: {', '.join(people)}", ""]
        if iv.location:
            out += [f"Where: {iv.location}", ""]
        if iv.notes.strip():
            out += [iv.notes.strip(), ""]
        for a in sorted(answers, key=lambda a: (a.answered_at, a.id)):
            text = a.question_text or questions.get(a.question_id or "", "")
            head = f"{a.question_id} · {text}" if a.question_id else text
            out += [f"#### {head}".rstrip(), ""]
            who = contacts[a.contact_id].name if a.contact_id is not None else "unknown"
            rating = f"rated {a.rating}/5" if a.rating else "unrated"
            meta = [f"*{who}*", rating]
            if a.suggested_rating:
                meta.append(f"suggested {a.suggested_rating}/5")
            if a.red_flag:
                meta.append("**red flag**")
            if a.dimension:
                meta.append(str(a.dimension))
            out += [" · ".join(meta), ""]
            if a.notes.strip():
                out += [*_quote(a.notes), ""]
        return out

    def _who(self, c: ContactRecord) -> str:
        extra = ", ".join(
            p for p in (c.role, str(c.audience) if c.audience != "any" else None) if p
        )
        return f"{c.name} ({extra})" if extra else c.name

    def _people(
        self,
        opp: OpportunityRecord,
        interviews: list[InterviewRecord],
        doc: Document,
        contacts: Mapping[int, ContactRecord],
    ) -> list[ContactRecord]:
        ids = {c.id for c in doc.contacts if c.opportunity_id == opp.id}
        ids |= {cid for iv in interviews for cid in iv.contact_ids}
        return [contacts[i] for i in sorted(ids)]

    def _contact_line(self, c: ContactRecord) -> str:
        parts = [p for p in (c.role, c.company) if p]
        line = f"- {c.name}" + (f" — {', '.join(parts)}" if parts else "")
        if c.how_met:
            line += f" (met via {c.how_met})"
        if c.email:
            line += f" <{c.email}>"
        if c.follow_up:
            line += f"; follow up {c.follow_up:%Y-%m-%d}"
        return line
