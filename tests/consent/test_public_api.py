"""Public surfaces of the data-of-record packages, and what a ``*Public`` model may show."""

from __future__ import annotations

import importlib

import pytest
from pydantic import BaseModel

import compliance.store.models as models


@pytest.mark.parametrize(
    "package", ["compliance.consent", "compliance.crypto", "compliance.store.models"]
)
def test_all_is_sorted_and_every_name_exists(package: str) -> None:
    module = importlib.import_module(package)
    assert list(module.__all__) == sorted(module.__all__)
    for name in module.__all__:
        assert hasattr(module, name), name


def test_no_public_model_exposes_an_encrypted_column() -> None:
    public = [getattr(models, n) for n in models.__all__ if n.endswith("Public")]
    assert len(public) >= 5
    for model in public:
        assert issubclass(model, BaseModel)
        exposed = set(model.model_fields)
        assert not {f for f in exposed if f.endswith("_enc") or f == "wrapped_key"}, model
