"""``faktor4 import OUTLINE.md [--into FILE]``: read a Markdown outline back into a faktor4 file.

Without --into, the result is a new file OUTLINE.json beside the outline (never
overwritten). With --into FILE, the outline's workshops are added to FILE in one
change (one undo step); a workshop name FILE already has is refused, and FILE's
event header is kept unless it is empty. Nothing is written unless the whole outline reads.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from faktor4_tui.cli.common import CliError, open_store
from faktor4_tui.i18n import os_reason, t
from faktor4_tui.importer import OutlineError, document_to_data, parse_outline, workshop_rows
from faktor4_tui.model import Document, Event
from faktor4_tui.store import Store, jsonfile
from faktor4_tui.store.ops import Batch, Op, RestoreWorkshop, SetEvent
from faktor4_tui.store.schema import HEADER


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``import`` subcommand."""
    parser = subparsers.add_parser("import", help=t("cli.import.help"), description=t("cli.import.description"))
    parser.add_argument("outline", metavar="OUTLINE.md", help=t("cli.import.outline_help"))
    parser.add_argument("--into", metavar="FILE", help=t("cli.import.into_help"))
    parser.set_defaults(run=run)


def read_outline(path: Path) -> Document:
    """Read and parse the outline file; errors are one sentence naming it."""
    if not path.is_file():
        raise CliError(t("cli.not_a_file", path=path))
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as error:
        raise CliError(t("cli.import.not_utf8", path=path, byte=error.start)) from None
    except OSError as error:
        raise CliError(t("cli.import.unreadable", path=path, reason=os_reason(error))) from None
    try:
        return parse_outline(text, str(path))
    except OutlineError as error:
        raise CliError(str(error)) from None


def _set_event(event: Event) -> SetEvent:
    return SetEvent(event.title, event.forum, event.dates, event.goal, event.agenda)


def import_into(store: Store, document: Document, outline: Path) -> None:
    """Add the document's workshops (and its event, if the file's is empty) in one batch."""
    current = store.load()
    taken = {w.name.casefold() for w in current.workshops}
    for workshop in document.workshops:
        if workshop.name.casefold() in taken:
            json_name = outline.with_suffix(".json")
            raise CliError(
                t("cli.import.workshop_taken", path=store.path, name=workshop.name, outline=outline, json=json_name)
            )
    changes: list[Op] = []
    if current.event == Event():
        changes.append(_set_event(document.event))
    elif document.event != Event() and document.event != current.event:
        print(f"faktor4: {t('cli.import.event_kept', path=store.path)}", file=sys.stderr)
    for attempt in range(2):
        raw = jsonfile.decode(jsonfile.read_bytes(store.path), store.path)
        next_id = int(raw[HEADER]["next_id"])
        batch: list[Op] = list(changes)
        for workshop in document.workshops:
            workshop_id, row, aufgaben, entries, next_id = workshop_rows(workshop, next_id)
            batch.append(RestoreWorkshop(id=workshop_id, row=row, aufgaben=aufgaben, entries=entries))
        try:
            store.apply(Batch(tuple(batch)))
            return
        except ValueError:  # another process took these ids meanwhile; nothing was written
            if attempt:
                raise CliError(t("cli.import.kept_changing", path=store.path)) from None


def run(args: argparse.Namespace) -> int:
    """Parse the whole outline, then write once; exit 2 on bad input."""
    outline = Path(args.outline)
    document = read_outline(outline)
    if args.into:
        store = open_store(args.into)
        import_into(store, document, outline)
        print(t("cli.import.done", n=len(document.workshops), path=store.path))
        return 0
    target = outline.with_suffix(".json")
    if target == outline:
        raise CliError(t("cli.import.json_name", path=outline))
    Store.create(target, document_to_data(document))
    print(t("cli.created", path=target))
    return 0
