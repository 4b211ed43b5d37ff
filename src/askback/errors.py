"""Errors that the faces show to the user without a traceback."""

from __future__ import annotations


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


class InputError(AskbackError):
    """User input (a file, an argument) is malformed."""
