"""The Qt face of RCI Intake. Only this package imports PySide6."""

from desktop_app.ui.refcount_guard import protect_none

protect_none()   # before any Qt call: see refcount_guard
