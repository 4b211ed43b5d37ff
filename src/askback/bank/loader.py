"""Load question and resource files, validating them with errors that name file, line and field."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from askback.errors import BankError

if TYPE_CHECKING:
    import yaml
    from pydantic import BaseModel

PACKAGE_DIR = Path(__file__).parent
QUESTIONS_DIR = PACKAGE_DIR / "questions"
TRANSLATIONS_DIR = PACKAGE_DIR / "translations"
# The languages the bank is written in: English, and a translations/<lang>/ folder each.
LANGUAGES = ("en", "de")
RESOURCES_FILE = PACKAGE_DIR / "resources.yaml"
MAX_BANK_FILE_BYTES = 5_000_000

M = TypeVar("M", bound="BaseModel")


def _loader() -> type[Any]:
    # Imported here: a bank served from the cache parses no YAML.
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class Located:
    """A parsed file's node tree, composed only when an error needs a line number."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._node: yaml.Node | None = None

    def line(self, loc: Sequence[int | str]) -> int | None:
        if self._node is None:
            import yaml

            self._node = yaml.compose(self.text, Loader=_loader())
        return node_line(self._node, loc)


def read_yaml(path: Path) -> tuple[Any, Located]:
    """Parse a YAML file (libyaml when present); return the data and a line locator."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise BankError(str(path), None, None, f"cannot read the file ({exc.strerror})") from None
    if size > MAX_BANK_FILE_BYTES:
        raise BankError(str(path), None, None, f"file is {size} bytes, over the 5 MB limit")
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BankError(str(path), None, None, f"not UTF-8 text ({exc.reason})") from None
    import yaml

    try:
        data = yaml.load(text, Loader=_loader())  # safe loaders: never arbitrary objects
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        raise BankError(str(path), line, None, f"invalid YAML: {exc.problem}") from None
    except yaml.YAMLError as exc:
        # A ReaderError (a control character, say) carries a position, not a mark.
        position = getattr(exc, "position", None)
        line = text.count("\n", 0, position) + 1 if isinstance(position, int) else None
        reason = getattr(exc, "reason", None) or str(exc).splitlines()[0]
        raise BankError(str(path), line, None, f"invalid YAML: {reason}") from None
    return data, Located(text)


def node_line(node: yaml.Node | None, loc: Sequence[int | str]) -> int | None:
    """The 1-based line of the YAML node at a pydantic error location, or of its nearest parent."""
    import yaml

    line = node.start_mark.line + 1 if node is not None else None
    current = node
    for key in loc:
        if isinstance(current, yaml.MappingNode):
            pair = next(
                (
                    (k, v)
                    for k, v in current.value
                    if isinstance(k, yaml.ScalarNode) and k.value == str(key)
                ),
                None,
            )
            if pair is None:
                break
            # Report the key's line: a block mapping's value starts on the line below it.
            line = pair[0].start_mark.line + 1
            current = pair[1]
            continue
        elif isinstance(current, yaml.SequenceNode) and isinstance(key, int):
            if key >= len(current.value):
                break
            current = current.value[key]
        else:
            break
        line = current.start_mark.line + 1
    return line


def validate_items(
    model: type[M],
    items: Any,
    path: Path,
    node: Located,
    list_key: str,
) -> list[M]:
    """Validate each mapping under `list_key`; the first error names file, line and field."""
    from pydantic import ValidationError

    if not isinstance(items, list):
        raise BankError(str(path), node.line([list_key]), list_key, "must be a list")
    out: list[M] = []
    for index, item in enumerate(items):
        try:
            out.append(model.model_validate(item))
        except ValidationError as exc:
            # A misspelt key also makes the real key "missing": report the misspelling.
            errors = sorted(exc.errors(), key=lambda e: e["type"] != "extra_forbidden")
            err = errors[0]
            loc = [list_key, index, *err["loc"]]
            ident = item.get("id") if isinstance(item, dict) else None
            field = ".".join(str(p) for p in err["loc"]) or "(item)"
            prefix = f"{ident}: " if ident else f"item {index + 1}: "
            msg = err["msg"]
            if err["type"] == "missing":
                msg = "is required but missing"
            elif err["type"] == "extra_forbidden":
                msg = "is not a known field"
            raise BankError(str(path), node.line(loc), prefix + field, msg) from None
    return out


def mapping_document(path: Path) -> tuple[dict[str, Any], Located]:
    data, node = read_yaml(path)
    if data is None:
        raise BankError(str(path), None, None, "the file is empty")
    if not isinstance(data, dict):
        raise BankError(str(path), 1, None, "the top level must be a mapping")
    return data, node


def yaml_files(paths: Iterable[Path]) -> list[Path]:
    """Expand directories to their *.yaml / *.yml files, sorted; keep files as given."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(sorted([*p.glob("*.yaml"), *p.glob("*.yml")]))
        elif p.exists():
            out.append(p)
        else:
            raise BankError(str(p), None, None, "no such file or directory")
    return out
