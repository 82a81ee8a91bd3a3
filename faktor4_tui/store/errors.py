"""Store errors: each carries one sentence a user can act on."""

from __future__ import annotations


class StoreError(Exception):
    """Base class; ``str(error)`` is a complete sentence naming the file."""


class InvalidFileError(StoreError):
    """The file is not valid faktor4 JSON; it is never overwritten."""


class ReadOnlyError(StoreError):
    """The file cannot be written (permissions or read-only folder)."""


class LockTimeoutError(StoreError):
    """Another process held the lock longer than the bounded wait."""


class WriteError(StoreError):
    """Saving failed (disk full, size limit, folder became read-only); the old file is intact.

    ``reason`` is the cause alone ("the disk is full"), for callers that word their own sentence.
    """

    def __init__(self, message: str, reason: str = "") -> None:
        super().__init__(message)
        self.reason = reason or message


class ExistsError(StoreError):
    """A file to be created is already there; faktor4 never overwrites it."""


class ConflictError(StoreError):
    """A change that must not overwrite others' work (an undo, a redo) met a row someone changed since."""


class ReplacedError(StoreError):
    """Another faktor4 file was put in place of the one opened (another identity); nothing is written into it."""


class NotFoundError(StoreError):
    """An operation names a workshop, Aufgabe or entry that no longer exists."""


class TrashError(StoreError):
    """A Papierkorb item cannot come back now: it is gone, its parent is gone or in the trash, its name is taken."""


class NameTakenError(StoreError):
    """A workshop name is taken already (compared case-insensitively, trimmed); nothing was saved."""


class TooLongError(StoreError):
    """A text is longer than the store takes (``MAX_TEXT``); nothing was saved.

    Raised inside an operation, which does not know the file; ``Store`` words it again naming the file.
    """

    def __init__(self, message: str, length: int, limit: int) -> None:
        super().__init__(message)
        self.length, self.limit = length, limit
