"""Shared tools for the reliability suite: real processes, forked children, file invariants."""

from __future__ import annotations

import json
import os
import pickle
import resource
import subprocess
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from faktor4_tui.model import sanitize
from faktor4_tui.store.schema import validate

ROOT = Path(__file__).resolve().parents[2]
NOBODY = 65534


def faktor4(*args: str | bytes, user: int | None = None, timeout: float = 60) -> subprocess.CompletedProcess:
    """Run ``python -m faktor4_tui ARGS`` as a real process (optionally as another user)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONDONTWRITEBYTECODE="1")
    extra: dict[str, Any] = {}
    if user is not None:
        extra = {"user": user, "group": user, "extra_groups": []}
    return subprocess.run(
        [sys.executable, "-m", "faktor4_tui", *args],
        capture_output=True,
        timeout=timeout,
        cwd=ROOT,
        env=env,
        **extra,
    )


class Child:
    """A forked process running ``func(*args)``; its return value (or error) comes back pickled."""

    def __init__(
        self,
        func: Callable[..., Any],
        *args: Any,
        uid: int | None = None,
        umask: int | None = None,
        fsize: int | None = None,
    ) -> None:
        read_end, write_end = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:  # child
            status = 0
            try:
                os.close(read_end)
                if umask is not None:
                    os.umask(umask)
                if uid is not None:
                    os.setgroups([])
                    os.setgid(uid)
                    os.setuid(uid)
                if fsize is not None:
                    resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))
                result: tuple = ("ok", func(*args))
            except BaseException as error:  # noqa: BLE001 - reported to the parent
                result = ("error", type(error).__name__, str(error))
            try:
                payload = pickle.dumps(result)
                view = memoryview(payload)
                while view:
                    view = view[os.write(write_end, view) :]
            except BaseException:  # noqa: BLE001
                status = 1
            os._exit(status)
        os.close(write_end)
        self._read_end = read_end

    def result(self) -> Any:
        """Wait for the child; return its value or raise AssertionError with its error."""
        chunks = []
        while chunk := os.read(self._read_end, 65536):
            chunks.append(chunk)
        os.close(self._read_end)
        os.waitpid(self.pid, 0)
        assert chunks, "the child process died without a result"
        outcome = pickle.loads(b"".join(chunks))
        if outcome[0] == "error":
            raise AssertionError(f"child raised {outcome[1]}: {outcome[2]}")
        return outcome[1]

    def outcome(self) -> tuple:
        """Wait for the child; return ("ok", value) or ("error", type name, message)."""
        try:
            return ("ok", self.result())
        except AssertionError as error:
            text = str(error)
            if text.startswith("child raised "):
                name, _, message = text[len("child raised ") :].partition(": ")
                return ("error", name, message)
            raise


def in_child(func: Callable[..., Any], *args: Any, **options: Any) -> tuple:
    """Run func in a forked child and return its outcome tuple."""
    return Child(func, *args, **options).outcome()


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [key for key, _ in pairs]
    duplicates = [key for key, n in Counter(keys).items() if n > 1]
    assert not duplicates, f"duplicate keys in the file: {duplicates}"
    return dict(pairs)


def check_raw(raw: bytes, path: Path = Path("file")) -> dict[str, Any]:
    """Parse strictly and check every invariant of a saved faktor4 file; return the data."""
    assert raw.endswith(b"\n"), "the file does not end with a newline (truncated?)"
    data = json.loads(raw.decode("utf-8"), object_pairs_hook=_no_duplicate_keys)
    data = validate(data, path)
    header = data["faktor4"]
    all_ids = [int(i) for table in ("workshops", "aufgaben", "entries") for i in data[table]]
    for item_id, item in data["trash"].items():  # the Papierkorb keeps its rows' ids: never reused
        all_ids += [int(item_id), *(int(i) for table in ("workshops", "aufgaben", "entries") for i in item[table])]
    assert len(all_ids) == len(set(all_ids)), "an id is used twice"
    assert all(i < header["next_id"] for i in all_ids), "next_id is not above every id"
    _dense(data["workshops"].values(), lambda row: None, "workshops")
    _dense(data["aufgaben"].values(), lambda row: row["workshop"], "aufgaben")
    _dense(data["entries"].values(), lambda row: (row["aufgabe"], row["section"]), "entries")
    for doc_id, row in data["aufgaben"].items():
        assert str(row["workshop"]) in data["workshops"], f"Aufgabe {doc_id} has no workshop"
    for doc_id, row in data["entries"].items():
        assert str(row["aufgabe"]) in data["aufgaben"], f"entry {doc_id} has no Aufgabe"
    plans: dict[int, list[int]] = defaultdict(list)
    for row in data["aufgaben"].values():
        if row.get("aktion") is not None:
            plans[row["workshop"]].append(row["aktion"])
    for workshop, numbers in plans.items():
        assert sorted(numbers) == list(range(1, len(numbers) + 1)), f"plan of {workshop} not dense: {numbers}"
    return data


def _dense(rows: Any, parent: Callable[[dict], Any], what: str) -> None:
    groups: dict[Any, list[int]] = defaultdict(list)
    for row in rows:
        groups[parent(row)].append(row["pos"])
    for key, positions in groups.items():
        assert sorted(positions) == list(range(len(positions))), f"{what} of {key} not dense: {sorted(positions)}"


def check_file(path: Path) -> dict[str, Any]:
    """check_raw on the file's current bytes."""
    return check_raw(path.read_bytes(), path)


def all_texts(data: dict[str, Any]) -> list[str]:
    """Every user string stored in the file."""
    texts = [row["name"] for row in data["workshops"].values()]
    texts += [row["text"] for table in ("aufgaben", "entries") for row in data[table].values()]
    for item in data.get("trash", {}).values():
        texts += [row["name"] for row in item["workshops"].values()]
        texts += [row["text"] for table in ("aufgaben", "entries") for row in item[table].values()]
    for row in data["event"].values():
        texts += [row["title"], row["forum"], row["dates"], *row["goal"], *row["agenda"]]
    return texts


def assert_clean(text: str) -> None:
    """A stored text holds no control character, escape or bidi override (sanitize is a no-op)."""
    assert sanitize(text) == text, f"unsanitized text stored: {text!r}"
    bad = [
        c
        for c in text
        if ord(c) < 0x20
        or 0x7F <= ord(c) <= 0x9F
        or c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
    ]
    assert not bad, f"control or bidi characters stored: {bad!r} in {text!r}"


def _run_main(argv: list[str]) -> tuple[int, str]:
    import contextlib
    import io

    from faktor4_tui.cli import main

    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = main(argv)
    return code, err.getvalue()


def cli_in_child(argv: list[str], **options: Any) -> tuple[int, str]:
    """Run the CLI's ``main(argv)`` in a forked process (e.g. as uid 65534); return (exit code, stderr).

    A fork, not an exec: an unprivileged user may not be allowed to start the venv's interpreter.
    """
    outcome = in_child(_run_main, argv, **options)
    assert outcome[0] == "ok", f"the CLI crashed: {outcome}"
    return outcome[1]


cli_in_child.__wrapped__ = _run_main  # type: ignore[attr-defined]  # the same, in this process
