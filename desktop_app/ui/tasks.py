"""Work off the GUI thread: the one runner for every long job of the program.

:func:`run_task` starts ``work(task)`` on the thread pool; the job may call
``task.report(done, total)`` and look at ``task.cancelled``. The callbacks
(result, error, progress) always run on the GUI thread. An exception is
logged with its traceback and handed to ``on_error``.
:func:`run_in_background` is the same for a job that needs no progress, and
:func:`run_with_progress` shows a busy dialog while it runs.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)


class _Bridge(QObject):
    """Lives on the GUI thread, so the worker's signals arrive there (queued)."""

    done = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)

    def __init__(
        self,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None,
        on_progress: Callable[[int, int], None] | None,
    ) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        self._on_progress = on_progress
        self.done.connect(self._finish)
        self.failed.connect(self._fail)
        self.progressed.connect(self._progress)

    @Slot(object)
    def _finish(self, result: Any) -> None:
        _live.discard(self)
        self._on_done(result)

    @Slot(object)
    def _fail(self, exc: Any) -> None:
        _live.discard(self)
        if self._on_error is not None:
            self._on_error(exc)

    @Slot(int, int)
    def _progress(self, done: int, total: int) -> None:
        if self._on_progress is not None:
            self._on_progress(done, total)


class Task:
    """A started job, as seen from both sides: the GUI may ``cancel()`` or ``wait()``;
    the job reads ``cancelled`` and calls ``report()``."""

    def __init__(self, bridge: _Bridge) -> None:
        self._bridge = bridge
        self._cancel = threading.Event()
        self._ended = threading.Event()

    # --- the GUI's side ---------------------------------------------------------
    def cancel(self) -> None:
        self._cancel.set()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the job has ended (its callbacks then follow on the GUI thread)."""
        return self._ended.wait(msecs / 1000)

    @property
    def running(self) -> bool:
        return not self._ended.is_set()

    # --- the job's side ---------------------------------------------------------
    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, done: int, total: int) -> None:
        self._bridge.progressed.emit(done, total)

    # --- the runner's side ------------------------------------------------------
    def mark_ended(self) -> None:
        self._ended.set()


class _Job(QRunnable):
    def __init__(self, work: Callable[[Task], Any], task: Task, bridge: _Bridge) -> None:
        super().__init__()
        self.work = work
        self.task = task
        self.bridge = bridge
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.work(self.task)
        except Exception as exc:  # reported to the GUI thread, logged with the traceback
            log.error("background task failed:\n%s", traceback.format_exc())
            self.task.mark_ended()
            self.bridge.failed.emit(exc)
            return
        self.task.mark_ended()
        self.bridge.done.emit(result)


_live: set[_Bridge] = set()


def run_task(
    work: Callable[[Task], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> Task:
    """Run ``work(task)`` on the thread pool; the callbacks run on the GUI thread."""
    bridge = _Bridge(on_done, on_error, on_progress)
    _live.add(bridge)
    task = Task(bridge)
    QThreadPool.globalInstance().start(_Job(work, task, bridge))
    return task


def run_in_background(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None] | None = None,
) -> Task:
    """Run ``fn`` on the thread pool; the callbacks run on the GUI thread."""
    return run_task(lambda _task: fn(), on_done, on_error)


def run_with_progress(
    parent: QWidget,
    title: str,
    text: str,
    fn: Callable[[], Any],
    *,
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> QProgressDialog:
    """Run ``fn`` off the GUI thread while a busy progress dialog is shown.

    The services cannot stop an attach half-way (it would leave nothing
    behind anyway), so the dialog has no Cancel button: it closes when the
    work ends, and then ``on_done`` or ``on_error`` runs on the GUI thread.
    """
    dlg = QProgressDialog(text, "", 0, 0, parent)
    dlg.setWindowTitle(title)
    dlg.setCancelButton(None)
    dlg.setWindowModality(Qt.WindowModality.WindowModal)
    dlg.setMinimumDuration(300)
    dlg.setAutoClose(False)
    dlg.setAutoReset(False)
    dlg.setValue(0)

    def done(result: Any) -> None:
        dlg.close()
        dlg.deleteLater()
        on_done(result)

    def failed(exc: BaseException) -> None:
        dlg.close()
        dlg.deleteLater()
        on_error(exc)

    run_in_background(fn, done, failed)
    return dlg


def wait_for_background(msecs: int = 30_000) -> bool:
    return bool(QThreadPool.globalInstance().waitForDone(msecs))
