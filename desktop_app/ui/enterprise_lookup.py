"""Type-ahead choice of an enterprise in a line edit: by name, ИНН or ОГРН.

One helper for every window that asks for an enterprise: it looks the typed
text up through the list service a moment after the last key, offers the
matches, and picks an exact ИНН/ОГРН match by itself. The window decides what
a choice means (``chosen``) and what typing over a choice undoes (``typed``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit

from desktop_app.core.services.facade import Services


class EnterpriseLookup(QObject):
    typed = Signal()
    """The text was edited by hand: an earlier choice no longer stands."""
    chosen = Signal(int, str)
    """An enterprise was chosen: its id and the text shown for it."""

    def __init__(self, edit: QLineEdit, services: Services) -> None:
        super().__init__(edit)
        self.edit = edit
        self.services = services
        self._hits: dict[str, int] = {}
        self._completion = QStringListModel(self)
        self.completer = QCompleter(self._completion, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        edit.setCompleter(self.completer)
        self.completer.activated.connect(self._picked)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.look_up)
        edit.textEdited.connect(self._edited)

    def _edited(self, _text: str) -> None:
        self.typed.emit()
        self._timer.start()

    def look_up(self) -> None:
        query = self.edit.text().strip()
        if len(query) < 2:
            self._completion.setStringList([])
            return
        hits = self.services.lists.enterprise_hits(query, limit=15)
        self._hits = {f"{h.name} — ИНН {h.inn}": h.id for h in hits}
        exact = [h for h in hits if query in (h.inn, h.ogrn)]
        if len(exact) == 1:
            self.chosen.emit(exact[0].id, f"{exact[0].name} — ИНН {exact[0].inn}")
            return
        self._completion.setStringList(list(self._hits))
        if hits and self.edit.hasFocus():
            self.completer.complete()

    def _picked(self, text: str) -> None:
        eid = self._hits.get(text)
        if eid is not None:
            self.chosen.emit(eid, text)

    def show(self, text: str) -> None:
        """Put the chosen enterprise's text in the field without counting it as typing."""
        self.edit.blockSignals(True)
        self.edit.setText(text)
        self.edit.blockSignals(False)
