"""«Справка → Руководство пользователя» (F1): the user guide shipped with the program.

The guide is Markdown in ``resources/guide/guide.md`` (easy to keep current with the
program), shown by :class:`QTextBrowser` with its headings as a contents list. F1 opens it
from any window of the program, modal dialogs included (:func:`install_help_key`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QTextBlock
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.resources import resource_path

GUIDE_FILE = ("guide", "guide.md")
_POSITION = Qt.ItemDataRole.UserRole


def guide_text() -> str:
    """The guide's Markdown, or a short Russian note when the file is missing."""
    path = resource_path(*GUIDE_FILE)
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        return (f"# Руководство пользователя\n\nФайл руководства «{path.name}» не прочитан "
                f"({exc.strerror or exc}). Переустановите программу или обратитесь к "
                "администратору центра.\n")


class GuideWindow(QDialog):
    """The guide with its contents on the left; a click on a heading scrolls to it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideWindow")
        self.setWindowTitle(self.tr("Руководство пользователя"))
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.WindowMinMaxButtonsHint, True)
        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.contents = QTreeWidget(splitter)
        self.contents.setObjectName("guideContents")
        self.contents.setHeaderLabel(self.tr("Содержание"))
        self.contents.setRootIsDecorated(True)
        self.browser = QTextBrowser(splitter)
        self.browser.setObjectName("guideText")
        self.browser.setOpenExternalLinks(False)
        self.browser.setMarkdown(guide_text())
        self.browser.document().setDocumentMargin(16)
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([350, 690])
        layout.addWidget(splitter, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Закрыть"))
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self._fill_contents()
        self.contents.currentItemChanged.connect(
            lambda item, _prev: self.show_section(item) if item is not None else None)
        self.resize(1080, 680)

    def headings(self) -> list[tuple[int, str]]:
        """(level, text) of every heading, in order."""
        out: list[tuple[int, str]] = []
        block = self.browser.document().begin()
        while block.isValid():
            level = block.blockFormat().headingLevel()
            if level > 0:
                out.append((level, block.text().strip()))
            block = block.next()
        return out

    def _fill_contents(self) -> None:
        parent: QTreeWidgetItem | None = None
        block = self.browser.document().begin()
        while block.isValid():
            level = block.blockFormat().headingLevel()
            text = block.text().strip()
            if level in (1, 2) or (level == 3 and parent is None):
                parent = QTreeWidgetItem(self.contents, [text])
                parent.setData(0, _POSITION, block.position())
            elif level >= 3 and parent is not None:
                item = QTreeWidgetItem(parent, [text])
                item.setData(0, _POSITION, block.position())
            block = block.next()
        self.contents.expandAll()

    def show_section(self, item: QTreeWidgetItem) -> None:
        """Scroll the text so that the item's heading is at the top."""
        position = item.data(0, _POSITION)
        if position is None:
            return
        block: QTextBlock = self.browser.document().findBlock(int(position))
        top = self.browser.document().documentLayout().blockBoundingRect(block).top()
        self.browser.verticalScrollBar().setValue(int(top))

    def section_at_top(self) -> str:
        """The heading or text of the block shown at the top (what the reader sees first)."""
        cursor = self.browser.cursorForPosition(self.browser.viewport().rect().topLeft())
        return cursor.block().text().strip()


_open: list[GuideWindow] = []


def open_guide(parent: QWidget | None = None) -> GuideWindow:
    """Show the guide (one window; raised when already open).

    Over a modal dialog the guide opens as that dialog's own window, so that the
    dialog does not block it.
    """
    modal = QApplication.activeModalWidget()
    owner = modal if modal is not None and not isinstance(modal, GuideWindow) else parent
    for window in list(_open):
        try:
            alive = window.isVisible()
        except RuntimeError:   # its C++ object is gone with its parent
            _open.remove(window)
            continue
        if alive and (modal is None or window.parent() is owner):
            window.raise_()
            window.activateWindow()
            return window
    window = GuideWindow(owner)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    window.destroyed.connect(lambda _o=None, w=window: _open.remove(w) if w in _open else None)
    _open.append(window)
    window.show()
    window.raise_()
    window.activateWindow()
    return window


class _HelpKey(QObject):
    """F1 pressed in any window of the program opens the guide."""

    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner)
        self.owner = owner

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_F1
                and event.modifiers() == Qt.KeyboardModifier.NoModifier):
            open_guide(self.owner)
            return True
        return False


def install_help_key(owner: QWidget) -> QObject:
    """Make F1 open the guide from every window while ``owner`` (the main window) lives."""
    app = QApplication.instance()
    handler = _HelpKey(owner)
    if app is not None:
        app.installEventFilter(handler)
    return handler
