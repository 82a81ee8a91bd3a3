"""Every theme faktor4 offers is legible: text contrast at least 4.5:1 (WCAG AA) wherever it shows text.

Textual's themes are made for looks: its light theme draws orange headings on light grey at 1.5:1,
several blue highlights sit at 3:1. ``legible`` takes a theme and moves the colours that fail —
an accent used for headings, the highlight row, the footer's keys, the error band — away from the
colour under them (lighter on dark themes, darker on light ones; the hue stays) until each
pair in ``TEXT_ON`` reaches ``TARGET``. The apps look every theme up through ``legible_theme``
(``App.get_theme``), so a theme is corrected when it is first shown. Themes in the terminal's own
ANSI colours are not offered: their contrast is the terminal's palette, which faktor4 cannot know.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from textual.app import App
from textual.color import BLACK, WHITE, Color
from textual.theme import Theme

AA = 4.5
"""WCAG 2 level AA for body text."""
TARGET = 4.6
"""What a corrected colour is moved to (a little above AA, so rounding never drops it below)."""

TEXT_ON: tuple[tuple[str, str, str], ...] = (
    ("foreground", "background", "body text: slides, lists"),
    ("foreground", "surface", "body text in dialogs"),
    ("text", "background", "text"),
    ("text", "surface", "text in dialogs"),
    ("text-muted", "background", "labels: pane titles, hints, the empty list"),
    ("text-muted", "surface", "labels in dialogs"),
    ("accent", "background", "headings: screen question, focused pane title, slide heading, title"),
    ("accent", "surface", "headings in dialogs (help groups)"),
    ("primary", "background", "links and primary text"),
    ("warning", "background", "warnings: the plan has more than 4 Aktionen, slide warning"),
    ("warning", "surface", "warnings in dialogs"),
    ("error", "background", "the timer's end, errors"),
    ("text", "primary-background", "the header: file, workshop, save state"),
    ("text", "error", "the header showing an error"),
    ("text", "warning-muted", "the header of a read-only file"),
    ("block-cursor-foreground", "block-cursor-background", "the highlighted row of a focused list"),
    ("block-cursor-blurred-foreground", "block-cursor-blurred-background", "the highlighted row of another list"),
    ("footer-key-foreground", "footer-background", "the footer's keys"),
    ("footer-description-foreground", "footer-background", "the footer's descriptions"),
)
"""(text colour, colour under it, where): the theme variables faktor4 shows text in."""


def luminance(colour: Color) -> float:
    """WCAG relative luminance (0 black … 1 white)."""

    def channel(value: int) -> float:
        share = value / 255
        return share / 12.92 if share <= 0.03928 else ((share + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.r) + 0.7152 * channel(colour.g) + 0.0722 * channel(colour.b)


def contrast(one: Color, other: Color) -> float:
    """WCAG contrast ratio of two opaque colours (1 … 21)."""
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def resolve(value: str, under: Color) -> Color:
    """A theme variable's colour as drawn over ``under``: "auto 87%" (Textual's contrasting text),
    "#RRGGBB", "#RRGGBBAA" or "COLOUR 50%" (alpha blended over what is under it)."""
    name, _, percent = value.strip().partition(" ")
    alpha = float(percent.rstrip("%")) / 100 if percent.endswith("%") else 1.0
    if name == "auto":
        return under + under.get_contrast_text(alpha)
    return under + Color.parse(name).multiply_alpha(alpha)


def variables(theme: Theme) -> dict[str, str]:
    """Every colour variable the theme gives the stylesheet."""
    return theme.to_color_system().generate()


def pair_colours(colours: dict[str, str], text: str, under: str) -> tuple[Color, Color]:
    """The text colour and the colour under it, both as drawn on the theme's background."""
    background = Color.parse(colours["background"])
    below = background if under == "background" else resolve(colours[under], background)
    return resolve(colours[text], below), below


def failures(theme: Theme, level: float = AA) -> list[tuple[str, str, float]]:
    """The pairs of ``TEXT_ON`` whose contrast is below ``level`` in ``theme``: (text, under, ratio)."""
    return _failures(variables(theme), level)


def _failures(colours: dict[str, str], level: float) -> list[tuple[str, str, float]]:
    found = []
    for text, under, _where in TEXT_ON:
        ratio = contrast(*pair_colours(colours, text, under))
        if ratio < level:
            found.append((text, under, ratio))
    return found


def _away(colour: Color, other: Color) -> Color:
    """``colour`` moved towards white or black (away from ``other``) until they contrast ``TARGET``,
    or as far as it goes."""
    target = WHITE if luminance(colour) > luminance(other) else BLACK
    if contrast(target, other) < TARGET:  # not enough room on that side: the other side
        target = BLACK if target is WHITE else WHITE
    step, moved = 0.0, colour
    while contrast(moved, other) < TARGET and step < 1:
        step = min(1.0, step + 0.04)
        moved = colour.blend(target, step)
    return moved


def legible(theme: Theme) -> Theme:
    """``theme`` with the colours that fail ``TEXT_ON`` moved until every pair reaches AA.

    The moved colours go into the theme's variables (which win over the colours Textual derives),
    so the theme keeps its name, its base colours and everything that passes.
    """
    colours = variables(theme)
    moved: dict[str, str] = {}
    for _round in range(40):
        found = _failures(colours, TARGET)
        if not found:
            break
        text, under, _ratio = found[0]
        shown, below = pair_colours(colours, text, under)
        if not colours[text].startswith("auto"):
            better = _away(shown, below)
            if contrast(better, below) >= TARGET:
                moved[text] = colours[text] = better.hex
                continue
        # Textual picks "auto" text for the colour under it (or the text cannot move far enough):
        # move the colour under it away from the text.
        moved[under] = colours[under] = _away(below, shown).hex
    return replace(theme, variables={**theme.variables, **moved}) if moved else theme


_made_legible: dict[str, tuple[Theme, Theme]] = {}


def legible_theme(theme: Theme | None) -> Theme | None:
    """``legible(theme)``, computed once per theme (an app asks for its theme often)."""
    if theme is None or theme.ansi:
        return theme
    known = _made_legible.get(theme.name)
    if known is None or known[0] is not theme:
        known = _made_legible[theme.name] = (theme, legible(theme))
    return known[1]


def few_colours(app: App[Any]) -> bool:
    """The terminal shows 16 colours or fewer (TERM=xterm without COLORTERM, the Windows console)."""
    return not app.is_headless and app.console.color_system in ("standard", "windows")


def drop_ansi_themes(app: App[Any]) -> None:
    """Offer no theme in the terminal's ANSI colours: their contrast is the terminal's palette."""
    for name, theme in list(app.available_themes.items()):
        if theme.ansi:
            app.unregister_theme(name)


def mark_few_colours(app: App[Any]) -> None:
    """On a terminal of 16 colours every theme is shown in the nearest of them; the app then carries
    the class ``-few-colours`` and the stylesheet draws what would land on an unreadable pair (a
    highlighted row: white on cyan; the footer: red on grey) in the terminal's black and white."""
    app.set_class(few_colours(app), "-few-colours")
