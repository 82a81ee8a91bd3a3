"""Where the app's screen keys lead: the help, the workshops, the event, a new file's questions, presenting.

The app binds the keys; what opening each screen takes lives here (screens are imported when
first needed, so starting the app loads only the problem list).
"""

from __future__ import annotations

from faktor4_tui.i18n import t
from faktor4_tui.ui.commands.host import CommandHost
from faktor4_tui.ui.screens.base import SessionScreen
from faktor4_tui.ui.screens.keyhelp import HelpGroup


def help_sections(app: CommandHost) -> list[HelpGroup]:
    """The help's groups: everywhere, problem list, Aufgabe, every list, event, workshops, Maßnahmen."""
    from faktor4_tui.ui.screens.aufgabe import AufgabeScreen
    from faktor4_tui.ui.screens.event import EventScreen
    from faktor4_tui.ui.screens.massnahme import MassnahmeScreen
    from faktor4_tui.ui.screens.massnahmen import MassnahmenScreen
    from faktor4_tui.ui.screens.problems import ProblemScreen
    from faktor4_tui.ui.screens.workshop import WorkshopScreen
    from faktor4_tui.ui.widgets.keylist import KeyList, RowOptions

    return [
        (t("help.group.app"), [type(app)]),
        (t("help.group.problems"), [ProblemScreen]),
        (t("help.group.aufgabe"), [AufgabeScreen]),
        (t("help.group.list"), [RowOptions, KeyList]),
        (t("help.group.event"), [EventScreen]),
        (t("help.group.workshops"), [WorkshopScreen]),
        (t("help.group.massnahme"), [MassnahmeScreen]),
        (t("help.group.massnahmen"), [MassnahmenScreen]),
    ]


def open_help(app: CommandHost) -> None:
    """Every key, generated from the live bindings (while presenting: the presentation's)."""
    from faktor4_tui.ui.screens.help import HelpScreen
    from faktor4_tui.ui.screens.present import PresentScreen

    screen = app.screen
    app.push_screen(HelpScreen(screen.help_sections() if isinstance(screen, PresentScreen) else help_sections(app)))


def open_workshops(app: CommandHost, overview: bool = False) -> None:
    """The workshops (the forum overview): switch, create, rename, reorder, delete; the first one's name."""
    from faktor4_tui.ui.screens.workshop import WorkshopScreen

    first = not app.session.document.workshops
    app.push_screen(WorkshopScreen(app.session, first=first, overview=overview), app.select_workshop)


def ask_new_file(app: CommandHost) -> None:
    """A new file: the event first (Escape goes on), then "Wie heißt der erste Workshop?"."""
    from faktor4_tui.ui.screens.event import EventScreen

    event = app.session.document.event
    if not (event.title or event.forum or event.dates):
        app.push_screen(EventScreen(app.session, first=True), lambda _done: open_workshops(app))
    else:
        open_workshops(app)


def open_event(app: CommandHost) -> None:
    """Edit the event: title, forum, dates, Ziel and Ablauf (and the Ausgangswert)."""
    from faktor4_tui.ui.screens.event import EventScreen

    if not isinstance(app.screen, EventScreen):
        app.push_screen(EventScreen(app.session))


def present_here(app: CommandHost) -> None:
    """Present from here: the slide of the list or pane in front."""
    from faktor4_tui.ui.screens.present import PresentScreen

    screen = app.screen
    start = screen.slide_key() if isinstance(screen, SessionScreen) else None
    app.push_screen(PresentScreen(app.session, app.session.workshop_id, start))
