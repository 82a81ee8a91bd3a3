"""Shared helpers for driving the presentation in tests (not a test module)."""

from __future__ import annotations

from textual.app import App
from textual.widgets import Static

from faktor4_tui.ui.screens.present import PresentScreen
from faktor4_tui.ui.widgets.slide_body import SlideBody


def screen(app: App) -> PresentScreen:
    """The presentation screen on top."""
    assert isinstance(app.screen, PresentScreen)
    return app.screen


def body_text(app: App) -> str:
    """The slide body as plain text, one row (heading, question, line) per line."""
    return screen(app).query_one("#present-body", SlideBody).text


def counter(app: App) -> str:
    """The "n / total" counter as shown."""
    return str(screen(app).query_one("#present-counter", Static).content)


def notice(app: App) -> str:
    """The notice (or key hint) at the bottom left."""
    return str(screen(app).query_one("#present-notice", Static).content)
