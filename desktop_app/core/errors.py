"""Errors the core raises for people: each carries a Russian message.

Every error a user may see derives from :class:`UserError`; the GUI shows it in
one place and the command line prints it and exits with code 1. Anything else
that escapes is a fault: it goes to the log file with its traceback.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FieldProblem:
    """One refused value: the field's path, its label for people, what is wrong."""

    field: str
    label: str
    message: str

    def __str__(self) -> str:
        if not self.label or self.message.startswith(self.label.split(" (")[0]):
            return self.message
        return f"{self.label}: {self.message}"


class UserError(Exception):
    """An error whose message is written for the person at the workstation (in Russian)."""


class InputError(UserError, ValueError):
    """Input refused; nothing was written. ``problems`` lists every refused field."""

    def __init__(self, problems: list[FieldProblem] | str) -> None:
        if isinstance(problems, str):
            problems = [FieldProblem("", "", problems)]
        self.problems = problems
        super().__init__("; ".join(str(p) for p in problems))


class NotFoundError(InputError):
    pass


class DuplicateError(InputError):
    """A record with the same natural key exists; ``existing_id`` points at it."""

    def __init__(self, message: str, *, field: str, label: str, existing_id: int) -> None:
        super().__init__([FieldProblem(field, label, message)])
        self.existing_id = existing_id


class ConflictError(InputError):
    """The record was changed by someone else since it was read."""


class PermissionDenied(UserError):
    """The signed-in user's role does not allow the action (Russian message)."""
