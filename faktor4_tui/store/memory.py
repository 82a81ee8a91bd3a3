"""New files built without a file: operations applied to raw data in memory (the demo, imports)."""

from __future__ import annotations

import copy
from collections.abc import Iterable
from typing import Any

from faktor4_tui.store.ops import Op
from faktor4_tui.store.store import transaction


def apply_in_memory(data: dict[str, Any], changes: Iterable[Op]) -> dict[str, Any]:
    """Apply operations to a copy of raw data without touching a file (for building new files)."""
    tx, storage = transaction(copy.deepcopy(data))
    for change in changes:
        change.apply(tx)
    return storage.data
