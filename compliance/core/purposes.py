"""Declared processing purposes: what each one is for, on what basis, for how long.

Law 09-08 requires a purpose to be specified, explicit and legitimate (art. 3),
processing to rest on consent or another lawful basis (art. 4), and most
processing to be declared to or authorised by the CNDP beforehand (art. 12).
A ``Purpose`` carries all of it so the ledger, the portal and the policy read
one definition. The settings layer owns where the list comes from.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from compliance.core.errors import PurposeConfigError

NAME = re.compile(r"^[a-z][a-z0-9_-]{0,63}$")

LawfulBasis = Literal[
    "consent",  # art. 4 first paragraph: the subject's unambiguous consent
    "legal_obligation",  # art. 4 (a)
    "public_interest",  # art. 4 (b): a mission of public interest or official authority
    "contract",  # art. 4 (c): performance of a contract with the subject
    "vital_interest",  # art. 4 (d)
    "legitimate_interest",  # art. 4 (e): unless the subject's rights override it
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class LocalizedText(_Strict):
    """One text in the three languages the portal speaks."""

    fr: str = Field(min_length=1)
    ar: str = Field(min_length=1)
    en: str = Field(min_length=1)


class CndpReference(_Strict):
    """The CNDP receipt that covers the purpose: a declaration or an authorization number."""

    kind: Literal["declaration", "authorization"]
    number: str = Field(min_length=1, max_length=64)


class Purpose(_Strict):
    """One declared purpose of processing."""

    name: str
    description: LocalizedText
    lawful_basis: LawfulBasis
    data_categories: tuple[str, ...] = Field(min_length=1)
    retention_days: int = Field(gt=0, le=36_500)
    cndp: CndpReference | None = None

    @field_validator("name")
    @classmethod
    def _name(cls, value: str) -> str:
        if not NAME.match(value):
            raise ValueError(
                f"name {value!r} is not allowed; use lowercase letters, digits, '-' or '_'"
                " (e.g. assistant)"
            )
        return value

    @property
    def needs_consent(self) -> bool:
        """Only consent-based purposes need a granted consent before processing."""
        return self.lawful_basis == "consent"


def load_purposes(items: Iterable[Mapping[str, Any]]) -> dict[str, Purpose]:
    """Validate a list of purpose documents; return them by name.

    Raises:
        PurposeConfigError: naming the entry (by index and name) and every bad key.
    """
    purposes: dict[str, Purpose] = {}
    problems: list[str] = []
    for index, item in enumerate(items):
        label = f"purposes[{index}]" + (f" ({item['name']!r})" if "name" in item else "")
        try:
            purpose = Purpose.model_validate(item)
        except ValidationError as exc:
            for error in exc.errors():
                where = ".".join(str(part) for part in error["loc"]) or "(entry)"
                message = error["msg"].removeprefix("Value error, ")
                if error["type"] == "extra_forbidden":
                    message = "unknown key; remove it or check its spelling"
                problems.append(f"  {label}.{where}: {message}")
            continue
        if purpose.name in purposes:
            problems.append(f"  {label}.name: purpose {purpose.name!r} is declared twice")
            continue
        purposes[purpose.name] = purpose
    if problems:
        raise PurposeConfigError("invalid purposes:\n" + "\n".join(problems))
    return purposes


def declared_names(purposes: Mapping[str, Purpose] | None, policy_dir: Path) -> frozenset[str]:
    """Names of the declared purposes: the settings' list, else the policy bundle's.

    The audit trail records a request's purpose by name only when it is one of
    these; any other ``X-Purpose`` is the caller's free text.
    """
    if purposes is not None:
        return frozenset(purposes)
    try:
        document = json.loads((policy_dir / "data" / "purposes.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return frozenset()
    return (
        frozenset(name for name in document if isinstance(name, str))
        if isinstance(document, dict)
        else frozenset()
    )
