"""The findings panel: what is missing or wrong in a dossier, with the rule behind it.

Findings are grouped by severity (errors, warnings, information). Each shows
its message, the clause of the rule and the confidence mark; an accepted
warning shows who accepted it and why. A double click (or Enter) emits
``target_activated`` with the finding's target (``project.grant_requested``,
``document:tax_certificate``); «Принять предупреждение…» asks for a reason
(required) and emits ``acknowledge_requested``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.formatting import format_datetime
from desktop_app.core.rules import Finding
from desktop_app.ui.forms import child, load_form

from .common import (
    confidence_mark,
    confidence_tip,
    keep_rows_wrapped,
    severity_color,
    severity_icon,
    severity_label,
    severity_titles,
)
from .dialogs import ReasonDialog

ROLE_FINDING = Qt.ItemDataRole.UserRole + 1
SEVERITIES = ("error", "warning", "info")


class Acknowledgement(Protocol):
    """What the panel reads of an accepted warning (``AcknowledgementOut``)."""

    @property
    def reason(self) -> str: ...
    @property
    def acknowledged_by(self) -> str | None: ...
    @property
    def acknowledged_at(self) -> object: ...


class _Tree(QTreeWidget):
    activated_target = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            item = self.currentItem()
            finding = item.data(0, ROLE_FINDING) if item is not None else None
            if isinstance(finding, Finding):
                self.activated_target.emit(finding.target)
                return
        super().keyPressEvent(event)


class FindingsPanel(QWidget):
    target_activated = Signal(str)
    """A finding was double-clicked: its ``target``."""
    acknowledge_requested = Signal(str, str)
    """(rule id, reason) — the user accepted a warning and gave a reason."""
    withdraw_requested = Signal(str)
    """(rule id) — the user takes back an accepted warning."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = load_form("dossier_findings.ui", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        self.summary = child(self.form, QLabel, "summaryLabel")
        old = child(self.form, QTreeWidget, "findingsTree")
        self.tree = _Tree(self.form)
        self.tree.setObjectName("findingsTree")
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setToolTip(old.toolTip())
        self.tree.setColumnCount(1)
        form_layout = self.form.layout()
        assert form_layout is not None
        form_layout.replaceWidget(old, self.tree)
        old.hide()
        old.deleteLater()
        keep_rows_wrapped(self.tree)
        self.detail = child(self.form, QLabel, "detailLabel")
        self.ack_button = child(self.form, QPushButton, "acknowledgeButton")
        self.withdraw_button = child(self.form, QPushButton, "withdrawButton")
        self.findings: list[Finding] = []
        self.acknowledgements: dict[str, Acknowledgement] = {}
        self.editable = True
        self.tree.itemDoubleClicked.connect(self._double_clicked)
        self.tree.activated_target.connect(self.target_activated.emit)
        self.tree.currentItemChanged.connect(lambda *_a: self._selection_changed())
        self.ack_button.clicked.connect(self.acknowledge_selected)
        self.withdraw_button.clicked.connect(self._withdraw_selected)
        self._selection_changed()

    # --- filling -----------------------------------------------------------------------
    def set_findings(
        self,
        findings: Sequence[Finding],
        acknowledgements: Mapping[str, Acknowledgement] | None = None,
    ) -> None:
        """Show ``findings``; keeps the selected finding selected if it is still there."""
        current = self.current_finding()
        self.findings = list(findings)
        self.acknowledgements = dict(acknowledgements or {})
        self.tree.setUpdatesEnabled(False)
        self.tree.clear()
        titles = severity_titles()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        reselect: QTreeWidgetItem | None = None
        counts: dict[str, int] = {}
        for severity in SEVERITIES:
            group = [f for f in self.findings if f.severity == severity]
            counts[severity] = len(group)
            if not group:
                continue
            head = QTreeWidgetItem(self.tree, [f"{titles[severity]} ({len(group)})"])
            head.setIcon(0, severity_icon(severity, self))
            head.setFont(0, bold)
            head.setForeground(0, severity_color(severity, self))
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for finding in group:
                item = QTreeWidgetItem(head, [self._item_text(finding)])
                item.setData(0, ROLE_FINDING, finding)
                ack = self.acknowledgements.get(finding.rule) if severity == "warning" else None
                item.setIcon(0, severity_icon("ok" if ack else severity, self))
                item.setToolTip(0, self._tooltip(finding))
                if current is not None and finding == current:
                    reselect = item
            head.setExpanded(True)
        self.tree.setUpdatesEnabled(True)
        if reselect is not None:
            self.tree.setCurrentItem(reselect)
        self._summarise(counts)
        self._selection_changed()

    def _item_text(self, f: Finding) -> str:
        lines = [f.message, self.tr("Основание: %1 %2").replace("%1", f.clause).replace(
            "%2", confidence_mark(f.confidence))]
        ack = self.acknowledgements.get(f.rule) if f.severity == "warning" else None
        if ack is not None:
            lines.append(self.tr("Принято: %1").replace("%1", ack.reason))
        return "\n".join(lines)

    def _tooltip(self, f: Finding) -> str:
        return "\n".join(x for x in (
            severity_label(f.severity).capitalize() + ": " + f.message,
            confidence_tip(f.confidence),
            self.tr("Двойной щелчок — перейти к полю или документу"),
        ) if x)

    def _summarise(self, counts: Mapping[str, int]) -> None:
        warnings = [f for f in self.findings if f.severity == "warning"]
        open_warnings = len({f.rule for f in warnings if f.rule not in self.acknowledgements})
        if not self.findings:
            text = self.tr("Замечаний нет: досье соответствует всем правилам профиля.")
        else:
            text = self.tr("Ошибок: %1, предупреждений: %2 (не принято: %3), сведений: %4.")
            text = (text.replace("%1", str(counts.get("error", 0)))
                    .replace("%2", str(counts.get("warning", 0)))
                    .replace("%3", str(open_warnings))
                    .replace("%4", str(counts.get("info", 0))))
        self.summary.setText(text)

    # --- reading (for the editor and for people) ---------------------------------------------
    def current_finding(self) -> Finding | None:
        item = self.tree.currentItem()
        value = item.data(0, ROLE_FINDING) if item is not None else None
        return value if isinstance(value, Finding) else None

    def item_for(self, rule: str, target: str | None = None) -> QTreeWidgetItem | None:
        for head in self._groups():
            for j in range(head.childCount()):
                item = head.child(j)
                f = item.data(0, ROLE_FINDING) if item is not None else None
                if isinstance(f, Finding) and f.rule == rule and (
                        target is None or f.target == target):
                    return item
        return None

    def _groups(self) -> list[QTreeWidgetItem]:
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item for item in items if item is not None]

    def texts(self) -> list[str]:
        """Every finding as shown (message, clause, mark, acceptance), in display order."""
        out: list[str] = []
        for head in self._groups():
            kids = (head.child(j) for j in range(head.childCount()))
            out.extend(kid.text(0) for kid in kids if kid is not None)
        return out

    # --- actions ----------------------------------------------------------------------------------
    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        self._selection_changed()

    def _selection_changed(self) -> None:
        f = self.current_finding()
        is_warning = f is not None and f.severity == "warning"
        accepted = is_warning and f is not None and f.rule in self.acknowledgements
        self.ack_button.setEnabled(self.editable and is_warning)
        self.ack_button.setText(self.tr("Изменить причину…") if accepted
                                else self.tr("Принять предупреждение…"))
        self.withdraw_button.setVisible(bool(accepted))
        self.withdraw_button.setEnabled(self.editable)
        if f is None:
            self.detail.setText(self.tr("Выберите замечание, чтобы увидеть подробности; "
                                        "двойной щелчок переходит к полю или документу."))
            return
        parts = [f"<b>{_esc(severity_label(f.severity).capitalize())}:</b> {_esc(f.message)}",
                 self.tr("Основание: %1").replace("%1", _esc(f.clause)),
                 _esc(confidence_mark(f.confidence)) + " — " + _esc(confidence_tip(f.confidence))]
        # the rule's code (f.rule) is the profile's identifier, not something people read
        ack = self.acknowledgements.get(f.rule) if is_warning else None
        if ack is not None:
            who = ack.acknowledged_by or self.tr("пользователь не указан")
            when = ack.acknowledged_at
            when_text = format_datetime(when) if isinstance(when, dt.datetime) else ""
            parts.append(self.tr("Принято (%1, %2): %3").replace("%1", _esc(who)).replace(
                "%2", when_text).replace("%3", _esc(ack.reason)))
        self.detail.setText("<br>".join(parts))

    def _double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        f = item.data(0, ROLE_FINDING)
        if isinstance(f, Finding):
            self.target_activated.emit(f.target)

    def ask_reason(self, f: Finding) -> str | None:
        """Ask why the warning may be accepted; None when the user cancelled."""
        dlg = ReasonDialog(
            self.tr("Принять предупреждение"),
            self.tr("Предупреждение: «%1».\nУкажите, почему его можно принять "
                    "(причина обязательна и сохраняется в журнале).").replace("%1", f.message),
            self, required=True, ok_text=self.tr("Принять"),
        )
        ack = self.acknowledgements.get(f.rule)
        if ack is not None:
            dlg.reason_edit.setPlainText(ack.reason)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return None
        return dlg.reason()

    def acknowledge_selected(self) -> None:
        f = self.current_finding()
        if f is None or f.severity != "warning" or not self.editable:
            return
        reason = self.ask_reason(f)
        if reason:
            self.acknowledge_requested.emit(f.rule, reason)

    def _withdraw_selected(self) -> None:
        f = self.current_finding()
        if f is not None and f.rule in self.acknowledgements:
            self.withdraw_requested.emit(f.rule)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
