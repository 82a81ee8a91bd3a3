"""``faktor4 [FILE]`` and ``faktor4 --demo``: start the TUI (the only place the CLI loads Textual)."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from faktor4_tui.cli.common import CliError, Parser, default_file, require_terminal, unknown_workshop
from faktor4_tui.i18n import t
from faktor4_tui.model import sanitize
from faktor4_tui.session.heap import settle_heap
from faktor4_tui.store import Store

if TYPE_CHECKING:  # the session loads with the app, not for every command
    from faktor4_tui.session import Session


def build_parser(epilog: str | None = None) -> argparse.ArgumentParser:
    """The parser for the TUI invocation; ``epilog`` (lines kept as they are) lists the commands."""
    parser = Parser(prog="faktor4", description=t("cli.tui.description"), epilog=epilog)
    parser.add_argument("file", metavar="FILE", nargs="?", help=t("cli.tui.file_help"))
    parser.add_argument("--demo", action="store_true", help=t("cli.tui.demo_help"))
    parser.add_argument("--workshop", metavar="NAME", help=t("cli.tui.workshop_help"))
    parser.set_defaults(run=run, starts_app=True)
    return parser


def open_or_create(path: Path) -> Store:
    """Open FILE, creating it (and its folder) if it is missing; several processes at once all open one file."""
    if not path.exists() and not path.is_symlink():
        path.parent.mkdir(parents=True, exist_ok=True)
    return Store.open_or_create(path, follow=True)


def check_workshop(store: Store, name: str | None) -> None:
    """Refuse ``--workshop NAME`` if FILE has no such workshop, naming those it has."""
    if name:
        document = store.load()
        if document.workshop_named(sanitize(name)) is None:
            raise CliError(unknown_workshop(store.path, sanitize(name), document))


def run(args: argparse.Namespace) -> int:
    """Open (or create) the file and run the app, on a terminal only.

    A broken file is refused with its own sentence first; without a terminal nothing is created.
    """
    if args.demo:
        require_terminal("app")
        from faktor4_tui.demo import demo_data

        folder = Path(tempfile.mkdtemp(prefix="faktor4-demo-"))
        store = Store.create(folder / "demo.json", demo_data())
    else:
        path = Path(args.file) if args.file else default_file()
        if not path.exists() and not path.is_symlink():
            if args.workshop:  # nothing is created for a room that cannot be there
                raise CliError(unknown_workshop(path, sanitize(args.workshop), None))
            require_terminal("app")
        store = open_or_create(path)
        check_workshop(store, args.workshop)
        require_terminal("app")
    from faktor4_tui.session import Session
    from faktor4_tui.ui.app import Faktor4App

    session = Session(store, workshop=sanitize(args.workshop) if args.workshop else None, remember=True)
    app = Faktor4App(session)
    settle_heap()
    try:
        app.run()
    finally:  # also after a crash: what was typed and not saved is kept
        session.drafts.save()
    unsaved = report_unsaved(session)
    return app.return_code or unsaved


def report_unsaved(session: Session) -> int:
    """Lines still waiting at exit get one more try (the full lock wait); those left go to stderr (1)."""
    session.save_pending(wait=session.store.lock_timeout)
    unsaved = session.pending.unsaved()
    if not unsaved:
        return 0
    lines = [f"faktor4: {t('save.unsaved_at_exit', path=session.store.path)}"]
    lines += [f"  {sanitize(line.where)}: {sanitize(line.text)}" for line in unsaved]
    try:
        print("\n".join(lines), file=sys.stderr, flush=True)
    except OSError:  # the terminal is gone (SIGHUP): nothing more to do here
        pass
    return 1
