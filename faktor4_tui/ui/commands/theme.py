"""The theme: Textual's picker in the palette, remembered per user and applied when an app starts."""

from __future__ import annotations

from typing import Any

from textual.app import App
from textual.command import CommandPalette
from textual.theme import Theme, ThemeProvider

from faktor4_tui.i18n import t
from faktor4_tui.settings import SettingsError, load_settings, update_settings


def choose_theme(app: App[Any]) -> None:
    """Textual's theme picker (the choice is remembered by ``remember_theme``)."""
    app.push_screen(CommandPalette(providers=[ThemeProvider], placeholder=t("command.theme.placeholder")))


def remember_theme(app: App[Any]) -> None:
    """Apply the remembered theme and save the theme whenever the user changes it."""
    remembered = load_settings().theme
    saved = {"theme": remembered}
    if remembered is not None and remembered in app.available_themes and remembered != app.theme:
        app.theme = remembered

    def save(theme: Theme) -> None:
        if theme.name == saved["theme"]:
            return
        try:
            update_settings(theme=theme.name)
        except SettingsError as error:
            app.notify(str(error), severity="error")
            return
        saved["theme"] = theme.name

    app.theme_changed_signal.subscribe(app, save)
