"""The consultation form: who, when, how, about what, what next and by when."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from desktop_app.core.errors import EditConflict, InputError, PermissionDenied
from desktop_app.core.services.dto import ConsultationOut
from desktop_app.core.services.facade import Services
from desktop_app.core.services.schemas import ConsultationIn, parse
from desktop_app.ui import labels
from desktop_app.ui.dates import DateField, typed_like_text
from desktop_app.ui.edit_conflict import Choice, resolve_conflict
from desktop_app.ui.editor_base import EditorDialog, show_message
from desktop_app.ui.enterprise_lookup import EnterpriseLookup
from desktop_app.ui.errors import error_text, show_error, showing_errors
from desktop_app.ui.forms import child
from desktop_app.ui.tasks import run_with_progress


class ConsultationEditor(EditorDialog):
    """Create (``consultation_id=None``) or change a consultation."""

    new_enterprise_requested = Signal()

    def __init__(
        self,
        services: Services,
        consultation_id: int | None = None,
        parent: QWidget | None = None,
        *,
        enterprise_id: int | None = None,
    ) -> None:
        super().__init__("consultation_editor.ui", parent)
        self.services = services
        self.consultation_id = consultation_id
        self.original: ConsultationOut | None = None
        f = self.form
        self.enterprise_edit = child(f, QLineEdit, "enterpriseEdit")
        self.enterprise_info = child(f, QLabel, "enterpriseInfo")
        self.new_enterprise = child(f, QPushButton, "newEnterpriseButton")
        self.contact = child(f, QComboBox, "contactCombo")
        self.occurred = typed_like_text(child(f, QDateTimeEdit, "occurredEdit"))
        self.channel = child(f, QComboBox, "channelCombo")
        self.topic = child(f, QLineEdit, "topicEdit")
        self.program = child(f, QLineEdit, "programEdit")   # a programme's title or free text
        self._programs: dict[str, str] | None = None
        self.duration = child(f, QSpinBox, "durationSpin")
        self.questions = child(f, QPlainTextEdit, "questionsEdit")
        self.advice = child(f, QPlainTextEdit, "adviceEdit")
        self.outcome = child(f, QPlainTextEdit, "outcomeEdit")
        self.next_step = child(f, QLineEdit, "nextStepEdit")
        self.due = DateField(child(f, QLineEdit, "dueEdit"))   # empty: no due date
        self.done_check = child(f, QCheckBox, "doneCheck")
        self.error = child(f, QLabel, "errorLabel")
        self.eligibility_info = child(f, QLabel, "eligibilityInfo")
        self.conclusion_saved: Path | None = None
        for code, text in labels.channels().items():
            self.channel.addItem(text, code)
        self.occurred.setDateTime(QDateTime.currentDateTime())
        self.enterprise_id: int | None = None
        self.lookup = EnterpriseLookup(self.enterprise_edit, services)
        self.lookup.typed.connect(self._typed)
        self.lookup.chosen.connect(lambda eid, _text: self.set_enterprise(eid))
        self.new_enterprise.clicked.connect(self.new_enterprise_requested.emit)
        self.next_step.textChanged.connect(self._sync)
        self.resize(760, 720)
        self._loading = True
        self._fill_contacts()
        if consultation_id is not None:
            self._load(consultation_id)
        else:
            self.setWindowTitle(self.tr("Новая консультация"))
            if enterprise_id is not None:
                self.set_enterprise(enterprise_id)
        self._loading = False
        self._sync()
        self.watch(self.contact, self.occurred, self.channel, self.topic, self.program,
                   self.duration, self.questions, self.advice, self.outcome, self.next_step,
                   self.due.edit, self.done_check)
        self._add_program_buttons()
        self.refresh_state()

    # --- pre-screening and the dossier -------------------------------------------
    def _add_program_buttons(self) -> None:
        role = QDialogButtonBox.ButtonRole.ActionRole
        self.eligibility_button = self.buttons.addButton(self.tr("Проверить соответствие…"), role)
        self.conclusion_button = self.buttons.addButton(self.tr("Заключение…"), role)
        self.dossier_button = self.buttons.addButton(self.tr("Создать досье…"), role)
        saved = self.consultation_id is not None
        for button in (self.eligibility_button, self.conclusion_button, self.dossier_button):
            button.setEnabled(saved)
            button.setAutoDefault(False)
            if not saved:
                button.setToolTip(self.tr("Сначала сохраните консультацию"))
        self.eligibility_button.setToolTip(
            self.eligibility_button.toolTip()
            or self.tr("Предварительная проверка: может ли предприятие подать заявку"))
        self.eligibility_button.clicked.connect(self._check_eligibility)
        self.conclusion_button.clicked.connect(self.save_conclusion)
        self.dossier_button.clicked.connect(self._new_dossier)
        self._sync_conclusion()

    def _sync_conclusion(self) -> None:
        checked = self.original is not None and self.original.eligibility_verdict is not None
        self.conclusion_button.setEnabled(checked)
        if self.consultation_id is None:
            return
        self.conclusion_button.setToolTip(
            self.tr("Заключение по результатам предварительной проверки (PDF): "
                    "регистрируется в исходящем реестре с номером")
            if checked else self.tr("Сначала проведите предварительную проверку"))

    def _check_eligibility(self) -> None:
        if self.consultation_id is None:
            return
        from desktop_app.ui.dossier import open_eligibility_dialog

        dlg = open_eligibility_dialog(self, self.services, self.consultation_id)
        if dlg is not None:
            dlg.saved.connect(lambda _id: self.reload_eligibility())

    def reload_eligibility(self) -> None:
        """Show the latest pre-screening result (after the check was saved)."""
        if self.consultation_id is None:
            return
        with showing_errors(self, self.tr("Консультация не прочитана")) as outcome:
            fresh = self.services.consultations.get(self.consultation_id)
        if outcome.failed:
            return
        if self.original is not None:
            # only the pre-screening changed: the form's own edits stay as they are
            self.original = self.original.model_copy(update={
                "eligibility": fresh.eligibility,
                "eligibility_verdict": fresh.eligibility_verdict,
                "eligibility_checked_at": fresh.eligibility_checked_at,
                "updated_at": fresh.updated_at,
                "version": fresh.version,
            })
        self._show_eligibility(fresh)
        self._sync_conclusion()

    def _show_eligibility(self, c: ConsultationOut) -> None:
        verdict = c.eligibility_verdict
        if verdict is None:
            self.eligibility_info.setText(self.tr("не проводилась"))
            return
        text = labels.verdicts().get(verdict, verdict)
        if c.eligibility_checked_at is not None:
            text = self.tr("%1 — проверка от %2").replace("%1", text).replace(
                "%2", c.eligibility_checked_at.astimezone().strftime("%d.%m.%Y"))
        self.eligibility_info.setText(text)

    # --- the conclusion -------------------------------------------------------------
    def save_conclusion(self) -> None:
        """Ask where to save, then register and write the conclusion off the GUI thread."""
        if self.consultation_id is None:
            return
        if self.dirty:  # the conclusion prints what is saved (the next step among it)
            if not self.check():
                return
            with showing_errors(self, self.tr("Изменения не сохранены")) as outcome:
                saved = self.save()
            if outcome.failed or saved is None:
                return
            self.dirty = False
            self.original = self.services.consultations.get(self.consultation_id)
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Сохранить заключение"),
            self.tr("заключение-консультация-%1.pdf").replace("%1", str(self.consultation_id)),
            self.tr("Документы PDF (*.pdf)"))
        if not name:
            return
        target = Path(name)
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        consultation_id = self.consultation_id
        services = self.services

        def work() -> str | None:
            from desktop_app.core.files import write_atomically

            printed = services.packages.conclusion(consultation_id)
            write_atomically(target, printed.pdf_bytes)
            return printed.number

        self.conclusion_button.setEnabled(False)
        self.conclusion_progress = run_with_progress(
            self, self.tr("Заключение"), self.tr("Формируется заключение…"), work,
            on_done=lambda number: self._conclusion_done(target, number),
            on_error=self._conclusion_failed)

    def _conclusion_done(self, target: Path, number: str | None) -> None:
        self.conclusion_saved = target
        self._sync_conclusion()
        show_message(self.error, None)
        self.error.setStyleSheet("")
        self.error.setText(self.tr("Заключение № %1 сохранено: %2").replace(
            "%1", number or "—").replace("%2", str(target)))
        self.error.setVisible(True)

    def _conclusion_failed(self, exc: BaseException) -> None:
        self._sync_conclusion()
        with showing_errors(self, self.tr("Заключение не сформировано")):
            raise exc

    def _new_dossier(self) -> None:
        if self.consultation_id is None:
            return
        from desktop_app.ui.dossier import new_dossier_from_consultation

        new_dossier_from_consultation(self, self.services, self.consultation_id)

    # --- the enterprise picker -------------------------------------------------
    def _typed(self) -> None:
        if self.enterprise_id is not None:
            self.enterprise_id = None
            self._fill_contacts()
            self.enterprise_info.setText(self.tr("Предприятие не выбрано"))
            self._changed()

    def set_enterprise(self, enterprise_id: int) -> None:
        ent = self.services.enterprises.get(enterprise_id)
        self.enterprise_id = ent.id
        self.lookup.show(ent.display_name)
        self.enterprise_info.setText(
            self.tr("ИНН %1, карточка № %2").replace("%1", ent.inn).replace("%2", str(ent.id))
        )
        self._fill_contacts()
        self._changed()

    def _fill_contacts(self) -> None:
        self.contact.blockSignals(True)
        self.contact.clear()
        self.contact.addItem(self.tr("— не указано —"), None)
        if self.enterprise_id is not None:
            for c in self.services.lists.contact_choices(self.enterprise_id):
                text = f"{c.name}, {c.position}" if c.position else c.name
                self.contact.addItem(text, c.id)
        self.contact.blockSignals(False)

    # --- loading -------------------------------------------------------------------
    def _load(self, consultation_id: int) -> None:
        c = self.services.consultations.get(consultation_id)
        self.original = c
        self.setWindowTitle(self.tr("Консультация от %1").replace(
            "%1", c.occurred_at.astimezone().strftime("%d.%m.%Y")))
        self.set_enterprise(c.enterprise_id)
        if c.contact_id is not None:
            self.contact.setCurrentIndex(max(0, self.contact.findData(c.contact_id)))
        local = c.occurred_at.astimezone()
        self.occurred.setDateTime(QDateTime(local.replace(tzinfo=None)))
        self.channel.setCurrentIndex(max(0, self.channel.findData(c.channel)))
        self.topic.setText(c.topic)
        self.program.setText(self.programs().get(c.program_code or "", c.program_code or ""))
        self.duration.setValue(c.duration_min or 0)
        self.questions.setPlainText(c.questions or "")
        self.advice.setPlainText(c.advice or "")
        self.outcome.setPlainText(c.outcome or "")
        self.next_step.setText(c.next_step or "")
        self.due.set_date(c.next_step_due)
        self.done_check.setChecked(c.next_step_done)
        self._show_eligibility(c)

    def programs(self) -> dict[str, str]:
        """Programme code → title: the field shows the title, the record keeps the code."""
        if self._programs is None:
            self._programs = labels.program_titles(self.services)
        return self._programs

    def _program_code(self, text: str) -> str:
        wanted = " ".join(text.split())
        if not wanted:
            return text
        return next((code for code, title in self.programs().items() if title == wanted), text)

    def _sync(self) -> None:
        has_step = bool(self.next_step.text().strip())
        self.due.edit.setEnabled(has_step)
        self.done_check.setEnabled(has_step)

    # --- checking and saving ------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        local = self.occurred.dateTime().toPython()
        assert isinstance(local, dt.datetime)
        has_step = bool(self.next_step.text().strip())
        return {
            "enterprise_id": self.enterprise_id or 0,
            "contact_id": self.contact.currentData(),
            "occurred_at": local.astimezone(),
            "channel": self.channel.currentData(),
            "topic": self.topic.text(),
            "program_code": self._program_code(self.program.text()),
            "questions": self.questions.toPlainText(),
            "advice": self.advice.toPlainText(),
            "outcome": self.outcome.toPlainText(),
            "duration_min": self.duration.value() or None,
            "next_step": self.next_step.text(),
            "next_step_due": self.due.date() if has_step else None,
            "next_step_done": bool(has_step and self.done_check.isChecked()),
        }

    def check(self) -> bool:
        problems: list[str] = []
        if self.enterprise_id is None:
            problems.append(
                self.tr("Предприятие: выберите предприятие из списка или создайте новое"))
        if self.due.problem and self.next_step.text().strip():
            problems.append(self.tr("Срок следующего шага: %1").replace("%1", self.due.problem))
        try:
            parse(ConsultationIn, self.values())
        except InputError as exc:
            problems.extend(str(p) for p in exc.problems if p.field != "enterprise_id")
        show_message(self.error, "\n".join(problems) if problems and self.dirty else None)
        return not problems

    def save(self) -> int | None:
        try:
            if self.consultation_id is None:
                c = self.services.consultations.create(self.values())
            else:
                expected = self.original.version if self.original else None
                c = self.services.consultations.update(
                    self.consultation_id, self.values(), expected_version=expected
                )
        except EditConflict as exc:
            return self._conflict(exc)
        except PermissionDenied as exc:
            show_error(self, self.tr("Нет прав"), exc)
            return None
        except InputError as exc:
            show_message(self.error, error_text(exc))
            return None
        self.consultation_id = c.id
        return c.id

    def _conflict(self, exc: EditConflict) -> int | None:
        """Someone else saved the consultation first: the person decides
        (see :mod:`.edit_conflict`)."""
        choice = resolve_conflict(self, exc, ConsultationIn, self.values())
        if choice is Choice.OVERWRITE and self.original is not None:
            self.original = self.original.model_copy(update={"version": exc.version})
            return self.save()
        if choice is Choice.DISCARD and self.consultation_id is not None:
            self._loading = True
            self._load(self.consultation_id)
            self._loading = False
            self.dirty = False
            self.refresh_state()
        return None
