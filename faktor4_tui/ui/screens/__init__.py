"""The app's screens: thin, they compose widgets."""
