"""The header: file, workshop and save state, always visible."""

from __future__ import annotations

from dataclasses import dataclass

from textual._context import NoActiveAppError
from textual.content import Content
from textual.widgets import Static

from faktor4_tui.i18n import t


@dataclass(frozen=True)
class Status:
    """What the header says; ``kind`` is saved | readonly | error."""

    file: str = ""
    workshop: str = ""
    state: str = ""
    kind: str = "saved"


class StatusHeader(Static):
    """One line (two for a long error): faktor4 · FILE · Workshop: NAME · save state."""

    def __init__(self, *, classes: str = "") -> None:
        super().__init__(classes=classes)
        self._shown: Status | None = None
        try:
            status = getattr(self.app, "status", None)
        except NoActiveAppError:
            status = None
        if isinstance(status, Status):  # the first frame already shows it: no second layout pass
            self.show_status(status)

    def on_mount(self) -> None:
        """Follow the app's status."""
        self.watch(self.app, "status", self.show_status)

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
