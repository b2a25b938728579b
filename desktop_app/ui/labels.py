"""Names people read for stored codes (channels, statuses, legal bases, sizes)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def channels() -> dict[str, str]:
    return {
        "phone": QCoreApplication.translate("Labels", "телефон"),
        "email": QCoreApplication.translate("Labels", "электронная почта"),
        "visit": QCoreApplication.translate("Labels", "визит"),
        "event": QCoreApplication.translate("Labels", "мероприятие"),
        "video": QCoreApplication.translate("Labels", "видеосвязь"),
    }


def statuses() -> dict[str, str]:
    return {
        "draft": QCoreApplication.translate("Labels", "черновик"),
        "ready": QCoreApplication.translate("Labels", "готово к направлению"),
        "referred": QCoreApplication.translate("Labels", "направлено"),
        "submitted": QCoreApplication.translate("Labels", "подано"),
        "approved": QCoreApplication.translate("Labels", "одобрено"),
        "rejected": QCoreApplication.translate("Labels", "отклонено"),
        "withdrawn": QCoreApplication.translate("Labels", "отозвано"),
        "agreement": QCoreApplication.translate("Labels", "соглашение"),
    }


def legal_bases() -> dict[str, str]:
    return {
        "legitimate": QCoreApplication.translate(
            "Labels", "представитель организации в рамках обращения"),
        "consent": QCoreApplication.translate("Labels", "согласие субъекта персональных данных"),
        "contract": QCoreApplication.translate("Labels", "исполнение договора"),
        "public": QCoreApplication.translate("Labels", "общедоступные сведения (ЕГРЮЛ)"),
    }


def sizes() -> dict[str, str]:
    return {
        "": QCoreApplication.translate("Labels", "не указана"),
        "micro": QCoreApplication.translate("Labels", "микропредприятие"),
        "small": QCoreApplication.translate("Labels", "малое"),
        "medium": QCoreApplication.translate("Labels", "среднее"),
        "large": QCoreApplication.translate("Labels", "крупное"),
    }


def yes() -> str:
    return QCoreApplication.translate("Labels", "да")
