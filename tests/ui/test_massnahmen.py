"""The Maßnahmenblatt form (M) and the Maßnahmen overview (T), driven by keys; asserts on the saved file."""

from __future__ import annotations

from textual.widgets import DataTable, Static

from faktor4_tui.session import Session
from faktor4_tui.store import Store
from faktor4_tui.store.ops import SetAusgangswert, SetMassnahme
from faktor4_tui.ui.app import Faktor4App
from faktor4_tui.ui.screens.aufgabe import AufgabeScreen
from faktor4_tui.ui.screens.massnahme import MassnahmeScreen
from faktor4_tui.ui.screens.massnahmen import MassnahmenScreen
from faktor4_tui.ui.screens.problems import ProblemScreen
from tests.reliability.helpers import faktor4
from tests.ui.helpers import SIZE, saved, type_text


def sheet(store: Store, k: int) -> dict:
    rows = saved(store.path)["aufgaben"].values()
    found = next(row for row in rows if row.get("aktion") == k).get("massnahme", {})
    return {name: value for name, value in found.items() if name != "versions"}


async def test_m_fills_aktion_1s_sheet_by_keys(demo_store: Store) -> None:
    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("M")  # the cursor starts on Aufgabe 1 = Aktion 1
        assert isinstance(app.screen, MassnahmeScreen)
        await type_text(pilot, "Klimaschutzmanagerin\n2022")
        await pilot.press("tab")  # Tab saves too
        await type_text(pilot, "3 Jahre\n40.000 €\nKommunalrichtlinie\n12,5\nZahl der Beteiligten\n")
        await pilot.press("right", "right", "escape")
        assert isinstance(app.screen, ProblemScreen)
    assert sheet(demo_store, 1) == {
        "verantwortlich": "Klimaschutzmanagerin",
        "beginn": "2022",
        "dauer": "3 Jahre",
        "kosten": "40.000 €",
        "finanzierung": "Kommunalrichtlinie",
        "thg": 12.5,
        "indikator": "Zahl der Beteiligten",
        "status": "begonnen",
    }


async def test_the_number_is_checked_as_typed_and_a_bad_one_never_saved(demo_store: Store) -> None:
    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("M")
        await pilot.press("tab", "tab", "tab", "tab", "tab")  # to the THG-Minderung
        await type_text(pilot, "zwölf")
        error = app.screen.query_one("#massnahme-thg-error", Static)
        assert error.display and "„zwölf“ ist keine Zahl" in str(error.render())
        await pilot.press("enter")  # refused: the focus stays, nothing is saved
        assert app.screen.focused is not None and app.screen.focused.id == "massnahme-thg"
        assert "thg" not in sheet(demo_store, 1)
        await pilot.press(*["backspace"] * 5)
        await type_text(pilot, "48.000")
        assert not error.display
        await pilot.press("enter")
    assert sheet(demo_store, 1) == {"thg": 48000}


async def test_escape_keeps_what_was_typed_as_a_draft(demo_store: Store) -> None:
    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("M")
        await type_text(pilot, "Bauamt")
        await pilot.press("escape")
        assert isinstance(app.screen, ProblemScreen)
        assert "verantwortlich" not in sheet(demo_store, 1)
        await pilot.press("M")
        field = app.screen.query_one("#massnahme-verantwortlich")
        assert field.value == "Bauamt"  # the draft is offered back
        await pilot.press("enter", "escape")
    assert sheet(demo_store, 1) == {"verantwortlich": "Bauamt"}
    again = Faktor4App(Session(Store(demo_store.path)))
    async with again.run_test(size=SIZE) as pilot:  # saved: no draft left to offer
        await pilot.press("M")
        assert again.screen.query_one("#massnahme-verantwortlich").value == "Bauamt"


async def test_m_from_the_aufgabe_screen_and_not_for_an_aufgabe_outside_the_plan(demo_store: Store) -> None:
    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("down", "M")  # Aufgabe 2 is no Aktion
        assert isinstance(app.screen, ProblemScreen)
        await pilot.press("end", "up", "enter")  # Aufgabe 8 = Aktion 2
        assert isinstance(app.screen, AufgabeScreen)
        await pilot.press("M")
        assert isinstance(app.screen, MassnahmeScreen)
        await type_text(pilot, "Stadtwerke\n")
        await pilot.press("escape", "escape")
    assert sheet(demo_store, 2) == {"verantwortlich": "Stadtwerke"}


