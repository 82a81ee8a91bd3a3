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
    together = [
        ("stale edits kept both", "conflicts_kept"),
        ("undo steps refused to keep others' work", "undo_refused"),
        ("votes counted", "votes_counted"),
        ("trash round trips", "trash_round_trips"),
        ("drafts kept through Escape, SIGHUP, SIGTERM, kill -9, a remote delete", "drafts_kept"),
        ("escape bursts", "escape_bursts"),
        ("places vanished under the typist", "vanished_places"),
        ("lines held at a busy lock", "lines_held_busy"),
        ("adds saved after queueing past the lock timeout", "queued_writes_over_timeout"),
        ("processes opening a missing file at once", "concurrent_opens"),
        ("files replaced under a running app, noticed", "replaced_noticed"),
    ]
    if any(STATS[name] for _, name in together):
        lost = STATS["entries_lost"] + STATS["draft_words_lost"] + STATS["words_lost"] + STATS["words_lost_replaced"]
        shown = " · ".join(f"{label}: {STATS[name]}" for label, name in together)
        terminalreporter.write_line(f"together: {shown} · words lost: {lost}")
    hardening = [
        ("escape names shown safely", "escape_names_shown"),
        ("serve sessions refused", "serve_sessions_refused"),
        ("foreign hosts refused", "serve_hosts_refused"),
        ("terminals gone", "terminals_gone"),
        ("lock deletions survived", "lock_deletions"),
        ("crafted lock files refused", "crafted_locks_refused"),
        ("crafted files refused", "crafted_files_refused"),
        ("symlink targets refused", "symlink_targets_refused"),
        ("outputs killed mid-write", "killed_outputs"),
        ("settings files ignored", "settings_ignored"),
        ("hard links refused", "hard_links_refused"),
    ]
    if any(STATS[name] for _, name in hardening):
        shown = " · ".join(f"{label}: {STATS[name]}" for label, name in hardening)
        terminalreporter.write_line(f"hardening: {shown} · escape bytes leaked: {STATS['escape_bytes_leaked']}")
