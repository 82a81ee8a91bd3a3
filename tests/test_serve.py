"""``faktor4 serve``: a real server process on a loopback port, a real HTTP request."""

from __future__ import annotations

import asyncio
import contextlib
import http.client
import json
import os
import queue
import shlex
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

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
    assert "<title>faktor4 – Workshop Aktionsplan Faktor 4</title>" in page  # the event's title


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
    assert "die Adresse wird schon verwendet" in result.stderr, result.stderr  # the OS's reason in German too


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


# --- hardening (issue 12): a bounded number of sessions, and no DNS rebinding with --host ------------


def _present_processes(path: Path) -> int:
    """How many ``faktor4 present PATH`` processes run now (each browser session starts one)."""
    found = 0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            argv = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:  # ended meanwhile
            continue
        if b"present" in argv and str(path).encode() in argv and any(b"python" in arg for arg in argv[:1]):
            found += 1
    return found


async def _until(condition, what: str) -> None:
    deadline = asyncio.get_running_loop().time() + WAIT
    while not condition():
        if asyncio.get_running_loop().time() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        await asyncio.sleep(0.1)


@pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="counts processes through /proc (Linux)")
async def test_forty_websockets_start_at_most_max_sessions_processes(demo_store) -> None:
    import aiohttp

    from tests.reliability.stats import count

    limit = 3
    with serving(demo_store.path, "--max-sessions", str(limit), "--lang", "en") as (port, _):
        url = f"http://127.0.0.1:{port}/ws?width=80&height=24"
        origin = {"Origin": f"http://127.0.0.1:{port}"}
        async with aiohttp.ClientSession() as client:

            async def connect() -> aiohttp.ClientWebSocketResponse | int:
                try:
                    return await client.ws_connect(url, headers=origin)
                except aiohttp.WSServerHandshakeError as error:
                    return error.status

            outcomes = await asyncio.gather(*(connect() for _ in range(40)))
            open_sockets = [ws for ws in outcomes if not isinstance(ws, int)]
            refused = [status for status in outcomes if isinstance(status, int)]
            try:
                assert len(open_sockets) == limit, f"{len(open_sockets)} sessions accepted, the limit is {limit}"
                assert refused == [503] * (40 - limit)
                count("serve_sessions_refused", len(refused))
                await _until(lambda: _present_processes(demo_store.path) == limit, f"{limit} presentations")
                for _ in range(10):  # and no more appear
                    assert _present_processes(demo_store.path) <= limit
                    await asyncio.sleep(0.05)
                status, page = get(port)  # a new tab: a clear page in the UI language, no process
                assert status == 503 and "the most this server allows" in page and '<html lang="en">' in page
                assert _present_processes(demo_store.path) <= limit
            finally:
                for ws in open_sockets:
                    await ws.close()
            # A closed tab makes room again.
            await _until(lambda: get(port)[0] == 200, "room for a new session")
            async with client.ws_connect(url, headers=origin) as ws:
                assert not ws.closed
    await _until(lambda: _present_processes(demo_store.path) == 0, "the presentations to end with the server")


def test_with_host_a_rebinding_host_is_refused(demo_store) -> None:
    """``--host 0.0.0.0``: a request naming an attacker's host (DNS rebinding) is refused; own names answer."""
    from tests.reliability.stats import count

    with serving(demo_store.path, "--host", "0.0.0.0", "--allow-host", "Beamer.example") as (port, _):
        attacker = f"rebind.attacker.example:{port}"
        assert get(port, headers={"Host": attacker, "Origin": f"http://{attacker}"})[0] == 403
        assert get(port, "/ws", headers={"Host": attacker, "Origin": f"http://{attacker}"})[0] == 403
        assert get(port, headers={"Host": "localhost.attacker.example"})[0] == 403
        count("serve_hosts_refused", 3)
        for host in (f"127.0.0.1:{port}", f"192.168.1.5:{port}", f"{socket.gethostname()}:{port}", "beamer.example"):
            assert get(port, headers={"Host": host})[0] == 200, host
        assert 'data-session-websocket-url="ws://beamer.example/ws"' in get(port, headers={"Host": host})[1]


def test_host_allowlist_rules() -> None:
    from faktor4_tui.netaddr import host_allowed

    none: frozenset[str] = frozenset()
    assert host_allowed("localhost", "192.168.1.5", none) and host_allowed("192.168.1.5", "192.168.1.5", none)
    assert not host_allowed("attacker.example", "192.168.1.5", none)
    assert not host_allowed("10.0.0.9", "192.168.1.5", none)  # another address: not where it listens
    assert host_allowed("10.0.0.9", "0.0.0.0", none) and not host_allowed("attacker.example", "::", none)
    assert host_allowed("beamer.example", "0.0.0.0", frozenset({"beamer.example"}))
    assert not host_allowed("attacker.example", "127.0.0.1", none)


