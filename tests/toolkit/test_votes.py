"""Dot voting on the problem list: + / - (undoable, never below zero), sort by votes, propose the plan."""

from __future__ import annotations

from faktor4_tui.session import Session
from faktor4_tui.store import Store
from faktor4_tui.store.ops import SetVotes
from faktor4_tui.ui.app import Faktor4App
from faktor4_tui.ui.commands import navigation
from tests.toolkit.helpers import plan, votes
from tests.ui.helpers import SIZE, aufgaben, texts


async def test_plus_minus_vote_and_undo(demo_store: Store) -> None:
    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("plus", "plus", "plus", "j", "j", "plus", "minus", "minus", "minus")
        assert votes(demo_store.path)[:3] == [3, 0, 0]  # "-" on zero votes changes nothing
        await pilot.press("u")  # undoes the one "-" that was saved (refused ones are no step)
        assert votes(demo_store.path)[:3] == [3, 0, 1]
        await pilot.press("u", "u")
        assert votes(demo_store.path)[:3] == [2, 0, 0]
        await pilot.press("U", "U")
        assert votes(demo_store.path)[:3] == [3, 0, 1]


async def test_vote_keys_are_typed_into_the_filter(demo_store: Store) -> None:
    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", "plus", "minus", "s", "V")
        assert app.focused.value == "+-sV"  # type: ignore[union-attr]
    assert votes(demo_store.path) == [0] * 9


async def test_votes_show_as_dots_and_count(demo_store: Store) -> None:
    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*["plus"] * 7, "j", "plus")
        options = app.screen.keylist.options  # type: ignore[attr-defined]
        first, second = (str(options.get_option_at_index(i).prompt) for i in (0, 1))
        assert "•••••+ 7" in first and "Aufgabe 1:" in first
        assert "• 1" in second and "Aufgabe 2:" in second


async def test_sort_by_votes_is_a_view_only(demo_store: Store) -> None:
    ids = [row["id"] for row in aufgaben(demo_store.path)]
    demo_store.apply(SetVotes(id=ids[4], votes=5))
    demo_store.apply(SetVotes(id=ids[2], votes=2))
    before = texts(demo_store.path)
    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s")
        keylist = app.screen.keylist  # type: ignore[attr-defined]
        shown = [keylist.options.get_option_at_index(i).id for i in range(3)]
        assert shown == [str(ids[4]), str(ids[2]), str(ids[0])]
        prompt = str(keylist.options.get_option_at_index(0).prompt)
        assert "Aufgabe 5:" in prompt  # the number stays the list position
        await pilot.press("J", "K")  # moving is refused while sorted
        assert keylist.current.id == ids[0]  # the cursor stayed on its Aufgabe
        await pilot.press("g", "plus")  # the top row: Aufgabe 5
        assert votes(demo_store.path)[4] == 6
        await pilot.press("s")
        assert keylist.options.get_option_at_index(0).id == str(ids[0])
    assert texts(demo_store.path) == before


async def test_propose_plan_takes_top_four_in_one_undo_step(demo_store: Store) -> None:
    ids = [row["id"] for row in aufgaben(demo_store.path)]
    for index, count in ((2, 5), (4, 3), (5, 3), (6, 1), (8, 2)):
        demo_store.apply(SetVotes(id=ids[index], votes=count))
    assert plan(demo_store.path) == [1, 8]  # the demo's Aktionsplan
    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("V")
        assert plan(demo_store.path) == [3, 5, 6, 9]
        await pilot.press("u")
        assert plan(demo_store.path) == [1, 8]
        await pilot.press("U")
        assert plan(demo_store.path) == [3, 5, 6, 9]


async def test_propose_plan_without_votes_changes_nothing(demo_store: Store) -> None:
    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("V")
        await pilot.pause()
        assert plan(demo_store.path) == [1, 8]
        assert any("Punkte" in str(n.message) for n in app._notifications)


async def test_presentation_shows_votes_only_where_given(demo_store: Store) -> None:
    from tests.present.helpers import body_text

    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=(120, 50)) as pilot:
        await pilot.press("plus", "plus", "j", "j", "j", "plus", "f5")
        await pilot.pause()
        rows = body_text(app).splitlines()
    assert any(text.startswith("Aufgabe 1:") and text.endswith("(2 Stimmen)") for text in rows), rows
    assert any(text.startswith("Aufgabe 4:") and text.endswith("(1 Stimme)") for text in rows), rows
    assert not any("Stimme" in text for text in rows if text.startswith("Aufgabe 2:")), rows


async def test_help_lists_the_vote_keys_under_the_problem_list(demo_store: Store) -> None:
    from faktor4_tui.ui.screens.keyhelp import help_groups

    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE):
        groups = dict(help_groups(app, navigation.help_sections(app)))
    problems = {line.keys: line.description for line in groups["Aufgabenliste"]}
    assert problems["+"] == "Punkt geben" and problems["-"] == "Punkt wegnehmen"
    assert problems["s"] == "Nach Punkten" and problems["V"] == "Plan vorschlagen"
