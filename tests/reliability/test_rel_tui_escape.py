"""The real app in a pty, typed into with no pause at all: Escape followed at once by a key is Escape,
then that key, and every line lands where a slow typist's would (DESIGN.md "Keys")."""

from __future__ import annotations

from pathlib import Path

from faktor4_tui.demo import demo_data
from faktor4_tui.store import Store
from tests.reliability.helpers import check_file
from tests.reliability.ptyapp import PtyApp
from tests.reliability.stats import count
from tests.reliability.tui import file_aufgaben, file_entries

ESC = "\x1b"


def _plan(path: Path) -> dict[int, int]:
    """Aufgabe position (1-based) -> Aktion number, from the file."""
    data = check_file(path)
    workshop = int(next(iter(data["workshops"])))
    rows = sorted((row for row in data["aufgaben"].values() if row["workshop"] == workshop), key=lambda r: r["pos"])
    return {n: row["aktion"] for n, row in enumerate(rows, 1) if row["aktion"] is not None}


def test_escape_then_j_in_one_write_closes_the_editor_and_moves(tmp_path: Path) -> None:
    path = tmp_path / "ws.json"
    Store.create(path, demo_data())
    before = check_file(path)
    assert _plan(path) == {1: 1, 8: 2}
    app = PtyApp(str(path))
    try:
        app.wait_for_output(b"Kommunen")
        # a: the add line; text; Escape closes it; j moves to Aufgabe 2; x puts it into the plan.
        app.type(("aHalbe Zeile" + ESC + "jx").encode())
        app.wait_for(lambda: _plan(path) == {1: 1, 2: 3, 8: 2}, what="Aufgabe 2 in the Aktionsplan")
        app.type(b"q")  # q quits only from the list: the editor is closed
        code = app.finish()
    finally:
        app.close()
    count("escape_bursts")
    data = check_file(path)
    texts = [row["text"] for row in data["aufgaben"].values()]
    assert not any("Halbe" in text or "™" in text for text in texts), texts
    assert len(data["aufgaben"]) == len(before["aufgaben"]), "the half-typed line was saved"
    assert code == 0, bytes(app.output[-2000:])


def test_twenty_lines_with_enter_and_escape_in_one_write_land_where_they_belong(tmp_path: Path) -> None:
    path = tmp_path / "ws.json"
    store = Store.create(path, demo_data())
    document = store.load()
    workshop = document.workshops[0]
    first, second = workshop.aufgaben[0], workshop.aufgaben[1]
    akteure_before = [e.text for e in first.entries("akteure")]
    lines = {name: [f"{name} {n}" for n in range(1, 6)] for name in ("Akteur", "Helfer", "Lösung", "Aufgabe")}

    def block(name: str) -> str:
        return "a" + "".join(line + "\r" for line in lines[name]) + ESC

    burst = (
        "\r"  # open Aufgabe 1
        + "2"
        + block("Akteur")  # pane 2: Akteure; Escape closes the add line
        + "5"
        + block("Helfer")  # pane 5: Unterstützer (ESC 5 was "∞")
        + "]"
        + "1"
        + block("Lösung")  # the next Aufgabe, pane 1 (ESC ] began an OSC)
        + ESC  # back to the problem list
        + "G"
        + block("Aufgabe")  # new Aufgaben at the end of the list
    )
    app = PtyApp(str(path))
    try:
        app.wait_for_output(b"Kommunen")
        app.type(burst.encode())

        def arrived() -> bool:
            data = check_file(path)
            return [t for _, t in file_aufgaben(data, workshop.id)][-5:] == lines["Aufgabe"]

        app.wait_for(arrived, what="the last five lines as Aufgaben")
        app.read(0.3)
        app.type(b"q")
        code = app.finish()
    finally:
        app.close()
    data = check_file(path)
    found = {
        "Akteur": [t for _, t, _ in file_entries(data, first.id, "akteure")],
        "Helfer": [t for _, t, _ in file_entries(data, first.id, "unterstuetzer")],
        "Lösung": [t for _, t, _ in file_entries(data, second.id, "loesungen")],
        "Aufgabe": [t for _, t in file_aufgaben(data, workshop.id)][len(workshop.aufgaben) :],
    }
    expected = {
        "Akteur": akteure_before + lines["Akteur"],
        "Helfer": lines["Helfer"],
        "Lösung": [e.text for e in second.entries("loesungen")] + lines["Lösung"],
        "Aufgabe": lines["Aufgabe"],
    }
    typed = [line for block_lines in lines.values() for line in block_lines]
    everywhere = [t for rows in found.values() for t in rows]
    count("words_lost", sum(1 for line in typed if everywhere.count(line) != 1))
    count("escape_bursts")
    assert found == expected
    assert code == 0, bytes(app.output[-2000:])
