"""ICS: the interviews as a calendar any calendar app can subscribe to or import."""

from __future__ import annotations

import zoneinfo
from datetime import datetime, timedelta

from askback.export.records import ContactRecord, Document, InterviewRecord

DEFAULT_MINUTES = 60


def _start(moment: datetime, tz: str) -> datetime:
    """The start in the interview's zone; in UTC when that zone has no form of it (year 1)."""
    try:
        return moment.astimezone(_zone(tz))
    except OverflowError:
        return moment


def _zone(name: str) -> zoneinfo.ZoneInfo:
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        return zoneinfo.ZoneInfo("UTC")


class IcsCalendar:
    """One VEVENT per interview, in the interview's own time zone."""

    suffix = ".ics"

    def render(self, doc: Document) -> bytes:
        from icalendar import Calendar, Event

        opportunities = {o.id: o for o in doc.opportunities}
        contacts = {c.id: c for c in doc.contacts}
        cal = Calendar()
        cal.add("prodid", "-//askback//interviews//EN")
        cal.add("version", "2.0")
        cal.add("x-wr-calname", "askback interviews")
        for iv in sorted(doc.interviews, key=lambda i: (i.starts_at, i.id)):
            opp = opportunities[iv.opportunity_id]
            event = Event()
            event.add("uid", f"interview-{iv.id}.{doc.owner}@askback")
            # Without a METHOD, DTSTAMP is when the event was last revised (RFC 5545, 3.8.7.2).
            event.add("dtstamp", iv.updated_at)
            event.add("dtstart", _start(iv.starts_at, iv.timezone))
            event.add("duration", timedelta(minutes=iv.duration_minutes or DEFAULT_MINUTES))
            event.add("summary", f"{iv.stage.capitalize()} interview: {opp.company} — {opp.role}")
            event.add("description", self._description(iv, contacts))
            if iv.location:
                event.add("location", iv.location)
            event.add("categories", ["interview", str(iv.stage)])
            cal.add_component(event)
        cal.add_missing_timezones()
        return bytes(cal.to_ical())

    def _description(self, iv: InterviewRecord, contacts: dict[int, ContactRecord]) -> str:
        people = []
        for cid in iv.contact_ids:
            c = contacts[cid]
            people.append(f"{c.name} ({c.role})" if c.role else c.name)
        lines = [f"With: {', '.join(people)}"] if people else []
        if iv.notes:
            lines.append(iv.notes)
        lines.append("Recorded in askback.")
        return "\n\n".join(lines)
