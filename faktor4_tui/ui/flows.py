"""The facilitator's flows behind the command palette: workshops, jump, export, language."""

from __future__ import annotations

import os
import tempfile
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from faktor4_tui.i18n import catalog, language, t
from faktor4_tui.model.search import Hit
from faktor4_tui.settings import SettingsError, update_settings

from faktor4_tui.ui.screens.prompt import ConfirmPrompt, TextPrompt
from faktor4_tui.store.ops import AddWorkshop, RenameWorkshop

if TYPE_CHECKING:
    from faktor4_tui.ui.app import Faktor4App

# Format -> (file suffix, name shown in the palette).
EXPORTS = {
    "md": (".md", "Markdown"),
    "csv": (".csv", "CSV"),
    "pptx": (".pptx", "PowerPoint"),
    "json": (".json", "JSON"),
}
LANGUAGE_NAMES = {"de": "Deutsch", "en": "English"}


# --- workshops -------------------------------------------------------------


def new_workshop(app: Faktor4App) -> None:
    """Ask for a name, create the workshop and switch to it (unless that would drop typed text)."""
    if unsaved_input(app):
        return

    def create(name: str | None) -> None:
        if name:
            new_id = app.apply_new(AddWorkshop(name=name))
            if new_id is not None:
                app.select_workshop(new_id)

    app.push_screen(TextPrompt(t("workshop.new_title")), create)


def rename_workshop(app: Faktor4App) -> None:
    """Ask for the current workshop's new name and save it."""
    workshop = app.workshop
    if workshop is None:
        app.notify(t("app.no_workshop"), severity="warning")
        return

    def rename(name: str | None) -> None:
        if name and name != workshop.name:
            app.apply(RenameWorkshop(id=workshop.id, name=name))

    app.push_screen(TextPrompt(t("workshop.rename_title", name=workshop.name), workshop.name), rename)


# --- jump to a search hit ----------------------------------------------------


def unsaved_input(app: Faktor4App) -> bool:
    """True (and says so) if leaving the current screens would drop typed text not yet saved."""
    from textual.widgets import Input

    from faktor4_tui.ui.widgets.keylist import KeyList

    event = app.document.event
    for screen in app.screen_stack[1:]:
        typing = any(keylist.mode and keylist.editor.value.strip() for keylist in screen.query(KeyList))
        fields = [field for field in screen.query(Input) if (field.id or "").startswith("event-")]
        changed = any(field.value != getattr(event, field.id.removeprefix("event-"), field.value) for field in fields)
        if typing or changed:
            app.notify(t("search.unsaved"), severity="warning")
            return True
    return False


def switch_workshop(app: Faktor4App) -> None:
    """The workshop dialog, unless that would drop typed text."""
    if not unsaved_input(app):
        app.action_workshop()


def jump_to(app: Faktor4App, hit: Hit) -> None:
    """Show a search hit: its workshop, its Aufgabe on the list, or the entry in its pane."""
    from faktor4_tui.ui.screens.aufgabe import AufgabeScreen
    from faktor4_tui.ui.screens.problems import ProblemScreen

    workshop = app.document.workshop(hit.workshop_id)
    if workshop is None or workshop.aufgabe(hit.aufgabe_id) is None:
        app.notify(t("search.gone"), severity="warning")
        return
    if unsaved_input(app):
        return
    while len(app.screen_stack) > 1 and not isinstance(app.screen, ProblemScreen):
        app.pop_screen()
    if not isinstance(app.screen, ProblemScreen):
        return
    app.use_workshop(hit.workshop_id)
    problems = app.screen
    problems.keylist.show_row(hit.aufgabe_id)
    if hit.section is not None:
        app.push_screen(AufgabeScreen(hit.aufgabe_id, section=hit.section, entry_id=hit.entry_id))


# --- export ----------------------------------------------------------------


def export(app: Faktor4App, fmt: str) -> None:
    """Ask where to write the export (default: beside the data file), then write it."""
    suffix, name = EXPORTS[fmt]
    default = app.store.path.with_suffix(suffix)
    app.push_screen(TextPrompt(t("export.prompt", format=name), str(default)), partial(_export_to, app, fmt))


def _export_to(app: Faktor4App, fmt: str, answer: str | None) -> None:
    if not answer:
        return
    target = Path(answer).expanduser()
    if not target.is_absolute():
        target = app.store.path.parent / target
    if target.is_dir():
        app.notify(t("export.is_folder", path=target), severity="error")
    elif target.resolve() == app.store.path.resolve():
        app.notify(t("export.is_data_file", path=target), severity="error")
    elif not target.parent.is_dir():
        app.notify(t("export.no_folder", path=target, folder=target.parent), severity="error")
    elif target.exists():
        app.push_screen(ConfirmPrompt(t("export.exists", path=target)),
                        lambda yes: _write_export(app, fmt, target) if yes else None)
    else:
        _write_export(app, fmt, target)


def _write_export(app: Faktor4App, fmt: str, target: Path) -> None:
    from faktor4_tui.export import MissingDependency, exporter

    try:
        payload = exporter(fmt)(app.document, None)
    except MissingDependency:
        app.notify(t("export.needs_pptx", path=target), severity="error")
        return
    data = payload.encode("utf-8") if isinstance(payload, str) else payload
    try:
        write_file(target, data)
    except OSError as error:
        app.notify(t("export.failed", path=target, reason=error.strerror or error), severity="error")
        return
    app.notify(t("export.done", path=target))


def write_file(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` atomically: a temp file beside it, fsync, then os.replace."""
    handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}-", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp_name, 0o666 & ~_umask())
        os.replace(temp_name, target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# --- settings: language (the theme: ui/theme_setting.py) ---------------------


def choose_language(app: Faktor4App, code: str) -> None:
    """Remember the UI language; it takes effect at the next start (said in that language)."""
    try:
        update_settings(language=code)
    except SettingsError as error:
        app.notify(str(error), severity="error")
        return
    key = "language.active" if code == language() else "language.saved"
    app.notify(catalog(code)[key].format(name=LANGUAGE_NAMES.get(code, code)), timeout=6)
