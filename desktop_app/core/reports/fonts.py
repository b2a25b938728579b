"""Fonts of the printed documents: registered with reportlab once per process.

The body font is Liberation Serif (metric-compatible with Times New Roman).
It has no rouble sign «₽», so that sign is set in DejaVu Serif (see
:func:`desktop_app.core.reports.layout.markup`). Checksums are set in DejaVu
Sans Mono. Every font is embedded in the PDF as a subset.
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
    """Register the documents' fonts (repeated calls do nothing).

    Raises:
        ReportError: a font file is missing or damaged.
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
