"""Each use of Textual's private API (faktor4_tui/ui/textual_seams.py) still does its job here."""

from __future__ import annotations

import types

from textual.app import App, ComposeResult
from textual.content import Content
from textual.widgets import Static

from faktor4_tui.ui import textual_seams
from faktor4_tui.ui.input.paste_guard import PasteGuardParser
from faktor4_tui.ui.widgets.keylist import KeyList


def test_use_parser_swaps_the_name_the_driver_module_looks_up(monkeypatch) -> None:
    module = types.ModuleType("fake_driver_module")
    module.XTermParser = textual_seams.XTermParser  # type: ignore[attr-defined]
    monkeypatch.setitem(__import__("sys").modules, "fake_driver_module", module)
    driver = type("FakeDriver", (), {"__module__": "fake_driver_module"})
    assert textual_seams.use_parser(driver, PasteGuardParser)
    assert module.XTermParser is PasteGuardParser  # type: ignore[attr-defined]
    assert not textual_seams.use_parser(driver, PasteGuardParser)  # already swapped: left alone


def test_the_real_driver_module_still_names_xterm_parser() -> None:
    from textual.drivers import linux_driver

    assert getattr(linux_driver, "XTermParser", None) in (textual_seams.XTermParser, PasteGuardParser)


def test_class_bindings_merge_inherited_bindings() -> None:
    ids = {binding.id for binding in textual_seams.class_bindings(KeyList)}
    assert {"list.add", "list.edit", "list.delete"} <= ids


class _Styled(App[None]):
    def compose(self) -> ComposeResult:
        yield Static("x", id="s")


async def test_live_bindings_style_key_and_render_options() -> None:
    app = _Styled()
    async with app.run_test() as pilot:
        assert any(binding.key == "ctrl+q" for binding in textual_seams.bindings_of(app))
        widget = app.query_one("#s", Static)
        before = textual_seams.style_key(widget)
        widget.styles.color = "red"
        await pilot.pause()
        assert textual_seams.style_key(widget) != before
        strips = Content("Hallo Welt").render_strips(5, None, widget.visual_style, textual_seams.render_options(widget))
        assert [strip.text.rstrip() for strip in strips] == ["Hallo", "Welt"]


def test_ends_sequence_ends_where_textuals_parser_ends() -> None:
    parser = textual_seams.XTermParser()
    for whole in ("\x1b[A", "\x1bOP", "\x1b[1;5A", "\x1b[200~", "\x1b[<0;3;4M", "\x1b[?2026;1$y", "\x1b[97;5u"):
        assert textual_seams.ends_sequence(parser, whole), repr(whole)
        assert not any(textual_seams.ends_sequence(parser, whole[:cut]) for cut in range(2, len(whole))), repr(whole)
    assert not textual_seams.ends_sequence(parser, "\x1b[j")


async def test_toast_shows_a_notice_and_withdraw_takes_just_that_one_away() -> None:
    app = _Styled()
    async with app.run_test(notifications=True) as pilot:
        kept = textual_seams.toast(app, "[b]bleibt[/b]", "information", 30)
        gone = textual_seams.toast(app, "geht", "warning", 30)
        await pilot.pause()
        assert [n.message for n in app._notifications] == ["[b]bleibt[/b]", "geht"]
        textual_seams.withdraw(app, gone)
        textual_seams.withdraw(app, gone)  # gone already: nothing happens
        await pilot.pause()
        assert list(app._notifications) == [kept] and not kept.markup
