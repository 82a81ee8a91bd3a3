"""Reliability suite: prints what it survived (operations, kills, bad inputs, entries lost).

Run: ``python -m pytest -q tests/reliability`` (about 60-80 s on 2 cores); the long variants
(1000 ops per writer, 2000 kills, 300 random key sequences of up to 120 steps) with ``FAKTOR4_LONG=1``.
The TUI half (test_rel_tui_*.py, test_rel_pty.py) drives the real app: random keys, two apps in
two processes, hostile pastes, disk trouble while typing, SIGKILL mid-entry. Tests that change users, owners or
mount a tiny tmpfs skip where that is not allowed.
"""

from __future__ import annotations

from tests.reliability.stats import STATS


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:
    """Print the reliability counters when any reliability test ran."""
    if not any(STATS.values()):
        return
    terminalreporter.section("faktor4 reliability")
    terminalreporter.write_line(
        f"operations done: {STATS['operations']} · kills survived: {STATS['kills']} "
        f"({STATS['kills_during_save']} during a save, {STATS['kills_after_replace']} of them after "
        f"the new file was in place but before the acknowledgement) · "
        f"bad inputs tried: {STATS['bad_inputs']} · hostile texts tried: {STATS['hostile_inputs']} · "
        f"concurrent reads checked: {STATS['reads_checked']} · entries lost: {STATS['entries_lost']}"
    )
    if STATS["tui_key_sequences"] or STATS["tui_hostile_typed"]:
        terminalreporter.write_line(
            f"TUI: random key sequences run: {STATS['tui_key_sequences']} ({STATS['tui_keys']} keys, texts and "
            f"pastes, every screen) · hostile texts typed or pasted into the app: {STATS['tui_hostile_typed']}"
        )
    if STATS["conflicts_kept"] or STATS["undo_refused"] or STATS["votes_counted"]:
        terminalreporter.write_line(
            f"together: stale edits kept both: {STATS['conflicts_kept']} · undo steps refused to keep "
            f"others' work: {STATS['undo_refused']} · votes counted: {STATS['votes_counted']} · "
            f"words lost: {STATS['entries_lost']}"
        )
    if STATS["drafts_kept"]:
        terminalreporter.write_line(
            f"drafts kept (half-typed lines through SIGHUP, SIGTERM, a closed terminal, kill -9, a remote delete): "
            f"{STATS['drafts_kept']} · words lost: {STATS['draft_words_lost']}"
        )
    if STATS["concurrent_opens"] or STATS["files_replaced"]:
        terminalreporter.write_line(
            f"opening: processes opening a missing file at once: {STATS['concurrent_opens']} (one file, all "
            f"opened it) · files replaced under a running app: {STATS['files_replaced']} (noticed and said: "
            f"{STATS['replaced_noticed']}) · words lost (or written into the other file): "
            f"{STATS['words_lost_replaced']}"
        )
