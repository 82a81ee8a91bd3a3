"""``faktor4 massnahme FILE --workshop NAME --aktion K [--verantwortlich TEXT] … [--status STATUS]``.

With field options it sets those fields of Aktion K's Maßnahmenblatt as one change (each stating
the version this command read, so a field someone changed meanwhile keeps both texts); without
them it prints the sheet.
"""

from __future__ import annotations

import argparse
import unicodedata

from faktor4_tui.cli.argparse_words import numbers_as_values
from faktor4_tui.cli.common import CliError, number, open_store, unknown_workshop
from faktor4_tui.deck.massnahmen import read_tonnes, sheet_lines, sheet_parts, sheet_title, status_label
from faktor4_tui.i18n import t
from faktor4_tui.model import STATUSES, Aufgabe, MassnahmeField, sanitize
from faktor4_tui.store.ops import Batch, SetMassnahme

# The text options, in the sheet's order: (option, field).
_TEXT_OPTIONS: tuple[tuple[str, MassnahmeField], ...] = (
    ("--verantwortlich", "verantwortlich"),
    ("--beginn", "beginn"),
    ("--dauer", "dauer"),
    ("--kosten", "kosten"),
    ("--finanzierung", "finanzierung"),
    ("--indikator", "indikator"),
)


# What argparse must take as a value, not as an option: a negative or unending number ("-5,5",
# "-inf", "-NaN"), so ``--thg -inf`` is refused with faktor4's sentence, not argparse's usage error.
def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``massnahme`` subcommand."""
    parser = subparsers.add_parser(
        "massnahme", help=t("cli.massnahme.help"), description=t("cli.massnahme.description")
    )
    parser.add_argument("file", metavar="FILE", help=t("cli.massnahme.file_help"))
    parser.add_argument("--workshop", required=True, metavar="NAME", help=t("cli.massnahme.workshop_help"))
    parser.add_argument("--aktion", required=True, type=number, metavar="K", help=t("cli.massnahme.aktion_help"))
    for option, name in _TEXT_OPTIONS:
        parser.add_argument(
            option, metavar="TEXT", help=t("cli.massnahme.text_help", field=t(f"massnahme.field.{name}"))
        )
    parser.add_argument("--thg", metavar="NUMBER", help=t("cli.massnahme.thg_help"))
    statuses = "|".join(status_label(status) for status in STATUSES)
    parser.add_argument("--status", metavar="STATUS", help=t("cli.massnahme.status_help", statuses=statuses))
    numbers_as_values(parser)  # "--thg -inf" gets faktor4's sentence, not argparse's usage error
    parser.set_defaults(run=run)


def _status(value: str, path: object) -> str:
    """A status as typed ("zurückgestellt", "zurueckgestellt", any case) as its key; "" empties it."""
    wanted = unicodedata.normalize("NFC", sanitize(value)).casefold()  # "zurückgestellt" as macOS types it (NFD)
    if not wanted:
        return ""
    for status in STATUSES:
        if wanted in (status, status_label(status).casefold(), t(f"massnahme.status.{status}").casefold()):
            return status
    choices = ", ".join(status_label(status) for status in STATUSES)
    raise CliError(t("cli.massnahme.bad_status", path=path, text=value, choices=choices))


def _changes(args: argparse.Namespace, aufgabe: Aufgabe, path: object) -> list[SetMassnahme]:
    sheet = aufgabe.massnahme
    changes = []
    for option, name in _TEXT_OPTIONS:
        value = getattr(args, option.lstrip("-"))
        if value is not None:
            changes.append(SetMassnahme(aufgabe.id, name, value, seen=sheet.version(name)))
    if args.thg is not None:
        try:
            tonnes = read_tonnes(args.thg)
        except ValueError:
            raise CliError(t("cli.massnahme.bad_number", path=path, text=args.thg)) from None
        changes.append(SetMassnahme(aufgabe.id, "thg", tonnes, seen=sheet.version("thg")))
    if args.status is not None:
        changes.append(SetMassnahme(aufgabe.id, "status", _status(args.status, path), seen=sheet.version("status")))
    return changes


def format_sheet(aufgabe: Aufgabe, room: str) -> list[str]:
    """The sheet as aligned lines: title, room, the fields, then the parts the sections fill."""
    fields = [(t("massnahme.room"), room), *sheet_lines(aufgabe.massnahme)]
    width = max(len(label) for label, _ in fields) + 1
    lines = [sheet_title(aufgabe), ""]
    lines += [f"{label + ':':<{width}}  {value or '—'}" for label, value in fields]
    for heading, texts in sheet_parts(aufgabe):
        lines += ["", f"{heading}:"]
        lines += [f"  {number}. {text}" for number, text in enumerate(texts, start=1)]
    return lines


def run(args: argparse.Namespace) -> int:
    """Set the given fields as one change, or print the sheet; exit 2 on bad input."""
    store = open_store(args.file)
    document = store.load()
    workshop = document.workshop_named(sanitize(args.workshop))
    if workshop is None:
        raise CliError(unknown_workshop(store.path, args.workshop, document))
    plan = workshop.plan
    if not 1 <= args.aktion <= len(plan):
        if not plan:
            raise CliError(t("cli.massnahme.no_plan", path=store.path, workshop=workshop.name))
        raise CliError(
            t("cli.massnahme.no_aktion", path=store.path, workshop=workshop.name, k=args.aktion, count=len(plan))
        )
    aufgabe = plan[args.aktion - 1]
    changes = _changes(args, aufgabe, store.path)
    if not changes:
        for line in format_sheet(aufgabe, workshop.name):
            print(line)
        return 0
    store.apply(Batch(tuple(changes)))
    for notice in store.last_notices:
        print(notice)
    return 0
