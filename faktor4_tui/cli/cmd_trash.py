"""``faktor4 trash FILE``: list the Papierkorb, one numbered line per item, newest first."""

from __future__ import annotations

import argparse

from faktor4_tui.cli.common import open_store
from faktor4_tui.i18n import t
from faktor4_tui.session.trash import TrashLine, trash_lines


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``trash`` subcommand."""
    parser = subparsers.add_parser("trash", help=t("cli.trash.help"), description=t("cli.trash.description"))
    parser.add_argument("file", metavar="FILE", help=t("cli.trash.file_help"))
    parser.set_defaults(run=run)


def format_lines(lines: list[TrashLine]) -> list[str]:
    """Number, when, what, text start, where (and by whom), in aligned columns."""
    number_width = len(str(len(lines)))
    what_width = max((len(line.what) for line in lines), default=0)
    text_width = max((len(line.text) for line in lines), default=0) + 2
    rows = []
    for line in lines:
        text = t("trash.quoted", text=line.text)
        row = (
            f"{line.number:>{number_width}}  {line.when}  {line.what:<{what_width}}  {text:<{text_width}}  {line.where}"
        )
        if line.user:
            row += f" · {t('trash.by', user=line.user)}"
        rows.append(row)
    return rows


def run(args: argparse.Namespace) -> int:
    """Print the Papierkorb (or say that it is empty)."""
    store = open_store(args.file)
    lines = trash_lines(store.load())
    if not lines:
        print(t("cli.trash.empty", path=store.path))
        return 0
    for row in format_lines(lines):
        print(row)
    return 0