def test_bad_max_sessions_and_allow_host_exit_2(demo_store) -> None:
    for extra in (["--max-sessions", "0"], ["--max-sessions", "x"], ["--allow-host", "a/b"]):
        result = run_faktor4("serve", str(demo_store.path), *extra)
        assert result.returncode == 2 and result.stderr.strip(), extra


# --- the page itself: nothing from other hosts, a title, the UI's language, the font size following the window


def _references(page: str) -> list[str]:
    """Every address the page names (attributes and CSS url()), and every http(s)/ws(s) address in its text."""
    import re

    found = re.findall(r"""(?:src|href|action|data-[a-z-]+-url)\s*=\s*["']([^"']*)["']""", page, re.IGNORECASE)
    found += re.findall(r"""url\(\s*["']?([^"')]+)""", page)
    found += re.findall(r"(?:https?|wss?)://[^\s\"'<>)]+", page, re.IGNORECASE)
    return found


def test_page_loads_nothing_from_another_host_has_a_title_and_speaks_german(server) -> None:
    port, _ = server
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=WAIT)
    connection.request("GET", "/")
    response = connection.getresponse()
    page = response.read().decode("utf-8")
    policy = response.getheader("Content-Security-Policy") or ""
    connection.close()
    assert response.status == 200
    for address in _references(page):
        if "://" in address or address.startswith("//"):
            assert address.split("://", 1)[-1].lstrip("/").startswith(f"127.0.0.1:{port}/"), address
    assert "googleapis" not in page and "gstatic" not in page and "w3.org" not in page
    assert "<title>faktor4 – Workshop Aktionsplan Faktor 4</title>" in page and '<html lang="de">' in page
    assert "Die Präsentation ist beendet." in page and "Neu starten" in page
    for english in ("Session ended", "Restart", "Textual Application"):
        assert english not in page
    # The browser enforces it too: only this server (and its websocket) may be reached.
    assert "default-src 'none'" in policy and f"connect-src 'self' ws://127.0.0.1:{port}" in policy
    assert "font-src 'self'" in policy and "script-src 'self' 'unsafe-inline'" in policy
    # Every local file the page names is served (fonts included).
    for address in _references(page):
        if address.startswith("/static/"):
            assert _status(port, address) == 200, address
    # The font size follows the window, unless ?fontsize= fixes it.
    assert 'data-fixed-font-size="0"' in page and 'data-columns="100"' in page and "window.innerWidth" in page
    assert 'data-fixed-font-size="24"' in get(port, "/?fontsize=24")[1]
    assert 'data-fixed-font-size="64"' in get(port, "/?fontsize=500")[1]  # within the bounds
    for odd in ("0", "-3", "x", "²", "9" * 5000):  # follow the window, never a server error
        status, shown = get(port, f"/?fontsize={quote(odd)}")
        assert status == 200 and 'data-fixed-font-size="0"' in shown, odd


def _status(port: int, path: str) -> int:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=WAIT)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


def test_page_speaks_english_with_lang_en_and_names_the_file_without_an_event(tmp_path: Path) -> None:
    from faktor4_tui.store import Store

    path = tmp_path / "raum-3.json"
    Store.create(path)
    with serving(path, "--lang", "en") as (port, _):
        status, page = get(port)
    assert status == 200 and '<html lang="en">' in page and "<title>faktor4 – raum-3.json</title>" in page
    assert "The presentation has ended." in page and "Restart" in page
    assert "beendet" not in page and "Neu starten" not in page


def test_page_escapes_a_hostile_event_title(tmp_path: Path) -> None:
    from faktor4_tui.store import Store
    from faktor4_tui.store.ops import SetEvent

    path = tmp_path / "x.json"
    Store.create(path).apply(SetEvent(title='</title><script src="https://evil.example/x.js"></script>'))
    with serving(path) as (port, _):
        status, page = get(port)
    assert status == 200 and 'evil.example/x.js"></script>' not in page
    assert "<title>faktor4 – &lt;/title&gt;&lt;script" in page


# --- in a real browser (headless Chromium, when installed): the font follows the window, no other host


