"""The enterprise card: details checked as you type, contact persons with the
legal basis of processing, and the enterprise's consultations and dossiers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QWidget,
)

from desktop_app.core import identifiers as ids
from desktop_app.core.errors import DuplicateError, EditConflict, InputError, PermissionDenied
from desktop_app.core.formatting import format_date, format_datetime, format_phone
from desktop_app.core.services.context import Permission
from desktop_app.core.services.dto import ContactOut, EnterpriseOut
from desktop_app.core.services.facade import Services
from desktop_app.core.services.lists import LegalBasis
from desktop_app.core.services.schemas import ContactPersonIn, EnterpriseIn, parse
from desktop_app.ui import labels
from desktop_app.ui.dates import typed_like_text
from desktop_app.ui.edit_conflict import Choice, resolve_conflict
from desktop_app.ui.editor_base import EditorDialog, show_message
from desktop_app.ui.errors import error_text, show_error
from desktop_app.ui.forms import child

_TEXT_FIELDS = {
    "full_name": "fullNameEdit",
    "short_name": "shortNameEdit",
    "inn": "innEdit",
    "kpp": "kppEdit",
    "ogrn": "ogrnEdit",
    "region_code": "regionEdit",
    "okved": "okvedEdit",
    "legal_address": "legalAddressEdit",
    "actual_address": "actualAddressEdit",
    "phone": "phoneEdit",
    "email": "emailEdit",
    "website": "websiteEdit",
    "director_name": "directorNameEdit",
    "director_position": "directorPositionEdit",
}
_ERROR_LABELS = {
    "full_name": "fullNameError",
    "inn": "innError",
    "kpp": "kppError",
    "ogrn": "ogrnError",
    "phone": "phoneError",
    "email": "emailError",
    "website": "websiteError",
}


@dataclass
class PendingContact:
    """A contact person added or changed in the dialog, written on Save."""

    contact_id: int | None
    data: ContactPersonIn


class ContactDialog(EditorDialog):
    """One contact person; returns checked data (written by the enterprise editor)."""

    def __init__(self, data: ContactPersonIn | None = None, parent: QWidget | None = None) -> None:
        super().__init__("contact_dialog.ui", parent)
        self.setWindowTitle(self.tr("Контактное лицо"))
        self.resize(560, 380)
        f = self.form
        self.last = child(f, QLineEdit, "lastNameEdit")
        self.first = child(f, QLineEdit, "firstNameEdit")
        self.middle = child(f, QLineEdit, "middleNameEdit")
        self.position = child(f, QLineEdit, "positionEdit")
        self.phone = child(f, QLineEdit, "phoneEdit")
        self.email = child(f, QLineEdit, "emailEdit")
        self.basis = child(f, QComboBox, "legalBasisCombo")
        self.consent_check = child(f, QCheckBox, "consentCheck")
        self.consent_date = typed_like_text(child(f, QDateEdit, "consentDateEdit"))
        self.withdrawn_check = child(f, QCheckBox, "withdrawnCheck")
        self.withdrawn_date = typed_like_text(child(f, QDateEdit, "withdrawnDateEdit"))
        self.error = child(f, QLabel, "errorLabel")
        for code, text in labels.legal_bases().items():
            self.basis.addItem(text, code)
        today = QDate.currentDate()
        for d in (self.consent_date, self.withdrawn_date):
            d.setDate(today)
            d.setMaximumDate(today)
        self.result_data: ContactPersonIn | None = None
        self._loading = True
        if data is not None:
            self.last.setText(data.last_name)
            self.first.setText(data.first_name or "")
            self.middle.setText(data.middle_name or "")
            self.position.setText(data.position or "")
            self.phone.setText(format_phone(data.phone))
            self.email.setText(data.email or "")
            self.basis.setCurrentIndex(max(0, self.basis.findData(str(data.legal_basis.value))))
            if data.consent_date:
                self.consent_check.setChecked(True)
                self.consent_date.setDate(QDate(data.consent_date))
            if data.withdrawn_date:
                self.withdrawn_check.setChecked(True)
                self.withdrawn_date.setDate(QDate(data.withdrawn_date))
        self._loading = False
        self.consent_check.toggled.connect(self._sync_dates)
        self.withdrawn_check.toggled.connect(self._sync_dates)
        self.basis.currentIndexChanged.connect(self._basis_changed)
        self._sync_dates()
        self.watch(self.last, self.first, self.middle, self.position, self.phone, self.email,
                   self.basis, self.consent_check, self.consent_date, self.withdrawn_check,
                   self.withdrawn_date)
        self.refresh_state()

    def _basis_changed(self) -> None:
        if self.basis.currentData() == "consent" and not self.consent_check.isChecked():
            self.consent_check.setChecked(True)

    def _sync_dates(self) -> None:
        self.consent_date.setEnabled(self.consent_check.isChecked())
        self.withdrawn_date.setEnabled(self.withdrawn_check.isChecked())

    def values(self) -> dict[str, Any]:
        return {
            "last_name": self.last.text(),
            "first_name": self.first.text(),
            "middle_name": self.middle.text(),
            "position": self.position.text(),
            "phone": self.phone.text(),
            "email": self.email.text(),
            "legal_basis": self.basis.currentData(),
            "consent_date": self.consent_date.date().toPython()
            if self.consent_check.isChecked() else None,
            "withdrawn_date": self.withdrawn_date.date().toPython()
            if self.withdrawn_check.isChecked() else None,
        }

    def check(self) -> bool:
        try:
            self.result_data = parse(ContactPersonIn, self.values())
        except (InputError, ValueError) as exc:
            problems = getattr(exc, "problems", None)
            text = "\n".join(str(p) for p in problems) if problems else str(exc)
            show_message(self.error, text if self.dirty else None)
            self.result_data = None
            return False
        show_message(self.error, None)
        return True

    def save(self) -> int | None:
        return 0 if self.result_data is not None else None


class EnterpriseEditor(EditorDialog):
    """Create (``enterprise_id=None``) or change an enterprise card."""

    open_enterprise_requested = Signal(int)
    open_consultation_requested = Signal(int)
    open_dossier_requested = Signal(int)

    def __init__(
        self, services: Services, enterprise_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__("enterprise_editor.ui", parent)
        self.services = services
        self.enterprise_id = enterprise_id
        self.original: EnterpriseOut | None = None
        f = self.form
        self.edits: dict[str, QLineEdit] = {
            k: child(f, QLineEdit, n) for k, n in _TEXT_FIELDS.items()
        }
        self.errors: dict[str, QLabel] = {k: child(f, QLabel, n) for k, n in _ERROR_LABELS.items()}
        self.notes = child(f, QPlainTextEdit, "notesEdit")
        self.size_combo = child(f, QComboBox, "sizeCombo")
        self.form_error = child(f, QLabel, "formError")
        self.duplicate_frame = child(f, QFrame, "duplicateFrame")
        self.duplicate_label = child(f, QLabel, "duplicateLabel")
        self.open_existing = child(f, QPushButton, "openExistingButton")
        self.tabs = child(f, QTabWidget, "tabs")
        self.contacts_table = child(f, QTableWidget, "contactsTable")
        self.consultations_table = child(f, QTableWidget, "consultationsTable")
        self.dossiers_table = child(f, QTableWidget, "dossiersTable")
        child(f, QPushButton, "addContactButton").clicked.connect(self.add_contact)
        child(f, QPushButton, "editContactButton").clicked.connect(self.edit_contact)
        self.remove_button = child(f, QPushButton, "removeContactButton")
        self.remove_button.clicked.connect(self.remove_contact)
        self.remove_button.setVisible(services.actor.can(Permission.EDIT_ENTERPRISES))
        self.erase_button = child(f, QPushButton, "eraseContactButton")
        self.erase_button.clicked.connect(self.erase_contact)
        self.erase_button.setVisible(
            enterprise_id is not None and services.actor.can(Permission.ERASE_PERSONAL_DATA))
        self.contacts_table.doubleClicked.connect(lambda _i: self.edit_contact())
        self.consultations_table.doubleClicked.connect(self._open_consultation)
        self.dossiers_table.doubleClicked.connect(self._open_dossier)
        self.open_existing.clicked.connect(self._open_duplicate)
        for code, text in labels.sizes().items():
            self.size_combo.addItem(text, code)
        self.duplicate_id: int | None = None
        self.touched: set[str] = set()
        self.contacts: list[ContactOut] = []
        self.pending: list[PendingContact] = []
        self._setup_tables()
        # wide enough for the contacts' five columns at 1366×768
        self.resize(1100, 680)
        self.duplicate_frame.setVisible(False)
        self._loading = True
        if enterprise_id is not None:
            self._load(enterprise_id)
        else:
            self.setWindowTitle(self.tr("Новое предприятие"))
            self.tabs.setTabEnabled(2, False)
            self.tabs.setTabEnabled(3, False)
        self._loading = False
        for key, edit in self.edits.items():
            edit.textEdited.connect(lambda _t, k=key: self.touched.add(k))
        self.watch(*self.edits.values(), self.notes, self.size_combo)
        self.refresh_state()

    # --- loading ------------------------------------------------------------
    def _setup_tables(self) -> None:
        spec = (
            (self.contacts_table, (self.tr("Фамилия Имя Отчество"), self.tr("Должность"),
                                   self.tr("Телефон"), self.tr("Электронная почта"),
                                   self.tr("Основание обработки ПДн"))),
            (self.consultations_table, (self.tr("Дата"), self.tr("Канал"), self.tr("Тема"),
                                        self.tr("Следующий шаг"), self.tr("Срок"))),
            (self.dossiers_table, (self.tr("№"), self.tr("Проект"), self.tr("Программа"),
                                   self.tr("Статус"), self.tr("Изменено"))),
        )
        for table, headers in spec:
            table.setColumnCount(len(headers))
            table.setHorizontalHeaderLabels(list(headers))
            table.verticalHeader().setVisible(False)
            table.horizontalHeader().setStretchLastSection(True)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            table.setColumnWidth(0, 170)
        self.contacts_table.horizontalHeader().setMinimumSectionSize(80)
        self.contacts_table.setWordWrap(False)

    def _load(self, enterprise_id: int) -> None:
        ent = self.services.enterprises.get(enterprise_id)
        self.original = ent
        self.setWindowTitle(self.tr("Предприятие: %1").replace("%1", ent.display_name))
        for key, edit in self.edits.items():
            value = getattr(ent, key)
            edit.setText(format_phone(value) if key == "phone" else (value or ""))
        self.notes.setPlainText(ent.notes or "")
        self.size_combo.setCurrentIndex(max(0, self.size_combo.findData(ent.size_category or "")))
        self.contacts = self.services.enterprises.contacts(enterprise_id)
        self._fill_contacts()
        channels = labels.channels()
        rows = self.services.consultations.for_enterprise(enterprise_id, limit=500)
        self.consultations_table.setRowCount(len(rows))
        for i, c in enumerate(rows):
            values = (format_datetime(c.occurred_at), channels.get(c.channel, c.channel), c.topic,
                      c.next_step or "", format_date(c.next_step_due))
            for j, v in enumerate(values):
                item = QTableWidgetItem(v)
                item.setData(256, c.id)
                self.consultations_table.setItem(i, j, item)
        dossiers = self.services.lists.dossiers_of(enterprise_id)
        statuses = labels.statuses()
        programs = labels.program_titles(self.services) if dossiers else {}
        self.dossiers_table.setRowCount(len(dossiers))
        for i, d in enumerate(dossiers):
            values = (str(d.id), d.title or "", programs.get(d.program_code, d.program_code),
                      statuses.get(d.status, d.status),
                      format_datetime(d.updated_at))
            for j, v in enumerate(values):
                item = QTableWidgetItem(v)
                item.setData(256, d.id)
                self.dossiers_table.setItem(i, j, item)
        self.tabs.setTabText(2, self.tr("Консультации (%1)").replace("%1", str(len(rows))))
        self.tabs.setTabText(3, self.tr("Досье (%1)").replace("%1", str(len(dossiers))))

    def _fill_contacts(self) -> None:
        bases = labels.legal_bases()
        rows: list[tuple[str, ...]] = []
        changed = {p.contact_id for p in self.pending if p.contact_id is not None}
        for c in self.contacts:
            if c.id in changed:
                continue
            rows.append((c.full_name, c.position or "", format_phone(c.phone), c.email or "",
                         bases.get(c.legal_basis, c.legal_basis)))
        for p in self.pending:
            d = p.data
            name = " ".join(x for x in (d.last_name, d.first_name, d.middle_name) if x)
            rows.append((name, d.position or "", format_phone(d.phone), d.email or "",
                         bases.get(str(d.legal_basis.value), str(d.legal_basis.value))))
        self.contacts_table.setRowCount(len(rows))
        for i, values in enumerate(rows):
            for j, v in enumerate(values):
                item = QTableWidgetItem(v)
                item.setToolTip(v)   # the whole value, should a column be narrower
                self.contacts_table.setItem(i, j, item)
        self._fit_contact_columns()
        self.tabs.setTabText(1, self.tr("Контактные лица (%1)").replace("%1", str(len(rows))))

    # name, position, phone, e-mail: at least wide enough for the header, at most this
    _CONTACT_WIDTHS = ((200, 300), (150, 280), (140, 170), (170, 280))

    def _fit_contact_columns(self) -> None:
        """Name, position, phone and e-mail fit their values (within bounds); the legal
        basis takes what is left, so a card at 1366×768 reads without dragging columns."""
        table = self.contacts_table
        metrics = table.fontMetrics()
        header = table.horizontalHeader()
        pad = 2 * table.style().pixelMetric(table.style().PixelMetric.PM_FocusFrameHMargin) + 16
        for col, (low, high) in enumerate(self._CONTACT_WIDTHS):
            widest = max((metrics.horizontalAdvance(table.item(r, col).text())
                          for r in range(table.rowCount()) if table.item(r, col)), default=0)
            title = header.fontMetrics().horizontalAdvance(
                table.horizontalHeaderItem(col).text()) if table.horizontalHeaderItem(col) else 0
            table.setColumnWidth(col, min(high, max(low, widest + pad, title + pad)))

    # --- contact persons ----------------------------------------------------------
    def _contact_at(self, row: int) -> tuple[int | None, ContactPersonIn | None, int | None]:
        """(contact id, current data, index into ``pending``) of a table row."""
        changed = {p.contact_id for p in self.pending if p.contact_id is not None}
        stored = [c for c in self.contacts if c.id not in changed]
        if row < len(stored):
            c = stored[row]
            data = ContactPersonIn.model_construct(
                last_name=c.last_name, first_name=c.first_name, middle_name=c.middle_name,
                position=c.position, phone=c.phone, email=c.email,
                legal_basis=_basis(c.legal_basis), consent_date=c.consent_date,
                withdrawn_date=c.withdrawn_date,
            )
            return c.id, data, None
        idx = row - len(stored)
        if 0 <= idx < len(self.pending):
            p = self.pending[idx]
            return p.contact_id, p.data, idx
        return None, None, None

    def add_contact(self) -> None:
        dlg = ContactDialog(None, self)
        if dlg.exec() and dlg.result_data is not None:
            self.pending.append(PendingContact(None, dlg.result_data))
            self._fill_contacts()
            self._changed()

    def edit_contact(self) -> None:
        row = self.contacts_table.currentRow()
        contact_id, data, idx = self._contact_at(row)
        if data is None:
            return
        dlg = ContactDialog(data, self)
        if dlg.exec() and dlg.result_data is not None:
            if idx is not None:
                self.pending[idx] = PendingContact(contact_id, dlg.result_data)
            else:
                self.pending.append(PendingContact(contact_id, dlg.result_data))
            self._fill_contacts()
            self._changed()

    def remove_contact(self) -> None:
        """Remove the selected contact from the card after a question (the record is kept)."""
        title = self.tr("Удаление контактного лица")
        contact_id, data, idx = self._contact_at(self.contacts_table.currentRow())
        if data is None:
            QMessageBox.information(self, title, self.tr(
                "Выберите в списке контактное лицо, которое нужно удалить."))
            return
        name = " ".join(x for x in (data.last_name, data.first_name, data.middle_name) if x)
        if contact_id is None:
            question = self.tr("Убрать из карточки новое контактное лицо «%1»? "
                               "Оно ещё не сохранено.").replace("%1", name)
        else:
            question = self.tr(
                "Удалить контактное лицо «%1» из карточки предприятия?\n\n"
                "Запись останется в базе (досье и письма, где оно указано, не изменятся), "
                "а удаление — в журнале событий. Персональные данные этим не уничтожаются: "
                "для этого есть кнопка «Уничтожить персональные данные…».").replace("%1", name)
        answer = QMessageBox.question(
            self, title, question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        if contact_id is None:
            if idx is not None:
                del self.pending[idx]
            self._fill_contacts()
            self._changed()
            return
        try:
            self.services.enterprises.remove_contact(contact_id)
        except (InputError, PermissionDenied) as exc:
            show_error(self, title, exc)
            return
        # an unsaved change to the removed person is dropped with it
        self.pending = [p for p in self.pending if p.contact_id != contact_id]
        self.contacts = [c for c in self.contacts if c.id != contact_id]
        self._fill_contacts()

    def erase_contact(self) -> None:
        """Erase the selected stored contact's personal data (152-ФЗ), with its act."""
        from desktop_app.ui.admin.erasures_dialog import erase_contact

        contact_id, data, idx = self._contact_at(self.contacts_table.currentRow())
        if data is None or contact_id is None or idx is not None or self.enterprise_id is None:
            QMessageBox.information(self, self.tr("Уничтожение персональных данных"), self.tr(
                "Выберите в списке сохранённое контактное лицо без несохранённых изменений."))
            return
        name = " ".join(x for x in (data.last_name, data.first_name, data.middle_name) if x)
        if erase_contact(self, self.services, contact_id, name):
            self.contacts = self.services.enterprises.contacts(self.enterprise_id)
            self._fill_contacts()

    # --- checking -------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {k: e.text() for k, e in self.edits.items()}
        out["notes"] = self.notes.toPlainText()
        out["size_category"] = self.size_combo.currentData() or None
        return out

    def check(self) -> bool:
        ok = True
        messages: dict[str, str | None] = dict.fromkeys(self.errors)
        inn = ids.clean(self.edits["inn"].text())
        kpp = ids.clean(self.edits["kpp"].text()).upper()
        ogrn = ids.clean(self.edits["ogrn"].text())
        if inn:
            messages["inn"] = ids.check_inn(inn)
        elif self.dirty:
            messages["inn"] = self.tr("ИНН: обязательное поле — 10 цифр (организация) или 12 (ИП)")
        if kpp:
            messages["kpp"] = ids.check_kpp(kpp)
        if ogrn:
            messages["ogrn"] = ids.check_ogrn_any(ogrn)
        self._check_duplicate(inn if messages["inn"] is None and inn else "")
        if self.duplicate_id is not None:
            ok = False
        other: list[str] = []
        try:
            parse(EnterpriseIn, self.values())
        except InputError as exc:
            ok = False
            for p in exc.problems:
                key = p.field.split(".")[0]
                if key in messages:
                    if messages[key] is None and (key in self.touched or self.dirty):
                        messages[key] = p.message if key not in ("inn",) else str(p)
                elif p.message and (self.dirty or self.enterprise_id is not None):
                    other.append(str(p))
        for key, label in self.errors.items():
            text = messages.get(key)
            if text:
                ok = False
            if key == "full_name" and text and "full_name" not in self.touched and not self.dirty:
                text = None
            show_message(label, text)
        show_message(self.form_error, "\n".join(other) if other else None)
        return ok

    def _check_duplicate(self, inn: str) -> None:
        found: EnterpriseOut | None = None
        if inn and (self.original is None or self.original.inn != inn):
            found = self.services.enterprises.find_by_inn(inn)
        if found is None:
            self.duplicate_id = None
            self.duplicate_frame.setVisible(False)
            return
        self.duplicate_id = found.id
        self.duplicate_label.setText(
            self.tr("Предприятие с ИНН %1 уже есть в базе: «%2» (карточка № %3).")
            .replace("%1", found.inn).replace("%2", found.display_name)
            .replace("%3", str(found.id))
        )
        self.duplicate_frame.setVisible(True)

    def _open_duplicate(self) -> None:
        if self.duplicate_id is not None:
            self.open_enterprise_requested.emit(self.duplicate_id)

    # --- saving ---------------------------------------------------------------------
    def save(self) -> int | None:
        try:
            if self.enterprise_id is None:
                ent = self.services.enterprises.create(self.values())
            else:
                expected = self.original.version if self.original else None
                ent = self.services.enterprises.update(
                    self.enterprise_id, self.values(), expected_version=expected
                )
            for p in self.pending:
                if p.contact_id is None:
                    self.services.enterprises.add_contact(ent.id, p.data)
                else:
                    self.services.enterprises.update_contact(p.contact_id, p.data)
        except EditConflict as exc:
            return self._conflict(exc)
        except DuplicateError as exc:
            self.duplicate_id = exc.existing_id
            self.duplicate_label.setText(str(exc.problems[0].message))
            self.duplicate_frame.setVisible(True)
            self.save_button.setEnabled(False)
            return None
        except PermissionDenied as exc:
            show_error(self, self.tr("Нет прав"), exc)
            return None
        except InputError as exc:
            show_message(self.form_error, error_text(exc))
            self.save_button.setEnabled(False)
            return None
        self.pending.clear()
        self.enterprise_id = ent.id
        return ent.id

    def _conflict(self, exc: EditConflict) -> int | None:
        """Someone else saved the card first: the person decides (see :mod:`.edit_conflict`)."""
        choice = resolve_conflict(self, exc, EnterpriseIn, self.values())
        if choice is Choice.OVERWRITE and self.original is not None:
            self.original = self.original.model_copy(update={"version": exc.version})
            return self.save()
        if choice is Choice.DISCARD and self.enterprise_id is not None:
            self.pending.clear()
            self._loading = True
            self._load(self.enterprise_id)
            self._loading = False
            self.dirty = False
            self.touched.clear()
            self.refresh_state()
        return None

    # --- related records ------------------------------------------------------------------
    def _open_consultation(self) -> None:
        item = self.consultations_table.item(self.consultations_table.currentRow(), 0)
        if item is not None:
            self.open_consultation_requested.emit(int(item.data(256)))

    def _open_dossier(self) -> None:
        item = self.dossiers_table.item(self.dossiers_table.currentRow(), 0)
        if item is not None:
            self.open_dossier_requested.emit(int(item.data(256)))


def _basis(code: str) -> LegalBasis:
    return LegalBasis(code)
