"""Report import cycles inside a package, counting every import (stdlib only).

Usage: ``python scripts/import_cycles.py [PACKAGE_DIR]`` (default: ``faktor4_tui`` beside this
folder). Exit 1 if any cycle exists, else print "import cycles: 0 (N modules)".

Every ``import`` statement counts: top-level, inside a function, under ``if TYPE_CHECKING:``
or ``try:``. A cycle hidden behind a local or type-checking import is still a cycle of ideas.

How an import becomes an edge (importer -> imported module of the package):
- ``import a.b.c`` -> ``a.b.c`` (or its longest prefix that is a module of the package);
- ``from a.b import c`` -> ``a.b.c`` if that is a module, else ``a.b`` (then ``c`` is a name
  that ``a/b/__init__.py`` defines or re-exports);
- relative imports are resolved against the importing module's package.
Loading ``a.b.c`` also runs ``a/__init__`` and ``a/b/__init__``; those implicit edges are not
counted, so a submodule importing a sibling by its full path (``from a.b.d import x``) is fine
while ``a/b/__init__`` re-exports both. Importing a name through the package instead
(``from a.b import x`` inside ``a.b.c``) is a cycle with that ``__init__`` and is reported.
A module importing itself is ignored.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

DEFAULT_PACKAGE = Path(__file__).resolve().parent.parent / "faktor4_tui"


@dataclass(frozen=True)
class Edge:
    """One import statement of the package that imports another module of it."""

    importer: str
    imported: str
    path: Path
    line: int


def module_files(package_dir: Path) -> dict[str, Path]:
    """Every module of the package by its dotted name (``pkg/sub/__init__.py`` is ``pkg.sub``)."""
    root = package_dir.resolve()
    modules: dict[str, Path] = {}
    for path in sorted(root.rglob("*.py")):
        parts = path.relative_to(root.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        if all(part.isidentifier() for part in parts):  # else not importable ("my-data/x.py")
            modules[".".join(parts)] = path
    return modules


def _base_package(module: str, is_package: bool, level: int) -> str:
    """The package a relative import of ``level`` dots starts from."""
    parts = module.split(".")
    if not is_package:
        parts = parts[:-1]
    return ".".join(parts[: len(parts) - (level - 1)]) if level > 1 else ".".join(parts)


def _known(name: str, modules: Mapping[str, Path]) -> str | None:
    """``name`` or its longest prefix that is a module of the package, else None."""
    parts = name.split(".")
    while parts:
        candidate = ".".join(parts)
        if candidate in modules:
            return candidate
        parts.pop()
    return None


def imports_of(module: str, path: Path, modules: Mapping[str, Path]) -> Iterator[Edge]:
    """The package-internal imports of one module, as edges."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    is_package = path.name == "__init__.py"
    seen: set[tuple[str, int]] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets = [_known(alias.name, modules) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            targets = list(_from_targets(module, is_package, node, modules))
        else:
            continue
        for target in targets:
            if target is not None and target != module and (target, node.lineno) not in seen:
                seen.add((target, node.lineno))
                yield Edge(module, target, path, node.lineno)


def _from_targets(
    module: str, is_package: bool, node: ast.ImportFrom, modules: Mapping[str, Path]
) -> Iterator[str | None]:
    """What ``from SOURCE import a, b`` imports: each name's submodule if it is one, else SOURCE."""
    if node.level:
        base = _base_package(module, is_package, node.level)
        source = f"{base}.{node.module}" if node.module else base
    else:
        source = node.module or ""
    for alias in node.names:
        submodule = f"{source}.{alias.name}"
        yield submodule if submodule in modules else _known(source, modules)


def import_graph(package_dir: Path) -> tuple[dict[str, set[str]], list[Edge]]:
    """The package's modules with the modules each imports, and every edge with its line."""
    modules = module_files(package_dir)
    graph: dict[str, set[str]] = {name: set() for name in modules}
    edges: list[Edge] = []
    for name, path in modules.items():
        for edge in imports_of(name, path, modules):
            graph[name].add(edge.imported)
            edges.append(edge)
    return graph, edges


def strongly_connected(graph: Mapping[str, set[str]]) -> list[list[str]]:
    """Tarjan's strongly connected components of more than one module, each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []
    counter = 0
    for start in sorted(graph):
        if start in index:
            continue
        work: list[tuple[str, Iterator[str]]] = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, successors = work[-1]
            for successor in successors:
                if successor not in index:
                    index[successor] = low[successor] = counter
                    counter += 1
                    stack.append(successor)
                    on_stack.add(successor)
                    work.append((successor, iter(sorted(graph[successor]))))
                    break
                if successor in on_stack:
                    low[node] = min(low[node], index[successor])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    component: list[str] = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        components.append(sorted(component))
    return sorted(components)


def find_cycles(package_dir: Path) -> tuple[list[list[str]], list[Edge], int]:
    """The import cycles of a package, the edges inside them, and the number of modules."""
    graph, edges = import_graph(package_dir)
    cycles = strongly_connected(graph)
    member_of = {module: number for number, cycle in enumerate(cycles) for module in cycle}
    inside = [
        edge
        for edge in edges
        if edge.importer in member_of and member_of[edge.importer] == member_of.get(edge.imported)
    ]
    return cycles, inside, len(graph)


def main(argv: list[str]) -> int:
    """Print the cycles (and the import lines that make them); 1 if there are any."""
    package_dir = Path(argv[0]) if argv else DEFAULT_PACKAGE
    if not (package_dir / "__init__.py").is_file():
        print(f"import cycles: {package_dir} is not a package (no __init__.py)", file=sys.stderr)
        return 2
    cycles, inside, count = find_cycles(package_dir)
    if not cycles:
        print(f"import cycles: 0 ({count} modules)")
        return 0
    base = package_dir.resolve().parent
    print(f"import cycles: {len(cycles)} ({count} modules)")
    for number, cycle in enumerate(cycles, 1):
        print(f"cycle {number} ({len(cycle)} modules): {', '.join(cycle)}")
        for edge in sorted(inside, key=lambda edge: (edge.importer, edge.line, edge.imported)):
            if edge.importer in cycle:
                print(f"  {edge.path.relative_to(base)}:{edge.line}: {edge.importer} -> {edge.imported}")
    return 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
