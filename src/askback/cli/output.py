"""Rendering helpers shared by the CLI commands: one console, tables that fit, JSON, language."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Annotated, Any, Literal, Union

import typer

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderResult
    from rich.table import Table
    from rich.text import Text

JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]


def _complete_languages(incomplete: str) -> list[str]:
    from askback.cli.completion import languages

    return languages(incomplete)


LangOption = Annotated[
    str,
    typer.Option(
        "--lang",
        metavar="LANG",
        help="Language of question texts: en or de.",
        show_default=True,
        autocompletion=_complete_languages,
    ),
]


def console() -> Console:
    from rich.console import Console

    return Console(highlight=False)


@lru_cache(maxsize=1)
def _locale() -> str | None:
    from askback.i18n import user_locale

    return user_locale()


def day(value: date) -> str:
    """A calendar day for a person: ISO, or the user's locale (`askback settings locale`)."""
    from askback.i18n import local_day

    return local_day(value, _locale())


def clock(moment: datetime) -> str:
    """A day and a time of day for a person, in the user's locale (ISO date and 24 h without)."""
    if _locale() is None:
        return f"{day(moment.date())} {moment:%H:%M}"
    from babel.dates import format_time

    return f"{day(moment.date())} {format_time(moment, 'short', locale=_locale())}"


def number(value: float, digits: int = 0) -> str:
    """A number for a person, grouped, in the user's locale: 78,000 (78.000 in de_DE)."""
    if _locale() is None:  # English, without importing Babel: the same text
        return f"{value:,.{digits}f}"
    from askback.i18n import local_number

    return local_number(value, _locale(), digits)


def percent(share: float, digits: int = 0) -> str:
    """A share for a person in the user's locale: 37% (37 % in de_DE)."""
    if _locale() is None:  # English, without importing Babel: the same text
        return f"{share:.{digits}%}"
    from askback.i18n import local_percent

    return local_percent(share, _locale(), digits)


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def check_lang(lang: str) -> str:
    from askback.bank.loader import LANGUAGES
    from askback.errors import InputError

    if lang not in LANGUAGES:
        raise InputError(f"--lang {lang!r} is not supported; choose one of: {', '.join(LANGUAGES)}")
    return lang


def split_csv(values: list[str] | None) -> list[str]:
    """Repeated options and comma-separated values, read by the one list rule of every command."""
    from askback.app.names import split_list

    return split_list(values)


# How every table fits the terminal (one policy for all commands):
# - a token (a run of characters between spaces: a word, number, date, amount, id) is never
#   split across lines; text wraps only at spaces, so a text column is at least as wide as its
#   longest token;
# - `wrap=False` columns (ids, numbers, dates, bars, ratings) stay on one line at full width;
# - when the columns do not fit, optional columns are left out, highest `drop` first, and a
#   dim line names them; only when even the kept columns cannot hold their longest tokens is a
#   token cut, and then visibly, with "…" (never folded onto the next line);
# - URLs do not belong in tables: print them on their own line, whole (see print_url).
@dataclass(frozen=True)
class Col:
    """A table column: its header, whether its text may wrap at spaces, when to leave it out."""

    header: str
    wrap: bool = True
    drop: int = 0  # 0: always shown; else left out when narrow, the highest number first
    justify: Literal["left", "right", "center"] = "left"


Cell = Union[str, "Text"]
COMFORT = 24  # cells a wrapping text column should have before an optional column is kept


def _measure(cell: Text) -> tuple[int, int]:
    """(longest token, longest line) in terminal cells."""
    from rich.cells import cell_len

    plain = cell.plain
    token = max((cell_len(t) for t in plain.split()), default=0)
    line = max((cell_len(t.rstrip()) for t in plain.split("\n")), default=0)
    return token, line


def _wrap(text: Text, width: int) -> Text:
    """Text broken into lines at spaces only, each at most `width` cells unless one token is."""
    import re

    from rich.cells import cell_len
    from rich.text import Text

    lines: list[Text] = []
    for line in text.split("\n", allow_blank=True):
        plain, start, breaks, words = line.plain, 0, [], 0
        for word in re.finditer(r"\S+", plain):
            if words and cell_len(plain[start : word.end()]) > width:
                breaks.append(word.start())
                start, words = word.start(), 0
            words += 1
        for part in line.divide(breaks):
            part.rstrip()
            lines.append(part)
    return Text("\n").join(lines)


def _overhead(n: int, compact: bool) -> int:
    """Cells taken by borders and padding: a boxed table, or a compact one without edges."""
    return 3 * n - 3 if compact and n > 1 else 3 * n + 1


