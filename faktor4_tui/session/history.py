"""Undo/redo stacks of inverse operations (pure: the apply function is passed in)."""

from __future__ import annotations

from collections.abc import Callable

from faktor4_tui.store.ops import Op
from faktor4_tui.store.ops.base import Bumps


class History:
    """Undo and redo for operations whose application returns their inverse.

    ``record(inverse)`` after every change; ``undo()`` applies the newest inverse and
    pushes what that returns onto the redo stack, ``redo()`` does the reverse. A
    failing apply (an exception) leaves both stacks as they were.
    """

    def __init__(self, apply: Callable[[Op], Op], limit: int = 1000) -> None:
        self._apply = apply
        self._limit = limit
        self._undo: list[Op] = []
        self._redo: list[Op] = []

    @property
    def can_undo(self) -> bool:
        """True if there is a change to undo."""
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        """True if there is an undone change to redo."""
        return bool(self._redo)

    def record(self, inverse: Op) -> None:
        """Remember the inverse of a change just made; a new change clears redo."""
        self._undo.append(inverse)
        del self._undo[: -self._limit]
        self._redo.clear()

    def undo(self) -> bool:
        """Undo the newest change; False if there is none."""
        return self._step(self._undo, self._redo)

    def redo(self) -> bool:
        """Redo the newest undone change; False if there is none."""
        return self._step(self._redo, self._undo)

    def rebase(self, bumps: Bumps) -> None:
        """After a change of this person's: the steps that saw its rows follow the versions it made."""
        if bumps:
            self._undo = [op.rebased(bumps) for op in self._undo]
            self._redo = [op.rebased(bumps) for op in self._redo]

    def drop_undo(self) -> None:
        """Forget the newest undo step (it can no longer be taken back without undoing others' work)."""
        if self._undo:
            self._undo.pop()

    def drop_redo(self) -> None:
        """Forget the newest redo step."""
        if self._redo:
            self._redo.pop()

    def _step(self, source: list[Op], target: list[Op]) -> bool:
        if not source:
            return False
        again = self._apply(source[-1])
        source.pop()
        target.append(again)
        return True
