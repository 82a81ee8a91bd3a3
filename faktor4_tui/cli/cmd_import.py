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
from faktor4_tui.importer import OutlineError, document_to_data, parse_outline, workshop_rows
from faktor4_tui.model import Document, Event
from faktor4_tui.store import Store, jsonfile

from faktor4_tui.store.schema import HEADER
from faktor4_tui.store.ops import Batch, RestoreWorkshop, SetEvent


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``import`` subcommand."""
    parser = subparsers.add_parser(
        "import",
        help="eine Markdown-Gliederung (aus 'faktor4 export --format md') einlesen",
        description="Read OUTLINE.md (the shape 'faktor4 export --format md' writes). Without --into "
        "it creates OUTLINE.json beside it and never overwrites; with --into FILE it adds the "
        "outline's workshops to FILE in one change, refusing names FILE already has and keeping "
        "FILE's event header unless that is empty.",
    )
    parser.add_argument("outline", metavar="OUTLINE.md", help="the Markdown outline")
    parser.add_argument("--into", metavar="FILE", help="an existing faktor4 file to add the workshops to")
    parser.set_defaults(run=run)


def read_outline(path: Path) -> Document:
    """Read and parse the outline file; errors are one sentence naming it."""
    if not path.is_file():
        raise CliError(f"{path} does not exist or is not a file.")
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as error:
        raise CliError(f"{path} is not UTF-8 text (byte {error.start}).") from None
    except OSError as error:
        raise CliError(f"{path} cannot be read ({error.strerror}).") from None
    try:
        return parse_outline(text, str(path))
    except OutlineError as error:
        raise CliError(str(error)) from None


def _set_event(event: Event) -> SetEvent:
    return SetEvent(event.title, event.forum, event.dates, event.goal, event.agenda)


def import_into(store: Store, document: Document) -> None:
    """Add the document's workshops (and its event, if the file's is empty) in one batch."""
    current = store.load()
    taken = {w.name.casefold() for w in current.workshops}
    for workshop in document.workshops:
        if workshop.name.casefold() in taken:
            raise CliError(
                f'{store.path} already has a workshop "{workshop.name}"; nothing was imported '
                "(use 'faktor4 merge' to combine workshops)."
            )
    changes = []
    if current.event == Event():
        changes.append(_set_event(document.event))
    elif document.event != Event() and document.event != current.event:
        print(f"faktor4: {store.path} keeps its own event header; the outline's was not imported.", file=sys.stderr)
    for attempt in range(2):
        raw = jsonfile.decode(jsonfile.read_bytes(store.path), store.path)
        next_id = int(raw[HEADER]["next_id"])
        batch = list(changes)
        for workshop in document.workshops:
            workshop_id, row, aufgaben, entries, next_id = workshop_rows(workshop, next_id)
            batch.append(RestoreWorkshop(id=workshop_id, row=row, aufgaben=aufgaben, entries=entries))
        try:
            store.apply(Batch(tuple(batch)))
            return
        except ValueError:  # another process took these ids meanwhile; nothing was written
            if attempt:
                raise CliError(f"{store.path} kept changing during the import; nothing was imported, try again.") from None


def run(args: argparse.Namespace) -> int:
    """Parse the whole outline, then write once; exit 2 on bad input."""
    outline = Path(args.outline)
    document = read_outline(outline)
    if args.into:
        store = open_store(args.into)
        import_into(store, document)
        print(f"{len(document.workshops)} Workshop(s) in {store.path} importiert.")
        return 0
    target = outline.with_suffix(".json")
    if target == outline:
        raise CliError(f"{outline} ends in .json; give the outline a .md name or use --into FILE.")
    Store.create(target, document_to_data(document))
    print(f"{target} angelegt.")
    return 0
