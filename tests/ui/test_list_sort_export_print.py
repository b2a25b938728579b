"""The list pages: sort by any visible column, export and print what is shown."""

from __future__ import annotations

import datetime as dt
from typing import Any

from desktop_app.ui.main_window import Section


def _consultations(services: Any) -> dict[str, int]:
    names = {"7707083893": "ООО «Ясень»", "1234567894": "АО «Берёза»",
             "500100732259": "ИП Ёлкин"}
    ids = {n: int(services.enterprises.create({"full_name": n, "inn": inn}).id)
           for inn, n in names.items()}
    now = dt.datetime.now(dt.UTC)
    for i, (name, channel) in enumerate([("ООО «Ясень»", "phone"), ("АО «Берёза»", "email"),
                                         ("ИП Ёлкин", "visit"), ("АО «Берёза»", "video"),
                                         ("ООО «Ясень»", "event")]):
        services.consultations.create({"enterprise_id": ids[name], "channel": channel,
                                       "topic": f"Тема {i}",
                                       "occurred_at": now - dt.timedelta(hours=i)})
    return ids


def _column_texts(page: Any, key: str) -> list[str]:
    model = page.ensure_loaded()
    col = model.keys.index(key)
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


def test_consultations_sort_by_enterprise_and_channel(qtbot: Any, window: Any,
                                                      services: Any) -> None:
    _consultations(services)
    window.go(Section.CONSULTATIONS)
    page = window.consultations
    header = page.view.horizontalHeader()
    keys = page.ensure_loaded().keys
    header.sectionClicked.emit(keys.index("enterprise"))
    qtbot.waitUntil(lambda: page.model.query.sort_key == "enterprise")
    assert _column_texts(page, "enterprise") == [
        "АО «Берёза»", "АО «Берёза»", "ИП Ёлкин", "ООО «Ясень»", "ООО «Ясень»"]
    header.sectionClicked.emit(keys.index("enterprise"))
    assert _column_texts(page, "enterprise")[0] == "ООО «Ясень»"
    header.sectionClicked.emit(keys.index("channel"))
    assert _column_texts(page, "channel") == [
        "видеосвязь", "личный приём", "мероприятие", "телефон", "электронная почта"]
