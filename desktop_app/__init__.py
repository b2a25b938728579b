"""RCI Intake: the workstation of a consultant at a regional engineering centre (РИЦ)."""

__version__ = "0.1.0"
APP_NAME = "RCI Intake"
APP_TITLE_RU = "РИЦ: приём и сопровождение заявок"
ORG_NAME = "RCI"
