"""Why an export could not be made."""


class MissingDependency(RuntimeError):
    """An optional package a format needs is not installed (python-pptx for pptx, fpdf2 for pdf).

    ``extra`` names the optional dependency group that brings it: pip install 'faktor4[EXTRA]'.
    """

    def __init__(self, message: str, extra: str = "pptx", package: str = "python-pptx") -> None:
        super().__init__(message)
        self.extra = extra
        self.package = package
