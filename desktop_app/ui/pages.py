"""The sections of the main window: lists over paged queries, home, search."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import replace

from PySide6.QtCore import QByteArray, QCoreApplication, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid as shiboken_valid

from desktop_app.core.formatting import format_date, format_datetime, format_money
from desktop_app.core.services.dashboard import FIGURE_KEYS, Dashboard
from desktop_app.core.services.facade import Services
from desktop_app.core.services.lists import (
    FollowUpScope,
    ListKind,
    ListQuery,
    Overview,
    RecentItem,
    Row,
    parse_date,
    sortable,
)
from desktop_app.ui import labels
from desktop_app.ui.charts import SERIES_COLORS, Category, ColumnChart, FunnelChart, Series
from desktop_app.ui.list_view import ListView
from desktop_app.ui.settings import app_settings, user_key
from desktop_app.ui.table_model import PagedTableModel

log = logging.getLogger(__name__)

ROW_ID = Qt.ItemDataRole.UserRole
# channels stacked from the bottom: the most frequent first
CHANNEL_ORDER = ("phone", "visit", "email", "event", "video")


class ListPage(QWidget):
    """A filter box and a table over one list; opens a row on Enter/double-click."""

    open_requested = Signal(int)

    def __init__(
        self,
        services: Services,
        query: ListQuery,
        headers: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self._initial = query
        self._headers = headers
        self.model: PagedTableModel | None = None
        layout = QVBoxLayout(self)
        self.top = QHBoxLayout()
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Отбор по словам…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setToolTip(self.tr("Показать только записи, где встречаются эти слова"))
        self.top.addWidget(self.filter, 1)
        self.count_label = QLabel(self)
        self.top.addWidget(self.count_label)
        layout.addLayout(self.top)
        # what a dashboard chart opened the list to (a period, a channel), and the way back
        self.scope_bar = QWidget(self)
        self.scope_bar.setObjectName("listScope")
        bar = QHBoxLayout(self.scope_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        self.scope_label = QLabel(self.scope_bar)
        self.scope_label.setWordWrap(True)
        self.scope_clear = QPushButton(self.tr("Показать все"), self.scope_bar)
        self.scope_clear.setToolTip(self.tr("Снять отбор, заданный на странице «Обзор»"))
        self.scope_clear.clicked.connect(self.clear_scope)
        bar.addWidget(self.scope_label, 1)
        bar.addWidget(self.scope_clear)
        self.scope_bar.setVisible(False)
        layout.addWidget(self.scope_bar)
        self.stack = QStackedWidget(self)
        self.view = ListView(self)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.setTabKeyNavigation(False)
        vh = self.view.verticalHeader()
        vh.setVisible(False)
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(self.fontMetrics().height() + 10)
        hh = self.view.horizontalHeader()
        hh.setSectionsMovable(True)
        hh.setSectionsClickable(True)
        hh.setSortIndicatorShown(True)
        hh.setStretchLastSection(True)
        hh.setHighlightSections(False)
        hh.sectionClicked.connect(self._header_clicked)
        self.view.doubleClicked.connect(self._activated)
        self.view.activated.connect(self._activated)
        self.stack.addWidget(self.view)
        self.empty = QWidget(self)
        self.empty_layout = QVBoxLayout(self.empty)
        self.empty_layout.addStretch(1)
        self.empty_label = QLabel(self.tr("Здесь пока пусто."), self.empty)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_layout.addWidget(self.empty_label)
        self.empty_buttons = QHBoxLayout()
        self.empty_buttons.addStretch(1)
        self.empty_layout.addLayout(self.empty_buttons)
        self.empty_layout.addStretch(2)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self._apply_filter)
        self.filter.textChanged.connect(lambda _t: self._debounce.start())
        self.settings_login = services.actor.login   # column layouts are remembered per user

    def add_empty_button(self, button: QPushButton) -> None:
        self.empty_buttons.insertWidget(self.empty_buttons.count(), button)
        self.empty_buttons.addStretch(1)

    # --- loading ----------------------------------------------------------------
    def ensure_loaded(self) -> PagedTableModel:
        if self.model is None:
            self.model = PagedTableModel(self.services, self._initial, self._headers, self)
            self.model.loaded.connect(self._after_load)
            self.view.setModel(self.model)
            self._restore_columns()
            self.model.refresh()
        return self.model

    def refresh(self) -> None:
        if self.model is None:
            self.ensure_loaded()
        else:
            self.model.refresh()

    def set_query(self, query: ListQuery) -> None:
        self._initial = query
        if self.model is not None:
            self.model.set_query(query)

    def show_filtered(self, text: str) -> None:
        """Show the list filtered by ``text`` (the search page's «Открыть весь список»)."""
        self.filter.blockSignals(True)
        self.filter.setText(text)
        self.filter.blockSignals(False)
        self._apply_filter()

    def show_scope(self, caption: str, period: tuple[dt.date, dt.date] | None = None,
                   channel: str | None = None) -> None:
        """Show only the rows of ``period`` (and ``channel``), saying so in ``caption``;
        the words filter is cleared so that the list holds exactly what was clicked."""
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.blockSignals(False)
        if self.model is None:
            self._initial = replace(self._initial, text="", period=period, channel=channel)
        self.scope_label.setText(caption)
        self.scope_bar.setVisible(True)
        model = self.ensure_loaded()
        if model.query.period != period or model.query.channel != channel or model.query.text:
            model.set_query(replace(model.query, text="", period=period, channel=channel))

    def clear_scope(self) -> None:
        self.scope_bar.setVisible(False)
        model = self.ensure_loaded()
        if model.query.period is not None or model.query.channel is not None:
            model.set_query(replace(model.query, period=None, channel=None))
        self._initial = replace(self._initial, period=None, channel=None)

    def _apply_filter(self) -> None:
        model = self.ensure_loaded()
        model.set_query(replace(model.query, text=self.filter.text()))

    def _after_load(self) -> None:
        assert self.model is not None
        n = self.model.rowCount()
        self.count_label.setText(self.tr("Записей: %1").replace("%1", f"{n:,}".replace(",", " ")))
        column, order = self.model.sort_column()
        self.view.horizontalHeader().setSortIndicator(column, order)
        q = self.model.query
        empty = n == 0 and not q.text.strip() and q.period is None and q.channel is None
        self.stack.setCurrentWidget(self.empty if empty else self.view)

    def _header_clicked(self, section: int) -> None:
        model = self.ensure_loaded()
        key = model.keys[section]
        if not sortable(model.query.kind, key):
            column, order = model.sort_column()
            self.view.horizontalHeader().setSortIndicator(column, order)
            return
        current, order = model.sort_column()
        if current == section:
            new = (Qt.SortOrder.AscendingOrder if order == Qt.SortOrder.DescendingOrder
                   else Qt.SortOrder.DescendingOrder)
        else:
            new = Qt.SortOrder.AscendingOrder
        model.sort(section, new)

    def _activated(self, index: QModelIndex) -> None:
        if self.model is None or not index.isValid():
            return
        rid = self.model.row_id(index.row())
        if rid is not None:
            self.open_requested.emit(rid)

    def current_id(self) -> int | None:
        if self.model is None:
            return None
        idx = self.view.currentIndex()
        return self.model.row_id(idx.row()) if idx.isValid() else None

    # --- remembered columns ------------------------------------------------------------
    def _settings_key(self) -> str:
        return user_key(self.settings_login, f"lists/{self._initial.kind.value}/header")

    def _restore_columns(self) -> None:
        state = app_settings().value(self._settings_key())
        if isinstance(state, QByteArray | bytes) and state:
            self.view.horizontalHeader().restoreState(QByteArray(state))
        else:
            spec = self._initial.spec
            widths = {"datetime": 130, "date": 95, "channel": 140, "bool": 80, "int": 70,
                      "money": 150, "status": 170, "phone": 150, "verdict": 200, "day": 110}
            for i, key in enumerate(k for k in self._headers if k in spec.keys):
                kind = spec.column(key).kind
                wide = key in ("name", "enterprise", "title", "next_step")
                self.view.setColumnWidth(i, 300 if wide else widths.get(kind, 130))

    def save_columns(self) -> None:
        if self.model is not None:
            app_settings().setValue(self._settings_key(), self.view.horizontalHeader().saveState())


class FollowUpPage(ListPage):
    """Next steps due: scope (overdue / today / week / all), mine only, mark done."""

    mark_done_requested = Signal(int)

    def __init__(self, services: Services, query: ListQuery, headers: dict[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(services, query, headers, parent)
        self.scope = QComboBox(self)
        for scope, text in (
            (FollowUpScope.WEEK, self.tr("Просроченные, сегодня и на неделе")),
            (FollowUpScope.OVERDUE, self.tr("Только просроченные")),
            (FollowUpScope.TODAY, self.tr("На сегодня")),
            (FollowUpScope.ALL, self.tr("Все невыполненные")),
        ):
            self.scope.addItem(text, scope.value)
        self.scope.setToolTip(self.tr("Какие следующие шаги показать"))
        self.mine = QCheckBox(self.tr("Только мои"), self)
        self.done_button = QPushButton(self.tr("Выполнено"), self)
        self.done_button.setToolTip(self.tr("Отметить выбранный следующий шаг выполненным"))
        self.top.insertWidget(0, self.scope)
        self.top.insertWidget(1, self.mine)
        self.top.addWidget(self.done_button)
        self.scope.currentIndexChanged.connect(self._scope_changed)
        self.mine.toggled.connect(self._scope_changed)
        self.done_button.clicked.connect(self._done_clicked)
        self.empty_label.setText(self.tr("Следующих шагов на этот срок нет."))
        self.actor_id = services.actor.user_id
        self._initial = replace(query, scope=FollowUpScope.WEEK)

    def _scope_changed(self) -> None:
        model = self.ensure_loaded()
        mine = self.actor_id if self.mine.isChecked() and self.actor_id is not None else None
        model.set_query(replace(model.query, scope=FollowUpScope(self.scope.currentData()),
                                consultant_id=mine))

    def _after_load(self) -> None:
        super()._after_load()
        if self.model is not None and self.model.rowCount() == 0:
            self.stack.setCurrentWidget(self.empty)

    def _done_clicked(self) -> None:
        rid = self.current_id()
        if rid is not None:
            self.mark_done_requested.emit(rid)


class DossierListPage(ListPage):
    """Dossiers: filters by status, consultant and programme; «Новое досье…»."""

    new_requested = Signal()

    def __init__(self, services: Services, query: ListQuery, headers: dict[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(services, query, headers, parent)

        self.status = QComboBox(self)
        self.status.setObjectName("dossierStatusFilter")
        self.status.addItem(self.tr("Все статусы"), None)
        for code, text in labels.statuses().items():
            self.status.addItem(text, code)
        self.consultant = QComboBox(self)
        self.consultant.setObjectName("dossierConsultantFilter")
        self.program = QComboBox(self)
        self.program.setObjectName("dossierProgramFilter")
        self.new_button = QPushButton(self.tr("Новое досье…"), self)
        self.new_button.setToolTip(self.tr("Открыть досье предприятия по программе"))
        for i, w in enumerate((self.status, self.consultant, self.program)):
            self.top.insertWidget(i, w)
        self.top.addWidget(self.new_button)
        self._fill_choices()
        for combo in (self.status, self.consultant, self.program):
            combo.currentIndexChanged.connect(self._filters_changed)
            # a long programme title must not widen the window past a 1366-pixel screen
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
        self.new_button.clicked.connect(self.new_requested.emit)

    def _fill_choices(self) -> None:
        """Consultants and programmes in use (kept selected across a refresh)."""
        choices = self.services.lists.dossier_filter_choices()
        titles = labels.program_titles(self.services) if choices.programs else {}
        for combo, everyone, items in (
            (self.consultant, self.tr("Все консультанты"), choices.consultants),
            (self.program, self.tr("Все программы"),
             [(p, titles.get(p, p)) for p in choices.programs]),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, None)
            for value, text in items:
                combo.addItem(text, value)
            found = combo.findData(current)
            combo.setCurrentIndex(max(0, found))
            combo.blockSignals(False)

    def refresh(self) -> None:
        self._fill_choices()
        super().refresh()

    def show_dossiers(self, *, status: str | None = None,
                      period: tuple[dt.date, dt.date] | None = None, caption: str = "") -> None:
        """Dossiers of one status, or referred in ``period`` (a dashboard click): the other
        filters and the words filter are cleared so the list holds just those."""
        for combo, value in ((self.status, status), (self.consultant, None),
                             (self.program, None)):
            combo.blockSignals(True)
            combo.setCurrentIndex(0 if value is None else max(0, combo.findData(value)))
            combo.blockSignals(False)
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.blockSignals(False)
        model = self.ensure_loaded()
        model.set_query(replace(model.query, text="", status=status, consultant_id=None,
                                program=None, period=period, channel=None))
        self._initial = model.query
        self.scope_label.setText(caption)
        self.scope_bar.setVisible(period is not None)

    def _filters_changed(self) -> None:
        model = self.ensure_loaded()
        model.set_query(replace(model.query, status=self.status.currentData(),
                                consultant_id=self.consultant.currentData(),
                                program=self.program.currentData()))
        self._initial = model.query


class HomePage(QWidget):
    """The dashboard: the centre's figures («мои» and «по центру»), my next steps,
    recently edited records, and charts whose elements open the lists behind them."""

    open_consultation = Signal(int)
    open_enterprise = Signal(int)
    open_dossier = Signal(int)
    # a chart click: consultations of (first day, last day, channel code)
    open_consultations = Signal(object, object, str)
    open_dossiers_in_status = Signal(str)
    # dossiers referred to the Agency between (first day, last day), and the quarter's name
    open_dossiers_referred = Signal(object, object, str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor_id = services.actor.user_id
        self.login = services.actor.login
        self.board: Dashboard | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget(scroll)
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        head = QHBoxLayout()
        self.title = QLabel(self.tr("Обзор"), body)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        head.addWidget(self.title)
        head.addSpacing(16)
        self.buttons = QHBoxLayout()
        head.addLayout(self.buttons, 1)
        layout.addLayout(head)
        self.problem = QLabel(body)
        self.problem.setObjectName("overviewProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setVisible(False)
        layout.addWidget(self.problem)

        top = QHBoxLayout()
        figures = QGroupBox(self.tr("Показатели"), body)
        grid = QGridLayout(figures)
        grid.setHorizontalSpacing(14)
        self.figure_labels: dict[tuple[str, str], QLabel] = {}
        names = {
            "consultations_month": self.tr("Консультации в этом месяце"),
            "open_dossiers": self.tr("Досье в работе"),
            "ready_dossiers": self.tr("Досье готовы к направлению"),
            "referred_year": self.tr("Направлено в Агентство в этом году"),
            "overdue_steps": self.tr("Просроченные следующие шаги"),
        }
        tips = {
            "open_dossiers": self.tr("Все досье, кроме отклонённых, отозванных и с заключённым "
                                     "соглашением"),
            "referred_year": self.tr("Итоговые письма-направления с начала года "
                                     "(повторные письма не считаются)"),
        }
        for row, key in enumerate(FIGURE_KEYS):
            name = QLabel(names[key] + ":", figures)
            name.setToolTip(tips.get(key, ""))
            grid.addWidget(name, row, 0)
            for col, side in ((1, "mine"), (2, "centre")):
                value = QLabel("…", figures)
                value.setObjectName(f"figure_{key}_{side}")
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.figure_labels[(key, side)] = value
                grid.addWidget(value, row, col)
        self.count_labels: dict[str, QLabel] = {}
        in_db = QHBoxLayout()
        in_db.setSpacing(4)
        in_db.addWidget(QLabel(self.tr("В базе:"), figures))
        for key, text in (("enterprises", self.tr("предприятий,")),
                          ("consultations", self.tr("консультаций,")),
                          ("dossiers", self.tr("досье"))):
            value = QLabel("…", figures)
            value.setObjectName(f"count_{key}")
            self.count_labels[key] = value
            in_db.addWidget(value)
            in_db.addWidget(QLabel(text, figures))
        in_db.addStretch(1)
        grid.addLayout(in_db, len(FIGURE_KEYS), 0, 1, 3)
        grid.setColumnStretch(0, 1)
        top.addWidget(figures, 5)
        box1 = QGroupBox(self.tr("Мои следующие шаги (просроченные и на неделю)"), body)
        v1 = QVBoxLayout(box1)
        self.followups = QListWidget(box1)
        v1.addWidget(self.followups)
        box2 = QGroupBox(self.tr("Недавно изменённые"), body)
        v2 = QVBoxLayout(box2)
        self.recent = QListWidget(box2)
        v2.addWidget(self.recent)
        top.addWidget(box1, 4)
        top.addWidget(box2, 4)
        for w in (self.followups, self.recent):
            w.setMinimumHeight(110)
        layout.addLayout(top)

        charts = QHBoxLayout()
        self.chart_hints: dict[QWidget, QLabel] = {}
        self.months_chart = ColumnChart(body)
        self.months_chart.setObjectName("monthsChart")
        self.months_chart.empty_text = self.tr(
            "За последние 12 месяцев консультаций нет. Запишите первую: "
            "Файл → Новая консультация (Ctrl+N).")
        self.status_chart = FunnelChart(body)
        self.status_chart.setObjectName("statusChart")
        self.status_chart.empty_text = self.tr(
            "Досье пока нет. Откройте первое в разделе «Досье» кнопкой «Новое досье…».")
        self.quarters_chart = ColumnChart(body, value_text=_number)
        self.quarters_chart.setObjectName("quartersChart")
        self.quarters_chart.empty_text = self.tr(
            "За последние два года направлений в Агентство не было.")
        for chart, title, stretch in (
            (self.months_chart, self.tr("Консультации по месяцам, по центру"), 5),
            (self.status_chart, self.tr("Досье по статусам, по центру"), 3),
            (self.quarters_chart, self.tr("Направления по кварталам, по центру"), 4),
        ):
            box = QGroupBox(title, body)
            box.setToolTip({
                self.months_chart: self.tr("Консультации за последние 12 месяцев по каналам"),
                self.status_chart: self.tr("Сколько досье сейчас в каждом статусе"),
                self.quarters_chart: self.tr(
                    "Итоговые письма-направления в Агентство за последние 8 кварталов "
                    "(столбцы) и сумма грантов, которые запрашивают эти досье (линия)"),
            }[chart])
            v = QVBoxLayout(box)
            v.addWidget(chart, 1)
            hint = QLabel(self.tr("Щёлкните по статусу, чтобы открыть список досье.")
                          if chart is self.status_chart
                          else self.tr("Щёлкните по столбцу, чтобы открыть список."), box)
            hint.setEnabled(False)
            hint.setVisible(False)
            self.chart_hints[chart] = hint
            v.addWidget(hint)
            chart.setMinimumHeight(220)
            charts.addWidget(box, stretch)
        layout.addLayout(charts, 1)
        self.months_chart.element_clicked.connect(self._month_clicked)
        self.status_chart.element_clicked.connect(
            lambda code, _s: self.open_dossiers_in_status.emit(str(code)))
        self.quarters_chart.element_clicked.connect(self._quarter_clicked)
        self.followups.itemActivated.connect(self._followup_activated)
        self.recent.itemActivated.connect(self._recent_activated)

    def add_button(self, button: QPushButton) -> None:
        self.buttons.addWidget(button)

    def refresh(self, *, wait: bool = False) -> None:
        """Figures and lists are read off the GUI thread (the charts count a year of
        consultations); ``wait`` reads them here."""
        if wait:
            self._apply(self._load())
        else:
            from desktop_app.ui.tasks import run_in_background

            run_in_background(self._load, self._apply, self._failed)

    def _failed(self, exc: BaseException) -> None:
        """The figures could not be read (the server went away…): say so on the page."""
        from desktop_app.core.errors import UserError

        if not shiboken_valid(self):
            return
        log.warning("the overview was not read", exc_info=exc)
        reason = str(exc) if isinstance(exc, UserError) else ""
        self.problem.setText(
            self.tr("Показатели не удалось прочитать. %1 Нажмите «Обновить» (F5), "
                    "чтобы попробовать ещё раз.").replace("%1", reason).replace("  ", " "))
        self.problem.setVisible(True)

    def _load(self) -> tuple[Overview, ListQuery, list[Row], list[RecentItem], Dashboard]:
        lists = self.services.lists
        ov = lists.overview()
        q = ListQuery(ListKind.FOLLOWUPS, scope=FollowUpScope.WEEK, consultant_id=self.actor_id)
        rows = lists.page(q, 0, 30)
        recent = lists.recently_edited(self.login if self.actor_id else None, 15)
        return ov, q, rows, recent, self.services.dashboard.figures()

    def _apply(self, loaded: tuple[Overview, ListQuery, list[Row], list[RecentItem],
                                   Dashboard]) -> None:
        if not shiboken_valid(self):
            return
        ov, q, rows, recent, board = loaded
        self.board = board
        self.problem.setVisible(False)
        for key, n in (("enterprises", ov.enterprises), ("consultations", ov.consultations),
                       ("dossiers", ov.dossiers)):
            self.count_labels[key].setText(_number(n))
        for key, fig in board.figures.items():
            mine = self.figure_labels[(key, "mine")]
            mine.setText(self.tr("мои: %1").replace("%1", _number(fig.mine))
                         if fig.mine is not None else "")
            self.figure_labels[(key, "centre")].setText(
                self.tr("по центру: %1").replace("%1", _number(fig.centre)))
        self._fill_charts(board)
        for chart in (self.months_chart, self.status_chart, self.quarters_chart):
            self.chart_hints[chart].setVisible(not chart.is_empty())
        self.followups.clear()
        spec = q.spec
        idx = {k: i + 1 for i, k in enumerate(spec.keys)}
        for r in rows:
            due = parse_date(r[idx["next_step_due"]])
            when = format_date(due) if due else self.tr("без срока")
            item = QListWidgetItem(f"{when} — {r[idx['enterprise']]}: {r[idx['next_step']]}")
            item.setData(ROW_ID, r[0])
            if due is not None and due < board.today:
                item.setForeground(QColor("#b00020"))
                item.setToolTip(self.tr("Срок прошёл"))
            self.followups.addItem(item)
        if not rows:
            self.followups.addItem(QListWidgetItem(self.tr("Сроков на ближайшую неделю нет.")))
        self.recent.clear()
        kinds = {"enterprise": self.tr("Предприятие"), "consultation": self.tr("Консультация"),
                 "dossier": self.tr("Досье")}
        for it in recent:
            item = QListWidgetItem(f"{format_datetime(it.at)} · {kinds[it.entity]}: {it.title}")
            item.setData(ROW_ID, f"{it.entity}:{it.entity_id}")
            self.recent.addItem(item)
        if not recent:
            self.recent.addItem(QListWidgetItem(self.tr("Изменений пока нет.")))

    def _fill_charts(self, board: Dashboard) -> None:
        locale = QLocale()
        channels = labels.channels()
        series = [Series(code, channels.get(code, code), SERIES_COLORS[i])
                  for i, code in enumerate(CHANNEL_ORDER)]
        months: list[Category] = []
        values: dict[tuple[object, object], int] = {}
        for bar in board.months:
            m = bar.first.month
            short = locale.standaloneMonthName(m, QLocale.FormatType.ShortFormat)
            # the year under January and under the first month shown
            label = f"{short}\n{bar.first.year}" if m == 1 or bar is board.months[0] else short
            months.append(Category(bar.month, label, f"{locale.standaloneMonthName(m)} "
                                   f"{bar.first.year}"))
            for code, n in bar.by_channel.items():
                values[(bar.month, code)] = n
        self.months_chart.set_data(months, series, values)
        statuses = labels.statuses()
        self.status_chart.set_data([(code, statuses.get(code, code), n)
                                    for code, n in board.statuses.items()])
        quarters: list[Category] = []
        amounts: dict[object, int] = {}
        qvalues: dict[tuple[object, object], int] = {}
        for qb in board.quarters:
            key = (qb.year, qb.quarter)
            short = self.tr("%1 кв.").replace("%1", str(qb.quarter))
            label = f"{short}\n{qb.year}" if qb.quarter == 1 or qb is board.quarters[0] \
                else short
            money = format_money(qb.grant_requested) if qb.grant_requested else "—"
            quarters.append(Category(
                key, label, f"{short} {qb.year}",
                note=self.tr("Запрошено грантов: %1").replace("%1", money)))
            qvalues[(key, "referred")] = qb.referred
            amounts[key] = qb.grant_requested
        self.quarters_chart.set_data(
            quarters, [Series("referred", self.tr("Направлено досье"), SERIES_COLORS[0])],
            qvalues)
        self.quarters_chart.set_line(
            Series("grant", self.tr("Запрошено грантов"), SERIES_COLORS[1]), amounts, _millions)

    def _month_clicked(self, month: object, channel: object) -> None:
        bar = next((b for b in self.board.months if b.month == month), None) \
            if self.board else None
        if bar is not None:
            self.open_consultations.emit(bar.first, bar.last, str(channel))

    def _quarter_clicked(self, key: object, _series: object) -> None:
        qb = next((b for b in self.board.quarters if (b.year, b.quarter) == key), None) \
            if self.board else None
        if qb is None:
            return
        self.open_dossiers_referred.emit(
            qb.first, qb.last,
            self.tr("%1 квартал %2 г.").replace("%1", str(qb.quarter)).replace("%2",
                                                                                str(qb.year)))

    def _followup_activated(self, item: QListWidgetItem) -> None:
        data = item.data(ROW_ID)
        if data is not None:
            self.open_consultation.emit(int(data))

    def _recent_activated(self, item: QListWidgetItem) -> None:
        data = item.data(ROW_ID)
        if not data:
            return
        entity, _, eid = str(data).partition(":")
        signal = {"enterprise": self.open_enterprise, "consultation": self.open_consultation,
                  "dossier": self.open_dossier}.get(entity)
        if signal is not None:
            signal.emit(int(eid))


def _number(n: int) -> str:
    """28039 → «28 039» (thousands apart by a no-break space)."""
    return f"{n:,}".replace(",", "\u00a0")


def _millions(kopecks: int) -> str:
    """Requested grants on the quarter chart's axis: «462 млн», «2,2 млрд»."""
    if not kopecks:
        return "0"
    millions = kopecks / 100 / 1_000_000
    point = QLocale().decimalPoint()   # «2,2 млрд» in Russian, «2.2 bn» in English
    if millions >= 1000:
        return f"{millions / 1000:.1f}".replace(".", point) + "\u00a0" + \
            QCoreApplication.translate("HomePage", "млрд")
    shown = f"{millions:.0f}" if millions >= 10 else f"{millions:.1f}".replace(".", point)
    return shown + "\u00a0" + QCoreApplication.translate("HomePage", "млн")


class SearchPage(QWidget):
    """Results of the search box: enterprises and consultations."""

    open_enterprise = Signal(int)
    open_consultation = Signal(int)
    open_full_list = Signal(str, str)   # list kind, the search text as its filter

    SHOWN = 100

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.query = ""   # the text of the results shown
        layout = QVBoxLayout(self)
        self.heading = QLabel(self.tr("Введите слова для поиска в поле «Поиск» (Ctrl+F)."), self)
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        row = QHBoxLayout()
        b1 = QGroupBox(self.tr("Предприятия"), self)
        v1 = QVBoxLayout(b1)
        self.enterprises = QListWidget(b1)
        v1.addWidget(self.enterprises)
        b2 = QGroupBox(self.tr("Консультации"), self)
        v2 = QVBoxLayout(b2)
        self.consultations = QListWidget(b2)
        v2.addWidget(self.consultations)
        self.ent_count = QLabel(b1)
        self.cons_count = QLabel(b2)
        self.ent_full = QPushButton(self.tr("Открыть весь список…"), b1)
        self.cons_full = QPushButton(self.tr("Открыть весь список…"), b2)
        for box, label, button, kind in ((v1, self.ent_count, self.ent_full, ListKind.ENTERPRISES),
                                         (v2, self.cons_count, self.cons_full,
                                          ListKind.CONSULTATIONS)):
            foot = QHBoxLayout()
            foot.addWidget(label, 1)
            foot.addWidget(button)
            box.addLayout(foot)
            button.setToolTip(self.tr("Показать все найденные записи в списке раздела, "
                                      "с сортировкой, экспортом и печатью"))
            button.clicked.connect(lambda _c=False, k=kind: self.open_full_list.emit(
                k.value, self.query.strip()))
            button.setVisible(False)
        row.addWidget(b1, 1)
        row.addWidget(b2, 1)
        layout.addLayout(row, 1)
        self.enterprises.itemActivated.connect(self._ent)
        self.consultations.itemActivated.connect(self._cons)
        self.enterprises.itemDoubleClicked.connect(self._ent)
        self.consultations.itemDoubleClicked.connect(self._cons)

    def run(self, text: str) -> None:
        self.query = text
        self.enterprises.clear()
        self.consultations.clear()
        for w in (self.ent_count, self.cons_count):
            w.clear()
        for b in (self.ent_full, self.cons_full):
            b.setVisible(False)
        if not text.strip():
            self.heading.setText(self.tr("Введите слова для поиска в поле «Поиск» (Ctrl+F)."))
            return
        ents, cons = self.services.lists.search(text, limit=self.SHOWN)
        for e in ents:
            extra = f", ОГРН {e.ogrn}" if e.ogrn else ""
            item = QListWidgetItem(f"{e.name} — ИНН {e.inn}{extra}")
            item.setData(ROW_ID, e.id)
            self.enterprises.addItem(item)
        for c in cons:
            item = QListWidgetItem(f"{format_date(c.occurred_at)} · {c.enterprise}: {c.topic}")
            item.setData(ROW_ID, c.id)
            self.consultations.addItem(item)
        lists = self.services.lists
        n_ents = lists.count(ListQuery(ListKind.ENTERPRISES, text=text))
        n_cons = lists.count(ListQuery(ListKind.CONSULTATIONS, text=text))
        self.heading.setText(
            self.tr("«%1»: предприятий %2, консультаций %3.")
            .replace("%1", text.strip()).replace("%2", _number(max(n_ents, len(ents))))
            .replace("%3", _number(max(n_cons, len(cons))))
        )
        for label, button, shown, total in ((self.ent_count, self.ent_full, len(ents), n_ents),
                                            (self.cons_count, self.cons_full, len(cons),
                                             n_cons)):
            if total > shown:
                label.setText(self.tr("показаны первые %1 из %2")
                              .replace("%1", _number(shown)).replace("%2", _number(total)))
                button.setVisible(True)

    def full_list_buttons(self) -> tuple[QPushButton, QPushButton]:
        return self.ent_full, self.cons_full

    def enterprise_texts(self) -> list[str]:
        return [self.enterprises.item(i).text() for i in range(self.enterprises.count())]

    def consultation_texts(self) -> list[str]:
        return [self.consultations.item(i).text() for i in range(self.consultations.count())]

    def _ent(self, item: QListWidgetItem) -> None:
        self.open_enterprise.emit(int(item.data(ROW_ID)))

    def _cons(self, item: QListWidgetItem) -> None:
        self.open_consultation.emit(int(item.data(ROW_ID)))
