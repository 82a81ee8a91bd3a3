"""Writers queueing on one big file: 4 processes adding at once against 1 process adding as many alone.

Saves take their turns under the file's lock, so 4 writers together need about as long as one
writer doing all their adds; what must not happen is a writer giving up ("busy … held its lock")
while the others are only taking turns, or an acknowledged add missing from the file.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.pty_app import ROOT

_CHILD = """
import json, sys, time
from faktor4_tui.store import Store, StoreError
from faktor4_tui.store.ops import AddEntry
store = Store(sys.argv[1])
aufgabe, name, adds = int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
print("ready", flush=True)
sys.stdin.readline()  # all writers start together
done, errors, waits = [], [], []
for number in range(adds):
    text = f"{name} Zeile {number}"
    started = time.perf_counter()
    try:
        store.apply(AddEntry(aufgabe=aufgabe, section="loesungen", text=text))
        done.append(text)
    except StoreError as error:
        errors.append(str(error))
    waits.append(time.perf_counter() - started)
print(json.dumps({"done": done, "errors": errors, "waits": waits}))
"""


@dataclass
class Writers:
    """Wall seconds for everything, acknowledged adds missing from the file, refusals, longest single add."""

    seconds: float
    acknowledged: int
    lost: int
    errors: list[str]
    longest: float


def run_writers(path: Path, aufgabe: int, writers: int, adds: int) -> Writers:
    """``writers`` processes, each adding ``adds`` entries to ``aufgabe`` as fast as it can, all at once."""
    children = [
        subprocess.Popen(
            [sys.executable, "-c", _CHILD, str(path), str(aufgabe), f"W{index}", str(adds)],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for index in range(writers)
    ]
    for child in children:
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    started = time.perf_counter()
    results = []
    for child in children:
        assert child.stdin is not None
        child.stdin.write("go\n")
        child.stdin.flush()
    for child in children:
        out, _ = child.communicate(timeout=600)
        results.append(json.loads(out.strip().splitlines()[-1]))
    seconds = time.perf_counter() - started
    saved = json.loads(path.read_bytes())
    texts = {row["text"] for row in saved["entries"].values()}
    done = [text for result in results for text in result["done"]]
    return Writers(
        seconds=seconds,
        acknowledged=len(done),
        lost=sum(1 for text in done if text not in texts),
        errors=[error for result in results for error in result["errors"]],
        longest=max(wait for result in results for wait in result["waits"]),
    )
