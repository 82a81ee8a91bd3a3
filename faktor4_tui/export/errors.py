"""Why an export could not be made."""


class MissingDependency(RuntimeError):
    """An optional package a format needs is not installed (python-pptx for pptx)."""
