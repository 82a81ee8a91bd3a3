"""``faktor4 init FILE [--demo]``: create a new file, never overwriting one."""

from __future__ import annotations

import argparse

from faktor4_tui.i18n import t
from faktor4_tui.store import Store


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``init`` subcommand."""
    parser = subparsers.add_parser("init", help=t("cli.init.help"))
    parser.add_argument("file", metavar="FILE", help=t("cli.init.file_help"))
    parser.add_argument("--demo", action="store_true", help=t("cli.init.demo_help"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Create the file; exit 2 if it exists."""
    data = None
    if args.demo:
        from faktor4_tui.demo import demo_data

        data = demo_data()
    store = Store.create(args.file, data)
    print(t("cli.created", path=store.path))
    return 0
