"""What one person is doing: the document they see, their workshop, undo, save state, following the file.

No Textual here: the TUI owns a Session and shows what it publishes.
"""

from faktor4_tui.session.session import (
    POLL_SECONDS,
    REPLACED_NOTICE_SECONDS,
    Changed,
    Listener,
    Noticed,
    Session,
    SessionEvent,
)
from faktor4_tui.session.status import Notice, SaveKind, Severity, Status

__all__ = [
    "POLL_SECONDS",
    "REPLACED_NOTICE_SECONDS",
    "Changed",
    "Listener",
    "Notice",
    "Noticed",
    "SaveKind",
    "Session",
    "SessionEvent",
    "Severity",
    "Status",
]
