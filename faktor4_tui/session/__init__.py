"""What one person is doing: the document they see, their workshop, undo, save state, following the file.

No Textual here: the TUI owns a Session and shows what it publishes.
"""

from faktor4_tui.session.pending import PendingLines, Waiting
from faktor4_tui.session.session import (
    LOCK_WAIT,
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
    "LOCK_WAIT",
    "POLL_SECONDS",
    "REPLACED_NOTICE_SECONDS",
    "Changed",
    "Listener",
    "Notice",
    "Noticed",
    "PendingLines",
    "SaveKind",
    "Session",
    "SessionEvent",
    "Severity",
    "Status",
    "Waiting",
]
