"""Presentation: the workshop deck full screen, following the file live."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType

from faktor4_tui.deck import SlideKey
from faktor4_tui.deck.measure import cell_width
from faktor4_tui.deck.text import counter, workshop_line
from faktor4_tui.i18n import t
from faktor4_tui.session import Session
from faktor4_tui.session.deck_cursor import DeckCursor
from faktor4_tui.ui.screens.base import SessionScreen
from faktor4_tui.ui.screens.keyhelp import HelpGroup
from faktor4_tui.ui.widgets.countdown import Countdown
from faktor4_tui.ui.widgets.event_bar import EventBar
from faktor4_tui.ui.widgets.present_status import PresentStatus
from faktor4_tui.ui.widgets.slide_body import SlideBody


def _binding(keys: str, action: str, name: str, show: bool = True) -> Binding:
    return Binding(
        keys, action, t(f"present.{name}"), show=show, id=f"present.{name}", tooltip=t(f"present.{name}.tip")
    )


class PresentScreen(SessionScreen):
    """The deck of one workshop (or all), one slide at a time; read-only; follows the session's file."""

    BINDINGS: ClassVar[list[BindingType]] = [
        _binding("right,space,pagedown,n,l", "next", "next"),
        _binding("left,pageup,p,h", "previous", "prev"),
        _binding("home,g", "first", "first"),
        _binding("end,G", "last", "last"),
        _binding("right_square_bracket", "room(1)", "room.next"),
        _binding("left_square_bracket", "room(-1)", "room.prev"),
        _binding("w", "choose_room", "room.choose"),
        _binding("t", "timer", "timer"),
        _binding("plus", "timer_adjust(1)", "timer.more"),
        _binding("minus", "timer_adjust(-1)", "timer.less"),
        _binding("f1,question_mark", "help", "help"),
        _binding("escape,q", "leave", "leave"),
        Binding("enter", "enter", t("present.next"), id="present.enter", tooltip=t("present.digit.tip")),
        Binding("backspace", "back", t("present.prev"), id="present.back", tooltip=t("present.prev.tip")),
        *(
            Binding(
                str(d),
                f"digit({d})",
                t("present.digit"),
                show=False,
                id=f"present.digit-{d}",
                tooltip=t("present.digit.tip"),
            )
            for d in range(10)
        ),
    ]

    def __init__(
        self,
        session: Session,
        workshop_id: int | None = None,
        start: SlideKey | None = None,
        on_slide: Callable[[int | None, SlideKey], None] | None = None,
    ) -> None:
        super().__init__(session)
        self.cursor = DeckCursor(session.document, workshop_id, start)
        self.on_slide = on_slide  # told the workshop presented and the slide on show after every redraw
        self.digits = ""
        self.notice = ""
        self._measured: tuple[object, int] = (None, 0)

    def compose(self) -> ComposeResult:
        """Event band, slide body, status band."""
        yield EventBar(id="present-event-bar")
        yield SlideBody(id="present-body")
        yield PresentStatus(id="present-status")

    def on_mount(self) -> None:
        """Show the first slide."""
        self.redraw()

    def refresh_view(self) -> None:
        """Another process changed the file (or it cannot be read): show the newer deck, same slide."""
        self.cursor.update(self.session.document)
        self.redraw()

    def on_slide_body_resized(self, message: SlideBody.Resized) -> None:
        """Re-fit the deck to the body's new size, staying on the same slide."""
        if self.cursor.set_fit(message.fit):
            self.redraw()

    def room_line(self) -> str:
        """The header's room: "Workshop 2/5: Energiewirtschaft" (a forum), "Workshop: NAME" (one room)."""
        cursor, slide = self.cursor, self.cursor.current
        rooms, room = cursor.rooms, cursor.room
        if len(rooms) < 2:
            return workshop_line(slide)
        if room is None:
            return t("present.rooms", total=len(rooms))
        return t("present.room", n=room.number, total=len(rooms), name=room.name)

    def room_width(self) -> int:
        """Cells of the widest room line this deck can show (the header keeps that width throughout)."""
        rooms = self.cursor.rooms
        if rooms is not self._measured[0]:
            total = len(rooms)
            if total < 2:
                labels = [t("workshop.label", name=room.name) for room in rooms]
            else:
                labels = [t("present.room", n=r.number, total=total, name=r.name) for r in rooms]
                labels.append(t("present.rooms", total=total))
            self._measured = (rooms, max((cell_width(label) for label in labels), default=0))
        return self._measured[1]

    def redraw(self) -> None:
        """Show the current slide, its frame, the counter and any notice."""
        slide = self.cursor.current
        self.query_one(EventBar).show(slide, self.room_line(), self.room_width())
        self.query_one(SlideBody).show(slide)
        if self.session.replaced:
            notice, warn = t("present.replaced", path=self.session.store.path), True
        elif self.session.load_error:
            notice, warn = t("present.stale", error=self.session.load_error), True
        elif self.digits:
            notice, warn = t("present.goto", digits=self.digits), False
        else:
            notice, warn = self.notice, False
        self.query_one(PresentStatus).show(counter(self.cursor.index + 1, self.cursor.total), notice, warn)
        if self.on_slide is not None:
            self.on_slide(self.cursor.workshop_id, slide.key)

    def go(self, index: int) -> None:
        """Go to slide ``index`` (0-based, clamped), forgetting typed digits."""
        self.digits = self.notice = ""
        self.cursor.go(index)
        self.redraw()

    def action_next(self) -> None:
        """Next slide (onto an Aktion's problem list: its part that shows the Aktion's Aufgabe)."""
        self.digits = self.notice = ""
        self.cursor.next()
        self.redraw()

    def action_previous(self) -> None:
        """Previous slide."""
        self.go(self.cursor.index - 1)

    def action_first(self) -> None:
        """First slide."""
        self.go(0)

    def action_last(self) -> None:
        """Last slide."""
        self.go(self.cursor.total - 1)

    def action_digit(self, digit: int) -> None:
        """Type a digit of a slide number (Enter goes there)."""
        self.digits = (self.digits + str(digit))[-4:]
        self.redraw()

    def action_enter(self) -> None:
        """Go to the typed slide number, or to the next slide."""
        if self.digits:
            self.go(int(self.digits) - 1)
        else:
            self.action_next()

    def action_back(self) -> None:
        """Delete a typed digit, or go to the previous slide."""
        if self.digits:
            self.digits = self.digits[:-1]
            self.redraw()
        else:
            self.action_previous()

    def action_room(self, step: int) -> None:
        """To the first slide of the next or previous workshop."""
        self.digits = self.notice = ""
        if not self.cursor.step_room(step):
            self.notice = t("present.room.last" if step > 0 else "present.room.first")
        self.redraw()

    def action_choose_room(self) -> None:
        """Choose a workshop from a list and go to its first slide."""
        from faktor4_tui.ui.screens.room_pick import RoomPicker

        room = self.cursor.room
        self.app.push_screen(RoomPicker(self.cursor.rooms, room.workshop_id if room else None), self._chosen)

    def _chosen(self, workshop_id: int | None) -> None:
        if workshop_id is not None:
            self.digits = self.notice = ""
            self.cursor.go_room(workshop_id)
            self.redraw()

    @staticmethod
    def help_sections() -> list[HelpGroup]:
        """The help's one group while presenting: the presentation's keys."""
        return [(t("help.group.present"), [PresentScreen])]

    def action_help(self) -> None:
        """Every key of the presentation (F1, ?)."""
        from faktor4_tui.ui.screens.help import HelpScreen

        self.app.push_screen(HelpScreen(self.help_sections()))

    def action_timer(self) -> None:
        """Start or stop the countdown."""
        self.query_one(Countdown).toggle()

    def action_timer_adjust(self, minutes: int) -> None:
        """A minute more or less on the countdown."""
        self.notice = self.query_one(Countdown).adjust(minutes)
        self.redraw()

    def action_leave(self) -> None:
        """Drop typed digits; else leave (back to the app, or quit when presenting alone)."""
        if self.digits:
            self.digits = ""
            self.redraw()
        elif len(self.app.screen_stack) > 1:
            self.dismiss()
        else:
            self.app.exit()
