"""Errors that the faces show to the user without a traceback."""

from __future__ import annotations

from typing import Any, Self


class AskbackError(Exception):
    """A user-facing error: the message says what is wrong and where."""


class BankError(AskbackError):
    """A question-bank or resources file is broken."""

    def __init__(self, path: str, line: int | None, field: str | None, problem: str) -> None:
        self.path = path
        self.line = line
        self.field = field
        self.problem = problem
        where = path if line is None else f"{path}:{line}"
        what = f"{field}: {problem}" if field else problem
        super().__init__(f"{where}: {what}")


class NotFoundError(AskbackError):
    """A referenced object (question, opportunity, contact ...) does not exist."""


class Worded:
    """What a web page needs to word an error in its own language.

    `msgid` is an English catalog message with `{field}` (the field's label) and placeholders
    filled from `values`; `other` names a second field whose label fills `{other}`. The error's
    own text stays the English one the CLI prints.
    """

    field: str | None = None
    msgid: str | None = None
    values: dict[str, Any]
    other: str | None = None

    def worded(
        self,
        field: str | None,
        msgid: str,
        /,
        *,
        other: str | None = None,
        **values: Any,
    ) -> Self:
        self.field, self.msgid, self.other, self.values = field, msgid, other, values
        return self


class InputError(AskbackError, Worded):
    """User input (a file, an argument) is malformed."""

    def __init__(self, *args: object) -> None:
        super().__init__(*args)
        self.values = {}


class WordedValueError(ValueError, Worded):
    """A validator's ValueError that a web page words in its language (see Worded)."""

    def __init__(self, *args: object) -> None:
        super().__init__(*args)
        self.values = {}
