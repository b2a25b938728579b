"""Right after a long list opens, its id list is still being read in the background.
A jump deep down the list then shows blank rows for that moment instead of holding
the window up while SQLite walks the sort's index to the offset; the rows are filled
as soon as the id list is in — or by the walk after all, if it could not be read.
Printing and opening a row never get a blank. (On the server a deep page is cheap,
and nothing is left blank.)"""

from __future__ import annotations

import threading
from typing import Any

import pytest

from desktop_app.core.services import demo
from desktop_app.core.services.lists import ListService
from desktop_app.ui.main_window import Section

ROWS = 400
DEEP = 350


@pytest.fixture
def held_ids(services: Any, monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """400 consultations; the id list is read only once the returned event is set, and
    any page further down than 100 rows counts as a long walk."""
    demo.generate(services, demo.DemoSpec(enterprises=5, consultations=ROWS, dossiers=0))
    monkeypatch.setattr(ListService, "CHEAP_OFFSET", 100)
    gate = threading.Event()
    real = services.lists.ordered_ids

    def held(query: Any) -> Any:
        assert gate.wait(20), "the test never let the id list go"
        return real(query)

    monkeypatch.setattr(services.lists, "ordered_ids", held)
    return gate


def _open(qtbot: Any, window: Any) -> tuple[Any, Any]:
    window.resize(1100, 600)
    window.go(Section.CONSULTATIONS)
    model = window.consultations.ensure_loaded()
    qtbot.wait(10)   # the view lays the list out (its scroll range) after the reset
    return model, window.consultations.view


def _topic_column(model: Any) -> int:
    return model.keys.index("topic")


def _ink(view: Any, model: Any, row: int) -> int:
    """Pixels inside the row's topic cell (grid lines left out) that differ from the
    cell's background: its text, if it is painted."""
    rows, columns = view.verticalHeader(), view.horizontalHeader()
    image = view.viewport().grab().toImage()
    y0 = rows.sectionViewportPosition(row)
    column = _topic_column(model)
    x0 = columns.sectionViewportPosition(column)
    background = image.pixel(x0 + 1, y0 + 1)
    return sum(1 for y in range(y0 + 1, y0 + rows.sectionSize(row) - 2)
               for x in range(x0 + 1, x0 + columns.sectionSize(column) - 2)
               if image.pixel(x, y) != background)


@pytest.mark.sqlite_only   # the server pages from remembered positions: see the last test
def test_a_deep_jump_shows_blank_rows_until_the_id_list_is_in(
        qtbot: Any, window: Any, services: Any, held_ids: threading.Event) -> None:
    model, view = _open(qtbot, window)
    assert model.rowCount() == ROWS and not model.has_id_list
    asked = model.queries_run
    view.scrollTo(model.index(DEEP, 0))
    view.viewport().repaint()
    assert 0 <= view.verticalHeader().sectionViewportPosition(DEEP) < view.viewport().height()
    assert model.queries_run == asked          # no walk down the index on the GUI thread
    topic = model.index(DEEP, _topic_column(model))
    assert model.data(topic) is None
    assert _ink(view, model, DEEP) == 0               # the row is painted blank

    filled: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda a, b: filled.append((a.row(), b.row())))
    held_ids.set()
    qtbot.waitUntil(lambda: model.has_id_list, timeout=10_000)
    assert filled == [(0, ROWS - 1)]
    view.viewport().repaint()
    expected = services.lists.page(model.query, DEEP, 1)[0]
    assert model.data(topic) == expected[model.query.spec.keys.index("topic") + 1]
    assert _ink(view, model, DEEP) > 0                # and now it has its text


def test_printing_and_opening_read_a_deep_row_at_once(
        qtbot: Any, window: Any, services: Any, held_ids: threading.Event) -> None:
    model, _view = _open(qtbot, window)
    assert not model.has_id_list
    expected = services.lists.page(model.query, DEEP, 1)[0]
    texts = model.texts(DEEP)                  # what the list's printout reads
    assert texts is not None
    assert texts[_topic_column(model)] == expected[model.query.spec.keys.index("topic") + 1]
    assert model.row_id(DEEP) == expected[0]  # what opening the row reads
    held_ids.set()
    qtbot.waitUntil(lambda: model.has_id_list, timeout=10_000)


@pytest.mark.sqlite_only
def test_deep_rows_are_read_by_the_walk_when_the_id_list_fails(
        qtbot: Any, window: Any, services: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    demo.generate(services, demo.DemoSpec(enterprises=5, consultations=ROWS, dossiers=0))
    monkeypatch.setattr(ListService, "CHEAP_OFFSET", 100)
    gate = threading.Event()

    def broken(_query: Any) -> Any:
        gate.wait(20)
        raise OSError("диск недоступен")

    monkeypatch.setattr(services.lists, "ordered_ids", broken)
    model, view = _open(qtbot, window)
    view.scrollTo(model.index(DEEP, 0))
    view.viewport().repaint()
    assert 0 <= view.verticalHeader().sectionViewportPosition(DEEP) < view.viewport().height()
    topic = model.index(DEEP, _topic_column(model))
    assert model.data(topic) is None
    filled: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda a, b: filled.append((a.row(), b.row())))
    gate.set()
    qtbot.waitUntil(lambda: bool(filled), timeout=10_000)
    assert not model.has_id_list
    expected = services.lists.page(model.query, DEEP, 1)[0]
    assert model.data(topic) == expected[model.query.spec.keys.index("topic") + 1]
    view.viewport().repaint()
    assert _ink(view, model, DEEP) > 0


@pytest.mark.server_only
def test_on_the_server_a_deep_jump_reads_its_rows_at_once(
        qtbot: Any, window: Any, services: Any, held_ids: threading.Event) -> None:
    """The server finds a deep page from the nearest remembered position, cheaply:
    nothing is left blank there while the id list is read."""
    model, view = _open(qtbot, window)
    assert not model.has_id_list
    view.scrollTo(model.index(DEEP, 0))
    view.viewport().repaint()
    expected = services.lists.page(model.query, DEEP, 1)[0]
    topic = model.index(DEEP, _topic_column(model))
    assert model.data(topic) == expected[model.query.spec.keys.index("topic") + 1]
    assert _ink(view, model, DEEP) > 0
    held_ids.set()
    qtbot.waitUntil(lambda: model.has_id_list, timeout=10_000)
