"""The facilitator's flows behind the command palette: workshops, jump, merge, export, language."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from textual.widgets import Input

from faktor4_tui.export import MissingDependency, exporter
from faktor4_tui.export.pdfdoc import PdfExport, export_pdf
from faktor4_tui.i18n import catalog, language, t, visible
from faktor4_tui.merge import merge_change, room_to_merge
from faktor4_tui.model.search import Hit
from faktor4_tui.session import REPLACED_NOTICE_SECONDS
from faktor4_tui.settings import SettingsError, update_settings
from faktor4_tui.store import Store, StoreError
from faktor4_tui.store.jsonfile import atomic_write, is_own_file
from faktor4_tui.store.ops import AddWorkshop, MoveWorkshop, RenameWorkshop
from faktor4_tui.ui.commands.host import CommandHost
from faktor4_tui.ui.screens.aufgabe import AufgabeScreen
from faktor4_tui.ui.screens.problems import ProblemScreen
from faktor4_tui.ui.screens.prompt import ConfirmPrompt, TextPrompt
from faktor4_tui.ui.widgets.keylist import KeyList

# Format -> (file suffix, name shown in the palette).
EXPORTS = {
    "md": (".md", "Markdown"),
    "csv": (".csv", "CSV"),
    "pptx": (".pptx", "PowerPoint"),
    "xlsx": (".xlsx", "Excel/Calc (xlsx)"),
    "json": (".json", "JSON"),
    "pdf": (".pdf", "PDF"),
    "html": (".html", "HTML"),
}
LANGUAGE_NAMES = {"de": "Deutsch", "en": "English"}


# --- workshops -------------------------------------------------------------


def new_workshop(app: CommandHost) -> None:
    """Ask for a name, create the workshop and switch to it (unless that would drop typed text)."""
    if unsaved_input(app):
        return

    def create(name: str | None) -> None:
        if name:
            new_id = app.session.apply_new(AddWorkshop(name))
            if new_id is not None:
                app.select_workshop(new_id)

    app.push_screen(TextPrompt(t("workshop.new_title")), create)


def rename_workshop(app: CommandHost) -> None:
    """Ask for the current workshop's new name and save it."""
    workshop = app.session.workshop
    if workshop is None:
        app.notify(t("app.no_workshop"), severity="warning")
        return

    def rename(name: str | None) -> None:
        if name and name != workshop.name:  # a name another workshop has is refused with a notice
            app.session.apply(RenameWorkshop(workshop.id, name, seen=workshop.version))

    app.push_screen(TextPrompt(t("workshop.rename_title", name=workshop.name), workshop.name), rename)


def move_workshop(app: CommandHost, step: int) -> None:
    """Move the current workshop one place earlier (-1) or later (1) in the file's order of rooms."""
    workshop = app.session.workshop
    if workshop is None:
        app.notify(t("app.no_workshop"), severity="warning")
        return
    index = app.session.document.workshops.index(workshop) + step
    if not 0 <= index < len(app.session.document.workshops):
        app.bell()
        return
    app.session.apply(MoveWorkshop(workshop.id, index))


def forum_overview(app: CommandHost) -> None:
    """The forum overview (every room with its counts; Enter opens one), unless that would drop typed text."""
    if not unsaved_input(app):
        app.action_workshop(overview=True)


def massnahmen(app: CommandHost) -> None:
    """The Maßnahmen of all rooms (the overview across the forum)."""
    from faktor4_tui.ui.screens.massnahmen import MassnahmenScreen

    if not isinstance(app.screen, MassnahmenScreen):
        app.push_screen(MassnahmenScreen(app.session))


# --- jump to a search hit ----------------------------------------------------


def unsaved_input(app: CommandHost) -> bool:
    """True (and says so) if leaving the current screens would drop typed text not yet saved."""
    event = app.session.document.event
    for screen in app.screen_stack[1:]:
        typing = any(keylist.mode and keylist.editor.value.strip() for keylist in screen.query(KeyList))
        fields = [field for field in screen.query(Input) if (field.id or "").startswith("event-")]
        changed = any(
            field.value != getattr(event, (field.id or "").removeprefix("event-"), field.value) for field in fields
        )
        if typing or changed:
            app.notify(t("search.unsaved"), severity="warning")
            return True
    return False


def switch_workshop(app: CommandHost) -> None:
    """The workshop dialog, unless that would drop typed text."""
    if not unsaved_input(app):
        app.action_workshop()


def jump_to(app: CommandHost, hit: Hit) -> None:
    """Show a search hit: its workshop, its Aufgabe on the list, or the entry in its pane."""
    workshop = app.session.document.workshop(hit.workshop_id)
    if workshop is None or workshop.aufgabe(hit.aufgabe_id) is None:
        app.notify(t("search.gone"), severity="warning")
        return
    if unsaved_input(app):
        return
    while len(app.screen_stack) > 1 and not isinstance(app.screen, ProblemScreen):
        app.pop_screen()
    if not isinstance(app.screen, ProblemScreen):
        return
    app.session.use_workshop(hit.workshop_id)
    app.screen.keylist.show_row(hit.aufgabe_id)
    if hit.section is not None:
        app.push_screen(AufgabeScreen(app.session, hit.aufgabe_id, section=hit.section, entry_id=hit.entry_id))


