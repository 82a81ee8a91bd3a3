"""Lock waits are measured by progress: writers that queue behind each other are not "busy"."""

from __future__ import annotations

import time
from pathlib import Path

from benchmarks.generate import generate_data
from faktor4_tui.store import Store
from faktor4_tui.store.ops import AddEntry
from tests.reliability.helpers import Child
from tests.reliability.stats import count

WRITERS = 4
ADDS = 6
TIMEOUT = 0.5  # longer than one save of this file, shorter than waiting behind the others


def _writer(path: Path, aufgabe: int, name: str) -> list[float]:
    store = Store(path, lock_timeout=TIMEOUT)
    waits = []
    for number in range(ADDS):
        started = time.monotonic()
        store.add(AddEntry(aufgabe=aufgabe, section="loesungen", text=f"{name} {number}"))
        waits.append(time.monotonic() - started)
    return waits


def test_a_queue_of_writers_is_not_busy(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    store = Store.create(path, generate_data(20_000, workshops=2))
    aufgabe = store.load().workshops[0].aufgaben[0].id
    children = [Child(_writer, path, aufgabe, f"Schreiber {index}") for index in range(WRITERS)]
    waits = [wait for child in children for wait in child.result()]  # any "busy" fails here
    texts = {entry.text for entry in store.load().workshops[0].aufgaben[0].entries("loesungen")}
    expected = {f"Schreiber {index} {number}" for index in range(WRITERS) for number in range(ADDS)}
    assert expected <= texts
    count("operations", len(waits))
    count("queued_writes_over_timeout", sum(wait > TIMEOUT for wait in waits))
    # The point of the test: some add waited longer than the timeout, behind the others.
    assert max(waits) > TIMEOUT, max(waits)
