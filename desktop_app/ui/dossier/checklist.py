"""The documents checklist: each document type of the profile and where the dossier stands.

Top: one row per document type (required?, present count/min, fresh?, accepted
file kinds, state; a damaged file is marked red «файл повреждён или
отсутствует»). Files dropped on a row are offered for attaching as that type.
Bottom: the documents of the selected type with their files, actions
(attach, add a file, open in the system viewer, replace a file, remove with a
reason, restore) and an in-app preview of PDFs and images.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDropEvent, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.documents import format_size, safe_display_name
from desktop_app.core.formatting import format_date
from desktop_app.core.rules import DocumentStatus
from desktop_app.core.rules.profile import DocumentRequirement
from desktop_app.core.services.document_models import DocumentOut, FileOut
from desktop_app.core.services.facade import Services
from desktop_app.ui.errors import error_text, show_error
from desktop_app.ui.forms import child, load_form
from desktop_app.ui.tasks import run_in_background, run_with_progress

from .common import confidence_mark, kind_short, requirement_label, severity_color, severity_icon
from .dialogs import ReasonDialog

ROLE_CODE = Qt.ItemDataRole.UserRole + 1
ROLE_DOC = Qt.ItemDataRole.UserRole + 2
ROLE_FILE = Qt.ItemDataRole.UserRole + 3

COL_TITLE, COL_REQ, COL_COUNT, COL_FRESH, COL_KINDS, COL_STATE = range(6)
PREVIEW_KINDS = {"pdf", "png", "jpeg", "tiff"}


def dropped_files(mime: QMimeData) -> list[Path]:
    """Local files carried by a drag (URLs that are not local files are ignored)."""
    if not mime.hasUrls():
        return []
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile() and u.toLocalFile()]


class DocumentsChecklist(QWidget):
    attach_requested = Signal(str, list)
    """(document type, [Path]) — «Приложить…» or files dropped on a row."""
    add_files_requested = Signal(int, str)
    """(document id, document type) — «Добавить файл…» to an existing document."""
    changed = Signal()
    """A document was removed, restored, had a file replaced or its details changed."""

    def __init__(self, services: Services, dossier_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.dossier_id = dossier_id
        self.form = load_form("dossier_checklist.ui", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        f = self.form
        self.types: QTreeWidget = child(f, QTreeWidget, "typesTree")
        self.docs: QTreeWidget = child(f, QTreeWidget, "docsTree")
        self.docs_label = child(f, QLabel, "docsLabel")
        self.attach_button = child(f, QPushButton, "attachButton")
        self.add_file_button = child(f, QPushButton, "addFileButton")
        self.open_button = child(f, QPushButton, "openButton")
        self.details_button = child(f, QPushButton, "detailsButton")
        self.replace_button = child(f, QPushButton, "replaceButton")
        self.remove_button = child(f, QPushButton, "removeButton")
        self.restore_button = child(f, QPushButton, "restoreButton")
        self.show_deleted = child(f, QCheckBox, "showDeletedCheck")
        self.types.header().setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        self.types.header().setMinimumSectionSize(60)
        self.types.header().setStretchLastSection(False)
        # the document's title matters most: the long descriptive columns get a fixed,
        # adjustable width (full text in the tooltip) and never squeeze the title away
        for col in (COL_COUNT, COL_STATE):
            self.types.header().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        for col, width in ((COL_REQ, 110), (COL_FRESH, 130), (COL_KINDS, 80)):
            self.types.header().setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.types.header().resizeSection(col, width)
        self.docs.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.docs.header().setStretchLastSection(False)
        self.docs.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.docs.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.types.setAcceptDrops(True)
        self.types.viewport().setAcceptDrops(True)
        self.types.viewport().installEventFilter(self)
        # preview: a PDF view, an image, or a note
        host = child(f, QWidget, "previewHost")
        self.preview = QStackedWidget(host)
        self.preview_note = QLabel(self.tr("Выберите файл, чтобы посмотреть его здесь."), host)
        self.preview_note.setWordWrap(True)
        self.preview_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pdf_document = QPdfDocument(self)
        self.pdf_view = QPdfView(host)
        self.pdf_view.setDocument(self.pdf_document)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.image_label = QLabel(host)
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_scroll = QScrollArea(host)
        self.image_scroll.setWidgetResizable(True)
        self.image_scroll.setWidget(self.image_label)
        for w in (self.preview_note, self.pdf_view, self.image_scroll):
            self.preview.addWidget(w)
        host_layout = host.layout()
        assert host_layout is not None
        host_layout.addWidget(self.preview)
        self.preview_file_id: int | None = None
        # state
        self.statuses: dict[str, DocumentStatus] = {}
        self.requirements: dict[str, DocumentRequirement] = {}
        self.documents: list[DocumentOut] = []
        self.damaged: set[str] = set()
        self.editable = True
        self.types.currentItemChanged.connect(lambda *_a: self._fill_docs())
        self.docs.currentItemChanged.connect(lambda *_a: self._doc_selected())
        self.docs.itemDoubleClicked.connect(lambda *_a: self.open_selected())
        self.show_deleted.toggled.connect(lambda _on: self._fill_docs())
        self.attach_button.clicked.connect(self._attach_clicked)
        self.add_file_button.clicked.connect(self._add_file_clicked)
        self.open_button.clicked.connect(self.open_selected)
        self.details_button.clicked.connect(self.edit_details_selected)
        self.replace_button.clicked.connect(self.replace_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.restore_button.clicked.connect(self.restore_selected)
        splitter = self.form.findChild(QSplitter, "checklistSplitter")
        if splitter is not None:
            splitter.setSizes([300, 300])
        self._sync_buttons()

    # --- data ----------------------------------------------------------------------------
    def set_requirements(self, requirements: Sequence[DocumentRequirement]) -> None:
        self.requirements = {r.code: r for r in requirements}

    def set_documents(self, documents: Sequence[DocumentOut], damaged: set[str]) -> None:
        """All documents of the dossier (deleted ones included) and the damaged files' SHA-256."""
        self.documents = list(documents)
        self.damaged = set(damaged)
        self._fill_docs()

    def set_statuses(self, statuses: Sequence[DocumentStatus]) -> None:
        current = self.current_code()
        self.statuses = {s.code: s for s in statuses}
        self.types.setUpdatesEnabled(False)
        self.types.blockSignals(True)
        self.types.clear()
        for st in statuses:
            item = QTreeWidgetItem(self.types)
            self._fill_row(item, st)
        self.types.blockSignals(False)
        self.types.setUpdatesEnabled(True)
        if current is not None:
            self.select_type(current)
        elif (first := self.types.topLevelItem(0)) is not None:
            self.types.setCurrentItem(first)
        self._fill_docs()

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        self.types.viewport().setAcceptDrops(editable)
        self._sync_buttons()

    def _fill_row(self, item: QTreeWidgetItem, st: DocumentStatus) -> None:
        req = self.requirements.get(st.code)
        item.setData(COL_TITLE, ROLE_CODE, st.code)
        item.setText(COL_TITLE, st.title)
        requirement = requirement_label(st.requirement)
        if st.requirement == "conditional":
            needed = self.tr("нужен") if st.required else self.tr("не нужен")
            requirement += ": " + needed
        item.setText(COL_REQ, requirement)
        item.setText(COL_COUNT, self.tr("%1 из %2").replace("%1", str(st.count)).replace(
            "%2", str(st.min_count)))
        if req is not None and req.max_age_days is not None:
            if st.fresh is None:
                fresh = self.tr("не старше %1 дн.").replace("%1", str(req.max_age_days))
            elif st.fresh:
                fresh = self.tr("выдан %1 — свежий").replace("%1", format_date(st.issued_on))
            else:
                fresh = self.tr("выдан %1 — устарел").replace(
                    "%1", format_date(st.issued_on) or self.tr("дата не указана"))
        else:
            fresh = self.tr("не проверяется")
        item.setText(COL_FRESH, fresh)
        kinds = req.kinds if req is not None else []
        item.setText(COL_KINDS, ", ".join(kind_short(k) for k in kinds))
        if st.damaged:
            state, tone = self.tr("файл повреждён или отсутствует"), "error"
        elif st.required and not st.present:
            state, tone = self.tr("нет — обязательный"), "error"
        elif st.present and st.ok and not st.messages:
            state, tone = self.tr("в порядке"), "ok"
        elif st.present and st.ok:
            state, tone = self.tr("есть замечания"), "warning"
        elif st.present:
            state, tone = self.tr("есть ошибки"), "error"
        elif st.requirement == "recommended" and st.applicable:
            state, tone = self.tr("нет — рекомендуется"), "warning"
        else:
            state, tone = self.tr("не приложен"), "muted"
        item.setText(COL_STATE, state)
        color = severity_color(tone, self)
        item.setForeground(COL_STATE, color)
        item.setIcon(COL_STATE, severity_icon(tone, self) if tone != "muted" else severity_icon(
            "info", self))
        if tone == "error":
            item.setForeground(COL_TITLE, color)
        tip = [st.title, self.tr("Основание: %1 %2").replace("%1", st.clause).replace(
            "%2", confidence_mark(st.confidence))]
        tip.extend(st.messages)
        if req is not None and req.help:
            tip.append(req.help)
        tip.append(self.tr("Перетащите сюда файлы, чтобы приложить их как этот документ."))
        for col in range(self.types.columnCount()):
            item.setToolTip(col, "\n".join(tip))

    def row_texts(self, code: str) -> list[str]:
        """The texts of a type's row as shown (for checks and for the people reading them)."""
        item = self._item(code)
        if item is None:
            return []
        return [item.text(c) for c in range(self.types.columnCount())]

    def _item(self, code: str) -> QTreeWidgetItem | None:
        for i in range(self.types.topLevelItemCount()):
            item = self.types.topLevelItem(i)
            if item is not None and item.data(COL_TITLE, ROLE_CODE) == code:
                return item
        return None

    def current_code(self) -> str | None:
        item = self.types.currentItem()
        code = item.data(COL_TITLE, ROLE_CODE) if item is not None else None
        return str(code) if code else None

    def select_type(self, code: str) -> bool:
        item = self._item(code)
        if item is None:
            return False
        self.types.setCurrentItem(item)
        self.types.scrollToItem(item)
        return True

    # --- the documents of the selected type ------------------------------------------------------
    def _fill_docs(self) -> None:
        code = self.current_code()
        self.docs.blockSignals(True)
        self.docs.clear()
        st = self.statuses.get(code or "")
        self.docs_label.setText(
            self.tr("Документы вида «%1»").replace("%1", st.title) if st is not None
            else self.tr("Выберите вид документа в списке выше"))
        for doc in self.documents:
            if doc.doc_type != code:
                continue
            if doc.deleted_at is not None and not self.show_deleted.isChecked():
                continue
            title = doc.title or doc.type_title
            if doc.number:
                title += " " + self.tr("№ %1").replace("%1", doc.number)
            details = []
            if doc.issued_on:
                details.append(self.tr("выдан %1").replace("%1", format_date(doc.issued_on)))
            if doc.valid_until:
                details.append(self.tr("действует до %1").replace(
                    "%1", format_date(doc.valid_until)))
            pages = doc.pages
            if pages is not None:
                details.append(self.tr("%1 стр.").replace("%1", str(pages)))
            deleted = doc.deleted_at is not None
            item = QTreeWidgetItem(self.docs, [title, ", ".join(details),
                                               self.tr("удалён") if deleted else ""])
            item.setData(0, ROLE_DOC, doc.id)
            if deleted:
                item.setForeground(0, severity_color("muted", self))
                item.setForeground(2, severity_color("muted", self))
            bad_doc = False
            for fl in doc.files:
                bad = fl.sha256 in self.damaged or fl.status in ("missing", "altered")
                bad_doc = bad_doc or bad
                file_item = QTreeWidgetItem(item, [
                    safe_display_name(fl.original_name),
                    f"{kind_short(fl.kind)}, {format_size(fl.size)}"
                    + (", " + self.tr("%1 стр.").replace("%1", str(fl.pages))
                       if fl.pages is not None else ""),
                    self.tr("файл повреждён или отсутствует") if bad else self.tr("в порядке"),
                ])
                file_item.setData(0, ROLE_DOC, doc.id)
                file_item.setData(0, ROLE_FILE, fl.id)
                tone = "error" if bad else "ok"
                file_item.setForeground(2, severity_color(tone, self))
                file_item.setIcon(2, severity_icon(tone, self))
                if bad:
                    file_item.setForeground(0, severity_color("error", self))
                    file_item.setToolTip(0, self.tr(
                        "Файл в хранилище отсутствует или изменён (контрольная сумма SHA-256 не "
                        "совпадает): замените его файлом, полученным от предприятия"))
            if bad_doc and not deleted:
                item.setText(2, self.tr("файл повреждён или отсутствует"))
                item.setForeground(2, severity_color("error", self))
            item.setExpanded(True)
        self.docs.blockSignals(False)
        if (first := self.docs.topLevelItem(0)) is not None:
            self.docs.setCurrentItem(first)
        self._doc_selected()

    def current_document(self) -> DocumentOut | None:
        item = self.docs.currentItem()
        doc_id = item.data(0, ROLE_DOC) if item is not None else None
        return next((d for d in self.documents if d.id == doc_id), None)

    def current_file(self) -> FileOut | None:
        item = self.docs.currentItem()
        file_id = item.data(0, ROLE_FILE) if item is not None else None
        doc = self.current_document()
        if doc is None:
            return None
        if file_id is None:
            return doc.files[0] if doc.files else None
        return next((fl for fl in doc.files if fl.id == file_id), None)

    def file_texts(self) -> list[tuple[str, str]]:
        """(file name, state) of every file shown for the selected type."""
        out: list[tuple[str, str]] = []
        for i in range(self.docs.topLevelItemCount()):
            doc = self.docs.topLevelItem(i)
            kids = [doc.child(j) for j in range(doc.childCount())] if doc is not None else []
            out.extend((kid.text(0), kid.text(2)) for kid in kids if kid is not None)
        return out

    def _doc_selected(self) -> None:
        self._sync_buttons()
        fl = self.current_file()
        if fl is None:
            self._show_note(self.tr("Выберите файл, чтобы посмотреть его здесь."))
            return
        self.show_preview(fl)

    def _sync_buttons(self) -> None:
        code = self.current_code()
        doc = self.current_document()
        fl = self.current_file()
        live = doc is not None and doc.deleted_at is None
        self.attach_button.setEnabled(self.editable and code is not None)
        self.add_file_button.setEnabled(self.editable and live)
        self.details_button.setEnabled(self.editable and live)
        self.open_button.setEnabled(fl is not None)
        self.replace_button.setEnabled(self.editable and live and fl is not None)
        self.remove_button.setEnabled(self.editable and live)
        self.restore_button.setEnabled(self.editable and doc is not None and not live)

    # --- preview ---------------------------------------------------------------------------------
    def _show_note(self, text: str) -> None:
        self.preview_file_id = None
        self.pdf_document.close()
        self.preview_note.setText(text)
        self.preview.setCurrentWidget(self.preview_note)

    def show_preview(self, fl: FileOut) -> None:
        """Show a PDF or an image inside the program (the file is verified first)."""
        if fl.kind not in PREVIEW_KINDS:
            self._show_note(self.tr("Файл «%1» (%2) здесь не показывается — откройте его кнопкой "
                                    "«Открыть».").replace("%1", safe_display_name(
                                        fl.original_name)).replace("%2", kind_short(fl.kind)))
            return
        if fl.sha256 in self.damaged or fl.status in ("missing", "altered"):
            self._show_note(self.tr("Файл «%1» повреждён или отсутствует в хранилище — "
                                    "замените его.").replace(
                                        "%1", safe_display_name(fl.original_name)))
            return
        self.preview_file_id = fl.id
        self._show_note(self.tr("Загрузка…"))
        self.preview_file_id = fl.id
        docs = self.services.documents
        file_id = fl.id
        run_in_background(lambda: docs.open_path(file_id),
                          lambda path: self._preview_ready(file_id, fl.kind, path),
                          lambda exc: self._preview_failed(file_id, exc))

    def _preview_ready(self, file_id: int, kind: str, path: object) -> None:
        if file_id != self.preview_file_id or not isinstance(path, Path):
            return
        if kind == "pdf":
            self.pdf_document.load(str(path))
            if self.pdf_document.status() == QPdfDocument.Status.Ready:
                self.preview.setCurrentWidget(self.pdf_view)
                return
            self._show_note(self.tr("Этот PDF не удалось показать здесь (возможно, он защищён "
                                    "паролем) — откройте его кнопкой «Открыть»."))
            return
        pixmap = QPixmap(str(path))
        if pixmap.isNull():
            self._show_note(self.tr("Это изображение не удалось показать здесь — откройте его "
                                    "кнопкой «Открыть»."))
            return
        width = max(200, self.image_scroll.viewport().width() - 8)
        if pixmap.width() > width:
            pixmap = pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        self.image_label.setPixmap(pixmap)
        self.preview.setCurrentWidget(self.image_scroll)
        self.preview_file_id = file_id

    def _preview_failed(self, file_id: int, exc: BaseException) -> None:
        if file_id == self.preview_file_id:
            self._show_note(error_text(exc))

    # --- actions ----------------------------------------------------------------------------
    def _attach_clicked(self) -> None:
        code = self.current_code()
        if code is not None:
            self.attach_requested.emit(code, [])

    def _add_file_clicked(self) -> None:
        doc = self.current_document()
        if doc is not None:
            self.add_files_requested.emit(doc.id, doc.doc_type)

    def handle_drop(self, code: str | None, mime: QMimeData) -> bool:
        """Files dropped on the row of ``code``: offer them for attaching as that type."""
        files = dropped_files(mime)
        if not files or not self.editable:
            return False
        code = code or self.current_code()
        if code is None:
            return False
        self.select_type(code)
        self.attach_requested.emit(code, files)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.types.viewport():
            kind = event.type()
            if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(
                    event, QDropEvent):
                if self.editable and dropped_files(event.mimeData()):
                    event.acceptProposedAction()
                else:
                    event.ignore()
                return True
            if kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
                item = self.types.itemAt(event.position().toPoint())
                code = item.data(COL_TITLE, ROLE_CODE) if item is not None else None
                if self.handle_drop(str(code) if code else None, event.mimeData()):
                    event.acceptProposedAction()
                else:
                    event.ignore()
                return True
        return super().eventFilter(watched, event)

    def open_selected(self) -> None:
        fl = self.current_file()
        if fl is None:
            return
        docs = self.services.documents
        file_id = fl.id

        def opened(path: object) -> None:
            if isinstance(path, Path):
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

        run_with_progress(self, self.tr("Открытие файла"),
                          self.tr("Проверка файла «%1»…").replace(
                              "%1", safe_display_name(fl.original_name)),
                          lambda: docs.open_path(file_id), on_done=opened,
                          on_error=self._show_error)

    def replace_selected(self) -> None:
        fl = self.current_file()
        doc = self.current_document()
        if fl is None or doc is None or not self.editable:
            return
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Новый файл вместо «%1»").replace(
                "%1", safe_display_name(fl.original_name)))
        if not name:
            return
        self.replace_file(fl.id, Path(name))

    def replace_file(self, file_id: int, path: Path) -> None:
        docs = self.services.documents
        run_with_progress(self, self.tr("Замена файла"),
                          self.tr("Проверка и сохранение файла «%1»…").replace("%1", path.name),
                          lambda: docs.replace_file(file_id, path),
                          on_done=lambda _d: self.changed.emit(), on_error=self._show_error)

    def edit_details_selected(self) -> QDialog | None:
        """«Сведения…»: the selected document's title, number and dates."""
        from .document_details import DocumentDetailsDialog

        doc = self.current_document()
        if doc is None or doc.deleted_at is not None or not self.editable:
            return None
        dlg = DocumentDetailsDialog(self.services, doc, self)
        dlg.saved.connect(lambda _id: self.changed.emit())
        dlg.finished.connect(lambda _r: dlg.deleteLater())
        dlg.open()
        return dlg

    def remove_selected(self) -> None:
        doc = self.current_document()
        if doc is None or doc.deleted_at is not None or not self.editable:
            return
        dlg = ReasonDialog(
            self.tr("Удалить документ"),
            self.tr("Документ «%1» будет удалён из досье (файлы сохранятся, документ можно "
                    "будет восстановить). Укажите причину удаления.").replace(
                        "%1", doc.title or doc.type_title),
            self, required=True, ok_text=self.tr("Удалить"))
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.services.documents.remove_document(doc.id, dlg.reason())
        except Exception as exc:  # the service's Russian message is shown
            self._show_error(exc)
            return
        self.changed.emit()

    def restore_selected(self) -> None:
        doc = self.current_document()
        if doc is None or doc.deleted_at is None or not self.editable:
            return
        try:
            self.services.documents.restore_document(doc.id)
        except Exception as exc:  # the service's Russian message is shown
            self._show_error(exc)
            return
        self.changed.emit()

    def _show_error(self, exc: BaseException) -> None:
        show_error(self, self.tr("Действие не выполнено"), exc)
