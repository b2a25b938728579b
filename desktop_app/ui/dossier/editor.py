"""The dossier editor: header, status workflow, project data, cost lines, documents, findings.

The findings panel follows the form as the consultant types: ~400 ms after the
last change the form's current (unsaved) values are turned into
:class:`DossierFacts` and checked with :func:`rules.validate` directly (a few
milliseconds), so typing never waits for the database. Saving writes through
``DossierService.update_project`` with ``expected_updated_at``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QDialogButtonBox,
    QFrame,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QWidget,
)

from desktop_app.core.errors import ConflictError, InputError, PermissionDenied
from desktop_app.core.formatting import format_date, format_money, parse_money
from desktop_app.core.rules import (
    CostLineFact,
    DocumentFact,
    DossierFacts,
    EnterpriseFacts,
    Finding,
    Profile,
    ProjectFacts,
    document_status,
    validate,
)
from desktop_app.core.services.documents import DocumentOut
from desktop_app.core.services.dossier_facts import registry_for
from desktop_app.core.services.dossiers import (
    EDITABLE_STATUSES,
    TRANSITIONS,
    AcknowledgementOut,
    DossierOut,
)
from desktop_app.core.services.facade import Services
from desktop_app.ui import labels
from desktop_app.ui.editor_base import EditorDialog, show_message
from desktop_app.ui.errors import error_text
from desktop_app.ui.forms import child
from desktop_app.ui.settings import app_settings

from .attach import AttachDialog, attach_files_dialog
from .checklist import DocumentsChecklist
from .common import DateField, MoneyField, confidence_mark, severity_color
from .dialogs import ReasonDialog
from .findings import FindingsPanel

DEBOUNCE_MS = 400

TEXT_FIELDS = {
    "title": "titleEdit",
    "component_name": "componentEdit",
    "okpd2": "okpd2Edit",
    "foreign_analogue_name": "analogueNameEdit",
    "foreign_analogue_manufacturer": "analogueManufacturerEdit",
    "foreign_analogue_country": "analogueCountryEdit",
    "target_industry": "industryEdit",
    "serial_years": "serialYearsEdit",
}
PLAIN_FIELDS = {"consumers": "consumersEdit", "notes": "notesEdit"}
MONEY_FIELDS = {
    "total_cost": "totalCostEdit",
    "grant_requested": "grantEdit",
    "own_funds": "ownFundsEdit",
    "other_funds": "otherFundsEdit",
}
DATE_FIELDS = {
    "start_date": "startEdit",
    "end_date": "endEdit",
    "submission_date": "submissionEdit",
}
COST_CATEGORY, COST_DESCRIPTION, COST_AMOUNT = range(3)
TAB_PROJECT, TAB_COST, TAB_DOCUMENTS = range(3)


class DossierEditor(EditorDialog):
    """Edit one dossier; stays open after Save (Ctrl+S); Esc closes (asking about changes)."""

    def __init__(self, services: Services, dossier_id: int, parent: QWidget | None = None) -> None:
        super().__init__("dossier_editor.ui", parent)
        self.services = services
        self.dossier_id = dossier_id
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setWindowFlag(Qt.WindowType.WindowMinimizeButtonHint, True)
        f = self.form
        self.header = child(f, QLabel, "headerLabel")
        self.banner = child(f, QFrame, "bannerFrame")
        self.banner_label = child(f, QLabel, "bannerLabel")
        self.revalidate_button = child(f, QPushButton, "revalidateButton")
        self.status_label = child(f, QLabel, "statusLabel")
        self.status_host = child(f, QWidget, "statusButtonsHost")
        self.read_only_label = child(f, QLabel, "readOnlyLabel")
        self.tabs = child(f, QTabWidget, "tabs")
        self.splitter = child(f, QSplitter, "mainSplitter")
        self.error = child(f, QLabel, "errorLabel")
        self.fields_error = child(f, QLabel, "fieldsErrorLabel")
        self.funding_label = child(f, QLabel, "fundingLabel")
        self.text_edits: dict[str, QLineEdit] = {
            k: child(f, QLineEdit, v) for k, v in TEXT_FIELDS.items()}
        self.plain_edits: dict[str, QPlainTextEdit] = {
            k: child(f, QPlainTextEdit, v) for k, v in PLAIN_FIELDS.items()}
        self.money = {k: MoneyField(child(f, QLineEdit, v)) for k, v in MONEY_FIELDS.items()}
        self.dates = {k: DateField(child(f, QLineEdit, v)) for k, v in DATE_FIELDS.items()}
        self.serial_volume: QLineEdit = child(f, QLineEdit, "serialVolumeEdit")
        self.signatory: QComboBox = child(f, QComboBox, "signatoryCombo")
        self.signatory.addItem(self.tr("руководитель организации"), "director")
        self.signatory.addItem(self.tr("другое лицо по доверенности"), "other")
        self.signatory.addItem(self.tr("— не указано —"), "unknown")
        self.cost_table: QTableWidget = child(f, QTableWidget, "costTable")
        self.cost_table.setColumnCount(3)
        self.cost_table.setHorizontalHeaderLabels(
            [self.tr("Статья затрат"), self.tr("Описание"), self.tr("Сумма, ₽")])
        hdr = self.cost_table.horizontalHeader()
        hdr.setSectionResizeMode(COST_CATEGORY, QHeaderView.ResizeMode.Interactive)
        hdr.setSectionResizeMode(COST_DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        hdr.setSectionResizeMode(COST_AMOUNT, QHeaderView.ResizeMode.Interactive)
        self.cost_table.setColumnWidth(COST_CATEGORY, 240)
        self.cost_table.setColumnWidth(COST_AMOUNT, 170)
        self.cost_total = child(f, QLabel, "costTotalLabel")
        self.add_line = child(f, QPushButton, "addLineButton")
        self.remove_line = child(f, QPushButton, "removeLineButton")
        self.findings = FindingsPanel(self)
        host_layout = child(f, QWidget, "findingsHost").layout()
        assert host_layout is not None
        host_layout.addWidget(self.findings)
        self.checklist = DocumentsChecklist(services, dossier_id, self)
        docs_layout = child(f, QWidget, "documentsTab").layout()
        assert docs_layout is not None
        docs_layout.addWidget(self.checklist)
        editor_layout = self.form.layout()
        if isinstance(editor_layout, QBoxLayout):
            editor_layout.setStretchFactor(self.splitter, 1)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if close is not None:
            close.setText(self.tr("Закрыть"))
            close.setToolTip(self.tr("Закрыть окно досье (Esc)"))
        self.status_buttons: dict[str, QPushButton] = {}
        # state
        self.original: DossierOut
        self.profile: Profile
        self.enterprise = EnterpriseFacts()
        self.documents: list[DocumentOut] = []
        self.damaged: set[str] = set()
        self.acknowledgements: dict[str, AcknowledgementOut] = {}
        self.newer_profile_version: str | None = None
        self.last_findings: list[Finding] = []
        self.attach_dialog: AttachDialog | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.revalidate)
        # wiring
        self.add_line.clicked.connect(self._add_cost_line)
        self.remove_line.clicked.connect(self._remove_cost_line)
        self.cost_table.itemChanged.connect(self._cost_item_changed)
        self.findings.target_activated.connect(self.go_to_target)
        self.findings.acknowledge_requested.connect(self.acknowledge)
        self.findings.withdraw_requested.connect(self.withdraw_acknowledgement)
        self.checklist.attach_requested.connect(self._attach_requested)
        self.checklist.add_files_requested.connect(self._add_files_requested)
        self.checklist.changed.connect(self.reload_documents)
        self.revalidate_button.clicked.connect(self.revalidate_with_latest)
        self._loading = True
        self._load()
        self._loading = False
        self.watch(*self.text_edits.values(), *self.plain_edits.values(),
                   *(m.edit for m in self.money.values()), *(d.edit for d in self.dates.values()),
                   self.serial_volume, self.signatory)
        self._add_print_buttons()
        self.reload_documents()
        self.refresh_state()
        self._restore_geometry()

    # --- loading ------------------------------------------------------------------------
    def _load(self) -> None:
        d = self.services.dossiers.get(self.dossier_id)
        self.original = d
        registry = registry_for(self.services.profiles_dir)
        try:
            self.profile = registry.get(d.program_code, d.profile_version or "")
        except LookupError:
            self.profile = registry.latest(d.program_code)
        ent = self.services.enterprises.get(d.enterprise_id)
        self.enterprise = EnterpriseFacts(
            inn=ent.inn, kpp=ent.kpp, ogrn=ent.ogrn, full_name=ent.full_name,
            address=ent.legal_address, region=ent.region_code)
        self.checklist.set_requirements(self.profile.documents)
        for key, edit in self.text_edits.items():
            edit.setText(getattr(d, key) or "")
        for key, plain in self.plain_edits.items():
            plain.setPlainText(getattr(d, key) or "")
        for key, money in self.money.items():
            money.set_kopecks(getattr(d, key))
        for key, date in self.dates.items():
            date.set_date(getattr(d, key))
        self.serial_volume.setText(str(d.serial_volume) if d.serial_volume is not None else "")
        code = ("unknown" if d.signatory_is_director is None
                else "director" if d.signatory_is_director else "other")
        self.signatory.setCurrentIndex(max(0, self.signatory.findData(code)))
        self.cost_table.blockSignals(True)
        self.cost_table.setRowCount(0)
        for line in d.cost_lines:
            self._append_cost_row(line.category, line.description or "",
                                  format_money(line.amount, currency=False))
        self.cost_table.blockSignals(False)
        self._show_header()

    def _show_header(self) -> None:
        d = self.original
        self.setWindowTitle(self.tr("Досье № %1 — %2").replace("%1", str(d.id)).replace(
            "%2", d.enterprise_name))
        program = self.profile.title
        self.header.setText(
            self.tr("<b>%1</b> (ИНН %2)<br>Программа: %3<br>Версия профиля: %4 (действует с %5) %6")
            .replace("%1", _esc(d.enterprise_name)).replace("%2", _esc(d.enterprise_inn))
            .replace("%3", _esc(program)).replace("%4", _esc(self.profile.version))
            .replace("%5", format_date(self.profile.effective_date))
            .replace("%6", _esc(confidence_mark(self.profile.confidence))))
        self.header.setToolTip(self.tr("Правовое основание: %1").replace(
            "%1", self.profile.legal_basis))
        newer = self.newer_profile_version
        self.banner.setVisible(bool(newer))
        if newer:
            self.banner_label.setText(
                self.tr("Доступна новая версия профиля %1 — перепроверить досье по ней?")
                .replace("%1", newer))
        status = d.status.value
        self.status_label.setText(self.tr("Статус: <b>%1</b>").replace(
            "%1", labels.statuses().get(status, d.status_label)))
        self._fill_status_buttons()
        editable = d.status in EDITABLE_STATUSES
        self.read_only_label.setVisible(not editable)
        self.read_only_label.setText(
            self.tr("Досье в статусе «%1»: данные проекта и документы изменять нельзя.")
            .replace("%1", labels.statuses().get(status, d.status_label)))
        self._set_editable(editable)

    def _set_editable(self, editable: bool) -> None:
        for edit in (*self.text_edits.values(), *(m.edit for m in self.money.values()),
                     *(x.edit for x in self.dates.values()), self.serial_volume):
            edit.setReadOnly(not editable)
        for plain in self.plain_edits.values():
            plain.setReadOnly(not editable)
        self.signatory.setEnabled(editable)
        self.cost_table.setEditTriggers(
            QTableWidget.EditTrigger.AllEditTriggers if editable
            else QTableWidget.EditTrigger.NoEditTriggers)
        self.add_line.setEnabled(editable)
        self.remove_line.setEnabled(editable)
        self.checklist.set_editable(editable)
        self.findings.set_editable(editable)
        self.editable = editable
        self.refresh_state()

    def _fill_status_buttons(self) -> None:
        layout = self.status_host.layout()
        assert layout is not None
        if getattr(self, "_buttons_for", None) == self.original.status:
            return
        self._buttons_for = self.original.status
        for button in self.status_buttons.values():
            layout.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.status_buttons = {}
        actions = status_actions()
        for target in sorted(TRANSITIONS[self.original.status], key=_status_order):
            button = QPushButton(actions.get(target.value, target.value), self.status_host)
            button.setObjectName(f"status_{target.value}")
            button.clicked.connect(lambda _c=False, t=target.value: self.change_status(t))
            layout.addWidget(button)
            self.status_buttons[target.value] = button

    def reload_documents(self) -> None:
        """Re-read what is stored (documents, acceptances, damaged files) and re-check."""
        try:
            v = self.services.dossiers.validate(self.dossier_id, record=False)
            docs = self.services.documents.list_documents(self.dossier_id, include_deleted=True)
        except (InputError, PermissionDenied) as exc:
            show_message(self.error, error_text(exc))
            return
        self.acknowledgements = dict(v.acknowledgements)
        self.newer_profile_version = v.newer_profile_version
        self.documents = docs
        self.damaged = set(v.damaged_blobs) | {
            fl.sha256 for d in docs for fl in d.files if fl.status in ("missing", "altered")}
        self.checklist.set_documents(docs, self.damaged)
        self._show_header()
        self.revalidate()

    # --- the form's current values ------------------------------------------------------
    def _serial_volume(self) -> tuple[int | None, str]:
        text = self.serial_volume.text().strip().replace(" ", "").replace("\u00a0", "")
        if not text:
            return None, ""
        if not text.isdigit():
            return None, self.tr("Объём серийного выпуска: ожидается целое число штук, например "
                                 "1200")
        return int(text), ""

    def _cost_lines(self) -> tuple[list[dict[str, Any]], list[str]]:
        lines: list[dict[str, Any]] = []
        problems: list[str] = []
        for row in range(self.cost_table.rowCount()):
            cat = _cell(self.cost_table, row, COST_CATEGORY).strip()
            desc = _cell(self.cost_table, row, COST_DESCRIPTION).strip()
            amount_text = _cell(self.cost_table, row, COST_AMOUNT)
            if not (cat or desc or amount_text.strip()):
                continue
            try:
                amount = parse_money(amount_text)
            except ValueError as exc:
                problems.append(self.tr("Смета, строка %1: %2").replace("%1", str(row + 1))
                                .replace("%2", str(exc)))
                continue
            if not cat:
                problems.append(self.tr("Смета, строка %1: укажите статью затрат").replace(
                    "%1", str(row + 1)))
            if amount is None:
                problems.append(self.tr("Смета, строка %1: укажите сумму").replace(
                    "%1", str(row + 1)))
                continue
            if amount < 0:
                problems.append(self.tr("Смета, строка %1: сумма не может быть отрицательной")
                                .replace("%1", str(row + 1)))
                continue
            lines.append({"category": cat, "description": desc or None, "amount": amount})
        return lines, problems

    def values(self) -> dict[str, Any]:
        """The project data as typed (for ``update_project``)."""
        data: dict[str, Any] = {}
        for key, edit in self.text_edits.items():
            data[key] = edit.text().strip() or None
        for key, plain in self.plain_edits.items():
            data[key] = plain.toPlainText().strip() or None
        for key, money in self.money.items():
            data[key] = money.kopecks()
        for key, date in self.dates.items():
            data[key] = date.date()
        data["serial_volume"] = self._serial_volume()[0]
        data["signatory_is_director"] = {"director": True, "other": False}.get(
            str(self.signatory.currentData()))
        data["cost_lines"] = self._cost_lines()[0]
        return data

    def facts(self) -> DossierFacts:
        """The dossier as the form shows it now (unsaved values included)."""
        v = self.values()
        project = ProjectFacts(**{k: v.get(k) for k in ProjectFacts.model_fields})
        documents = []
        for d in self.documents:
            if d.deleted_at is not None:
                continue
            documents.append(DocumentFact(
                type=d.doc_type, title=d.title, number=d.number, issued_on=d.issued_on,
                valid_until=d.valid_until, files=len(d.files), pages=d.pages,
                kinds=sorted({fl.kind for fl in d.files}),
                damaged=any(fl.sha256 in self.damaged for fl in d.files)))
        return DossierFacts(
            program=self.profile.code,
            submission_date=v["submission_date"],
            signatory_is_director=v["signatory_is_director"],
            enterprise=self.enterprise,
            project=project,
            cost_lines=[CostLineFact(**line) for line in v["cost_lines"]],
            documents=documents,
        )

    # --- live checking ------------------------------------------------------------------
    def _changed(self, *args: object) -> None:
        super()._changed(*args)
        if not self._loading:
            self.timer.start()

    def revalidate(self) -> None:
        """Check the form's current values against the profile and show the result."""
        self.timer.stop()
        facts = self.facts()
        report = validate(self.profile, facts)
        self.last_findings = list(report.findings)
        self.findings.set_findings(report.findings, self.acknowledgements)
        self.checklist.set_statuses(document_status(self.profile, facts))
        self._show_totals(facts)
        errors = len(report.errors)
        self.tabs.setTabText(TAB_DOCUMENTS, self.tr("Документы (%1)").replace(
            "%1", str(sum(1 for d in self.documents if d.deleted_at is None))))
        self.findings.setToolTip(self.tr("Ошибок: %1").replace("%1", str(errors)))

    def _show_totals(self, facts: DossierFacts) -> None:
        p = facts.project
        lines_sum = sum(c.amount for c in facts.cost_lines)
        text = self.tr("Итого по смете: %1").replace("%1", format_money(lines_sum))
        tone = "ok"
        if p.total_cost is not None and facts.cost_lines:
            diff = lines_sum - p.total_cost
            if diff:
                text += "; " + self.tr("стоимость проекта %1 — расхождение %2").replace(
                    "%1", format_money(p.total_cost)).replace("%2", format_money(diff))
                tone = "error"
            else:
                text += "; " + self.tr("совпадает со стоимостью проекта")
        self.cost_total.setText(text)
        self.cost_total.setStyleSheet(f"color: {severity_color(tone, self).name()};")
        parts = []
        if p.total_cost:
            for value, label in ((p.grant_requested, self.tr("грант")),
                                 (p.own_funds, self.tr("собственные")),
                                 (p.other_funds, self.tr("иные"))):
                if value is not None:
                    share = value * 10000 // p.total_cost
                    parts.append(f"{label} {share // 100},{share % 100:02d} %")
        self.funding_label.setText(
            self.tr("Доли в стоимости проекта: %1").replace("%1", ", ".join(parts))
            if parts else "")

    # --- cost lines ---------------------------------------------------------------------
    def _append_cost_row(self, category: str, description: str, amount: str) -> int:
        row = self.cost_table.rowCount()
        self.cost_table.insertRow(row)
        for col, text in ((COST_CATEGORY, category), (COST_DESCRIPTION, description),
                          (COST_AMOUNT, amount)):
            item = QTableWidgetItem(text)
            if col == COST_AMOUNT:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.cost_table.setItem(row, col, item)
        return row

    def _add_cost_line(self) -> None:
        row = self._append_cost_row("", "", "")
        self.cost_table.setCurrentCell(row, COST_CATEGORY)
        cell = self.cost_table.item(row, COST_CATEGORY)
        if cell is not None:
            self.cost_table.editItem(cell)
        self._changed()

    def _remove_cost_line(self) -> None:
        row = self.cost_table.currentRow()
        if row >= 0:
            self.cost_table.removeRow(row)
            self._changed()

    def _cost_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == COST_AMOUNT:
            self.cost_table.blockSignals(True)
            try:
                value = parse_money(item.text())
                item.setBackground(self.cost_table.palette().base())
                item.setToolTip("")
                if value is not None and value >= 0:
                    item.setText(format_money(value, currency=False))
            except ValueError as exc:
                item.setForeground(severity_color("error", self))
                item.setToolTip(str(exc))
            else:
                item.setForeground(self.cost_table.palette().text())
            self.cost_table.blockSignals(False)
        self._changed()
        if not self._loading:
            self._show_totals(self.facts())

    # --- going to a finding's field -----------------------------------------------------
    def widget_for(self, target: str) -> QWidget | None:
        key = target.removeprefix("project.")
        if key in self.text_edits:
            return self.text_edits[key]
        if key in self.plain_edits:
            return self.plain_edits[key]
        if key in self.money:
            return self.money[key].edit
        if key in self.dates:
            return self.dates[key].edit
        if key == "serial_volume":
            return self.serial_volume
        if key == "signatory_is_director":
            return self.signatory
        return None

    def go_to_target(self, target: str) -> None:
        """Focus the field a finding names, or select its row in the documents checklist."""
        show_message(self.error, None)
        if target.startswith("document:"):
            self.tabs.setCurrentIndex(TAB_DOCUMENTS)
            self.checklist.select_type(target.removeprefix("document:"))
            self.checklist.types.setFocus()
            return
        if target.startswith("cost_lines"):
            self.tabs.setCurrentIndex(TAB_COST)
            self.cost_table.setFocus()
            return
        if target.startswith("enterprise."):
            show_message(self.error, self.tr(
                "Сведения о предприятии (ИНН, КПП, ОГРН, наименование, адрес) меняются в "
                "карточке предприятия; досье берёт их оттуда."))
            return
        widget = self.widget_for(target)
        if widget is None:
            return
        self.tabs.setCurrentIndex(TAB_PROJECT)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        scroll = self.form.findChild(QWidget, "projectScroll")
        if scroll is not None and hasattr(scroll, "ensureWidgetVisible"):
            scroll.ensureWidgetVisible(widget)

    # --- checking and saving ------------------------------------------------------------
    def check(self) -> bool:
        problems: list[str] = []
        labels_ = {
            "total_cost": self.tr("Стоимость проекта"),
            "grant_requested": self.tr("Запрашиваемый грант"),
            "own_funds": self.tr("Собственные средства"),
            "other_funds": self.tr("Иные средства"),
            "start_date": self.tr("Начало проекта"),
            "end_date": self.tr("Окончание проекта"),
            "submission_date": self.tr("Дата подачи заявки"),
        }
        fields: list[tuple[str, MoneyField | DateField]] = [
            *self.money.items(), *self.dates.items()]
        for key, field in fields:
            if field.problem:
                problems.append(f"{labels_[key]}: {field.problem}")
        problem = self._serial_volume()[1]
        if problem:
            problems.append(problem)
        problems.extend(self._cost_lines()[1])
        show_message(self.fields_error, "\n".join(problems) if problems else None)
        return not problems and getattr(self, "editable", True)

    def save(self) -> int | None:
        try:
            out = self.services.dossiers.update_project(
                self.dossier_id, self.values(), expected_updated_at=self.original.updated_at)
        except ConflictError as exc:
            QMessageBox.warning(self, self.tr("Досье изменено другим пользователем"),
                                error_text(exc))
            return None
        except PermissionDenied as exc:
            QMessageBox.warning(self, self.tr("Нет прав"), str(exc))
            return None
        except InputError as exc:
            show_message(self.error, error_text(exc))
            return None
        self.original = out
        show_message(self.error, None)
        was_loading, self._loading = self._loading, True
        for key, money in self.money.items():
            money.set_kopecks(getattr(out, key))  # shown formatted, as stored
        self._loading = was_loading
        return out.id

    def try_save(self) -> None:
        """Save and stay in the editor."""
        if not self.check():
            return
        saved = self.save()
        if saved is None:
            return
        self.saved_id = saved
        self.dirty = False
        self.saved.emit(saved)
        self.reload_documents()

    def _ensure_saved(self) -> bool:
        """Unsaved changes are saved before an action that works on the stored dossier."""
        if not self.dirty:
            return True
        if not self.check():
            return False
        saved = self.save()
        if saved is None:
            return False
        self.dirty = False
        self.saved.emit(saved)
        return True

    def _refresh_original(self) -> None:
        self.original = self.services.dossiers.get(self.dossier_id)
        self.reload_documents()

    # --- warnings, status, profile ------------------------------------------------------
    def acknowledge(self, rule_id: str, reason: str) -> None:
        if not self._ensure_saved():
            return
        try:
            self.services.dossiers.acknowledge_warning(self.dossier_id, rule_id, reason)
        except (InputError, PermissionDenied) as exc:
            QMessageBox.warning(self, self.tr("Предупреждение не принято"), error_text(exc))
            return
        self._refresh_original()

    def withdraw_acknowledgement(self, rule_id: str) -> None:
        try:
            self.services.dossiers.withdraw_acknowledgement(self.dossier_id, rule_id)
        except (InputError, PermissionDenied) as exc:
            QMessageBox.warning(self, self.tr("Действие не выполнено"), error_text(exc))
            return
        self._refresh_original()

    def change_status(self, target: str) -> None:
        if not self._ensure_saved():
            return
        if target == "referred":
            # a dossier is referred only by a registered, signed package
            self.make_package()
            return
        reason: str | None = None
        effective: dt.date | None = None
        if target != "ready":
            title = status_actions().get(target, target)
            dlg = ReasonDialog(
                title,
                self.tr("Статус досье изменится на «%1». Укажите дату, с которой он действует, "
                        "и причину.").replace("%1", labels.statuses().get(target, target)),
                self, required=target in ("withdrawn", "rejected"), with_date=True,
                ok_text=self.tr("Изменить статус"))
            if dlg.exec() != ReasonDialog.DialogCode.Accepted:
                return
            reason, effective = dlg.reason() or None, dlg.effective_date()
        try:
            self.services.dossiers.change_status(
                self.dossier_id, target, reason=reason, effective_date=effective)
        except (InputError, PermissionDenied) as exc:
            QMessageBox.warning(self, self.tr("Статус не изменён"), error_text(exc))
            return
        self._refresh_original()

    # --- printing ---------------------------------------------------------------
    def _add_print_buttons(self) -> None:
        role = QDialogButtonBox.ButtonRole.ActionRole
        self.package_button = self.buttons.addButton(self.tr("Направление в Агентство…"), role)
        self.package_button.setToolTip(self.tr(
            "Сформировать пакет направления (Ctrl+P); консультант получает проект с отметкой "
            "«ПРОЕКТ», итоговое письмо с номером подписывает руководитель"))
        self.checklist_button = self.buttons.addButton(self.tr("Памятка для предприятия…"), role)
        self.checklist_button.setToolTip(self.tr(
            "Перечень документов, которые нужно принести, с отметкой о полученных"))
        for button in (self.package_button, self.checklist_button):
            button.setAutoDefault(False)
        self.package_button.clicked.connect(self.make_package)
        self.checklist_button.clicked.connect(self.print_checklist)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self)
        shortcut.activated.connect(self.make_package)

    def make_package(self) -> None:
        if not self._ensure_saved():
            return
        from desktop_app.ui.package import open_package_dialog

        open_package_dialog(self, self.services, self.dossier_id)
        self._refresh_original()

    def print_checklist(self) -> None:
        if not self._ensure_saved():
            return
        from desktop_app.ui.package.dialogs import PdfPreviewDialog

        try:
            pdf = self.services.packages.document_checklist_pdf(self.dossier_id)
        except (InputError, PermissionDenied) as exc:
            QMessageBox.warning(self, self.tr("Памятка не сформирована"), error_text(exc))
            return
        PdfPreviewDialog(
            self.services, pdf, self.tr("Памятка для предприятия: досье № %1").replace(
                "%1", str(self.dossier_id)),
            file_name=f"памятка-досье-{self.dossier_id}.pdf", dossier_id=self.dossier_id,
            parent=self).exec()

    def revalidate_with_latest(self) -> None:
        if not self._ensure_saved():
            return
        try:
            self.services.dossiers.revalidate_with_latest(self.dossier_id)
        except (InputError, PermissionDenied) as exc:
            QMessageBox.warning(self, self.tr("Действие не выполнено"), error_text(exc))
            return
        self._loading = True
        self._load()
        self._loading = False
        self.reload_documents()

    # --- documents ----------------------------------------------------------------------
    def _attach_requested(self, doc_type: str, files: list[Path]) -> None:
        self.attach_dialog = attach_files_dialog(
            self.services, self.dossier_id, self.profile.documents, self,
            lambda _doc: self.reload_documents(), doc_type=doc_type, files=files)

    def _add_files_requested(self, document_id: int, doc_type: str) -> None:
        self.attach_dialog = attach_files_dialog(
            self.services, self.dossier_id, self.profile.documents, self,
            lambda _doc: self.reload_documents(), doc_type=doc_type, document_id=document_id)

    # --- window -------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        s = app_settings()
        geometry = s.value("dossier_editor/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 820)
        state = s.value("dossier_editor/splitter")
        if isinstance(state, QByteArray):
            self.splitter.restoreState(state)
        else:
            self.splitter.setSizes([900, 360])

    def done(self, result: int) -> None:
        s = app_settings()
        s.setValue("dossier_editor/geometry", self.saveGeometry())
        s.setValue("dossier_editor/splitter", self.splitter.saveState())
        self.timer.stop()
        super().done(result)


def status_actions() -> dict[str, str]:
    """Button texts of the workflow moves (the target status)."""
    from PySide6.QtCore import QCoreApplication

    def t(text: str) -> str:
        return QCoreApplication.translate("Dossier", text)

    return {
        "ready": t("Готово к направлению"),
        "draft": t("Вернуть в черновик"),
        "referred": t("Направлено в Агентство"),
        "submitted": t("Заявка подана"),
        "approved": t("Одобрено"),
        "rejected": t("Отклонено"),
        "withdrawn": t("Отозвать досье"),
        "agreement": t("Соглашение заключено"),
    }


_ORDER = ("ready", "draft", "referred", "submitted", "approved", "agreement", "rejected",
          "withdrawn")


def _status_order(status: object) -> int:
    value = getattr(status, "value", status)
    return _ORDER.index(str(value)) if value in _ORDER else len(_ORDER)


def _cell(table: QTableWidget, row: int, col: int) -> str:
    item = table.item(row, col)
    return item.text() if item is not None else ""


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


__all__ = ["DossierEditor", "status_actions"]
