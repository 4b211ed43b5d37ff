"""`today` and `timeline`: what needs you now, and what happened with one opportunity."""

from __future__ import annotations

import zoneinfo
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from askback.app.workspace import Query, Workspace
from askback.i18n import N_, NN_, SOURCE_LANGUAGE, ntranslate, term, translate
from askback.store.rows import day, utc_required
from askback.store.values import WAITING_ON_YOU, Status, opportunity_label
from askback.times import show_time

if TYPE_CHECKING:
    from askback.store.models import Opportunity

# Past interviews this recent with no answers logged are listed as "log your notes".
LOG_WINDOW = timedelta(days=14)


@dataclass(frozen=True)
class OpportunityLine:
    """The opportunity an agenda line is about."""

    id: int
    company: str
    role: str
    status: str

    @property
    def label(self) -> str:
        """'Company — role', as lists and messages name it."""
        return opportunity_label(self.company, self.role)


@dataclass(frozen=True)
class Person:
    """A contact on the agenda: someone to follow up with, or met in an interview."""

    id: int
    name: str
    company: str | None
    follow_up: date | None


@dataclass(frozen=True)
class InterviewLine:
    """An interview on the agenda, with its opportunity and the people in it (in id order)."""

    id: int
    stage: str
    starts_at: datetime
    timezone: str
    opportunity: OpportunityLine
    contacts: tuple[Person, ...] = ()


@dataclass
class Today:
    """What needs attention: follow-ups due, interviews ahead, decisions that wait on you."""

    day: date
    follow_ups: list[Person] = field(default_factory=list)
    upcoming: list[InterviewLine] = field(default_factory=list)
    waiting: list[tuple[OpportunityLine, str]] = field(default_factory=list)
    to_log: list[InterviewLine] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        """True when there is nothing to do today."""
        return not (self.follow_ups or self.upcoming or self.waiting or self.to_log)


# Plain SQL: `today` runs many times a day, and SQLAlchemy's import alone costs more than it.
_PERSON = "c.id, c.name, c.company, c.follow_up"
_INTERVIEW = (
    "SELECT i.id, i.stage, i.starts_at, i.timezone, "
    "o.id AS opportunity_id, o.company, o.role, o.status "
    "FROM interviews i JOIN opportunities o ON o.id = i.opportunity_id "
    "WHERE i.owner = :owner AND {where} ORDER BY i.starts_at, i.id"
)


def _person(row: dict[str, Any]) -> Person:
    return Person(row["id"], row["name"], row["company"], day(row["follow_up"]))


def _opportunity(row: dict[str, Any], key: str = "id") -> OpportunityLine:
    return OpportunityLine(row[key], row["company"], row["role"], row["status"])


def _interviews(q: Query, owner: str, where: str, **params: Any) -> list[InterviewLine]:
    rows = q(_INTERVIEW.format(where=where), owner=owner, **params)
    ids = {f"i{n}": row["id"] for n, row in enumerate(rows)}
    people: dict[int, list[Person]] = {}
    if ids:
        names = ", ".join(f":{k}" for k in ids)
        for row in q(
            f"SELECT ic.interview_id, {_PERSON} FROM interview_contacts ic "
            f"JOIN contacts c ON c.id = ic.contact_id WHERE ic.interview_id IN ({names}) "
            "ORDER BY c.id",
            **ids,
        ):
            people.setdefault(row["interview_id"], []).append(_person(row))
    return [
        InterviewLine(
            row["id"],
            row["stage"],
            utc_required(row["starts_at"]),
            row["timezone"],
            _opportunity(row, "opportunity_id"),
            tuple(people.get(row["id"], ())),
        )
        for row in rows
    ]


def today(
    ws: Workspace, *, at: datetime | None = None, days: int = 7, tz: str | None = None
) -> Today:
    """Follow-ups due by today, interviews in the next `days`, and opportunities waiting on you.

    "Today" is the calendar day in `tz` (default: this computer's zone), as the user sees it.
    """
    from askback.app.common import in_zone, local_timezone

    moment = at or datetime.now(UTC)
    result = Today(day=in_zone(moment, tz or local_timezone()).date())
    waiting = {f"w{n}": str(k) for n, k in enumerate(WAITING_ON_YOU)}
    with ws.query() as q:
        result.follow_ups = [
            _person(row)
            for row in q(
                f"SELECT {_PERSON} FROM contacts c WHERE c.owner = :owner "
                "AND c.follow_up IS NOT NULL AND c.follow_up <= :day "
                "ORDER BY c.follow_up, c.name",
                owner=ws.owner,
                day=result.day,
            )
        ]
        result.upcoming = _interviews(
            q,
            ws.owner,
            "i.starts_at >= :start AND i.starts_at < :end",
            start=moment,
            end=moment + timedelta(days=days),
        )
        result.to_log = _interviews(
            q,
            ws.owner,
            "i.starts_at < :moment AND i.starts_at >= :since AND i.id NOT IN "
            "(SELECT a.interview_id FROM answers a WHERE a.owner = :owner)",
            moment=moment,
            since=moment - LOG_WINDOW,
        )
        rows = q(
            "SELECT id, company, role, status FROM opportunities WHERE owner = :owner "
            f"AND status IN ({', '.join(f':{k}' for k in waiting)}) ORDER BY updated_at, id",
            owner=ws.owner,
            **waiting,
        )
        result.waiting = [(_opportunity(r), WAITING_ON_YOU[Status(r["status"])]) for r in rows]
    return result


