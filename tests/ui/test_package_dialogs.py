"""Package preview, outgoing register, options and the centre's profile, driven like a user."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QMainWindow, QPushButton
from pytestqt.qtbot import QtBot
from test_package_service_data import World, add_dossier

from desktop_app.ui.forms import child
from desktop_app.ui.package import (
    OrganizationDialog,
    PackageOptionsDialog,
    PdfPreviewDialog,
    RegisterDialog,
    install_package_actions,
)


def _shot(widget: QDialog, name: str) -> None:
    """Save a picture of the dialog when RCI_SHOTS names a folder (for looking at it)."""
    import os

    folder = os.environ.get("RCI_SHOTS")
    if folder:
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def test_preview_shows_page_count_and_saves(qtbot: QtBot, world: World, tmp_path: Path) -> None:
    did = add_dossier(world)
    pkg = world.supervisor.packages.generate(did)
    dialog = PdfPreviewDialog(world.supervisor, pkg.pdf_bytes, "Направление",
                              entry_id=pkg.entry.id if pkg.entry else None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.page_count == pkg.pages
    assert child(dialog.form, QLabel, "pagesLabel").text() == f"Страниц: {pkg.pages}"
    qtbot.wait(800)  # pages are rendered in the background
    _shot(dialog, "package_preview")
    target = tmp_path / "копия"
    assert dialog.save_to(target)
    assert (tmp_path / "копия.pdf").read_bytes() == pkg.pdf_bytes
    assert "Сохранено" in dialog.message.text()


def test_preview_renders_into_printer(qtbot: QtBot, world: World, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    pkg = world.consultant.packages.generate(add_dossier(world), draft=True)
    dialog = PdfPreviewDialog(world.consultant, pkg.pdf_bytes, "Проект")
    qtbot.addWidget(dialog)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.render_to(printer) == pkg.pages
    from pypdf import PdfReader

    assert len(PdfReader(tmp_path / "printed.pdf").pages) == pkg.pages


def test_register_lists_entry_and_opens_pdf(qtbot: QtBot, world: World) -> None:
    pkg = world.supervisor.packages.generate(add_dossier(world))
    opened: list[QDialog] = []
    dialog = RegisterDialog(world.consultant, opener=opened.append)
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.table
    assert table.rowCount() == 1
    assert pkg.number is not None
    assert table.item(0, 0).text() == pkg.number
    assert table.item(0, 3).text() == "АО «ПЗГТУ»"
    assert table.item(0, 4).text() == "П.П. Петров"
    assert table.item(0, 5).text() == str(pkg.pages)
    _shot(dialog, "package_register")
    table.selectRow(0)
    qtbot.mouseClick(child(dialog.form, QPushButton, "openButton"), Qt.MouseButton.LeftButton)
    assert len(opened) == 1
    preview = opened[0]
    assert isinstance(preview, PdfPreviewDialog)
    assert preview.page_count == pkg.pages
    assert pkg.number in preview.windowTitle()


def test_options_dialog_consultant_gets_draft(qtbot: QtBot, world: World) -> None:
    did = add_dossier(world)
    dialog = PackageOptionsDialog(world.consultant, did)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.draft_check.isChecked() and not dialog.draft_check.isEnabled()
    _shot(dialog, "package_options")
    dialog.generate()
    assert dialog.result_package is not None
    assert dialog.result_package.entry is None


def test_options_dialog_fills_incoming_reissue_and_delivery(qtbot: QtBot, world: World) -> None:
    import datetime as dt
    import io
    import re

    from pypdf import PdfReader
    from PySide6.QtCore import QDate

    did = add_dossier(world)
    first = world.supervisor.packages.generate(did)
    assert first.entry is not None
    dialog = PackageOptionsDialog(world.supervisor, did)
    qtbot.addWidget(dialog)
    dialog.show()
    assert first.entry.number in dialog.replaces_label.text()  # the re-issue is shown
    assert not dialog.edits["incomingNumber"].isEnabled()
    dialog.incoming_check.setChecked(True)
    dialog.generate()  # checked but no number: a Russian message, nothing produced
    assert dialog.result_package is None
    assert "номер входящего письма" in dialog.message.text()
    dialog.edits["incomingNumber"].setText("15/3-исх")
    day = dt.date.today() - dt.timedelta(days=3)
    dialog.incoming_date.setDate(QDate(day.year, day.month, day.day))
    dialog.attach_check.setChecked(False)
    dialog.edits["separateDelivery"].setText("курьером на бумажном носителе")
    _shot(dialog, "package_options_filled")
    dialog.generate()
    pkg = dialog.result_package
    assert pkg is not None and pkg.entry is not None, dialog.message.text()
    pages = PdfReader(io.BytesIO(pkg.pdf_bytes)).pages
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() or "" for p in pages).replace(
        "\xa0", " "))
    assert f"На № 15/3-исх от {day:%d.%m.%Y}" in text
    assert f"Взамен исх. № {first.entry.number}" in text
    assert "курьером на бумажном носителе" in text


def test_options_dialog_shows_refusal(qtbot: QtBot, world: World) -> None:
    did = add_dossier(world, break_total=True)
    dialog = PackageOptionsDialog(world.supervisor, did)
    qtbot.addWidget(dialog)
    assert not dialog.draft_check.isChecked()
    dialog.generate()
    assert dialog.result_package is None
    assert "не сформировано" in dialog.message.text()


def test_organization_dialog_saves_and_refuses_bad_inn(qtbot: QtBot, world: World) -> None:
    dialog = OrganizationDialog(world.admin)
    qtbot.addWidget(dialog)
    dialog.show()
    _shot(dialog, "package_organization")
    inn: QLineEdit = dialog.edits["inn"]
    inn.clear()
    qtbot.keyClicks(inn, "1234567895")
    dialog.try_save()
    assert "ИНН" in dialog.message.text()
    assert world.admin.organization.get().inn == "1234567894"  # type: ignore[union-attr]
    name = dialog.edits["addresseeName"]
    name.clear()
    name.insert("А.Б. Сергееву")  # typed text; keyClicks supports Latin keys only
    inn.clear()
    qtbot.keyClicks(inn, "1234567894")
    dialog.try_save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert world.admin.organization.package_settings().addressee_name == "А.Б. Сергееву"


def test_menu_actions_follow_role(qtbot: QtBot, world: World) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    actions = install_package_actions(window, world.consultant)
    assert actions["register"].isVisible() and not actions["organization"].isVisible()
    other = QMainWindow()
    qtbot.addWidget(other)
    assert install_package_actions(other, world.admin)["organization"].isVisible()


def test_outgoing_number_pattern_in_words(qtbot: QtBot, world: World, typist: Any) -> None:
    dialog = OrganizationDialog(world.admin)
    qtbot.addWidget(dialog)
    dialog.show()
    pattern = dialog.edits["registerFormat"]
    assert pattern.text() == "РИЦ-[год]/[номер:4]"   # stored as РИЦ-{year}/{seq:04d}
    assert "[номер]" in pattern.toolTip() and "{" not in pattern.toolTip()
    pattern.clear()
    typist(pattern, "ПК-[год]")
    dialog.try_save()
    assert "должен быть порядковый номер [номер]" in dialog.message.text()
    typist(pattern, "/[номер:5]")
    dialog.try_save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    fmt = world.admin.organization.get().register_format  # type: ignore[union-attr]
    assert fmt.format(year=2026, seq=42) == "ПК-2026/00042"
