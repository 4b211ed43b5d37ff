"""Working conditions stated in an ad: the remote arrangement and the languages it asks for."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from askback.text import lang as langs
from askback.text import lexicon, pay_crowns, phrases
from askback.text.doc import Doc, token_rx
from askback.text.report import LanguageRequirement, Span
from askback.text.rx_first import gate

ARRANGEMENTS = ("remote", "hybrid", "onsite", "not_stated")
_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "ein": 1,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "twee": 2,
    "drie": 3,
    "einen": 1,
    "einem": 1,
}


@dataclass(frozen=True, slots=True)
class Arrangement:
    kind: str  # remote, hybrid, onsite, not_stated
    office_days: float | None  # the fewest office days a week when a range is given
    spans: tuple[Span, ...]
    office_days_max: float | None = None  # the most, when the ad gives a range ("1-2 days WFH")
    # The other way of work offered beside fully remote ("hybrid", "office"), when the ad leaves
    # the choice to the candidate ("Remote/Hybrid", "our Leeds office or remote").
    alternative: str | None = None


@cache
def _conditions() -> dict[str, object]:
    return lexicon.read("conditions")


@cache
def remote_cues() -> phrases.Index:
    return phrases.load("conditions", "remote")


@cache
def _label_rx() -> re.Pattern[str]:
    return re.compile(
        r"\W*(?:location|locations|workplace|work ?place type|location type|work arrangement|work "
        r"mode|work model|work setup|"
        r"working model|arbeitsort|arbeitsmodell|standort|lieu|modalité|werklocatie)\b",
        re.IGNORECASE,
    )


# Fixed days, in German: "an zwei festen Tagen", "an drei festen Wochentagen" (rt36de).
_FIXED = (
    r"(?:(?:feste[nm]?|fixe[nm]?|festgelegte[nm]?|vereinbarte[nm]?)\s+(?:wochen|arbeits)?"
    r"|(?:wochen|arbeits))"
)

# A count of days as the office-day patterns read it: a digit (or a half), or a number word.
_COUNT = r"(\d(?:[.,]5)?|one|two|three|four|ein|einen|einem|zwei|drei|vier)"


@gate
def _days_rx() -> re.Pattern[str]:
    n = (
        r"(\d(?:[.,]5)?|one|two|three|four|five|ein|einen|zwei|drei|vier|deux|trois|quatre|twee"
        r"|drie)"
    )
    return re.compile(
        rf"{n}(?:\s*[\-–]\s*\d)?\s*(?:core\s+|recommended\s+|fixed\s+|anchor\s+|set\s+|team\s+|{_FIXED})?(?:days?|tage?n?|jours?|j\.?|dagen)"
        # Not past "the rest", "otherwise": "WFH 2 days a week, otherwise in the office" puts
        # the two days at home; nor past "and from home": "from our office three days a week and
        # from home on the other two" puts the three days at the office; nor past another
        # count of days: "from home three days a week, two days in the office" (rt36en).
        rf"(?:(?!rest\b|otherwise|sonst|ansonsten|übrige|remaining|and\s+(?:from\s+|at\s+)?home"
        r"|\b(?:\d|one|two|three|four|five|ein|einen|zwei|drei|vier)\s*(?:days?|tage?n?)\b)"
        r"[^.;\n]){0,25}?"
        rf"(office|on[\s\-]?site|in[\s\-]person|wfo|büro|vor ort|bureau|kantoor"
        rf"|hub|studio|campus|remote"
        rf"|home|wfh|homeoffice|"
        rf"télétravail|thuis|mobile[sn]? arbeit)",
    )


@gate
def _compound_days_rx() -> re.Pattern[str]:
    n = _COUNT
    return re.compile(
        rf"{n}\s*(?:feste[nm]?\s+)?(büro|präsenz|team|office|homeoffice|remote|mobile-office|wfh)-?tage?n?\b"
        rf"|{n}\s*(?:core\s+|fixed\s+)?(office|in-office|on-?site|in-person|remote|home|wfh)"
        rf"(?:\s+work(?:ing)?)?\s+days?\b"
        # The place first: "Office attendance required 4 days a week", "Homeoffice bis zu 3 Tage".
        rf"|(office|büro\w*|präsenz\w*|anwesenheit\w*|on[\s\-]?site|in-office|vor ort|homeoffice"
        rf"|home office|from home|home[\s\-]?working|wfh"
        rf"|remote(?:ly)?|mobil\w*)\b"
        # The dot of a bound is no sentence end: "Homeoffice max. 2 Tage pro Woche".
        rf"(?:[^.\n\d]|(?<=max)\.|(?<=min)\.|(?<=mind)\.|(?<=ca)\.){{0,40}}?(?:\d\s*(?:bis|to|or|oder)\s*)?"
        rf"{n}(?:\s*[\-–]\s*\d)?"
        rf"\s*(?:{_FIXED})?(?:days?|tage?n?)\b"
    )


@gate
def _office_first_rx() -> re.Pattern[str]:
    """The office, then at once its count of days: "On-site 4 days a week", "Büro: 3 Tage"."""
    n = r"(\d(?:[.,]5)?|one|two|three|four|ein|einen|zwei|drei|vier)"
    return re.compile(
        rf"(?<![\w-])(?:in[\s\-]?office|on[\s\-]?site|in[\s\-]person|in the office|im büro|vor ort"
        rf"|büro|office)\s*:?\s*(?:for\s+|an\s+)?{n}(?:\s*[\-–]\s*\d)?\s*(?:days?|tage?n?)\b"
        rf"(?![^.;\n]{{0,12}}?(?:every (?:two|2|other)|a month|per month|im monat|pro monat))"
    )


@gate
def _week_clause_rx() -> re.Pattern[str]:
    """A count of days a week first, then a verb and the place: "Einen Tag pro Woche arbeitest
    du im Büro", "An drei Tagen pro Woche arbeiten Sie in unserem Büro", "Two days a week you
    will work from our London office". The week word makes it a weekly count, so the clause may
    run longer before the place than in _days_rx; it stops at a clause break or another number."""
    n = _COUNT
    week = (
        r"(?:a|per|each|every|pro|die|in\s+der|jede|in\s+the)\s+(?:week|woche)"
        r"|weekly|wöchentlich"
    )
    place = (
        r"(home|from\s+home|von\s+zu\s*hause|zuhause|homeoffice|home[\s\-]office|remote(?:ly)?"
        r"|mobil\w*|wfh|office|büro|vor\s+ort|on[\s\-]?site|in[\s\-]person|standort|präsenz\w*"
        r"|hub|studio|campus|hq|headquarters)"
    )
    return re.compile(
        rf"(?<![\w.,]){n}\s+(?:{_FIXED})?(?:days?|tage?n?)\s+(?:{week})[^.;:!?\n\d]{{0,45}}?(?<![\w-]){place}(?!\w)"
    )


# The place words of a share of the working week ("an 3 von 5 Tagen im Büro"); home first.
_OF_FIVE_PLACE = (
    r"(homeoffice|home[\s\-]office|home|remote(?:ly)?|mobil\w*|wfh|von\s+zu\s*hause|zuhause"
    r"|office|büro|vor\s+ort|on[\s\-]?site|in[\s\-]person|präsenz\w*|anwesenheit\w*|standort)"
)
_OF_FIVE = (
    r"(\d|one|two|three|four|ein|einem|zwei|drei|vier)\s+(?:von|of|out\s+of)\s+(?:5|five|fünf)"
    r"\s+(?:working\s+|work\s+)?(?:arbeits|werk|wochen)?(?:tagen|tage|days)\b"
)


@gate
def of_five_rx() -> re.Pattern[str]:
    """Days out of the five of a week and their place, either side in one clause: "Präsenz an 3
    von 5 Tagen", "4 out of 5 days in the office", "Homeoffice: 3 von 5 Tagen" (the office has the
    other two), "Vor Ort bist du an 4 von 5 Tagen"."""
    return re.compile(
        rf"(?<![\w-]){_OF_FIVE_PLACE}(?!\w)[^.;!?\n\d]{{0,40}}?(?<!\w){_OF_FIVE}"
        rf"|(?<![\w.,]){_OF_FIVE}[^.;!?\n\d]{{0,30}}?(?<![\w-]){_OF_FIVE_PLACE}(?!\w)"
    )


@cache
def _not_weekly_rx() -> re.Pattern[str]:
    # Not a week's days: "one day every two weeks", "2 days a month".
    return re.compile(
        r"[^.\n]{0,12}(?:every (?:two|2|three|3|other)|a month|per month|im monat|pro monat)"
    )


@gate
def _share_rx() -> re.Pattern[str]:
    # A share of the week at home: "Homeoffice-Anteil 60 %", "bis zu 80 % mobiles Arbeiten",
    # "bis zu 60 Prozent". Gated (see rx_first): only a digit can start one.
    return re.compile(r"(?<!\d)(\d{1,2}|100)\s?(?:%|prozent\b|per\s?cent\b)")


@cache
def _office_share_rx() -> re.Pattern[str]:
    """After a share: it is the office's ("60% in the office", "40 % of the week on site")."""
    return re.compile(
        r"\s*(?:of\s+(?:the\s+|your\s+|their\s+)?(?:working\s+)?(?:week|time|hours)\s+)?"
        # "at your contracted workplace" (UK Civil Service)
        r"(?:at\s+(?:your|the|their|our|a)\s+(?:contracted\s+|usual\s+|principal\s+)?"
        r"(?:workplace|place\s+of\s+work|office)\b|in\s+(?:the|an?)\s+office|in[\s\-]office"
        r"|on[\s\-]?site|im\s+büro|vor\s+ort|präsenz|office\b|büro\b)"
    )


