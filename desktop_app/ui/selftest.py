"""``rci-intake --self-test``: prove an installed copy works, then exit 0 (or 1).

Meant for the bundle (``make installer`` runs it headless with
``QT_QPA_PLATFORM=offscreen``) and for support on a workstation. In a temporary
data folder, never touching the person's own database, it:

1. creates a database and fills it with a little training data (a dossier
   with its documents);
2. opens the main window over it (the Qt libraries, plugins and forms load);
3. builds a referral package draft with the bound documents (reportlab, pypdf,
   fonts, the program's profiles);
4. shows it in the PDF preview (QtPdf renders its pages);
5. prints it to a PDF file through ``QPrinter`` (QtPrintSupport) and reads the
   printed file back to count its pages.

Each step prints one line; the first failure is named and the exit code is 1.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

EXIT_OK = 0
EXIT_FAILED = 1


def _say(text: str) -> None:
    print(text, flush=True)


def run_self_test() -> int:
    """Every step in a temporary data folder; 0 when all of them worked."""
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="rci-self-test-") as tmp:
        os.environ["RCI_INTAKE_DATA_DIR"] = tmp
        try:
            _steps(Path(tmp), started)
        except Exception as exc:  # a self-test reports every failure, whatever its kind
            _say(f"ОШИБКА: {exc}")
            traceback.print_exc(file=sys.stderr)
            return EXIT_FAILED
    _say(f"Самопроверка пройдена за {time.perf_counter() - started:.1f} с")
    return EXIT_OK


def _step(title: str, started: float, work: Callable[[], str]) -> None:
    detail = work()
    _say(f"[{time.perf_counter() - started:5.1f} с] {title}: {detail}")


def _steps(folder: Path, started: float) -> None:
    from pypdf import PdfReader
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtPrintSupport import QPrinter

    from desktop_app.core.services.demo import DemoSpec, generate
    from desktop_app.core.services.facade import open_services
    from desktop_app.ui.app import make_application
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.package.dialogs import PdfPreviewDialog

    app = make_application([])
    services = open_services(folder / "self-test.sqlite3", program="самопроверка")
    try:
        def fill() -> str:
            services.organization.update({
                "full_name": "АНО «Региональный инжиниринговый центр» (самопроверка)",
                "postal_address": "614000, г. Пермь, ул. Примерная, д. 1",
                "inn": "1234567894", "kpp": "590401001", "ogrn": "1022200525819",
            })
            services.organization.update_package_settings({
                "addressee_name": "Иванову И.И.", "salutation": "Уважаемый Иван Иванович!",
            })
            result = generate(services, DemoSpec(enterprises=20, consultations=40, dossiers=2))
            return f"предприятий {result.enterprises}, досье {result.dossiers}"

        _step("база данных и учебные данные", started, fill)

        def window() -> str:
            win = MainWindow(services)
            win.show()
            QCoreApplication.processEvents()
            shown = win.isVisible()
            win.close()
            win.deleteLater()
            if not shown:
                raise RuntimeError("главное окно не показано")
            return "главное окно открыто"

        _step("запуск", started, window)

        package: dict[str, object] = {}

        def build() -> str:
            dossiers = services.dossiers.list(limit=10)
            if not dossiers:
                raise RuntimeError("нет досье для пакета")
            made = services.packages.generate(dossiers[-1].id, draft=True, with_attachments=True)
            if made.pages < 2 or not made.pdf_bytes.startswith(b"%PDF"):
                raise RuntimeError(f"пакет собран неверно: страниц {made.pages}")
            package["pdf"], package["pages"] = made.pdf_bytes, made.pages
            return f"страниц {made.pages}"

        _step("пакет документов", started, build)
        pdf = package["pdf"]
        assert isinstance(pdf, bytes)

        def preview_and_print() -> str:
            dialog = PdfPreviewDialog(services, pdf, "Самопроверка", file_name="пакет.pdf")
            dialog.show()
            QCoreApplication.processEvents()
            if dialog.page_count != package["pages"]:
                raise RuntimeError(
                    f"просмотр показал страниц {dialog.page_count} из {package['pages']}")
            target = folder / "печать.pdf"
            printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(target))
            printed = dialog.render_to(printer)
            dialog.close()
            dialog.deleteLater()
            pages = len(PdfReader(target).pages) if target.exists() else 0
            if printed != dialog.page_count or pages != printed:
                raise RuntimeError(f"напечатано страниц {printed}, в файле печати {pages}")
            return f"просмотр {dialog.page_count} с., печать в PDF {pages} с."

        _step("просмотр и печать", started, preview_and_print)
    finally:
        services.close()
        app.processEvents()