def _fill(low: list[int], high: list[int], room: int) -> list[int]:
    """Widths from low toward high in `room`: the spare cells shared in proportion to how much
    more each column would take (as browsers lay out tables), so long text gets the most."""
    if sum(high) <= room:
        return list(high)
    spare = room - sum(low)
    want = [h - lo for lo, h in zip(low, high, strict=True)]
    if spare <= 0 or not any(want):
        return list(low)
    shares = [spare * w / sum(want) for w in want]
    widths = [lo + int(x) for lo, x in zip(low, shares, strict=True)]
    left = room - sum(widths)
    for i in sorted(range(len(shares)), key=lambda i: int(shares[i]) - shares[i])[:left]:
        widths[i] += 1
    # A name or a place a few cells short of one line takes them from long text that has room.
    for i in sorted(range(len(widths)), key=lambda i: high[i] - widths[i]):
        short = high[i] - widths[i]
        if not 0 < short <= 8:
            continue
        donor = max(range(len(widths)), key=lambda j: widths[j] - max(low[j], COMFORT))
        if donor != i and widths[donor] - max(low[donor], COMFORT) >= short:
            widths[donor] -= short
            widths[i] += short
    return widths


@dataclass
class FitTable:
    """A table laid out by the policy above, at whatever width the console has when printed."""

    columns: Sequence[Col]
    rows: list[list[Text]] = field(default_factory=list)
    title: str | None = None
    compact: bool = False
    show_lines: bool = False
    styles: list[str] = field(default_factory=list)
    sections: set[int] = field(default_factory=set)

    def add_row(self, *cells: Cell, style: str = "") -> None:
        from rich.text import Text

        self.rows.append([Text.from_markup(c) if isinstance(c, str) else c for c in cells])
        self.styles.append(style)

    def add_section(self) -> None:
        self.sections.add(len(self.rows))

    def layout(self, width: int) -> tuple[list[int], list[int], bool]:
        """The columns kept, their widths, and whether tokens must be cut (no room for them)."""
        from rich.text import Text

        measured = []
        for i, col in enumerate(self.columns):
            sizes = [_measure(Text(col.header))] + [_measure(r[i]) for r in self.rows]
            token = max(1, *(s[0] for s in sizes))
            line = max(1, *(s[1] for s in sizes))
            measured.append((token if col.wrap else line, line))
        kept = list(range(len(self.columns)))
        while True:
            room = width - _overhead(len(kept), self.compact)
            low = [measured[i][0] for i in kept]
            high = [measured[i][1] for i in kept]
            # Long text reads badly a few words a line: give it COMFORT cells before keeping
            # an optional column; without optional columns left, whole tokens are enough.
            easy = [min(h, max(lo, COMFORT)) for lo, h in zip(low, high, strict=True)]
            optional = [i for i in kept if self.columns[i].drop] if len(kept) > 1 else []
            if sum(easy) <= room or (not optional and sum(low) <= room):
                return kept, _fill(low, high, room), False
            if not optional:  # last resort: every column wraps, long tokens cut with "…",
                # and the columns on the right go where a column could not show "字…"
                def least(cols: list[int]) -> list[int]:
                    return [min(3, measured[i][1]) for i in cols]

                while len(kept) > 1 and width - _overhead(len(kept), self.compact) < sum(
                    least(kept)
                ):
                    kept.pop()
                room = max(width - _overhead(len(kept), self.compact), sum(least(kept)))
                return kept, _fill(least(kept), [measured[i][1] for i in kept], room), True
            kept.remove(max(reversed(optional), key=lambda i: self.columns[i].drop))

    def table(self, width: int) -> tuple[Table, list[str]]:
        """The rich table for this width, and the headers left out."""
        from rich import box
        from rich.table import Table
        from rich.text import Text

        kept, widths, squeezed = self.layout(width)
        compact = self.compact and len(kept) > 1  # a lone column reads as a table in a box
        table = Table(
            # A title token wider than the table is cut with "…", never folded.
            title=None if self.title is None else Text.from_markup(self.title, overflow="ellipsis"),
            show_lines=self.show_lines,
            header_style="bold",
            box=box.MINIMAL_HEAVY_HEAD if compact else box.HEAVY_HEAD,
            show_edge=not compact,
            pad_edge=not compact,
        )
        wraps = {
            i: w for i, w in zip(kept, widths, strict=True) if self.columns[i].wrap or squeezed
        }
        for i, w in zip(kept, widths, strict=True):
            col = self.columns[i]
            header = _wrap(Text(col.header), w) if i in wraps else col.header
            # Wrapped here, not by rich: its wrap can cut a token that exactly fills a line
            # of wide characters. What is left too long is a lone token: cut with "…".
            table.add_column(
                header, width=w, no_wrap=True, overflow="ellipsis", justify=col.justify
            )
        for n, (row, style) in enumerate(zip(self.rows, self.styles, strict=True)):
            if n in self.sections:
                table.add_section()
            cells = (_wrap(row[i], wraps[i]) if i in wraps else row[i] for i in kept)
            table.add_row(*cells, style=style or None)
        left_out = [c.header for i, c in enumerate(self.columns) if i not in kept]
        return table, left_out

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        table, left_out = self.table(options.max_width)
        yield table
        if left_out:
            from rich.text import Text

            yield Text(
                f"Left out for width: {', '.join(left_out)} (a wider terminal, or --json, "
                "shows them).",
                style="dim",
            )


def print_url(out: Console, url: str, indent: str = "  ") -> None:
    """A URL on its own line, never folded or cut (a terminal wraps it, copies stay whole)."""
    from rich.text import Text

    out.print(Text(indent + url, style="dim"), soft_wrap=True, overflow="ignore", crop=False)
