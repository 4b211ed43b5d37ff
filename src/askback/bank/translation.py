"""Translations of questions: every user-visible field, validated against the English original."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from askback.bank.loader import Located
from askback.bank.schema import SPOKEN_MAX_WORDS, TRANSLATABLE, Rubric, Text, word_count
from askback.errors import BankError
from askback.i18n import ngettext

if TYPE_CHECKING:
    from askback.bank.schema import Question

# Fields holding a list whose length must equal the English one, item for item.
LIST_FIELDS = ("green_flags", "red_flags", "follow_ups")


# Every question's translation needs these, though they may come from another file than the rest.
REQUIRED = ("text", "summary")


class TranslationEntry(BaseModel):
    """One file's share of a question's fields in another language."""

    model_config = ConfigDict(extra="forbid")

    text: Text | None = None
    summary: Text | None = None
    spoken: Text | None = None
    why: Text | None = None
    green_flags: list[Text] | None = Field(default=None, min_length=1)
    red_flags: list[Text] | None = Field(default=None, min_length=1)
    rubric: Rubric | None = None
    follow_ups: list[Text] | None = None

    def as_fields(self) -> dict[str, Any]:
        """The translated fields as plain data, rubric keyed '1', '3', '5'; absent ones left out."""
        return self.model_dump(by_alias=True, exclude_none=True)


@dataclass(frozen=True)
class LocatedEntry:
    """A parsed entry and where it came from, so a later check can name file, line and field.

    An entry merged from several files keeps each file's part, so an error about a field names
    the file and line that field came from.
    """

    fields: dict[str, Any]
    path: Path
    node: Located
    base: tuple[Any, ...]
    parts: tuple[LocatedEntry, ...] = ()

    def part(self, field: str | None = None) -> LocatedEntry:
        """The single-file entry that gave `field` (the first part when no field is named)."""
        for part in self.parts:
            if field is None or field in part.fields:
                return part
        return self

    def where(self, field: str | None = None) -> Path:
        return self.part(field).path

    def line(self, *loc: Any) -> int | None:
        part = self.part(str(loc[0]) if loc else None)
        if part is not self:
            return part.line(*loc)
        return self.node.line([*self.base, *loc])


def merge_entry(qid: str, have: LocatedEntry | None, new: LocatedEntry) -> LocatedEntry:
    """Join one id's fields from two files; the same field given twice is an error naming both."""
    if have is None:
        return new
    for name in new.fields:
        if name in have.fields:
            first = have.part(name)
            raise BankError(
                str(new.path),
                new.line(name),
                f"{qid}.{name}",
                f"given twice: also in {first.path} line {first.line(name)}",
            )
    parts = (have.parts or (have,)) + (new.parts or (new,))
    return LocatedEntry({**have.fields, **new.fields}, have.path, have.node, have.base, parts)


def require_core(qid: str, lang: str, entry: LocatedEntry) -> None:
    """Once all files are read, a question's translation must have its text and summary."""
    for name in REQUIRED:
        if name not in entry.fields:
            first = entry.part()
            raise BankError(
                str(first.path), first.line(), f"{qid}.{name}", f"{lang} translation is missing"
            )


def parse_entries(
    path: Path, data: Any, node: Located, lang: str, base: list[Any]
) -> dict[str, LocatedEntry]:
    """Validate a mapping of question id to translated fields; the first error names its line."""
    if not isinstance(data, dict):
        raise BankError(
            str(path), node.line(base) or 1, None, "a translation maps question ids to fields"
        )
    out: dict[str, LocatedEntry] = {}
    for qid, entry in data.items():
        where = (*base, qid)
        if not isinstance(entry, dict):
            raise BankError(str(path), node.line(where), str(qid), "must map 'text', 'summary' ...")
        try:
            parsed = TranslationEntry.model_validate(entry)
        except ValidationError as exc:
            errors = sorted(exc.errors(), key=lambda e: e["type"] != "extra_forbidden")
            err = errors[0]
            field = ".".join(str(p) for p in err["loc"])
            msg = err["msg"]
            if err["type"] == "extra_forbidden":
                msg = "is not a known field"
            raise BankError(
                str(path), node.line([*where, *err["loc"]]), f"{qid}.{field}", msg
            ) from None
        out[str(qid)] = LocatedEntry(parsed.as_fields(), path, node, where)
    return out


def check_against(q: Question, lang: str, entry: LocatedEntry) -> None:
    """A translation must match its question's shape: as many flags and follow-ups, no extras."""
    for name in LIST_FIELDS:
        theirs = entry.fields.get(name)
        if theirs is None:
            continue
        ours = getattr(q, name)
        if len(theirs) != len(ours):
            raise BankError(
                str(entry.where(name)),
                entry.line(name),
                f"{q.id}.{name}",
                ngettext(
                    "has {n} {lang} item but the English has {ours}",
                    "has {n} {lang} items but the English has {ours}",
                    len(theirs),
                    lang=lang,
                    ours=len(ours),
                ),
            )
    if "spoken" in entry.fields and not q.spoken:
        raise BankError(
            str(entry.where("spoken")),
            entry.line("spoken"),
            f"{q.id}.spoken",
            "the English question has no spoken form to translate",
        )
    spoken = entry.fields.get("spoken")
    if spoken is not None and word_count(spoken) > SPOKEN_MAX_WORDS:
        raise BankError(
            str(entry.where("spoken")),
            entry.line("spoken"),
            f"{q.id}.spoken",
            f"has {word_count(spoken)} words; a spoken form has at most {SPOKEN_MAX_WORDS}",
        )


def missing_fields(q: Question, lang: str) -> list[str]:
    """The user-visible fields of a question that have no translation in lang."""
    have = q.translations.get(lang, {})
    out: list[str] = []
    for name in TRANSLATABLE:
        english = getattr(q, name, None)
        if english in (None, [], "") or name in have:
            continue
        out.append(name)
    return out