@gate
def _number_rx() -> re.Pattern[str]:
    """Anything _days_rx or _compound_days_rx could read as a number (inside words too)."""
    return re.compile(r"\d|one|two|three|four|five|ein|zwei|drei|vier|deux|trois|quatre|twee|drie")


# The working weekdays, once: every weekday pattern and table below is made from these.
_WEEKDAYS_EN = ("monday", "tuesday", "wednesday", "thursday", "friday")
_WEEKDAYS_DE = ("montag", "dienstag", "mittwoch", "donnerstag", "freitag")
_DAY_ORDER = {d: i for days in (_WEEKDAYS_EN, _WEEKDAYS_DE) for i, d in enumerate(days)}
_EN_STEMS = "|".join(d.removesuffix("day") for d in _WEEKDAYS_EN)  # "mon|tues|..."
_DE_DAYS = "|".join(_WEEKDAYS_DE)


_SHORT_NAMES = (
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "mo",
    "di",
    "mi",
    "do",
    "fr",
)
_SHORT_DAYS = f"(?:{'|'.join(_SHORT_NAMES)})"
_SHORT_DE = ("mo", "di", "mi", "do", "fr")
# Any word that may name a weekday: a full name, or a short one in a list.
_WEEKDAY_WORDS = frozenset(f"{d}{s}" for d in _DAY_ORDER for s in ("", "s")) | frozenset(
    ("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", *_SHORT_DE)
)


_WORD = re.compile(r"\w+")


def _count_weekdays(named: str) -> int:
    """The distinct weekdays in a list: "Mon, Wed and Thu" and "Mo, Mi, Do" are three."""
    days: set[int] = set()
    for word in _WORD.findall(named):
        word = word.removesuffix("s")
        if word in _DAY_ORDER:
            days.add(_DAY_ORDER[word])
        elif word in _SHORT_DE:
            days.add(_SHORT_DE.index(word))
        elif len(word) >= 3:
            days.update(i for i, d in enumerate(_WEEKDAYS_EN) if d.startswith(word))
    return len(days)


def _weekday_list() -> str:
    """Weekdays named as a list, or one weekday in the plural: in a list a weekday may be short
    ("Mon, Wed and Thu", "Mo, Mi, Do"); alone it is a weekly day only in the plural ("on
    Wednesdays", "mittwochs")."""
    day = rf"(?:(?:{_EN_STEMS})days?|(?:{_DE_DAYS})s?|{_SHORT_DAYS}\.?)"
    return (
        rf"\b{day}(?!\w)(?:\s*(?:,\s*(?:and\s+|und\s+|&\s+)?|\s+and\s+|\s+und\s+|\s*[&+/]\s*)"
        rf"{day}(?!\w))+|\b(?:(?:{_EN_STEMS})days|(?:{_DE_DAYS})s)\b"
        # One weekday after "every": "an office day every Tuesday", "Bürotag jeden Mittwoch".
        rf"|(?:(?<=every )|(?<=each )|(?<=jeden ))(?:(?:{_EN_STEMS})day|(?:{_DE_DAYS}))\b"
        # rt36de: one German weekday after "der", "ist", "immer" or a label's colon names the
        # weekly office day ("Der Präsenztag ist der Dienstag", "Bürotag: Donnerstag").
        rf"|(?:(?<=der )|(?<=ist )|(?<=: )|(?<=immer )|(?<=jeweils )|(?<=stets ))(?:{_DE_DAYS})\b"
    )


@gate
def _home_weekdays_rx() -> re.Pattern[str]:
    """Weekdays named at home ("work from home on Fridays", "Mondays and Fridays remote",
    "freitags im Homeoffice"): the office has the rest of the week."""
    days = _weekday_list()
    home_first = (
        r"(?:work(?:ing)?\s+from\s+home|wfh|remote(?:ly)?|home[\s\-]?office|im\s+homeoffice"
        r"|von\s+zu\s*hause|mobil(?:es\s+arbeiten)?)\s+(?:on\s+|am\s+|an\s+|every\s+|jeden\s+)?"
    )
    home_after = (
        # "Fridays are WFH days", "freitags ist Homeoffice"
        r"\s+(?:(?:you\s+|we\s+)?work\s+|(?:are|is|sind|ist)\s+(?:our\s+|unsere\s+)?)?(?:from\s+home|wfh|remote(?:ly)?|im\s+homeoffice"
        r"|homeoffice|von\s+zu\s*hause|mobil)\b"
    )
    return re.compile(rf"{home_first}(?P<a>{days})|(?P<b>{days}){home_after}")


@gate
def _weekdays_rx() -> re.Pattern[str]:
    """Office days named as weekdays next to the office ("in office Tuesdays and Thursdays",
    "Mondays, Tuesdays, and Thursdays in the office", "dienstags und donnerstags im Büro").
    A list, never a span ("Monday to Friday"), and only beside a word for the office: "Mondays
    and Thursdays as all-team days" with "a third day of your choosing" is not two days."""
    days = _weekday_list()
    place = (
        r"(?:in[\s\-]office|in(?:to)? the office|at the office|office presence|on[\s\-]?site"
        r"|in[\s\-]person|im büro|ins büro|im office|ins office|vor ort|am standort|präsenz"
        # "in our NYC office", "at our Leeds office": the office by its name
        r"|(?:in|at|into)\s+our\s+(?:[\w\-]+\s+){0,2}?office"
        # "Bürotag jeden Mittwoch", "Präsenztage immer dienstags"
        r"|(?<![\w-])(?:büro|präsenz|vor-ort|anwesenheits)-?tage?\b)"
    )
    return re.compile(
        # "in-office days are Monday, Tuesday and Thursday", "Präsenztage: Di und Do", "office
        # on Mondays and Wednesdays", "Bürotage: Mo, Mi, Fr", "im Büro sind wir montags und …"
        rf"(?:{place}|(?<![\w-])(?:office|büro))(?:\s+days?\s+(?:are|is)|\s*-?\s*(?:days?|tage)\s*:)?"
        rf"{WEEKDAY_VERB}\s*:?\s*(?<=[\s:])(?:on\s+|am\s+|an\s+|jeden\s+|every\s+)?(?P<a>{days})"
        rf"|(?P<b>{days}){WEEKDAY_VERB}\s+{place}"
    )


# Between the weekdays and the place, a verb and its subject ("dienstags und donnerstags bist du
# im Büro", "Tuesdays and Thursdays we meet in the office"): up to five such words. The office
# cue in lexicons/conditions.yaml (office-weekdays) holds the same words.
WEEKDAY_VERB = (
    r"(?:\s+(?:bist|seid|sind|arbeitest|arbeiten|arbeitet|kommst|kommen|kommt|triffst|treffen"
    r"|trifft|du|sie|ihr|wir|uns|man|alle|gemeinsam|jeweils|we|we're|we’re|you|you're|you’re"
    r"|you'll|you’ll|will|are|be|work|come|meet|all|together|is|ist|team|day|days|teamtag"
    r"|bürotag|präsenztag|with|the|bei|mit|dem"
    # rt36de: how often and which ("Präsenztag ist immer dienstags", "jeweils montags im Büro",
    # "Der Bürotag ist der Dienstag")
    r"|immer|jeweils|stets|regelmäßig|grundsätzlich|fest|der|die)){0,5}"
)


@gate
def _weekday_span_rx() -> re.Pattern[str]:
    """A span of weekdays: "Montag bis Donnerstag", "Tuesday to Thursday", "Mon–Thu", "Mo-Mi"."""
    day = f"({'|'.join((*_DAY_ORDER, *_SHORT_NAMES))})"
    return re.compile(rf"\b{day}s?\.?\s*(?:bis|-|–|to|through|thru)\s*{day}s?\b")


def _day_index(word: str) -> int:
    """The weekday's place in the week (Monday 0) for a full or short name."""
    if word in _DAY_ORDER:
        return _DAY_ORDER[word]
    if word in _SHORT_DE:
        return _SHORT_DE.index(word)
    return next(i for i, d in enumerate(_WEEKDAYS_EN) if d.startswith(word))


_TIMES = {"once": 1, "einmal": 1, "twice": 2, "zweimal": 2, "dreimal": 3, "viermal": 4}


