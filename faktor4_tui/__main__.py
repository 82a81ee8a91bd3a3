"""Entry point for ``python -m faktor4_tui``."""

from faktor4_tui.cli import main

raise SystemExit(main())
