"""Erasure (right to be forgotten) by crypto-shredding.

The subject's data key is deleted and an erasure event (blind index and time,
nothing else) is recorded. Their sealed id and evidence stay in the database,
unreadable; their pseudonyms can never be re-derived; the audit trail, which
holds only keyed hashes, still verifies. Consent and opt-out events keep their
clear columns (purpose, state, channel, source, time) as the controller's proof
of lawful past processing; they hold no personal value.
"""

from __future__ import annotations

import structlog
from sqlmodel import Session

from compliance.store.epoch import CONSENT_EPOCH, bump_epoch
from compliance.store.models import ErasureEventPublic
from compliance.subjects import SubjectKeys

log = structlog.get_logger(__name__)


def erase_subject(*, session: Session, keys: SubjectKeys, subject: str) -> ErasureEventPublic:
    """Crypto-shred ``subject`` in the caller's transaction; idempotent."""
    return erase_subject_hash(session=session, keys=keys, subject_hash=keys.subject_hash(subject))


def erase_subject_hash(
    *, session: Session, keys: SubjectKeys, subject_hash: str
) -> ErasureEventPublic:
    """Crypto-shred the subject with this blind index (for callers that only hold the hash)."""
    erasure = keys.destroy(session=session, subject_hash=subject_hash)
    bump_epoch(session=session, name=CONSENT_EPOCH)
    log.info("consent.subject_erased", erased_at=erasure.erased_at.isoformat())
    return erasure