# The first count of a range of visits, before the one a match starts at ("once or twice",
# "ein- bis zweimal": the German count cut before its "-mal").
_TIMES_BEFORE = re.compile(
    r"(?<![\w-])(once|twice|einmal|zweimal|dreimal|ein-|zwei-|drei-|one|two|three|[1-4](?:\s?x)?)"
    r"\s*(?:or|oder|bis|to|-|–)\s*\Z"
)


def _has_times(lower: str, lo: int, hi: int) -> bool:
    """A word of _TIMES in lower[lo:hi] (a cheap test before _times_rx): "once", "twice", a
    German count in "-mal", or a digit's "2x" and "3 times"."""
    return any(lower.find(w, lo, hi) >= 0 for w in ("once", "twice", "mal ", "x", "times"))


def _times_count(word: str) -> float:
    """The visits of a _times_rx count: "twice" 2, "3x" 3, "2 times" 2, "three times" 3."""
    word = word.rstrip("-").split()[0]
    return float(_TIMES.get(word) or _TIMES.get(f"{word}mal") or _NUMBERS.get(word) or int(word[0]))


@gate
def _times_rx() -> re.Pattern[str]:
    """Visits a week and the place: "einmal pro Woche im Büro", "in the office twice a week",
    "zweimal wöchentlich Homeoffice"."""
    times = f"({'|'.join(_TIMES)}|[1-4]\\s?x|(?:[1-4]|one|two|three|four)\\s+(?:times|mal))"
    # "twice a week", "3x/week", "2x pro Woche"
    week = (
        r"(?:(?:\s+(?:a|per|each|every|pro|die|in\s+der|jede)\s+(?:week|woche)|\s+weekly"
        r"|\s+wöchentlich)|\s*/\s*(?:week|wk|woche))\b"
    )
    place = (
        r"(office|büro|vor\s+ort|on[\s\-]?site|in[\s\-]person|standort|präsenz|hub|studio|campus"
        r"|home|homeoffice|home[\s\-]office|remote|mobil|wfh)"
    )
    # "once or twice a week", "ein- bis zweimal": the other end of a range of visits.
    other = rf"(?:\s*(?:or|oder|to|bis|-|–)\s*{times.replace('(', '(?P<o>', 1)})?"
    # "otherwise", "sonst", "the rest": the place after it has the rest of the week, so the
    # count before it is the other place's ("Homeoffice zweimal pro Woche, sonst im Büro").
    rest = r"(?:rest\b|otherwise|sonst|ansonsten|übrig|remaining)"
    return re.compile(
        rf"\b{times.replace('(', '(?P<t1>', 1)}{other}{week}(?:(?!{rest})[^.;:!?\n\d]){{0,45}}?"
        rf"{place.replace('(', '(?P<p1>', 1)}"
        # Not past "and": "im Homeoffice und einmal pro Woche im Büro" counts the office's visit.
        rf"|{place.replace('(', '(?P<p2>', 1)}\w*\s+"
        rf"(?:(?!(?:und|and|aber|but|sowie|oder|or)\b)\w+\s+){{0,3}}?"
        # arr2: the first count of a range after the place: "im Büro ein- bis zweimal pro Woche"
        rf"(?:(?P<r2>once|twice|einmal|zweimal|ein-|zwei-|drei-|one|two|three|[1-4])\s*"
        rf"(?:or|oder|bis|to|-|–)\s*)?"
        rf"{times.replace('(', '(?P<t2>', 1)}{other.replace('?P<o>', '?P<o2>')}{week}"
        # The count, then "otherwise" and the place of the rest (mop).
        rf"|\b{times.replace('(', '(?P<t3>', 1)}{other.replace('?P<o>', '?P<o3>')}{week}"
        rf"[^.;:!?\n\d]{{0,25}}?{rest}[^.;:!?\n\d]{{0,30}}?{place.replace('(', '(?P<p3>', 1)}"
    )


# A week split in two shares, the place of the first named after them: "60/40 Büro/Homeoffice",
# "70/30 split between office and home".
_SPLIT = re.compile(
    r"(?<![\d/])(\d{2})\s*/\s*(\d{2})(?![\d/])\s+(?:(?:split|aufteilung)\s+(?:between\s+"
    r"|zwischen\s+)?)?(büro|office|remote|homeoffice|home[\s\-]office|home|on[\s\-]?site"
    r"|vor\s+ort|mobil\w*)\b"
)
# The office named before a share ("Büropräsenz: 40 %"), and home named there ("Homeoffice-
# Anteil 40 %", whose "office" is the home's).
_OFFICE_LEAD = re.compile(r"büro|office|präsenz|anwesenheit|vor\s+ort|on[\s\-]?site|standort")
_HOME_LEAD = re.compile(r"home|remote|mobil|zu\s*hause|wfh")


# The other end of a range of days, after the count ("1-2 Tage", "2 to 3 days", "one or two
# days") or before it ("2 bis 3 Tage": the day patterns read "3 Tage").
_RANGE_AFTER = re.compile(
    r"\s*(?:[\-–]|bis|to|or|oder)\s*(\d(?:[.,]5)?|one|two|three|four|five|zwei|drei|vier|fünf)\b"
)
_RANGE_BEFORE = re.compile(
    r"(?<![\w.,])(\d(?:[.,]5)?|one|two|three|four|ein|einen|zwei|drei|vier)\s*(?:[\-–]|bis|to|or|oder)\s*$"
)
# arr2: "between two and three days a week", "zwischen 2 und 3 Tagen": "and" joins the two ends.
_RANGE_BETWEEN = re.compile(
    r"\b(?:between|zwischen)\s+(\d(?:[.,]5)?|one|two|three|four|ein|einem|zwei|drei|vier)\s+(?:and|und)\s+$"
)
_MORE_NUMBERS = {"five": 5, "fünf": 5}

Days = tuple[float, float]  # office days a week: the fewest and the most (equal when one count)


def _number(raw: str) -> float:
    return float(_NUMBERS.get(raw) or _MORE_NUMBERS.get(raw) or float(raw.replace(",", ".")))


def _count_range(lower: str, start: int, end: int) -> Days:
    """The count of days at lower[start:end], and the other end of its range if one is written:
    "1-2 Tage Homeoffice" is one to two days, "2 bis 3 Tage" two to three; else the count twice."""
    first = _number(lower[start:end])
    other = None
    if (after := _RANGE_AFTER.match(lower, end)) is not None:
        other = _number(after[1])
    elif (before := _RANGE_BEFORE.search(lower, max(0, start - 14), start)) is not None:
        other = _number(before[1])
    elif (between := _RANGE_BETWEEN.search(lower, max(0, start - 24), start)) is not None:
        other = _number(between[1])
    if other is None or not 0 < abs(other - first) <= 3 or max(first, other) > 5:
        return first, first
    return min(first, other), max(first, other)


def _one(days: float) -> Days:
    return days, days


