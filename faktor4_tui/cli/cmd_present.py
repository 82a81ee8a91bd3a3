"""``faktor4 present FILE [--workshop NAME]``: the read-only presentation that follows FILE live."""

from __future__ import annotations

import argparse

from faktor4_tui.cli.common import CliError, open_store, require_terminal, settle_heap
from faktor4_tui.i18n import t


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``present`` subcommand."""
    parser = subparsers.add_parser("present", help=t("cli.present.help"), description=t("cli.present.description"))
    parser.add_argument("file", metavar="FILE", help=t("cli.present.file_help"))
    parser.add_argument("--workshop", metavar="NAME", help=t("cli.present.workshop_help"))
    parser.set_defaults(run=run, starts_app=True)


def run(args: argparse.Namespace) -> int:
    """Open FILE and present it; exit 2 for a missing file, an unknown workshop or no terminal."""
    store = open_store(args.file)
    from faktor4_tui.session import Session
    from faktor4_tui.ui.present_app import PresentApp

    try:
        app = PresentApp(Session(store), args.workshop)
    except LookupError as error:
        name, known = error.args
        raise CliError(
            t("cli.present.no_workshop", path=store.path, name=name, known=", ".join(known) or t("cli.none"))
        ) from None
    require_terminal("present")
    settle_heap()
    app.run()
    return app.return_code or 0
