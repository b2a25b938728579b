"""Export and print the list a page shows: its filter, sort and visible columns.

The export runs on the task runner with a progress dialog and Cancel; the core
service streams the rows. Printing paints the rows page by page straight onto
the printer (a list of a million rows is never laid out as one document); a
list longer than :data:`ASK_ABOVE_PAGES` pages asks first.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPageLayout, QPainter, QPen
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from desktop_app.core.formatting import format_datetime, utcnow
from desktop_app.core.services.lists import ExportCancelled, ExportResult
from desktop_app.ui.errors import error_text
from desktop_app.ui.pages import ListPage
from desktop_app.ui.tasks import Task, run_task

log = logging.getLogger(__name__)

ASK_ABOVE_PAGES = 50
"""A list longer than this many printed pages asks before printing."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("ListOutput", text)


def visible_columns(page: ListPage) -> list[tuple[str, str]]:
    """``(key, title)`` of the columns the page shows, in the order they are shown."""
    model = page.ensure_loaded()
    header = page.view.horizontalHeader()
    shown = [(header.visualIndex(i), i) for i in range(model.columnCount())
             if not header.isSectionHidden(i)]
    keys = model.keys
    return [(keys[i], str(model.headerData(i, Qt.Orientation.Horizontal))) for _v, i in
            sorted(shown)]


def list_title(page: ListPage) -> str:
    return page.accessibleName() or page.windowTitle() or _tr("Список")


# --- export ---------------------------------------------------------------------------

class ListExport:
    """One running export of a list page: its progress dialog and its task."""

    def __init__(self, parent: QWidget, page: ListPage, path: Path) -> None:
        self.parent = parent
        self.page = page
        self.path = path
        self.result: ExportResult | None = None
        self.error: BaseException | None = None
        model = page.ensure_loaded()
        query = model.query
        columns = visible_columns(page)
        lists = page.services.lists
        sheet = list_title(page)
        self.progress = QProgressDialog(_tr("Выгрузка списка…"), _tr("Отменить"), 0,
                                        max(1, model.rowCount()), parent)
        self.progress.setWindowTitle(_tr("Экспорт списка"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)

        def work(task: Task) -> ExportResult:
            return lists.export(query, columns, path, sheet=sheet, progress=task.report,
                                cancel=lambda: task.cancelled)

        self.task = run_task(work, self._done, self._failed, self._progress)
        self.progress.canceled.connect(self.task.cancel)

    def wait(self, msecs: int = 30_000) -> bool:
        return self.task.wait(msecs)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(1, total))
        self.progress.setValue(done)

    def _close(self) -> None:
        self.progress.reset()
        self.progress.close()
        self.progress.deleteLater()

    def _done(self, result: ExportResult) -> None:
        self._close()
        self.result = result
        bar = getattr(self.parent, "statusBar", None)
        text = (_tr("Список выгружен: %1 (строк: %2)").replace("%1", result.path.name)
                .replace("%2", f"{result.rows:,}".replace(",", " ")))
        if callable(bar):
            bar().showMessage(text, 10_000)

    def _failed(self, exc: BaseException) -> None:
        self._close()
        self.error = exc
        if isinstance(exc, ExportCancelled):
            bar = getattr(self.parent, "statusBar", None)
            if callable(bar):
                bar().showMessage(_tr("Выгрузка отменена, файл не записан"), 10_000)
            return
        QMessageBox.warning(self.parent, _tr("Экспорт списка"),
                            _tr("Список не выгружен: %1").replace("%1", error_text(exc)))


def export_list_page(parent: QWidget, page: ListPage, path: Path | None = None
                     ) -> ListExport | None:
    """Ask for a file (unless ``path`` is given) and start the export."""
    if path is None:
        name, chosen = QFileDialog.getSaveFileName(
            parent, _tr("Экспорт списка"), f"{list_title(page)}.xlsx",
            _tr("Книга Excel (*.xlsx);;Текст CSV (*.csv)"))
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".csv" if "csv" in chosen.lower() else ".xlsx")
    return ListExport(parent, page, path)


# --- printing -------------------------------------------------------------------------

@dataclass(frozen=True)
class _Layout:
    rows_per_page: int
    pages: int
    line: float
    widths: list[float]


