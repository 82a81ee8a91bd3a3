"""What the palette's commands need from the app they run in."""

from __future__ import annotations

from faktor4_tui.session import Session
from faktor4_tui.ui.input.router import KeyRoutingApp


class CommandHost(KeyRoutingApp):
    """The app as the palette sees it: a session and the app-wide actions (Faktor4App fills them in)."""

    session: Session

    def action_workshop(self, overview: bool = False) -> None:
        """Open the workshop dialog (``overview``: titled as the forum overview)."""
        raise NotImplementedError

    def select_workshop(self, workshop_id: int | None) -> None:
        """Go to a workshop's problem list."""
        raise NotImplementedError

    def action_present(self) -> None:
        """Present from here."""
        raise NotImplementedError

    def action_event(self) -> None:
        """Edit the event."""
        raise NotImplementedError

    def action_help(self) -> None:
        """Show the help."""
        raise NotImplementedError

    def action_undo(self) -> None:
        """Undo the last change."""
        raise NotImplementedError

    def action_redo(self) -> None:
        """Redo the last undone change."""
        raise NotImplementedError
