"""`python -m benchmarks`: faktor4 against a bare Textual app and a raw JSON write, one table."""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import textual

from benchmarks import exports, pty_app, publish, ui, writers
from benchmarks.generate import generate_data
from benchmarks.pty_app import ROOT
from benchmarks.report import Report, Row, header, ms, times
from benchmarks.save import measure_save
from benchmarks.stats import median, p95, paired_ratio
from faktor4_tui.store import Store

SIZES = (200, 2_000, 20_000)
STARTUP_TARGET = {2_000: 1.25, 20_000: 1.6}
SAVE_TARGET = {2_000: 2.0, 20_000: 3.0}
MEMORY_TARGET = {2_000: 1.3}
LIVE_P95 = 0.300
KEY_MS = 0.016
NAV_ITEMS = 1_000
APP_MISSING = "n/a: app not built"
PRESENT_MISSING = "n/a: present not built"
PARTS = ("startup", "save", "live", "nav", "exports", "big", "publish")
BIG = 200_000
WRITERS = 4
WRITER_ADDS = 5
WRITERS_TARGET = 2.0  # each writer reads the others' saves first (a lone writer knows its own bytes)
LIVE_BIG = 1.0
DEFAULT_PARTS = ("startup", "save", "live", "nav", "exports")
EXPORT_SIZES = {"exports": 40_000, "big": 200_000}
EXPORT_TARGET = {40_000: 2.5, 200_000: 12.0}


def _commit() -> str:
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True
        )
        return out.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "?"


def _count(number: int) -> str:
    return f"{number:,}"


def run_startup(report: Report, files: dict[int, Path], runs: int) -> None:
    """Startup and memory rows per file size."""
    built = ui.available(ui.APP_MODULE)
    results = {size: ui.measure_startup(path, runs, built) for size, path in files.items()}
    for size, result in results.items():
        app, bare = median(result.app), median(result.bare)
        ratio = paired_ratio(result.app, result.bare)
        target = STARTUP_TARGET.get(size)
        report.add(
            Row(
                "startup: start → first frame",
                _count(size),
                ms(app),
                f"bare {ms(bare)}",
                times(ratio),
                f"≤ {target}x" if target else "",
                (ratio <= target if result.app else None) if target else None,
                result.note if built else APP_MISSING,
                f"startup@{size:,}",
            )
        )
    for size, result in results.items():
        app_mib, bare_mib = median(result.app_rss) / 1024, median(result.bare_rss) / 1024
        ratio = paired_ratio(result.app_rss, result.bare_rss)
        target = MEMORY_TARGET.get(size)
        report.add(
            Row(
                "memory: peak RSS at first frame",
                _count(size),
                f"{app_mib:.1f} MiB" if result.app_rss else "n/a",
                f"bare {bare_mib:.1f} MiB",
                times(ratio),
                f"≤ {target}x" if target else "",
                (ratio <= target if result.app_rss else None) if target else None,
                result.note if built else APP_MISSING,
                f"memory@{size:,}",
            )
        )


def run_save(report: Report, folder: Path, runs: int) -> None:
    """Save rows per file size (in this process: Store.apply against a raw write)."""
    for size in SIZES:
        result = measure_save(size, runs, folder)
        target = SAVE_TARGET.get(size)
        report.add(
            Row(
                "save: add_entry → durable",
                _count(size),
                ms(result["store"]),
                f"raw {ms(result['raw'])}",
                times(result["ratio"]),
                f"≤ {target}x" if target else "",
                result["ratio"] <= target if target else None,
                "",
                f"save@{size:,}",
            )
        )


def run_live(report: Report, path: Path, changes: int) -> None:
    """Live-follow row: another process writes, a running `present` shows it."""
    name = "live follow p95"
    if not ui.available(ui.PRESENT_MODULE):
        report.add(
            Row(
                "live follow: write → present shows",
                "2,000",
                "n/a",
                "",
                "",
                "p95 ≤ 300 ms",
                None,
                PRESENT_MISSING,
                name,
            )
        )
        return
    result = ui.measure_live(path, changes)
    ok = bool(result.samples) and not result.note.startswith("error")
    report.add(
        Row(
            "live follow: write → present shows",
            "2,000",
            f"{ms(result.median)} (p95 {ms(result.p95)})" if ok else "n/a",
            "",
            "",
            "p95 ≤ 300 ms",
            result.p95 <= LIVE_P95 if ok else None,
            result.note,
            name,
            f"p95 {ms(result.p95)}",
        )
    )


