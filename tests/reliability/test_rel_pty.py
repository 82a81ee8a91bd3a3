"""The real TUI in a pseudo-terminal: hostile file content never puts a raw escape on the terminal.

Skips until ``faktor4_tui.ui.app`` exists on this branch (the integrator enables it by merging).
"""

from __future__ import annotations

import fcntl
import json
import os
import re
import select
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

from faktor4_tui.model import sanitize
from faktor4_tui.store import Store
from faktor4_tui.store.ops import AddAufgabe, AddWorkshop
from faktor4_tui.store.schema import empty_data
from tests.reliability.helpers import ROOT, assert_clean, check_file
from tests.reliability.hostile import HOSTILE
from tests.reliability.ptyapp import PtyApp, file_has
from tests.reliability.stats import count

# What must never reach the terminal: payloads of escape sequences users typed or files carried.
FORBIDDEN = [
    (re.compile(rb"\x1b\]52;"), "an OSC 52 clipboard write"),
    (re.compile(rb"pwned"), "an OSC title payload"),
    (re.compile(rb"evil\.example"), "an OSC 8 hyperlink payload"),
    (re.compile(rb"\x1b\]8;[^\x07\x1b]*(etc/passwd|evil)"), "a hyperlink to a user-given target"),
    (re.compile(rb"\x1b\[2J\x1b\[H\x1b\[\?1049l"), "the user's clear-screen sequence"),
    (re.compile(rb"\xe2\x80\xae|\xe2\x81[\xa6-\xa9]"), "a bidi override"),
    (re.compile(rb"\x9b31m|\xc2\x9b"), "a C1 control sequence"),
]


def hostile_file(path: Path) -> None:
    """A file as another program might write it: raw escapes inside valid JSON strings."""
    data = empty_data()
    data["event"]["1"].update(title="\x1b]0;pwned\x07Workshop", forum="[@click=app.quit]x[/]", dates="\u202e21.09.30")
    data["workshops"]["2"] = {"name": "Kommunen", "pos": 0}
    texts = [text for _, text in HOSTILE if text.strip()][:20]
    for n, text in enumerate(texts):
        data["aufgaben"][str(3 + n)] = {"workshop": 2, "pos": n, "text": text, "aktion": None, "votes": 0}
    data["entries"]["100"] = {
        "aufgabe": 3,
        "section": "loesungen",
        "pos": 0,
        "text": "\x1b]52;c;cm0gLXJmIH4K\x07kopiert",
        "note": False,
    }
    data["faktor4"]["next_id"] = 101
    path.write_text(json.dumps(data, ensure_ascii=True))


def run_in_pty(
    root: Path, file: Path, keys: list[bytes], ready: bytes, cols: int = 100, rows: int = 30, timeout: float = 30
) -> tuple[int, bytes]:
    """Start ``python -m faktor4_tui FILE`` on a pty, wait until ``ready`` appears, type keys, collect output."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    env = {k: v for k, v in os.environ.items() if k not in ("COLORTERM", "TEXTUAL")}
    env.update(TERM="xterm", NO_COLOR="1", PYTHONPATH=str(root), PYTHONDONTWRITEBYTECODE="1", LANG="C.UTF-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "faktor4_tui", str(file)],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        cwd=root,
        env=env,
        start_new_session=True,
        close_fds=True,
    )
    os.close(slave)
    output = bytearray()
    deadline = time.monotonic() + timeout
    pending = list(keys)
    try:
        while time.monotonic() < deadline:
            readable, _, _ = select.select([master], [], [], 0.2)
            if readable:
                try:
                    chunk = os.read(master, 65536)
                except OSError:  # EIO: the child closed the terminal
                    break
                if not chunk:
                    break
                output += chunk
            if pending and ready in output:
                os.write(master, pending.pop(0))
            if proc.poll() is not None and not readable:
                break
        code = proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        os.close(master)
    return code, bytes(output)


def test_tui_never_emits_user_escapes(tmp_path: Path) -> None:
    path = tmp_path / "fremd.json"
    hostile_file(path)
    code, output = run_in_pty(ROOT, path, [b"q"], ready=b"Kommunen")
    count("hostile_inputs", 20)
    assert b"Kommunen" in output, "the first frame never appeared"
    assert code == 0, output[-2000:]
    for literal in (b"[@click=app.quit]x[/]", b"[link=file:///etc/passwd]x[/link]"):
        assert literal in output, f"markup was not shown literally: {literal!r}"
    for pattern, what in FORBIDDEN:
        match = pattern.search(output)
        assert match is None, f"{what} reached the terminal: {output[max(0, match.start() - 40) : match.end() + 40]!r}"


# Raw sequences the paste test's text carries (its printable payload may show, as text).
RAW = [
    (re.compile(rb"\x1b\](0|52);"), "a raw OSC sequence"),
    (re.compile(rb"\x1b\[31m"), "the user's colour code"),
    (re.compile(rb"\xe2\x80\xae"), "a bidi override"),
    (re.compile(rb"\xc2[\x80-\x9f]"), "a C1 control"),
]


def _assert_nothing_forbidden(output: bytes, patterns: list = FORBIDDEN) -> None:
    for pattern, what in patterns:
        match = pattern.search(output)
        assert match is None, f"{what} reached the terminal: {output[max(0, match.start() - 40) : match.end() + 40]!r}"


def test_presentation_never_emits_user_escapes(tmp_path: Path) -> None:
    """``faktor4 present FILE`` walks every slide of a file full of hostile text: markup literal, no escapes."""
    path = tmp_path / "fremd.json"
    hostile_file(path)
    app = PtyApp("present", str(path))
    try:
        app.wait_for_output(b"1 / ")
        for _ in range(40):  # every slide (the deck of this file is shorter; extra presses stay on the last)
            app.type(b"n")
            app.read(0.03)
        app.type(b"q")
        code = app.finish()
    finally:
        app.close()
    count("hostile_inputs", 20)
    output = bytes(app.output)
    assert code == 0, output[-2000:]
    assert b"[@click=app.quit]x[/]" in output, "the forum's markup was not shown literally"
    assert b"kopiert" in output, "the Aufgabe with entries was never presented"
    _assert_nothing_forbidden(output)


def _paste_into_add_line(app: PtyApp, path: Path, pasted: str, last_text: str) -> None:
    """Open the add line, bracketed-paste ``pasted``, Enter, wait for it in the file, close the line."""
    app.wait_for_output(b"Kommunen")
    app.type(b"a")
    app.type(b"\x1b[200~" + pasted.encode("utf-8") + b"\x1b[201~")
    app.type(b"\r")
    app.wait_for(lambda: file_has(path, last_text), what="the pasted line in the file")
    app.read(0.3)
    app.type(b"\x1b")  # close the add line (alone: ESC q would be alt+q)
    app.read(0.3)


def test_pasted_escape_codes_are_stored_clean_and_never_echoed(tmp_path: Path) -> None:
    """A bracketed paste of escape codes into the real app's add line: stored sanitized, never on the terminal."""
    path = tmp_path / "ws.json"
    store = Store.create(path)
    store.add(AddWorkshop(name="Kommunen"))
    pasted = (
        "Lösung \x1b]0;pwned\x07\x1b[31mrot\x1b[0m \x1b]52;c;cm0gLXJmIH4K\x07kopiert "
        "\u202eabc \x9b31m[@click=app.quit]x[/]"
    )
    app = PtyApp(str(path))
    try:
        _paste_into_add_line(app, path, pasted, "kopiert")
        app.type(b"q")
        code = app.finish()
    finally:
        app.close()
    count("hostile_inputs")
    data = check_file(path)
    texts = [row["text"] for row in data["aufgaben"].values()]
    assert texts == [sanitize(pasted)], texts
    assert_clean(texts[0])
    output = bytes(app.output)
    assert code == 0, output[-2000:]
    assert b"[@click=app.quit]x[/]" in output
    _assert_nothing_forbidden(output, RAW)


