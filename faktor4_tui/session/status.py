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


Severity = Literal["information", "warning", "error"]


@dataclass(frozen=True)
class Notice:
    """A short message for the user (a toast in the TUI)."""

    text: str
    severity: Severity = "information"
    timeout: float | None = None
