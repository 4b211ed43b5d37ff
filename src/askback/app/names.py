"""Names the user types: one list parser for every command, and "did you mean" when one misses.

Lists: an option may be repeated and each value may hold several items separated by commas.
Items are trimmed, empty items dropped, and repeats (ignoring case) kept once. An item in double
quotes keeps its commas ("Smith, Jr."); inside quotes, a doubled quote is one quote.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from askback.errors import InputError, NotFoundError
from askback.suggest import did_you_mean, suggestions

__all__ = ["did_you_mean", "split_list", "suggestions", "unknown", "unknown_zone"]


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


def unknown_zone(name: str) -> InputError:
    """An unknown time zone, with the IANA names it is close to."""
    import zoneinfo

    zones = sorted(zoneinfo.available_timezones())
    exact = [z for z in zones if z.casefold() == name.strip().casefold()]
    near = f"; did you mean {exact[0]!r}?" if exact else did_you_mean(name, zones)
    return InputError(f"unknown time zone {name!r}{near or ' (use a name like Europe/Berlin)'}")
