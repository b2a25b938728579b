"""Attaching files as a document of a dossier (the type pre-selected when files are dropped)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QWidget,
)

from desktop_app.core.documents import KIND_TITLES
from desktop_app.core.rules.profile import DocumentRequirement
from desktop_app.core.services.document_models import DocumentOut
from desktop_app.core.services.facade import Services
from desktop_app.ui.editor_base import EditorDialog, show_message
from desktop_app.ui.errors import error_text
from desktop_app.ui.forms import child
from desktop_app.ui.tasks import run_with_progress

from .common import DateField, kind_short, requirement_label

_FILTER_PATTERNS = {
    "pdf": "*.pdf", "png": "*.png", "jpeg": "*.jpg *.jpeg", "tiff": "*.tif *.tiff",
    "docx": "*.docx", "xlsx": "*.xlsx", "odt": "*.odt", "ods": "*.ods", "doc": "*.doc",
    "xls": "*.xls",
}


class AttachDialog(EditorDialog):
    """Choose the document type, the files and the document's details; attach on a worker."""

    attached = Signal(object)
    """The new :class:`DocumentOut` (with the inspection's warnings)."""

    def __init__(
        self,
        services: Services,
        dossier_id: int,
        requirements: Sequence[DocumentRequirement],
        parent: QWidget | None = None,
        *,
        doc_type: str | None = None,
        files: Sequence[Path] = (),
        document_id: int | None = None,
    ) -> None:
        super().__init__("dossier_attach.ui", parent)
        self.services = services
        self.dossier_id = dossier_id
        self.document_id = document_id
        self.requirements = {r.code: r for r in requirements}
        self.busy = False
        self.service_error = ""
        self.result_document: DocumentOut | None = None
        f = self.form
        self.type_combo = child(f, QComboBox, "typeCombo")
        self.kinds_label = child(f, QLabel, "kindsLabel")
        self.files_list = child(f, QListWidget, "filesList")
        self.add_files = child(f, QPushButton, "addFilesButton")
        self.remove_file = child(f, QPushButton, "removeFileButton")
        self.title_edit = child(f, QLineEdit, "titleEdit")
        self.number_edit = child(f, QLineEdit, "numberEdit")
        self.issued = DateField(child(f, QLineEdit, "issuedEdit"))
        self.valid = DateField(child(f, QLineEdit, "validEdit"))
        self.error = child(f, QLabel, "errorLabel")
        for req in requirements:
            self.type_combo.addItem(
                f"{req.title} ({requirement_label(req.required)})", req.code)
        if doc_type is not None:
            self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(doc_type)))
        if document_id is not None:
            self.type_combo.setEnabled(False)
            for name in ("titleEdit", "numberEdit", "issuedEdit", "validEdit"):
                edit = child(f, QLineEdit, name)
                edit.setEnabled(False)
                edit.setToolTip(self.tr(
                    "Сведения о документе меняются кнопкой «Сведения…» в списке документов"))
        self.save_button.setText(self.tr("Приложить"))
        self.save_button.setToolTip(self.tr("Проверить файлы и приложить их к досье (Ctrl+S)"))
        self.setWindowTitle(self.tr("Добавить файлы к документу") if document_id is not None
                            else self.tr("Приложить документ"))
        self.add_files.clicked.connect(self._browse)
        self.remove_file.clicked.connect(self._remove_selected)
        self.type_combo.currentIndexChanged.connect(self._type_changed)
        for path in files:
            self.add_path(path)
        self.watch(self.type_combo, self.title_edit, self.number_edit, self.issued.edit,
                   self.valid.edit)
        self._type_changed()
        self.resize(620, 460)

    # --- input -----------------------------------------------------------------------------
    def doc_type(self) -> str:
        return str(self.type_combo.currentData() or "")

    def paths(self) -> list[Path]:
        return [Path(str(self.files_list.item(i).data(Qt.ItemDataRole.UserRole)))
                for i in range(self.files_list.count())]

    def add_path(self, path: Path) -> None:
        if path in self.paths():
            return
        item = QListWidgetItem(path.name)
        item.setData(Qt.ItemDataRole.UserRole, str(path))
        item.setToolTip(str(path))
        self.files_list.addItem(item)
        self._changed()

    def _changed(self, *args: object) -> None:
        self.service_error = ""
        super()._changed(*args)

    def _remove_selected(self) -> None:
        for item in self.files_list.selectedItems():
            self.files_list.takeItem(self.files_list.row(item))
        self._changed()

    def _type_changed(self) -> None:
        req = self.requirements.get(self.doc_type())
        if req is None:
            self.kinds_label.setText("")
            return
        kinds = ", ".join(KIND_TITLES.get(k, k) for k in req.kinds)
        text = self.tr("Принимаются: %1.").replace("%1", kinds)
        if req.max_age_days is not None:
            text += " " + self.tr("Документ должен быть выдан не ранее чем за %1 дн. до подачи "
                                  "заявки — укажите дату выдачи.").replace(
                                      "%1", str(req.max_age_days))
        if req.help:
            text += " " + req.help
        self.kinds_label.setText(text)
        self.refresh_state()

    def _browse(self) -> None:
        req = self.requirements.get(self.doc_type())
        kinds = req.kinds if req is not None else list(_FILTER_PATTERNS)
        patterns = " ".join(_FILTER_PATTERNS.get(k, "") for k in kinds)
        names = ", ".join(kind_short(k) for k in kinds)
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Выберите файлы документа"), "",
            self.tr("Документы (%1) (%2);;Все файлы (*)").replace("%1", names).replace(
                "%2", patterns))
        for name in files:
            self.add_path(Path(name))

    # --- EditorDialog -------------------------------------------------------------------------
    def check(self) -> bool:
        problems: list[str] = []
        if not self.doc_type():
            problems.append(self.tr("Вид документа: выберите вид документа"))
        if not self.paths():
            problems.append(self.tr("Файлы: добавьте хотя бы один файл"))
        for label, field in ((self.tr("Дата выдачи"), self.issued),
                             (self.tr("Действует до"), self.valid)):
            if field.problem:
                problems.append(f"{label}: {field.problem}")
        if problems:
            self.service_error = ""
        text = "\n".join(problems) if problems and self.dirty else self.service_error
        show_message(self.error, text or None)
        return not problems and not self.busy

    def save(self) -> int | None:
        """Start the attach on a worker thread; the dialog closes when it succeeds."""
        if self.busy:
            return None
        self.busy = True
        self.save_button.setEnabled(False)
        paths = self.paths()
        docs = self.services.documents
        dossier_id = self.dossier_id
        doc_type = self.doc_type()
        document_id = self.document_id
        if document_id is not None:
            def work() -> DocumentOut:
                return docs.attach(dossier_id, doc_type, paths, document_id=document_id)
        else:
            title = self.title_edit.text().strip() or None
            number = self.number_edit.text().strip() or None
            issued, valid = self.issued.date(), self.valid.date()

            def work() -> DocumentOut:
                return docs.attach(dossier_id, doc_type, paths, title=title, number=number,
                                   issued_on=issued, valid_until=valid)
        self.progress = run_with_progress(
            self, self.tr("Приложение файлов"),
            self.tr("Проверка и сохранение файлов: %1…").replace(
                "%1", ", ".join(p.name for p in paths)),
            work, on_done=self._done, on_error=self._failed)
        return None

    def _done(self, doc: object) -> None:
        self.busy = False
        assert isinstance(doc, DocumentOut)
        self.result_document = doc
        self.dirty = False
        self.attached.emit(doc)
        if doc.warnings:
            QMessageBox.information(
                self, self.tr("Файлы приложены с замечаниями"), "\n".join(doc.warnings))
        self.saved.emit(doc.id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.service_error = error_text(exc)
        self.refresh_state()


def attach_files_dialog(
    services: Services,
    dossier_id: int,
    requirements: Sequence[DocumentRequirement],
    parent: QWidget,
    on_attached: Callable[[object], None],
    *,
    doc_type: str | None = None,
    files: Sequence[Path] = (),
    document_id: int | None = None,
) -> AttachDialog:
    dlg = AttachDialog(services, dossier_id, requirements, parent, doc_type=doc_type,
                       files=files, document_id=document_id)
    dlg.attached.connect(on_attached)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.open()
    return dlg