# --- the file was replaced ----------------------------------------------------


def _typed_texts(app: CommandHost) -> list[str]:
    """Text typed into open inputs and not saved: lines in open editors, changed event fields."""
    event = app.session.document.event
    texts = []
    for screen in app.screen_stack:
        texts += [keylist.editor.value.strip() for keylist in screen.query(KeyList) if keylist.mode]
        for field in screen.query(Input):
            name = (field.id or "").removeprefix("event-")
            if field.id != name and field.value != getattr(event, name, field.value):
                texts.append(field.value.strip())
    return [text for text in texts if text]


def follow_file(app: CommandHost) -> None:
    """The file was replaced by another one: work on the one there now, from its problem list.

    Text typed for the previous file and not saved is not carried into the new one: each line
    is reported in a notice that stays (and the inputs close).
    """
    typed = _typed_texts(app)
    if not app.session.follow_replacement():
        return
    for screen in app.screen_stack:
        for keylist in screen.query(KeyList):
            if keylist.mode:
                keylist.close_editor()
    while len(app.screen_stack) > 1:
        app.pop_screen()
    for text in typed:
        app.notify(t("app.replaced_unsaved", text=text), severity="warning", timeout=REPLACED_NOTICE_SECONDS)


# --- merge a room's file into this one ------------------------------------------


def merge_room(app: CommandHost) -> None:
    """Ask for a room's file (a laptop's) and merge its rooms into this file: one change, ``u`` takes it back."""
    app.push_screen(TextPrompt(t("merge.prompt")), partial(_merge_from, app))


def _merge_from(app: CommandHost, answer: str | None) -> None:
    if not answer:
        return
    path = Path(answer).expanduser()
    if not path.is_absolute():
        path = app.session.store.path.parent / path
    forum = app.session.store
    try:
        if not path.is_file():
            raise StoreError(t("cli.not_a_file", path=path))
        change, said = merge_change(forum, [room_to_merge(Store(path), forum, path.name)])
    except StoreError as error:
        app.notify(str(error), severity="error", markup=False)
        return
    for sentence in said:
        app.notify(sentence, severity="warning", markup=False)
    if app.session.apply(change):
        app.notify(t("merge.done_app", file=path.name), timeout=8, markup=False)


# --- export ----------------------------------------------------------------


def export(app: CommandHost, fmt: str) -> None:
    """Ask where to write the export (default: beside the data file), then write it."""
    suffix, name = EXPORTS[fmt]
    # A data file whose name has control characters gets an export name with them written out.
    default = app.session.store.path.with_suffix(suffix)
    app.push_screen(TextPrompt(t("export.prompt", format=name), visible(default)), partial(_export_to, app, fmt))


def _export_to(app: CommandHost, fmt: str, answer: str | None) -> None:
    if not answer:
        return
    target = Path(answer).expanduser()
    if not target.is_absolute():
        target = app.session.store.path.parent / target
    if target.is_symlink():
        app.notify(t("error.target_symlink", path=target), severity="error")
    elif target.is_dir():
        app.notify(t("export.is_folder", path=target), severity="error")
    elif is_own_file(target, app.session.store.path):
        app.notify(t("export.is_data_file", path=target), severity="error")
    elif not target.parent.is_dir():
        app.notify(t("export.no_folder", path=target, folder=target.parent), severity="error")
    elif target.exists():
        app.push_screen(
            ConfirmPrompt(t("export.exists", path=target)), lambda yes: _write_export(app, fmt, target) if yes else None
        )
    else:
        _write_export(app, fmt, target)


def _write_export(app: CommandHost, fmt: str, target: Path) -> None:
    payload: str | bytes
    pdf: PdfExport | None = None
    try:
        if fmt == "pdf":
            pdf = export_pdf(app.session.document, None)
            payload = pdf.data
        else:
            payload = exporter(fmt)(app.session.document, None)
    except MissingDependency as missing:
        app.notify(
            t(
                "cli.export.needs_extra",
                path=target,
                name=EXPORTS[fmt][1],
                package=missing.package,
                extra=missing.extra,
            ),
            severity="error",
        )
        return
    data = payload.encode("utf-8") if isinstance(payload, str) else payload
    try:
        atomic_write(target, data)
    except StoreError as error:
        app.notify(str(error), severity="error")
        return
    app.notify(t("export.done", path=target))
    if pdf is not None and pdf.replaced:
        app.notify(pdf.note(target), severity="warning")


# --- settings: language (the theme: ui/theme_setting.py) ---------------------


def choose_language(app: CommandHost, code: str) -> None:
    """Remember the UI language; it takes effect at the next start (said in that language)."""
    try:
        update_settings(language=code)
    except SettingsError as error:
        app.notify(str(error), severity="error")
        return
    key = "language.active" if code == language() else "language.saved"
    app.notify(catalog(code)[key].format(name=LANGUAGE_NAMES.get(code, code)), timeout=6)
