"""Run the Rego unit tests of a policies directory, like ``opa test`` (``cndp-guard policy test``).

Every rule named ``test_*`` in any loaded module is a test; it passes when it evaluates to
``true`` (undefined or false fails, an engine error fails with a message).

All tests are compiled into one bundle (about 20x faster than a query per test) and run in
a child process: rego-cpp 1.5.2 aborts the whole process on some valid Rego, notably
``with input as {...}`` over rules that call a built-in, and that must come back as failed
tests with a hint, not kill ``cndp-guard`` or pytest. The abort happens while compiling, so
no test of the bundle can run; every test not finished is reported failed, and the message
points at each ``with input as`` it finds. The child writes one JSON line per finished test
to a file, which survives it.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass
from functools import partial
from pathlib import Path
from typing import Any, ClassVar

import regopy

from compliance.policy.bundle import PolicyBundle, load_bundle, new_interpreter

_PACKAGE_RE = re.compile(r"^package\s+([A-Za-z_][\w.]*)", re.MULTILINE)
_TEST_RULE_RE = re.compile(r"^(test_\w+)\b", re.MULTILINE)
_ENGINE_MESSAGE_RE = re.compile(r"\(errormsg \d+:(.*)\)")
_CHILD_TIMEOUT_SECONDS = 300.0
# The child ends with os._exit once its results file is closed: freeing the compiled
# bundle's syntax trees (about 2 GB of small nodes) took a second for nothing.
_CHILD_CODE = (
    "import os, sys; from compliance.policy.rego_tests import _child_main; "
    "os._exit(_child_main(sys.argv[1:]))"
)
# The directory that holds the `compliance` package, so the child imports this very code
# even when it is not installed (a source checkout under pytest).
_IMPORT_ROOT = str(Path(__file__).resolve().parents[2])
_WITH_INPUT_RE = re.compile(r"\bwith\s+input\s+as\b")
_KNOWN_CRASH = (
    "; rego-cpp 1.5.2 crashes on `with input as {{...}}` over rules that call a built-in "
    "(found at {places}): override input key by key instead (`with input.purpose as ...`)"
)


@dataclass(frozen=True, slots=True)
class TestResult:
    """The outcome of one Rego test; ``name`` is its full reference, ``data.<pkg>.<rule>``."""

    __test__: ClassVar[bool] = False  # a result, not a pytest test class

    name: str
    passed: bool
    error: str | None = None


def run_rego_tests(*, policy_dir: Path) -> list[TestResult]:
    """Run every ``test_*`` rule under ``policy_dir``, in discovery order.

    Raises:
        ConfigError: a module does not parse or a data file is invalid (as for serving),
            so a broken policy is reported once with its file and line.
    """
    bundle = load_bundle(policy_dir=policy_dir, include_tests=True)
    new_interpreter(bundle)  # parse errors surface here, in-process, as ConfigError
    names = discover_tests(bundle)
    results, how = _run_child(policy_dir, names)
    if how is not None:
        error = f"not run: the Rego engine's process died ({how}){_crash_hint(bundle)}"
        done = {result.name for result in results}
        results += [TestResult(name=n, passed=False, error=error) for n in names if n not in done]
    return results


def discover_tests(bundle: PolicyBundle) -> list[str]:
    """The ``data.<pkg>.test_*`` references of the bundle, each once, in file order.

    A rule may have several bodies (``test_x if {...}`` twice); it is still one test.
    """
    names: dict[str, None] = {}
    for module in bundle.modules:
        package = _PACKAGE_RE.search(module.source)
        if package is None:
            continue
        for rule in _TEST_RULE_RE.findall(module.source):
            names[f"data.{package.group(1)}.{rule}"] = None
    return list(names)


def evaluate_tests(bundle: PolicyBundle, names: Sequence[str]) -> Iterator[TestResult]:
    """Evaluate tests in this process (the child's job: it may crash, see the module doc)."""
    interpreter = new_interpreter(bundle)
    entrypoints = [name.removeprefix("data.").replace(".", "/") for name in names]
    try:
        tests = interpreter.build(None, entrypoints)
    except regopy.RegoError:
        # One query per test pins the error on the test that has it.
        interpreter = new_interpreter(bundle)
        for name in names:
            yield _result(name, partial(interpreter.query, name))
        return
    for name, entrypoint in zip(names, entrypoints, strict=True):
        yield _result(name, partial(interpreter.query_bundle_entrypoint, tests, entrypoint))


def _result(name: str, query: Callable[[], Any]) -> TestResult:
    try:
        output = query()
    except json.JSONDecodeError as exc:
        # regopy parses the engine's text as JSON; an evaluation error is not JSON.
        return TestResult(name=name, passed=False, error=_engine_error(exc.doc))
    except (regopy.RegoError, ValueError) as exc:
        return TestResult(name=name, passed=False, error=_engine_error(str(exc)))
    if not output.ok():
        return TestResult(name=name, passed=False, error=_engine_error(str(output)))
    expressions = output.results[0].expressions if len(output.results) == 1 else []
    return TestResult(name=name, passed=expressions == [True])


def _engine_error(text: str) -> str:
    found = _ENGINE_MESSAGE_RE.search(text)
    detail = found.group(1) if found else "no detail from the engine"
    return f"evaluation error: {detail}"


def _crash_hint(bundle: PolicyBundle) -> str:
    places = [
        f"{bundle.root / module.path}:{number}"
        for module in bundle.modules
        for number, line in enumerate(module.source.splitlines(), start=1)
        if _WITH_INPUT_RE.search(line)
    ]
    return _KNOWN_CRASH.format(places=", ".join(places)) if places else ""


def _run_child(policy_dir: Path, names: list[str]) -> tuple[list[TestResult], str | None]:
    """Run ``names`` in a child; return what finished and, if it died early, how."""
    python_path = os.pathsep.join(filter(None, [_IMPORT_ROOT, os.environ.get("PYTHONPATH")]))
    with tempfile.TemporaryDirectory(prefix="cndp-rego-tests-") as tmp:
        results_path = Path(tmp) / "results.jsonl"
        command = [sys.executable, "-c", _CHILD_CODE, str(policy_dir), str(results_path)]
        how: str | None = None
        try:
            # Our own interpreter and code, arguments as a list: no shell involved.
            completed = subprocess.run(  # noqa: S603
                [*command, *names],
                capture_output=True,
                timeout=_CHILD_TIMEOUT_SECONDS,
                check=False,
                env={**os.environ, "PYTHONPATH": python_path},
            )
            if completed.returncode < 0:
                how = f"killed by signal {-completed.returncode}"
            elif completed.returncode > 0:
                last = completed.stderr.decode(errors="replace").strip().splitlines()[-1:]
                how = ": ".join([f"exit status {completed.returncode}", *last])
        except subprocess.TimeoutExpired:
            how = f"no result within {_CHILD_TIMEOUT_SECONDS:.0f} s"
        lines = results_path.read_text().splitlines() if results_path.exists() else []
    finished = [TestResult(**json.loads(line)) for line in lines]
    if how is None and len(finished) < len(names):
        how = "the test run stopped early"
    return finished, how


def _child_main(argv: Sequence[str]) -> int:
    policy_dir, results_path, *names = argv
    bundle = load_bundle(policy_dir=Path(policy_dir), include_tests=True)
    results = evaluate_tests(bundle, names)
    with Path(results_path).open("a", encoding="utf-8") as out:
        for result in results:
            out.write(json.dumps(asdict(result)) + "\n")
            out.flush()  # what is written survives a crash on the next test
    return 0
