"""The Aktionsplan's order with two people (two real apps in two processes) on one file.

A moves an Aktion from a view that has not yet seen B's change to the plan: B's change stays;
A's undo refuses once B changed the plan again, saying so.
"""

from __future__ import annotations

import json
from pathlib import Path

from faktor4_tui.demo import demo_data
from faktor4_tui.store import Store
from tests.reliability.people import Person


def _plan(path: Path) -> list[str]:
    """The first workshop's Aktionen, in plan order, by their Aufgabe's text start."""
    rows = json.loads(path.read_text(encoding="utf-8"))["aufgaben"].values()
    planned = sorted((row for row in rows if row.get("aktion")), key=lambda row: row["aktion"])
    return [row["text"][:12] for row in planned]


def test_a_plan_move_keeps_another_persons_plan_change(tmp_path: Path) -> None:
    path = tmp_path / "forum.json"
    Store.create(path, demo_data())  # Aktion 1 = Aufgabe 1, Aktion 2 = Aufgabe 8
    assert _plan(path) == ["Verwaltungsi", "Transparenz "]
    with Person(path) as a, Person(path) as b:
        b.press("j", "j", "space")  # B: Aufgabe 3 becomes Aktion 3
        a.press(*["j"] * 7, "less_than_sign")  # A, not yet polled: Aufgabe 8 one place earlier
        assert _plan(path) == ["Transparenz ", "Verwaltungsi", "Personalstel"]
        b.poll()
        b.press("less_than_sign")  # B: Aufgabe 3 (Aktion 3) one place earlier
        assert _plan(path) == ["Transparenz ", "Personalstel", "Verwaltungsi"]
        said = a.press("u")  # A's move is not taken back over B's
        assert _plan(path) == ["Transparenz ", "Personalstel", "Verwaltungsi"]
        assert any("Nicht rückgängig gemacht" in notice and "Aktionsplan" in notice for notice in said["notices"])
        b.press("u")  # B's own last move is
        assert _plan(path) == ["Transparenz ", "Verwaltungsi", "Personalstel"]
