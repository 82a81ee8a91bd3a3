"""The terminal measurements: startup, memory, live follow and navigation, each in a pty."""

from __future__ import annotations

import importlib.util
import os
import random
import time
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.pty_app import AppExited, PtyApp, visible_text
from benchmarks.stats import median, p95
from faktor4_tui.i18n import t
from faktor4_tui.store import Store
from faktor4_tui.store.ops import AddEntry, SetEvent

APP_MODULE = "faktor4_tui.ui.app"
PRESENT_MODULE = "faktor4_tui.cli.cmd_present"
COLS, ROWS = 120, 40
DOWN, RIGHT = b"\x1b[B", b"\x1b[C"


def available(module: str) -> bool:
    """True if the module exists in this checkout (the app and `present` are built elsewhere)."""
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


def app_args(path: Path) -> list[str]:
    """`faktor4 FILE`, launched as `python -m faktor4_tui FILE`."""
    return ["-m", "faktor4_tui", str(path)]


def bare_args(path: Path, items: int = 0) -> list[str]:
    """The bare Textual app, launched the same way (`python -m …`)."""
    return ["-m", "benchmarks.bare_app", str(path), *(["--list", str(items)] if items else [])]


def present_args(path: Path) -> list[str]:
    """`faktor4 present FILE`."""
    return ["-m", "faktor4_tui", "present", str(path)]


def first_frame(app: PtyApp, name: str | None = None, timeout: float = 30.0) -> tuple[float, str]:
    """Seconds to the first settled full frame, and a note if ``name`` never showed."""
    deadline = time.perf_counter() + timeout
    while len(visible_text(bytes(app.output))) < COLS * ROWS // 2:
        if time.perf_counter() > deadline:
            raise AppExited(f"drew no full screen within {timeout:g} s")
        app.read(0.05)
    elapsed = app.wait_quiet(0.25, timeout) - app.started
    if name and name not in visible_text(bytes(app.output)):
        try:  # a loading screen first: wait for the real one (it names the file)
            app.wait_text(name, 5.0)
            elapsed = app.wait_quiet(0.25, timeout) - app.started
        except AppExited:
            return elapsed, f"{name} not shown"
    return elapsed, ""


def warm_up(path: Path) -> None:
    """Start each program once, unmeasured, so its bytecode is compiled and cached."""
    launches = [bare_args(path), bare_args(path, 10)]
    if available(APP_MODULE):
        launches.append(app_args(path))
    if available(PRESENT_MODULE):
        launches.append(present_args(path))
    for args in launches:
        try:
            with PtyApp(args, COLS, ROWS) as app:
                first_frame(app)
        except AppExited:
            pass  # the measurement reports it


@dataclass
class Startup:
    """Startup times (s) and peak RSS (KiB) of the app and the bare app for one file."""

    app: list[float] = field(default_factory=list)
    bare: list[float] = field(default_factory=list)
    app_rss: list[int] = field(default_factory=list)
    bare_rss: list[int] = field(default_factory=list)
    note: str = ""


def measure_startup(path: Path, runs: int, with_app: bool) -> Startup:
    """Alternate bare and app launches on the same file; first frame and peak RSS of each."""
    result = Startup()
    name: str | None = path.name
    for _ in range(runs):
        with PtyApp(bare_args(path), COLS, ROWS) as bare:
            elapsed, _ = first_frame(bare)
            result.bare.append(elapsed)
            result.bare_rss.append(bare.peak_rss_kib())
        if with_app:
            try:
                with PtyApp(app_args(path), COLS, ROWS) as app:
                    elapsed, note = first_frame(app, name)
                    result.app.append(elapsed)
                    result.app_rss.append(app.peak_rss_kib())
                    if note:  # the app does not show the file name: stop waiting for it
                        result.note, name = note, None
            except AppExited as error:
                result.note = f"error: app {error}"
                with_app = False
    return result


@dataclass
class Latencies:
    """Per-event latencies in seconds, with a note on anything that went wrong."""

    samples: list[float] = field(default_factory=list)
    note: str = ""

    @property
    def median(self) -> float:
        """The median latency."""
        return median(self.samples)

    @property
    def p95(self) -> float:
        """The 95th percentile latency."""
        return p95(self.samples)


def measure_live(
    path: Path, changes: int, timeout: float = 3.0, from_saved: bool = False, entries: bool = False
) -> Latencies:
    """Write the event title from this process; time until a running `present` shows it.

    ``from_saved``: count from the moment the save is durable, not from its start (on a huge file
    the save itself takes most of a second; that is the writer's wait, measured under "save").
    ``entries``: add a Lösung to the first room's Aktion 1 instead, with `present` on its Lösungen
    (it goes to the part the new line is on): a note taker's change, one room's slides laid out again.
    """
    result = Latencies()
    store = Store(path)
    rng = random.Random(7)
    aufgabe = store.load().workshops[0].plan[0].id if entries else 0
    try:
        with PtyApp(present_args(path), COLS, ROWS) as present:
            first_frame(present, timeout=max(30.0, timeout * 6))
            if from_saved:  # a huge deck: the first frame comes before the deck is laid out for the screen
                present.wait_quiet(20.0, 300.0)  # (seconds without output: the layout done and drawn)
            if entries:
                _to_loesungen(present)
            for number in range(changes):
                time.sleep(rng.uniform(0.05, 0.4))  # spread the writes over any polling period
                present.wait_quiet(0.02, 5.0)
                since = len(present.output)
                title = f"Live-Folge {number:03d}"
                started = time.perf_counter()
                if entries:
                    store.apply(AddEntry(aufgabe=aufgabe, section="loesungen", text=title))
                else:
                    store.apply(SetEvent(title=title))
                if from_saved:
                    started = time.perf_counter()
                try:
                    result.samples.append(present.wait_text(title, timeout, since) - started)
                except AppExited:
                    result.samples.append(timeout)
                    result.note = f"a change did not show within {timeout:g} s"
    except AppExited as error:
        result.note = f"error: present {error}"
    return result


def _to_loesungen(present: PtyApp) -> None:
    """From the title slide to the first room's Aktion 1 Lösungen: `]`, then → until they show."""
    question = t("section.loesungen.question")
    for key in (b"]", *([b"\x1b[C"] * 12)):
        since = len(present.output)
        os.write(present.master, key)
        present.wait_quiet(0.5, 30.0)
        if question in visible_text(bytes(present.output[since:])):
            return
    raise AppExited(f"{question!r} never showed")


def measure_keys(args: list[str], key: bytes, presses: int) -> Latencies:
    """Press ``key`` repeatedly in a running app; seconds until each redraw settled."""
    result = Latencies()
    try:
        with PtyApp(args, COLS, ROWS) as app:
            first_frame(app)
            missed = 0
            for _ in range(presses):
                latency = app.key_latency(key)
                if latency is None:
                    missed += 1
                else:
                    result.samples.append(latency)
            if missed:
                result.note = f"{missed} of {presses} keys drew nothing"
    except AppExited as error:
        result.note = f"error: {error}"
    return result