KILLS = 8 if os.environ.get("FAKTOR4_LONG") == "1" else 2


def test_killed_while_typing_loses_no_acknowledged_line(tmp_path: Path) -> None:
    """SIGKILL while a line is half typed (after several Enters): every saved line is there, the file
    parses, and the next app opens it and saves at once (no stale lock)."""
    path = tmp_path / "ws.json"
    store = Store.create(path)
    store.add(AddWorkshop(name="Kommunen"))
    acknowledged: list[str] = []
    for round_ in range(KILLS):
        app = PtyApp(str(path))
        try:
            app.wait_for_output(b"Kommunen")
            app.type(b"a")
            for number in range(4):
                line = f"Runde {round_} Zeile {number} – Bürgerbeteiligung"
                app.type(line.encode("utf-8") + b"\r")
                app.wait_for(lambda line=line: file_has(path, line), what=f"{line!r} in the file")
                acknowledged.append(line)
            app.type("halb getippt, nie bestätigt ".encode())
            app.wait_for_output(b"nie best")  # the half line is on the screen
            app.kill()
        finally:
            app.close()
        count("kills")
        data = check_file(path)
        texts = [row["text"] for row in sorted(data["aufgaben"].values(), key=lambda row: row["pos"])]
        lost = [line for line in acknowledged if line not in texts]
        count("entries_lost", len(lost))
        assert lost == [], f"acknowledged lines lost by the kill: {lost}"
        assert texts == acknowledged, "the file holds lines nobody acknowledged"
        count("operations", 4)
    after = Store(path, lock_timeout=0.5)  # a stale lock would time out here
    after.add(AddAufgabe(workshop=int(next(iter(check_file(path)["workshops"]))), text="danach"))
    code, output = run_in_pty(ROOT, path, [b"q"], ready=b"danach")
    assert code == 0 and b"danach" in output, output[-2000:]


def test_pasted_lines_with_escape_codes_never_act_as_keys(tmp_path: Path) -> None:
    """tmux passes a pasted ESC on raw; Textual's parser would turn the rest of the paste into keys
    (a blank line closed the add line, then "e" edited, ctrl+q quit). Now: one entry per line, nothing else."""
    path = tmp_path / "ws.json"
    store = Store.create(path)
    workshop = store.add(AddWorkshop(name="Kommunen"))
    store.add(AddAufgabe(workshop=workshop, text="Schon da"))
    pasted = "Gepastet \x1b[31mrot\x1b[0m zwei\nZweite Zeile\n\nDritte \x11 e d q\x1a"
    app = PtyApp(str(path))
    try:
        _paste_into_add_line(app, path, pasted, "Dritte")
        app.type(b"q")
        code = app.finish()
    finally:
        app.close()
    count("hostile_inputs")
    data = check_file(path)
    texts = [row["text"] for row in sorted(data["aufgaben"].values(), key=lambda row: row["pos"])]
    assert texts == ["Schon da", "Gepastet rot zwei", "Zweite Zeile", "Dritte  e d q"], texts
    assert code == 0
