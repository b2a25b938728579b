"""The lists paint their rows themselves (scrolling a long list waits less), and look
exactly as the stock Qt table would: compared pixel by pixel in the states a
consultant sees — a selected row with the keyboard focus, long texts cut with «…»,
moved and hidden columns, a list scrolled sideways, follow-ups past their date in
red and bold, a disabled list."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QPaintEvent

from desktop_app.ui.list_view import ListView
from desktop_app.ui.main_window import Section


def _data(services: Any) -> None:
    names = {"7707083893": "ООО «Научно-производственное объединение «Уралгидромашсервис»",
             "1234567894": "АО «Берёза»", "500100732259": "ИП Ёлкин Пётр Васильевич"}
    ids = [int(services.enterprises.create({"full_name": n, "inn": inn}).id)
           for inn, n in names.items()]
    now = dt.datetime.now(dt.UTC)
    today = dt.date.today()
    for i in range(12):
        services.consultations.create({
            "enterprise_id": ids[i % 3], "channel": ("phone", "email", "visit")[i % 3],
            "topic": f"Консультация {i}: софинансирование, смета и сроки подачи заявки",
            "occurred_at": now - dt.timedelta(days=3, hours=i),
            "next_step": f"Перезвонить после совещания у директора ({i})",
            "next_step_due": today + dt.timedelta(days=(i % 3) - 1),   # past, today, ahead
        })


def _same_as_stock(view: ListView) -> None:
    own = view.grab().toImage()
    view.stock_paint = True
    try:
        stock = view.grab().toImage()
    finally:
        view.stock_paint = False
    assert own.size() == stock.size()
    differing = sum(1 for y in range(own.height()) for x in range(own.width())
                    if own.pixel(x, y) != stock.pixel(x, y))
    assert differing == 0


def _consultations(window: Any, services: Any, height: int) -> tuple[Any, ListView]:
    """The consultations page over the test data: its model and its view."""
    _data(services)
    window.resize(1100, height)
    window.go(Section.CONSULTATIONS)
    model = window.consultations.ensure_loaded()
    return model, window.consultations.view


@pytest.mark.parametrize("state", ["plain", "selected", "columns", "sideways", "disabled"])
def test_consultations_look_as_the_stock_table(qtbot: Any, window: Any, services: Any,
                                               state: str) -> None:
    model, view = _consultations(window, services, 600)
    assert isinstance(view, ListView) and model.rowCount() == 12
    header = view.horizontalHeader()
    changes: dict[str, Callable[[], None]] = {
        "plain": lambda: None,
        "selected": lambda: (view.setFocus(), view.selectRow(2),
                             view.setCurrentIndex(model.index(2, 1))),
        "columns": lambda: (header.moveSection(3, 0), header.hideSection(2),
                            header.resizeSection(1, 90)),
        "sideways": lambda: (header.resizeSection(3, 700),
                             view.horizontalScrollBar().setValue(350)),
        "disabled": lambda: view.setEnabled(False),
    }
    changes[state]()
    qtbot.wait(10)
    _same_as_stock(view)


def test_overdue_follow_ups_look_as_the_stock_table(qtbot: Any, window: Any,
                                                   services: Any) -> None:
    _data(services)
    window.go(Section.FOLLOWUPS)
    model = window.followups.ensure_loaded()
    assert model.rowCount() == 12
    looks = set()
    for r in range(model.rowCount()):
        colour, bold = model.row_look(r)
        looks.add((None if colour is None else colour.name(), bold))
    assert looks == {("#c62828", True), (None, True), (None, False)}   # past, today, ahead
    view = window.followups.view
    view.setFocus()
    view.selectRow(0)
    qtbot.wait(10)
    _same_as_stock(view)


def test_painting_below_the_last_row_reads_no_rows(qtbot: Any, window: Any,
                                                    services: Any) -> None:
    """A repaint of the empty space under a short list asks for no row at all."""
    model, view = _consultations(window, services, 700)
    rows = view.verticalHeader()
    below = rows.sectionViewportPosition(11) + rows.sectionSize(11) + 2
    assert below + 10 < view.viewport().height()
    view.viewport().repaint()   # the first, whole paint of the page
    asked: list[int] = []
    real = model.texts
    model.texts = lambda row, *more: asked.append(row) or real(row, *more)  # type: ignore[method-assign]
    # Qt merges a widget's repaints on this platform: the event is sent as Qt would
    view.paintEvent(QPaintEvent(QRect(0, below, view.viewport().width(), 10)))
    assert asked == []
    view.viewport().repaint()
    assert sorted(set(asked)) == list(range(12))


def _pixels(image: Any) -> list[int]:
    return [image.pixel(x, y) for y in range(image.height()) for x in range(image.width())]


def test_scroll_bar_looks_as_the_style_draws_it(qtbot: Any, window: Any, services: Any) -> None:
    """The list's scroll bar keeps its groove drawn once; at the top, in the middle,
    at the bottom and with the slider held it must look as the style draws it."""
    from PySide6.QtWidgets import QApplication

    _model, view = _consultations(window, services, 260)
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.isVisible() and bar.maximum() > 0)
    own_style = bar.style()
    assert own_style is not QApplication.style()
    for value, held in [(0, False), (bar.maximum() // 2, False), (bar.maximum(), False),
                        (1, True)]:
        bar.setValue(value)
        bar.setSliderDown(held)
        own = bar.grab().toImage()
        bar.setStyle(QApplication.style())
        try:
            stock = bar.grab().toImage()
        finally:
            bar.setStyle(own_style)
        assert own.size() == stock.size()
        assert _pixels(own) == _pixels(stock), (value, held)
        bar.setSliderDown(False)


def test_scroll_bar_follows_the_program_style_not_the_desktop_one(qtbot: Any) -> None:
    """The bar's style draws as the program's own style does, whichever that is."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    before = app.style().name()
    app.setStyle("Windows")
    try:
        model = QStandardItemModel(300, 2)
        for r in range(300):
            model.setItem(r, 0, QStandardItem(f"Строка {r}"))
        view = ListView()
        qtbot.addWidget(view)
        view.setModel(model)
        view.resize(300, 200)
        view.show()
        bar = view.verticalScrollBar()
        qtbot.waitUntil(lambda: bar.isVisible() and bar.maximum() > 0)
        bar.setValue(bar.maximum() // 3)
        own = bar.grab().toImage()
        bar.setStyle(app.style())
        stock = bar.grab().toImage()
        assert _pixels(own) == _pixels(stock)
    finally:
        app.setStyle(before)
