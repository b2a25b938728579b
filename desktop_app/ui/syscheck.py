"""Check that Qt can start here; say which system libraries are missing if not."""

from __future__ import annotations

import os
import re
import sys

# Debian/Ubuntu packages that provide the libraries Qt's xcb/offscreen plugins load.
HINTS = {
    "libEGL": "libegl1",
    "libGL": "libgl1",
    "libxkbcommon": "libxkbcommon0",
    "libxkbcommon-x11": "libxkbcommon-x11-0",
    "libfontconfig": "libfontconfig1",
    "libfreetype": "libfreetype6",
    "libdbus": "libdbus-1-3",
    "libxcb-cursor": "libxcb-cursor0",
    "libglib": "libglib2.0-0",
    "libX11": "libx11-6",
}


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from PySide6.QtWidgets import QApplication
    except ImportError as exc:
        text = str(exc)
        match = re.search(r"(lib[\w\-]+)\.so", text)
        lib = match.group(1) if match else None
        package = next((pkg for key, pkg in HINTS.items() if lib and lib.startswith(key)), None)
        print(f"Qt не запускается: {text}", file=sys.stderr)
        if package:
            print(
                f"Не хватает системной библиотеки {lib}. Установите её: "
                f"sudo apt-get install {package}",
                file=sys.stderr,
            )
        else:
            print(
                "Установите системные библиотеки Qt: sudo apt-get install libegl1 libgl1 "
                "libxkbcommon0 libfontconfig1 libdbus-1-3",
                file=sys.stderr,
            )
        return 1
    app = QApplication.instance() or QApplication([])
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
