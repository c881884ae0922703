"""The rights service: what a person may do about their data, shared by the portal and the API.

Consents and objections (through the ``ConsentLedger`` the proxy reads), rights
requests and their art. 8 deadlines, the data export, links and sessions of the
portal, erasure. Each operation appends its audit record. The portal (a person,
through their link) and the host-application API (``/api/v1``) call the same
``PeopleService``; neither writes the ledger itself.
"""

from compliance.people.catalog import Catalog, PurposeEntry, load_catalog
from compliance.people.errors import (
    CsrfRejected,
    FormError,
    LinkExpired,
    LinkInvalid,
    LinkUsed,
    PageNotFound,
    PortalError,
    RateLimited,
    RightsRequestClosed,
    RightsRequestNotFound,
    SessionMissing,
)
from compliance.people.rights import CLEAR_DAYS, art8_deadline
from compliance.people.service import Actor, PeopleService

__all__ = [
    "Actor",
    "CLEAR_DAYS",
    "Catalog",
    "CsrfRejected",
    "FormError",
    "LinkExpired",
    "LinkInvalid",
    "LinkUsed",
    "PageNotFound",
    "PeopleService",
    "PortalError",
    "PurposeEntry",
    "RateLimited",
    "RightsRequestClosed",
    "RightsRequestNotFound",
    "SessionMissing",
    "art8_deadline",
    "load_catalog",
]