@dataclass(frozen=True)
class Phrase:
    """A piece of an event's text as a catalog message, so that a page words it in its language."""

    msgid: str
    plural: str = ""
    n: int = 0
    values: tuple[tuple[str, Any], ...] = ()

    def said(self, lang: str) -> str:
        """The piece in lang, its placeholders filled."""
        values = dict(self.values)
        if self.plural:
            return ntranslate(lang, self.msgid, self.plural, self.n, **values)
        return translate(lang, self.msgid, **values)


def _dimension(value: str) -> Any:
    """A stored dimension as one a page names in its language; an unknown one as it is."""
    from askback.bank.schema import Dimension

    try:
        return Dimension(value)
    except ValueError:
        return value


def _phrase(msgid: str, **values: Any) -> Phrase:
    return Phrase(msgid, values=tuple(values.items()))


def _counted(forms: tuple[str, str], n: int, **values: Any) -> Phrase:
    return Phrase(forms[0], forms[1], n, tuple(values.items()))


@dataclass(frozen=True)
class Event:
    """One dated line of an opportunity's timeline; `phrases` word its text in any language."""

    at: datetime
    kind: str
    text: str
    ref: str = ""
    all_day: bool = False  # known to the day only: show the date, not a time
    phrases: tuple[Phrase, ...] = ()

    def text_in(self, lang: str) -> str:
        """The event's text in lang (the English text where it has no phrases)."""
        if lang == SOURCE_LANGUAGE or not self.phrases:
            return self.text
        return "".join(p.said(lang) for p in self.phrases)


def _event(at: datetime, kind: str, ref: str, *phrases: Phrase, all_day: bool = False) -> Event:
    """An event whose English text is its phrases in English (what the CLI prints)."""
    text = "".join(p.said(SOURCE_LANGUAGE) for p in phrases)
    return Event(at, kind, text, ref, all_day=all_day, phrases=phrases)


def _day_start(day: date, tz: str) -> datetime:
    # Midnight where the user is, so the day does not shift when shown in their zone.
    return datetime.combine(day, time(), tzinfo=zoneinfo.ZoneInfo(tz))


def timeline(
    ws: Workspace, ref: str | int, *, tz: str | None = None
) -> tuple[Opportunity, list[Event]]:
    """Everything that happened with an opportunity, oldest first (dates read in `tz`)."""
    from askback.app.common import local_timezone
    from askback.app.opportunities import show as show_opportunity

    zone = tz or local_timezone()
    opp = show_opportunity(ws, ref)
    events = [
        _event(
            opp.created_at,
            "created",
            f"#{opp.id}",
            _phrase(N_("started tracking {label}"), label=opp.label),
        )
    ]
    for change in opp.status_changes:
        status = _phrase(N_("status: {status}"), status=term(str(change.status)))
        note = (_phrase(N_(" ({note})"), note=change.note),) if change.note else ()
        events.append(_event(change.changed_at, "status", "", status, *note))
    for iv in opp.interviews:
        people = ", ".join(c.name for c in iv.contacts)
        local = show_time(iv.starts_at, iv.timezone, user=zone, with_date=False)
        met = (
            _phrase(N_("{stage} interview at {time} with {people}"), people=people)
            if people
            else _phrase(N_("{stage} interview at {time} with no contacts recorded"))
        )
        met = Phrase(
            met.msgid, values=(*met.values, ("stage", term(str(iv.stage))), ("time", local))
        )
        events.append(_event(iv.starts_at, "interview", f"interview {iv.id}", met))
        if iv.answers:
            flags = sum(a.red_flag for a in iv.answers)
            rated = [a.rating for a in iv.answers if a.rating is not None]
            parts = [_counted(NN_("{n} answer logged", "{n} answers logged"), len(iv.answers))]
            if rated:
                parts.append(_phrase(N_(", mean rating {mean:.1f}"), mean=sum(rated) / len(rated)))
            if flags:
                parts.append(_counted(NN_(", {n} red flag", ", {n} red flags"), flags))
            at = max(a.answered_at for a in iv.answers)
            events.append(_event(at, "answers", f"interview {iv.id}", *parts))
        for a in iv.answers:
            if a.red_flag:
                what = a.question_id or (a.question_text or "")[:60]
                flagged = _phrase(N_("red flag on {what}"), what=what)
                events.append(_event(a.answered_at, "red flag", f"answer {a.id}", flagged))
    for sig in opp.signals:
        when = _day_start(sig.observed_on, zone) if sig.observed_on else sig.created_at
        parts = [
            _phrase(
                N_("{source} on {dimension}"),
                source=term(str(sig.source)),
                dimension=_dimension(sig.dimension),
            )
        ]
        if sig.rating:
            parts.append(_phrase(N_(" rated {rating}"), rating=sig.rating))
        if sig.red_flag:
            parts.append(_phrase(N_(" (red flag)")))
        parts.append(_phrase(N_(": {note}"), note=sig.note))
        events.append(
            _event(when, "signal", f"signal {sig.id}", *parts, all_day=sig.observed_on is not None)
        )
    order = {"created": 0, "status": 1, "interview": 2, "answers": 3, "red flag": 4, "signal": 5}
    events.sort(key=lambda e: (e.at, order.get(e.kind, 9)))
    return opp, events
