"""Names the user types: one list parser for every command, and "did you mean" when one misses.

Lists: an option may be repeated and each value may hold several items separated by commas.
Items are trimmed, empty items dropped, and repeats (ignoring case) kept once. An item in double
quotes keeps its commas ("Smith, Jr."); inside quotes, a doubled quote is one quote.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from askback.errors import InputError, NotFoundError
from askback.i18n import N_
from askback.suggest import did_you_mean, suggestions

__all__ = [
    "did_you_mean",
    "field_noun",
    "split_list",
    "suggestions",
    "unknown",
    "unknown_zone",
    "value_problem",
]


def _split_one(value: str) -> list[str]:
    items: list[str] = []
    current: list[str] = []
    quoted = False
    i = 0
    while i < len(value):
        ch = value[i]
        if quoted:
            if ch == '"' and value[i + 1 : i + 2] == '"':
                current.append('"')
                i += 1
            elif ch == '"':
                quoted = False
            else:
                current.append(ch)
        elif ch == '"' and not "".join(current).strip():
            current = []
            quoted = True
        elif ch == ",":
            items.append("".join(current))
            current = []
        else:
            current.append(ch)
        i += 1
    if quoted:
        raise InputError(f"unclosed double quote in {value!r}")
    items.append("".join(current))
    return items


def split_list(values: Iterable[str] | str | None) -> list[str]:
    """Items from repeated options and comma-separated values (see the module docstring)."""
    if values is None:
        return []
    if isinstance(values, str):
        values = [values]
    out: list[str] = []
    seen: set[str] = set()
    for value in values:
        for item in _split_one(str(value)):
            text = item.strip()
            if text and text.casefold() not in seen:
                seen.add(text.casefold())
                out.append(text)
    return out


def unknown(kind: str, name: str, choices: Sequence[str], hint: str = "") -> InputError:
    """An error for a name that is not one of `choices`, with the near ones or the whole list."""
    near = did_you_mean(name, choices)
    tail = near or (f"; use one of: {', '.join(choices)}" if len(choices) <= 12 else "")
    return InputError(f"unknown {kind} {name!r}{tail}{hint}")


def known_dimension(name: str) -> str:
    """A dimension's id as given, or an error that suggests the near ones (for filters)."""
    from askback.bank.schema import Dimension

    ids = [d.value for d in Dimension]
    if name not in ids:
        raise unknown("dimension", name, ids)
    return name


def not_found(kind: str, name: str, choices: Iterable[str], hint: str) -> NotFoundError:
    """A NotFoundError for a name nobody has, suggesting the near ones."""
    return NotFoundError(f"no {kind} matches {name!r}{did_you_mean(name, choices) or hint}")


ZONE = N_("{field}: “{value}” is not a known time zone; type a name such as Europe/Berlin.")


def unknown_zone(name: str) -> InputError:
    """An unknown time zone, with the IANA names it is close to."""
    import zoneinfo

    zones = sorted(zoneinfo.available_timezones())
    exact = [z for z in zones if z.casefold() == name.strip().casefold()]
    near = f"; did you mean {exact[0]!r}?" if exact else did_you_mean(name, zones)
    return InputError(
        f"unknown time zone {name!r}{near or ' (use a name like Europe/Berlin)'}"
    ).worded("timezone", ZONE, value=name[:40])


# Fields whose name is not a noun for their values.
_NOUNS = {"remote": "work arrangement", "how met": "way you met", "period": "pay period"}


def _number(value: object) -> str:
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        value = int(value)
    return f"{value:,}" if isinstance(value, int) and not isinstance(value, bool) else str(value)


def field_noun(loc: Sequence[int | str]) -> str:
    """What a field's values are called, from pydantic's location of an error."""
    names = [str(p) for p in loc if isinstance(p, str)]
    if not names:
        return "value"
    return "known name" if names[-1] == "[key]" else names[-1].replace("_", " ")


# Currency signs people type, and the code they mean.
_CURRENCY_SIGNS = {"€": "EUR", "$": "USD", "£": "GBP", "¥": "JPY", "₹": "INR"}


