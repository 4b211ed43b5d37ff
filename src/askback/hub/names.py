"""Company names, normalised: case, accents, punctuation and legal-form suffixes fall away."""

from __future__ import annotations

import re
import unicodedata

# Legal forms dropped from the end of a name (German, Austrian, Swiss, English, Dutch, French,
# Italian, Spanish, Nordic). Longest first, so "gmbh co kg" goes whole before "kg".
LEGAL_FORMS = sorted(
    {
        "gmbh co kg",
        "gmbh co kgaa",
        "ag co kg",
        "se co kg",
        "gmbh",
        "ggmbh",
        "ag",
        "se",
        "kg",
        "kgaa",
        "ohg",
        "gbr",
        "ug haftungsbeschrankt",
        "ug",
        "ev",
        "eg",
        "mbh",
        "inc",
        "incorporated",
        "ltd",
        "limited",
        "llc",
        "llp",
        "plc",
        "corp",
        "corporation",
        "co",
        "company",
        "lp",
        "bv",
        "nv",
        "sa",
        "sas",
        "sarl",
        "spa",
        "srl",
        "sl",
        "ab",
        "as",
        "asa",
        "oy",
        "oyj",
        "aps",
        "pty",
        "pty ltd",
        "holding",
        "holdings",
        "group",
    },
    key=lambda s: -len(s),
)
_SUFFIX = re.compile(r"(?:\s+(?:" + "|".join(re.escape(f) for f in LEGAL_FORMS) + r"))+$")
MAX_NAME = 200


def normalize(name: str) -> str:
    """The key two spellings of one company share: 'ACME GmbH & Co. KG' -> 'acme'."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = text.replace("ß", "ss").replace("&", " ")
    text = re.sub(r"[^\w\s]", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    stripped = _SUFFIX.sub("", text).strip()
    return (stripped or text)[:MAX_NAME]


def slug(normalized: str) -> str:
    """A URL part for a normalised name."""
    return (
        re.sub(r"[^a-z0-9]+", "-", normalized.encode("ascii", "ignore").decode()).strip("-")
        or "company"
    )


def display_name(name: str) -> str:
    """The name as typed, tidied: spaces collapsed, at most MAX_NAME characters."""
    return re.sub(r"\s+", " ", name).strip()[:MAX_NAME]
