"""Counters the reliability suite adds to and prints at the end (see conftest.py)."""

from __future__ import annotations

STATS: dict[str, int] = {
    "operations": 0,
    "kills": 0,
    "kills_during_save": 0,
    "kills_after_replace": 0,
    "bad_inputs": 0,
    "hostile_inputs": 0,
    "reads_checked": 0,
    "entries_lost": 0,
    "tui_key_sequences": 0,
    "tui_keys": 0,
    "tui_hostile_typed": 0,
    "conflicts_kept": 0,
    "undo_refused": 0,
    "votes_counted": 0,
    "drafts_kept": 0,
    "draft_words_lost": 0,
    "trash_round_trips": 0,
    "escape_bursts": 0,  # ESC + key streams parsed (each split), and typed into the real app
    "vanished_places": 0,  # an Aufgabe/entry/workshop/file vanished under someone typing into it
    "lines_held_busy": 0,  # lines typed while another process held the lock, saved later in order
    "words_lost": 0,  # typed lines expected in the file but missing, doubled or garbled there
    "concurrent_opens": 0,
    "files_replaced": 0,
    "replaced_noticed": 0,
    "words_lost_replaced": 0,
    "escape_names_shown": 0,  # a file name with an escape sequence shown (app, presentation, CLI), never raw
    "escape_bytes_leaked": 0,  # raw bytes of such a name that reached a terminal (must stay 0)
    "serve_sessions_refused": 0,  # websocket sessions refused at the per-server limit
    "serve_hosts_refused": 0,  # requests with a foreign Host (DNS rebinding) refused
    "terminals_gone": 0,  # runs without a terminal refused, and SIGHUP/SIGTERM ends that left the terminal clean
    "lock_deletions": 0,  # FILE.lock deleted or replaced while writers saved
    "crafted_locks_refused": 0,  # FIFO/folder/device/planted lock files refused or passed by
    "crafted_files_refused": 0,  # files that parse but break the rules, refused unchanged
    "symlink_targets_refused": 0,  # export/merge/settings targets that were symlinks
    "killed_outputs": 0,  # exports/merges killed mid-write: no partial target, no temp file
    "settings_ignored": 0,  # FIFO, /dev/zero, folder or huge settings files ignored
    "hard_links_refused": 0,
    "queued_writes_over_timeout": 0,  # adds that waited longer than the lock timeout behind other writers, saved
}


def count(name: str, amount: int = 1) -> None:
    """Add to one counter."""
    STATS[name] += amount
