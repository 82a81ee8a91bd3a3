"""Every theme faktor4 offers has text contrast of at least 4.5:1 (WCAG AA), computed from its colours."""

from __future__ import annotations

import re
from pathlib import Path

from textual.color import Color

from faktor4_tui.session import Session
from faktor4_tui.store import Store
from faktor4_tui.ui.app import Faktor4App
from faktor4_tui.ui.commands.legible import TEXT_ON
from faktor4_tui.ui.present_app import PresentApp

STYLESHEET = Path(__file__).parents[2] / "faktor4_tui" / "ui" / "app.tcss"


def relative_luminance(colour: Color) -> float:
    """WCAG 2: the sRGB channels linearised, weighted 0.2126 R, 0.7152 G, 0.0722 B."""
    linear = [c / 255 / 12.92 if c / 255 <= 0.03928 else ((c / 255 + 0.055) / 1.055) ** 2.4 for c in colour.rgb]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def ratio(one: Color, other: Color) -> float:
    high, low = sorted((relative_luminance(one), relative_luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def drawn(value: str, under: Color) -> Color:
    """A theme value as the terminal shows it over ``under`` ("auto 87%": Textual's text for that colour)."""
    name, _, alpha = value.partition(" ")
    share = float(alpha.rstrip("%")) / 100 if alpha else 1.0
    colour = under.get_contrast_text(share) if name == "auto" else Color.parse(name).multiply_alpha(share)
    return under + colour


def contrasts(app) -> dict[str, list[tuple[str, str, float]]]:
    out = {}
    for name in app.available_themes:
        colours = app.get_theme(name).to_color_system().generate()
        background = Color.parse(colours["background"])
        pairs = []
        for text, under, _where in TEXT_ON:
            below = background if under == "background" else drawn(colours[under], background)
            pairs.append((text, under, ratio(drawn(colours[text], below), below)))
        out[name] = pairs
    return out


def test_the_checked_pairs_cover_body_text_headings_labels_and_the_highlight_row() -> None:
    pairs = {(text, under) for text, under, _where in TEXT_ON}
    for needed in (
        ("foreground", "background"),
        ("accent", "background"),  # headings
        ("text-muted", "background"),  # labels
        ("block-cursor-foreground", "block-cursor-background"),  # the highlighted row
    ):
        assert needed in pairs
    # Every colour the stylesheet gives text is one the pairs check.
    used = set(re.findall(r"^\s*color:\s*\$([a-z-]+)", STYLESHEET.read_text(encoding="utf-8"), re.MULTILINE))
    assert used and used <= {text for text, _under, _where in TEXT_ON}, used


async def test_every_offered_theme_reaches_aa(demo_store: Store) -> None:
    for app in (Faktor4App(Session(demo_store)), PresentApp(Session(demo_store))):
        async with app.run_test(size=(80, 24)):
            offered = app.available_themes
            assert "textual-light" in offered and "textual-dark" in offered and len(offered) > 10
            assert not any(theme.ansi for theme in offered.values())  # the terminal's palette: unknown contrast
            failing = {
                name: [(text, under, round(value, 2)) for text, under, value in pairs if value < 4.5]
                for name, pairs in contrasts(app).items()
            }
            assert failing == {name: [] for name in offered}
            heading = {(t, u): v for t, u, v in contrasts(app)["textual-light"]}[("accent", "background")]
            assert heading >= 4.5  # was 1.5:1 (orange on light grey)
            app.theme = "textual-light"  # what is shown is the legible theme
            assert app.current_theme.variables.get("accent") == app.get_theme("textual-light").variables["accent"]


async def test_a_terminal_of_16_colours_draws_highlight_header_and_footer_in_its_black_and_white(
    demo_store: Store,
) -> None:
    from textual.widgets import OptionList

    from faktor4_tui.ui.commands import legible

    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert not legible.few_colours(app) and not app.has_class("-few-colours")  # tests run headless
        app.set_class(True, "-few-colours")  # what mark_few_colours does on TERM=xterm without COLORTERM
        await pilot.pause()
        rows = app.screen.query_one(OptionList)
        highlighted = rows.get_component_styles("option-list--option-highlighted")
        assert (highlighted.color.ansi, highlighted.background.ansi) == (0, 7)  # black on white
        header = app.screen.query_one(".status-header")
        assert (header.styles.color.ansi, header.styles.background.ansi) == (0, 7)