class _Browser:
    """Headless Chromium driven over its DevTools protocol: navigate, evaluate, resize; what it sent."""

    def __init__(self, ws) -> None:
        self.ws = ws
        self.ident = 0
        self.requests: list[str] = []  # every address the page asked for (websocket included)
        self.sizes: list[tuple[int, int]] = []  # the terminal sizes (columns, rows) the page sent the session
        self.blocked: list[str] = []  # Content-Security-Policy refusals

    def _heard(self, data: dict) -> None:
        method, params = data.get("method"), data.get("params", {})
        if method == "Network.requestWillBeSent":
            self.requests.append(params["request"]["url"])
        elif method == "Network.webSocketCreated":
            self.requests.append(params["url"])
        elif method == "Network.webSocketFrameSent" and params["response"]["payloadData"].startswith('["resize"'):
            size = json.loads(params["response"]["payloadData"])[1]
            self.sizes.append((size["width"], size["height"]))
        elif method == "Log.entryAdded" and "Content Security Policy" in params["entry"]["text"]:
            self.blocked.append(params["entry"]["text"])

    async def call(self, method: str, **params: object) -> dict:
        self.ident += 1
        await self.ws.send_json({"id": self.ident, "method": method, "params": params})
        async for message in self.ws:
            data = message.json()
            if data.get("id") == self.ident:
                return data.get("result", data)
            self._heard(data)
        raise AssertionError(f"Chromium closed the connection during {method}")

    async def value(self, expression: str) -> object:
        return (await self.call("Runtime.evaluate", expression=expression, returnByValue=True))["result"].get("value")

    async def until(self, done) -> None:
        """Wait (at most WAIT seconds) until ``done()`` holds, hearing the browser's events meanwhile."""
        deadline = asyncio.get_running_loop().time() + WAIT
        while not done():
            if asyncio.get_running_loop().time() > deadline:
                raise AssertionError("the browser never got there")
            await self.value("1")  # hears what happened meanwhile
            await asyncio.sleep(0.1)

    async def open(self, url: str, width: int, height: int) -> tuple[int, int]:
        """Open ``url`` in a window of that size; the terminal size the page first sends the session."""
        await self.window(width, height)
        before = len(self.sizes)
        await self.call("Page.navigate", url=url)
        await self.until(lambda: len(self.sizes) > before)
        return self.sizes[-1]

    async def resize(self, width: int, height: int) -> tuple[int, int]:
        """Resize the window; the terminal size the page sends the session then."""
        before = len(self.sizes)
        await self.window(width, height)
        await self.until(lambda: len(self.sizes) > before)
        await self.value("1")
        return self.sizes[-1]

    async def window(self, width: int, height: int) -> None:
        await self.call(
            "Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1, mobile=False
        )


@contextlib.asynccontextmanager
async def _chromium():
    import shutil

    import aiohttp

    binary = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if binary is None:
        pytest.skip("no Chromium installed (apt-get install chromium)")
    port = free_port()
    process = subprocess.Popen(
        [
            binary,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--remote-debugging-port={port}",
            "--remote-debugging-address=127.0.0.1",
            "about:blank",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        async with aiohttp.ClientSession() as session:
            deadline = asyncio.get_running_loop().time() + WAIT
            pages: list[dict] = []
            while not pages:
                if asyncio.get_running_loop().time() > deadline:
                    pytest.fail("Chromium did not open its DevTools port")
                try:
                    async with session.get(f"http://127.0.0.1:{port}/json/list") as response:
                        pages = [p for p in await response.json() if p["type"] == "page"]
                except aiohttp.ClientError:
                    await asyncio.sleep(0.1)
            async with session.ws_connect(pages[0]["webSocketDebuggerUrl"], max_msg_size=0) as ws:
                browser = _Browser(ws)
                await browser.call("Network.enable")
                await browser.call("Log.enable")
                yield browser
    finally:
        process.terminate()
        process.wait(timeout=WAIT)


async def test_in_a_browser_the_font_follows_the_window_and_nothing_comes_from_elsewhere(demo_store) -> None:
    """The font grows and shrinks with the window, so the presentation keeps about 100 × 30 cells."""
    with serving(demo_store.path) as (port, _):
        async with _chromium() as browser:
            laptop = await browser.open(f"http://127.0.0.1:{port}/", 1280, 800)
            assert await browser.value("document.title") == "faktor4 – Workshop Aktionsplan Faktor 4"
            laptop_font = int(str(await browser.value("document.getElementById('terminal').dataset.fontSize")))
            projector = await browser.resize(1920, 1080)
            projector_font = int(str(await browser.value("document.getElementById('terminal').dataset.fontSize")))
            small = await browser.resize(800, 500)
            # ?fontsize=N fixes the size: then a larger window shows more cells instead
            fixed = await browser.open(f"http://127.0.0.1:{port}/?fontsize=18", 800, 500)
            fixed_large = await browser.resize(1920, 1080)
    for columns, rows in (laptop, projector, small):
        assert 85 <= columns <= 125 and 22 <= rows <= 40, (laptop, projector, small)
    assert projector_font > laptop_font  # 1920 × 1080: a larger font, not more cells
    assert fixed_large[0] > 2 * fixed[0]
    assert browser.requests and all(
        url.split("://", 1)[1].startswith(f"127.0.0.1:{port}/") for url in browser.requests
    ), browser.requests
    assert any("RobotoMono" in url for url in browser.requests)  # the font, from this server
    assert not browser.blocked, browser.blocked  # the page keeps to its own Content-Security-Policy
