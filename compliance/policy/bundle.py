"""Load a policies directory into a Rego interpreter, once, or refuse to start.

A policies directory holds Rego modules anywhere below it (``cndp/*.rego``) and JSON data in
``data/``. Each ``data/<stem>.json`` is loaded at ``data.cndp.<stem>``; every engine (the
embedded one, an OPA server) must follow that convention so the same files mean the same
thing everywhere. ``*_test.rego`` modules are loaded only to run the policy tests. A data
file with a schema in ``schemas/<stem>.schema.json`` must satisfy it (``schema.py``).

The bundle's ``version`` hashes every loaded file (schemas included), so each decision in
the audit trail names exactly the policy text and data that produced it.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import regopy

from compliance.core.errors import ConfigError
from compliance.policy.schema import SCHEMA_DIR, SCHEMA_SUFFIX, schema_path, validate_data

DATA_ROOT = "cndp"
TEST_SUFFIX = "_test.rego"

# rego-cpp reports a location as "(error <n>:<file>|<byte offset>|<length>": <n> is the byte
# length of the file name, which may itself contain "|".
_ERROR_RE = re.compile(rb"\(error (\d+):")
_MESSAGE_RE = re.compile(rb"\(errormsg (\d+):")


@dataclass(frozen=True, slots=True)
class Module:
    """One Rego source file; ``path`` is relative to the policies directory, POSIX style."""

    path: str
    source: str


@dataclass(frozen=True, slots=True)
class PolicyBundle:
    """Everything an engine needs, read once from disk."""

    root: Path
    modules: tuple[Module, ...]
    data: Mapping[str, Any]
    version: str


def load_bundle(*, policy_dir: Path, include_tests: bool = False) -> PolicyBundle:
    """Read the modules and data of ``policy_dir``.

    Args:
        policy_dir: the policies directory (``policies/`` in the repository).
        include_tests: also load ``*_test.rego`` modules (to run the policy tests).

    Raises:
        ConfigError: the directory is missing or has no module, a file is not UTF-8, or a
            data file is not a JSON object or list. The service never runs without policy.
    """
    if not policy_dir.is_dir():
        raise ConfigError(
            f"policy directory '{policy_dir}' does not exist; give the path of the policies/ "
            "folder that holds the Rego modules"
        )
    rego_files = [
        path
        for path in sorted(policy_dir.rglob("*.rego"))
        if include_tests or not path.name.endswith(TEST_SUFFIX)
    ]
    if not any(not path.name.endswith(TEST_SUFFIX) for path in rego_files):
        raise ConfigError(
            f"policy directory '{policy_dir}' has no Rego module; refusing to run without a "
            "policy (add e.g. cndp/decision.rego)"
        )
    data_files = sorted((policy_dir / "data").glob("*.json"))
    schema_files = sorted((policy_dir / SCHEMA_DIR).glob(f"*{SCHEMA_SUFFIX}"))
    contents = {path: path.read_bytes() for path in [*rego_files, *data_files, *schema_files]}

    modules = tuple(
        Module(path=_relative(path, policy_dir), source=_text(path, contents[path]))
        for path in rego_files
    )
    data = {path.stem: _checked_json(policy_dir, path, contents) for path in data_files}
    digest = hashlib.sha256()
    for path in sorted(contents, key=lambda p: _relative(p, policy_dir)):
        name = _relative(path, policy_dir).encode()
        # Length-prefixed, so moving bytes between a name and a content changes the hash.
        for part in (name, contents[path]):
            digest.update(len(part).to_bytes(8, "big"))
            digest.update(part)
    return PolicyBundle(
        root=policy_dir,
        modules=modules,
        data={DATA_ROOT: data},
        version="sha256:" + digest.hexdigest()[:16],
    )


def fingerprint(*, policy_dir: Path) -> tuple[tuple[str, int, int], ...]:
    """(path, size, mtime_ns) of every file a bundle reads: cheap to compare, for hot reload.

    Test modules are left out (they are not served). A missing directory gives ``()``.
    """
    if not policy_dir.is_dir():
        return ()
    paths = [
        *(p for p in policy_dir.rglob("*.rego") if not p.name.endswith(TEST_SUFFIX)),
        *(policy_dir / "data").glob("*.json"),
        *(policy_dir / SCHEMA_DIR).glob(f"*{SCHEMA_SUFFIX}"),
    ]
    entries = []
    for path in paths:
        try:
            stat = path.stat()
        except OSError:
            continue  # removed while listing: the next check sees the new state
        entries.append((_relative(path, policy_dir), stat.st_size, stat.st_mtime_ns))
    return tuple(sorted(entries))


def new_interpreter(bundle: PolicyBundle) -> regopy.Interpreter:
    """An interpreter holding the bundle's modules and data.

    Raises:
        ConfigError: a module does not parse; the message names the file, line and column.
    """
    interpreter = regopy.Interpreter()
    try:
        for module in bundle.modules:
            interpreter.add_module(module.path, module.source)
        interpreter.add_data(bundle.data)
    except regopy.RegoError as exc:
        raise compile_error(bundle, exc) from None
    return interpreter


def compile_error(bundle: PolicyBundle, exc: Exception) -> ConfigError:
    """Turn a rego-cpp error into a ConfigError that says where the mistake is.

    The raw error is an S-expression with byte offsets; a policy author needs
    ``policies/cndp/x.rego:12:5: <what is wrong>``.
    """
    raw = str(exc).encode()
    message = _length_prefixed(raw, _MESSAGE_RE) or b"invalid Rego"
    where = str(bundle.root)
    error = _ERROR_RE.search(raw)
    if error is not None:
        start = error.end()
        name = raw[start : start + int(error.group(1))].decode(errors="replace")
        offset = re.match(rb"\|(\d+)\|", raw[start + int(error.group(1)) :])
        sources = {module.path: module.source for module in bundle.modules}
        if name in sources and offset is not None:
            line, column = _line_column(sources[name], int(offset.group(1)))
            where = f"{bundle.root / name}:{line}:{column}"
        elif name:
            where = str(bundle.root / name)
    count = len(_ERROR_RE.findall(raw))
    more = f" (and {count - 1} more)" if count > 1 else ""
    return ConfigError(
        f"policy {where}: {message.decode(errors='replace')}{more}; fix the Rego module and "
        "run `cndp-guard policy test`"
    )


def _length_prefixed(raw: bytes, pattern: re.Pattern[bytes]) -> bytes | None:
    found = pattern.search(raw)
    if found is None:
        return None
    start = found.end()
    return raw[start : start + int(found.group(1))]


def _line_column(source: str, byte_offset: int) -> tuple[int, int]:
    before = source.encode()[:byte_offset].decode(errors="replace")
    line = before.count("\n") + 1
    return line, len(before) - (before.rfind("\n") + 1) + 1


def _relative(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix()


def _text(path: Path, content: bytes) -> str:
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError(
            f"policy file '{path}' is not UTF-8 (byte {exc.start}); save it as UTF-8"
        ) from None


def _checked_json(policy_dir: Path, path: Path, contents: Mapping[Path, bytes]) -> Any:
    text = _text(path, contents[path])
    value = _json(path, text)
    schema_file = schema_path(policy_dir, path.stem)
    if schema_file in contents:
        schema = _json(schema_file, _text(schema_file, contents[schema_file]))
        validate_data(path=path, text=text, value=value, schema_file=schema_file, schema=schema)
    return value


def _json(path: Path, text: str) -> Any:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfigError(
            f"policy data {path}:{exc.lineno}:{exc.colno}: invalid JSON ({exc.msg}); fix the "
            f"file, it is loaded at data.{DATA_ROOT}.{path.stem}"
        ) from None
    if not isinstance(value, dict | list):
        raise ConfigError(
            f"policy data '{path}' holds a {type(value).__name__}; it must be a JSON object "
            f"or list (it is loaded at data.{DATA_ROOT}.{path.stem})"
        )
    return value
