"""Four writer processes and a reader on one file: nothing lost, nothing broken, ever."""

from __future__ import annotations

import os
import random
from pathlib import Path

from faktor4_tui.model import SECTIONS
from faktor4_tui.store import NotFoundError, Op, Store
from faktor4_tui.store.ops import (
    AddAufgabe,
    AddEntry,
    AddWorkshop,
    DeleteAufgabe,
    DeleteEntry,
    EditEntry,
    MoveAufgabe,
    MoveEntry,
    SetNote,
    ToggleAktion,
)
from tests.reliability.helpers import Child, check_raw, cli_in_child
from tests.reliability.stats import count

LONG = os.environ.get("FAKTOR4_LONG") == "1"
WORKERS = 4
OPS = 1000 if LONG else 250


class CountingStore(Store):
    """A Store that counts its acknowledged saves."""

    saves = 0

    def apply_with_ids(self, change: Op) -> tuple[Op, list[int]]:
        """Apply and count."""
        result = super().apply_with_ids(change)
        self.saves += 1
        return result


def writer(path: Path, worker: int, shared: list[int], workshop: int, ops: int) -> dict:
    """Do ``ops`` mixed operations; report what this worker knows must (not) be in the file."""
    rng = random.Random(worker * 7919)
    store = CountingStore(path, lock_timeout=30)
    alive: dict[int, tuple[int, str, str]] = {}  # entry id -> (aufgabe, section, text)
    deleted: dict[int, tuple[Op | None, tuple]] = {}
    own_aufgaben: dict[int, str] = {}
    gone_aufgaben: set[int] = set()
    conflicts = 0
    for i in range(ops):
        roll = rng.random()
        mine = list(alive)
        try:
            if roll < 0.30 or not mine:
                aufgabe = rng.choice(shared + list(own_aufgaben))
                section = rng.choice(SECTIONS)
                text = f"w{worker}-{i}"
                new = store.add(AddEntry(aufgabe=aufgabe, section=section, text=text, index=rng.choice([None, 0, 1])))
                alive[new] = (aufgabe, section, text)
            elif roll < 0.38:
                text = f"w{worker}-A{i}"
                own_aufgaben[store.add(AddAufgabe(workshop=workshop, text=text, index=rng.choice([None, 0, 2])))] = text
            elif roll < 0.50:
                target = rng.choice(mine)
                text = f"w{worker}-{i}-edit"
                store.apply(EditEntry(id=target, text=text))
                alive[target] = (*alive[target][:2], text)
            elif roll < 0.60:
                store.apply(MoveEntry(id=rng.choice(mine), index=rng.randrange(4)))
            elif roll < 0.70:
                target = rng.choice(mine)
                inverse = store.apply(DeleteEntry(id=target))
                deleted[target] = (inverse, alive.pop(target))
            elif roll < 0.74 and deleted:
                target = rng.choice(list(deleted))
                inverse, row = deleted[target]
                if inverse is not None and row[0] not in gone_aufgaben:
                    store.apply(inverse)  # undo this worker's own delete: the same id comes back
                    alive[target] = deleted.pop(target)[1]
            elif roll < 0.77 and own_aufgaben:
                target = rng.choice(list(own_aufgaben))
                store.apply(DeleteAufgabe(id=target))
                del own_aufgaben[target]
                gone_aufgaben.add(target)
                for entry, row in list(alive.items()):
                    if row[0] == target:
                        deleted[entry] = (None, alive.pop(entry))
            elif roll < 0.90:
                aufgaben = [a.id for w in store.load().workshops for a in w.aufgaben]
                store.apply(ToggleAktion(id=rng.choice(aufgaben)))
            elif roll < 0.96:
                aufgaben = [a.id for w in store.load().workshops for a in w.aufgaben]
                store.apply(MoveAufgabe(id=rng.choice(aufgaben), index=rng.randrange(8)))
            else:
                store.apply(SetNote(id=rng.choice(mine), note=rng.random() < 0.5))
        except NotFoundError:
            conflicts += 1  # another worker deleted that Aufgabe between load() and apply(): fine
    return {
        "alive": alive,
        "deleted": sorted(deleted),
        "aufgaben": own_aufgaben,
        "gone_aufgaben": sorted(gone_aufgaben),
        "conflicts": conflicts,
        "saves": store.saves,
    }


def reader(path: Path, stop: Path) -> dict:
    """Read the file continuously until told to stop; every read must parse and validate."""
    reads, failures = 0, []
    store = Store(path)
    while True:
        last = stop.exists()
        raw = path.read_bytes()
        try:
            check_raw(raw, path)
            store.load()
        except Exception as error:  # noqa: BLE001 - collected and reported
            failures.append(f"{type(error).__name__}: {error}"[:300])
        reads += 1
        if last:
            return {"reads": reads, "failures": failures[:5], "failed": len(failures)}


