"""The consultant's main window: side bar of sections, search, menus, status bar.

The window builds its own menus (documents, administration) and opens dossiers
in their editor; it listens once to ``services.changes`` and refreshes exactly
the lists a committed write concerns, whichever window or thread wrote.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from functools import partial

import shiboken6
from PySide6.QtCore import QByteArray, QObject, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QStyle,
    QToolBar,
    QWidget,
)

from desktop_app import APP_NAME, __version__
from desktop_app.core.services.context import Change
from desktop_app.core.services.facade import Services
from desktop_app.core.services.lists import ListKind, ListQuery
from desktop_app.ui import settings as ui_settings
from desktop_app.ui.consultation_editor import ConsultationEditor
from desktop_app.ui.enterprise_editor import EnterpriseEditor
from desktop_app.ui.errors import showing_errors
from desktop_app.ui.icons import app_icon
from desktop_app.ui.import_dialog import ImportDialog
from desktop_app.ui.pages import DossierListPage, FollowUpPage, HomePage, ListPage, SearchPage


class Section(enum.IntEnum):
    HOME = 0
    ENTERPRISES = 1
    CONSULTATIONS = 2
    DOSSIERS = 3
    FOLLOWUPS = 4
    SEARCH = 5


class _ChangeRelay(QObject):
    """Carries a :class:`Change` from the writing thread to the GUI thread."""

    changed = Signal(object)

    def listener(self, change: Change) -> None:
        if shiboken6.isValid(self):
            self.changed.emit(change)


# Which lists show records of which tables (enterprise names appear in every list).
_LISTS_OF_TABLE = {
    "enterprises": ("enterprises", "consultations", "followups", "dossiers", "home", "search"),
    "consultations": ("consultations", "followups", "home", "search"),
    "dossiers": ("dossiers", "home"),
}


class MainWindow(QMainWindow):
    """The signed-in user's window over ``services``."""

    switch_user_requested = Signal()   # Файл → Сменить пользователя…, editors already closed

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = services.actor
        self.dialogs: list[QDialog] = []
        self.database_replaced = False   # a backup was restored under this window
        self.reconnect_to: str | None = None  # Файл → Подключение…: the next database
        self.setWindowIcon(app_icon())
        self.setWindowTitle(self.tr("РИЦ: приём и сопровождение заявок") + " — " + APP_NAME)
        self.setObjectName("MainWindow")
        self._build_pages()
        self._build_actions()
        self._build_part_menus()
        self._build_status()
        self._restore_geometry()
        self._pending_lists: set[str] = set()
        self._relay = _ChangeRelay(self)
        self._relay.changed.connect(self._changed, Qt.ConnectionType.QueuedConnection)
        services.changes.subscribe(self._relay.listener)
        self.go(Section.HOME)
        # the overview reads once the event loop runs; a child timer dies with a
        # window discarded before then (see discard)
        self._first_refresh = QTimer(self)
        self._first_refresh.setSingleShot(True)
        self._first_refresh.timeout.connect(self.home.refresh)
        self._first_refresh.start(0)

    # --- building ------------------------------------------------------------
    def _build_pages(self) -> None:
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        self.sidebar = QListWidget(central)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        style = self.style()
        icons = {
            Section.HOME: QStyle.StandardPixmap.SP_DirHomeIcon,
            Section.ENTERPRISES: QStyle.StandardPixmap.SP_DirIcon,
            Section.CONSULTATIONS: QStyle.StandardPixmap.SP_FileDialogDetailedView,
            Section.DOSSIERS: QStyle.StandardPixmap.SP_FileIcon,
            Section.FOLLOWUPS: QStyle.StandardPixmap.SP_BrowserReload,
            Section.SEARCH: QStyle.StandardPixmap.SP_FileDialogContentsView,
        }
        names = {
            Section.HOME: self.tr("Обзор"),
            Section.ENTERPRISES: self.tr("Предприятия"),
            Section.CONSULTATIONS: self.tr("Консультации"),
            Section.DOSSIERS: self.tr("Досье"),
            Section.FOLLOWUPS: self.tr("Следующие шаги"),
            Section.SEARCH: self.tr("Поиск"),
        }
        for section in Section:
            item = QListWidgetItem(style.standardIcon(icons[section]), names[section])
            item.setToolTip(self.tr("%1 (Ctrl+%2)").replace("%1", names[section])
                            .replace("%2", str(int(section) + 1)))
            self.sidebar.addItem(item)
        self.sidebar.setFixedWidth(max(170, self.sidebar.sizeHintForColumn(0) + 36))
        self.stack = QStackedWidget(central)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        sv = self.services
        self.home = HomePage(sv, self)
        self.enterprises = ListPage(sv, ListQuery(ListKind.ENTERPRISES), {
            "name": self.tr("Наименование"), "inn": self.tr("ИНН"), "kpp": self.tr("КПП"),
            "ogrn": self.tr("ОГРН"), "region": self.tr("Регион"), "phone": self.tr("Телефон"),
            "director": self.tr("Руководитель"), "updated_at": self.tr("Изменено"),
        }, self)
        self.enterprises.empty_label.setText(self.tr(
            "Предприятий в базе пока нет. Добавьте первое предприятие вручную или загрузите "
            "список из файла Excel."))
        add = QPushButton(self.tr("Добавить предприятие"), self.enterprises)
        add.clicked.connect(lambda: self.new_enterprise())  # noqa: PLW0108
        imp = QPushButton(self.tr("Импорт из Excel…"), self.enterprises)
        imp.clicked.connect(self.import_enterprises)
        self.enterprises.add_empty_button(add)
        self.enterprises.add_empty_button(imp)
        self.consultations = ListPage(sv, ListQuery(ListKind.CONSULTATIONS), {
            "occurred_at": self.tr("Дата и время"), "enterprise": self.tr("Предприятие"),
            "channel": self.tr("Канал"), "topic": self.tr("Тема"),
            "eligibility": self.tr("Предварительная проверка"),
            "eligibility_checked_at": self.tr("Дата проверки"),
            "next_step": self.tr("Следующий шаг"), "next_step_due": self.tr("Срок"),
            "next_step_done": self.tr("Выполнен"),
        }, self)
        self.consultations.empty_label.setText(self.tr(
            "Консультаций пока нет. Запишите первую: Файл → Новая консультация (Ctrl+N)."))
        self.dossiers = DossierListPage(sv, ListQuery(ListKind.DOSSIERS), {
            "id": self.tr("№"), "enterprise": self.tr("Предприятие"), "title": self.tr("Проект"),
            "program": self.tr("Программа"), "status": self.tr("Статус"),
            "findings": self.tr("Ошибки / предупр."),
            "grant_requested": self.tr("Грант"), "submission_date": self.tr("Подано"),
            "updated_at": self.tr("Изменено"),
        }, self)
        self.dossiers.new_requested.connect(self.new_dossier)
        self.dossiers.empty_label.setText(self.tr("Досье пока нет."))
        self.followups = FollowUpPage(sv, ListQuery(ListKind.FOLLOWUPS), {
            "next_step_due": self.tr("Срок"), "next_step": self.tr("Следующий шаг"),
            "enterprise": self.tr("Предприятие"), "topic": self.tr("Тема консультации"),
            "occurred_at": self.tr("Консультация"), "channel": self.tr("Канал"),
        }, self)
        self.search_page = SearchPage(sv, self)
        pages: tuple[QWidget, ...] = (self.home, self.enterprises, self.consultations,
                                      self.dossiers, self.followups, self.search_page)
        for widget in pages:
            self.stack.addWidget(widget)
        for section, widget in zip(Section, pages, strict=True):
            widget.setWindowTitle(names[section])   # the title of an exported or printed list
            if isinstance(widget, ListPage):
                self._add_list_menu(widget)
        self.enterprises.open_requested.connect(self.open_enterprise)
        self.consultations.open_requested.connect(self.open_consultation)
        self.followups.open_requested.connect(self.open_consultation)
        self.followups.mark_done_requested.connect(self.mark_done)
        self.dossiers.open_requested.connect(self.open_dossier)
        self.home.open_consultation.connect(self.open_consultation)
        self.home.open_enterprise.connect(self.open_enterprise)
        self.home.open_dossier.connect(self.open_dossier)
        self.home.open_consultations.connect(self.show_consultations_of)
        self.home.open_dossiers_in_status.connect(self.show_dossiers_in_status)
        self.home.open_dossiers_referred.connect(self.show_dossiers_referred)
        self.search_page.open_enterprise.connect(self.open_enterprise)
        self.search_page.open_consultation.connect(self.open_consultation)
        self.search_page.open_full_list.connect(self.open_full_list)
        self.sidebar.currentRowChanged.connect(self._section_changed)
        b1 = QPushButton(self.tr("Новая консультация"), self.home)
        b1.clicked.connect(lambda: self.new_consultation())  # noqa: PLW0108
        b2 = QPushButton(self.tr("Новое предприятие"), self.home)
        b2.clicked.connect(lambda: self.new_enterprise())  # noqa: PLW0108
        b3 = QPushButton(self.tr("Импорт из Excel…"), self.home)
        b3.clicked.connect(self.import_enterprises)
        for b in (b1, b2, b3):
            self.home.add_button(b)
        self.home.buttons.addStretch(1)

    def _action(self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
                slot: Callable[[], object] | None, tip: str = "") -> QAction:
        act = QAction(text, self)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            act.triggered.connect(lambda _checked=False: slot())
        act.setToolTip(tip or text)
        act.setStatusTip(tip or text)
        return act

    def _build_actions(self) -> None:
        style = self.style()
        self.act_new = self._action(self.tr("Создать"), QKeySequence.StandardKey.New,
                                    self.new_in_context,
                                    self.tr("Создать запись в текущем разделе (Ctrl+N)"))
        self.act_new.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_FileDialogNewFolder))
        self.act_new_enterprise = self._action(self.tr("Новое предприятие…"), "Ctrl+Shift+N",
                                               self.new_enterprise)
        self.act_new_consultation = self._action(self.tr("Новая консультация…"), None,
                                                 self.new_consultation)
        self.act_import = self._action(self.tr("Импорт предприятий из Excel…"), None,
                                       self.import_enterprises)
        self.act_save = self._action(self.tr("Сохранить"), QKeySequence.StandardKey.Save, None,
                                     self.tr("Сохранять нечего: изменения сохраняются в окнах "
                                             "редактирования (Ctrl+S)"))
        self.act_save.setEnabled(False)
        self.act_print = self._action(self.tr("Печать…"), QKeySequence.StandardKey.Print,
                                      self.print_current,
                                      self.tr("Напечатать показанный список (Ctrl+P)"))
        self.act_export_list = self._action(self.tr("Экспорт списка…"), None,
                                            self.export_current,
                                            self.tr("Выгрузить показанный список в Excel или "
                                                    "CSV с отбором, сортировкой и столбцами"))
        self.last_export: object | None = None
        self.act_print.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton))
        self.act_find = self._action(self.tr("Найти"), QKeySequence.StandardKey.Find,
                                     self.focus_search, self.tr("Поиск по предприятиям и "
                                                                "консультациям (Ctrl+F)"))
        self.act_refresh = self._action(self.tr("Обновить"), QKeySequence.StandardKey.Refresh,
                                        self.refresh_current, self.tr("Обновить раздел (F5)"))
        self.act_refresh.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_BrowserReload))
        if self.act_refresh.shortcut().isEmpty():
            self.act_refresh.setShortcut(QKeySequence("F5"))
        self.act_quit = self._action(self.tr("Выход"), QKeySequence.StandardKey.Quit, self.close)
        self.act_switch_user = self._action(self.tr("Сменить пользователя…"), None,
                                            self.switch_user, self.tr(
                                                "Завершить работу и войти под другим именем"))
        self.act_open = self._action(self.tr("Открыть выбранное"), None, self.open_selected,
                                     self.tr("Открыть выбранную запись (Enter)"))
        self.act_done = self._action(self.tr("Отметить шаг выполненным"), None,
                                     self._mark_selected_done)
        self.act_about = self._action(self.tr("О программе"), None, self.about)
        self.act_guide = self._action(
            self.tr("Руководство пользователя"), "F1", self.open_guide,
            self.tr("Как работать с программой: от первой консультации до направления (F1)"))
        # F1 itself is caught in every window (guide.install_help_key); the shortcut here is
        # active only in the open menu, where it is shown beside the item
        self.act_guide.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)

        bar = self.menuBar()
        m_file = bar.addMenu(self.tr("&Файл"))
        for a in (self.act_new, self.act_new_enterprise, self.act_new_consultation):
            m_file.addAction(a)
        m_file.addSeparator()
        m_file.addAction(self.act_import)
        m_file.addAction(self.act_export_list)
        m_file.addAction(self.act_save)
        m_file.addAction(self.act_print)
        m_file.addSeparator()
        self.act_connection = self._action(
            self.tr("Подключение…"), None, self.change_connection,
            self.tr("Работать с другой базой: локальной или на сервере центра"))
        m_file.addAction(self.act_connection)
        m_file.addAction(self.act_switch_user)
        m_file.addSeparator()
        m_file.addAction(self.act_quit)
        m_edit = bar.addMenu(self.tr("&Правка"))
        m_edit.addAction(self.act_find)
        m_edit.addAction(self.act_open)
        m_edit.addAction(self.act_done)
        m_view = bar.addMenu(self.tr("&Вид"))
        m_view.addAction(self.act_refresh)
        m_view.addSeparator()
        for section in Section:
            item = self.sidebar.item(int(section))
            act = self._action(item.text(), f"Ctrl+{int(section) + 1}",
                               partial(self.go, section))
            m_view.addAction(act)
        m_reports = bar.addMenu(self.tr("&Отчёты"))
        m_reports.addAction(self._action(self.tr("Отчёт о работе за период…"), None,
                                         partial(self._open_report, "activity")))
        m_reports.addAction(self._action(self.tr("Реестр направлений…"), None,
                                         partial(self._open_report, "referrals")))
        m_settings = bar.addMenu(self.tr("&Настройки"))
        m_lang = m_settings.addMenu(self.tr("Язык интерфейса"))
        group = QActionGroup(self)
        current = ui_settings.language()
        self.language_actions: dict[str, QAction] = {}
        for code, text in (("ru", "Русский"), ("en", "English")):
            act = QAction(text, self, checkable=True)
            act.setChecked(code == current)
            act.triggered.connect(lambda _c=False, c=code: self.set_language(c))
            group.addAction(act)
            m_lang.addAction(act)
            self.language_actions[code] = act
        m_help = bar.addMenu(self.tr("&Справка"))
        m_help.addAction(self.act_guide)
        m_help.addSeparator()
        m_help.addAction(self.act_about)
        from desktop_app.ui.guide import install_help_key

        self.help_key = install_help_key(self)

        tb = QToolBar(self.tr("Основная панель"), self)
        tb.setObjectName("mainToolBar")
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        tb.addAction(self.act_new)
        tb.addAction(self.act_refresh)
        tb.addAction(self.act_print)
        tb.addSeparator()
        self.search_box = QLineEdit(tb)
        self.search_box.setObjectName("searchBox")
        self.search_box.setPlaceholderText(self.tr("Поиск: наименование, ИНН, ОГРН, текст "
                                                   "консультации (Ctrl+F)"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumWidth(380)
        self.search_box.setToolTip(self.tr("Регистр букв и различие «е»/«ё» не учитываются"))
        tb.addWidget(self.search_box)
        self.addToolBar(tb)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.run_search)
        self.search_box.textEdited.connect(lambda _t: self._search_timer.start())
        self.search_box.returnPressed.connect(self.run_search)
        esc = QShortcut(QKeySequence("Escape"), self.search_box, self._leave_search)
        esc.setContext(Qt.ShortcutContext.WidgetShortcut)

    def _build_part_menus(self) -> None:
        """«Документы» and «Администрирование»: each shows only what the role allows."""
        from desktop_app.ui.admin import install_admin_actions
        from desktop_app.ui.package import install_package_actions

        self.package_actions = install_package_actions(self, self.services)
        self.admin_actions = install_admin_actions(
            self, self.services, on_restored=self._database_restored)

    def _database_restored(self) -> None:
        """The database file was replaced: this window must not write to it any more."""
        self.database_replaced = True

    def _build_status(self) -> None:
        self.db_label = QLabel(self.tr("База данных: %1").replace("%1", self.services.db.display()))
        self.user_label = QLabel(self.tr("Пользователь: %1").replace("%1", self.actor.full_name))
        self.statusBar().addWidget(self.db_label, 1)
        self.statusBar().addPermanentWidget(self.user_label)

    # --- navigation ---------------------------------------------------------------
    def go(self, section: Section) -> None:
        self.sidebar.setCurrentRow(int(section))

    def _section_changed(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        page = self.stack.currentWidget()
        if isinstance(page, ListPage):
            page.ensure_loaded()
        self._update_list_actions()

    def _update_list_actions(self) -> None:
        on_list = isinstance(self.stack.currentWidget(), ListPage)
        for act in (getattr(self, "act_print", None), getattr(self, "act_export_list", None)):
            if act is not None:
                act.setEnabled(on_list)

    def _add_list_menu(self, page: ListPage) -> None:
        """The list's context menu: open, export and print what it shows."""
        view = page.view
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        def menu(pos: QPoint) -> None:
            from PySide6.QtWidgets import QMenu

            m = QMenu(view)
            m.addAction(self.tr("Экспорт списка…"), lambda: self.export_current(page))
            m.addAction(self.tr("Печать…"), lambda: self.print_current(page))
            m.popup(view.viewport().mapToGlobal(pos))

        view.customContextMenuRequested.connect(menu)

    def current_list(self) -> ListPage | None:
        page = self.stack.currentWidget()
        return page if isinstance(page, ListPage) else None

    def export_current(self, page: ListPage | None = None) -> None:
        """Файл → Экспорт списка…: the shown list with its filter, sort and columns."""
        from desktop_app.ui.list_output import export_list_page

        page = page or self.current_list()
        if page is not None:
            self.last_export = export_list_page(self, page)

    def print_current(self, page: ListPage | None = None) -> None:
        """Ctrl+P and «Печать»: print preview of whatever list is shown."""
        from desktop_app.ui.list_output import print_list_page

        page = page or self.current_list()
        if page is not None:
            print_list_page(self, page)

    def current_section(self) -> Section:
        return Section(self.stack.currentIndex())

    def refresh_current(self) -> None:
        page = self.stack.currentWidget()
        if isinstance(page, ListPage | HomePage):
            page.refresh()
        elif isinstance(page, SearchPage):
            self.run_search()

    # --- refreshing after writes -------------------------------------------------------
    def _changed(self, change: Change) -> None:
        """Collect the lists a write concerns; refresh them once the event loop is free
        (a save often writes several times in a row)."""
        concerned = {name for kind in change.kinds for name in _LISTS_OF_TABLE.get(kind, ())}
        if not concerned:
            return
        if not self._pending_lists:
            QTimer.singleShot(0, self._refresh_concerned)
        self._pending_lists |= concerned

    def _refresh_concerned(self) -> None:
        names, self._pending_lists = self._pending_lists, set()
        pages = {"enterprises": self.enterprises, "consultations": self.consultations,
                 "dossiers": self.dossiers, "followups": self.followups}
        for name, page in pages.items():
            if name in names and page.model is not None:
                page.refresh()
        if "home" in names:
            self.home.refresh()
        if "search" in names and self.search_page.query.strip():
            self.search_page.run(self.search_page.query)

    # --- search ---------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def run_search(self) -> None:
        self._search_timer.stop()
        text = self.search_box.text()
        self.search_page.run(text)
        if text.strip():
            self.go(Section.SEARCH)

    def open_full_list(self, kind: str, text: str) -> None:
        """The search page's «Открыть весь список…»: the section's list with the filter."""
        page, section = ((self.enterprises, Section.ENTERPRISES)
                         if kind == ListKind.ENTERPRISES.value
                         else (self.consultations, Section.CONSULTATIONS))
        page.ensure_loaded()
        page.show_filtered(text)
        self.go(section)

    # --- from the dashboard's charts ------------------------------------------------------
    def show_consultations_of(self, first: dt.date, last: dt.date, channel: str) -> None:
        """A month's column of one channel: that month's consultations by that channel."""
        from desktop_app.core.formatting import format_date
        from desktop_app.ui import labels

        name = labels.channels().get(channel, channel)
        caption = (self.tr("Консультации с %1 по %2, канал «%3».")
                   .replace("%1", format_date(first)).replace("%2", format_date(last))
                   .replace("%3", name))
        self.consultations.show_scope(caption, period=(first, last), channel=channel)
        self.go(Section.CONSULTATIONS)

    def show_dossiers_in_status(self, status: str) -> None:
        """A step of the status funnel: the dossiers now in that status."""
        self.dossiers.show_dossiers(status=status)
        self.go(Section.DOSSIERS)

    def show_dossiers_referred(self, first: dt.date, last: dt.date, quarter: str) -> None:
        """A quarter's column: the dossiers whose final referral letter fell in it."""
        caption = (self.tr("Досье, направленные в Агентство за %1 (итоговые письма с %2 по %3).")
                   .replace("%1", quarter).replace("%2", f"{first:%d.%m.%Y}")
                   .replace("%3", f"{last:%d.%m.%Y}"))
        self.dossiers.show_dossiers(period=(first, last), caption=caption)
        self.go(Section.DOSSIERS)

    def _leave_search(self) -> None:
        self.search_box.clear()
        self.search_page.run("")

    # --- opening records -------------------------------------------------------------------
    def _show(self, dialog: QDialog) -> None:
        self.dialogs = [d for d in self.dialogs if shiboken6.isValid(d) and d.isVisible()]
        self.dialogs.append(dialog)
        dialog.finished.connect(lambda _r, d=dialog: self._forget(d))
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _forget(self, dialog: QDialog) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)
        QTimer.singleShot(0, dialog.deleteLater)

    def new_in_context(self) -> None:
        if self.current_section() == Section.ENTERPRISES:
            self.new_enterprise()
        else:
            self.new_consultation()

    def new_enterprise(self, on_saved: Callable[[int], None] | None = None) -> EnterpriseEditor:
        dlg = EnterpriseEditor(self.services, None, self)
        self._wire_enterprise(dlg)
        if on_saved is not None:
            dlg.saved.connect(on_saved)
        self._show(dlg)
        return dlg

    def open_enterprise(self, enterprise_id: int) -> EnterpriseEditor:
        dlg = EnterpriseEditor(self.services, enterprise_id, self)
        self._wire_enterprise(dlg)
        self._show(dlg)
        return dlg

    def _wire_enterprise(self, dlg: EnterpriseEditor) -> None:
        dlg.open_enterprise_requested.connect(self.open_enterprise)
        dlg.open_consultation_requested.connect(self.open_consultation)
        dlg.open_dossier_requested.connect(self.open_dossier)

    def new_consultation(self, enterprise_id: int | None = None) -> ConsultationEditor:
        dlg = ConsultationEditor(self.services, None, self, enterprise_id=enterprise_id)
        self._wire_consultation(dlg)
        self._show(dlg)
        return dlg

    def open_consultation(self, consultation_id: int) -> ConsultationEditor:
        dlg = ConsultationEditor(self.services, consultation_id, self)
        self._wire_consultation(dlg)
        self._show(dlg)
        return dlg

    def _wire_consultation(self, dlg: ConsultationEditor) -> None:
        dlg.new_enterprise_requested.connect(
            lambda: self.new_enterprise(on_saved=dlg.set_enterprise))

    def new_dossier(self) -> QDialog:
        """«Новое досье…»: pick the enterprise and programme, then open the new draft."""
        from desktop_app.ui.dossier.new_dossier import NewDossierDialog

        dlg = NewDossierDialog(self.services, self)
        dlg.accepted.connect(lambda: dlg.dossier_id is not None
                             and self.open_dossier(dlg.dossier_id))
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()
        return dlg

    def open_dossier(self, dossier_id: int) -> QDialog | None:
        """The dossier's editor (loaded on first use: it brings the rule engine along)."""
        from desktop_app.ui.dossier import open_dossier_editor

        return open_dossier_editor(self, self.services, dossier_id)

    def open_selected(self) -> None:
        page = self.stack.currentWidget()
        if isinstance(page, ListPage):
            rid = page.current_id()
            if rid is not None:
                page.open_requested.emit(rid)

    def import_enterprises(self) -> ImportDialog:
        dlg = ImportDialog(self.services, self)
        self._show(dlg)
        return dlg

    def mark_done(self, consultation_id: int) -> None:
        with showing_errors(self, self.tr("Шаг не отмечен")):
            self.services.consultations.set_next_step_done(consultation_id, True)

    def _mark_selected_done(self) -> None:
        rid = self.followups.current_id() if self.current_section() == Section.FOLLOWUPS else None
        if rid is not None:
            self.mark_done(rid)

    # --- settings ----------------------------------------------------------------------------
    def change_connection(self) -> bool:
        """Файл → Подключение…: choose the database, then close this window (its editors
        ask about unsaved changes first) so that the program reopens on the new one.
        False: the dialog was cancelled or a change kept the window open."""
        from desktop_app.core.services.connection import address_of
        from desktop_app.ui import connection

        before = connection.remembered()
        dialog = connection.ConnectionDialog(self, address_of(self.services.db))
        if not dialog.exec() or dialog.value is None:
            return False
        self.reconnect_to = dialog.value
        if not self.close():  # staying here: the next start opens what it opened before
            self.reconnect_to = None
            if before:
                connection.remember(before)
            else:
                connection.forget()
            return False
        return True

    def set_language(self, code: str) -> None:
        ui_settings.set_language(code)
        QMessageBox.information(
            self, self.tr("Язык интерфейса"),
            self.tr("Язык интерфейса изменится при следующем запуске программы."))

    def _open_report(self, kind: str) -> None:
        from desktop_app.ui.reports_dialog import open_report

        with showing_errors(self, self.tr("Отчёты")):
            open_report(self, self.services, kind)

    def open_guide(self) -> QWidget:
        """«Справка → Руководство пользователя» (F1)."""
        from desktop_app.ui.guide import open_guide

        return open_guide(self)

    def about(self) -> None:
        QMessageBox.about(
            self, self.tr("О программе"),
            self.tr("%1, версия %2.\nРабочее место консультанта регионального инжинирингового "
                    "центра: предприятия, консультации, досье заявок.")
            .replace("%1", APP_NAME).replace("%2", __version__))

    def _geometry_key(self, name: str) -> str:
        return ui_settings.user_key(self.actor.login, f"main/{name}")

    def _restore_geometry(self) -> None:
        s = ui_settings.app_settings()
        geo = s.value(self._geometry_key("geometry"))
        if isinstance(geo, QByteArray | bytes) and geo:
            self.restoreGeometry(QByteArray(geo))
        else:
            screen = QApplication.primaryScreen()
            avail = screen.availableGeometry() if screen else None
            w = min(1280, avail.width() - 40) if avail else 1280
            h = min(800, avail.height() - 60) if avail else 800
            self.resize(max(w, 900), max(h, 600))

    def save_state(self) -> None:
        s = ui_settings.app_settings()
        s.setValue(self._geometry_key("geometry"), self.saveGeometry())
        for page in (self.enterprises, self.consultations, self.dossiers, self.followups):
            page.save_columns()
        s.sync()

    def close_windows(self) -> bool:
        """Close every editor and dialog opened from this window, each asking about its
        unsaved changes; False when the person kept one open."""
        windows = [d for d in self.dialogs if shiboken6.isValid(d)]
        # a dialog opened from an editor (its details, a reason) asks before the editor
        windows = [d for d in reversed(self.findChildren(QDialog)) if d not in windows] + windows
        for dlg in windows:
            if shiboken6.isValid(dlg) and dlg.isVisible() and not dlg.close():
                return False
        return True

    def switch_user(self) -> None:
        """Файл → Сменить пользователя…: once the editors are closed, the person signs out."""
        if self.close_windows():
            self.switch_user_requested.emit()

    def warm_up(self) -> None:
        """Lay out and paint once off screen, not shown: the fonts, styles and icons
        the first real paint needs are loaded now (while a password is checked)."""
        self.grab()

    def discard(self) -> None:
        """Drop a window made ready for someone whose sign-in did not go through:
        never shown, nothing of it was saved."""
        self._first_refresh.stop()
        self.services.changes.unsubscribe(self._relay.listener)
        self.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.close_windows():
            event.ignore()
            return
        self.save_state()
        self.services.changes.unsubscribe(self._relay.listener)
        super().closeEvent(event)