def _office_days(lower: str, start: int, end: int, weekdays: bool = True) -> Days | None:
    """Office days a week said near one cue, the fewest and the most (a range of days gives
    two ends); `weekdays`: the ad names a weekday at all."""
    # The cue may end before the place ("2 Tage pro Woche" ... "im Büro"): read a little past it.
    hi = min(len(lower), end + 40)
    m = None
    near = lower[max(0, start - 60) : hi]
    if "5" in near or "five" in near or "fünf" in near:
        five = of_five_rx().search(lower, max(0, start - 60, lower.rfind("\n", 0, start) + 1), hi)
        if five is not None:
            count = float(_NUMBERS.get(five[2] or five[3]) or float(five[2] or five[3]))
            where = five[1] or five[4]
            return _one(max(0.0, 5.0 - count) if where.startswith(_HOME_PLACES) else count)
    # Both day patterns need a number: most cues have none near them, and this look is cheap.
    if _number_rx().search(lower, max(0, start - 80), hi) is not None:
        # The office right before its count ("Onsite 4 days a week, Friday from home") is the
        # office's count, whatever home word follows.
        m = _office_first_rx().search(lower, max(0, start - 5), hi)
        if m is not None:
            return _count_range(lower, m.start(1), m.end(1))
        m = _days_rx().search(lower, max(0, start - 5), hi) or _compound_days_rx().search(
            lower, max(0, start - 40, lower.rfind("\n", 0, start) + 1), hi
        )
        if m is None:
            # "Einen Tag pro Woche arbeitest du im Büro": the count a clause before the place.
            m = _week_clause_rx().search(
                lower, max(0, start - 80, lower.rfind("\n", 0, start) + 1), hi
            )
    if m is not None and (_not_weekly_rx().match(lower, m.end()) or _not_weekly_rx().search(m[0])):
        # After the days or inside the match: "2 days a month", "1 Tag pro Monat im Büro".
        m = None
    # A list of weekdays runs longer than a count of days: read to the end of the line.
    line_end = lower.find("\n", end) if weekdays else -1
    far = min(len(lower), end + 100) if line_end < 0 else min(line_end, end + 100)
    if not m and weekdays and (named := _weekdays_rx().search(lower, max(0, start - 5), far)):
        # "in office Tuesdays and Thursdays": one office day per weekday named. A day that ends
        # a span ("Tuesdays to Thursdays in our office") counts the span's days.
        span = _weekday_span_rx().search(lower, max(0, start - 5), far)
        if (
            span is not None
            and span.start() <= named.start("a" if named["a"] else "b") < span.end()
        ):
            first, last = _day_index(span[1]), _day_index(span[2])
            if 0 < last - first < 4:
                return _one(float(last - first + 1))
        return _one(float(_count_weekdays(named["a"] or named["b"])))
    if not m and weekdays and (span := _weekday_span_rx().search(lower, start, far)):
        # "Präsenzpflicht Montag bis Donnerstag": the days of the span.
        first, last = _day_index(span[1]), _day_index(span[2])
        if 0 < last - first < 4:
            return _one(float(last - first + 1))
    if not m and weekdays and (home := _home_weekdays_rx().search(lower, max(0, start - 5), far)):
        # "work from home on Fridays": the office has the rest of the week.
        return _one(float(5 - _count_weekdays(home["a"] or home["b"])))
    if (
        not m
        and _has_times(lower, max(0, start - 5), hi)
        and (times := _times_rx().search(lower, max(0, start - 5), hi))
    ):
        # "einmal pro Woche im Büro": that many office days; "zweimal wöchentlich Homeoffice":
        # the rest of the week.
        visit: str
        again: str | None
        if times["t3"]:
            # "Homeoffice zweimal pro Woche, sonst im Büro": the count is the other place's.
            visit, again = times["t3"], times["o3"]
            at_home = not times["p3"].startswith(_HOME_PLACES)
        else:
            visit, again = times["t1"] or times["t2"], times["o"] or times["o2"] or times["r2"]
            at_home = (times["p1"] or times["p2"]).startswith(_HOME_PLACES)
        if again is None and (
            before := _TIMES_BEFORE.search(lower, max(0, times.start() - 16), times.start())
        ):
            # "once or twice a week": the cue may start at the range's second count.
            again = before[1]
        counts = sorted({_times_count(visit), _times_count(again or visit)})
        if at_home:
            return max(0.0, 5.0 - counts[-1]), max(0.0, 5.0 - counts[0])
        return counts[0], counts[-1]
    if not m and (split := _SPLIT.search(lower, start, end)) is not None:
        first, second = int(split[1]), int(split[2])
        if first + second == 100:
            # "60/40 Büro/Homeoffice": the first share is the place named first.
            office = second if split[3].startswith(_HOME_PLACES) else first
            return _one(round(5.0 * office / 100, 1))
    if not m:
        share = _share_rx().search(lower, start, end)
        if share and ("%" in lower[start:end] or "prozent" in lower[start:end]):
            lead = lower[start : share.start()]
            if _office_share_rx().match(lower, share.end()) or (
                _OFFICE_LEAD.search(lead) and not _HOME_LEAD.search(lead)
            ):
                # "60% in the office", "Büropräsenz: mindestens 40 %", "Präsenz vor Ort: 60 %":
                # that share of the week is at the office.
                return _one(round(5.0 * int(share[1]) / 100, 1))
            # At home up to that share of the week: the rest is in the office.
            return _one(round(5.0 * (1 - int(share[1]) / 100), 1))
        return None
    if m.re is _compound_days_rx():
        group = 1 if m[1] else 3 if m[3] else 6
        where = m[2] or m[4] or m[5]
    else:  # _days_rx, _week_clause_rx: the count, then the place
        group, where = 1, m[2]
    low, high = _count_range(lower, m.start(group), m.end(group))
    # Days at home ("2 days remote", "Zwei Tage pro Woche arbeitest du von zu Hause"): the rest
    # of the week is at the office ("1-2 Tage Homeoffice": three to four office days).
    if where.startswith(_HOME_PLACES):
        return max(0.0, 5.0 - high), max(0.0, 5.0 - low)
    return low, high


# How the places of the day patterns that mean home begin.
_HOME_PLACES = ("mobil", "home", "from", "von", "zuhause", "remote", "wfh", "télétravail", "thuis")


def arrangement(doc: Doc) -> Arrangement:
    """Remote, hybrid, onsite or not_stated, with the phrases it rests on."""
    raw = phrases.find(doc, remote_cues())
    found = _outermost(raw)
    if not found:
        return Arrangement("not_stated", None, ())
    lower = doc.lower
    labelled: list[phrases.Match] = []
    strong: dict[str, list[phrases.Match]] = {"remote": [], "hybrid": [], "onsite": []}
    weak: dict[str, list[phrases.Match]] = {"remote": [], "hybrid": [], "onsite": []}
    users = not _USER_WORDS.isdisjoint(doc.vocab)
    for m in found:
        if _of_users(lower, m.start, users) or _led_teams(lower, m.start, m.end):
            continue
        kind = m.entry.get("kind")
        line_start = lower.rfind("\n", 0, m.start) + 1
        if _label_rx().match(doc.text, line_start, m.start + 1):
            labelled.append(m)
        (strong if m.entry.get("strength") == "strong" else weak)[kind].append(m)
    kind = _decide(labelled, strong, weak)
    if kind == "not_stated":
        return Arrangement(kind, None, ())
    evidence = [m for m in found if m.entry.get("kind") == kind] or found
    days = days_max = None
    if kind == "hybrid":
        weekdays = not _WEEKDAY_WORDS.isdisjoint(doc.vocab)
        both = _place_days(doc.text, lower, found) or next(
            # The hybrid cues first: "based at our office in Leeds, with two days a week from
            # home" counts the days of the hybrid cue, not "office ... two days".
            (
                d
                for m in sorted(found, key=lambda m: m.entry.get("kind") != "hybrid")
                if (d := _office_days(lower, m.start, m.end, weekdays)) is not None
            ),
            None,
        )
        if both is not None:
            days, days_max = both[0], (both[1] if both[1] != both[0] else None)
    elif kind == "onsite":
        days = 5.0
    elif kind == "remote":
        days = 0.0
    spans = tuple(
        Span(m.start, m.end, f"work-{kind}", doc.text[m.start : m.end]) for m in evidence[:3]
    )
    alternative = _alternative(lower, raw, users) if kind == "remote" else None
    return Arrangement(kind, days, spans, days_max, alternative)


@gate
def _place_days_rx() -> re.Pattern[str]:
    """Right after a hybrid cue, a count of days at a named place: "Hybrid (2 days in Ghent)",
    "Hybrid: 3 days per week in Berlin", "hybrid, with 1 day in Leeds each week", "Hybrid (2 Tage
    pro Woche in Köln)". Group 1 the count, group 2 the first letter of the place (upper case
    in the ad: a town, not "in a row", "in advance")."""
    return re.compile(
        r"\bhybrid\w*(?:[ \t]+(?:working|work|arbeiten))?(?:[ \t]*\([^()\n]{0,30}\))?"
        rf"[ \t]*[(:,–\-]?[ \t]*(?:with[ \t]+|mit[ \t]+)?"
        rf"{_COUNT}(?:[ \t]*[\-–][ \t]*\d)?[ \t]+(?:days?|tage?n?)"
        r"(?:[ \t]*(?:a|per|each|every|/|pro|die|in[ \t]+der)[ \t]*(?:week|woche))?"
        r"[ \t]+(?:in|at|an)[ \t]+(?:(?:our|unserem|unserer)[ \t]+)?(\w)"
    )


# Places that are no town after "in": the home and the office in German (capitalised nouns).
_NOT_TOWNS = ("homeoffice", "home", "büro", "präsenz", "remote", "mobil")


def _place_days(text: str, lower: str, found: list[phrases.Match]) -> Days | None:
    """Office days of a hybrid cue followed by a count of days in a named town: the days are
    the ones at that place, whatever remote word stands earlier on the line ("Remote/Hybrid:
    Hybrid (2 days in Ghent)" is two office days, not three; left2)."""
    for m in found:
        if m.entry.get("kind") != "hybrid":
            continue
        days = _place_days_rx().search(lower, m.start, min(len(lower), m.end + 60))
        if days is None or not text[days.start(2)].isupper():
            continue
        if lower.startswith(_NOT_TOWNS, days.start(2)):
            continue
        return _count_range(lower, days.start(1), days.end(1))
    return None


def _alternative(lower: str, raw: list[phrases.Match], users: bool) -> str | None:
    """The other way of work a choice cue offers beside remote ("hybrid", "office"), if any.
    Read on every cue, not only the outermost: "Work model: Hybrid/Remote" is also a place line
    (remote-place), whose longer span holds the choice."""
    offers = {
        str(m.entry.get("offers"))
        for m in raw
        if m.entry.get("offers")
        and not _of_users(lower, m.start, users)
        and not _led_teams(lower, m.start, m.end)
    }
    # Both named ("our office, hybrid or fully remote"): hybrid tells more of the week.
    return "hybrid" if "hybrid" in offers else next(iter(offers), None)


