"""Save: one add_entry through Store.apply against json.dumps + write + fsync of the same data."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from benchmarks.generate import generate_data
from benchmarks.stats import median, paired_ratio
from faktor4_tui.store import Store
from faktor4_tui.store.ops import AddEntry


def raw_write(path: Path, data: dict) -> None:
    """The baseline: encode the data with the C JSON encoder, write it and fsync it."""
    payload = json.dumps(data, ensure_ascii=False).encode("utf-8")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        os.write(fd, payload)
        os.fsync(fd)
    finally:
        os.close(fd)


def measure_save(entries: int, runs: int, folder: Path) -> dict[str, float]:
    """Median seconds of one Store.apply(add_entry) and of one raw write, and their paired ratio."""
    data = generate_data(entries)
    path = folder / f"save-{entries}.json"
    store = Store.create(path, data)
    aufgaben = sorted(int(key) for key in data["aufgaben"])
    raw_path = folder / f"raw-{entries}.json"
    store_times: list[float] = []
    raw_times: list[float] = []
    for run in range(runs + 1):
        started = time.perf_counter()
        store.apply(
            AddEntry(
                aufgabe=aufgaben[run % len(aufgaben)],
                section="loesungen",
                text=f"Neue Lösung Nr. {run}: Bürger*innen früh beteiligen",
            )
        )
        store_elapsed = time.perf_counter() - started
        current = json.loads(path.read_bytes())
        started = time.perf_counter()
        raw_write(raw_path, current)
        raw_elapsed = time.perf_counter() - started
        if run:  # the first round warms caches
            store_times.append(store_elapsed)
            raw_times.append(raw_elapsed)
    # Each save is paired with the raw write right after it, so a burst of disk load from
    # other programs slows both sides of a pair; the ratio is the median of the pairs.
    return {"store": median(store_times), "raw": median(raw_times), "ratio": paired_ratio(store_times, raw_times)}
