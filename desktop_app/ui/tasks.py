"""Work off the GUI thread: one small runner with result/error signals."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class _Bridge(QObject):
    """Lives on the GUI thread, so the worker's signals arrive there (queued)."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None,
    ) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        self.done.connect(self._finish)
        self.failed.connect(self._fail)

    @Slot(object)
    def _finish(self, result: Any) -> None:
        _live.discard(self)
        self._on_done(result)

    @Slot(object)
    def _fail(self, exc: Any) -> None:
        _live.discard(self)
        if self._on_error is not None:
            self._on_error(exc)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], bridge: _Bridge) -> None:
        super().__init__()
        self.fn = fn
        self.bridge = bridge
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # reported to the GUI thread, logged with the traceback
            log.error("background task failed:\n%s", traceback.format_exc())
            self.bridge.failed.emit(exc)
            return
        self.bridge.done.emit(result)


_live: set[_Bridge] = set()


def run_in_background(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None] | None = None,
) -> None:
    """Run ``fn`` on the thread pool; the callbacks run on the GUI thread."""
    bridge = _Bridge(on_done, on_error)
    _live.add(bridge)
    QThreadPool.globalInstance().start(_Job(fn, bridge))


def wait_for_background(msecs: int = 30_000) -> bool:
    return bool(QThreadPool.globalInstance().waitForDone(msecs))
