"""The Qt face of RCI Intake. Only this package imports PySide6."""
