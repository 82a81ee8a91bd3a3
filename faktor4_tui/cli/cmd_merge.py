"""``faktor4 merge A.json B.json … -o FORUM.json``: combine several rooms into one new file;
``faktor4 merge ROOM.json … --into FORUM.json``: into the live forum file, as one change.

Inputs are faktor4 files (or, with -o, JSON exports); they are only read, never changed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from faktor4_tui.cli.common import CliError, open_store
from faktor4_tui.cli.output import check_target, write_output
from faktor4_tui.export.jsondata import FORMAT, ExportFormatError, document_from_json
from faktor4_tui.i18n import t
from faktor4_tui.importer import document_to_data
from faktor4_tui.merge import merge_change, merge_documents, room_to_merge
from faktor4_tui.model import Document
from faktor4_tui.store import Store, jsonfile
from faktor4_tui.store.ops.merging import MergeRoom
from faktor4_tui.store.schema import validate


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``merge`` subcommand."""
    parser = subparsers.add_parser("merge", help=t("cli.merge.help"), description=t("cli.merge.description"))
    parser.add_argument("inputs", metavar="FILE", nargs="+", help=t("cli.merge.inputs_help"))
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("-o", "--output", metavar="FORUM.json", help=t("cli.merge.output_help"))
    target.add_argument("--into", metavar="FORUM.json", help=t("cli.merge.into_help"))
    parser.add_argument("--force", action="store_true", help=t("cli.merge.force_help"))
    parser.set_defaults(run=run)


def load_input(path: Path) -> Document:
    """A faktor4 file or a faktor4 JSON export, as a Document."""
    if not path.is_file():
        raise CliError(t("cli.not_a_file", path=path))
    raw = jsonfile.decode(jsonfile.read_bytes(path), path)
    if isinstance(raw, dict) and raw.get("format") == FORMAT:
        try:
            return document_from_json(raw)
        except ExportFormatError as error:
            raise CliError(t("cli.merge.bad_export", path=path, reason=error)) from None
    return open_store(path).load()


def _labels(paths: list[Path]) -> list[str]:
    """Each input's origin label: its file name, which must not stand for two different files."""
    seen: dict[str, Path] = {}
    for path in paths:
        other = seen.setdefault(path.name, path.resolve())
        if other != path.resolve():
            raise CliError(t("cli.merge.same_name", path=path, other=other))
    return [path.name for path in paths]


def run(args: argparse.Namespace) -> int:
    """Merge all inputs in memory, report conflicts, write the result once."""
    paths = [Path(p) for p in args.inputs]
    if args.into is not None:
        return merge_into(open_store(args.into), paths)
    if args.output != "-":
        target = check_target(args.output, args.force)
        if any(jsonfile.is_own_file(target, p) for p in paths if p.exists()):
            raise CliError(t("cli.merge.output_is_input", path=target))
    labels = _labels(paths)
    sources = [(label, load_input(path)) for label, path in zip(labels, paths, strict=True)]
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


def _room(path: Path, forum: Store) -> MergeRoom:
    """One room file to merge into ``forum``: a faktor4 file (not an export) with an identity."""
    if not path.is_file():
        raise CliError(t("cli.not_a_file", path=path))
    if jsonfile.is_own_file(path, forum.path):
        raise CliError(t("cli.merge.into_itself", path=path))
    raw = jsonfile.decode(jsonfile.read_bytes(path), path)
    if isinstance(raw, dict) and raw.get("format") == FORMAT:
        raise CliError(t("cli.merge.into_export", path=path))
    return room_to_merge(open_store(path), forum, path.name)


def merge_into(forum: Store, paths: list[Path]) -> int:
    """Merge every room file into the live ``forum`` as one change (one lock, one revision)."""
    change, said = merge_change(forum, [_room(path, forum) for path in paths])
    for sentence in said:
        print(sentence)
    forum.apply(change)
    for notice in forum.last_notices:
        print(notice)
    print(t("cli.merge.into_done", path=forum.path, revision=forum.revision))
    return 0
