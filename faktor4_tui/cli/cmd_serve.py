"""``faktor4 serve FILE [--host HOST] [--port PORT] [--workshop NAME] [--max-sessions N] [--allow-host NAME]``.

The presentation in a browser: each browser tab runs its own read-only ``faktor4 present``
through textual-serve (the optional extra ``serve``, imported only here, when used), at most
``--max-sessions`` at once. Requests must name this server by the bound address, a loopback
name, this computer's name (bound to every interface) or a name given with ``--allow-host``.
"""

from __future__ import annotations

import argparse
import os
import shlex
import socket
import sys
from pathlib import Path

import faktor4_tui
from faktor4_tui.cli.common import CliError, fail, open_store
from faktor4_tui.i18n import language, os_reason, t
from faktor4_tui.netaddr import is_loopback, is_wildcard

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
DEFAULT_MAX_SESSIONS = 8
MOST_SESSIONS = 1000


def _port(value: str) -> int:
    try:
        port = int(value)
    except ValueError:
        port = 0
    if not 1 <= port <= 65535:
        raise argparse.ArgumentTypeError(t("cli.serve.bad_port", value=repr(value)))
    return port


def _max_sessions(value: str) -> int:
    try:
        most = int(value)
    except ValueError:
        most = 0
    if not 1 <= most <= MOST_SESSIONS:
        raise argparse.ArgumentTypeError(t("cli.serve.bad_max_sessions", value=repr(value), most=MOST_SESSIONS))
    return most


def _host_name(value: str) -> str:
    name = value.strip().strip("[]").lower().rstrip(".")
    if not name or not all(part.isalnum() or part in ".-:" for part in name):
        raise argparse.ArgumentTypeError(t("cli.serve.bad_allow_host", value=repr(value)))
    return name


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``serve`` subcommand."""
    parser = subparsers.add_parser(
        "serve", help=t("cli.serve.help"), description=t("cli.serve.description", host=DEFAULT_HOST)
    )
    parser.add_argument("file", metavar="FILE", help=t("cli.serve.file_help"))
    parser.add_argument("--host", metavar="HOST", help=t("cli.serve.host_help", host=DEFAULT_HOST))
    parser.add_argument(
        "--port", type=_port, default=DEFAULT_PORT, metavar="PORT", help=t("cli.serve.port_help", port=DEFAULT_PORT)
    )
    parser.add_argument("--workshop", metavar="NAME", help=t("cli.serve.workshop_help"))
    parser.add_argument(
        "--max-sessions",
        type=_max_sessions,
        default=DEFAULT_MAX_SESSIONS,
        metavar="N",
        help=t("cli.serve.max_sessions_help", n=DEFAULT_MAX_SESSIONS),
    )
    parser.add_argument(
        "--allow-host",
        type=_host_name,
        action="append",
        default=[],
        metavar="NAME",
        help=t("cli.serve.allow_host_help"),
    )
    parser.set_defaults(run=run)


def allowed_names(host: str, given: list[str]) -> frozenset[str]:
    """The Host names besides loopback ones and the bound address: ``--allow-host`` names, and for a
    wildcard bind this computer's name (the started line's address uses it)."""
    names = set(given)
    if is_wildcard(host):
        for name in (socket.gethostname(), socket.getfqdn()):
            if name:
                names.add(name.lower().rstrip("."))
    return frozenset(names)


def url_for(host: str, port: int) -> str:
    """The address a browser opens, e.g. ``http://127.0.0.1:8000/`` (this computer's name for 0.0.0.0)."""
    shown = socket.gethostname() if host.strip("[]") in ("0.0.0.0", "::", "") else host
    shown = f"[{shown}]" if ":" in shown and not shown.startswith("[") else shown
    return f"http://{shown}:{port}/"


def exposure_warning(host: str, port: int) -> str | None:
    """The sentence warning that others can watch, or None when only this computer can."""
    if is_loopback(host):
        return None
    return t("serve.exposed", host=host, url=url_for(host, port))


def present_command(path: Path, workshop: str | None, language_code: str) -> str:
    """The shell command each browser session runs: the read-only presentation of ``path``."""
    argv = [sys.executable, "-m", "faktor4_tui", "present", str(path)]
    if workshop:
        argv += ["--workshop", workshop]
    argv += ["--lang", language_code]
    return shlex.join(argv)


def _child_can_import_faktor4() -> None:
    # The sessions run ``python -m faktor4_tui``; make this very package importable for them
    # even when faktor4 runs from a source folder rather than an installed copy.
    root = str(Path(faktor4_tui.__file__).resolve().parent.parent)
    paths = [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
    if root not in paths:
        os.environ["PYTHONPATH"] = os.pathsep.join([root, *paths])


def run(args: argparse.Namespace) -> int:
    """Check FILE, then serve its presentation until Ctrl+C; exit 2 on bad input."""
    store = open_store(args.file)
    document = store.load()
    if args.workshop and document.workshop_named(args.workshop) is None:
        raise CliError(t("serve.no_workshop", file=store.path, name=args.workshop))
    try:
        from faktor4_tui.ui.serve_web import PresentationServer, Sentences
    except ImportError:
        return fail(t("serve.missing_extra"), code=1)
    host = args.host or DEFAULT_HOST
    warning = exposure_warning(host, args.port)
    if warning:
        print(f"faktor4: {warning}", file=sys.stderr, flush=True)
    path = Path(store.path).resolve()
    _child_can_import_faktor4()
    server = PresentationServer(
        present_command(path, args.workshop, language()),
        host=host,
        port=args.port,
        title=t("serve.title", name=document.event.title or path.name),
        allowed_names=allowed_names(host, args.allow_host),
        max_sessions=args.max_sessions,
        sentences=Sentences(
            started=t("serve.started", file=path, url=url_for(host, args.port)),
            forbidden=t("serve.forbidden"),
            full=t("serve.full", n=args.max_sessions),
            full_title=t("serve.full_title"),
            language=language(),
            ended=t("serve.ended"),
            restart=t("serve.restart"),
            start=t("serve.start"),
        ),
    )
    try:
        server.serve()
    except OSError as error:
        raise CliError(
            t(
                "serve.cannot_listen",
                host=host,
                port=args.port,
                reason=os_reason(error),
            )
        ) from error
    return 0
