"""Each package of ``compliance`` imports only packages below it.

Every import counts, at module level, deferred inside a function, or under
``TYPE_CHECKING``: each is a dependency a reader must hold in mind, and a deferred
import that goes up is a cycle held apart by timing. ``LAYERS`` is the one place the
order is written, bottom first; DESIGN.md's "Layers" section says why.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "compliance"

# Bottom first. A unit is a subpackage (``detect``) or a top-level module (``app``).
# A unit may import itself and any unit before it, never one after it.
LAYERS: tuple[str, ...] = (
    "__init__",  # the version, nothing else
    "core",  # settings, errors, declared purposes, logs, metrics
    "store",  # engine, sessions, tables, migrations, caches
    "crypto",  # pure primitives: root key, KEKs, envelope encryption
    "subjects",  # per-subject data keys and their rotation
    "trail",  # step 6: the audit trail's service side
    "detect",  # step 4
    "images",  # step 4 for image parts: OCR, faces, metadata, and their redaction
    "policy",  # step 5
    "minimize",  # step 7 (and the restore half of step 9)
    "consent",  # the ledger the guard reads and people write
    "callers",  # applications and their tokens
    "http",  # errors to responses, limits: what every router shares
    "guard",  # steps 3-7 and the answer's scan: the fail-closed core
    "proxy",  # steps 1, 2, 8, 9 over HTTP: routes, reader, forward, streaming
    "people",  # the rights service shared by the portal and the API
    "register",  # the processing register, from the trail
    "scrub",  # datasets through the same guard, offline
    "portal",  # the people's pages and the rights service
    "api",  # the host applications' API, over the portal's rights service
    "demo",  # the demo upstream and its token
    "health",
    "openapi",
    "hooks",
    "lifespan",  # warm-up at start, closing at stop
    "wiring",  # every part built from the settings, the portal mounted
    "app",  # the parts put on the FastAPI app
    "cli",  # the command, on top of everything it can start
)


def unit_of(parts: tuple[str, ...]) -> str:
    """``('compliance', 'detect', 'engine')`` -> ``detect``; ``('compliance', 'app')`` -> ``app``."""
    if len(parts) == 1:
        return "__init__"
    return parts[1]


def module_parts(path: Path) -> tuple[str, ...]:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return parts[:-1] if parts[-1] == "__init__" else parts


def imported(path: Path, here: tuple[str, ...] | None = None) -> list[tuple[int, tuple[str, ...]]]:
    """(line, module) for every ``compliance`` import anywhere in the file.

    ``here`` names the module the file is (by default, its place under the repository).
    """
    here = here or module_parts(path)
    package = here if path.name == "__init__.py" else here[:-1]
    found: list[tuple[int, tuple[str, ...]]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, tuple(a.name.split("."))) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                target = base + tuple((node.module or "").split(".") if node.module else ())
            else:
                target = tuple((node.module or "").split("."))
            if target == ("compliance",):
                # ``from compliance import x``: x is a unit of its own or a name of the root.
                found += [
                    (node.lineno, ("compliance", a.name) if is_unit(a.name) else target)
                    for a in node.names
                ]
            else:
                found.append((node.lineno, target))
    return [(line, t) for line, t in found if t[0] == "compliance"]


def is_unit(name: str) -> bool:
    return (PACKAGE / name).is_dir() or (PACKAGE / f"{name}.py").is_file()


def upward_imports(layers: tuple[str, ...]) -> list[str]:
    rank = {unit: i for i, unit in enumerate(layers)}
    problems: list[str] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        source = unit_of(module_parts(path))
        for line, target in imported(path):
            unit = unit_of(target)
            if unit == source:
                continue
            where = f"{path.relative_to(ROOT)}:{line}"
            if unit not in rank or source not in rank:
                problems.append(f"{where}: {source} -> {unit}: not in LAYERS")
            elif rank[unit] > rank[source]:
                problems.append(f"{where}: {source} imports {'.'.join(target)}, a layer above it")
    return problems


def test_every_unit_of_the_package_has_a_layer() -> None:
    units = {unit_of(module_parts(p)) for p in PACKAGE.rglob("*.py")}
    assert units <= set(LAYERS), sorted(units - set(LAYERS))
    assert len(set(LAYERS)) == len(LAYERS)


def test_no_package_imports_one_above_it() -> None:
    """An upward import is also the only way to make a cycle between packages."""
    assert upward_imports(LAYERS) == []


def test_the_check_sees_deferred_and_type_checking_imports(tmp_path: Path) -> None:
    """The walk reaches imports inside functions and ``if TYPE_CHECKING:`` blocks."""
    source = tmp_path / "m.py"
    source.write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from compliance.app import create_app\n"
        "def f():\n    import compliance.cli\n",
        encoding="utf-8",
    )
    found = {t for _, t in imported(source, ("compliance", "core", "m"))}
    assert found == {("compliance", "app"), ("compliance", "cli")}


@pytest.mark.parametrize(
    ("low", "high"), [("core", "consent"), ("crypto", "subjects"), ("guard", "proxy")]
)
def test_swapping_two_layers_is_caught(low: str, high: str) -> None:
    """The order is not vacuous: each of these pairs has a real import that pins it."""
    layers = list(LAYERS)
    i, j = layers.index(low), layers.index(high)
    layers[i], layers[j] = layers[j], layers[i]
    assert upward_imports(tuple(layers)) != []
