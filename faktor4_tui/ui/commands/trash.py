"""The palette's Papierkorb flows: see and restore what was deleted; delete a workshop into it."""

from __future__ import annotations

from functools import partial

from faktor4_tui.i18n import t
from faktor4_tui.session.trash import contents, restored, trash_lines
from faktor4_tui.store.ops import DeleteWorkshop, RestoreFromTrash
from faktor4_tui.ui.commands.flows import unsaved_input
from faktor4_tui.ui.commands.host import CommandHost
from faktor4_tui.ui.screens.problems import ProblemScreen
from faktor4_tui.ui.screens.prompt import ConfirmPrompt
from faktor4_tui.ui.screens.trash import TrashScreen


def open_trash(app: CommandHost) -> None:
    """The Papierkorb dialog (or a notice that it is empty); Enter restores the chosen item."""
    if not app.session.document.trash:
        app.notify(t("trash.empty"))
        return
    app.push_screen(TrashScreen(app.session), partial(restore, app))


def restore(app: CommandHost, item: int | None) -> None:
    """Bring a trash item back whole and say where it is now (or, as a notice, why it cannot come back)."""
    if item is None:
        return
    line = next((line for line in trash_lines(app.session.document) if line.item == item), None)
    if app.session.apply(RestoreFromTrash(item)) and line is not None:
        app.notify(restored(line, app.session.document))


def delete_workshop(app: CommandHost) -> None:
    """Ask, then move the current workshop with everything in it into the Papierkorb."""
    workshop = app.session.workshop
    if workshop is None:
        app.notify(t("app.no_workshop"), severity="warning")
        return
    if len(app.session.document.workshops) <= 1:
        app.notify(t("workshop.first_room"), severity="warning")
        return
    if unsaved_input(app):
        return
    entries = sum(len(entries) for aufgabe in workshop.aufgaben for entries in aufgabe.sections.values())
    counts = contents(len(workshop.aufgaben), entries)

    def answer(yes: bool | None) -> None:
        if not yes or not app.session.apply(DeleteWorkshop(workshop.id)):
            return
        while len(app.screen_stack) > 1 and not isinstance(app.screen, ProblemScreen):
            app.pop_screen()
        app.session.notify(t("workshop.deleted", name=workshop.name), gone_place=("aufgaben", workshop.id))

    app.push_screen(ConfirmPrompt(t("workshop.delete_question", name=workshop.name, counts=counts)), answer)
