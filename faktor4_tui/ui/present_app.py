"""``faktor4 present FILE``: a read-only app that only presents and follows the file live."""

from __future__ import annotations

import os
import signal
from collections.abc import Callable
from pathlib import Path

from textual.app import App
from textual.screen import Screen
from textual.theme import Theme

from faktor4_tui.deck import SlideKey
from faktor4_tui.i18n import t
from faktor4_tui.session import POLL_SECONDS, REPLACED_NOTICE_SECONDS, Changed, Session, SessionEvent
from faktor4_tui.ui.commands.legible import drop_ansi_themes, legible_theme, mark_few_colours
from faktor4_tui.ui.commands.signals import TerminalWatch, catch_exit_signals
from faktor4_tui.ui.screens.base import DocumentChanged
from faktor4_tui.ui.screens.present import PresentScreen


def resolve_workshop(session: Session, name: str | None) -> int | None:
    """The id of the workshop called ``name`` (None for all); LookupError(name, known names) if missing."""
    if name is None:
        return None
    document = session.document
    workshop = document.workshop_named(name)
    if workshop is None:
        raise LookupError(name, [w.name for w in document.workshops])
    return workshop.id


class PresentApp(App[None]):
    """Presents one workshop (or all) of a file; never writes."""

    CSS_PATH = Path(__file__).with_name("app.tcss")
    TITLE = "faktor4"

    def __init__(
        self,
        session: Session,
        workshop: str | None = None,
        on_slide: Callable[[int | None, SlideKey], None] | None = None,
    ) -> None:
        """``on_slide`` is told the workshop presented and the slide on show whenever it is drawn
        (``present --publish``: keep it quick, it runs on the app's thread)."""
        super().__init__()
        self.on_slide = on_slide
        drop_ansi_themes(self)
        self.session = session
        self.workshop_id = resolve_workshop(session, workshop)
        self._told_replaced = False
        session.subscribe(self._heard)

    def get_theme(self, theme_name: str) -> Theme | None:
        """Every theme as faktor4 shows it: with text contrast of at least 4.5:1 (commands/legible.py)."""
        return legible_theme(super().get_theme(theme_name))

    def get_default_screen(self) -> Screen[None]:
        """The presentation is the whole app."""
        return PresentScreen(self.session, self.workshop_id, on_slide=self.on_slide)

    def on_mount(self) -> None:
        """Follow the file; SIGHUP/SIGTERM end the presentation at once, the terminal restored."""
        catch_exit_signals(self._exit_on_signal, True)
        mark_few_colours(self)
        self._terminal = TerminalWatch(watching=not self.is_headless and not os.environ.get("TEXTUAL_DRIVER"))
        self.set_interval(POLL_SECONDS, self._tick)

    def _tick(self) -> None:
        if self._terminal.gone():  # hung up, and no SIGHUP came (nohup): end as if it had
            self._exit_on_signal(signal.SIGHUP)
            return
        self.session.poll()

    def on_unmount(self) -> None:
        """Signals act as before once the app is gone."""
        catch_exit_signals(self._exit_on_signal, False)

    def _exit_on_signal(self, signum: int) -> None:
        self.exit(return_code=128 + signum)

    def _heard(self, event: SessionEvent) -> None:
        if isinstance(event, Changed):
            self.screen.post_message(DocumentChanged())
            if self.session.replaced and not self._told_replaced:  # the deck stays; the status band says why
                self.notify(
                    t("present.replaced_notice", path=self.session.store.path),
                    severity="error",
                    timeout=REPLACED_NOTICE_SECONDS,
                )
            self._told_replaced = bool(self.session.replaced)