@gate
def _users_rx() -> re.Pattern[str]:
    """A product and what it does for its users, right before a cue: "our product helps hybrid
    teams", "a platform that lets companies go fully remote", "Software für hybride Teams"."""
    return re.compile(
        r"\b(?:products?|platforms?|apps?|software|tools?|solutions?|services?|saas|customers?"
        r"|clients?|users?|produkte?|plattform(?:en)?|lösung(?:en)?|anwendung(?:en)?|kunden)\b"
        r"[^.;!?\n]{0,30}?\b(?:helps?|helping|enables?|enabling|lets|empowers?|serves?|serving"
        r"|supports?|supporting|for|of|are|include|hilft|helfen|ermöglicht|unterstützt|für|sind)"
        r"\s+(?:[\w\-]+,?\s+){0,3}$"
        # Sold to them: "we sell office furniture to hybrid workplaces".
        r"|\b(?:sells?|selling|sold|markets?|verkaufen|verkauft)\b[^.;!?\n]{0,40}?\b(?:to|an)\s+"
        r"(?:[\w\-]+\s+){0,2}$"
    )


# The words one of which every match of _users_rx holds as a whole word (its products, its
# customers, its selling verbs): without one in the ad, the pattern is not run.
_USER_WORDS = frozenset(
    (
        "product", "products", "platform", "platforms", "app", "apps", "software", "tool",
        "tools", "solution", "solutions", "service", "services", "saas", "customer", "customers",
        "client", "clients", "user", "users", "produkt", "produkte", "plattform", "plattformen",
        "lösung", "lösungen", "anwendung", "anwendungen", "kunden", "sell", "sells", "selling",
        "sold", "market", "markets", "verkaufen", "verkauft",
    )
)  # fmt: skip


# Data about offices, not the job's office days: "3 days of office occupancy data per week",
# "Daten zur Büroauslastung an 3 Tagen pro Woche".
_OFFICE_DATA = re.compile(
    r"occupancy|utili[sz]ation|usage\s+data|desk\s+booking|auslastung|belegung|nutzungsdaten"
)


_PERSONAL = re.compile(r"\b(?:we|our|you|your|wir|unser\w*|du|dein\w*|ihr|ihre\w*|sie)\b")


def _of_users(lower: str, start: int, users: bool = True) -> bool:
    """The cue tells how a product's users or customers work, not how the job is done: "Our
    product helps hybrid teams plan their office days"; or it counts office data. Not when the
    words between speak of the team ("for our hybrid team", "we work hybrid"). A short look back
    (60 characters). `users`: the ad holds one of _USER_WORDS (else _users_rx finds nothing)."""
    lo = max(0, start - 60)
    # The same sentence only: from the last stop before the cue to the next one after it.
    lo_s = max(
        lower.rfind(". ", max(0, start - 30), start), lower.rfind("\n", max(0, start - 30), start)
    )
    hi_s = min(len(lower), start + 60)
    for stop in (". ", "\n"):
        cut = lower.find(stop, start, hi_s)
        hi_s = cut if cut >= 0 else hi_s
    if _OFFICE_DATA.search(lower, max(0, start - 30, lo_s), hi_s):
        return True
    m = _users_rx().search(lower, lo, start) if users else None
    if m is None:
        return False
    # The words after the product's noun up to the cue: "helps" in "product helps hybrid".
    after_noun = m[0].split(None, 1)
    return len(after_noun) < 2 or _PERSONAL.search(after_noun[1]) is None


# Teams of a way of work right after a cue: "remote teams", "hybrid or remote teams", "hybride
# Teams", "Remote-Teams", "distributed and remote workforces".
_TEAMS_AFTER = re.compile(
    r"(?:\w*)(?:\s*(?:,|or|and|oder|und|&|/)\s*(?:remote|hybrid\w*|distributed|virtual|verteilt\w*"
    r"|on-?site|in-person|office-based))?[\s\-]+(?:[a-zäöüß\-]+\s+)?(?:teams?|workforces?|staff|mitarbeitend\w*)\b"
)
# The candidate's experience before them: "experience managing remote teams", "a track record
# of leading hybrid teams", "Erfahrung in der Führung hybrider Teams"; or a verb of having led
# them ("you have led remote or hybrid teams", "Du hast bereits hybride Teams geführt").
_EXPERIENCE_BEFORE = re.compile(
    r"\b(?:experience[sd]?|erfahrung\w*|track\s+record|background|proven|nachweislich\w*"
    r"|(?:have|has|you've|ideally)\s+(?:\w+\s+)?(?:led|managed|run|built|coached|supervised)"
    r"|led|managed)\b(?!(?:(?!\b(?:our|unser\w*|join\w*|your|dein\w*|ihr\w*|this|diese\w*)\b)"
    r"[^.;!?\n])*?\b(?:our|unser\w*|join\w*|your|dein\w*|ihr\w*|this|diese\w*)\b)"
)
_LED_AFTER = re.compile(r"\s+(?:\w+\s+)?(?:geführt|geleitet|gemanagt|aufgebaut|betreut)\b")


def _led_teams(lower: str, start: int, end: int) -> bool:
    """The cue names teams the candidate has led or worked in, a requirement of experience, not
    the job's way of work: "experience managing remote teams", "you have led remote or hybrid
    teams", "Erfahrung in der Führung hybrider Teams" (round mop). The same sentence only; not
    when the team is the ad's own ("experience, and you join our hybrid team")."""
    if lower.find("team", start, end + 40) < 0 and lower.find("workforce", start, end + 40) < 0:
        return False
    teams = _TEAMS_AFTER.match(lower, start)
    if teams is None:
        return False
    lo = max(0, start - 70)
    for stop in (". ", "\n", "; "):
        lo = max(lo, lower.rfind(stop, lo, start) + 1)
    if _EXPERIENCE_BEFORE.search(lower, lo, start) is not None:
        return True
    return _LED_AFTER.match(lower, teams.end()) is not None


def _outermost(found: list[phrases.Match]) -> list[phrases.Match]:
    """Drop cues inside a longer cue: 'Telecommute' inside 'Telecommute: No'.

    One sweep in order of start (longest first at a place): a span lies inside a longer one
    when an earlier span, other than its own, reaches as far. Linear after the sort, where
    comparing every pair took seconds on pages of repeated cues.
    """
    inside: set[tuple[int, int]] = set()
    reach = -1  # the furthest end of the spans met before the current one
    for start, end in sorted({(m.start, m.end) for m in found}, key=lambda s: (s[0], -s[1])):
        if reach >= end:
            inside.add((start, end))
        reach = max(reach, end)
    return [m for m in found if (m.start, m.end) not in inside]


def _decide(
    labelled: list[phrases.Match],
    strong: dict[str, list[phrases.Match]],
    weak: dict[str, list[phrases.Match]],
) -> str:
    # A choice of fully remote work ("in Wien oder remote innerhalb der EU") outranks hybrid.
    if any(m.entry.get("choice") for m in (*labelled, *strong["remote"])):
        return "remote"
    if labelled:
        kinds = {m.entry.get("kind") for m in labelled}
        for kind in ("hybrid", "remote", "onsite"):
            if kind in kinds:
                return kind
    if strong["hybrid"]:
        return "hybrid"
    if strong["remote"] or strong["onsite"]:
        # Both said: "a fully-remote team" and "#LI-ONSITE, in-office environment"; most cues win.
        return "onsite" if len(strong["onsite"]) > len(strong["remote"]) else "remote"
    if weak["remote"]:
        return "remote"
    if weak["onsite"]:
        return "onsite"
    if weak["hybrid"]:
        return "hybrid"
    return "not_stated"


# --- languages -------------------------------------------------------------------------------


@cache
def _language_table() -> dict[str, str]:
    table: dict[str, str] = {}
    data = _conditions()["languages"]
    assert isinstance(data, dict)
    for name, aliases in data.items():
        for alias in aliases:
            table[str(alias).lower()] = str(name)
    for word, stem in _inflected().items():
        table.setdefault(word, table[stem])
    return table


@cache
def _inflected() -> dict[str, str]:
    """The German adjective's endings of a language's name that the lexicon does not list:
    "deutscher Muttersprachler", "französische Muttersprache". They name the language only
    before a word of language or speaking (`_ADJ_NOUN`): "ein deutscher Führerschein" does not."""
    data = _conditions()["languages"]
    assert isinstance(data, dict)
    listed = {str(a).lower() for aliases in data.values() for a in aliases}
    stems = {a for a in listed if a.endswith("isch") or a == "deutsch"}
    return {w: a for a in stems for e in ("e", "en", "er", "es") if (w := a + e) not in listed}


# The word after an inflected name that makes it the language: "Muttersprache", "Sprachkenntnisse".
_ADJ_NOUN = re.compile(r"\s+(?:mutterspr|sprach|kenntnis|erstsprach|native)")


@cache
def _language_words() -> frozenset[str]:
    return frozenset(_language_table())


def index_words() -> set[str]:
    """The words this check asks a Doc for by position (for the word index)."""
    return set(_language_table())


@cache
def _cues() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    data = _conditions()
    return (
        frozenset(str(data["proficiency"]).split()),
        frozenset(str(data["soft"]).split()),
        frozenset(str(data["not_requirement"]).split()),
        frozenset(str(data["markets"]).split()),
    )


