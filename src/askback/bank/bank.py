"""The loaded question bank: questions by id, filters, search and a DataFrame view."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from askback.bank.loader import (
    LANGUAGES,
    QUESTIONS_DIR,
    RESOURCES_FILE,
    TRANSLATIONS_DIR,
    Located,
    mapping_document,
    validate_items,
    yaml_files,
)
from askback.bank.schema import (
    DIMENSION_PREFIX,
    QUESTION_ID,
    Audience,
    Dimension,
    Question,
    Resource,
    Stage,
)
from askback.bank.translation import (
    LocatedEntry,
    check_against,
    merge_entry,
    parse_entries,
    require_core,
)
from askback.errors import BankError, NotFoundError

if TYPE_CHECKING:
    import pandas as pd

    from askback.bank.search import SearchHit, SearchIndex


@dataclass(frozen=True)
class QuestionFilter:
    """Criteria for listing questions; an empty criterion matches everything."""

    dimensions: tuple[Dimension, ...] = ()
    audiences: tuple[Audience, ...] = ()
    stages: tuple[Stage, ...] = ()
    tags: tuple[str, ...] = ()
    sensitive: bool | None = None
    research_first: bool | None = None

    def matches(self, q: Question) -> bool:
        """True when the question meets every criterion that is set."""
        if self.dimensions and not set(self.dimensions) & set(q.dimensions):
            return False
        if self.audiences and not (
            set(self.audiences) & set(q.audience) or Audience.ANY in q.audience
        ):
            return False
        if self.stages and not set(self.stages) & set(q.stage):
            return False
        if self.tags and not set(self.tags) <= set(q.tags):
            return False
        if self.sensitive is not None and q.sensitive != self.sensitive:
            return False
        return self.research_first is None or q.research_first == self.research_first


@dataclass
class Bank:
    """Questions (shipped plus the user's) and the resources catalog."""

    questions: list[Question]
    origins: dict[str, str] = field(default_factory=dict)
    # Retired ids (merged into another question) and the id each now resolves to.
    aliases: dict[str, str] = field(default_factory=dict)
    # The hash of the sources this bank was loaded from (see bank.cache); None when unkeyed.
    cache_key: str | None = field(default=None, compare=False, repr=False)

    @cached_property
    def by_id(self) -> dict[str, Question]:
        """Questions by id; a retired id maps to the question it was merged into."""
        live = {q.id: q for q in self.questions}
        return {**{old: live[new] for old, new in self.aliases.items() if new in live}, **live}

    def canonical(self, qid: str) -> str:
        """The live id for an id or a retired alias (unknown ids are returned unchanged)."""
        return self.aliases.get(qid, qid)

    def __len__(self) -> int:
        return len(self.questions)

    def __contains__(self, qid: object) -> bool:
        return qid in self.by_id

    def get(self, qid: str) -> Question:
        """The question with this id (a retired id gives the question it was merged into).

        An unknown id raises NotFoundError, suggesting the closest id."""
        try:
            return self.by_id[qid]
        except KeyError:
            from rapidfuzz import process

            close = process.extractOne(qid, list(self.by_id))
            hint = f"; did you mean {close[0]}?" if close and close[1] >= 70 else ""
            raise NotFoundError(f"no question with id {qid!r} in the bank{hint}") from None

    def filter(self, criteria: QuestionFilter | None = None) -> list[Question]:
        """The questions that match the criteria, in bank order (all of them without criteria)."""
        if criteria is None:
            return list(self.questions)
        return [q for q in self.questions if criteria.matches(q)]

    def by_dimension(self, dimension: Dimension) -> list[Question]:
        """The questions whose main dimension is this one."""
        return [q for q in self.questions if q.dimension == dimension]

    def with_tags(self, *tags: str) -> list[Question]:
        """Questions carrying any of the tags."""
        wanted = set(tags)
        return [q for q in self.questions if wanted & set(q.tags)]

    @cached_property
    def tag_counts(self) -> dict[str, int]:
        """How many questions carry each tag (a question counts once per tag)."""
        counts: dict[str, int] = {}
        for q in self.questions:
            for tag in set(q.tags):
                counts[tag] = counts.get(tag, 0) + 1
        return counts

    @cached_property
    def index(self) -> SearchIndex:
        """The search index over the questions, built on first use (or read from the cache)."""
        from askback.bank.search import SearchIndex, TextIndex

        if self.cache_key is None:
            return SearchIndex(self.questions)
        from askback.bank import cache

        # Building the index takes longer than a search: keep it next to the bank it indexes.
        stored = cache.read("index", self.cache_key)
        if isinstance(stored, TextIndex) and stored.size == len(self.questions):
            return SearchIndex(self.questions, index=stored)
        built = SearchIndex(self.questions)
        cache.write("index", self.cache_key, built.index)
        return built

    def search(self, query: str, *, limit: int = 20, lang: str | None = None) -> list[SearchHit]:
        """Ranked, typo-tolerant search over text, summary, tags, dimension and translations."""
        return self.index.search(query, limit=limit)

    @cached_property
    def resources(self) -> list[Resource]:
        """The curated resources (further reading) shipped with the bank."""
        return load_resources()

    def to_frame(self, lang: str = "en") -> pd.DataFrame:
        """One row per question, for slicing the bank with pandas."""
        import pandas as pd

        rows: list[dict[str, Any]] = []
        for q in self.questions:
            rows.append(
                {
                    "id": q.id,
                    "dimension": q.dimension.value,
                    "dimensions": [d.value for d in q.dimensions],
                    "text": q.text_in(lang),
                    "summary": q.summary_in(lang),
                    "tags": list(q.tags),
                    "audience": [a.value for a in q.audience],
                    "stage": [s.value for s in q.stage],
                    "sensitive": q.sensitive,
                    "research_first": q.research_first,
                    "minutes": q.minutes,
                    "why": q.localized(lang).why,
                    "source": q.source,
                }
            )
        return pd.DataFrame(rows).set_index("id")


def _load_question_file(path: Path, *, shipped: bool) -> tuple[list[Question], dict[str, str]]:
    data, node = mapping_document(path)
    if "questions" not in data:
        raise BankError(str(path), 1, "questions", "is required but missing")
    unknown = set(data) - {"dimension", "questions", "translations", "retired"}
    if unknown:
        key = sorted(unknown)[0]
        raise BankError(str(path), node.line([key]), key, "is not a known top-level key")
    questions = validate_items(Question, data["questions"], path, node, "questions")
    file_dim = data.get("dimension")
    for i, q in enumerate(questions):
        line = i  # the item's index; its line is looked up only for an error
        if file_dim is not None and q.dimension.value != file_dim:
            raise BankError(
                str(path),
                node.line(["questions", line, "dimensions"]),
                f"{q.id}: dimensions",
                f"the first dimension must be the file's dimension {file_dim!r}",
            )
        if shipped and not q.id.startswith(DIMENSION_PREFIX[q.dimension] + "-"):
            raise BankError(
                str(path),
                node.line(["questions", line, "id"]),
                f"{q.id}: id",
                f"must start with {DIMENSION_PREFIX[q.dimension]!r} for dimension {q.dimension}",
            )
    retired = _retired(path, data, node, questions, shipped=shipped)
    source = "bank" if shipped else str(path)
    return [q if shipped else q.model_copy(update={"source": source}) for q in questions], retired


def _retired(
    path: Path, data: dict[str, Any], node: Located, questions: list[Question], *, shipped: bool
) -> dict[str, str]:
    """The file's `retired:` map: ids merged away, each to the id that answers for it now."""
    raw = data.get("retired") or {}
    if not isinstance(raw, dict):
        raise BankError(str(path), node.line(["retired"]), "retired", "must map old id: new id")
    live = {q.id for q in questions}
    file_dim = data.get("dimension")
    out: dict[str, str] = {}
    for old, new in raw.items():
        where = node.line(["retired", old])
        if not isinstance(old, str) or not QUESTION_ID.match(old):
            raise BankError(str(path), where, f"retired.{old}", "is not a question id")
        if not isinstance(new, str) or not QUESTION_ID.match(new):
            raise BankError(str(path), where, f"retired.{old}", f"{new!r} is not a question id")
        if old in live:
            raise BankError(str(path), where, f"retired.{old}", "is still a live question here")
        if shipped and file_dim in {d.value for d in Dimension}:
            prefix = DIMENSION_PREFIX[Dimension(str(file_dim))]
            if not old.startswith(prefix + "-"):
                raise BankError(str(path), where, f"retired.{old}", f"must start with {prefix!r}")
        out[old] = new
    return out


def translation_entries(lang: str, directory: Path | None = None) -> dict[str, LocatedEntry]:
    """Shipped translations for one language, keyed by question id, each with its file and line."""
    folder = (directory or TRANSLATIONS_DIR) / lang
    out: dict[str, LocatedEntry] = {}
    if not folder.is_dir():
        return out
    for path in sorted(folder.glob("*.yaml")):
        if path.name == RESOURCES_FILE.name:
            continue  # resource descriptions, not questions
        data, node = mapping_document(path)
        # One id's fields may be split across files (spoken.yaml next to the dimension files).
        for qid, entry in parse_entries(path, data, node, lang, []).items():
            out[qid] = merge_entry(qid, out.get(qid), entry)
    for qid, entry in out.items():
        require_core(qid, lang, entry)
    return out


def load_translations(lang: str, directory: Path | None = None) -> dict[str, dict[str, Any]]:
    """Shipped translations for one language, keyed by question id, with the file of each."""
    return {
        qid: {**e.fields, "_file": str(e.where("text"))}
        for qid, e in translation_entries(lang, directory).items()
    }


def load(
    paths: Iterable[Path | str] = (),
    *,
    shipped: bool = True,
    extra_questions: Sequence[Question] = (),
) -> Bank:
    """Load the shipped bank plus question files or folders in `paths`, validated and translated.

    The result is cached on disk, keyed by a hash of every source file, so an unchanged bank
    loads without parsing or validating; any edit to a file is seen by the next load.
    """
    files = [Path(p) for p in paths]
    if not shipped or extra_questions:
        return _load(files, shipped=shipped, extra_questions=extra_questions)
    from askback.bank import cache

    key = cache.files_key(files)
    if key is None:
        return _load(files, shipped=shipped)  # the loader says what is wrong with the files
    stored = cache.read("bank", key)
    if isinstance(stored, Bank) and stored.cache_key == key:
        return stored
    bank = _load(files, shipped=shipped)
    bank.cache_key = key
    cache.write("bank", key, bank)
    return bank


def _load(
    paths: Sequence[Path],
    *,
    shipped: bool = True,
    extra_questions: Sequence[Question] = (),
) -> Bank:
    questions: list[Question] = []
    origins: dict[str, str] = {}
    retired: dict[str, tuple[str, str]] = {}  # old id -> (new id, file)
    translations: dict[str, dict[str, LocatedEntry]] = {}

    def load_file(path: Path, *, shipped: bool) -> None:
        qs, gone = _load_question_file(path, shipped=shipped)
        add(qs, str(path))
        for old, new in gone.items():
            if old in retired:
                raise BankError(str(path), None, old, f"retired twice (also in {retired[old][1]})")
            retired[old] = (new, str(path))

    def add(qs: Iterable[Question], origin: str, line_of: Any = None) -> None:
        for q in qs:
            if q.id in origins:
                raise BankError(
                    origin,
                    None,
                    q.id,
                    f"duplicate question id (already defined in {origins[q.id]})",
                )
            origins[q.id] = origin
            questions.append(q)

    if shipped:
        for path in sorted(QUESTIONS_DIR.glob("*.yaml")):
            load_file(path, shipped=True)
        for lang in LANGUAGES[1:]:
            translations[lang] = translation_entries(lang)
    for path in yaml_files(paths):
        load_file(path, shipped=False)
        data, node = mapping_document(path)
        for lang, entries in (data.get("translations") or {}).items():
            parsed = parse_entries(path, entries, node, str(lang), ["translations", lang])
            have = translations.setdefault(str(lang), {})
            for qid, entry in parsed.items():
                have[qid] = merge_entry(qid, have.get(qid), entry)
                require_core(qid, str(lang), have[qid])
    add(extra_questions, "your custom questions")

    ids = {q.id for q in questions}
    aliases = _resolve_aliases(retired, ids)
    for lang, entries in translations.items():
        for qid, entry in entries.items():
            if qid not in ids:
                raise BankError(
                    str(entry.where()),
                    entry.line(),
                    qid,
                    f"orphan {lang} translation: no such question",
                )
    known_facts = _fact_ids() if any(q.facts for q in questions) else set()
    result: list[Question] = []
    for q in questions:
        for fid in q.facts:
            if fid not in known_facts:
                raise BankError(origins[q.id], None, f"{q.id}: facts", f"unknown fact id {fid!r}")
        for ref in q.related:
            if ref not in ids and ref not in aliases:
                raise BankError(
                    origins[q.id], None, f"{q.id}: related", f"unknown question id {ref!r}"
                )
        related = list(
            dict.fromkeys(aliases.get(r, r) for r in q.related if aliases.get(r, r) != q.id)
        )
        if related != q.related:
            q = q.model_copy(update={"related": related})
        tr: dict[str, dict[str, Any]] = {}
        for lang, entries in translations.items():
            if q.id in entries:
                check_against(q, lang, entries[q.id])
                tr[lang] = entries[q.id].fields
        result.append(q.model_copy(update={"translations": tr}) if tr else q)
    return Bank(result, origins, aliases)


def _fact_ids() -> set[str]:
    from askback.bank.facts import load_facts

    return set(load_facts())


def _resolve_aliases(retired: dict[str, tuple[str, str]], ids: set[str]) -> dict[str, str]:
    """Each retired id mapped to a live id, following chains; a clash or a dead end is an error."""
    out: dict[str, str] = {}
    for old, (new, origin) in retired.items():
        if old in ids:
            raise BankError(origin, None, f"retired.{old}", "is also a live question id")
        seen = [old]
        while new in retired and new not in seen:
            seen.append(new)
            new = retired[new][0]
        if new not in ids:
            raise BankError(
                origin, None, f"retired.{old}", f"points to {new!r}, which is not in the bank"
            )
        out[old] = new
    return out


def load_resources(path: Path | None = None) -> list[Resource]:
    """The curated resources catalog."""
    path = path or RESOURCES_FILE
    data, node = mapping_document(path)
    resources = validate_items(Resource, data.get("resources"), path, node, "resources")
    resources = _translate_resources(resources, path.parent / "translations")
    seen: set[str] = set()
    for i, r in enumerate(resources):
        if r.id in seen:
            raise BankError(str(path), node.line(["resources", i]), r.id, "duplicate resource id")
        seen.add(r.id)
    return resources


def _translate_resources(resources: list[Resource], folder: Path) -> list[Resource]:
    """Attach translated descriptions from translations/<lang>/resources.yaml."""
    ids = {r.id for r in resources}
    found: dict[str, dict[str, dict[str, str]]] = {}
    for lang in LANGUAGES[1:]:
        path = folder / lang / RESOURCES_FILE.name
        if not path.exists():
            continue
        data, node = mapping_document(path)
        for rid, entry in data.items():
            if rid not in ids:
                raise BankError(str(path), node.line([rid]), str(rid), "orphan translation")
            text = entry.get("description") if isinstance(entry, dict) else None
            if not isinstance(text, str) or len(text.strip()) < 3:
                raise BankError(str(path), node.line([rid]), f"{rid}.description", "is missing")
            found.setdefault(rid, {})[lang] = {"description": text.strip()}
    return [
        r.model_copy(update={"translations": found[r.id]}) if r.id in found else r
        for r in resources
    ]
