"""Администрирование → Объединение баз…: another workstation's database brought into
this one, with every conflict reviewed field by field before anything is written."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.services.facade import Services
from desktop_app.core.services.merge import (
    Conflict,
    MergeOptions,
    MergeReport,
    merge_from,
    shown_value,
)
from desktop_app.ui.errors import error_text, show_error, showing_errors
from desktop_app.ui.tasks import run_with_progress


def _summary(report: MergeReport) -> str:
    """The report without the conflicts one by one (the table shows them)."""
    out: list[str] = []
    skipping = False
    for line in report.lines():
        if skipping and line.startswith("  "):
            continue
        skipping = line.startswith("Конфликты (")
        out.append(line)
    return "\n".join(out)[:20000]


class MergeDialog(QDialog):
    """Choose the source, see the plan and the conflicts, settle them, then merge."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.plan: MergeReport | None = None
        self.failure: str | None = None
        self.merged: MergeReport | None = None
        self.setWindowTitle(self.tr("Объединение баз данных"))
        self.resize(980, 640)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Перенос в эту базу данных другого рабочего места или ноутбука: предприятия, "
            "консультации, досье с документами, исходящий реестр и журнал событий. "
            "Источник не изменяется. Сначала нажмите «Проверить»: ничего не записывается, "
            "показываются план и конфликты."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Источник:")))
        self.source_edit = QLineEdit()
        self.source_edit.setObjectName("sourceEdit")
        self.source_edit.setPlaceholderText(self.tr(
            "файл базы .sqlite3 или адрес сервера postgresql://…"))
        row.addWidget(self.source_edit, 1)
        browse = QPushButton(self.tr("Файл…"))
        browse.clicked.connect(self.browse)
        row.addWidget(browse)
        self.check_button = QPushButton(self.tr("Проверить"))
        self.check_button.setObjectName("checkButton")
        self.check_button.clicked.connect(self.check)
        row.addWidget(self.check_button)
        layout.addLayout(row)
        self.accept_broken = QCheckBox(self.tr(
            "Переносить, даже если журнал событий источника повреждён (будет записано в "
            "журнал событий)"))
        layout.addWidget(self.accept_broken)
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("summaryText")
        self.summary.setReadOnly(True)
        self.summary.setMaximumHeight(190)
        layout.addWidget(self.summary)
        self.conflicts_label = QLabel(self.tr(
            "Конфликты: по умолчанию остаётся значение этой базы, значение источника "
            "записывается в журнал событий. Отметьте поля, для которых нужно взять значение "
            "источника."))
        self.conflicts_label.setWordWrap(True)
        layout.addWidget(self.conflicts_label)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("conflictsTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Взять из источника"), self.tr("Запись"), self.tr("Поле"),
            self.tr("В этой базе"), self.tr("В источнике")])
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(0, 130)
        self.table.setColumnWidth(1, 330)
        self.table.setColumnWidth(2, 150)
        self.table.setColumnWidth(3, 170)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox()
        self.merge_button = buttons.addButton(self.tr("Объединить"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self.run_merge)
        buttons.addButton(self.tr("Закрыть"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.source_edit.textChanged.connect(lambda _t: self.merge_button.setEnabled(False))

    def browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("База данных рабочего места"), "",
            self.tr("База данных (*.sqlite3 *.sqlite *.db);;Все файлы (*)"))
        if name:
            self.source_edit.setText(name)

    def _source(self) -> str | None:
        text = self.source_edit.text().strip()
        if not text:
            QMessageBox.information(self, self.windowTitle(), self.tr(
                "Укажите источник: файл базы данных или адрес сервера."))
            return None
        return text

    def _options(self, *, dry_run: bool) -> MergeOptions:
        return MergeOptions(dry_run=dry_run, accept_broken_audit=self.accept_broken.isChecked(),
                            take_source=self.chosen())

    def check(self) -> None:
        """Plan the merge off the GUI thread (nothing is written); show it when done."""
        source = self._source()
        if source is None:
            return
        self.merge_button.setEnabled(False)
        self.check_button.setEnabled(False)
        options = self._options(dry_run=True)
        run_with_progress(
            self, self.windowTitle(), self.tr("Проверка источника и план объединения…"),
            lambda: merge_from(self.services.ctx, source, options),
            on_done=self._planned, on_error=lambda exc: self._failed(
                self.tr("Проверка не выполнена"), exc))

    def _planned(self, plan: object) -> None:
        assert isinstance(plan, MergeReport)
        self.check_button.setEnabled(True)
        self.show_plan(plan)

    def _failed(self, title: str, exc: BaseException) -> None:
        self.check_button.setEnabled(True)
        self.failure = error_text(exc)
        show_error(self, title, exc)

    def show_plan(self, plan: MergeReport) -> None:
        self.plan = plan
        self.summary.setPlainText(_summary(plan))
        self.table.setRowCount(len(plan.conflicts))
        for i, c in enumerate(plan.conflicts):
            take = QTableWidgetItem()
            take.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            take.setCheckState(Qt.CheckState.Unchecked)
            take.setData(Qt.ItemDataRole.UserRole, (c.uuid, c.field))
            self.table.setItem(i, 0, take)
            for col, text in enumerate((c.record, c.label, shown_value(c.target_value),
                                        shown_value(c.source_value)), start=1):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                item.setToolTip(text)
                self.table.setItem(i, col, item)
        self.merge_button.setEnabled(plan.changes_anything)

    def chosen(self) -> frozenset[tuple[str, str]]:
        out: set[tuple[str, str]] = set()
        for i in range(self.table.rowCount()):
            item = self.table.item(i, 0)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                uuid, field = item.data(Qt.ItemDataRole.UserRole)
                out.add((str(uuid), str(field)))
        return frozenset(out)

    def conflicts(self) -> list[Conflict]:
        return list(self.plan.conflicts) if self.plan is not None else []

    def run_merge(self) -> None:
        source = self._source()
        if source is None or self.plan is None:
            return
        taken = len(self.chosen())
        answer = QMessageBox.question(self, self.windowTitle(), self.tr(
            "Перенести источник в эту базу одной операцией? Конфликтов: %1, из них значение "
            "источника берётся в %2; в остальных остаётся значение этой базы.")
            .replace("%1", str(self.plan.conflicts_total)).replace("%2", str(taken)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.merge_button.setEnabled(False)
        self.check_button.setEnabled(False)
        options = self._options(dry_run=False)
        run_with_progress(
            self, self.windowTitle(), self.tr("Объединение: запись одной операцией…"),
            lambda: merge_from(self.services.ctx, source, options),
            on_done=self._merged, on_error=lambda exc: self._failed(
                self.tr("Объединение не выполнено, ничего не записано"), exc))

    def _merged(self, result: object) -> None:
        assert isinstance(result, MergeReport)
        self.check_button.setEnabled(True)
        self.merged = result
        self.summary.setPlainText("\n".join(result.lines())[:20000])


SERVER_KEY = "sync/server_url"


def sync_with_server_dialog(parent: QWidget, services: Services) -> str | None:
    """«Синхронизировать с сервером…» on a laptop: ask the server's address and the
    password, send this computer's work, take the server's data; show what happened.
    Returns the text shown (None when cancelled or refused)."""
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QInputDialog

    from desktop_app.core.services.merge import sync_with_server

    translate = QCoreApplication.translate
    title = translate("Merge", "Синхронизация с сервером")
    settings = QSettings()
    url, ok = QInputDialog.getText(
        parent, title, translate("Merge", "Адрес сервера центра (postgresql://…):"),
        QLineEdit.EchoMode.Normal, str(settings.value(SERVER_KEY, "") or ""))
    if not ok or not url.strip():
        return None
    secret, ok = QInputDialog.getText(
        parent, title, translate("Merge", "Ваш пароль на сервере:"), QLineEdit.EchoMode.Password)
    if not ok:
        return None
    with showing_errors(parent, translate("Merge", "Синхронизация не выполнена")) as outcome:
        result = sync_with_server(services, url.strip(), secret)
    if outcome.failed:
        return None
    settings.setValue(SERVER_KEY, url.strip())
    lines: list[str] = []
    if result.pushed is not None:
        lines.append(translate("Merge", "Работа этого компьютера → сервер:"))
        lines.extend(f"  {line}" for line in result.pushed.lines())
    lines.append(translate("Merge", "Данные сервера → этот компьютер:"))
    lines.extend(f"  {line}" for line in result.pulled.lines())
    text = "\n".join(lines)
    box = QDialog(parent)
    box.setWindowTitle(title)
    box.resize(820, 480)
    layout = QVBoxLayout(box)
    view = QPlainTextEdit(text[:50000])
    view.setReadOnly(True)
    layout.addWidget(view)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(box.reject)
    layout.addWidget(buttons)
    box.exec()
    return text
