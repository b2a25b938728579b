"""The dossier editor: header, status workflow, project data, cost lines, documents, findings.

This module puts the parts together; each part lives in its own module:
:mod:`.project_form` (the project fields), :mod:`.cost_lines` (the смета),
:mod:`.checklist` (documents), :mod:`.findings` (what the rules say) and
:mod:`.status_actions` (the workflow buttons).

The findings panel follows the form as the consultant types: ~400 ms after the
last change the form's current (unsaved) values are turned into
:class:`DossierFacts` and checked with :func:`rules.validate` directly (a few
milliseconds), so typing never waits for the database. Saving writes through
``DossierService.update_project`` with ``expected_updated_at``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTabWidget,
    QWidget,
)

from desktop_app.core.errors import EditConflict, InputError, PermissionDenied, UserError
from desktop_app.core.formatting import format_date
from desktop_app.core.rules import (
    CostLineFact,
    DocumentFact,
    DossierFacts,
    EnterpriseFacts,
    FinancingFact,
    Finding,
    Profile,
    ProjectFacts,
    StageFact,
    document_status,
    validate,
)
from desktop_app.core.services.document_models import DocumentOut
from desktop_app.core.services.dossier_models import AcknowledgementOut, DossierOut
from desktop_app.core.services.dossier_workflow import EDITABLE_STATUSES
from desktop_app.core.services.facade import Services
from desktop_app.core.services.schemas import DossierProjectIn
from desktop_app.ui import labels
from desktop_app.ui.edit_conflict import Choice, resolve_conflict
from desktop_app.ui.editor_base import EditorDialog, show_message
from desktop_app.ui.errors import error_text, show_error, showing_errors
from desktop_app.ui.forms import child
from desktop_app.ui.settings import app_settings

from .attach import AttachDialog, attach_files_dialog
from .checklist import DocumentsChecklist
from .common import DateField, MoneyField, confidence_mark
from .cost_lines import CostLines
from .dialogs import ReasonDialog
from .findings import FindingsPanel
from .plan import ProjectPlan
from .project_form import ProjectForm
from .status_actions import StatusButtons, status_actions

DEBOUNCE_MS = 400

TAB_PROJECT, TAB_COST, TAB_DOCUMENTS, TAB_PLAN = range(4)


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
        self.project = ProjectForm(f, self)
        # the project inputs, by field name (tests and the findings panel reach them here)
        self.text_edits = self.project.text_edits
        self.plain_edits = self.project.plain_edits
        self.money: dict[str, MoneyField] = self.project.money
        self.dates: dict[str, DateField] = self.project.dates
        self.cost_table: QTableWidget = child(f, QTableWidget, "costTable")
        self.cost_total = child(f, QLabel, "costTotalLabel")
        self.add_line = child(f, QPushButton, "addLineButton")
        self.remove_line = child(f, QPushButton, "removeLineButton")
        self.cost = CostLines(self.cost_table, self.add_line, self.remove_line,
                              labels=(self.cost_total, self.funding_label), parent=self)
        self.stage_table: QTableWidget = child(f, QTableWidget, "stageTable")
        self.financing_table: QTableWidget = child(f, QTableWidget, "financingTable")
        self.plan = ProjectPlan(
            (self.stage_table, child(f, QPushButton, "addStageButton"),
             child(f, QPushButton, "removeStageButton"), child(f, QLabel, "stagesLabel")),
            (self.financing_table, child(f, QPushButton, "addYearButton"),
             child(f, QPushButton, "removeYearButton"), child(f, QLabel, "financingLabel")),
            parent=self)
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
        self.status_bar = StatusButtons(self.status_host, self)
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
        self.cost.rows_changed.connect(self._changed)
        self.cost.amount_edited.connect(self._cost_edited)
        self.plan.changed.connect(self._plan_edited)
        self.status_bar.requested.connect(self.change_status)
        self.findings.target_activated.connect(self.go_to_target)
        self.findings.acknowledge_requested.connect(self.acknowledge)
        self.findings.withdraw_requested.connect(self.withdraw_acknowledgement)
        self.checklist.attach_requested.connect(self._attach_requested)
        self.checklist.add_files_requested.connect(self._add_files_requested)
        self.checklist.changed.connect(self._own_documents_changed)
        self.revalidate_button.clicked.connect(self.revalidate_with_latest)
        self._loading = True
        self._load()
        self._loading = False
        self.watch(*self.project.widgets())
        self._add_print_buttons()
        self.reload_documents()
        self.refresh_state()
        self._restore_geometry()

    # --- loading ------------------------------------------------------------------------
    def _load(self) -> None:
        d = self.services.dossiers.get(self.dossier_id)
        self.original = d
        self.profile = self.services.programs.profile(d.program_code, d.profile_version)
        ent = self.services.enterprises.get(d.enterprise_id)
        self.enterprise = EnterpriseFacts(
            inn=ent.inn, kpp=ent.kpp, ogrn=ent.ogrn, full_name=ent.full_name,
            address=ent.legal_address, region=ent.region_code)
        self.checklist.set_requirements(self.profile.documents)
        self.project.fill(d)
        self.cost.fill(d.cost_lines)
        self.plan.fill(d.stages, d.financing)
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
            "%1", self.profile.legal_basis_for_consultant()))
        newer = self.newer_profile_version
        self.banner.setVisible(bool(newer))
        if newer:
            self.banner_label.setText(
                self.tr("Доступна новая версия профиля %1 — перепроверить досье по ней?")
                .replace("%1", newer))
        status = d.status.value
        self.status_label.setText(self.tr("Статус: <b>%1</b>").replace(
            "%1", labels.statuses().get(status, d.status_label)))
        self.status_bar.show_for(d.status)
        editable = d.status in EDITABLE_STATUSES
        self.read_only_label.setVisible(not editable)
        self.read_only_label.setText(
            self.tr("Досье в статусе «%1»: данные проекта и документы изменять нельзя.")
            .replace("%1", labels.statuses().get(status, d.status_label)))
        self._set_editable(editable)

    @property
    def status_buttons(self) -> dict[str, QPushButton]:
        """The workflow buttons shown now, by target status."""
        return self.status_bar.buttons

    def _set_editable(self, editable: bool) -> None:
        self.project.set_editable(editable)
        self.cost.set_editable(editable)
        self.plan.set_editable(editable)
        self.checklist.set_editable(editable)
        self.findings.set_editable(editable)
        self.editable = editable
        self.refresh_state()

    def reload_documents(self) -> None:
        """Re-read what is stored (documents, acceptances, damaged files) and re-check."""
        try:
            v = self.services.dossiers.validate(self.dossier_id, record=False)
            docs = self.services.documents.list_documents(self.dossier_id, include_deleted=True)
        except UserError as exc:
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
    def values(self) -> dict[str, Any]:
        """The project data as typed (for ``update_project``)."""
        data = self.project.values()
        data["cost_lines"] = self.cost.lines()[0]
        data["stages"] = self.plan.stages()[0]
        data["financing"] = self.plan.financing()[0]
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
            stages=[StageFact(**st) for st in v["stages"] if st["number"] and st["title"]],
            financing=[FinancingFact(**line) for line in v["financing"]],
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
        self.cost.show_totals(facts)
        self.plan.show_totals(facts)
        errors = len(report.errors)
        self.tabs.setTabText(TAB_DOCUMENTS, self.tr("Документы (%1)").replace(
            "%1", str(sum(1 for d in self.documents if d.deleted_at is None))))
        self.findings.setToolTip(self.tr("Ошибок: %1").replace("%1", str(errors)))

    def _cost_edited(self) -> None:
        self._changed()
        if not self._loading:
            self.cost.show_totals(self.facts())

    def _plan_edited(self) -> None:
        self._changed()
        if not self._loading:
            self.plan.show_totals(self.facts())

    # --- going to a finding's field -----------------------------------------------------
    def widget_for(self, target: str) -> QWidget | None:
        return self.project.widget_for(target)

    def go_to_target(self, target: str) -> None:
        """Focus the field a finding names, or select its row in the documents checklist."""
        show_message(self.error, None)
        if target.startswith("document:"):
            self.tabs.setCurrentIndex(TAB_DOCUMENTS)
            self.checklist.select_type(target.removeprefix("document:"))
            self.checklist.types.setFocus()
            return
        if target.startswith(("stages.", "financing.")):
            self.tabs.setCurrentIndex(TAB_PLAN)
            (self.stage_table if target.startswith("stages.") else
             self.financing_table).setFocus()
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
        problems = [*self.project.problems(), *self.cost.lines()[1],
                    *self.plan.stages()[1], *self.plan.financing()[1]]
        show_message(self.fields_error, "\n".join(problems) if problems else None)
        return not problems and getattr(self, "editable", True)

    def save(self) -> int | None:
        try:
            out = self.services.dossiers.update_project(
                self.dossier_id, self.values(), expected_version=self.original.version)
        except EditConflict as exc:
            choice = resolve_conflict(self, exc, DossierProjectIn, self.values())
            if choice is Choice.OVERWRITE:
                self.original = self.original.model_copy(update={"version": exc.version})
                return self.save()
            if choice is Choice.DISCARD:
                self._reload_theirs()
            return None
        except PermissionDenied as exc:
            show_error(self, self.tr("Нет прав"), exc)
            return None
        except InputError as exc:
            show_message(self.error, error_text(exc))
            return None
        self.original = out
        show_message(self.error, None)
        was_loading, self._loading = self._loading, True
        self.project.show_stored_money(out)
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

    def _reload_theirs(self) -> None:
        """Throw away the unsaved edits and show the dossier as stored now."""
        self._loading = True
        self._load()
        self._loading = False
        self.dirty = False
        self.reload_documents()
        self.refresh_state()

    def _own_documents_changed(self) -> None:
        """This window changed the documents (which may send a ready dossier back to
        draft): its next save names the version that change left."""
        with showing_errors(self, self.tr("Действие не выполнено")) as outcome:
            fresh = self.services.dossiers.get(self.dossier_id)
        if not outcome.failed:
            self.original = self.original.model_copy(
                update={"version": fresh.version, "status": fresh.status,
                        "status_label": fresh.status_label})
            self._show_header()
        self.reload_documents()

    def _checked(self, action: Callable[[int], object], title: str) -> bool:
        """Run ``action(version)`` on the stored dossier, naming the version this window
        shows; when someone else changed the dossier meanwhile, the person decides
        (see :mod:`desktop_app.ui.edit_conflict`). True when it was done."""
        version = self.original.version
        for _attempt in range(2):
            with showing_errors(self, title) as outcome:
                try:
                    action(version)
                    return True
                except EditConflict as exc:
                    choice = resolve_conflict(self, exc, DossierProjectIn, self.values())
                    if choice is Choice.OVERWRITE:
                        version = exc.version
                        continue
                    if choice is Choice.DISCARD:
                        self._reload_theirs()
                    return False
            if outcome.failed:
                return False
        return False

    # --- warnings, status, profile ------------------------------------------------------
    def acknowledge(self, rule_id: str, reason: str) -> None:
        if not self._ensure_saved():
            return
        if not self._checked(
                lambda v: self.services.dossiers.acknowledge_warning(
                    self.dossier_id, rule_id, reason, expected_version=v),
                self.tr("Предупреждение не принято")):
            return
        self._refresh_original()

    def withdraw_acknowledgement(self, rule_id: str) -> None:
        if not self._checked(
                lambda v: self.services.dossiers.withdraw_acknowledgement(
                    self.dossier_id, rule_id, expected_version=v),
                self.tr("Действие не выполнено")):
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
        if not self._checked(
                lambda v: self.services.dossiers.change_status(
                    self.dossier_id, target, reason=reason, effective_date=effective,
                    expected_version=v),
                self.tr("Статус не изменён")):
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

        with showing_errors(self, self.tr("Памятка не сформирована")) as outcome:
            pdf = self.services.packages.document_checklist_pdf(self.dossier_id)
        if outcome.failed:
            return
        PdfPreviewDialog(
            self.services, pdf, self.tr("Памятка для предприятия: досье № %1").replace(
                "%1", str(self.dossier_id)),
            file_name=f"памятка-досье-{self.dossier_id}.pdf", dossier_id=self.dossier_id,
            parent=self).exec()

    def revalidate_with_latest(self) -> None:
        if not self._ensure_saved():
            return
        with showing_errors(self, self.tr("Действие не выполнено")) as outcome:
            self.services.dossiers.revalidate_with_latest(self.dossier_id)
        if outcome.failed:
            return
        self._loading = True
        self._load()
        self._loading = False
        self.reload_documents()

    # --- documents ----------------------------------------------------------------------
    def _attach_requested(self, doc_type: str, files: list[Path]) -> None:
        self.attach_dialog = attach_files_dialog(
            self.services, self.dossier_id, self.profile.documents, self,
            lambda _doc: self._own_documents_changed(), doc_type=doc_type, files=files)

    def _add_files_requested(self, document_id: int, doc_type: str) -> None:
        self.attach_dialog = attach_files_dialog(
            self.services, self.dossier_id, self.profile.documents, self,
            lambda _doc: self._own_documents_changed(), doc_type=doc_type,
            document_id=document_id)

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


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


__all__ = ["DossierEditor", "status_actions"]
