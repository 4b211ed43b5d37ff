"""The message catalogs against the code: every message translated, nothing stale, .mo = .po.

Messages are extracted here with Babel's own API and the settings `make i18n` uses
(pyproject.toml [tool.babel.extract_messages] and babel.cfg), so what `pybabel extract` would find
is what these tests check.
"""

from __future__ import annotations

import string
import tomllib
from functools import cache
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.frontend import parse_keywords, parse_mapping_cfg
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

from askback.i18n import DOMAIN, LOCALE_DIR, SOURCE_LANGUAGE, languages

ROOT = Path(__file__).resolve().parents[2]
LANGS = [lang for lang in languages() if lang != SOURCE_LANGUAGE]
FIX = "run `make i18n`, translate the new entries in the .po, and run it again"

Key = tuple[str | tuple[str, ...], str | None]


@cache
def extracted() -> Catalog:
    """What `pybabel extract` finds in src/ now."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["babel"]
    settings = config["extract_messages"]
    keywords = dict(DEFAULT_KEYWORDS)
    keywords.update(parse_keywords(settings["keywords"].split()))
    with open(ROOT / settings["mapping_file"], encoding="utf-8") as mapping:
        method_map, options_map = parse_mapping_cfg(mapping)
    catalog = Catalog()
    for name, line, message, comments, context in extract_from_dir(
        ROOT / "src", method_map, options_map, keywords
    ):
        catalog.add(message, None, [(name, line)], auto_comments=comments, context=context)
    return catalog


def _po(lang: str) -> Catalog:
    with open(LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po", "rb") as f:
        return read_po(f, locale=lang)


def _key(m: Message) -> Key:
    # A compiled catalog gives plural ids as lists; the source gives tuples.
    return (tuple(m.id) if isinstance(m.id, list) else m.id, m.context)


def _text(m: Message) -> str | tuple[str, ...]:
    return tuple(m.string) if isinstance(m.string, list | tuple) else m.string


def _messages(catalog: Catalog) -> dict[Key, Message]:
    return {_key(m): m for m in catalog if m.id}


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_extraction_finds_the_messages_of_the_code_and_the_templates() -> None:
    where = {Path(name).suffix for m in extracted() for name, _ in m.locations}
    assert {".py", ".html"} <= where
    assert len(_messages(extracted())) > 400
    plurals = [m for m in extracted() if m.pluralizable]
    assert any(m.id == ("{n} answer", "{n} answers") for m in plurals)


def test_there_is_a_catalog_besides_english() -> None:
    assert "de" in LANGS


@pytest.mark.parametrize("lang", LANGS)
def test_every_message_in_the_code_is_translated(lang: str) -> None:
    po = _messages(_po(lang))
    missing = [k for k in _messages(extracted()) if k not in po]
    assert not missing, f"{lang}: no entry for {missing[:10]} ({len(missing)} in all); {FIX}"
    empty = [k for k, m in po.items() if not all(m.string if m.pluralizable else [m.string])]
    assert not empty, f"{lang}: untranslated {empty[:10]}; {FIX}"
    fuzzy = [k for k, m in po.items() if m.fuzzy]
    assert not fuzzy, f"{lang}: fuzzy (guessed) entries {fuzzy[:10]}: check them, drop the flag"


@pytest.mark.parametrize("lang", LANGS)
def test_the_catalog_holds_no_message_the_code_no_longer_has(lang: str) -> None:
    stale = [k for k in _messages(_po(lang)) if k not in _messages(extracted())]
    assert not stale, f"{lang}: entries the code no longer uses {stale[:10]}; {FIX}"


@pytest.mark.parametrize("lang", LANGS)
def test_translations_fill_the_same_placeholders(lang: str) -> None:
    wrong = []
    for key, m in _messages(_po(lang)).items():
        if m.pluralizable:
            english = _fields(m.id[0]) | _fields(m.id[1])
            forms = list(m.string)
            # The last form is the general plural: it names every value; others may leave n out.
            if _fields(forms[-1]) != _fields(m.id[1]) or any(_fields(f) - english for f in forms):
                wrong.append(key)
        elif _fields(m.string) != _fields(m.id):
            wrong.append(key)
    assert not wrong, f"{lang}: placeholders differ from the English in {wrong}"


@pytest.mark.parametrize("lang", LANGS)
def test_the_compiled_catalog_matches_its_source(lang: str) -> None:
    po = _po(lang)
    with open(LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.mo", "rb") as f:
        mo = read_mo(f)
    assert _messages(mo).keys() == _messages(po).keys(), f"{lang}: the .mo is stale; {FIX}"
    differ = [k for k, m in _messages(po).items() if _text(_messages(mo)[k]) != _text(m)]
    assert not differ, f"{lang}: the .mo says otherwise for {differ[:10]}; {FIX}"
    assert po.plural_forms == mo.plural_forms
    problems = [(m.id, errors) for m, errors in po.check()]
    assert not problems, f"{lang}: pybabel compile would refuse: {problems}"
