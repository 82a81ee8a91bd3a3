"""The command palette (ctrl+p): every action by name, the flows behind them, the theme."""
