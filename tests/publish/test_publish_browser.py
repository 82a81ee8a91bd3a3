"""The published page in headless Chromium, served by `python -m http.server` (issue 16, "How we will check it")."""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from faktor4_tui.demo import demo_data
from faktor4_tui.store import Store
from tests.export.helpers import seed_texts
from tests.publish.browser import CHROMIUM, Browser
from tests.publish.helpers import spawn, state, wait_published, wait_until
from tests.reliability.helpers import faktor4
from tests.reliability.ptyapp import PtyApp

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium on this machine (chromium not on PATH)")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Site:
    """DIR served by Python's http.server on loopback, and its request log."""

    def __init__(self, folder: Path) -> None:
        self.port = free_port()
        self.log = folder.parent / f"http-{self.port}.log"
        with open(self.log, "w") as log:
            self.process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "http.server",
                    str(self.port),
                    "--bind",
                    "127.0.0.1",
                    "--directory",
                    str(folder),
                ],
                stdout=subprocess.DEVNULL,
                stderr=log,
            )
        deadline = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                break
            except OSError:
                assert time.monotonic() < deadline, "http.server did not start"
                time.sleep(0.05)
        self.url = f"http://127.0.0.1:{self.port}/"

    def requests(self) -> str:
        """The server's log so far: one line per request with its status."""
        return self.log.read_text()

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


@pytest.fixture
async def browser() -> AsyncIterator[Browser]:
    opened = Browser()
    yield opened
    await opened.close()


LOADED = "!!document.querySelector('main[data-page]') && document.documentElement.dataset.live === 'on'"


async def test_a_change_appears_without_a_reload(tmp_path: Path, browser: Browser) -> None:
    source = tmp_path / "demo.json"
    Store.create(source, demo_data())
    www = tmp_path / "www"
    watcher = spawn("publish", str(source), str(www), "--watch")
    wait_published(watcher, www)
    site = Site(www)
    try:
        await browser.start(site.url)
        await browser.wait_for(LOADED, 30)
        assert await browser.evaluate("document.getElementById('f4-live').hidden")  # no presenter: no switch
        text = await browser.evaluate("document.body.innerText")
        flat = re.sub(r"\s+", " ", text)
        assert [item for item in seed_texts() if re.sub(r"\s+", " ", item) not in flat] == []
        # The styles apply (the page's policy allows them by their hash) and no request failed.
        assert await browser.evaluate("getComputedStyle(document.querySelector('h1')).color") == "rgb(31, 111, 63)"
        # The viewer reads slide 9 (Aktion 2's Lösungen), scrolled somewhere into it.
        await browser.evaluate(
            "document.querySelector('[data-key=\"loesungen-w2-a10\"]').scrollIntoView(); window.scrollBy(0, 40);"
            "window.stayed = 'yes'"
        )
        before = await browser.evaluate(
            "document.querySelector('[data-key=\"loesungen-w2-a10\"]').getBoundingClientRect().top"
        )
        # A new Aufgabe makes every problem list above the viewer's slide longer.
        added = faktor4("add", str(source), "--workshop", "Kommunen", "Radwege <b>jetzt</b> & sofort")
        assert added.returncode == 0, added.stderr
        saved = time.monotonic()
        await browser.wait_for("document.body.innerText.includes('Radwege <b>jetzt</b> & sofort')", 5)
        assert time.monotonic() - saved < 2
        assert await browser.evaluate("window.stayed") == "yes"  # no reload
        after = await browser.evaluate(
            "document.querySelector('[data-key=\"loesungen-w2-a10\"]').getBoundingClientRect().top"
        )
        assert abs(after - before) < 2  # the viewer's place is kept
        assert await browser.evaluate("document.querySelectorAll('section.slide.f4-changed').length") >= 1
        assert await browser.evaluate("document.querySelectorAll('b').length") == 0  # the text, not markup
        # The page polls with conditional requests: an unchanged deck.json costs a 304.
        wait_until(lambda: '"GET /deck.json HTTP/1.1" 304' in site.requests(), 5, "a 304 for deck.json")
    finally:
        watcher.terminate()
        watcher.communicate(timeout=10)
        site.stop()


async def test_a_following_page_follows_the_presenter(tmp_path: Path, browser: Browser) -> None:
    source = tmp_path / "demo.json"
    Store.create(source, demo_data())
    www = tmp_path / "www"
    presenter = PtyApp("present", str(source), "--publish", str(www))
    site = None
    try:
        presenter.wait_for(lambda: (www / "deck.json").exists(), what="published")
        site = Site(www)
        await browser.start(site.url)
        await browser.wait_for(LOADED, 30)
        presenter.type(b"\x1b[C" * 4)  # → four times: slide 5
        presenter.wait_for(lambda: (state(www)["presenter"] or {}).get("number") == 5, timeout=5, what="slide 5")
        top_is = "Math.abs(document.querySelector('[data-key=\"{}\"]').getBoundingClientRect().top) < 2"
        await browser.wait_for(top_is.format("akteure-w2-a3"), 3)
        assert not await browser.evaluate("document.getElementById('f4-live').hidden")
        assert await browser.evaluate("document.querySelector('.f4-presenter').id") == "folie-5"
        assert "5 / 13" in await browser.evaluate("document.getElementById('f4-where').textContent")
        # Following off: the viewer browses on their own; the presenter moving no longer moves the page.
        await browser.evaluate("document.getElementById('f4-follow').click(); window.scrollTo(0, 0)")
        presenter.type(b"\x1b[C")
        presenter.wait_for(lambda: state(www)["presenter"]["number"] == 6, timeout=5, what="slide 6")
        await browser.wait_for("document.querySelector('.f4-presenter').id === 'folie-6'", 3)
        assert await browser.evaluate("window.scrollY") == 0
        # Following on again: to the presenter's slide at once.
        await browser.evaluate("document.getElementById('f4-follow').click()")
        await browser.wait_for(top_is.format("start-w2-a3"), 3)
        presenter.type(b"q")
        assert presenter.finish() == 0
        # The presentation ended: the switch goes, the page stays where it is.
        await browser.wait_for("document.getElementById('f4-live').hidden", 3)
    finally:
        presenter.close()
        if site is not None:
            site.stop()


async def test_without_javascript_the_page_is_complete(tmp_path: Path, browser: Browser) -> None:
    source = tmp_path / "demo.json"
    Store.create(source, demo_data())
    www = tmp_path / "www"
    assert faktor4("publish", str(source), str(www)).returncode == 0
    site = Site(www)
    try:
        await browser.start("about:blank")
        await browser.call("Emulation.setScriptExecutionDisabled", value=True)
        await browser.call("Page.navigate", url=site.url)
        await browser.wait_for("document.readyState === 'complete' && !!document.querySelector('main')", 30)
        assert await browser.evaluate("document.querySelectorAll('section.slide').length") == 13
        assert await browser.evaluate("document.getElementById('f4-live').hidden")  # no controls without script
    finally:
        site.stop()
