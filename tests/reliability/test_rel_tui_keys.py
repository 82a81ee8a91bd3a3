"""Random keys in every screen of the real app: no exception, the file stays valid and the app shows it.

Each example starts the app on a fresh copy of the demo file, opens one screen (problem list,
Aufgabe with a pane, workshop dialog, event editor, help, presentation), presses up to 40
random keys, typed text and pastes, then checks: the app is alive (or quit cleanly), the file
passes every invariant, the app's document equals a fresh load, and every list on screen shows
exactly the file's rows. FAKTOR4_LONG=1 runs many more and longer sequences.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from faktor4_tui.demo import demo_data
from faktor4_tui.session import Session
from faktor4_tui.store import Store
from faktor4_tui.store.ops import AddAufgabe, AddEntry, DeleteAufgabe, DeleteEntry
from faktor4_tui.ui.app import Faktor4App
from tests.reliability.helpers import check_file
from tests.reliability.stats import count
from tests.reliability.tui import SIZE, check_app_matches_file, run, send_key, send_paste, send_text, settle

LONG = os.environ.get("FAKTOR4_LONG") == "1"
MAX_KEYS = 120 if LONG else 40
EXAMPLES = 300 if LONG else 25

# The keys of every screen (DESIGN.md "Keys") plus plain editing keys. "q" quits only from a list
# (in an input it is a letter); ctrl+q quits anywhere, so it may only end a sequence.
COMMAND_KEYS = (
    "a",
    "e",
    "f2",
    "d",
    "delete",
    "j",
    "k",
    "up",
    "down",
    "g",
    "G",
    "home",
    "end",
    "J",
    "K",
    "shift+up",
    "shift+down",
    "m",
    "x",
    "space",
    "enter",
    "escape",
    "tab",
    "shift+tab",
    "ctrl+z",
    "ctrl+y",
    "u",
    "U",
    "w",
    "E",
    "f1",
    "question_mark",
    "f5",
    "slash",
    "left_square_bracket",
    "right_square_bracket",
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
    "0",
    "9",
    "left",
    "right",
    "pageup",
    "pagedown",
    "backspace",
    "n",
    "p",
    "t",
    "plus",
    "minus",
    "s",
    "V",
    "q",
    "ctrl+o",  # goes on after the held notice (the place typed into vanished)
)
QUIT_KEYS = ("q", "ctrl+q")
TEXT = st.text(alphabet=st.sampled_from("abcxyz ÄÖÜäöüß[]/@=$:-→🌍字123"), min_size=1, max_size=12)
PASTE = st.sampled_from(
    ["[@click=app.quit]x[/]", "\x1b[31mrot\x1b[0m", "Zeile 1\nZeile 2", "a\n\nb", "\u202eabc", "  ", "eins\r\nzwei\n"]
)
STEP = st.one_of(
    st.sampled_from(COMMAND_KEYS),
    st.sampled_from(COMMAND_KEYS),
    st.sampled_from(COMMAND_KEYS),
    st.sampled_from(COMMAND_KEYS),
    st.tuples(st.just("type"), TEXT),
    st.tuples(st.just("type"), TEXT.map(lambda text: f"a{text}\n")),  # add a line, in one burst
    st.tuples(st.just("paste"), PASTE),
    st.tuples(st.just("other"), st.sampled_from(["add", "delete", "entry", "unentry"])),  # another process
)
STARTS = {
    "problems": (),
    "aufgabe": ("enter",),
    "aufgabe-pane": ("down", "down", "down", "down", "down", "down", "down", "enter", "2"),
    "workshop": ("w",),
    "event": ("E",),
    "help": ("f1",),
    "present": ("f5",),
    "present-aufgabe": ("enter", "3", "f5"),
}


def _other_process(path: Path, change: str) -> None:
    """What another TUI or ``faktor4 add`` might do to the file meanwhile (through its own Store)."""
    store = Store(path)
    workshop = store.load().workshops[0]
    aufgaben = workshop.aufgaben
    entries = [e for a in aufgaben for e in a.entries("loesungen")]
    if change == "add":
        store.add(AddAufgabe(workshop=workshop.id, text="Von nebenan", index=0))
    elif change == "delete" and aufgaben:
        store.apply(DeleteAufgabe(id=aufgaben[min(2, len(aufgaben) - 1)].id))
    elif change == "entry" and aufgaben:
        store.add(AddEntry(aufgabe=aufgaben[0].id, section="loesungen", text="Lösung von nebenan"))
    elif change == "unentry" and entries:
        store.apply(DeleteEntry(id=entries[-1].id))


async def _drive(path: Path, start: tuple[str, ...], steps: list) -> int:
    app = Faktor4App(Session(Store(path)))
    done = 0
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*start)
        await settle(pilot)
        for step in steps:
            if isinstance(step, tuple) and step[0] == "other":
                _other_process(path, step[1])
                app.session.poll()  # what the app's poll timer does
            elif isinstance(step, tuple):
                (send_text if step[0] == "type" else send_paste)(app, step[1])
            else:
                send_key(app, step)
            await pilot.pause(0)  # the screen has handled what was sent (a fast typist: no idle wait)
            done += 1
            if step in QUIT_KEYS and app.return_code is not None:
                break
        if app.return_code is None:
            app.session.poll()
            await settle(pilot)
            check_app_matches_file(app, path)
    assert app.return_code in (None, 0), f"the app ended with {app.return_code}"
    return done


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    start=st.sampled_from(sorted(STARTS)),
    steps=st.lists(STEP, min_size=MAX_KEYS // 4, max_size=MAX_KEYS),
    end=st.sampled_from(["", "", "q", "ctrl+q"]),
)
def test_random_keys_never_crash_or_lose(start: str, steps: list, end: str) -> None:
    folder = Path(tempfile.mkdtemp(prefix="faktor4-keys-"))
    try:
        path = folder / "ws.json"
        Store.create(path, demo_data())
        done = run(_drive(path, STARTS[start], [*steps, end] if end else steps))
        check_file(path)
        assert Store(path).load() is not None
        count("tui_key_sequences")
        count("tui_keys", done)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
