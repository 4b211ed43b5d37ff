"""The web app's words in English and German: English text is the key, German its translation."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from askback.bank.schema import DIMENSION_LABELS, DIMENSION_LABELS_DE, Dimension
from askback.web.messages_de import GERMAN

if TYPE_CHECKING:
    from askback.domain.plan_result import Addressee

LANGUAGES = ("en", "de")
LANG_COOKIE = "askback_lang"


def translate(lang: str, text: str, **values: Any) -> str:
    """text in lang (English when no translation exists), with {name} filled from values.

    In German, numbers are written with a decimal comma (3,7) and a space before % (40 %).
    """
    if lang != "de":
        return text.format(**values) if values else text
    out = GERMAN.get(text, text)
    if not values:
        return out
    local = {k: _GermanFloat(v) if isinstance(v, float) else v for k, v in values.items()}
    return out.format(**local)


class _GermanFloat(float):
    """A float that formats itself the German way: 3,70 and 40 %."""

    def __format__(self, spec: str) -> str:
        return german_number(format(float(self), spec))

    def __str__(self) -> str:
        return german_number(str(float(self)))


def german_number(text: str) -> str:
    """'3.70' -> '3,70', '40%' -> '40 %': a formatted number in German notation.

    Only decimal points between digits are turned into commas; numbers here never carry
    thousands separators (they are levels, shares and percentages).
    """
    out = re.sub(r"(?<=\d)\.(?=\d)", ",", text)
    return re.sub(r"(?<=\d)%", " %", out)


def number(value: float | None, digits: int, lang: str, *, sign: bool = False) -> str:
    """A number with `digits` decimals in the page's language ('–' for none), '+' if `sign`."""
    if value is None:
        return "–"
    text = f"{float(value):{'+' if sign else ''}.{digits}f}"
    return german_number(text) if lang == "de" else text


def translator(lang: str) -> Callable[..., str]:
    """The `_()` function a template calls."""

    def _(text: str, **values: Any) -> str:
        return translate(lang, text, **values)

    return _


def dimensions() -> list[Dimension]:
    return list(Dimension)


def dimension_label(value: str | Dimension, lang: str = "en") -> str:
    """A dimension's display name; unknown values are shown as they are."""
    try:
        dim = Dimension(value)
    except ValueError:
        return str(value)
    return (DIMENSION_LABELS_DE if lang == "de" else DIMENSION_LABELS)[dim]


VOCABULARY_DE = {
    # Statuses, stages, audiences, verdicts: stored in English, shown translated.
    "interested": "interessiert",
    "applied": "beworben",
    "screening": "Vorauswahl",
    "interviewing": "Gespräche",
    "offer": "Angebot",
    "accepted": "angenommen",
    "declined": "abgelehnt (von mir)",
    "rejected": "abgesagt",
    "withdrawn": "zurückgezogen",
    "screen": "Erstgespräch",
    "team": "Teamgespräch",
    "final": "Abschlussgespräch",
    "post-offer": "nach dem Angebot",
    "backchannel": "informelles Gespräch",
    "recruiter": "Recruiting",
    "hr": "Personalabteilung",
    "hiring-manager": "Teamleitung",
    "peer": "künftiges Teammitglied",
    "leadership": "Geschäftsleitung",
    "any": "alle",
    "clear": "unbedenklich",
    "at risk": "gefährdet",
    "at-risk": "gefährdet",
    "likely deal breaker": "wahrscheinlich ein Ausschlussgrund",
    "likely-deal-breaker": "wahrscheinlich ein Ausschlussgrund",
    "not enough evidence": "zu wenig Belege",
    "not-enough-evidence": "zu wenig Belege",
    "unknown": "unbekannt",
    "onsite": "vor Ort",
    "hybrid": "hybrid",
    "remote": "remote",
    "year": "Jahr",
    "month": "Monat",
    "day": "Tag",
    "hour": "Stunde",
    "book": "Buch",
    "course": "Kurs",
    "article": "Artikel",
    "guide": "Leitfaden",
    "practice": "Übung",
    "community": "Community",
    "event": "Veranstaltung",
    "podcast": "Podcast",
    "newsletter": "Newsletter",
    "job-board": "Jobbörse",
    "job-ad": "Stellenanzeige",
    "job ad": "Stellenanzeige",
    "tool": "Werkzeug",
    "dataset": "Datensatz",
    "opportunities": "Stellen",
    "contacts": "Kontakte",
}
# English words for the stored values that are slugs: a page shows words, never "hiring-manager".
VOCABULARY_EN = {
    "hiring-manager": "hiring manager",
    "at-risk": "at risk",
    "likely-deal-breaker": "likely deal breaker",
    "not-enough-evidence": "not enough evidence",
    "job-board": "job board",
    "job-ad": "job ad",
}
WEEKDAYS = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "de": ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"),
}


def word(value: str | None, lang: str) -> str:
    """A stored vocabulary value (status, stage, audience, verdict) in the page's language."""
    if value is None:
        return ""
    if lang == "de":
        return VOCABULARY_DE.get(value, VOCABULARY_DE.get(VOCABULARY_EN.get(value, ""), value))
    return VOCABULARY_EN.get(value, value)


def weekday(index: int, lang: str) -> str:
    """The short name of a weekday (0 is Monday) in lang."""
    return WEEKDAYS.get(lang, WEEKDAYS["en"])[index]


def addressee(to: Addressee, lang: str) -> str:
    """Whom a planned question is for, in lang: 'Maya (hiring-manager)' or 'anyone'."""
    role = word(to.role.value, lang)
    if to.name:
        return f"{to.name} ({role})"
    return translate(lang, "anyone") if to.role.value == "any" else role
