"""What every screen of the capture app shares: the session it shows and how it hears of changes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.message import Message
from textual.screen import Screen

from faktor4_tui.i18n import t
from faktor4_tui.session import Session
from faktor4_tui.ui.widgets.keylist import KeyList
from faktor4_tui.ui.widgets.status import StatusHeader

if TYPE_CHECKING:  # the deck loads with the presentation, not at start-up
    from faktor4_tui.deck.slides import SlideKey


class DocumentChanged(Message):
    """The session's document, workshop or save state changed (the app posts it to every screen)."""


class SessionScreen(Screen[None]):
    """A screen that shows the session: its header follows the save state, ``refresh_view`` the document."""

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session

    def header(self) -> StatusHeader:
        """The header line, already showing the session's status."""
        return StatusHeader(self.session.status, classes="status-header")

    def on_document_changed(self, _message: DocumentChanged) -> None:
        """Show the latest state."""
        for header in self.query(StatusHeader):
            header.show_status(self.session.status)
        self.refresh_view()

    def refresh_view(self) -> None:
        """Show the session's current document (screens fill this in)."""

    # --- the place being typed into (see screens.held) ----------------------

    def lost_place(self) -> str | None:
        """If what the user works on here is gone from the document: the sentence saying so.

        Here: a line open in an editor (being changed) that was deleted; screens add their own.
        """
        if any(keylist.lost_edit for keylist in self.query(KeyList)):
            return t("held.line_gone")
        return None

    def typed_text(self) -> str:
        """The text in this screen's open editors ("" if none is open)."""
        return " ".join(keylist.typed for keylist in self.query(KeyList) if keylist.typed.strip())

    def leave_lost_place(self) -> None:
        """Stop typing into what is gone: close the open editors (screens may leave altogether)."""
        for keylist in self.query(KeyList):
            if keylist.mode:
                keylist.close_editor()

    def slide_key(self) -> SlideKey | None:
        """Where a presentation started from this screen begins (None: at the first slide)."""
        return None
