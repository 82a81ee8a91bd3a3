"""``faktor4 present FILE [--workshop NAME]``: the read-only presentation that follows FILE live."""

from __future__ import annotations

import argparse

from faktor4_tui.cli.common import CliError, open_store, settle_heap


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``present`` subcommand."""
    parser = subparsers.add_parser(
        "present",
        help="die Folien zeigen (schreibgeschützt, folgt der Datei live)",
        description="Show the deck full screen; changes by other processes appear within 0.5 s.",
    )
    parser.add_argument("file", metavar="FILE")
    parser.add_argument("--workshop", metavar="NAME", help="only this workshop (default: all)")
    parser.set_defaults(run=run, starts_app=True)


def run(args: argparse.Namespace) -> int:
    """Open FILE and present it; exit 2 for a missing file or an unknown workshop."""
    store = open_store(args.file)
    from faktor4_tui.session import Session
    from faktor4_tui.ui.present_app import PresentApp

    try:
        app = PresentApp(Session(store), args.workshop)
    except LookupError as error:
        name, known = error.args
        raise CliError(f'{store.path} has no workshop "{name}" (workshops: {", ".join(known) or "none"}).') from None
    settle_heap()
    app.run()
    return 0