# Clause breaks: sentence ends, semicolons, bullets and line breaks.
CLAUSE_BREAKS = ".;!?•·\n"


@cache
def _clause_rx() -> re.Pattern[str]:
    return re.compile(f"[{re.escape(CLAUSE_BREAKS)}]")


# The abbreviations whose full stop ends no clause: "Deutsch (mind. B2) erforderlich", "Englisch
# min. C1", "Französisch bzw. Italienisch" (rt36de).
_ABBREVIATED = (" mind", "(mind", " min", "(min", " max", "(max", " bzw", " ca", "(ca", " evtl")


def _clause(lower: str, pos: int, end: int) -> tuple[int, int]:
    """The clause around [pos, end): from the last break before it to the next one after it."""
    lo = max(0, pos - 200)
    last = max(lower.rfind(c, lo, pos) for c in CLAUSE_BREAKS)
    while last > lo and lower[last] == "." and lower.endswith(_ABBREVIATED, lo, last):
        last = max(lower.rfind(c, lo, last) for c in CLAUSE_BREAKS)
    start = last + 1 if last >= 0 else lo
    stop = min(len(lower), end + 200)
    nxt = _clause_rx().search(lower, end, stop)
    while nxt is not None and nxt[0] == "." and lower.endswith(_ABBREVIATED, end, nxt.start()):
        nxt = _clause_rx().search(lower, nxt.end(), stop)
    return start, nxt.start() if nxt else stop


def _bracket(lower: str, lo: int, hi: int, pos: int) -> tuple[int, int] | None:
    """The (...) span inside [lo, hi) that holds pos, if any."""
    open_ = lower.rfind("(", lo, pos)
    if open_ < 0 or lower.rfind(")", open_, pos) >= 0:
        return None
    close = lower.find(")", pos, hi)
    return (open_ + 1, close if close >= 0 else hi)


@cache
def _bracketed_rx() -> re.Pattern[str]:
    return re.compile(r"\([^)]*\)?")


def _unbracketed(text: str) -> str:
    """The text without the brackets that speak of a language: "(Spanish valued)" is Spanish's,
    but "gut (wünschenswert)" keeps its own qualifier."""
    if "(" not in text:
        return text
    table = _language_table()

    def drop(m: re.Match[str]) -> str:
        inner = m.group()
        return " " if any(w in table for w in token_rx().findall(inner)) else inner

    return _bracketed_rx().sub(drop, text)


@cache
def _compound_stems() -> tuple[tuple[str, str], ...]:
    """The German names of the languages in the table ("deutsch", "polnisch"), each with its
    language: the stems of compounds such as "Polnischkenntnisse"."""
    stems = {
        alias: name
        for alias, name in _language_table().items()
        if alias.endswith("isch") or alias == "deutsch"
    }
    return tuple(sorted(stems.items(), key=lambda kv: -len(kv[0])))


def _compound(token: str) -> str | None:
    """German compounds: 'deutschkenntnisse', 'englischkenntnissen' name a language and a level."""
    for stem, name in _compound_stems():
        if token.startswith(stem) and token.endswith(("kenntnisse", "kenntnissen")):
            return name
    return None


@cache
def _compound_rx() -> re.Pattern[bytes]:
    # Whole words of the blanked text (see doc.blanked) that _compound names a language for.
    stems = "|".join(stem for stem, _ in _compound_stems())
    return re.compile(f" ((?:{stems})[^ ]*kenntnissen?)(?= )".encode("latin-1"))


def _named(doc: Doc) -> list[tuple[int, str, str]]:
    """Each mention of a language (offset, word, language), in text order; read once an ad
    (language_requirements and implied_requirement's _declined both ask)."""
    found = doc.memo.get("languages_named")
    if not isinstance(found, list):
        found = doc.memo["languages_named"] = _read_named(doc)
    return found


def _read_named(doc: Doc) -> list[tuple[int, str, str]]:
    table = _language_table()
    # The language words found by the word index (one left out has no positions).
    named = {t: table[t] for t in doc.standing(_language_words())}
    blank = doc.blanked()
    if b"kenntniss" in blank:  # the same test as on doc.lower: these are all word characters
        for raw in _compound_rx().findall(blank):
            token = raw.decode("latin-1")
            named[token] = _compound(token) or ""
    # Text order: when two words name one language ("Deutsch" and "German"), the first mention
    # that reads as a requirement is the one reported, the same on every run.
    inflected = _inflected()
    lower = doc.lower
    return sorted(
        (pos, token, name)
        for token, name in named.items()
        for pos in doc.positions(token)
        if (token not in inflected or _ADJ_NOUN.match(lower, pos + len(token)))
        and not _BODY_AFTER.match(lower, pos + len(token))
    )


# A language's name as the adjective of a public body or its people, not a language asked for:
# "the Welsh Government requires", "German embassy", "French citizens"; or part of a place's
# name: "Chennai, Tamil Nadu", "Lao PDR", "the Persian Gulf"; or a market and its customers.
_BODY_AFTER = re.compile(
    r"[ \t]+(?:government|assembly|parliament|senedd|ministry|embassy|consulate|ambulance|nhs"
    r"|police|courts?|army|navy|armed forces|tax|revenue|authorities|citizens?|nationals?"
    r"|residents?|regierung|botschaft|ministerium|staatsbürger\w*|nadu|pdr|gulf"
    # arr2: a market or its customers, not the language: "the Dutch market", "French clients"
    r"|markets?|customers?|clients?|subsidiar(?:y|ies))(?![a-z])"
)


def language_requirements(
    doc: Doc, nice_to_have: list[tuple[int, int]] | None = None
) -> list[LanguageRequirement]:
    """The languages the ad asks candidates to speak, each required or only a plus."""
    named = _named(doc)
    if not named:
        return []
    proficiency, soft, other, markets = _cues()
    lower = doc.lower
    tok = token_rx().findall
    out: dict[str, LanguageRequirement] = {}
    several = len({n for _, _, n in named}) > 1
    starts = [q for q, _, _ in named]  # in text order: a clause's mentions are a slice
    # The words of each clause, and those outside its language brackets, read once a clause: a
    # list of languages ("Arabic, Bangla, Czech, Danish, ...") is one clause of many mentions.
    clause_words: dict[tuple[int, int], set[str]] = {}
    clause_own: dict[tuple[int, int], set[str]] = {}
    for pos, token, name in named:
        end = pos + len(token)
        lo, hi = _clause(lower, pos, end)
        words = clause_words.get((lo, hi))
        if words is None:
            words = clause_words[lo, hi] = set(tok(lower, lo, hi))
        # A wish said by a verb or of the people who speak it (left2): "Conversational
        # Japanese would help", "Spanish-speaking candidates are encouraged to apply".
        wished = (not words.isdisjoint(_WISH_WORDS)) and _wished(lower, lo, hi, end)
        if not wished and (
            not words.isdisjoint(other) or ("speaking" in words and not words.isdisjoint(markets))
        ):
            continue
        compound = token.endswith(("kenntnisse", "kenntnissen")) or _compound_partner(lower, end)
        working = _working_language(lower, lo, hi, pos, end)
        if (
            _asks_nothing(words, compound)
            and not working
            and not wished
            and not _inside(pos, nice_to_have or [])
        ):
            continue  # the reads below would find no level and no wish (see _asks_nothing)
        others = (
            [
                q
                for q, _, n in named[bisect_left(starts, lo) : bisect_left(starts, hi)]
                if n != name and n
            ]
            if several
            else []
        )
        if others:
            # Several languages in one clause: each qualifier belongs to the nearest language
            # ("Englisch (C1) zwingend, Deutsch von Vorteil").
            own = _attached(lower, lo, hi, pos, [pos, *others])
            if not own:
                # No qualifier of its own: the clause's, less those the other languages took
                # ("Deutschkenntnisse sind ein Plus, Englisch" is not English as a plus).
                # Only across a comma or semicolon: "German or French are an advantage" is both.
                apart = [q for q in others if _separated(lower, min(pos, q), max(pos, q))]
                taken = set().union(*(_attached(lower, lo, hi, q, [pos, *others]) for q in apart))
                own = _own_words(clause_own, lower, lo, hi) - taken
        else:
            inner = _bracket(lower, lo, hi, pos)
            own = set(tok(lower[inner[0] : inner[1]])) if inner else set()
            if not own - _language_words() - _GLOSS_WORDS:
                # Not in a bracket, or one that only names it ("Kenntnisse der zweiten
                # Landessprache (Französisch) sind erwünscht"): the clause's words qualify it.
                own = _own_words(clause_own, lower, lo, hi)
        # "Dutch or French plus English": "plus" joins a language there, it is no plus.
        plus_joins = others and "plus" in words and _plus_language_rx().search(lower, lo, hi)
        soft_here = soft - {"plus"} if plus_joins else soft
        is_soft = bool(own & soft_here) or wished or _inside(pos, nice_to_have or [])
        if not is_soft and others:
            # Alternatives share their qualifier: "Knowledge of Dutch or French is an advantage"
            # makes neither required; so do the items of a bare list ("Good Nepali, Sinhala or
            # Burmese would be an advantage", "Kroatisch- oder Serbischkenntnisse von Vorteil").
            is_soft = any(
                (
                    _or_joined(lower, min(pos, q), max(pos, q))
                    or _listed(lower, min(pos, q), max(pos, q))
                )
                and bool(_attached(lower, lo, hi, q, [pos, *others]) & soft_here)
                for q in others
            )
        if not (words & proficiency or compound or is_soft or working or _level_compound(words)):
            continue
        stretch_lo = max([lo, *(q + 1 for q in others if q < pos)])
        stretch_hi = min([hi, *(q for q in others if q > pos)])
        if others:
            # Another language's part of the clause ends at a comma: "Englisch musst du nicht
            # können, Deutsch ist Pflicht" says nothing against German.
            cut = max(lower.rfind(",", stretch_lo, pos), lower.rfind(";", stretch_lo, pos))
            stretch_lo = cut + 1 if cut >= 0 else stretch_lo
            ends = [i for c in ",;" if (i := lower.find(c, end, stretch_hi)) >= 0]
            stretch_hi = min([stretch_hi, *ends])
        if not is_soft and _no_language_needed(lower, pos, end):
            continue  # "Keine Deutschkenntnisse nötig": the ad asks for none
        if not is_soft and (nope := _not_needed_rx().search(lower, stretch_lo, stretch_hi)):
            # "German is not required", "No French needed": the ad says it does not ask for it.
            # After a contrast it is wished for all the same: "Italian would be great but not
            # essential", "Polnisch wäre schön, aber nicht zwingend" make it a plus.
            if not _CONTRAST_RX.search(lower, stretch_lo, nope.start()):
                continue
            is_soft = True
        span = Span(pos, end, f"language-{name}", doc.text[pos:end])
        prior = out.get(name)
        if prior is None or (not is_soft and not prior.required):
            clause = " ".join(doc.text[lo:hi].split())
            # Native-speaker wording is nationality-coded whether it is required or a plus.
            native = _native_of(lower, lo, hi, pos, [pos, *others])
            out[name] = LanguageRequirement(
                name, not is_soft, span, clause=clause, native=native, working=working
            )
    return sorted(out.values(), key=lambda r: r.span.start)