def run_nav(report: Report, nav_file: Path, deck_file: Path, presses: int) -> None:
    """Navigation rows: cursor down in a 1,000-Aufgaben list, next slide in `present`."""
    bare = ui.measure_keys(ui.bare_args(nav_file, NAV_ITEMS), ui.DOWN, presses)
    bare_text = f"OptionList {ms(bare.median)}"
    name = "navigation list"
    if ui.available(ui.APP_MODULE):
        result = ui.measure_keys(ui.app_args(nav_file), ui.DOWN, presses)
        ok = bool(result.samples)
        ratio = times(result.median / bare.median) if ok else ""
        holds = result.median <= KEY_MS if ok else None
        report.add(
            Row(
                "navigation: ↓ in 1,000 Aufgaben",
                "1,000",
                ms(result.median) if ok else "n/a",
                bare_text,
                ratio,
                "≤ 16 ms",
                holds,
                result.note,
                name,
                ms(result.median),
            )
        )
    else:
        report.add(
            Row("navigation: ↓ in 1,000 Aufgaben", "1,000", "n/a", bare_text, "", "≤ 16 ms", None, APP_MISSING, name)
        )
    name = "navigation slide"
    if ui.available(ui.PRESENT_MODULE):
        result = ui.measure_keys(ui.present_args(deck_file), ui.RIGHT, presses)
        ok = bool(result.samples)
        report.add(
            Row(
                "navigation: → next slide (present)",
                "2,000",
                ms(result.median) if ok else "n/a",
                "",
                "",
                "≤ 16 ms",
                result.median <= KEY_MS if ok else None,
                result.note,
                name,
            )
        )
    else:
        report.add(
            Row("navigation: → next slide (present)", "2,000", "n/a", "", "", "≤ 16 ms", None, PRESENT_MISSING, name)
        )


def run_exports(report: Report, folder: Path, small: Path, size: int) -> None:
    """Export rows: each format at ``size`` entries against 20,000 (time and peak memory)."""
    big = Store.create(folder / f"bench-export-{size}.json", generate_data(size)).path
    target = EXPORT_TARGET[size]
    for fmt in exports.FORMATS:
        rounds = 1 if fmt in ("pptx", "pdf") and size > 40_000 else 3  # pairs, each the baseline then the big file
        pairs = [(exports.measure_export(small, fmt), exports.measure_export(big, fmt)) for _ in range(rounds)]
        base_s, big_s = median([p[0][0] for p in pairs]), median([p[1][0] for p in pairs])
        base_rss, big_rss = median([p[0][1] for p in pairs]), median([p[1][1] for p in pairs])
        for what, value, shown, base_shown in (
            ("time", big_s / base_s, ms(big_s), ms(base_s)),
            ("memory", big_rss / base_rss, f"{big_rss / 1024:.0f} MiB", f"{base_rss / 1024:.0f} MiB"),
        ):
            report.add(
                Row(
                    f"export {fmt}: {what}",
                    _count(size),
                    shown,
                    f"20,000: {base_shown}",
                    times(value),
                    f"≤ {target}x",
                    value <= target,
                    "",
                    f"export {fmt} {what}@{size:,}",
                )
            )


def run_live_big(report: Report, path: Path, changes: int) -> None:
    """Live follow on a 200,000-entry file: from the change being saved to `present` showing it.

    Two kinds of change: a new event title (every slide's header), and a Lösung added to the
    Aufgabe on show (its room laid out again).
    """
    for entries, what in ((False, "title"), (True, "Lösung")):
        _live_big_row(report, path, changes, entries, what)


def _live_big_row(report: Report, path: Path, changes: int, entries: bool, what: str) -> None:
    result = ui.measure_live(path, changes, timeout=10.0, from_saved=True, entries=entries)
    ok = bool(result.samples) and not result.note.startswith("error")
    report.add(
        Row(
            f"live follow: {what} saved → present shows",
            _count(BIG),
            f"{ms(result.median)} (max {ms(max(result.samples))})" if ok else "n/a",
            "",
            "",
            f"max ≤ {LIVE_BIG:g} s",
            max(result.samples) <= LIVE_BIG if ok else None,
            result.note,
            f"live {what}@{BIG:,}",
            f"max {ms(max(result.samples))}" if ok else "",
        )
    )


def run_writers(report: Report, path: Path) -> None:
    """4 writers adding to a 200,000-entry file at once, against 1 writer doing as many adds alone."""
    aufgabe = min(int(key) for key in json.loads(path.read_bytes())["aufgaben"])
    alone = writers.run_writers(path, aufgabe, 1, WRITERS * WRITER_ADDS)
    queue = writers.run_writers(path, aufgabe, WRITERS, WRITER_ADDS)
    ratio = queue.seconds / alone.seconds
    trouble = [f"{len(run.errors)} refused" for run in (alone, queue) if run.errors]
    trouble += [f"{run.lost} acknowledged adds lost" for run in (alone, queue) if run.lost]
    report.add(
        Row(
            f"{WRITERS} writers × {WRITER_ADDS} adds (queue)",
            _count(BIG),
            f"{queue.seconds:.1f} s (longest add {queue.longest:.1f} s)",
            f"1 writer {alone.seconds:.1f} s",
            times(ratio),
            f"≤ {WRITERS_TARGET:g}x, 0 lost",
            ratio <= WRITERS_TARGET and not trouble,
            "; ".join(trouble) or f"{queue.acknowledged} of {WRITERS * WRITER_ADDS} saved, none refused",
            f"writers@{BIG:,}",
        )
    )


