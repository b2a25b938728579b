"""The engine of RCI Intake. Nothing in this package may import Qt."""
