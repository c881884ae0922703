"""Public surfaces of the data-of-record packages, and what a ``*Public`` model may show."""

from __future__ import annotations

import importlib

import pytest
from pydantic import BaseModel

import compliance.store.models as models

# Every public name, exactly: removing, adding or renaming one is a decision this shows.
PUBLIC: dict[str, list[str]] = {
    "compliance.consent": [
        "CndpReference",
        "ConsentError",
        "ConsentLedger",
        "ConsentSnapshot",
        "ConsentState",
        "ConsentStatus",
        "EMPTY_SNAPSHOT",
        "LawfulBasis",
        "LocalizedText",
        "OPT_OUT_KINDS",
        "Purpose",
        "PurposeConfigError",
        "SubjectErased",
        "UnknownPurpose",
        "consent_evidence",
        "consent_history",
        "consent_state",
        "current_consents",
        "current_opt_outs",
        "ensure_subject",
        "erase_subject",
        "erase_subject_hash",
        "load_purposes",
        "opt_out_history",
        "record_consent",
        "set_opt_out",
    ],
    "compliance.store.models": [
        "ApiToken",
        "ApiTokenBase",
        "ApiTokenPublic",
        "AuditRecord",
        "CacheEpoch",
        "ConsentEvent",
        "ConsentEventBase",
        "ConsentEventCreate",
        "ConsentEventPublic",
        "ConsentState",
        "DataSubject",
        "DataSubjectPublic",
        "ErasureEvent",
        "ErasureEventPublic",
        "OptOutEvent",
        "OptOutEventBase",
        "OptOutEventCreate",
        "OptOutEventPublic",
        "PortalLink",
        "PortalLinkBase",
        "PortalLinkPublic",
        "PortalSession",
        "RightsKind",
        "RightsRequest",
        "RightsRequestBase",
        "RightsRequestCreate",
        "RightsRequestPublic",
        "RightsStatus",
        "SubjectKey",
        "SubjectKeyPublic",
    ],
}


@pytest.mark.parametrize("package", sorted(PUBLIC))
def test_all_is_exactly_the_public_surface_and_every_name_exists(package: str) -> None:
    module = importlib.import_module(package)
    assert list(module.__all__) == PUBLIC[package]
    assert PUBLIC[package] == sorted(PUBLIC[package])
    assert [name for name in module.__all__ if not hasattr(module, name)] == []


def test_no_public_model_exposes_an_encrypted_column() -> None:
    public = [getattr(models, n) for n in models.__all__ if n.endswith("Public")]
    assert len(public) >= 5
    for model in public:
        assert issubclass(model, BaseModel)
        exposed = set(model.model_fields)
        assert not {f for f in exposed if f.endswith("_enc") or f == "wrapped_key"}, model
