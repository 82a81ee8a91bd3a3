"""The header: file, workshop and save state, always visible."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from faktor4_tui.i18n import t
from faktor4_tui.session import Status


def room_label(status: Status) -> str:
    """ "Workshop: NAME"; with several rooms also which one of how many ("Workshop 2/5: NAME")."""
    if not status.workshop:
        return t("app.no_workshop")
    if status.rooms > 1 and status.room:
        return t("workshop.label_of", n=status.room, total=status.rooms, name=status.workshop)
    return t("workshop.label", name=status.workshop)


class StatusHeader(Static):
    """One line (two for a long error): faktor4 · FILE · Workshop: NAME · save state."""

    def __init__(self, status: Status, *, classes: str = "") -> None:
        super().__init__(classes=classes)
        self._shown: Status | None = None
        self.show_status(status)  # the first frame already shows it: no second layout pass

    def show_status(self, status: Status) -> None:
        """Render the status literally (file and workshop names are user text)."""
        if status == self._shown:
            return
        self._shown = status
        self.set_class(status.kind == "error", "-error")
        self.set_class(status.kind == "readonly", "-readonly")
        self.update(
            Content.assemble(
                (t("app.title"), "bold"),
                "  ",
                status.file,
                "  ·  ",
                room_label(status),
                "  ·  ",
                (status.state, "bold"),
            )
        )
