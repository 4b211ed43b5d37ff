"""`today` and `timeline`: what needs you now, and what happened with one opportunity."""

from __future__ import annotations

import zoneinfo
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from askback.app.common import in_zone, local_timezone, now
from askback.app.opportunities import show as show_opportunity
from askback.app.workspace import Workspace
from askback.i18n import ngettext
from askback.store.models import Answer, Contact, Interview, Opportunity
from askback.store.values import WAITING_ON_YOU, Status
from askback.times import show_time

# Past interviews this recent with no answers logged are listed as "log your notes".
LOG_WINDOW = timedelta(days=14)


@dataclass
class Today:
    """What needs attention: follow-ups due, interviews ahead, decisions that wait on you."""

    day: date
    follow_ups: list[Contact] = field(default_factory=list)
    upcoming: list[Interview] = field(default_factory=list)
    waiting: list[tuple[Opportunity, str]] = field(default_factory=list)
    to_log: list[Interview] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        """True when there is nothing to do today."""
        return not (self.follow_ups or self.upcoming or self.waiting or self.to_log)


def today(
    ws: Workspace, *, at: datetime | None = None, days: int = 7, tz: str | None = None
) -> Today:
    """Follow-ups due by today, interviews in the next `days`, and opportunities waiting on you.

    "Today" is the calendar day in `tz` (default: this computer's zone), as the user sees it.
    """
    moment = at or now()
    result = Today(day=in_zone(moment, tz or local_timezone()).date())
    with ws.read() as s:
        result.follow_ups = list(
            s.scalars(
                select(Contact)
                .where(
                    Contact.owner == ws.owner,
                    Contact.follow_up.is_not(None),
                    Contact.follow_up <= result.day,
                )
                .order_by(Contact.follow_up, Contact.name)
            )
        )
        load = (selectinload(Interview.opportunity), selectinload(Interview.contacts))
        result.upcoming = list(
            s.scalars(
                select(Interview)
                .where(
                    Interview.owner == ws.owner,
                    Interview.starts_at >= moment,
                    Interview.starts_at < moment + timedelta(days=days),
                )
                .options(*load)
                .order_by(Interview.starts_at)
            )
        )
        answered = select(Answer.interview_id).where(Answer.owner == ws.owner).distinct()
        result.to_log = list(
            s.scalars(
                select(Interview)
                .where(
                    Interview.owner == ws.owner,
                    Interview.starts_at < moment,
                    Interview.starts_at >= moment - LOG_WINDOW,
                    Interview.id.not_in(answered),
                )
                .options(*load)
                .order_by(Interview.starts_at)
            )
        )
        waiting = s.scalars(
            select(Opportunity)
            .where(
                Opportunity.owner == ws.owner,
                Opportunity.status.in_([str(k) for k in WAITING_ON_YOU]),
            )
            .order_by(Opportunity.updated_at)
        )
        result.waiting = [(o, WAITING_ON_YOU[Status(o.status)]) for o in waiting]
    return result


@dataclass(frozen=True)
class Event:
    """One dated line of an opportunity's timeline."""

    at: datetime
    kind: str
    text: str
    ref: str = ""
    all_day: bool = False  # known to the day only: show the date, not a time


def _day_start(day: date, tz: str) -> datetime:
    # Midnight where the user is, so the day does not shift when shown in their zone.
    return datetime.combine(day, time(), tzinfo=zoneinfo.ZoneInfo(tz))


def timeline(
    ws: Workspace, ref: str | int, *, tz: str | None = None
) -> tuple[Opportunity, list[Event]]:
    """Everything that happened with an opportunity, oldest first (dates read in `tz`)."""
    zone = tz or local_timezone()
    opp = show_opportunity(ws, ref)
    events = [Event(opp.created_at, "created", f"started tracking {opp.label}", f"#{opp.id}")]
    for change in opp.status_changes:
        note = f" ({change.note})" if change.note else ""
        events.append(Event(change.changed_at, "status", f"status: {change.status}{note}"))
    for iv in opp.interviews:
        people = ", ".join(c.name for c in iv.contacts) or "no contacts recorded"
        local = show_time(iv.starts_at, iv.timezone, user=zone, with_date=False)
        events.append(
            Event(
                iv.starts_at,
                "interview",
                f"{iv.stage} interview at {local} with {people}",
                f"interview {iv.id}",
            )
        )
        if iv.answers:
            flags = sum(a.red_flag for a in iv.answers)
            rated = [a.rating for a in iv.answers if a.rating is not None]
            mean = f", mean rating {sum(rated) / len(rated):.1f}" if rated else ""
            flag_text = ", " + ngettext("{n} red flag", "{n} red flags", flags) if flags else ""
            logged = ngettext("{n} answer logged", "{n} answers logged", len(iv.answers))
            events.append(
                Event(
                    max(a.answered_at for a in iv.answers),
                    "answers",
                    f"{logged}{mean}{flag_text}",
                    f"interview {iv.id}",
                )
            )
        for a in iv.answers:
            if a.red_flag:
                what = a.question_id or (a.question_text or "")[:60]
                events.append(
                    Event(a.answered_at, "red flag", f"red flag on {what}", f"answer {a.id}")
                )
    for sig in opp.signals:
        when = _day_start(sig.observed_on, zone) if sig.observed_on else sig.created_at
        rating = f" rated {sig.rating}" if sig.rating else ""
        flag = " (red flag)" if sig.red_flag else ""
        events.append(
            Event(
                when,
                "signal",
                f"{sig.source} on {sig.dimension}{rating}{flag}: {sig.note}",
                f"signal {sig.id}",
                all_day=sig.observed_on is not None,
            )
        )
    order = {"created": 0, "status": 1, "interview": 2, "answers": 3, "red flag": 4, "signal": 5}
    events.sort(key=lambda e: (e.at, order.get(e.kind, 9)))
    return opp, events