def run_publish(report: Report, folder: Path) -> None:
    """1,000 viewers of `faktor4 publish --watch` behind a real web server; textual-serve's memory beside it."""
    source = Store.create(folder / "bench-publish.json", generate_data(200, workshops=5)).path
    result = publish.measure_publish(source, folder / "publish")
    viewers = _count(publish.VIEWERS)
    if result.error:
        report.add(Row("publish: save → every viewer has it", viewers, "n/a", "", "", "p95 ≤ 2 s", None, result.error))
        return
    late = p95(result.latencies)
    answers = ", ".join(f"{status or 'none'}: {count:,}" for status, count in sorted(result.statuses.items()))
    report.add(
        Row(
            "publish: save → every viewer has it",
            viewers,
            f"p50 {ms(median(result.latencies))}, p95 {ms(late)}",
            f"max {ms(max(result.latencies))}",
            "",
            f"p95 ≤ {publish.P95_TARGET:g} s",
            late <= publish.P95_TARGET and not result.missed,
            f"{result.changes} saves × {viewers} viewers, {result.missed} missed; answers {answers}; {result.server}",
            "publish p95",
            ms(late),
        )
    )
    mib = result.faktor4_peak_kib / 1024
    report.add(
        Row(
            "publish: faktor4 memory (peak RSS)",
            viewers,
            f"{mib:.0f} MiB",
            f"web server {result.server_kib / 1024:.0f} MiB",
            "",
            f"< {publish.MEMORY_TARGET_MB:g} MB",
            result.faktor4_peak_kib * 1024 < publish.MEMORY_TARGET_MB * 1e6,
            f"publish --watch: one process however many watch; web server: {result.server}",
            "publish memory",
            f"{result.faktor4_peak_kib * 1024 / 1e6:.0f} MB",
        )
    )
    serve = publish.measure_serve(source)
    report.add(
        Row(
            "serve: memory (textual-serve)",
            f"{serve.viewers} viewers",
            f"{serve.kib / 1024:.0f} MiB" if not serve.error else "n/a",
            f"publish {(result.faktor4_peak_kib + result.server_kib) / 1024:.0f} MiB",
            "",
            "",
            None,
            serve.error or f"{serve.processes} processes; {serve.seconds:.0f} s until all {serve.viewers} had drawn",
        )
    )


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the table and the summary line."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs (about a third of the time)")
    parser.add_argument(
        "--only",
        default=",".join(DEFAULT_PARTS),
        help=(
            f"comma-separated subset of {','.join(PARTS)} (big: exports, live follow and 4 writers at 200,000 "
            "entries, about 7 minutes; publish: 1,000 viewers of the published deck behind nginx or "
            "http.server, and faktor4 serve with 20, ~1 min)"
        ),
    )
    parser.add_argument("--keep", action="store_true", help="keep the generated files (their folder is printed)")
    args = parser.parse_args(argv)
    parts = {part.strip() for part in args.only.split(",")}
    unknown = parts - set(PARTS)
    if unknown:
        parser.error(f"unknown part(s): {', '.join(sorted(unknown))}")
    if args.quick:
        runs = {"startup": 3, "save": 7, "live": 10, "nav": 15}
    else:
        runs = {"startup": 7, "save": 15, "live": 25, "nav": 40}
    folder = Path(tempfile.mkdtemp(prefix="faktor4-bench-"))
    started = time.perf_counter()
    print(
        f"faktor4 benchmark · commit {_commit()} · Python {platform.python_version()} · Textual "
        f"{textual.__version__} · {os.cpu_count()} CPUs · {'quick' if args.quick else 'full'} · each figure "
        "the median of its runs, baseline measured in the same run"
    )
    try:
        files = {size: Store.create(folder / f"bench-{size}.json", generate_data(size)).path for size in SIZES}
        nav_file = Store.create(
            folder / f"bench-nav-{NAV_ITEMS}.json", generate_data(2_000, workshops=1, aufgaben=NAV_ITEMS)
        ).path
        pty_app.PYCACHE_PREFIX = folder / "pycache"
        if parts & {"startup", "live", "nav"}:
            ui.warm_up(files[200])
        report = Report()
        print(header())
        if "startup" in parts:
            run_startup(report, files, runs["startup"])
        if "save" in parts:
            run_save(report, folder, runs["save"])
        if "live" in parts:
            run_live(report, files[2_000], runs["live"])
        if "nav" in parts:
            run_nav(report, nav_file, files[2_000], runs["nav"])
        for part in ("exports", "big"):
            if part in parts:
                run_exports(report, folder, files[20_000], EXPORT_SIZES[part])
        if "publish" in parts:
            run_publish(report, folder)
        if "big" in parts:
            big = folder / f"bench-export-{BIG}.json"
            run_live_big(report, big, 10)
            run_writers(report, big)
        print(
            f"({time.perf_counter() - started:.0f} s; files in {folder})"
            if args.keep
            else f"({time.perf_counter() - started:.0f} s)"
        )
        print(report.summary())
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    return 0
