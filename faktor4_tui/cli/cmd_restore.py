"""``faktor4 restore FILE N``: bring item N of ``faktor4 trash FILE`` back whole to its old place."""

from __future__ import annotations

import argparse

from faktor4_tui.cli.common import CliError, number, open_store
from faktor4_tui.i18n import t
from faktor4_tui.session.trash import restored, trash_lines
from faktor4_tui.store import TrashError
from faktor4_tui.store.ops import RestoreFromTrash


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``restore`` subcommand."""
    parser = subparsers.add_parser("restore", help=t("cli.restore.help"), description=t("cli.restore.description"))
    parser.add_argument("file", metavar="FILE", help=t("cli.trash.file_help"))
    parser.add_argument("number", metavar="N", type=number, help=t("cli.restore.number_help"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Restore item N; exit 2 if there is no such item or it cannot come back (its parent is gone)."""
    store = open_store(args.file)
    lines = trash_lines(store.load())
    if not lines:
        raise CliError(t("cli.restore.empty", path=store.path))
    if not 1 <= args.number <= len(lines):
        raise CliError(t("cli.restore.no_item", path=store.path, n=args.number, count=len(lines)))
    line = lines[args.number - 1]
    try:
        store.apply(RestoreFromTrash(line.item))
    except TrashError as error:  # its parent is gone or in the trash, its name taken, or restored meanwhile
        raise CliError(t("cli.restore.refused", path=store.path, reason=error)) from None
    print(restored(line, store.load()))
    return 0
