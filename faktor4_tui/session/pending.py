"""Typed lines the file could not take yet: kept one by one, in typing order, until they are saved.

While another process holds the file's lock (or the disk is full, or the file is broken for a
moment) a line typed and entered cannot be saved. It must not be lost, merged with the next
line, or overtaken by it: it waits here, and ``Session`` saves the queue in order when the file
can be written again (on its poll, or when the next line is entered). A line whose place was
deleted meanwhile cannot be saved anywhere: it moves to ``stranded`` and is told to the user.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from faktor4_tui.store import Op


@dataclass(frozen=True)
class Waiting:
    """One typed line not saved yet: its text, where it goes (for people), how to save it.

    ``make`` builds the change when it is saved (so a line appended to the event's lines appends
    to the lines as they are then).
    """

    text: str
    where: str
    make: Callable[[], Op] = field(compare=False, repr=False)


class PendingLines:
    """The queue of ``Waiting`` lines (oldest first) and the lines that lost their place."""

    def __init__(self) -> None:
        self._lines: deque[Waiting] = deque()
        self.stranded: list[Waiting] = []
        self.reason = ""  # why the oldest line could not be saved (a sentence), "" while none waits

    def __len__(self) -> int:
        return len(self._lines)

    def __bool__(self) -> bool:
        return bool(self._lines)

    def __iter__(self) -> Iterator[Waiting]:
        return iter(tuple(self._lines))

    def append(self, line: Waiting, reason: str) -> None:
        """Keep ``line`` behind the others; ``reason`` says why it waits."""
        self._lines.append(line)
        self.reason = reason

    def holds(self, line: Waiting) -> bool:
        """True while this very line waits (two lines may have the same text)."""
        return any(waiting is line for waiting in self._lines)

    @property
    def first(self) -> Waiting | None:
        """The line to save next."""
        return self._lines[0] if self._lines else None

    def saved_first(self) -> None:
        """The oldest line is in the file now."""
        self._lines.popleft()
        if not self._lines:
            self.reason = ""

    def strand_first(self) -> Waiting:
        """The oldest line cannot be saved anywhere (its place is gone): keep it aside."""
        line = self._lines.popleft()
        self.stranded.append(line)
        if not self._lines:
            self.reason = ""
        return line

    def unsaved(self) -> list[Waiting]:
        """Every line not in the file: those waiting, then those that lost their place."""
        return [*self._lines, *self.stranded]
