"""The eligibility pre-screening of a consultation: the profile's questions and a live verdict.

Each question shows its text, help, the clause it rests on and the confidence
mark; every answer re-evaluates the verdict (может подать / не может /
требуется уточнение) with its reasons. Save stores the result with the
consultation; «Создать досье» turns a saved result into a new dossier.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import UserError
from desktop_app.core.rules import EligibilityResult, evaluate_eligibility
from desktop_app.core.rules.profile import Question
from desktop_app.core.services.facade import Services
from desktop_app.ui.editor_base import EditorDialog, show_message
from desktop_app.ui.errors import error_text
from desktop_app.ui.forms import child

from .common import (
    confidence_label,
    confidence_mark,
    confidence_tip,
    keep_rows_wrapped,
    severity_color,
    verdict_label,
)

VERDICT_TONES = {"eligible": "ok", "not_eligible": "error", "needs_clarification": "warning"}
UNKNOWN = "unknown"


class _QuestionRow(QFrame):
    """One question: text, help, clause with the mark, and the answer controls."""

    changed = Signal()

    def __init__(self, question: Question, parent: QWidget) -> None:
        super().__init__(parent)
        self.question = question
        self.setObjectName(f"question_{question.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        text = QLabel(question.text + ("" if question.required else " " + self.tr(
            "(необязательный вопрос)")), self)
        text.setWordWrap(True)
        bold = QFont(text.font())
        bold.setBold(True)
        text.setFont(bold)
        layout.addWidget(text)
        if question.help:
            help_label = QLabel(question.help, self)
            help_label.setWordWrap(True)
            help_label.setStyleSheet(f"color: {severity_color('muted', self).name()};")
            layout.addWidget(help_label)
        clause = QLabel(self.tr("Основание: %1 %2").replace("%1", question.clause).replace(
            "%2", confidence_mark(question.confidence)), self)
        clause.setWordWrap(True)
        clause.setToolTip(confidence_tip(question.confidence))
        if question.confidence == "assumed":
            clause.setStyleSheet(f"color: {severity_color('warning', self).name()};")
        layout.addWidget(clause)
        row = QHBoxLayout()
        self.group: QButtonGroup | None = None
        self.combo: QComboBox | None = None
        self.buttons: dict[str, QRadioButton] = {}
        if question.answer_type == "yes_no":
            self.group = QButtonGroup(self)
            for key, label in (("yes", self.tr("Да")), ("no", self.tr("Нет")),
                               (UNKNOWN, self.tr("Не известно"))):
                button = QRadioButton(label, self)
                button.setObjectName(f"{question.id}_{key}")
                self.group.addButton(button)
                self.buttons[key] = button
                row.addWidget(button)
                button.toggled.connect(self._toggled)
            self.buttons[UNKNOWN].setChecked(True)
        else:
            self.combo = QComboBox(self)
            self.combo.setObjectName(f"{question.id}_choice")
            self.combo.addItem(self.tr("— нет ответа —"), UNKNOWN)
            for choice in question.choices or []:
                self.combo.addItem(choice, choice)
            self.combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
            row.addWidget(self.combo)
        row.addStretch(1)
        layout.addLayout(row)

    def _toggled(self, on: bool) -> None:
        if on:
            self.changed.emit()

    def answer(self) -> bool | str | None:
        if self.combo is not None:
            value = self.combo.currentData()
            return None if value == UNKNOWN else str(value)
        if self.buttons["yes"].isChecked():
            return True
        if self.buttons["no"].isChecked():
            return False
        return None

    def set_answer(self, value: bool | str | None) -> None:
        if self.combo is not None:
            self.combo.setCurrentIndex(max(0, self.combo.findData(
                value if isinstance(value, str) else UNKNOWN)))
            return
        key = {True: "yes", False: "no"}.get(value, UNKNOWN) if isinstance(value, bool) \
            else UNKNOWN
        self.buttons[key].setChecked(True)


class EligibilityDialog(EditorDialog):
    """Pre-screen the enterprise of a consultation against a program profile."""

    dossier_created = Signal(int)

    def __init__(
        self, services: Services, consultation_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__("eligibility_dialog.ui", parent)
        self.services = services
        self.consultation_id = consultation_id
        f = self.form
        self.header = child(f, QLabel, "headerLabel")
        self.verdict_label = child(f, QLabel, "verdictLabel")
        self.reasons = child(f, QTreeWidget, "reasonsTree")
        self.error = child(f, QLabel, "errorLabel")
        host = child(f, QWidget, "questionsHost")
        consultation = services.consultations.get(consultation_id)
        ent = services.enterprises.get(consultation.enterprise_id)
        previous: EligibilityResult | None = None
        if consultation.eligibility:
            try:
                previous = EligibilityResult.model_validate(consultation.eligibility)
            except ValueError:
                previous = None
        self.profile = services.consultations.eligibility_profile(consultation_id)
        self.setWindowTitle(self.tr("Проверка соответствия — %1").replace(
            "%1", ent.display_name))
        self.header.setText(
            self.tr("<b>%1</b> (ИНН %2)<br>Программа: %3 (версия профиля %4)<br>"
                    "Задайте вопросы представителю предприятия; ответы оцениваются сразу.")
            .replace("%1", _esc(ent.display_name)).replace("%2", ent.inn)
            .replace("%3", _esc(self.profile.title)).replace("%4", self.profile.version))
        self.header.setToolTip(self.tr("Правовое основание: %1").replace(
            "%1", self.profile.legal_basis_for_consultant()))
        layout = host.layout()
        assert layout is not None
        self.rows: dict[str, _QuestionRow] = {}
        for q in self.profile.questions:
            row = _QuestionRow(q, host)
            layout.addWidget(row)
            self.rows[q.id] = row
            row.changed.connect(self._changed)
        if isinstance(layout, QVBoxLayout):
            layout.addStretch(1)
        big = QFont(self.verdict_label.font())
        big.setBold(True)
        big.setPointSizeF(max(big.pointSizeF(), 9.0) * 1.25)
        self.verdict_label.setFont(big)
        self.reasons.setColumnWidth(0, 440)
        self.reasons.setColumnWidth(1, 300)
        keep_rows_wrapped(self.reasons)
        splitter = child(f, QSplitter, "eligibilitySplitter")
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([460, 240])
        self.save_button.setText(self.tr("Сохранить результат"))
        self.save_button.setToolTip(
            self.tr("Сохранить ответы и вывод вместе с консультацией (Ctrl+S)"))
        self.create_button = QPushButton(self.tr("Создать досье"), self)
        self.create_button.setObjectName("createDossierButton")
        self.create_button.setToolTip(self.tr(
            "Сохранить результат и открыть по нему новое досье предприятия"))
        self.buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.create_button.clicked.connect(self.create_dossier)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if cancel is not None:
            cancel.setText(self.tr("Закрыть"))
        self.current: EligibilityResult
        self._loading = True
        if previous is not None:
            for qid, value in previous.answers.items():
                if qid in self.rows:
                    self.rows[qid].set_answer(value)
        self._loading = False
        self.saved_result = previous is not None
        self.evaluate()
        self.refresh_state()
        self.resize(940, 760)

    # --- evaluating ---------------------------------------------------------------------
    def answers(self) -> dict[str, bool | str | None]:
        return {qid: row.answer() for qid, row in self.rows.items()}

    def _changed(self, *args: object) -> None:
        super()._changed(*args)
        if not self._loading:
            self.saved_result = False
            self.evaluate()

    def evaluate(self) -> EligibilityResult:
        self.current = evaluate_eligibility(self.profile, self.answers())
        verdict = self.current.verdict
        tone = VERDICT_TONES.get(verdict, "info")
        self.verdict_label.setText(self.tr("Вывод: %1").replace("%1", verdict_label(verdict)))
        self.verdict_label.setStyleSheet(f"color: {severity_color(tone, self).name()};")
        self.reasons.clear()
        for reason in self.current.reasons:
            item = QTreeWidgetItem(self.reasons, [
                reason.message, reason.clause, confidence_mark(reason.confidence)])
            color = severity_color("error" if reason.kind == "disqualifying" else "warning", self)
            item.setForeground(0, color)
            if reason.confidence == "assumed":
                item.setForeground(2, severity_color("warning", self))
            for col in range(3):
                item.setToolTip(col, f"{reason.message}\n{reason.clause}\n"
                                     f"{confidence_label(reason.confidence)}: "
                                     f"{confidence_tip(reason.confidence)}")
        if not self.current.reasons:
            QTreeWidgetItem(self.reasons, [self.tr("Препятствий не найдено"), "", ""])
        self.create_button.setEnabled(verdict != "not_eligible")
        self.create_button.setToolTip(
            self.tr("Заявитель не соответствует требованиям — досье не открывается")
            if verdict == "not_eligible" else
            self.tr("Сохранить результат и открыть по нему новое досье предприятия"))
        return self.current

    def reason_texts(self) -> list[str]:
        return [f"{self.reasons.topLevelItem(i).text(0)} "
                f"{self.reasons.topLevelItem(i).text(2)}".strip()
                for i in range(self.reasons.topLevelItemCount())]

    # --- saving -------------------------------------------------------------------------------
    def check(self) -> bool:
        return True

    def save(self) -> int | None:
        try:
            self.current = self.services.consultations.save_eligibility(
                self.consultation_id, self.answers(), program=self.profile.code)
        except UserError as exc:
            show_message(self.error, error_text(exc))
            return None
        self.saved_result = True
        return self.consultation_id

    def create_dossier(self) -> int | None:
        """Save the result and open a new dossier from it; the new dossier's id."""
        if self.dirty or not self.saved_result:
            if self.save() is None:
                return None
            self.dirty = False
        from .second_dossier import create_dossier_asking

        dossier_id = create_dossier_asking(
            self, lambda reason: self.services.dossiers.create_from_eligibility(
                self.consultation_id, duplicate_reason=reason).id)
        if dossier_id is None:
            return None
        self.dirty = False
        self.dossier_created.emit(dossier_id)
        self.accept()
        return dossier_id


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


__all__ = ["EligibilityDialog"]
