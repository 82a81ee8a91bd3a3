"""faktor4: capture a climate-protection workshop live and present it as a slide deck."""

__version__ = "0.1.0"
