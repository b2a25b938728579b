"""Command-line commands of the program's areas (dossiers, packages, …).

Each module here defines ``register(subparsers)``; ``desktop_app.cli`` finds
them all, so an area adds its commands without touching the parser's core.
Handlers follow the CLI's conventions: return 0 on success, 1 when input was
refused; raise ``InputError``/``PermissionDenied`` for a Russian message.
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import Any

# Listed explicitly as well, so a frozen bundle (no package listing) finds them.
KNOWN = ("dossiers", "package")


def register_all(subparsers: Any) -> None:
    names = {m.name for m in pkgutil.iter_modules(__path__)} | set(KNOWN)
    for name in sorted(names):
        try:
            module = importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"{__name__}.{name}":
                continue
            raise
        module.register(subparsers)
