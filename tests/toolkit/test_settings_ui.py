"""Remembered settings from the app: the theme (applied on start, saved on change) and the language."""

from __future__ import annotations

from faktor4_tui.session import Session
from faktor4_tui.settings import Settings, load_settings, save_settings, settings_path
from faktor4_tui.store import Store
from faktor4_tui.ui.app import Faktor4App
from tests.toolkit.helpers import choose, palette, palette_hits
from tests.ui.helpers import SIZE


async def test_language_command_saves_the_language(demo_store: Store) -> None:
    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        hits = await palette(pilot, "Sprache")
        assert hits[0].startswith("Sprache: English")
        await choose(pilot)
        messages = [str(n.message) for n in app._notifications]
    assert load_settings().language == "en"
    assert any("next time faktor4 starts" in m for m in messages), messages  # said in the new language
    assert "language" not in demo_store.path.read_text(encoding="utf-8")  # never in the data file


async def test_theme_is_remembered_and_applied_on_start(demo_store: Store) -> None:
    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        assert not settings_path().exists()  # starting does not write settings
        app.theme = "nord"
        await pilot.pause()
    assert load_settings().theme == "nord"
    assert "nord" not in demo_store.path.read_text(encoding="utf-8")
    again = Faktor4App(Session(demo_store))
    async with again.run_test(size=SIZE):
        assert again.theme == "nord"


async def test_theme_picker_from_the_palette_saves_the_choice(demo_store: Store) -> None:
    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        await palette(pilot, "Farbschema")
        await choose(pilot)
        hits = await palette_hits(pilot, "gruvbox")
        assert hits and hits[0] == "gruvbox"
        await choose(pilot)
        assert app.theme == "gruvbox"
    assert load_settings().theme == "gruvbox"


async def test_unknown_remembered_theme_is_ignored(demo_store: Store) -> None:
    save_settings(Settings(theme="no-such-theme"))
    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE):
        assert app.theme == "textual-dark"
    assert load_settings().theme == "no-such-theme"  # left alone until the user picks one