async def test_overview_sorts_sums_and_shows_the_faktor4_share(demo_store: Store) -> None:
    plan = demo_store.load().workshops[0].plan
    demo_store.apply(SetMassnahme(plan[0].id, "thg", 100.0))
    demo_store.apply(SetMassnahme(plan[0].id, "status", "umgesetzt"))
    demo_store.apply(SetMassnahme(plan[1].id, "thg", 200.0))
    demo_store.apply(SetMassnahme(plan[1].id, "status", "geplant"))
    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("T")
        screen = app.screen
        assert isinstance(screen, MassnahmenScreen)
        table = screen.query_one(DataTable)
        assert [str(table.get_row_at(i)[1]) for i in range(2)] == ["1", "2"]
        await pilot.press("s")  # by status: geplant before umgesetzt
        assert [str(table.get_row_at(i)[4]) for i in range(2)] == ["geplant", "umgesetzt"]
        await pilot.press("s")  # by THG-Minderung, largest first
        assert [str(table.get_row_at(i)[5]) for i in range(2)] == ["200", "100"]
        total = screen.query_one("#massnahmen-total", Static)
        assert str(total.render()) == "THG-Minderung aller Maßnahmen: 300 t CO₂e/Jahr."
        await pilot.press("b")
        await type_text(pilot, "1.000\n")  # the baseline: 1000 t
        assert saved(demo_store.path)["event"]["1"]["ausgangswert"] == 1000
        # 300 ÷ (0.75 × 1000) = 40 %
        assert "300 t CO₂e/Jahr, 40,0 % der Faktor-4-Minderung" in str(total.render())
        await pilot.press("enter")  # the sheet of the row under the cursor
        assert isinstance(app.screen, MassnahmeScreen)


async def test_palette_command_opens_the_overview(demo_store: Store) -> None:
    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p")
        await type_text(pilot, "Maßnahmen (Übersicht")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, MassnahmenScreen)


async def test_baseline_in_the_event_editor(demo_store: Store) -> None:
    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("E")
        app.screen.set_focus(app.screen.query_one("#baseline"))
        await pilot.pause()
        await type_text(pilot, "48.000,5\n")
        await pilot.press("escape")
    assert saved(demo_store.path)["event"]["1"]["ausgangswert"] == 48000.5


async def test_a_field_another_process_changed_while_typing_keeps_both(demo_store: Store) -> None:
    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("M")
        await type_text(pilot, "Bauamt")
        other = faktor4(
            *("massnahme", str(demo_store.path), "--workshop", "Kommunen", "--aktion", "1"),
            *("--verantwortlich", "Stadtwerke"),
        )
        assert other.returncode == 0, other.stderr.decode()
        app.session.poll()  # the app follows the file (as its timer does)
        await pilot.pause()
        assert app.screen.query_one("#massnahme-verantwortlich").value == "Bauamt"  # being typed: left alone
        await pilot.press("enter")
        assert sheet(demo_store, 1) == {"verantwortlich": "Stadtwerke / Bauamt"}
        await pilot.press("escape", "u")  # undo takes back only this person's change
        assert sheet(demo_store, 1) == {"verantwortlich": "Stadtwerke"}


async def test_the_baseline_field_follows_another_process_and_keeps_a_draft(demo_store: Store) -> None:
    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("E")
        field = app.screen.query_one("#baseline")
        other = faktor4("massnahme", str(demo_store.path), "--workshop", "Kommunen", "--aktion", "1", "--thg", "1")
        assert other.returncode == 0
        Store(demo_store.path).apply(SetAusgangswert(900.0, seen=0))  # another process sets the baseline
        app.session.poll()
        await pilot.pause()
        assert field.value == "900"  # not being typed in: shown as the file has it
        app.screen.set_focus(field)
        await pilot.pause()
        await type_text(pilot, "0")
        await pilot.press("escape")  # the event editor saves its fields on the way out
    assert saved(demo_store.path)["event"]["1"]["ausgangswert"] == 9000
