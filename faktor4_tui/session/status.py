"""What the header says about the file: its name, the workshop, and whether every line is safe."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

SaveKind = Literal["saved", "readonly", "error"]


@dataclass(frozen=True)
class Status:
    """The header's content; ``kind`` says how to show ``state`` (saved, read-only, an error)."""

    file: str = ""
    workshop: str = ""
    state: str = ""
    kind: SaveKind = "saved"
    room: int = 0  # the workshop's place in the file's order of rooms (1-based; 0: none)
    rooms: int = 0  # how many rooms (workshops) the file has


Severity = Literal["information", "warning", "error"]


@dataclass(frozen=True)
class Notice:
    """A short message for the user (a toast in the TUI)."""

    text: str
    severity: Severity = "information"
    timeout: float | None = None
    gone_place: tuple[str | int, ...] | None = None
    """The place (a draft's place, e.g. ``("aufgaben", workshop_id)``) this notice says is gone:
    once it is back (``u``, the Papierkorb), the notice goes."""
