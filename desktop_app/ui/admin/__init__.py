"""Administration in the desktop program: signing in, the idle lock, users,
the event log, backups and the database check.

The main window wires these in (they never touch it beyond adding a menu):

* :func:`sign_in` before the main window is shown (first start → the
  administrator dialog; otherwise the sign-in dialog);
* ``IdleLock(services, actor, window).install()`` after it is shown;
* :func:`install_admin_actions` to add the «Администрирование» menu;
* :class:`AutoBackupTimer` for the automatic copies (and ``on_close()``);
* :func:`show_history` from any editor.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .actions import AutoBackupTimer, install_admin_actions
    from .audit_viewer import AuditDialog, open_audit, show_history
    from .auth import (
        FirstStartDialog,
        IdleLock,
        LockScreen,
        SignInDialog,
        sign_in,
        sign_in_preparing,
    )
    from .maintenance_dialogs import BackupDialog, CheckDialog
    from .users_dialog import UsersDialog

__all__ = [
    "AuditDialog", "AutoBackupTimer", "BackupDialog", "CheckDialog", "FirstStartDialog",
    "IdleLock", "LockScreen", "SignInDialog", "UsersDialog", "install_admin_actions",
    "open_audit", "show_history", "sign_in", "sign_in_preparing",
]

# Each name is loaded from its module when first asked for: the sign-in dialog shows
# at start without the administrator's dialogs (and the services behind them).
_HOME = {
    "AutoBackupTimer": "actions", "install_admin_actions": "actions",
    "AuditDialog": "audit_viewer", "open_audit": "audit_viewer",
    "show_history": "audit_viewer",
    "FirstStartDialog": "auth", "IdleLock": "auth", "LockScreen": "auth",
    "SignInDialog": "auth", "sign_in": "auth", "sign_in_preparing": "auth",
    "BackupDialog": "maintenance_dialogs", "CheckDialog": "maintenance_dialogs",
    "UsersDialog": "users_dialog",
}


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value
