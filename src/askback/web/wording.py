"""Display text: grouped pay, and tokens (dates, intervals, shares) that never break a line."""

from __future__ import annotations

import re

from markupsafe import Markup, escape

from askback.i18n import format_money

# A date, a time of day, or a range of two numbers ("2.2-4.0", "78,000–92,000"): one token each.
_NUM = r"\d+(?:[.,]\d+)*"
TOKEN = re.compile(
    rf"\d{{4}}-\d{{2}}-\d{{2}}(?:[ T]\d{{1,2}}:\d{{2}})?"
    rf"|\b\d{{1,2}}:\d{{2}}\b"
    rf"|(?<![\w.,]){_NUM}\s?[-–]\s?{_NUM}(?![\w.,])"
    rf"|\b{_NUM}\s?%"
)
_RANGE_DASH = re.compile(r"(?<=\d)\s?-\s?(?=\d)")


def nowrap(text: str) -> Markup:
    """One token that must not break across lines (a date, an interval, an amount)."""
    return Markup('<span class="nw">{}</span>').format(text)


def keep_tokens(text: str) -> Markup:
    """Escape text and wrap each date, time, range and percentage so it never breaks mid-token."""
    out: list[str] = []
    last = 0
    for m in TOKEN.finditer(text):
        out.append(escape(text[last : m.start()]))
        token = m.group(0)
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", token):
            token = _RANGE_DASH.sub("–", token)  # a range reads with an en dash
        out.append(nowrap(token))
        last = m.end()
    out.append(escape(text[last:]))
    return Markup("").join(out)


def pay(low: float | None, high: float | None, currency: str | None, lang: str = "en") -> Markup:
    """A pay range as one unbreakable token: '€78,000–92,000' ('78.000–92.000 €' in German)."""
    text = format_money(low, high, currency, lang)
    return nowrap(text) if text else Markup("")
