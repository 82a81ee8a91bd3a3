"""Widgets of the faktor4 TUI, one small file each."""
