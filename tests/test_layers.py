"""Layers stay honest: nothing outside faktor4_tui/ui/ imports Textual (checked on the source)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "faktor4_tui"
UI = PACKAGE / "ui"


def _imports(tree: ast.AST, top_level_only: bool) -> list[str]:
    nodes = tree.body if top_level_only and isinstance(tree, ast.Module) else list(ast.walk(tree))
    names: list[str] = []
    for node in nodes:
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def _sources_outside_ui() -> list[Path]:
    return [path for path in PACKAGE.rglob("*.py") if UI not in path.parents]


def test_the_scan_sees_the_package() -> None:
    sources = _sources_outside_ui()
    assert any(path.name == "store.py" for path in sources)
    assert any("textual" in name.split(".")[0] for name in _imports(ast.parse((UI / "app.py").read_text()), False))


def test_nothing_outside_ui_imports_textual() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE)}: {name}"
        for path in _sources_outside_ui()
        for name in _imports(ast.parse(path.read_text(encoding="utf-8")), top_level_only=False)
        if name.split(".")[0] == "textual"
    ]
    assert offenders == []


def test_ui_is_loaded_only_lazily_outside_ui() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE)}: {name}"
        for path in _sources_outside_ui()
        for name in _imports(ast.parse(path.read_text(encoding="utf-8")), top_level_only=True)
        if name.startswith("faktor4_tui.ui")
    ]
    assert offenders == []
