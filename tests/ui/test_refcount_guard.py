"""A long session does not abort: Qt calls that return nothing cannot use up ``None``."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_a_day_of_painting_does_not_abort_the_program() -> None:
    """Far more void Qt calls than ``None`` has references in a fresh program (tens of
    thousands) — as a day of repainting the overview makes — and it still runs."""
    script = textwrap.dedent("""
        import desktop_app.ui  # noqa: F401  (as every window of the program does)
        from PySide6.QtCore import QRect
        from PySide6.QtGui import QColor, QImage, QPainter, QPen
        from PySide6.QtWidgets import QApplication, QLabel

        app = QApplication([])
        image = QImage(64, 64, QImage.Format.Format_ARGB32_Premultiplied)
        painter = QPainter(image)
        pen, colour, label = QPen(), QColor("#1565c0"), QLabel()
        calls = 0
        while calls < 300_000:
            painter.setPen(pen)
            painter.fillRect(QRect(0, 0, 8, 8), colour)
            label.setText("Обзор")
            calls += 3
        painter.end()
        print("survived", calls, "calls", flush=True)
    """)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                          text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("survived"), done.stdout + done.stderr
