"""``faktor4 serve``: a real server process on a loopback port, a real HTTP request."""

from __future__ import annotations

import asyncio
import contextlib
import http.client
import os
import queue
import shlex
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

import faktor4_tui
from faktor4_tui.cli import main
from faktor4_tui.cli.cmd_serve import exposure_warning, present_command
from faktor4_tui.netaddr import is_loopback

pytest.importorskip("textual_serve")

ROOT = Path(faktor4_tui.__file__).parent.parent
WAIT = 30  # seconds; the bound on every wait, never a sleep


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def run_faktor4(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "faktor4_tui", *args], capture_output=True, text=True, timeout=WAIT, env=env
    )


@contextlib.contextmanager
def serving(path: Path, *extra: str) -> Iterator[tuple[int, str]]:
    """``faktor4 serve PATH --port P …`` running; yields (port, the line it printed once listening)."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "faktor4_tui", "serve", str(path), "--port", str(port), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in process.stdout], daemon=True).start()
    try:
        try:
            started = lines.get(timeout=WAIT)
        except queue.Empty:
            pytest.fail(f"faktor4 serve did not start: {process.stderr.read() if process.poll() is not None else ''}")
        yield port, started
    finally:
        process.terminate()
        try:
            process.wait(timeout=WAIT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=WAIT)


@pytest.fixture
def server(demo_store) -> Iterator[tuple[int, str]]:
    """The demo file served on a free loopback port."""
    with serving(demo_store.path) as running:
        yield running


def get(port: int, path: str = "/", headers: dict[str, str] | None = None) -> tuple[int, str]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=WAIT)
    try:
        connection.request("GET", path, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.read().decode("utf-8")
    finally:
        connection.close()


def test_serves_the_page_on_loopback(server: tuple[int, str], demo_store) -> None:
    port, started = server
    assert f"http://127.0.0.1:{port}/" in started and "demo.json" in started
    status, page = get(port)
    assert status == 200
    assert "<html" in page.lower() and "textual.js" in page
    assert f'data-session-websocket-url="ws://127.0.0.1:{port}/ws"' in page
    assert "faktor4 – demo.json" in page


def test_page_follows_the_host_of_an_ssh_tunnel(server: tuple[int, str]) -> None:
    port, _ = server
    status, page = get(port, headers={"Host": "localhost:9000"})
    assert status == 200 and 'data-session-websocket-url="ws://localhost:9000/ws"' in page


def test_foreign_host_and_foreign_origin_are_refused(server: tuple[int, str]) -> None:
    port, _ = server
    assert get(port, headers={"Host": f"attacker.example:{port}"})[0] == 403  # DNS rebinding
    assert get(port, "/ws", headers={"Origin": "http://attacker.example"})[0] == 403  # another web page


def test_missing_file_is_one_sentence_exit_2(tmp_path: Path) -> None:
    result = run_faktor4("serve", str(tmp_path / "nope.json"), "--port", str(free_port()))
    assert result.returncode == 2 and "nope.json" in result.stderr and result.stderr.count("\n") == 1


def test_invalid_file_is_one_sentence_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"not": "faktor4"}')
    result = run_faktor4("serve", str(path), "--port", str(free_port()))
    assert result.returncode == 2 and "bad.json" in result.stderr and result.stderr.count("\n") == 1
    assert path.read_text() == '{"not": "faktor4"}'


def test_unknown_workshop_and_bad_port_exit_2(demo_store) -> None:
    result = run_faktor4("serve", str(demo_store.path), "--workshop", "Nirgends")
    assert result.returncode == 2 and "Nirgends" in result.stderr and result.stderr.count("\n") == 1
    assert run_faktor4("serve", str(demo_store.path), "--port", "70000").returncode == 2


def test_busy_port_is_one_sentence(demo_store) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = run_faktor4("serve", str(demo_store.path), "--port", str(port))
    assert result.returncode == 2
    assert f"127.0.0.1:{port}" in result.stderr and "--port" in result.stderr
    assert result.stderr.count("\n") == 1


def test_missing_extra_is_one_sentence(demo_store, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.setitem(sys.modules, "textual_serve", None)
    monkeypatch.setitem(sys.modules, "textual_serve.server", None)
    monkeypatch.delitem(sys.modules, "faktor4_tui.ui.serve_web", raising=False)
    assert main(["serve", str(demo_store.path)]) == 1
    error = capsys.readouterr().err
    assert "textual-serve" in error and "faktor4[serve]" in error and error.count("\n") == 1


def test_warning_only_when_others_can_watch() -> None:
    for host in ("127.0.0.1", "127.0.0.2", "localhost", "::1", "[::1]"):
        assert is_loopback(host) and exposure_warning(host, 8000) is None
    warning = exposure_warning("0.0.0.0", 8000)
    assert warning and "0.0.0.0" in warning and f"http://{socket.gethostname()}:8000/" in warning
    assert "http://[fe80::1]:8000/" in exposure_warning("fe80::1", 8000)
    assert exposure_warning("192.168.1.5", 8000) and exposure_warning("beamer.local", 80)


def test_present_command_is_quoted(tmp_path: Path) -> None:
    path = tmp_path / "Herbst forum; rm -rf ~" / "a'b.json"
    argv = shlex.split(present_command(path, "Jede*r Einzelne", "en"))
    assert argv == [
        sys.executable,
        "-m",
        "faktor4_tui",
        "present",
        str(path),
        "--workshop",
        "Jede*r Einzelne",
        "--lang",
        "en",
    ]


def test_lang_reaches_the_server(demo_store) -> None:
    with serving(demo_store.path, "--lang", "en") as (_port, started):
        assert started.startswith("faktor4 is showing") and "read-only" in started


async def _session_text(port: int, until: tuple[str, ...]) -> str:
    import aiohttp

    received = ""
    deadline = asyncio.get_running_loop().time() + WAIT
    async with aiohttp.ClientSession() as session:
        async with session.ws_connect(
            f"http://127.0.0.1:{port}/ws?width=120&height=40", headers={"Origin": f"http://127.0.0.1:{port}"}
        ) as ws:
            while not any(word in received for word in until):
                left = deadline - asyncio.get_running_loop().time()
                if left <= 0:
                    break
                try:
                    message = await ws.receive(timeout=left)
                except TimeoutError:
                    break
                if message.type != aiohttp.WSMsgType.BINARY:
                    break
                received += message.data.decode("utf-8", "replace")
    return received


async def test_a_browser_session_shows_the_presentation_in_the_chosen_language(demo_store) -> None:
    english = ("Goal of the workshop", "Where do you see the most pressing", "What needs to be done?")
    german = ("Ziel des Workshops", "Wo sehen Sie die drängendsten", "Was muss getan werden?")
    with serving(demo_store.path, "--lang", "en") as (port, _):
        shown = await _session_text(port, until=english)
    assert "Workshop Aktionsplan Faktor 4" in shown
    assert any(word in shown for word in english) and not any(word in shown for word in german)
