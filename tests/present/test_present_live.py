"""Live follow: another process's change reaches the running presentation without a key press."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

from helpers import body_text, notice, screen

from faktor4_tui.session import Session
from faktor4_tui.store import Store
from faktor4_tui.store.ops import AddEntry, Batch, SetAktion
from faktor4_tui.ui.present_app import PresentApp

ROOT = Path(__file__).resolve().parents[2]


async def wait_until(pilot, condition, rounds: int = 100) -> bool:
    """Poll the condition between short pauses (bounded: about 5 s)."""
    for _ in range(rounds):
        if condition():
            return True
        await pilot.pause(0.05)
    return condition()


async def faktor4(*args: str) -> int:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    process = await asyncio.create_subprocess_exec(sys.executable, "-m", "faktor4_tui", *args, cwd=ROOT, env=env)
    return await process.wait()


async def test_second_process_add_appears_on_the_same_section(demo_store: Store) -> None:
    app = PresentApp(Session(demo_store), "Kommunen")
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        await pilot.press("4", "enter")
        key = screen(app).cursor.current.key
        assert key.kind == "loesungen" and "Lösung 7:" in body_text(app)
        code = await faktor4(
            "add",
            str(demo_store.path),
            "--workshop",
            "Kommunen",
            "--aufgabe",
            "1",
            "--section",
            "loesungen",
            "Neue Lösung",
        )
        assert code == 0
        assert await wait_until(pilot, lambda: "Lösung 8: Neue Lösung" in body_text(app))
        assert screen(app).cursor.current.key == key


async def test_new_entry_on_a_follow_up_slide_is_shown(demo_store: Store) -> None:
    app = PresentApp(Session(demo_store))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("5", "enter")
        assert screen(app).cursor.current.kind == "loesungen"
        other = Store(demo_store.path)
        aufgabe = other.load().workshops[0].aufgaben[0]
        other.apply(
            Batch(tuple([AddEntry(aufgabe=aufgabe.id, section="loesungen", text=f"Zusatz {n}") for n in range(1, 5)]))
        )
        assert await wait_until(pilot, lambda: "Zusatz 4" in body_text(app))
        current = screen(app).cursor.current
        assert current.kind == "loesungen" and current.key.part > 0


async def test_stays_on_section_when_slides_are_added_before(demo_store: Store) -> None:
    app = PresentApp(Session(demo_store))
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        await pilot.press("9", "enter")
        key = screen(app).cursor.current.key
        assert "Aktion 2 · Aufgabe 8" in body_text(app) and key.kind == "loesungen"
        before = screen(app).cursor.index
        other = Store(demo_store.path)
        workshop = other.load().workshops[0]
        other.apply(SetAktion(id=workshop.aufgaben[4].id, aktion=1))
        assert await wait_until(pilot, lambda: screen(app).cursor.index > before)
        assert screen(app).cursor.current.key == key
        assert body_text(app).startswith("Aktion 3 · Aufgabe 8")


async def test_unreadable_file_keeps_last_deck_with_notice(demo_store: Store) -> None:
    app = PresentApp(Session(demo_store))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("n")
        shown = body_text(app)
        good = demo_store.path.read_bytes()
        broken = demo_store.path.with_name("broken.tmp")
        broken.write_bytes(good[: len(good) // 2])
        os.replace(broken, demo_store.path)  # as if replaced mid-read by something truncated
        assert await wait_until(pilot, lambda: "letzten Stand" in notice(app))
        assert str(demo_store.path) in notice(app)
        assert body_text(app) == shown and app.is_running
        await pilot.press("n", "p")
        assert body_text(app) == shown
        repaired = demo_store.path.with_name("repaired.tmp")
        repaired.write_bytes(good)
        os.replace(repaired, demo_store.path)
        assert await wait_until(pilot, lambda: "letzten Stand" not in notice(app))
        assert body_text(app) == shown


async def test_starts_on_an_unreadable_file_and_recovers(demo_store: Store) -> None:
    good = demo_store.path.read_bytes()
    demo_store.path.write_bytes(b"{")
    app = PresentApp(Session(demo_store))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "letzten Stand" in notice(app) and screen(app).cursor.total == 1
        demo_store.path.write_bytes(good)
        assert await wait_until(pilot, lambda: screen(app).cursor.total > 1)
        assert "letzten Stand" not in notice(app)
