"""``faktor4 present FILE [--workshop NAME] [--publish DIR]``: the read-only presentation that follows FILE live.

With ``--publish DIR`` the deck is also published into DIR (as ``faktor4 publish --watch`` does, in
a background thread with a Store of its own), with the slide on show, so audience pages can follow.
"""

from __future__ import annotations

import argparse
import sys

from faktor4_tui.cli.common import CliError, open_store, require_terminal
from faktor4_tui.i18n import t
from faktor4_tui.session.heap import settle_heap


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``present`` subcommand."""
    parser = subparsers.add_parser("present", help=t("cli.present.help"), description=t("cli.present.description"))
    parser.add_argument("file", metavar="FILE", help=t("cli.present.file_help"))
    parser.add_argument("--workshop", metavar="NAME", help=t("cli.present.workshop_help"))
    parser.add_argument("--publish", metavar="DIR", help=t("cli.present.publish_help"))
    parser.set_defaults(run=run, starts_app=True)


def run(args: argparse.Namespace) -> int:
    """Open FILE and present it; exit 2 for a missing file, an unknown workshop or no terminal."""
    store = open_store(args.file, follow=True)
    from faktor4_tui.session import Session
    from faktor4_tui.ui.present_app import PresentApp

    session = Session(store)
    publisher = None
    try:
        app = PresentApp(session, args.workshop)
    except LookupError as error:
        name, known = error.args
        raise CliError(
            t("cli.present.no_workshop", path=store.path, name=name, known=", ".join(known) or t("cli.none"))
        ) from None
    require_terminal("present")
    if args.publish is not None:
        from faktor4_tui.cli.cmd_publish import start_publisher
        from faktor4_tui.store import Store

        # Problems while presenting are said after the presentation (stderr would write over the screen).
        troubles: list[str] = []
        publisher = start_publisher(Store(store.path), args.publish, args.workshop, False, troubles.append)
        app.on_slide = publisher.presenter_moved
        publisher.start()
    settle_heap()
    try:
        app.run()
    finally:
        if publisher is not None:
            publisher.stop()
            for trouble in dict.fromkeys(troubles):
                print(trouble, file=sys.stderr)
    return app.return_code or 0
