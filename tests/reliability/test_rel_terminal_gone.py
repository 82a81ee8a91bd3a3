"""Terminals that go away: no terminal at all (cron, ``</dev/null``), SIGHUP and SIGTERM.

The attacks: ``present`` started without a terminal ran on unseen for 10 minutes at 92 % CPU;
after SIGHUP or SIGTERM the terminal was left in the alternate screen with mouse reporting on.
Now an app without a terminal refuses with a sentence and exit 2 (creating nothing), and a
signal ends it at once with 128 + the signal's number, its last bytes restoring the terminal.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from faktor4_tui.store import Store
from faktor4_tui.store.ops import AddWorkshop
from faktor4_tui.store.schema import empty_data
from tests.reliability.helpers import ROOT
from tests.reliability.ptyapp import PtyApp
from tests.reliability.stats import count

# What Textual turns on when it starts, and the sequence that turns each off again.
RESTORES = {
    b"\x1b[?1049h": b"\x1b[?1049l",  # the alternate screen
    b"\x1b[?1000h": b"\x1b[?1000l",  # mouse reporting: clicks
    b"\x1b[?1003h": b"\x1b[?1003l",  # all motion
    b"\x1b[?1006h": b"\x1b[?1006l",  # SGR mouse coordinates
    b"\x1b[?25l": b"\x1b[?25h",  # the cursor hidden
}


def _file(tmp_path: Path) -> Path:
    path = tmp_path / "f.json"
    Store.create(path, empty_data()).add(AddWorkshop("Kommunen"))
    return path


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("TEXTUAL", "TEXTUAL_DRIVER")}
    env.update(PYTHONPATH=str(ROOT), PYTHONDONTWRITEBYTECODE="1")
    return env


def _argv(kind: str, path: Path) -> list[str]:
    return ["present", str(path)] if kind == "present" else [str(path)]


@pytest.mark.parametrize("kind", ["present", "app"])
@pytest.mark.parametrize("how", ["cron", "stdin-devnull", "stderr-file"])
def test_without_a_terminal_an_app_refuses_at_once(tmp_path: Path, kind: str, how: str) -> None:
    path = tmp_path / "new.json" if kind == "app" else _file(tmp_path)
    err = tmp_path / "err.txt"
    with open(err, "wb") as err_file:
        if how == "stderr-file":  # keys from a terminal, but the screen would go into a file
            master, slave = os.openpty()
            stdin, stdout = slave, slave
        else:
            master, slave = -1, -1
            stdin, stdout = subprocess.DEVNULL, (err_file if how == "cron" else subprocess.DEVNULL)
        started = time.monotonic()
        try:
            proc = subprocess.run(
                [sys.executable, "-m", "faktor4_tui", "--lang", "en", *_argv(kind, path)],
                stdin=stdin,
                stdout=stdout,
                stderr=err_file,
                cwd=ROOT,
                env=_env(),
                timeout=60,
                start_new_session=True,
            )
        finally:
            if master >= 0:
                os.close(master)
                os.close(slave)
    said = err.read_text()
    assert proc.returncode == 2, said
    assert "needs a terminal" in said, said
    assert time.monotonic() - started < 30
    if kind == "app":
        assert not path.exists(), "a file was created by a run that could not start"
    count("terminals_gone")


def _wait_started(app: PtyApp, kind: str) -> None:
    app.wait_for_output(b"1 / " if kind == "present" else b"Kommunen", timeout=30)
    app.read(0.3)


@pytest.mark.parametrize("kind", ["present", "app"])
@pytest.mark.parametrize("signum", [signal.SIGHUP, signal.SIGTERM])
def test_a_signal_ends_the_app_at_once_and_restores_the_terminal(tmp_path: Path, kind: str, signum: int) -> None:
    path = _file(tmp_path)
    app = PtyApp(*_argv(kind, path))
    try:
        _wait_started(app, kind)
        sent = time.monotonic()
        os.kill(app.proc.pid, signum)
        code = app.finish(timeout=15)
        took = time.monotonic() - sent
        assert code == 128 + signum, (code, bytes(app.output[-300:]))
        assert took < 10, f"{took:.1f} s to end after {signal.Signals(signum).name}"
        output = bytes(app.output)
        for turned_on, turned_off in RESTORES.items():
            assert turned_on in output, f"the app never sent {turned_on!r}"
            assert output.rfind(turned_off) > output.rfind(turned_on), (
                f"{signal.Signals(signum).name}: {turned_on!r} was not undone at the end: {output[-300:]!r}"
            )
        count("terminals_gone")
    finally:
        app.close()


@pytest.mark.parametrize("kind", ["present", "app"])
def test_a_hung_up_terminal_ends_the_app(tmp_path: Path, kind: str) -> None:
    """The terminal itself is gone (its window closed): the app ends, it does not spin on unseen."""
    path = _file(tmp_path)
    app = PtyApp(*_argv(kind, path), controlling=True)
    try:
        _wait_started(app, kind)
        os.close(app.master)  # the kernel hangs up the terminal: SIGHUP to its session
        app.master = os.open(os.devnull, os.O_RDONLY)  # for close()
        try:
            app.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            raise AssertionError("the app ran on after its terminal was gone") from None
        assert app.proc.returncode in (128 + signal.SIGHUP, -signal.SIGHUP), app.proc.returncode
        count("terminals_gone")
    finally:
        app.close()


@pytest.mark.parametrize("kind", ["present", "app"])
def test_a_terminal_gone_without_a_signal_ends_the_app(tmp_path: Path, kind: str) -> None:
    """Not its controlling terminal (as under ``nohup`` or ``setsid``): no SIGHUP comes when it closes.

    Textual's input thread then reads end-of-file in a loop (80 % CPU, for ever); the app notices
    the hang-up on its next tick and ends as if SIGHUP had come.
    """
    path = _file(tmp_path)
    app = PtyApp(*_argv(kind, path))  # the pty is only its stdin/stdout/stderr, not its controlling terminal
    try:
        _wait_started(app, kind)
        os.close(app.master)
        app.master = os.open(os.devnull, os.O_RDONLY)  # for close()
        try:
            app.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            raise AssertionError("the app ran on after its terminal was gone") from None
        assert app.proc.returncode == 128 + signal.SIGHUP, app.proc.returncode
        count("terminals_gone")
    finally:
        app.close()
