"""The held notice: the place you typed into vanished, so your next keys are not read as commands.

A note taker types without looking. When someone else deletes the Aufgabe (or the line, or the
workshop) being typed into, or replaces the file, the rest of the sentence must not run on
whatever is now in front ("d" deleting another Aufgabe, space changing the Aktionsplan, "u"
undoing). The app stops: this notice says what happened, shows the text that was typed (and
every key typed since, as text), and takes every key until ctrl+o.

Why ctrl+o and not Enter or Escape: a typist's stream holds Enter and Escape all the time (end of
line, close the input), so either would dismiss the notice mid-sentence and let the following
keys act again. ctrl+o ("OK") is bound nowhere in faktor4, no text contains it, and the notice
says it; a click on the button works too.
"""

from __future__ import annotations

from typing import Any

from textual import events
from textual.app import App, ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.notifications import Notification
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from faktor4_tui.i18n import t
from faktor4_tui.session import Notice, Session
from faktor4_tui.session.drafts import Place, place_exists
from faktor4_tui.ui.input.line_input import ENTER_KEYS
from faktor4_tui.ui.input.router import take_all_keys
from faktor4_tui.ui.screens.base import SessionScreen
from faktor4_tui.ui.textual_seams import toast, withdraw

ACKNOWLEDGE = "ctrl+o"


class HeldScreen(ModalScreen[None]):
    """Says what vanished and what was typed; every key is taken (as text) until ctrl+o."""

    def __init__(self, sentence: str, typed: str = "", workshop: int | None = None) -> None:
        super().__init__(classes="held")
        self.sentences = [sentence]
        self.gone: dict[int, str] = {} if workshop is None else {workshop: sentence}  # sentence per gone room
        self.typed = typed
        self.typed_after = ""  # keys typed while the notice is up, as the text they would have been
        take_all_keys(self, self.take_key)

    def compose(self) -> ComposeResult:
        """Title, what happened, the typed text, how to go on."""
        with Vertical(classes="dialog held-dialog"):
            yield Static(Content(t("held.title")), classes="dialog-title")
            yield Static(classes="held-sentences")
            yield Static(classes="held-typed")
            yield Static(Content(t("held.keys")), classes="held-keys")
            yield Button(t("held.button"), id="held-continue", compact=True)

    def on_mount(self) -> None:
        """Show what is known so far (``is_mounted`` turns true only after this handler)."""
        self._show(mounting=True)

    def add(self, sentence: str, typed: str = "", workshop: int | None = None) -> None:
        """Something else vanished while the notice is up: say that too."""
        if sentence not in self.sentences:
            self.sentences.append(sentence)
        if workshop is not None:
            self.gone[workshop] = sentence
        if typed and typed not in self.typed:
            self.typed = f"{self.typed} {typed}".strip()
        self._show()

    def rooms_back(self, session: Session) -> None:
        """A gone workshop is back (someone undid the delete, restored it): say so instead.

        The keys stay held until ctrl+o: the typist has not seen that yet either.
        """
        for workshop_id, sentence in list(self.gone.items()):
            back = session.document.workshop(workshop_id)
            if back is not None:
                del self.gone[workshop_id]
                now = t("held.workshop_back", name=back.name)
                self.sentences = [now if said == sentence else said for said in self.sentences]
                self._show()

    def take_key(self, event: events.Key | events.Paste) -> None:
        """Every key while on top: ctrl+o goes on; the rest is kept as the text it would have typed."""
        if isinstance(event, events.Paste):
            self.typed_after += event.text
        elif event.key == ACKNOWLEDGE:
            self.dismiss()
            return
        elif event.key in ENTER_KEYS:
            self.typed_after += "\n"
        elif event.key == "backspace":
            self.typed_after = self.typed_after[:-1]
        elif event.is_printable and event.character is not None:
            self.typed_after += event.character
        self._show()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """A click on "Weiter" goes on."""
        event.stop()
        self.dismiss()

    def _show(self, mounting: bool = False) -> None:
        if not (self.is_mounted or mounting):
            return
        self.query_one(".held-sentences", Static).update(Content("\n".join(self.sentences)))
        lines = []
        if self.typed.strip():
            lines.append(t("held.typed", text=self.typed))
        after = self.typed_after.strip()
        if after:
            lines.append(t("held.typed_after", text=" ⏎ ".join(after.splitlines())))
        shown = self.query_one(".held-typed", Static)
        shown.display = bool(lines)
        shown.update(Content("\n".join(lines)))  # literal: typed text is never markup


def stop_if_place_vanished(app: App[Any], session: Session) -> None:
    """If what the user types into is gone (the workshop, the Aufgabe, a line): leave it and hold the keys.

    A held notice saying a workshop is gone says so no more once it is back.
    """
    for held in app.screen_stack:
        if isinstance(held, HeldScreen):
            held.rooms_back(session)
    sentence, workshop = session.take_lost_place()  # the workshop gone, or the file replaced
    screen = app.screen
    typed = ""
    if isinstance(screen, SessionScreen):
        here = screen.lost_place()
        if sentence or here:
            typed = screen.typed_text()
            screen.leave_lost_place()
        sentence = sentence or here or ""
    if not sentence:
        return
    app.bell()
    if isinstance(app.screen, HeldScreen):
        app.screen.add(sentence, typed, workshop)
    else:
        app.push_screen(HeldScreen(sentence, typed, workshop))


class GoneNotices:
    """The app's toasts; one saying a place is gone (``Notice.gone_place``) goes once it is back.

    "Workshop „X“ liegt im Papierkorb" must not stay on screen after ``u`` brought X back.
    """

    def __init__(self, app: App[Any], timeout: float) -> None:
        self.app, self.timeout = app, timeout
        self._shown: list[tuple[Place, Notification]] = []

    def show(self, notice: Notice) -> None:
        """The notice as a toast (literally: notices quote what people typed and file names)."""
        shown = toast(self.app, notice.text, notice.severity, notice.timeout or self.timeout)
        if notice.gone_place is not None:
            self._shown.append((notice.gone_place, shown))

    def check(self, session: Session) -> None:
        """Withdraw the toasts about places that are back (forget those that timed out)."""
        kept = []
        for place, shown in self._shown:
            if place_exists(place, session.document):
                self.app.call_next(withdraw, self.app, shown)  # after the toast itself, if still on its way
            elif not shown.has_expired:
                kept.append((place, shown))
        self._shown = kept
