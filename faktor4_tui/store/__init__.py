"""Storage layer: the TinyDB-backed, locked, atomic faktor4 file (no Textual here)."""

from faktor4_tui.store.errors import (
    ConflictError,
    ExistsError,
    InvalidFileError,
    LockTimeoutError,
    NameTakenError,
    NotFoundError,
    ReadOnlyError,
    ReplacedError,
    StoreError,
    TooLongError,
    TrashError,
    WriteError,
)
from faktor4_tui.store.ops import Op
from faktor4_tui.store.store import Store

__all__ = [
    "ConflictError",
    "ExistsError",
    "InvalidFileError",
    "LockTimeoutError",
    "NameTakenError",
    "NotFoundError",
    "Op",
    "ReadOnlyError",
    "ReplacedError",
    "Store",
    "StoreError",
    "TooLongError",
    "TrashError",
    "WriteError",
]
