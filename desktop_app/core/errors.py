"""Errors the core raises for people: each carries a Russian message.

Every error a user may see derives from :class:`UserError`; the GUI shows it in
one place and the command line prints it and exits with code 1. Anything else
that escapes is a fault: it goes to the log file with its traceback.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any


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


class EditConflict(ConflictError):
    """Someone else saved the record after this editor loaded it.

    The message names who and when («Карточку изменил(а) Петрова А. С. в 14:02»);
    ``theirs`` holds the record's current values (keys of the editor's input
    model) and ``version`` its current version, so the editor can show the
    other side's values and, if the person decides so, save over them by
    naming that version.
    """

    def __init__(
        self,
        message: str,
        *,
        entity: str,
        record_id: int,
        version: int,
        theirs: dict[str, Any],
        changed_by: str | None = None,
        changed_at: dt.datetime | None = None,
    ) -> None:
        super().__init__(message)
        self.entity = entity
        self.record_id = record_id
        self.version = version
        self.theirs = theirs
        self.changed_by = changed_by
        self.changed_at = changed_at
