"""Working together: two people (two real apps in two processes) and the shell on one file.

Every case of the working-together issue replayed and checked on the file: a stale edit keeps both
texts, undo takes back only one's own change, an untouched event editor writes nothing, lines and
votes of several people add up.
"""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from faktor4_tui.demo import demo_data
from faktor4_tui.store import Store
from tests.reliability.helpers import faktor4
from tests.reliability.people import Person
from tests.reliability.stats import count

AKTEUR_2 = "Politische Entscheidungsträger*innen (Stadtrat, Gemeinderat, Kreisrat...)"


def _forum(tmp_path: Path) -> Path:
    path = tmp_path / "forum.json"
    Store.create(path, demo_data())
    return path


def _data(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def _entries(path: Path, aufgabe_pos: int, section: str) -> list[dict[str, Any]]:
    data = _data(path)
    aufgabe = next(k for k, a in data["aufgaben"].items() if a["pos"] == aufgabe_pos)
    rows = [e for e in data["entries"].values() if str(e["aufgabe"]) == aufgabe and e["section"] == section]
    return sorted(rows, key=lambda e: e["pos"])


def _words_lost(expected: list[str], found: list[str]) -> int:
    lost = sum(1 for text in expected if text not in found)
    count("entries_lost", lost)
    return lost


def test_a_stale_edit_keeps_both_texts(tmp_path: Path) -> None:
    path = _forum(tmp_path)
    with Person(path) as a, Person(path) as b:
        for person in (a, b):  # both open Akteur 2 of Aufgabe 1 for editing
            person.press("enter", "2", "j", "e")
        assert a.do("state")["input"] == AKTEUR_2 == b.do("state")["input"]
        a.press("ctrl+u")
        a.type("Gemeinderat (A)")
        a.press("enter")
        b.press("ctrl+u")
        b.type("Stadtrat (B)")
        said = b.press("enter")
    akteure = _entries(path, 0, "akteure")
    texts = [e["text"] for e in akteure]
    assert texts[1:3] == ["Gemeinderat (A)", "Stadtrat (B)"], texts  # theirs in place, yours right below
    assert akteure[2].get("conflict") is True and not akteure[1].get("conflict")
    assert any("Beide Fassungen sind erhalten" in notice for notice in said["notices"]), said
    assert _words_lost(["Gemeinderat (A)", "Stadtrat (B)"], texts) == 0
    count("conflicts_kept", 1)


def test_undo_takes_back_only_ones_own_change(tmp_path: Path) -> None:
    path = _forum(tmp_path)
    with Person(path) as a, Person(path) as b:
        a.press("enter", "2", "j", "e", "ctrl+u")
        a.type("Gemeinderat (A)")
        a.press("enter")
        b.press("enter", "2", "j", "e", "ctrl+u")
        b.type("Stadtrat (B)")
        b.press("enter")  # B saw A's text: a plain edit
        a.poll()
        said = a.press("u")
    texts = [e["text"] for e in _entries(path, 0, "akteure")]
    assert texts[1] == "Stadtrat (B)" and AKTEUR_2 not in texts, texts  # B's edit stays
    assert any("Nicht rückgängig gemacht" in notice for notice in said["notices"]), said
    count("undo_refused", 1)


def test_undo_of_a_new_aufgabe_keeps_what_the_shell_added(tmp_path: Path) -> None:
    path = _forum(tmp_path)
    with Person(path) as a:
        a.press("a")
        a.type("Radwege ausbauen")
        a.press("enter", "escape")
        for n in range(3):
            result = faktor4(
                "add",
                str(path),
                "--workshop",
                "Kommunen",
                "--aufgabe",
                "10",
                "--section",
                "loesungen",
                f"Lösung {n} aus der Shell",
            )
            assert result.returncode == 0, result.stderr
        a.poll()
        said = a.press("u")
    found = [e["text"] for e in _entries(path, 9, "loesungen")]
    assert found == [f"Lösung {n} aus der Shell" for n in range(3)], found
    assert any("Nicht rückgängig gemacht" in notice for notice in said["notices"]), said
    assert _words_lost([f"Lösung {n} aus der Shell" for n in range(3)], found) == 0
    count("undo_refused", 1)


def test_an_untouched_event_editor_writes_nothing(tmp_path: Path) -> None:
    path = _forum(tmp_path)
    with Person(path) as a, Person(path) as b:
        a.press("E")  # A opens the event editor and types nothing
        b.press("E", "ctrl+u")
        b.type("Frühjahrsforum 2022")
        b.press("enter")  # saves the title, moves on
        b.press("escape")
        a.poll()
        a.press("escape")
    assert _data(path)["event"]["1"]["title"] == "Frühjahrsforum 2022"


def test_a_stale_title_keeps_both(tmp_path: Path) -> None:
    path = _forum(tmp_path)
    with Person(path) as a, Person(path) as b:
        for person in (a, b):
            person.press("E", "ctrl+u")
        a.type("Titel A")
        a.press("enter")
        b.type("Titel B")
        b.press("enter")
    assert _data(path)["event"]["1"]["title"] == "Titel A / Titel B"


def test_ziel_lines_of_two_people_all_survive(tmp_path: Path) -> None:
    path = _forum(tmp_path)
    before = _data(path)["event"]["1"]["goal"]
    typed = []
    with Person(path) as a, Person(path) as b:
        for person in (a, b):  # the event editor, Ziel list, add line open
            person.press("E", "tab", "tab", "tab", "a")
        for n in range(10):
            for name, person in (("A", a), ("B", b)):
                person.type(f"Ziel {name}{n}")
                person.press("enter")
                typed.append(f"Ziel {name}{n}")
    goal = _data(path)["event"]["1"]["goal"]
    assert goal[: len(before)] == before
    assert sorted(goal[len(before) :]) == sorted(typed), goal
    assert _words_lost(typed, goal) == 0


def test_a_stale_ablauf_edit_does_not_bring_back_a_deleted_line(tmp_path: Path) -> None:
    path = _forum(tmp_path)
    agenda = _data(path)["event"]["1"]["agenda"]
    with Person(path) as a, Person(path) as b:
        a.press("E", "tab", "tab", "tab", "tab")  # the Ablauf list
        b.press("E", "tab", "tab", "tab", "tab", "j", "d")  # B deletes line 2
        a.press("e", "end")
        a.type(" (kurz)")
        a.press("enter")  # A edits line 1, as A saw the list
    assert _data(path)["event"]["1"]["agenda"] == [agenda[0] + " (kurz)", *agenda[2:]]


def test_votes_of_two_people_add_up(tmp_path: Path) -> None:
    path = _forum(tmp_path)
    with Person(path) as a, Person(path) as b:

        def vote(person: Person) -> None:
            for _ in range(20):
                person.press("plus")

        with ThreadPoolExecutor(2) as pool:
            list(pool.map(vote, (a, b)))
    votes = next(row["votes"] for row in _data(path)["aufgaben"].values() if row["pos"] == 0)
    assert votes == 40
    count("votes_counted", 40)
