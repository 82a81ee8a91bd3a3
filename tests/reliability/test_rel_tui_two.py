"""Two real apps in two processes type into the same Aufgabe while ``faktor4 add`` writes too:
nothing lost, nothing collides, and each app shows the other's lines within a few polls."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from faktor4_tui.demo import demo_data
from faktor4_tui.session import Session
from faktor4_tui.store import Store
from faktor4_tui.store.ops import AddAufgabe, AddEntry
from tests.reliability.helpers import ROOT, check_file, faktor4
from tests.reliability.stats import count
from tests.reliability.tui import file_entries

LONG = os.environ.get("FAKTOR4_LONG") == "1"
LINES = 60 if LONG else 15
CATCH_UP_LIMIT = 2.0  # seconds; the app polls every 0.25 s (generous for a loaded CI machine)


def _writer(path: Path, name: str, total: int) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONDONTWRITEBYTECODE="1")
    env.pop("TEXTUAL", None)
    return subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.tui_writer", str(path), name, str(LINES), str(total)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=env,
    )


def _expect(proc: subprocess.Popen, word: str) -> None:
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if line.strip() != word:
        proc.kill()
        _, err = proc.communicate(timeout=10)
        raise AssertionError(f"the writer said {line!r} instead of {word!r}: {err[-3000:]}")


def _say(proc: subprocess.Popen, word: str) -> None:
    assert proc.stdin is not None
    proc.stdin.write(word + "\n")
    proc.stdin.flush()


def test_two_apps_and_the_cli_type_into_one_aufgabe(tmp_path: Path) -> None:
    path = tmp_path / "forum.json"
    store = Store.create(path, demo_data())
    first = store.load().workshops[0].aufgaben[0]
    cli_lines = [f"Kommandozeile {n}" for n in range(3)]
    total = len(first.entries("loesungen")) + 2 * LINES + len(cli_lines)
    writers = {name: _writer(path, name, total) for name in ("Links", "Rechts")}
    try:
        for proc in writers.values():
            _expect(proc, "ready")
        for proc in writers.values():
            _say(proc, "go")
        for text in cli_lines:  # meanwhile, from the shell
            done = faktor4("add", str(path), "--workshop", "Kommunen", "--aufgabe", "1", "--section", "loesungen", text)
            assert done.returncode == 0, done.stderr
        cli_done = time.time()
        for proc in writers.values():
            _expect(proc, "typed")
        for proc in writers.values():
            _say(proc, "check")
        reports = {}
        for name, proc in writers.items():
            out, err = proc.communicate(timeout=60)
            assert proc.returncode == 0, err[-3000:]
            reports[name] = json.loads(out.strip().splitlines()[-1])
    finally:
        for proc in writers.values():
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    data = check_file(path)
    aufgabe = reports["Links"]["aufgabe"]
    assert aufgabe == reports["Rechts"]["aufgabe"] == reports["Links"]["first_aufgabe"]
    stored = [text for _, text, _ in file_entries(data, aufgabe, "loesungen")]
    counts = Counter(stored)
    for name, report in reports.items():
        others = [r["last_saved_at"] for n, r in reports.items() if n != name] + [cli_done]
        lag = report["seen_all_at"] - max(others)  # negative: it typed its own last line after the others
        assert lag < CATCH_UP_LIMIT, f"{name} showed the others' lines {lag:.2f} s after they were saved"
        assert report["errors"] == [], f"{name}: lines not acknowledged: {report['errors']}"
        assert len(report["acknowledged"]) == LINES
        lost = [text for text in report["acknowledged"] if counts[text] != 1]
        count("entries_lost", len(lost))
        assert lost == [], f"{name}: acknowledged lines missing or doubled in the file: {lost}"
        assert report["shown"] == stored, f"{name}'s pane does not show the file"
        assert report["matches"] is True, report["matches"]
    assert all(counts[text] == 1 for text in cli_lines)
    mine = [text for text in stored if text.startswith("Links ")]
    assert mine == [f"Links {n}" for n in range(LINES)], "one writer's lines are out of order"
    count("operations", 2 * LINES + len(cli_lines))


async def test_app_follows_the_file_while_presenting(demo_store) -> None:
    """f5 shares the app's Store: the presentation reading a change first must not hide it from the app."""
    from faktor4_tui.ui.app import Faktor4App
    from faktor4_tui.ui.screens.problems import ProblemScreen
    from tests.reliability.tui import SIZE, check_app_matches_file, settle

    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f5")
        await settle(pilot)
        workshop = app.session.workshop_id
        Store(demo_store.path).add(AddAufgabe(workshop=workshop, text="Während der Präsentation"))
        for _ in range(100):
            await pilot.pause(0.05)
            texts = [a.text for a in app.session.workshop.aufgaben]
            if "Während der Präsentation" in texts:
                break
        assert "Während der Präsentation" in texts, "the app never saw the change made while presenting"
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ProblemScreen)
        check_app_matches_file(app, demo_store.path)


async def test_other_writers_lines_come_into_view_while_adding(demo_store) -> None:
    """Typing in the add line, lines another note taker adds appear below it: the list shows its end."""
    from faktor4_tui.ui.app import Faktor4App
    from tests.reliability.tui import SIZE, send_text, settle

    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        send_text(app, "\n1aMeine Zeile\n")
        await settle(pilot)
        pane = app.screen.query_one("#pane-loesungen")
        aufgabe = app.screen.aufgabe_id
        other = Store(demo_store.path)
        for number in range(6):
            other.add(AddEntry(aufgabe=aufgabe, section="loesungen", text=f"Von nebenan {number}"))
        for _ in range(100):
            await pilot.pause(0.05)
            if pane._rows and pane._rows[-1].text == "Von nebenan 5":
                break
        await settle(pilot)
        options = pane.options
        assert pane.mode == "add" and app.focused is pane.editor
        assert options.max_scroll_y > 0, "the test needs a list longer than its pane"
        assert options.scroll_offset.y == options.max_scroll_y, "the other's new lines are out of view"
