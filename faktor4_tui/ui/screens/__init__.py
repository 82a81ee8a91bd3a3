"""Screens of the faktor4 TUI."""
