"""SQLModel tables of the data of record, by family (``XBase``/``XCreate``/``X``/``XPublic``).

Importing this package registers every table on ``SQLModel.metadata``; the
Alembic migrations must produce exactly that metadata (a test compares them).
"""

from compliance.store.models.audit_record import AuditRecord
from compliance.store.models.consent import (
    ConsentEvent,
    ConsentEventBase,
    ConsentEventCreate,
    ConsentEventPublic,
    ConsentState,
    OptOutEvent,
    OptOutEventBase,
    OptOutEventCreate,
    OptOutEventPublic,
)
from compliance.store.models.epoch import CacheEpoch
from compliance.store.models.people import (
    ApiToken,
    ApiTokenBase,
    ApiTokenPublic,
    PortalLink,
    PortalLinkBase,
    PortalLinkPublic,
    PortalSession,
    RightsKind,
    RightsRequest,
    RightsRequestBase,
    RightsRequestCreate,
    RightsRequestPublic,
    RightsStatus,
)
from compliance.store.models.subjects import (
    DataSubject,
    DataSubjectPublic,
    ErasureEvent,
    ErasureEventPublic,
    SubjectKey,
    SubjectKeyPublic,
)

__all__ = [
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
]
