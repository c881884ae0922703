"""Consent ledger: declared purposes, consents and opt-outs (append-only), erasure."""

from compliance.consent.erasure import erase_subject, erase_subject_hash
from compliance.consent.errors import ConsentError, UnknownPurpose
from compliance.consent.ledger import EMPTY_SNAPSHOT, ConsentLedger, ConsentSnapshot
from compliance.consent.records import (
    OPT_OUT_KINDS,
    ConsentStatus,
    consent_evidence,
    consent_history,
    consent_state,
    current_consents,
    current_opt_outs,
    ensure_subject,
    opt_out_history,
    record_consent,
    set_opt_out,
)
from compliance.core.errors import PurposeConfigError
from compliance.core.purposes import (
    CndpReference,
    LawfulBasis,
    LocalizedText,
    Purpose,
    load_purposes,
)
from compliance.crypto.errors import SubjectErased
from compliance.store.models import ConsentState

__all__ = [
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
]
