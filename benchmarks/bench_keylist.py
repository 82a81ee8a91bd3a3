"""Benchmark: CPU time per cursor key in a list of 1,000 Aufgaben (target ≤ 16 ms).

Run: python benchmarks/bench_keylist.py  (from the worktree root). Measures process CPU
time around each key press, so the pilot's idle waits do not count.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from faktor4_tui.session import Session
from faktor4_tui.store import Store
from faktor4_tui.store.memory import apply_in_memory
from faktor4_tui.store.ops import AddAufgabe, AddWorkshop
from faktor4_tui.store.schema import empty_data
from faktor4_tui.ui.app import Faktor4App

ROWS = 1000


def build(path: Path) -> Store:
    """A file with one workshop of ROWS Aufgaben."""
    data = apply_in_memory(empty_data(), [AddWorkshop(name="Groß")])
    workshop = int(next(iter(data["workshops"])))
    changes = [
        AddAufgabe(workshop=workshop, text=f"Aufgabe Nummer {n} mit etwas Text, der eine Zeile füllt")
        for n in range(ROWS)
    ]
    return Store.create(path, apply_in_memory(data, changes))


async def main() -> None:
    """Press j/k/G/g and report CPU ms per key."""
    store = build(Path(tempfile.mkdtemp()) / "big.json")
    app = Faktor4App(Session(store))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        timings = []
        for key in ["j"] * 100 + ["G"] + ["k"] * 100 + ["g"]:
            start = time.process_time()
            await pilot.press(key)
            timings.append((time.process_time() - start) * 1000)
        start = time.process_time()
        await pilot.press("a")
        await pilot.press(*"Neue Zeile", "enter")
        add_ms = (time.process_time() - start) * 1000
    print(
        f"{ROWS} rows: cursor key CPU median {statistics.median(timings):.1f} ms, "
        f"p95 {sorted(timings)[int(len(timings) * 0.95)]:.1f} ms, max {max(timings):.1f} ms; "
        f"add one line (12 keys + save + refresh) {add_ms:.0f} ms"
    )


if __name__ == "__main__":
    asyncio.run(main())
