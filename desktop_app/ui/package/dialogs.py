"""Referral package in the app: options, preview/print/save, the outgoing register,
the centre's profile. Forms: ``forms/package_*.ui``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import QBuffer, QByteArray, QDate, QIODevice, QPoint, QSize, Qt
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import register_format
from desktop_app.core.errors import UserError
from desktop_app.core.formatting import format_date, format_datetime, format_phone
from desktop_app.core.services.context import Permission
from desktop_app.core.services.facade import Services
from desktop_app.core.services.organization import PackageSettingsIn
from desktop_app.core.services.outgoing_register import RegisterEntry
from desktop_app.core.services.packages import GeneratedPackage
from desktop_app.core.services.schemas import OrganizationProfileIn, parse
from desktop_app.ui.dates import typed_like_text
from desktop_app.ui.errors import error_text
from desktop_app.ui.forms import child, form_dialog, name_ok_button


def _write_atomically(target: Path, data: bytes) -> None:
    from desktop_app.core.files import write_atomically

    write_atomically(target, data)


# --- preview ----------------------------------------------------------------------------


class PdfPreviewDialog(QDialog):
    """A PDF in the app (QtPdf) with Print (Ctrl+P) and Save as…; both are logged."""

    def __init__(
        self,
        services: Services,
        pdf: bytes,
        title: str,
        *,
        file_name: str = "документ.pdf",
        entry_id: int | None = None,
        dossier_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.pdf = pdf
        self.file_name = file_name
        self.entry_id = entry_id
        self.dossier_id = dossier_id
        self.form = form_dialog(self, "package_preview.ui", margins=6)
        self.setWindowTitle(title)
        child(self.form, QLabel, "titleLabel").setText(title)
        self.pages_label: QLabel = child(self.form, QLabel, "pagesLabel")
        self.message: QLabel = child(self.form, QLabel, "messageLabel")
        host: QWidget = child(self.form, QWidget, "viewHost")
        self.document = QPdfDocument(self)
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.view = QPdfView(host)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        lay = QVBoxLayout(host)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.view)
        self.pages_label.setText(
            self.tr("Страниц: %1").replace("%1", str(self.document.pageCount()))
        )
        child(self.form, QPushButton, "printButton").clicked.connect(self.print_document)
        child(self.form, QPushButton, "saveButton").clicked.connect(self.save_as)
        child(self.form, QPushButton, "closeButton").clicked.connect(self.accept)
        child(self.form, QPushButton, "zoomInButton").clicked.connect(lambda: self._zoom(1.25))
        child(self.form, QPushButton, "zoomOutButton").clicked.connect(lambda: self._zoom(0.8))
        child(self.form, QPushButton, "fitButton").clicked.connect(
            lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        for key, slot in (
            (QKeySequence.StandardKey.Print, self.print_document),
            (QKeySequence.StandardKey.Save, self.save_as),
            (QKeySequence.StandardKey.ZoomIn, lambda: self._zoom(1.25)),
            (QKeySequence.StandardKey.ZoomOut, lambda: self._zoom(0.8)),
        ):
            QShortcut(QKeySequence(key), self).activated.connect(slot)

    @property
    def page_count(self) -> int:
        return int(self.document.pageCount())

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.2, min(5.0, self.view.zoomFactor() * factor)))

    def _log(self, what: str, target: str | None = None) -> None:
        try:
            self.services.packages.record_print(
                what, entry_id=self.entry_id, dossier_id=self.dossier_id, target=target)
        except UserError as exc:
            self.message.setText(error_text(exc))

    def render_to(self, printer: QPrinter) -> int:
        """Paint every page into ``printer`` (one page per sheet); returns pages printed."""
        painter = QPainter()
        if not painter.begin(printer):
            self.message.setText(self.tr("Принтер не готов: проверьте его и повторите печать"))
            return 0
        printed = 0
        try:
            first, last = 0, self.page_count - 1
            if printer.fromPage() > 0:
                first = printer.fromPage() - 1
                last = min(last, printer.toPage() - 1)
            rect = painter.viewport()
            for index in range(first, last + 1):
                if printed:
                    printer.newPage()
                size = self.document.pagePointSize(index)
                scale = min(rect.width() / size.width(), rect.height() / size.height())
                target = QSize(int(size.width() * scale), int(size.height() * scale))
                image = self.document.render(index, target)
                painter.drawImage(QPoint(0, 0), image)
                printed += 1
        finally:
            painter.end()
        return printed

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.file_name)
        printer.setFromTo(1, self.page_count)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Печать"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        pages = self.render_to(printer)
        if pages:
            self._log("printed", printer.printerName() or None)
            self.message.setText(self.tr("Отправлено на печать страниц: %1").replace(
                "%1", str(pages)))

    def save_as(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Сохранить PDF"), self.file_name, self.tr("Документы PDF (*.pdf)"))
        if name:
            self.save_to(Path(name))

    def save_to(self, target: Path) -> bool:
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        try:
            _write_atomically(target, self.pdf)
        except OSError as exc:
            self.message.setText(self.tr("Файл «%1» не сохранён: %2").replace(
                "%1", target.name).replace("%2", exc.strerror or str(exc)))
            return False
        self._log("saved", target.name)
        self.message.setText(self.tr("Сохранено: %1").replace("%1", str(target)))
        return True


# --- options → generate → preview -----------------------------------------------------


class PackageOptionsDialog(QDialog):
    """Draft or final, attachments, and the letter fields for this one package."""

    FIELDS = ("addresseePosition", "addresseeName", "salutation", "subject",
              "incomingNumber", "separateDelivery")

    def __init__(self, services: Services, dossier_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.dossier_id = dossier_id
        self.result_package: GeneratedPackage | None = None
        self.form = form_dialog(self, "package_options.ui", margins=6)
        self.message: QLabel = child(self.form, QLabel, "messageLabel")
        self.draft_check: QCheckBox = child(self.form, QCheckBox, "draftCheck")
        self.attach_check: QCheckBox = child(self.form, QCheckBox, "attachmentsCheck")
        self.edits: dict[str, QLineEdit] = {
            name: child(self.form, QLineEdit, f"{name}Edit") for name in self.FIELDS
        }
        self.body_edit: QPlainTextEdit = child(self.form, QPlainTextEdit, "letterBodyEdit")
        self.incoming_check: QCheckBox = child(self.form, QCheckBox, "incomingCheck")
        self.incoming_date: QDateEdit = typed_like_text(
            child(self.form, QDateEdit, "incomingDateEdit"))
        self.incoming_date.setDate(QDate.currentDate())
        self.incoming_date.setMaximumDate(QDate.currentDate())
        self.incoming_check.toggled.connect(self._incoming_toggled)
        self._incoming_toggled(False)
        self.replaces_label: QLabel = child(self.form, QLabel, "replacesValueLabel")
        self.edits["separateDelivery"].setPlaceholderText(
            self.tr("заявителем в составе заявки на платформе Агентства"))
        self.edits["separateDelivery"].setToolTip(self.tr(
            "Как документы досье, не подшитые в пакет, попадают в Агентство: "
            "печатается в письме и в описи"))
        self.draft_check.toggled.connect(self._show_replaced)
        child(self.form, QLabel, "dossierLabel").setText(
            self.tr("Досье № %1").replace("%1", str(dossier_id)))
        can_sign = services.actor.can(Permission.SIGN_PACKAGE)
        self.draft_check.setChecked(not can_sign)
        self.draft_check.setEnabled(can_sign)
        if not can_sign:
            self.draft_check.setToolTip(self.tr(
                "Итоговое направление с номером подписывает руководитель"))
        settings = services.organization.package_settings()
        placeholders = {
            "addresseePosition": settings.addressee_position,
            "addresseeName": settings.addressee_name,
            "salutation": settings.salutation,
            "subject": settings.subject,
        }
        for name, value in placeholders.items():
            if value:
                self.edits[name].setPlaceholderText(value)
        self.edits["addresseeName"].setToolTip(self.tr("Например: И.И. Иванову"))
        box: QDialogButtonBox = child(self.form, QDialogButtonBox, "buttonBox")
        name_ok_button(box, self.tr("Сформировать"), self)
        box.accepted.connect(self.generate)
        box.rejected.connect(self.reject)
        self.letters = services.packages.dossier_letters(dossier_id)
        self._show_replaced()

    def _incoming_toggled(self, on: bool) -> None:
        self.edits["incomingNumber"].setEnabled(on)
        self.incoming_date.setEnabled(on)

    def _show_replaced(self) -> None:
        """A final package of a dossier that already has a letter replaces the latest one."""
        if self.draft_check.isChecked():
            self.replaces_label.setText(self.tr("проект письма не заменяет ранее выпущенные"))
        elif self.letters:
            last = self.letters[-1]
            self.replaces_label.setText(
                self.tr("исх. № %1 от %2 (новое письмо выйдет взамен него)")
                .replace("%1", last.number).replace("%2", format_date(last.issued_at)))
        else:
            self.replaces_label.setText(self.tr("нет: первое письмо по этому досье"))

    def options(self) -> dict[str, Any]:
        keys = {"addresseePosition": "addressee_position", "addresseeName": "addressee_name",
                "salutation": "salutation", "subject": "subject",
                "incomingNumber": "incoming_number", "separateDelivery": "separate_delivery"}
        data: dict[str, Any] = {keys[k]: e.text().strip() or None for k, e in self.edits.items()}
        if self.incoming_check.isChecked():
            data["incoming_date"] = self.incoming_date.date().toPython()
        else:
            data["incoming_number"] = None
        data["letter_body"] = self.body_edit.toPlainText() or None
        return data

    def problem(self) -> str | None:
        """What stops the form before the service is asked (Russian), or None."""
        if self.incoming_check.isChecked() and not self.edits["incomingNumber"].text().strip():
            return self.tr("Укажите номер входящего письма, на которое дан ответ, "
                           "или снимите отметку «В ответ на письмо»")
        return None

    def generate(self) -> None:
        problem = self.problem()
        if problem:
            self.message.setText(problem)
            self.edits["incomingNumber"].setFocus()
            return
        self.message.setText(self.tr("Формируется…"))
        try:
            self.result_package = self.services.packages.generate(
                self.dossier_id, draft=self.draft_check.isChecked(),
                with_attachments=self.attach_check.isChecked(), options=self.options())
        except UserError as exc:
            self.message.setText(error_text(exc))
            return
        self.accept()


def package_title(dialog: QWidget, pkg: GeneratedPackage, dossier_id: int) -> str:
    if pkg.entry is not None:
        return dialog.tr("Направление № %1 от %2").replace("%1", pkg.entry.number).replace(
            "%2", format_datetime(pkg.entry.issued_at))
    return dialog.tr("Проект направления по досье № %1").replace("%1", str(dossier_id))


def package_file_name(pkg: GeneratedPackage, dossier_id: int) -> str:
    if pkg.entry is not None:
        safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in pkg.entry.number)
        return f"Направление_{safe}.pdf"
    return f"Проект_направления_досье_{dossier_id}.pdf"


# --- the outgoing register --------------------------------------------------------------


class RegisterDialog(QDialog):
    """The outgoing register (newest first); Open / double-click shows the stored PDF."""

    COLUMNS = ("Номер", "Дата", "Досье", "Предприятие", "Подписал", "Страниц")
    PAGE = 500

    def __init__(self, services: Services, parent: QWidget | None = None,
                 opener: Callable[[QDialog], Any] | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.opener = opener or (lambda d: d.exec())
        self.form = form_dialog(self, "package_register.ui", margins=6)
        self.table: QTableWidget = child(self.form, QTableWidget, "registerTable")
        self.message: QLabel = child(self.form, QLabel, "messageLabel")
        self.table.setColumnCount(len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.doubleClicked.connect(self.open_selected)
        child(self.form, QPushButton, "openButton").clicked.connect(self.open_selected)
        child(self.form, QPushButton, "refreshButton").clicked.connect(self.refresh)
        child(self.form, QPushButton, "closeButton").clicked.connect(self.accept)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self).activated.connect(
            self.refresh)
        self.entries: list[RegisterEntry] = []
        self.last_preview: PdfPreviewDialog | None = None
        self.refresh()

    def refresh(self) -> None:
        try:
            self.entries = self.services.packages.register_list(limit=self.PAGE)
        except UserError as exc:
            self.message.setText(error_text(exc))
            return
        self.table.setRowCount(len(self.entries))
        for row, e in enumerate(self.entries):
            values = (
                e.number, format_datetime(e.issued_at),
                str(e.dossier_id) if e.dossier_id is not None else "—",
                e.enterprise_name or "—", e.signer_name or "—",
                str(e.pages) if e.pages is not None else "—",
            )
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if col in (2, 5):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.message.setText(self.tr("Писем в реестре: %1").replace("%1", str(len(self.entries)))
                             if self.entries else self.tr("Реестр пуст"))

    def open_selected(self) -> None:
        row = self.table.currentRow()
        if row < 0 or row >= len(self.entries):
            self.message.setText(self.tr("Выберите письмо в списке"))
            return
        entry = self.entries[row]
        try:
            path = self.services.packages.open_register_pdf(entry.id)
            pdf = path.read_bytes()
        except UserError as exc:
            self.message.setText(error_text(exc))
            return
        except OSError as exc:
            self.message.setText(self.tr("PDF не прочитан: %1").replace(
                "%1", exc.strerror or str(exc)))
            return
        safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in entry.number)
        self.last_preview = PdfPreviewDialog(
            self.services, pdf,
            self.tr("Направление № %1 от %2").replace("%1", entry.number).replace(
                "%2", format_datetime(entry.issued_at)),
            file_name=f"Направление_{safe}.pdf", entry_id=entry.id, parent=self)
        self.opener(self.last_preview)


# --- the centre's profile ----------------------------------------------------------------


class OrganizationDialog(QDialog):
    """The centre's letterhead data and the letter defaults (administrator)."""

    PROFILE: ClassVar[dict[str, str]] = {
        "fullName": "full_name", "shortName": "short_name", "legalAddress": "legal_address",
        "postalAddress": "postal_address", "phone": "phone", "email": "email",
        "website": "website", "inn": "inn", "kpp": "kpp", "ogrn": "ogrn",
        "directorName": "director_name", "directorPosition": "director_position",
        "letterheadNote": "letterhead_note", "registerFormat": "register_format",
    }
    LETTER: ClassVar[dict[str, str]] = {
        "addresseePosition": "addressee_position", "addresseeName": "addressee_name",
        "addresseeOrganization": "addressee_organization",
        "addresseeAddress": "addressee_address", "salutation": "salutation",
        "subject": "subject", "signerPosition": "signer_position",
    }

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.form = form_dialog(self, "package_organization.ui", margins=6)
        self.message: QLabel = child(self.form, QLabel, "messageLabel")
        self.edits: dict[str, QLineEdit] = {
            name: child(self.form, QLineEdit, f"{name}Edit")
            for name in (*self.PROFILE, *self.LETTER)
        }
        self.edits["addresseeName"].setPlaceholderText(self.tr("И.О. Фамилии"))
        self.edits["salutation"].setPlaceholderText(self.tr("Уважаемый Имя Отчество!"))
        self.edits["registerFormat"].setToolTip(self.tr(
            "[год] — год письма, [номер] — его порядковый номер с начала года, [номер:4] — "
            "тот же номер из четырёх цифр с нулями впереди. Например, «РИЦ-[год]/[номер:4]» "
            "даёт номер РИЦ-2026/0042"))
        profile = services.organization.get()
        values: dict[str, Any] = profile.model_dump() if profile else {
            "register_format": "РИЦ-{year}/{seq:04d}"}
        for widget, key in self.PROFILE.items():
            value = values.get(key)
            if key == "phone" and value:
                value = format_phone(value)
            if key == "register_format" and value:
                value = register_format.to_people(value)
            self.edits[widget].setText(value or "")
        letter = services.organization.package_settings().model_dump()
        for widget, key in self.LETTER.items():
            self.edits[widget].setText(letter.get(key) or "")
        box: QDialogButtonBox = child(self.form, QDialogButtonBox, "buttonBox")
        name_ok_button(box, self.tr("Сохранить"), self)
        box.accepted.connect(self.try_save)
        box.rejected.connect(self.reject)
        editable = services.actor.can(Permission.MANAGE_ORGANIZATION)
        for edit in self.edits.values():
            edit.setReadOnly(not editable)
        ok = box.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(editable)
        if not editable:
            self.message.setText(self.tr("Изменять реквизиты центра может администратор"))

    def try_save(self) -> None:
        profile = {key: self.edits[w].text() or None for w, key in self.PROFILE.items()}
        letter = {key: self.edits[w].text() or None for w, key in self.LETTER.items()}
        try:
            # both are checked before either is written: nothing half-saved
            valid_profile = parse(OrganizationProfileIn, profile)
            valid_letter = parse(PackageSettingsIn, letter)
            self.services.organization.update(valid_profile)
            self.services.organization.update_package_settings(valid_letter)
        except UserError as exc:
            self.message.setText(error_text(exc))
            return
        self.accept()