def test_four_writers_and_a_reader_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "shared.json"
    store = Store.create(path)
    workshop = store.add(AddWorkshop(name="Kommunen"))
    shared = [store.add(AddAufgabe(workshop=workshop, text=f"Aufgabe {n}")) for n in range(4)]
    stop = tmp_path / "stop"
    read_child = Child(reader, path, stop)
    writers = [Child(writer, path, n, shared, workshop, OPS) for n in range(WORKERS)]
    results = [child.result() for child in writers]
    stop.touch()
    reads = read_child.result()

    data = check_raw(path.read_bytes(), path)
    entries, aufgaben = data["entries"], data["aufgaben"]
    lost = 0
    for result in results:
        for entry_id, (aufgabe, section, text) in result["alive"].items():
            row = entries.get(str(entry_id))
            if row is None:
                lost += 1
                continue
            assert (row["aufgabe"], row["section"], row["text"]) == (aufgabe, section, text)
        for entry_id in result["deleted"]:
            assert str(entry_id) not in entries, f"entry {entry_id} deleted by its worker came back"
        for aufgabe_id, text in result["aufgaben"].items():
            assert aufgaben[str(aufgabe_id)]["text"] == text
        for aufgabe_id in result["gone_aufgaben"]:
            assert str(aufgabe_id) not in aufgaben
    expected = sum(len(r["alive"]) for r in results)
    count("operations", WORKERS * OPS + 5)
    count("reads_checked", reads["reads"])
    count("entries_lost", lost)
    assert lost == 0, f"{lost} acknowledged entries are missing"
    assert len(entries) == expected, "the file holds entries no worker acknowledged"
    assert data["faktor4"]["revision"] == 5 + sum(r["saves"] for r in results), "a save was lost"
    assert reads["failed"] == 0, reads["failures"]
    assert reads["reads"] > 10
    assert sorted(str(i) for i in shared) == sorted(k for k in aufgaben if int(k) in shared)


def _add_when_ready(path: Path, ready: Path, text: str) -> tuple[int, str]:
    while not ready.exists():  # start all children at once to widen the race
        pass
    return cli_in_child.__wrapped__(["add", str(path), "--workshop", "Neu", "--create", text])


def test_concurrent_cli_adds_to_a_new_workshop_create_it_once(tmp_path: Path) -> None:
    path = tmp_path / "neu.json"
    Store.create(path)
    ready = tmp_path / "ready"
    for attempt in range(5):
        children = [Child(_add_when_ready, path, ready, f"{attempt}-{n}") for n in range(6)]
        ready.touch()
        assert [child.result()[0] for child in children] == [0] * 6
        ready.unlink()
        count("operations", 6)
    document = Store(path).load()
    assert [w.name for w in document.workshops] == ["Neu"], "two processes created the same workshop"
    assert len(document.workshops[0].aufgaben) == 30


def _lockstep_writer(path: Path, entry: int, to_parent: int, from_parent: int, rounds: int) -> int:
    store = Store(path)
    for n in range(rounds):
        store.apply(EditEntry(id=entry, text="ab"[n % 2] * 3))  # same size every time
        os.write(to_parent, b"%d\n" % store.revision)
        os.read(from_parent, 1)  # wait until the viewer has looked
    return rounds


def test_a_viewer_sees_every_change_even_of_the_same_size(tmp_path: Path) -> None:
    path = tmp_path / "view.json"
    store = Store.create(path)
    workshop = store.add(AddWorkshop(name="K"))
    aufgabe = store.add(AddAufgabe(workshop=workshop, text="A"))
    entry = store.add(AddEntry(aufgabe=aufgabe, section="loesungen", text="xxx"))
    for _ in range(100):  # a revision with a stable number of digits
        store.apply(EditEntry(id=entry, text="xxx"))
    viewer = Store(path)
    rounds = 300
    down_r, down_w = os.pipe()
    up_r, up_w = os.pipe()
    child = Child(_lockstep_writer, path, entry, up_w, down_r, rounds)
    os.close(up_w)
    os.close(down_r)
    with os.fdopen(up_r, "rb") as acks:
        for n in range(rounds):
            revision = int(acks.readline())
            assert viewer.changed(), f"change {n} (revision {revision}) went unnoticed"
            document = viewer.load()
            assert document.revision == revision
            assert document.workshops[0].aufgaben[0].entries("loesungen")[0].text == "ab"[n % 2] * 3
            os.write(down_w, b"k")
    os.close(down_w)
    assert child.result() == rounds
    count("operations", rounds + 103)
