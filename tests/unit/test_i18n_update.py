"""Collecting the strings again (``python -m desktop_app.ui.i18n_build --update``)
loses no translation: lupdate does not see the strings a module passes through its own
helper (``_t("…")``) and would mark them vanished, which the compiled translation
leaves out — the English program would show Russian in those places."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

from desktop_app.core.resources import resource_path
from desktop_app.ui import i18n_build


def _translated(ts: Path) -> dict[tuple[str, str], str]:
    """(context, source) → translation, for the messages lrelease compiles."""
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.text and translation.get("type") not in ("vanished", "obsolete"):
                out[(name, message.findtext("source") or "")] = translation.text
    return out


def test_collecting_the_strings_again_keeps_every_translation(tmp_path: Path) -> None:
    for ts in resource_path("translations").glob("*.ts"):
        shutil.copy(ts, tmp_path / ts.name)
    english = tmp_path / "rci_intake_en.ts"
    before = _translated(english)
    assert len(before) > 1000
    assert {("Dossier", "Отозвать досье"), ("ListOutput", "Все страницы")} <= before.keys()

    i18n_build.update(tmp_path)

    after = _translated(english)
    assert {key: after.get(key) for key in before} == before
    names = [c.findtext("name") for c in ET.parse(english).getroot().iter("context")]
    assert all(name and name.strip() for name in names)   # none lupdate could not place
