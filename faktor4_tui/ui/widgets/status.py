"""The header: file, workshop and save state, always visible."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from faktor4_tui.i18n import t
from faktor4_tui.session import Status


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
                t("workshop.label", name=status.workshop) if status.workshop else t("app.no_workshop"),
                "  ·  ",
                (status.state, "bold"),
            )
        )
