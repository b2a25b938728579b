"""Keeps ``None`` alive under a Qt for Python binding that drops references to it.

PySide6 6.12.0 returns ``None`` from methods that return nothing (``setPen``,
``fillRect``, ``setText`` …) without taking a reference to it. From Python 3.12
on ``None`` is immortal and nothing happens; on Python 3.11 every such call takes
one reference away, and after some tens of thousands of calls — a day of
repainting the overview's charts — the interpreter aborts with «Fatal Python
error: none_dealloc». This module gives ``None`` a reserve of references no
session can spend, once, when the Qt face of the program is first imported.
``None`` is never freed anyway, so the reserve costs nothing.
"""

from __future__ import annotations

import ctypes
import sys

#: References added to ``None``: at a million dropped per second, enough for decades.
RESERVE = 1 << 50


def protect_none() -> bool:
    """Give ``None`` its reserve (CPython before 3.12 only); True when it was given.

    The reference count is the first field of every CPython object. It is
    written while this thread holds the interpreter lock, as every change of a
    reference count is, so no other thread can be changing it at the same time.
    """
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    count = ctypes.c_ssize_t.from_address(id(None))
    if count.value < RESERVE:
        count.value += RESERVE
    return True
