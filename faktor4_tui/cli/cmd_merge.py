"""``faktor4 merge A.json B.json … -o FORUM.json``: combine several rooms into one file.

Inputs are faktor4 files (or JSON exports); they are only read, never changed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from faktor4_tui.cli.common import CliError, open_store
from faktor4_tui.cli.output import check_target, write_output
from faktor4_tui.export.jsondata import FORMAT, ExportFormatError, document_from_json
from faktor4_tui.importer import document_to_data
from faktor4_tui.merge import merge_documents
from faktor4_tui.model import Document
from faktor4_tui.store import Store, jsonfile
from faktor4_tui.store.schema import validate


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``merge`` subcommand."""
    parser = subparsers.add_parser(
        "merge",
        help="mehrere Räume zu einer Forumsdatei zusammenführen",
        description="Combine faktor4 files: workshops with the same name are combined, every Aufgabe "
        "and entry keeps its origin (the input's file name), merging a file again adds nothing, and "
        "a differing event header is reported (the first one wins). The inputs are never changed.",
    )
    parser.add_argument("inputs", metavar="FILE", nargs="+", help="faktor4 files (or JSON exports) to merge")
    parser.add_argument("-o", "--output", metavar="FORUM.json", required=True, help="the new file ('-' for stdout)")
    parser.add_argument("--force", action="store_true", help="overwrite FORUM.json if it exists (never an input)")
    parser.set_defaults(run=run)


def load_input(path: Path) -> Document:
    """A faktor4 file or a faktor4 JSON export, as a Document."""
    if not path.is_file():
        raise CliError(f"{path} does not exist or is not a file.")
    raw = jsonfile.decode(jsonfile.read_bytes(path), path)
    if isinstance(raw, dict) and raw.get("format") == FORMAT:
        try:
            return document_from_json(raw)
        except ExportFormatError as error:
            raise CliError(f"{path} cannot be merged: {error}.") from None
    return open_store(path).load()


def _labels(paths: list[Path]) -> list[str]:
    """Each input's origin label: its file name, which must not stand for two different files."""
    seen: dict[str, Path] = {}
    for path in paths:
        other = seen.setdefault(path.name, path.resolve())
        if other != path.resolve():
            raise CliError(
                f"{path} and {other} have the same name, so their origins would be mixed up; rename one."
            )
    return [path.name for path in paths]


def run(args: argparse.Namespace) -> int:
    """Merge all inputs in memory, report conflicts, write the result once."""
    paths = [Path(p) for p in args.inputs]
    if args.output != "-":
        target = check_target(args.output, args.force)
        if any(target.resolve() == p.resolve() for p in paths if p.exists()):
            raise CliError(f"{target} is one of the inputs; faktor4 merge never changes an input.")
    labels = _labels(paths)
    sources = [(label, load_input(path)) for label, path in zip(labels, paths)]
    document, conflicts = merge_documents(sources)
    for sentence in conflicts:
        print(f"faktor4: {sentence}", file=sys.stderr)
    data = document_to_data(document)
    if args.output == "-" or args.force:
        validate(data, Path(args.output))
        write_output(jsonfile.encode(data), args.output, args.force)
    else:
        Store.create(args.output, data)
    return 0
