"""Display text: words for slugs, grouped pay, and tokens (dates, intervals) that never break."""

from __future__ import annotations

import re
from collections.abc import Callable

from markupsafe import Markup, escape

from askback.bank.schema import Audience, Dimension
from askback.i18n import format_money, format_number
from askback.web import i18n

# A date, a time of day, or a range of two numbers ("2.2-4.0", "78,000–92,000"): one token each.
_NUM = r"\d+(?:[.,]\d+)*"
TOKEN = re.compile(
    rf"\d{{4}}-\d{{2}}-\d{{2}}(?:[ T]\d{{1,2}}:\d{{2}})?"
    rf"|\b\d{{1,2}}:\d{{2}}\b"
    rf"|(?<![\w.,]){_NUM}\s?[-–]\s?{_NUM}(?![\w.,])"
    rf"|\b{_NUM}\s?%"
)
_RANGE_DASH = re.compile(r"(?<=\d)\s?-\s?(?=\d)")
_NATS = re.compile(r"\s*\(\d+(?:[.,]\d+)?\s*nats\)")
_SLUG_WORDS = {d.value: d for d in Dimension}
_SLUGS = re.compile(
    r"(?<![\w-])("
    + "|".join(
        sorted(
            (
                re.escape(v)
                for v in [*_SLUG_WORDS, *(a.value for a in Audience), *i18n.VOCABULARY_EN]
            ),
            key=len,
            reverse=True,
        )
    )
    + r")(?![\w-])"
)


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


def _slug_word(slug: str, lang: str) -> str:
    if slug in _SLUG_WORDS:
        return i18n.dimension_label(_SLUG_WORDS[slug], lang)
    return i18n.word(slug, lang)


def words(text: str, lang: str = "en") -> str:
    """Domain text with slugs turned into words and the information-theory unit left out."""
    text = _NATS.sub("", text)
    text = translate_reason(text, lang)
    return _SLUGS.sub(lambda m: _slug_word(m.group(1), lang), text)


def pay(low: float | None, high: float | None, currency: str | None, lang: str = "en") -> Markup:
    """A pay range as one unbreakable token: '€78,000–92,000' ('78.000–92.000 €' in German)."""
    text = format_money(low, high, currency, lang)
    return nowrap(text) if text else Markup("")


def _de(number: str) -> str:
    """A number from an English reason ('3.25'), written the German way."""
    places = len(number.partition(".")[2])
    return format_number(float(number), "de", places, group=False)


# The planner's reasons (askback.domain.plan_reasons), sentence by sentence, in German.
_REASONS_DE: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...] = (
    (re.compile(r"On your must-ask list\."), lambda m: "Auf Ihrer Pflichtliste."),
    (
        re.compile(r"Settles a conflict on (\S+) \(the same question, put to someone else\): (.*)"),
        lambda m: f"Klärt einen Widerspruch bei {m[1]} (dieselbe Frage an jemand anderen): {m[2]}",
    ),
    (
        re.compile(r"Settles a conflict on (\S+) \(a question on the same point\): (.*)"),
        lambda m: f"Klärt einen Widerspruch bei {m[1]} (eine Frage zum selben Punkt): {m[2]}",
    ),
    (
        re.compile(
            r"Deal breaker '(\S+) at least (\d) \((\d+)% sure\)' is (at risk|open for lack of "
            r"evidence) \((\d+)% risk\); this answer is expected to move that by (\d+)%\."
        ),
        lambda m: (
            f"Ausschlussgrund „{m[1]} mindestens {m[2]} ({m[3]} % sicher)“ ist "
            f"{'gefährdet' if m[4] == 'at risk' else 'mangels Belegen offen'} ({m[5]} % Risiko); "
            f"diese Antwort verschiebt das voraussichtlich um {m[6]} %."
        ),
    ),
    (
        re.compile(
            r"You weigh (\S+) (\d+)/10 and it stands at ([\d.]+) \(([\d.]+)-([\d.]+)\); the answer "
            r"is expected to cut its uncertainty by (\d+)%\."
        ),
        lambda m: (
            f"Sie gewichten {m[1]} mit {m[2]}/10, es steht bei {_de(m[3])} "
            f"({_de(m[4])}–{_de(m[5])}); die Antwort verringert "
            f"die Unsicherheit voraussichtlich um {m[6]} %."
        ),
    ),
    (
        re.compile(r"(\d+)% chance this answer changes which offer comes out on top\."),
        lambda m: f"{m[1]} % Chance, dass diese Antwort ändert, welches Angebot vorn liegt.",
    ),
    (
        re.compile(r"Asked of (.*), a good source on (\S+)\."),
        lambda m: f"Gefragt wird {m[1]}, eine gute Quelle zu {m[2]}.",
    ),
)


def translate_reason(text: str, lang: str) -> str:
    """A planner reason in lang (German where its sentence is known; English otherwise)."""
    if lang != "de":
        return text
    for pattern, german in _REASONS_DE:
        found = pattern.fullmatch(text)
        if found:
            return german(found)
    return i18n.translate(lang, text)
