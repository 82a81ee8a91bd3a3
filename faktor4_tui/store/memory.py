"""TinyDB over data held in memory: the store's transactions, and new files built without a file."""

from __future__ import annotations

import copy
from collections.abc import Iterable
from typing import Any

from tinydb import TinyDB
from tinydb.storages import Storage

from faktor4_tui.store.ops import Op, Tx


class TransactionStorage(Storage):
    """TinyDB storage over the data read under the lock; the Store writes it once, atomically.

    TinyDB's own JSONStorage rewrites the file in place and takes no lock, so a
    crash or a second writer could lose data. Here every read returns the data
    freshly read under the lock for this transaction, and every write only
    updates it in memory; ``Store.apply`` then replaces the file atomically.
    """

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data

    def read(self) -> dict[str, Any]:
        """The transaction's data (TinyDB mutates the tables it changes)."""
        return self.data

    def write(self, data: dict[str, Any]) -> None:
        """Keep TinyDB's result in memory until the transaction commits."""
        self.data = data


def transaction(data: dict[str, Any]) -> tuple[Tx, TransactionStorage]:
    """A transaction over ``data`` (changed in place) and the storage that ends up holding the result."""
    storage = TransactionStorage(data)
    return Tx(TinyDB(storage=lambda: storage), data), storage


def apply_in_memory(data: dict[str, Any], changes: Iterable[Op]) -> dict[str, Any]:
    """Apply operations to a copy of raw data without touching a file (for building new files)."""
    tx, storage = transaction(copy.deepcopy(data))
    for change in changes:
        change.apply(tx)
    return storage.data