# The words one of which a wish of _wished_rx holds: without one in the clause it is not run.
_WISH_WORDS = frozenset(
    ("help", "helfen", "encouraged", "encourage", "welcome", "welcomed", "invited", "invite")
)


@cache
def _wished_rx() -> re.Pattern[str]:
    """After a language's name, a wish for it that names no level: a verb of helping ("Japanese
    would help", "Polnisch würde helfen"), or speakers of it invited to apply ("Spanish-speaking
    candidates are encouraged to apply", "Polish-speaking applicants are very welcome"); only
    people who apply, not a market or its clients ("Spanish-speaking clients")."""
    return re.compile(
        r"(?:[ \t]+[\w-]+){0,3}?[ \t]+(?:would|could|might|will|can|may|würden?|könnten?|"
        r"wird)[ \t]+(?:also[ \t]+|really[ \t]+|certainly[ \t]+|definitely[ \t]+|auch[ \t]+|"
        r"sicher[ \t]+)?(?:help|helfen)\b"
        r"(?![ \t]+(?:you|us|them|our|the|your|to|with|uns|dir|ihnen|bei)\b)"
        r"|[ \t]*-?[ \t]*speaking[ \t]+(?:candidates?|applicants?|people|individuals|"
        r"professionals|graduates|talent)[ \t]+(?:are|is)[ \t]+(?:\w+[ \t]+)?(?:encouraged|"
        r"welcome|welcomed|invited)\b"
    )


@cache
def _wished_before_rx() -> re.Pattern[str]:
    """Before a language's name, the same invitation: "We encourage Spanish-speaking candidates
    to apply", "we especially welcome Polish-speaking applicants"."""
    return re.compile(r"\b(?:encourage|welcome|invite)[ \t]+(?:\w+[ \t]+)?$")


_SPEAKERS_AFTER = re.compile(
    r"[ \t]*-?[ \t]*speaking[ \t]+(?:candidates?|applicants?|people|individuals|professionals|"
    r"graduates|talent)\b"
)


def _wished(lower: str, lo: int, hi: int, end: int) -> bool:
    """Whether the clause lower[lo:hi] wishes for the language named before `end` without a
    level (see _wished_rx, _wished_before_rx)."""
    if _wished_rx().match(lower, end, hi) is not None:
        return True
    start = max(lo, end - 80)
    return (
        _SPEAKERS_AFTER.match(lower, end, hi) is not None
        and _wished_before_rx().search(lower, start, lower.rfind(" ", start, end) + 1) is not None
    )


# The words of a bracket that only names a language as an example (rt36de).
_GLOSS_WORDS = frozenset(("z", "b", "zb", "e", "g", "eg", "i", "oder", "or", "und", "and", "bzw"))

# The words joining the items of a bare list of languages: "Nepali, Sinhala or Burmese".
_LIST_JOINERS = frozenset(("or", "oder", "bzw", "and", "und", "sowie"))


def _listed(lower: str, a: int, b: int) -> bool:
    """The languages at `a` and `b` are items of one bare list: only language names, commas,
    slashes, dashes and "or" between them, with an "or" or a slash ("Tamil, Telugu or Kannada",
    "Kroatisch- oder Serbisch"); "and" only in a list with a comma ("Nepali, Sinhala and
    Burmese"). A comma alone is no list: "Englisch, Deutschkenntnisse von Vorteil"."""
    between = lower[a:b]
    if any(c in between for c in "()0123456789"):
        return False
    table = _language_table()
    words = token_rx().findall(between)
    if not all(w in table or w in _LIST_JOINERS or _compound(w) for w in words):
        return False
    said = set(words)
    return (
        "/" in between
        or bool({"or", "oder", "bzw"} & said)
        or ("," in between and bool({"and", "und", "sowie"} & said))
    )


# Words of a clause that may state a working language ("working language", "Arbeitssprache",
# "communicates"): without one, _working_rx is not run.
_WORKING_CUES = ("language", "sprache", "communicat", "kommunizier")


@cache
def _working_rx() -> re.Pattern[str]:
    """The team's working language named ("Our working language is English", "Arbeitssprache ist
    Englisch", "Englisch ist unsere Teamsprache", "the team communicates in English"); the
    language's name is checked by position, so the pattern ends where it would stand."""
    kind = (
        r"(?:working|work|company|corporate|office|team|business|official|internal|day[\s\-]to"
        r"[\s\-]day)"
    )
    de = r"(?:arbeits|unternehmens|konzern|firmen|team|geschäfts|büro|umgangs|kommunikations)"
    return re.compile(
        rf"\b{kind}\s+language\s*(?:is|will\s+be|:)\s*(?:\w+\s+)?$"
        rf"|\b(?:die\s+|unsere\s+)?{de}sprache\s+(?:(?:im|in\s+\w+|bei\s+uns|unseres)\s+\w*\s*)?"
        rf"(?:ist|:)\s*(?:\w+\s+)?$"
        rf"|\b(?:we|the\s+team|our\s+team|the\s+company|the\s+business|wir|das\s+team|unser"
        rf"\s+team)\s+(?:work|works|communicate|communicates|operate|operates|arbeiten|arbeitet"
        rf"|kommunizieren|kommuniziert)\s+(?:\w+\s+){{0,2}}?(?:in|auf)\s+$"
    )


@cache
def _working_after_rx() -> re.Pattern[str]:
    """After the language: "English is our working language", "Englisch ist unsere Teamsprache"."""
    return re.compile(
        r"\s+(?:is|ist)\s+(?:our|the|unsere|die)\s+(?:\w+\s+)?(?:(?:working|company|corporate"
        r"|team|office|business|official|internal)\s+language|\w*(?:arbeits|unternehmens|konzern"
        r"|firmen|team|geschäfts|büro|umgangs)sprache)\b"
    )


def _working_language(lower: str, lo: int, hi: int, pos: int, end: int) -> bool:
    """The mention at [pos, end) is named as the team's working language (see _working_rx)."""
    clause = lower[lo:hi]
    if not any(cue in clause for cue in _WORKING_CUES):
        return False
    return (
        _working_rx().search(lower, max(lo, pos - 70), pos) is not None
        or _working_after_rx().match(lower, end, hi) is not None
    )


def _asks_nothing(words: set[str], compound: bool) -> bool:
    """No word of the clause (`words`) names a level or a wish, and the mention is no compound
    ("Deutschkenntnisse"): the language is neither asked for nor a plus. The qualifiers read
    for a mention are words of its clause, so this spares those reads (a page that names a
    "Flemish Region" on every line)."""
    proficiency, soft, _, _ = _cues()
    return (
        not compound
        and words.isdisjoint(proficiency)
        and words.isdisjoint(soft)
        and not _level_compound(words)
    )