def _pattern_words(pattern: str, value: object) -> str:
    """What a value that does not match `pattern` should look like, in words."""
    if pattern == r"^[A-Z]{3}$":
        sign = _CURRENCY_SIGNS.get(str(value).strip().lower() if isinstance(value, str) else "")
        code = sign or (value.strip().upper() if isinstance(value, str) else "")
        example = code if len(code) == 3 and code.isalpha() else "EUR"
        return f"is not a currency code (type three capital letters, e.g. {example})"
    if pattern.startswith("^my-"):
        return "is not a custom question id (type my- and then lowercase letters, digits or -)"
    if pattern == r"^[a-z0-9]+(-[a-z0-9]+)*$":
        return "is not a tag (type lowercase letters and digits, words joined by -)"
    if pattern.startswith("^[a-z]") and "[0-9]" in pattern:
        return "is not a question id (type one like grow-001)"
    return "has characters that are not allowed here (letters, digits and - only)"


# How a value that should hold named values is refused; TOML words, which JSON readers replace.
NOT_A_TABLE = "is not a table (write it as name = value lines)"
NOT_AN_OBJECT = 'is not an object (write it as {"name": value, …})'


def value_problem(error: Mapping[str, Any], noun: str = "value") -> str:
    """One pydantic error in the user's words: what was typed, what is wrong, what to type.

    `noun` names what the value should be ("stage", "rating"). Every face shows these texts: the
    command line for option values, the record checks for what is typed anywhere."""
    kind = str(error.get("type", ""))
    value = error.get("input")
    ctx = error.get("ctx") or {}
    numeric = isinstance(value, str) and re.fullmatch(r"-?\d+(\.\d+)?", value) is not None
    shown = repr(value) if isinstance(value, str) and not numeric else _number(value)
    if kind in ("enum", "literal_error"):
        expected = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        near = did_you_mean(value, expected) if isinstance(value, str) else ""
        # No "; " inside one problem: the web splits a message's problems at it.
        what = near.removeprefix("; ") if near else f"use one of: {', '.join(expected)}"
        noun = _NOUNS.get(noun, noun)
        article = "an" if noun[:1] in "aeiou" else "a"
        return f"{shown} is not {article} {noun} ({what})"
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return f"{shown} is not a whole number (type digits, e.g. 3)"
    if kind in ("float_parsing", "float_type"):
        return f"{shown} is not a number (type digits, e.g. 2.5)"
    if kind in ("bool_parsing", "bool_type"):
        return f"{shown} is not yes or no (type true or false)"
    if kind in ("greater_than_equal", "greater_than", "less_than_equal", "less_than"):
        bound = _number(next(iter(ctx.values()), "?"))
        words = {
            "greater_than_equal": f"is below {bound} (type {bound} or more)",
            "greater_than": f"is not over {bound} (type more than {bound})",
            "less_than_equal": f"is above {bound} (type {bound} or less)",
            "less_than": f"is not under {bound} (type less than {bound})",
        }
        return f"{shown} {words[kind]}"
    if kind in ("date_parsing", "date_from_datetime_parsing", "date_type"):
        return f"{shown} is not a date (type one like 2026-03-14)"
    if kind in ("datetime_parsing", "datetime_from_date_parsing", "datetime_type"):
        return f"{shown} is not a date and time (type one like 2026-03-14 10:00)"
    if kind == "string_too_long":
        size = f"has {len(value):,} characters" if isinstance(value, str) else "is too long"
        return f"{size} (type at most {_number(ctx.get('max_length'))} characters)"
    if kind == "string_too_short":
        return "is empty (type at least one character)"
    if kind == "string_pattern_mismatch":
        return f"{shown} {_pattern_words(str(ctx.get('pattern', '')), value)}"
    if kind == "string_type":
        return f"{shown} is not text (write it in quotes)"
    if kind in ("list_type", "tuple_type", "set_type"):
        return f"{shown} is not a list (write it as [a, b])"
    if kind in ("dict_type", "model_type", "model_attributes_type"):
        return f"{shown} {NOT_A_TABLE}"
    if kind == "finite_number":
        return f"{shown} is not a finite number (type digits, e.g. 2.5)"
    if kind == "missing":
        return "is required but missing"
    if kind == "extra_forbidden":
        return "is not a known field"
    if kind.endswith("_type"):
        return f"{shown} is the wrong kind of value (a {kind.removesuffix('_type')} is needed)"
    return str(error.get("msg", "is not valid")).removeprefix("Value error, ")
