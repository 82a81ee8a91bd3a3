"""The remembered theme: applied when an app starts, saved whenever the user picks another."""

from __future__ import annotations

from typing import TYPE_CHECKING

from faktor4_tui.settings import SettingsError, load_settings, update_settings

if TYPE_CHECKING:
    from textual.app import App
    from textual.theme import Theme


def remember_theme(app: App) -> None:
    """Apply the remembered theme and save the theme whenever the user changes it."""
    remembered = load_settings().theme
    saved = {"theme": remembered}
    if remembered in app.available_themes and remembered != app.theme:
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