def _own_words(memo: dict[tuple[int, int], set[str]], lower: str, lo: int, hi: int) -> set[str]:
    """The words of the clause lower[lo:hi] outside the brackets that speak of a language (see
    _unbracketed), read once a clause; the set is shared, so callers must not change it."""
    found = memo.get((lo, hi))
    if found is None:
        found = memo[lo, hi] = set(token_rx().findall(_unbracketed(lower[lo:hi])))
    return found


# A contrast before "not required": what comes before it was wished for.
_CONTRAST_RX = re.compile(r"\b(?:but|though|although|aber|jedoch|allerdings)\b")


def _level_compound(words: set[str]) -> bool:
    """A German compound that names a level of a language: "Muttersprachenniveau",
    "Verhandlungsniveau", "C1-Niveau" reads as one word of proficiency."""
    return any(w.endswith("niveau") or w.startswith("muttersprach") for w in words)


@gate
def _plus_language_rx() -> re.Pattern[str]:
    """ "plus" used as "and" before a language: "Dutch or French plus English"."""
    names = "|".join(sorted(_language_table(), key=len, reverse=True))
    return re.compile(rf"\bplus\s+(?:(?:fluent|good|basic|some|strong)\s+)?(?:{names})\b")


_OR_JOINED = re.compile(r"\w+\s*(?:\([^()\n]{0,20}\)\s*)?(?:,\s*)?(?:or|oder|and/or|und/oder|/)\s*")


def _or_joined(lower: str, a: int, b: int) -> bool:
    """The language at `a` and the one at `b` are alternatives: "Dutch or French"."""
    return _OR_JOINED.fullmatch(lower, a, b) is not None


def _separated(lower: str, a: int, b: int) -> bool:
    return "," in lower[a:b] or ";" in lower[a:b]


@gate
def _not_needed_rx() -> re.Pattern[str]:
    """A language said not to be needed: "not required", "nicht erforderlich", "no ... needed"."""
    need = (
        r"(?:required|necessary|needed|essential|mandatory|a\s+must|a\s+requirement|expected"
        r"|erforderlich|notwendig|nötig|vorausgesetzt|zwingend|pflicht|verpflichtend|gefordert)"
    )
    return re.compile(
        rf"\b(?:not|nicht)\s+(?:\w+\s+)?{need}\b|\bno\s+(?:\w+\s+){{0,2}}(?:needed|required"
        rf"|necessary)\b|\bkeine\s+voraussetzung\b|\bkein\s+muss\b"
        # "You don't need to speak German", "Deutsch musst du nicht können"
        r"|\b(?:don['’]?t|do\s+not|doesn['’]?t|does\s+not|won['’]?t|will\s+not)\s+(?:\w+\s+)?"
        r"(?:need|have)\s+to\s+(?:speak|know|read|write|be\s+fluent)\b"
        r"|\bno\s+need\s+to\s+(?:speak|know)\b"
        r"|\b(?:musst|müssen|brauchst|brauchen)\s+(?:du\s+|sie\s+)?(?:kein(?:e|en)?\s+\w+"
        r"|nicht\s+(?:zu\s+)?(?:können|sprechen|beherrschen))"
    )


def _native_of(lower: str, lo: int, hi: int, pos: int, mentions: list[int]) -> bool:
    """Whether native-speaker wording in the clause is said of the language at `pos`: of the
    nearest language, and of the others joined to it without a comma, unless it sits in that
    language's brackets ("Deutsch (Muttersprache), Englisch (B2)" is German's alone)."""
    for hit in _native_rx().finditer(lower, lo, hi):
        at = hit.start()

        def dist(q: int, at: int = at) -> int:
            a, b = sorted((q, at))
            return b - a + 30 * (lower.count(",", a, b) + lower.count(";", a, b))

        nearest = min(mentions, key=lambda q: (dist(q), q > at))
        bracketed = lower.rfind("(", lo, at) > lower.rfind(")", lo, at)
        joined = not bracketed and not _separated(lower, min(pos, nearest), max(pos, nearest))
        if pos == nearest or joined:
            return True
    return False


@gate
def _native_rx() -> re.Pattern[str]:
    """Native-speaker wording: it asks where you grew up, not how well you speak."""
    return re.compile(
        r"native|mother[\s\-]tongue|first language|muttersprach|erstsprache|langue maternelle"
        r"|moedertaal|lengua materna|madrelingua"
    )


def _attached(lower: str, lo: int, hi: int, pos: int, mentions: list[int]) -> set[str]:
    """The qualifier words of a clause that sit nearest the language mentioned at `pos`.

    Distance is counted in words; a comma or a semicolon between a qualifier and a language
    counts as three more, so "Englisch (C1) zwingend, Deutsch von Vorteil" gives "zwingend" to
    English and "Vorteil" to German."""
    proficiency, soft, _, _ = _cues()
    table = _language_table()
    items = [(m.start() + lo, m.group()) for m in token_rx().finditer(lower[lo:hi])]
    index = {at: i for i, (at, _) in enumerate(items)}
    marks = [i for i, (at, w) in enumerate(items) if at in mentions or w in table]
    if pos not in index or not marks:
        return set()
    commas = [0]
    for i in range(1, len(items)):
        gap = lower[items[i - 1][0] : items[i][0]]
        commas.append(commas[-1] + gap.count(",") + gap.count(";"))
    mine = index[pos]
    out: set[str] = set()
    for i, (_, w) in enumerate(items):
        if w in table or not (w in proficiency or w in soft):
            continue

        def dist(j: int, i: int = i) -> int:
            return abs(i - j) + 3 * abs(commas[i] - commas[j])

        # Ties go to the language before the qualifier: "English fluent, German ...".
        best = min(marks, key=lambda j: (dist(j), j > i))
        if best == mine:
            out.add(w)
    return out


def implied_requirement(doc: Doc, stated: list[LanguageRequirement]) -> LanguageRequirement | None:
    """An ad written in a language other than English expects that language, said or not."""
    name = langs.NAMES.get(doc.lang)
    if doc.lang in ("en", "unknown") or not name or any(r.language == name for r in stated):
        return None
    if any(r.working for r in stated):
        return None  # "Unsere Arbeitssprache ist Englisch": the ad names the team's language
    if _declined(doc, name):
        return None  # "Deutsch ist keine Voraussetzung": the ad says it does not expect it
    end = min(len(doc.text), 80)
    return LanguageRequirement(
        name, True, Span(0, end, f"language-{name}", doc.text[:end]), implied=True
    )


# "Keine Deutschkenntnisse nötig": "kein" right before the language, a word of need after it.
_KEIN_BEFORE = re.compile(r"\bkeine?[nr]?\s+$")
_NEED_AFTER = re.compile(
    r"\s*(?:sind\s+|ist\s+)?(?:nötig|erforderlich|notwendig|vorausgesetzt|gefordert|verlangt"
    r"|required|needed|necessary)\b"
)


def _no_language_needed(lower: str, pos: int, end: int) -> bool:
    """The mention at [pos, end) is said not to be needed by "kein" before it and a word of
    need after it: "keine Deutschkenntnisse nötig", "no German required"."""
    return bool(_KEIN_BEFORE.search(lower, max(0, pos - 8), pos)) and bool(
        _NEED_AFTER.match(lower, end)
    )


def _declined(doc: Doc, name: str) -> bool:
    """The ad says of its own language that it is not needed ("Deutsch ist keine Voraussetzung",
    "Deutschkenntnisse sind nicht erforderlich"), with no other language between the mention
    and the words that decline it."""
    lower = doc.lower
    named = _named(doc)
    for pos, token, n in named:
        if n != name:
            continue
        end = pos + len(token)
        if _no_language_needed(lower, pos, end):
            return True
        lo, hi = _clause(lower, pos, end)
        for nope in _not_needed_rx().finditer(lower, lo, hi):
            a, b = sorted((pos, nope.start()))
            between = any(a < q < b and m != name for q, _, m in named)
            if not between and not _CONTRAST_RX.search(lower, a, b):
                return True
    return False


def _compound_partner(lower: str, end: int) -> bool:
    """'deutsch-' followed by 'und englischkenntnisse': the level sits in the partner word."""
    return lower.startswith("-", end) and "kenntnisse" in lower[end : end + 40]


def _inside(pos: int, ranges: list[tuple[int, int]]) -> bool:
    return any(lo <= pos < hi for lo, hi in ranges)


# Words for Europe as a whole: Norwegian ads name the EU too ("EU/EØS-borger"), and Norway is
# not in the EU.
_EU_AT_LARGE = frozenset({"eu", "europe", "european"})


@cache
def _eu_places() -> frozenset[str]:
    return frozenset(str(_conditions()["eu_places"]).split()) - _EU_AT_LARGE


def in_eu(doc: Doc) -> bool:
    """The ad names a place in the EU (or prices in euro).

    Europe named at large does not count in a Norwegian ad (one whose crowns read as NOK).
    """
    vocab = doc.vocab
    if "€" in doc.text or "eur" in vocab or not _eu_places().isdisjoint(vocab):
        return True
    return not _EU_AT_LARGE.isdisjoint(vocab) and pay_crowns.crowns(doc) != ("NOK", False)