def _layout(page: ListPage, printer: QPrinter, painter_font: QFont) -> _Layout:
    model = page.ensure_loaded()
    area = printer.pageLayout().paintRectPixels(printer.resolution())
    metrics = QFontMetricsF(painter_font, printer)
    line = metrics.height() * 1.35
    usable = area.height() - 3 * line     # title, header and footer
    rows_per_page = max(1, int(usable // line))
    pages = max(1, math.ceil(model.rowCount() / rows_per_page))
    header = page.view.horizontalHeader()
    shown = sorted((header.visualIndex(i), i) for i in range(model.columnCount())
                   if not header.isSectionHidden(i))
    # dates, numbers and marks get the width they need; text columns share the rest
    # in the proportions of the screen
    spec = model.query.spec
    keys = model.keys
    pad = metrics.horizontalAdvance("  ") + 8
    widths: list[float] = []
    fixed: list[bool] = []
    for _v, i in shown:
        sample = _SAMPLES.get(spec.column(keys[i]).kind)
        if sample is None:
            widths.append(float(max(40, page.view.columnWidth(i))))
            fixed.append(False)
        else:
            widths.append(metrics.horizontalAdvance(sample) + pad)
            fixed.append(True)
    room = area.width() - sum(w for w, f in zip(widths, fixed, strict=True) if f)
    flexible = sum(w for w, f in zip(widths, fixed, strict=True) if not f) or 1.0
    if room > 0:
        widths = [w if f else room * w / flexible for w, f in zip(widths, fixed, strict=True)]
    else:
        total = sum(widths) or 1.0
        widths = [area.width() * w / total for w in widths]
    return _Layout(rows_per_page, pages, line, widths)


_SAMPLES = {"datetime": "00.00.0000 00:00", "date": "00.00.0000", "day": "00.00.0000",
            "bool": "да", "int": "000000", "money": "000 000 000,00 ₽"}


def _font() -> QFont:
    font = QFont()
    font.setPointSizeF(8.5)
    return font


def page_count(page: ListPage, printer: QPrinter) -> int:
    """How many sheets the list would take on ``printer``."""
    return _layout(page, printer, _font()).pages


def paint_list(page: ListPage, printer: QPrinter, max_pages: int | None = None) -> int:
    """Paint the list onto ``printer``; returns the number of pages printed."""
    model = page.ensure_loaded()
    font = _font()
    lay = _layout(page, printer, font)
    pages = lay.pages if max_pages is None else min(lay.pages, max_pages)
    header = page.view.horizontalHeader()
    shown = [i for _v, i in sorted((header.visualIndex(i), i) for i in range(model.columnCount())
                                   if not header.isSectionHidden(i))]
    titles = [str(model.headerData(i, Qt.Orientation.Horizontal)) for i in shown]
    title = list_title(page)
    filt = model.query.text.strip()
    if filt:
        title += "  " + _tr("(отбор: «%1»)").replace("%1", filt)
    stamp = format_datetime(utcnow())
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(_tr("Принтер не готов к печати"))
    try:
        painter.setFont(font)
        bold = QFont(font)
        bold.setBold(True)
        area = printer.pageLayout().paintRectPixels(printer.resolution())
        width = float(area.width())
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for number in range(pages):
            if number:
                printer.newPage()
            y = 0.0
            painter.setFont(bold)
            painter.drawText(QRectF(0, y, width, lay.line), flags, title)
            y += lay.line
            x = 0.0
            for w, t in zip(lay.widths, titles, strict=True):
                painter.drawText(QRectF(x + 2, y, w - 4, lay.line), flags,
                                 painter.fontMetrics().elidedText(
                                     t, Qt.TextElideMode.ElideRight, int(w - 4)))
                x += w
            y += lay.line
            painter.setPen(QPen(Qt.GlobalColor.black, 0))
            painter.drawLine(0, int(y), int(width), int(y))
            painter.setFont(font)
            first = number * lay.rows_per_page
            last = min(model.rowCount(), first + lay.rows_per_page)
            for row in range(first, last):
                texts = model.texts(row) or ()
                x = 0.0
                for w, col in zip(lay.widths, shown, strict=True):
                    text = texts[col] if col < len(texts) else ""
                    painter.drawText(QRectF(x + 2, y, w - 4, lay.line), flags,
                                     painter.fontMetrics().elidedText(
                                         text, Qt.TextElideMode.ElideRight, int(w - 4)))
                    x += w
                y += lay.line
            footer = (_tr("Стр. %1 из %2").replace("%1", str(number + 1))
                      .replace("%2", str(lay.pages)) + "    " + stamp)
            painter.drawText(QRectF(0, area.height() - lay.line, width, lay.line),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             footer)
    finally:
        painter.end()
    return pages


def make_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    printer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter)
    return printer


def pages_to_print(parent: QWidget, page: ListPage, printer: QPrinter) -> int | None:
    """How many pages to print: all, or after asking on a very long list; None = cancel."""
    pages = page_count(page, printer)
    if pages <= ASK_ABOVE_PAGES:
        return pages
    box = QMessageBox(QMessageBox.Icon.Question, _tr("Печать списка"),
                      _tr("Список займёт %1 страниц. Напечатать все страницы или только "
                          "первые %2?").replace("%1", f"{pages:,}".replace(",", " "))
                      .replace("%2", str(ASK_ABOVE_PAGES)), parent=parent)
    first = box.addButton(_tr("Первые %1").replace("%1", str(ASK_ABOVE_PAGES)),
                          QMessageBox.ButtonRole.AcceptRole)
    every = box.addButton(_tr("Все страницы"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(first)
    box.exec()
    if box.clickedButton() is first:
        return ASK_ABOVE_PAGES
    if box.clickedButton() is every:
        return pages
    return None


def print_list_page(parent: QWidget, page: ListPage) -> Any:
    """Print preview of the list, after asking on a very long one."""
    printer = make_printer()
    limit = pages_to_print(parent, page, printer)
    if limit is None:
        return None
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(_tr("Печать списка"))

    def paint(target: QPrinter) -> None:
        try:
            paint_list(page, target, limit)
        except OSError as exc:
            log.warning("list not printed: %s", exc)

    dialog.paintRequested.connect(paint)
    dialog.exec()
    return dialog
