"""Шрифты печатных документов: регистрация в reportlab один раз на процесс.

Основной шрифт — Liberation Serif (метрически совместим с Times New Roman).
В нём нет знака рубля «₽», поэтому этот знак набирается шрифтом DejaVu Serif
(см. :func:`desktop_app.core.reports.layout.markup`). Контрольные суммы —
DejaVu Sans Mono. Все шрифты встраиваются в PDF подмножествами.
"""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop_app.core.errors import UserError
from desktop_app.core.resources import resource_path

SERIF = "RciSerif"
SERIF_BOLD = "RciSerif-Bold"
SERIF_ITALIC = "RciSerif-Italic"
SYMBOL = "RciSymbol"
SYMBOL_BOLD = "RciSymbol-Bold"
MONO = "RciMono"

_FILES: dict[str, str] = {
    SERIF: "LiberationSerif-Regular.ttf",
    SERIF_BOLD: "LiberationSerif-Bold.ttf",
    SERIF_ITALIC: "LiberationSerif-Italic.ttf",
    SYMBOL: "DejaVuSerif.ttf",
    SYMBOL_BOLD: "DejaVuSerif-Bold.ttf",
    MONO: "DejaVuSansMono.ttf",
}

_lock = threading.Lock()
_state = {"registered": False}


class ReportError(UserError):
    """The document cannot be built; the message is for a person, in Russian."""


def register_fonts() -> None:
    """Регистрирует шрифты документов (повторные вызовы ничего не делают).

    Raises:
        ReportError: файла шрифта нет или он повреждён.
    """
    if _state["registered"]:
        return
    with _lock:
        if _state["registered"]:
            return
        for name, file_name in _FILES.items():
            path = resource_path("fonts", file_name)
            if not path.is_file():
                raise ReportError(
                    f"Не найден файл шрифта «{file_name}» в папке resources/fonts: "
                    "переустановите программу"
                )
            try:
                pdfmetrics.registerFont(TTFont(name, str(path)))
            except Exception as exc:  # reportlab raises plain Exception subclasses
                raise ReportError(
                    f"Файл шрифта «{file_name}» повреждён или не является шрифтом TrueType: "
                    "переустановите программу"
                ) from exc
        pdfmetrics.registerFontFamily(
            SERIF, normal=SERIF, bold=SERIF_BOLD, italic=SERIF_ITALIC, boldItalic=SERIF_BOLD
        )
        pdfmetrics.registerFontFamily(
            SYMBOL, normal=SYMBOL, bold=SYMBOL_BOLD, italic=SYMBOL, boldItalic=SYMBOL_BOLD
        )
        _state["registered"] = True
