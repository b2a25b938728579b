"""What the dossier editor and the eligibility dialog share: names people read
for severities, confidence marks and requirements, palette-aware colours, and
line edits for money and dates that accept what a consultant types."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from desktop_app.core.formatting import format_money, parse_money
from desktop_app.ui import labels
from desktop_app.ui.dates import DateField, parse_date_text

__all__ = ["DateField", "parse_date_text"]  # the shared date field, used from here too


def _t(text: str) -> str:
    return QCoreApplication.translate("Dossier", text)


# --- names -------------------------------------------------------------------------------


def severity_titles() -> dict[str, str]:
    return {"error": _t("Ошибки"), "warning": _t("Предупреждения"), "info": _t("Сведения")}


def severity_label(severity: str) -> str:
    return labels.severities().get(severity, severity)


def confidence_label(confidence: str) -> str:
    """The mark every finding and reason carries (how sure the rule behind it is)."""
    return labels.confidences().get(confidence, confidence)


def confidence_tip(confidence: str) -> str:
    return {
        "verified": _t("Правило подтверждено официальным или надёжным источником"),
        "reported": _t("Правило известно из новостей или вторичных источников"),
        "assumed": _t("Правило — допущение, никем не подтверждённое: проверьте его "
                      "по действующим документам программы"),
    }.get(confidence, "")


def confidence_mark(confidence: str) -> str:
    """«[допущение]» — an assumed rule is marked with a sign that stands out."""
    text = confidence_label(confidence)
    return f"⚠ [{text}]" if confidence == "assumed" else f"[{text}]"


def requirement_label(requirement: str) -> str:
    return {
        "always": _t("обязательный"),
        "conditional": _t("при условии"),
        "recommended": _t("рекомендуемый"),
        "optional": _t("необязательный"),
    }.get(requirement, requirement)


def verdict_label(verdict: str) -> str:
    return labels.verdicts().get(verdict, verdict)


def kind_short(kind: str) -> str:
    return kind.upper() if kind != "jpeg" else "JPEG"


# --- colours and icons ----------------------------------------------------------------------


def _dark(widget: QWidget | None) -> bool:
    pal = widget.palette() if widget is not None else QApplication.palette()
    return pal.color(QPalette.ColorRole.Window).lightness() < 128


def severity_color(severity: str, widget: QWidget | None = None) -> QColor:
    """A colour that reads well on the current palette (light or dark)."""
    dark = _dark(widget)
    table = {
        "error": ("#ff8a80", "#c62828"),
        "warning": ("#ffd180", "#a15c00"),
        "info": ("#82b1ff", "#1f5f99"),
        "ok": ("#9ccc65", "#2e7d32"),
        "muted": ("#9e9e9e", "#616161"),
    }
    pair = table.get(severity, table["muted"])
    return QColor(pair[0] if dark else pair[1])


def severity_icon(severity: str, widget: QWidget | None = None) -> QIcon:
    style = widget.style() if widget is not None else QApplication.style()
    pixmap = {
        "error": QStyle.StandardPixmap.SP_MessageBoxCritical,
        "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
        "info": QStyle.StandardPixmap.SP_MessageBoxInformation,
        "ok": QStyle.StandardPixmap.SP_DialogApplyButton,
    }.get(severity, QStyle.StandardPixmap.SP_MessageBoxInformation)
    return style.standardIcon(pixmap)


# --- input fields ---------------------------------------------------------------------------


class ValueField(QObject):
    """A typed value behind a plain line edit of a form, with a problem text (empty when fine).

    The line edit comes from a ``.ui`` form; this object parses what is typed,
    marks the edit red while the text is not a valid value and emits
    ``problem_changed``.
    """

    problem_changed = Signal(str)

    def __init__(self, edit: QLineEdit) -> None:
        super().__init__(edit)
        self.edit = edit
        self.problem = ""
        edit.textChanged.connect(self._check)

    def _parse(self, text: str) -> object:
        raise NotImplementedError

    def _check(self, text: str) -> None:
        try:
            self._parse(text)
            problem = ""
        except ValueError as exc:
            problem = str(exc)
        if problem != self.problem:
            self.problem = problem
            self.edit.setStyleSheet(
                f"border: 1px solid {severity_color('error', self.edit).name()};"
                if problem else "")
            self.edit.setToolTip(problem)
            self.problem_changed.emit(problem)


class MoneyField(ValueField):
    """Rubles as people type them (``1 234 567,89``); shown formatted when the field is left."""

    def __init__(self, edit: QLineEdit) -> None:
        super().__init__(edit)
        edit.setPlaceholderText("0,00")
        edit.installEventFilter(self)

    def _parse(self, text: str) -> object:
        value = parse_money(text)
        if value is not None and value < 0:
            raise ValueError(_t("сумма не может быть отрицательной"))
        return value

    def kopecks(self) -> int | None:
        """The amount in kopecks; None when blank or not a sum."""
        try:
            value = self._parse(self.edit.text())
        except ValueError:
            return None
        return value if isinstance(value, int) else None

    def set_kopecks(self, value: int | None) -> None:
        self.edit.setText(format_money(value, currency=False) if value is not None else "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.FocusOut:
            value = self.kopecks()
            if value is not None and not self.problem:
                formatted = format_money(value, currency=False)
                if formatted != self.edit.text():
                    self.edit.setText(formatted)
        return False


class _Relayout(QObject):
    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self.view, self.view.doItemsLayout)
        return False


class _WrapDelegate(QStyledItemDelegate):
    """Row heights that fit the whole wrapped text in the column's current width."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
                 ) -> QSize:
        base = super().sizeHint(option, index)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        width = self.view.columnWidth(index.column())
        if index.column() == 0:
            width -= self.view.indentation() * (depth + (1 if self.view.rootIsDecorated() else 0))
        if index.data(Qt.ItemDataRole.DecorationRole) is not None:
            width -= self.view.iconSize().width() if self.view.iconSize().isValid() else 20
            width -= 8
        width = max(60, width - 12)
        rect = option.fontMetrics.boundingRect(
            QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), text)
        return QSize(base.width(), max(base.height(), rect.height() + 8))


def keep_rows_wrapped(view: QTreeView) -> None:
    """Word-wrapped rows whose heights follow the view's and the columns' widths."""
    view.setWordWrap(True)
    view.setUniformRowHeights(False)
    view.setItemDelegate(_WrapDelegate(view))
    view.installEventFilter(_Relayout(view))
    header = getattr(view, "header", None)
    if header is not None:
        header().sectionResized.connect(
            lambda *_a: QTimer.singleShot(0, view, view.doItemsLayout))
