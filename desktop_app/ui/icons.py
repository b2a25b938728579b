"""The program's icon (a hand-drawn SVG in ``resources/icons``) and a drawn fallback."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

from desktop_app.core.resources import resource_path


def _drawn(size: int) -> QPixmap:
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    k = size / 64
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#1f5f99"))
    p.drawRoundedRect(QRectF(2 * k, 2 * k, 60 * k, 60 * k), 12 * k, 12 * k)
    p.setBrush(QColor("#ffffff"))
    p.drawRoundedRect(QRectF(14 * k, 10 * k, 30 * k, 40 * k), 3 * k, 3 * k)
    p.setBrush(QColor("#f2a516"))
    p.drawEllipse(QRectF(33 * k, 33 * k, 22 * k, 22 * k))
    p.setPen(QPen(QColor("#ffffff"), 3 * k))
    p.drawLine(int(38.5 * k), int(44.5 * k), int(42.5 * k), int(48.5 * k))
    p.drawLine(int(42.5 * k), int(48.5 * k), int(49.5 * k), int(40.5 * k))
    p.end()
    return pm


def app_icon() -> QIcon:
    path = resource_path("icons", "rci_intake.svg")
    icon = QIcon(str(path)) if path.exists() else QIcon()
    if icon.isNull() or (not icon.availableSizes() and icon.pixmap(32, 32).isNull()):
        icon = QIcon()
        for size in (16, 24, 32, 48, 64, 128, 256):
            icon.addPixmap(_drawn(size))
    return icon
