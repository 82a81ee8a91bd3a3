"""The checks of scripts/check find what they promise: import cycles, and broken import contracts."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "faktor4_tui"
SCRIPT = ROOT / "scripts" / "import_cycles.py"
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


def _cycles_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("import_cycles", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being created
    spec.loader.exec_module(module)
    return module


def _package(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "pkg"
    for name, text in {"__init__.py": "", **files}.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def _run_cycles(package: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), str(package)], capture_output=True, text=True, timeout=60, check=False
    )


def test_the_package_has_no_import_cycle() -> None:
    cycles, _, count = _cycles_module().find_cycles(PACKAGE)
    assert count > 50
    assert cycles == []


def test_a_clean_package_says_so(tmp_path: Path) -> None:
    package = _package(
        tmp_path,
        {
            "model/__init__.py": "from pkg.model.document import Doc\nfrom pkg.model.numbering import number\n",
            "model/document.py": "class Doc: ...\n",
            # a sibling by its full path is fine although model/__init__ re-exports both
            "model/numbering.py": "from pkg.model.document import Doc\ndef number(doc: Doc) -> int: ...\n",
            "store.py": "from pkg.model import Doc\nfrom . import model\n",
        },
    )
    result = _run_cycles(package)
    assert (result.returncode, result.stdout) == (0, "import cycles: 0 (5 modules)\n")


def test_every_kind_of_import_closes_a_cycle(tmp_path: Path) -> None:
    package = _package(
        tmp_path,
        {
            # top-level import one way, function-local import back
            "a.py": "import pkg.b\n",
            "b.py": "def f():\n    from pkg import a\n",
            # TYPE_CHECKING import one way, relative import back
            "c.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg.sub.d import D\n",
            "sub/__init__.py": "",
            "sub/d.py": "from ..c import something\nclass D: ...\n",
            # a name taken through the package whose __init__ re-exports the module
            "model/__init__.py": "from pkg.model.numbering import number\n",
            "model/numbering.py": "from pkg.model import Doc\n",
            # a module importing itself is no cycle
            "e.py": "import pkg.e\n",
        },
    )
    cycles, inside, _ = _cycles_module().find_cycles(package)
    assert cycles == [["pkg.a", "pkg.b"], ["pkg.c", "pkg.sub.d"], ["pkg.model", "pkg.model.numbering"]]
    assert {(edge.importer, edge.imported, edge.line) for edge in inside} == {
        ("pkg.a", "pkg.b", 1),
        ("pkg.b", "pkg.a", 2),
        ("pkg.c", "pkg.sub.d", 3),
        ("pkg.sub.d", "pkg.c", 1),
        ("pkg.model", "pkg.model.numbering", 1),
        ("pkg.model.numbering", "pkg.model", 1),
    }
    result = _run_cycles(package)
    assert result.returncode == 1
    assert result.stdout.splitlines()[:2] == ["import cycles: 3 (9 modules)", "cycle 1 (2 modules): pkg.a, pkg.b"]
    assert f"pkg{os.sep}b.py:2: pkg.b -> pkg.a" in result.stdout


def _contracts() -> list[dict[str, object]]:
    with (ROOT / "pyproject.toml").open("rb") as file:
        contracts: list[dict[str, object]] = tomllib.load(file)["tool"]["importlinter"]["contracts"]
    return contracts


def test_the_textual_contract_names_every_part_but_ui_and_cli() -> None:
    (textual_only_in_ui,) = [c for c in _contracts() if c["id"] == "textual-only-in-ui"]
    parts = {f"faktor4_tui.{path.stem}" for path in PACKAGE.glob("*.py")} | {
        f"faktor4_tui.{path.parent.name}" for path in PACKAGE.glob("*/__init__.py")
    }
    expected = parts - {"faktor4_tui.__init__", "faktor4_tui.__main__", "faktor4_tui.ui", "faktor4_tui.cli"}
    sources = textual_only_in_ui["source_modules"]
    assert isinstance(sources, list)
    assert set(sources) == expected


def _lint_imports(cwd: Path, contracts: list[str]) -> subprocess.CompletedProcess[str]:
    assert LINT_IMPORTS.exists(), "lint-imports is missing: pip install -e '.[test]'"
    arguments = [arg for contract in contracts for arg in ("--contract", contract)]
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", "--no-logo", *arguments],
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(cwd)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_the_contracts_catch_textual_in_store_and_an_upward_import(tmp_path: Path) -> None:
    shutil.copytree(PACKAGE, tmp_path / "faktor4_tui", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    contracts = ["layers", "textual-only-in-ui"]
    kept = _lint_imports(tmp_path, contracts)
    assert kept.returncode == 0, kept.stdout + kept.stderr

    store = tmp_path / "faktor4_tui" / "store"
    (store / "x.py").write_text('"""A store module that draws."""\n\nimport textual\n', encoding="utf-8")
    (store / "y.py").write_text("def slides():\n    from faktor4_tui.deck import build_deck\n", encoding="utf-8")
    broken = _lint_imports(tmp_path, contracts)
    assert broken.returncode == 1, broken.stdout + broken.stderr
    assert "Contracts: 0 kept, 2 broken." in broken.stdout
    assert "faktor4_tui.store.x -> textual" in broken.stdout
    assert "faktor4_tui.store.y -> faktor4_tui.deck" in broken.stdout


def test_the_ui_contract_catches_a_screen_importing_the_app(tmp_path: Path) -> None:
    shutil.copytree(PACKAGE, tmp_path / "faktor4_tui", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    kept = _lint_imports(tmp_path, ["ui-layers"])
    assert kept.returncode == 0, kept.stdout + kept.stderr
    widgets = tmp_path / "faktor4_tui" / "ui" / "widgets"
    (widgets / "back.py").write_text("def app():\n    from faktor4_tui.ui.app import Faktor4App\n", encoding="utf-8")
    broken = _lint_imports(tmp_path, ["ui-layers"])
    assert broken.returncode == 1, broken.stdout + broken.stderr
    assert "faktor4_tui.ui.widgets.back -> faktor4_tui.ui.app" in broken.stdout
