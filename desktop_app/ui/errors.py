"""The one place that turns a failed action into what the person reads.

A :class:`~desktop_app.core.errors.UserError` carries its own Russian message
(refused input, no permission, a conflict, a database that cannot be opened);
it is shown as it is. A file the system could not read or write is named. Any
other exception is a fault of the program: its traceback goes to the log file
and the person gets one short sentence.

Use :func:`showing_errors` around a service call in a slot::

    with showing_errors(self, self.tr("Статус не изменён")) as outcome:
        self.services.dossiers.change_status(...)
    if outcome.failed:
        return

Dialogs that show refusals in place (an error label) use :func:`error_text`
for the same wording.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.core.errors import InputError, UserError

log = logging.getLogger(__name__)


def _t(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def error_text(exc: BaseException) -> str:
    """What the person reads about ``exc``: the core's Russian message, a file
    problem with the file's name, or a short sentence for an internal fault."""
    if isinstance(exc, InputError) and exc.problems:
        return "\n".join(str(p) for p in exc.problems)
    if isinstance(exc, UserError):
        return str(exc)
    if isinstance(exc, OSError):
        name = f"«{exc.filename}»: " if getattr(exc, "filename", None) else ""
        return name + _t("не удалось прочитать или записать файл (%1)").replace(
            "%1", str(exc.strerror or exc))
    return _t("Действие не выполнено из-за внутренней ошибки программы; подробности записаны "
              "в журнал работы программы")


def log_unexpected(exc: BaseException) -> None:
    """A fault (not a refusal the person can act on) goes to the log with its traceback."""
    if not isinstance(exc, UserError | OSError):
        log.error("action failed", exc_info=exc)
    elif isinstance(exc, OSError):
        log.warning("file operation failed: %s", exc)


def show_error(parent: QWidget | None, title: str, exc: BaseException) -> None:
    """Log a fault, then tell the person in a message box."""
    log_unexpected(exc)
    QMessageBox.warning(parent, title, error_text(exc))


@dataclass
class Outcome:
    """Whether the action inside :func:`showing_errors` failed, and with what."""

    error: BaseException | None = None

    @property
    def failed(self) -> bool:
        return self.error is not None


@contextmanager
def showing_errors(parent: QWidget | None, title: str) -> Iterator[Outcome]:
    """Run the block; on any exception, show it (titled ``title``) and carry on.

    The exception does not propagate: check ``outcome.failed`` after the block.
    """
    outcome = Outcome()
    try:
        yield outcome
    except Exception as exc:
        outcome.error = exc
        show_error(parent, title, exc)


def install_fault_handler() -> None:
    """Anything that escapes a slot is logged and told in one sentence, never as a
    traceback on the screen (the program goes on)."""
    import sys

    def handle(kind: type[BaseException], exc: BaseException, tb: object) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)  # type: ignore[arg-type]
            return
        log.error("unhandled fault", exc_info=(kind, exc, tb))  # type: ignore[arg-type]
        try:
            QMessageBox.warning(None, _t("Ошибка"), error_text(exc))
        except Exception:  # no window can be shown: the log has it
            log.exception("could not show the fault")

    sys.excepthook = handle
