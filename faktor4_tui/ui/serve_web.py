"""The web server behind ``faktor4 serve``: textual-serve, guarded against foreign pages.

Imported only by ``faktor4 serve`` (textual-serve is the optional extra ``serve``). The page is
our own (serve_page.html), not textual-serve's: in the UI's language, with a title, the font
size following the window, and nothing loaded from another host (textual-serve's page loads
Google Fonts; ours uses the copy of Roboto Mono textual-serve ships, or the system's).
"""

from __future__ import annotations

import asyncio
import html
import logging
import re
import signal
import sys
from dataclasses import dataclass
from importlib import resources
from string import Template
from urllib.parse import urlsplit

from aiohttp import web
from textual_serve.server import Server

from faktor4_tui.netaddr import host_allowed

_HOST_HEADER = re.compile(r"^[A-Za-z0-9.\-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$")


def _hostname(host_header: str) -> str:
    if host_header.startswith("["):
        return host_header[1:].partition("]")[0]
    return host_header.rpartition(":")[0] if ":" in host_header else host_header


@dataclass(frozen=True)
class Sentences:
    """What the server says, in the UI language (built by the cli, which owns the catalogs' use here)."""

    started: str  # on stdout, once listening
    forbidden: str  # a foreign Host or Origin
    full: str  # the session limit is reached
    full_title: str
    language: str
    ended: str  # on the page, once the presentation has ended
    restart: str  # its button
    start: str  # the button of a page opened with ?delay


# The page's font size: as large as lets about COLUMNS × ROWS cells fit the window, within these bounds.
COLUMNS = 100
ROWS = 30
SMALLEST_FONT = 10
LARGEST_FONT = 64
# The browser enforces it too: scripts, styles, fonts and the websocket from this server only.
_POLICY = (
    "default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "font-src 'self'; img-src 'self' data:; connect-src 'self' ws://{host} wss://{host}; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)


def render_page(sentences: Sentences, title: str, websocket_url: str, fixed_font_size: int = 0) -> str:
    """The HTML page of the presentation (every value escaped)."""
    template = Template(resources.files("faktor4_tui.ui").joinpath("serve_page.html").read_text(encoding="utf-8"))
    said = {
        "lang": sentences.language,
        "title": title,
        "start": sentences.start,
        "ended": sentences.ended,
        "restart": sentences.restart,
        "websocket": websocket_url,
    }
    sizes = {
        "font_size": fixed_font_size or 16,
        "fixed_font_size": fixed_font_size,
        "columns": COLUMNS,
        "rows": ROWS,
        "smallest": SMALLEST_FONT,
        "largest": LARGEST_FONT,
    }
    return template.substitute({name: html.escape(value) for name, value in said.items()}, **sizes)


def _fixed_font_size(asked: str) -> int:
    """``?fontsize=N`` (textual-serve's parameter) within the bounds, else 0: follow the window."""
    if not (asked.isascii() and asked.isdigit() and len(asked) <= 3) or int(asked) == 0:
        return 0
    return max(SMALLEST_FONT, min(LARGEST_FONT, int(asked)))


class PresentationServer(Server):
    """textual-serve's Server, answering only requests meant for it, for a bounded number of viewers.

    It answers only Host names it knows (``netaddr.host_allowed``: no DNS rebinding, also with
    ``--host``); its websocket accepts only pages it served itself (the Origin must match the
    Host), so another web site open in the browser cannot watch the workshop. Links in the page
    use the Host the browser asked for, so an ``ssh -L`` tunnel on any local port works.
    Each websocket runs its own ``faktor4 present`` process: at most ``max_sessions`` at once;
    beyond that the page says so (503) and no process is started.
    """

    def __init__(
        self,
        command: str,
        *,
        host: str,
        port: int,
        title: str,
        allowed_names: frozenset[str],
        max_sessions: int,
        sentences: Sentences,
    ) -> None:
        super().__init__(command, host=host, port=port, title=title)
        self.allowed_names = allowed_names
        self.max_sessions = max_sessions
        self.sessions = 0
        self.sentences = sentences
        self.started = sentences.started

    def initialize_logging(self) -> None:
        """Log only problems, as plain lines on stderr (stdout carries the started line)."""
        logging.basicConfig(level=logging.WARNING, format="faktor4 serve: %(message)s", stream=sys.stderr)

    async def on_startup(self, app: web.Application) -> None:
        """Stay quiet until listening (textual-serve prints its logo here)."""

    def serve(self, debug: bool = False) -> None:
        """Listen until Ctrl+C or SIGTERM; print the started line once the port is open."""
        self.debug = debug
        self.initialize_logging()
        loop = asyncio.new_event_loop()
        for signal_number in (signal.SIGINT, signal.SIGTERM):
            try:
                loop.add_signal_handler(signal_number, self.request_exit)
            except NotImplementedError:  # Windows
                pass
        web.run_app(
            self._make_app(),
            host=self.host,
            port=self.port,
            handle_signals=False,
            loop=loop,
            shutdown_timeout=3,
            print=lambda *_: print(self.started, flush=True),
        )

    def _check(self, request: web.Request) -> str:
        host = request.host
        if not _HOST_HEADER.match(host) or not host_allowed(_hostname(host), self.host, self.allowed_names):
            raise web.HTTPForbidden(text=self.sentences.forbidden)
        origin = request.headers.get("Origin")
        if origin is not None and urlsplit(origin).netloc.lower() != host.lower():
            raise web.HTTPForbidden(text=self.sentences.forbidden)
        return host

    def _full_page(self) -> web.HTTPServiceUnavailable:
        said = self.sentences
        page = (
            f'<!DOCTYPE html><html lang="{html.escape(said.language)}"><head><meta charset="utf-8">'
            f"<title>{html.escape(said.full_title)}</title></head>"
            f"<body><h1>{html.escape(said.full_title)}</h1><p>{html.escape(said.full)}</p></body></html>"
        )
        return web.HTTPServiceUnavailable(text=page, content_type="text/html", headers={"Retry-After": "30"})

    async def handle_index(self, request: web.Request) -> web.StreamResponse:
        """Our page, with its websocket address taken from the Host the browser used; a clear page when full."""
        host = self._check(request)
        if self.sessions >= self.max_sessions:
            raise self._full_page()
        scheme = "wss" if request.scheme == "https" else "ws"
        text = render_page(
            self.sentences,
            self.title,
            f"{scheme}://{host}{request.app.router['websocket'].url_for()}",
            _fixed_font_size(request.query.get("fontsize", "")),
        )
        return web.Response(
            text=text,
            content_type="text/html",
            headers={"Content-Security-Policy": _POLICY.format(host=host), "Cache-Control": "no-store"},
        )

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        """One read-only presentation per browser tab, for pages this server served, up to the limit."""
        self._check(request)
        # Checked and counted with no await in between: concurrent connections cannot overshoot.
        if self.sessions >= self.max_sessions:
            raise web.HTTPServiceUnavailable(text=self.sentences.full, headers={"Retry-After": "30"})
        self.sessions += 1
        try:
            return await super().handle_websocket(request)
        finally:
            self.sessions -= 1
