"""Reusable widgets: the keyboard list and the status header."""
