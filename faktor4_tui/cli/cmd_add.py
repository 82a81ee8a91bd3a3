"""``faktor4 add FILE --workshop NAME [--create] [--aufgabe N --section KEY] TEXT``: quick edit from the shell.

An unknown workshop is refused, naming the ones there are (a typo must not make a new room),
unless ``--create`` is given (then it is found or added under one lock).
"""

from __future__ import annotations

import argparse

from faktor4_tui.cli.common import CliError, number, open_store, unknown_workshop
from faktor4_tui.i18n import t
from faktor4_tui.model import SECTIONS, sanitize
from faktor4_tui.store.ops import AddAufgabe, AddEntry, EnsureWorkshop


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``add`` subcommand."""
    parser = subparsers.add_parser("add", help=t("cli.add.help"), description=t("cli.add.description"))
    parser.add_argument("file", metavar="FILE", help=t("cli.add.file_help"))
    parser.add_argument("--workshop", required=True, metavar="NAME", help=t("cli.add.workshop_help"))
    parser.add_argument("--create", action="store_true", help=t("cli.add.create_help"))
    parser.add_argument("--aufgabe", type=number, metavar="N", help=t("cli.add.aufgabe_help"))
    parser.add_argument(
        "--section", choices=SECTIONS, metavar="KEY", help=t("cli.add.section_help", sections=", ".join(SECTIONS))
    )
    parser.add_argument("--note", action="store_true", help=t("cli.add.note_help"))
    parser.add_argument("text", metavar="TEXT", nargs="+", help=t("cli.add.text_help"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Add the Aufgabe or entry; exit 2 on bad input."""
    text = " ".join(args.text)
    if (args.aufgabe is None) != (args.section is None):
        raise CliError(t("cli.add.together"))
    store = open_store(args.file)
    name = sanitize(args.workshop)  # the stored form, so the same name finds the same workshop
    workshop = store.load().workshop_named(name)
    if workshop is None and not (args.create and args.aufgabe is None):
        hint = "" if args.aufgabe is not None else " " + t("cli.add.create_hint")
        raise CliError(unknown_workshop(store.path, name, store.load()) + hint)
    if args.aufgabe is None:
        if workshop is None:
            # Find-or-create under one lock, so two concurrent adds never make two workshops.
            store.apply(EnsureWorkshop(name=args.workshop))
            workshop = store.load().workshop_named(name)
            if workshop is None:
                raise CliError(t("cli.add.workshop_deleted", path=store.path, name=name))
        store.add(AddAufgabe(workshop=workshop.id, text=text))
        return 0
    if workshop is None:  # for mypy: refused above
        raise CliError(unknown_workshop(store.path, name, store.load()))
    if not 1 <= args.aufgabe <= len(workshop.aufgaben):
        raise CliError(
            t(
                "cli.add.no_aufgabe",
                path=store.path,
                workshop=workshop.name,
                count=len(workshop.aufgaben),
                n=args.aufgabe,
            )
        )
    aufgabe = workshop.aufgaben[args.aufgabe - 1]
    store.add(AddEntry(aufgabe=aufgabe.id, section=args.section, text=text, note=args.note))
    return 0
