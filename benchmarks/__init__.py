"""Benchmarks: faktor4 against a bare Textual app and a raw JSON write (``python -m benchmarks``)."""
