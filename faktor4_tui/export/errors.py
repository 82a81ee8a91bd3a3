"""Why an export could not be made."""


class MissingDependency(RuntimeError):
    """An optional package a format needs is not installed: ``package`` from the extra ``extra``."""

    def __init__(self, message: str, *, package: str = "python-pptx", extra: str = "pptx") -> None:
        super().__init__(message)
        self.package = package
        self.extra = extra
