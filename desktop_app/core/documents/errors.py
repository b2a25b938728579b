"""Exceptions of the document core. Every message is Russian and meant for a person."""

from __future__ import annotations

from desktop_app.core.errors import UserError


class DocumentError(UserError, ValueError):
    """A document or archive was refused; ``str(error)`` is the message to show."""

    def __init__(self, message: str, *, code: str = "document_error") -> None:
        super().__init__(message)
        self.message = message
        self.code = code


class ArchiveError(DocumentError):
    """A ZIP archive (dossier exchange file) was refused.

    ``str(error)`` is the first reason; ``messages`` lists every reason found.
    """

    def __init__(
        self, message: str, *, code: str = "archive_error", messages: tuple[str, ...] = ()
    ) -> None:
        super().__init__(message, code=code)
        self.messages = messages or (message,)


class InvalidDigestError(DocumentError):
    """A SHA-256 argument is not 64 lowercase hexadecimal characters."""


class BlobNotFoundError(LookupError):
    """The blob store holds no file with the requested SHA-256."""

    def __init__(self, sha256: str) -> None:
        super().__init__(
            f"В хранилище документов нет файла с контрольной суммой SHA-256 {sha256}: "
            "файл удалён или перемещён с диска. Приложите документ заново "
            "или восстановите хранилище из резервной копии."
        )
        self.sha256 = sha256
