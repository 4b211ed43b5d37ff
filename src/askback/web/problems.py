"""Form errors in the page's language: which field, what is wrong, and what to type instead."""

from __future__ import annotations

import re
from collections.abc import Iterable

from askback.errors import InputError, Worded
from askback.i18n import N_, SOURCE_LANGUAGE, ntranslate, translate
from askback.problems import FieldProblem, InvalidFields
from askback.web.forms import field_errors

# A field's name in the form (stored name, or the word a form check uses) -> its label.
LABELS = {
    "company": N_("Company"),
    "role": N_("Role"),
    "currency": N_("Currency"),
    "pay_min": N_("Pay from"),
    "pay from": N_("Pay from"),
    "pay_max": N_("Pay to"),
    "pay to": N_("Pay to"),
    "pay_period": N_("Pay period"),
    "location": N_("Location"),
    "notes": N_("Notes"),
    "note": N_("Note"),
    "links": N_("Links"),
    "source": N_("Source"),
    "name": N_("Name"),
    "email": N_("Email"),
    "how_met": N_("How you met"),
    "follow_up": N_("Follow up on"),
    "tags": N_("Tags"),
    "starts_at": N_("Date and time"),
    "starts at": N_("Date and time"),
    "stage": N_("Stage"),
    "duration_minutes": N_("Minutes"),
    "minutes": N_("Minutes"),
    "duration": N_("Minutes"),
    "rating": N_("Rating"),
    "timezone": N_("Time zone"),
    "remote": N_("Remote policy"),
    "audience": N_("Speaks as"),
    "status": N_("Status"),
    "dimension": N_("Dimension"),
    "kind": N_("Kind"),
}
# What to type, for fields that take a fixed form.
HINTS = {
    "currency": N_("type the three capital letters of its code, such as EUR, USD or CHF"),
    "tags": N_("use lower-case words joined by hyphens, such as pay-equity"),
}


def label(name: str, lang: str) -> str:
    """A field's label in lang (its name where the form has no label for it)."""
    return translate(lang, LABELS[name]) if name in LABELS else name


def describe(p: FieldProblem, lang: str) -> str:
    """One problem as a sentence in lang, or its English text for a kind not worded here."""
    field, value, limits = label(p.field, lang), _shown(p.value), p.limits
    kind = p.kind
    if isinstance(p.limits.get("worded"), Worded):
        return worded(p.limits["worded"], lang, p.field)
    if kind == "string_pattern_mismatch":
        if p.field in HINTS:
            hint = translate(lang, HINTS[p.field])
            return translate(
                lang,
                "{field}: “{value}” is not accepted here; {hint}.",
                field=field,
                value=value,
                hint=hint,
            )
        return translate(lang, "{field}: “{value}” is not accepted here.", field=field, value=value)
    if kind == "string_too_long":
        return ntranslate(
            lang,
            "{field}: at most {n} character fits here; shorten the text.",
            "{field}: at most {n} characters fit here; shorten the text.",
            int(limits.get("max_length", 0)),
            field=field,
        )
    if kind in ("missing", "string_too_short"):
        return translate(lang, "{field} is required: fill it in.", field=field)
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return translate(
            lang,
            "{field}: “{value}” is not a whole number; type digits only, such as 78000.",
            field=field,
            value=value,
        )
    if kind in ("float_parsing", "float_type"):
        return translate(
            lang,
            "{field}: “{value}” is not a number; type digits, such as 4.5.",
            field=field,
            value=value,
        )
    if kind in ("greater_than_equal", "greater_than") and ("ge" in limits or "gt" in limits):
        return translate(
            lang,
            "{field}: {value} is too small; type {limit} or more.",
            field=field,
            value=value,
            limit=limits.get("ge", limits.get("gt")),
        )
    if kind in ("less_than_equal", "less_than") and ("le" in limits or "lt" in limits):
        return translate(
            lang,
            "{field}: {value} is too large; type {limit} or less.",
            field=field,
            value=value,
            limit=limits.get("le", limits.get("lt")),
        )
    if kind in ("enum", "literal_error"):
        from askback.suggest import suggestions

        allowed = re.findall(r"'([^']*)'", str(limits.get("expected", "")))
        near = suggestions(value, allowed)
        if near:
            return translate(
                lang,
                "{field}: “{value}” is not one of the choices; did you mean {near}?",
                field=field,
                value=value,
                near=", ".join(f"'{n}'" for n in near),
            )
        return translate(
            lang,
            "{field}: “{value}” is not one of the choices; choose one of: {expected}.",
            field=field,
            value=value,
            expected=", ".join(allowed),
        )
    if kind in ("date_parsing", "date_from_datetime_parsing", "date_type"):
        return translate(
            lang,
            "{field}: “{value}” is not a date; type it as 2026-12-03.",
            field=field,
            value=value,
        )
    if kind in ("datetime_parsing", "datetime_from_date_parsing", "datetime_type"):
        return translate(
            lang,
            "{field}: “{value}” is not a date and time; type it as 2026-12-03 14:30.",
            field=field,
            value=value,
        )
    return p.english


def _bare(field: str) -> str:
    """A field's own name without its record's ('contact.follow_up' -> follow_up)."""
    return field.rpartition(".")[2]


def _shown(value: object) -> str:
    """The value typed, short enough for a message."""
    text = "" if value is None else str(value)
    return text if len(text) <= 40 else text[:40] + "…"


def worded(error: Worded, lang: str, field: str | None = None) -> str:
    """An error that carries its catalog message, in lang (its English text when it has none)."""
    if error.msgid is None:
        return str(error)
    name = _bare(error.field or field or "")
    other = label(error.other, lang) if error.other else ""
    return translate(lang, error.msgid, **error.values, field=label(name, lang), other=other)


def message(exc: InputError, lang: str) -> str:
    """An input error's text in lang: its field problems worded there, else its own text."""
    if isinstance(exc, InvalidFields) and exc.problems:
        return " ".join(describe(p, lang) for p in exc.problems)
    if exc.msgid is not None and lang != SOURCE_LANGUAGE:
        return worded(exc, lang)
    return str(exc)


def by_field(exc: InputError, lang: str, fields: Iterable[str]) -> dict[str, str]:
    """An input error's messages keyed by the form field each belongs to ('' for the rest)."""
    if exc.msgid is not None and lang != SOURCE_LANGUAGE and not isinstance(exc, InvalidFields):
        key = _bare(exc.field or "")
        key = key if key in set(fields) else ""
        return {key: worded(exc, lang)}
    if not (isinstance(exc, InvalidFields) and exc.problems):
        return field_errors(str(exc), fields)
    known = set(fields)
    out: dict[str, str] = {}
    for p in exc.problems:
        key = p.field if p.field in known else ""
        text = describe(p, lang)
        out[key] = f"{out[key]} {text}" if key in out else text
    return out
