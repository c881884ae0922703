"""Print the import graph of `compliance/`, aggregated by top-level subpackage.

Every import counts: top-level, deferred (inside functions) and `TYPE_CHECKING` ones,
because each of them is a dependency a reader has to hold in mind. Prints the edges
between subpackages with the modules that make them, then the strongly connected
components (cycles) of that graph.

    python scripts/import_graph.py [--modules]
"""

from __future__ import annotations

import ast
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "compliance"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_of(path: Path) -> set[str]:
    """Every `compliance` module `path` imports, at any depth of its code."""
    name = module_name(path)
    is_package = path.name == "__init__.py"
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".")
                base = base[: len(base) - node.level + (1 if is_package else 0)]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            found.add(target)
            found.update(f"{target}.{alias.name}" for alias in node.names)
    return {f for f in found if f == PACKAGE or f.startswith(PACKAGE + ".")}


def group(module: str) -> str:
    """`compliance.detect.engine` -> `detect`; `compliance.app` -> `app`."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "(root)"


def strongly_connected(graph: dict[str, set[str]]) -> list[list[str]]:
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    sys.setrecursionlimit(10000)
    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def main() -> None:
    files = sorted((ROOT / PACKAGE).rglob("*.py"))
    known = {module_name(f) for f in files}
    edges: dict[tuple[str, str], set[str]] = defaultdict(set)
    for f in files:
        src = module_name(f)
        for target in imports_of(f):
            while target not in known and "." in target:
                target = target.rsplit(".", 1)[0]
            a, b = group(src), group(target)
            if a != b:
                edges[(a, b)].add(
                    f"{src.removeprefix(PACKAGE + '.')} -> {target.removeprefix(PACKAGE + '.')}"
                )
    graph: dict[str, set[str]] = defaultdict(set)
    for a, b in edges:
        graph[a].add(b)
    for (a, b), why in sorted(edges.items()):
        print(f"{a} -> {b} ({len(why)})")
        if "--modules" in sys.argv:
            for w in sorted(why):
                print(f"    {w}")
    print()
    for comp in strongly_connected(graph):
        print("cycle:", " ".join(comp))


if __name__ == "__main__":
    main()
