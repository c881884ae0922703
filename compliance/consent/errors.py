"""Errors of the consent ledger.

Messages name the field, the bad value when it is not personal data (a purpose
name, a channel), and the fix; never a subject id or evidence text.

Hierarchy::

    GuardError (compliance.core.errors)
    ├── RequestError
    │   └── ConsentError            422 invalid_consent: bad state, channel, source or kind
    │       └── UnknownPurpose      422 unknown_purpose: not in the declared purposes
    └── ConfigError
        └── PurposeConfigError      (``compliance.core.errors``: the settings validate purposes)

Erasure-related errors (``SubjectErased``) come from ``compliance.crypto``.
"""

from __future__ import annotations

from compliance.core.errors import RequestError


class ConsentError(RequestError):
    """A consent or opt-out event is malformed; nothing was recorded."""

    status = 422
    code = "invalid_consent"


class UnknownPurpose(ConsentError):
    """The purpose is not among the declared purposes (each needs a CNDP reference)."""

    code = "unknown_purpose"

    def __init__(self, purpose: str, *, known: tuple[str, ...]) -> None:
        super().__init__(
            f"purpose {purpose!r} is not declared; use one of {', '.join(known) or '(none)'}"
            " or declare it in the purposes settings",
            param="purpose",
        )
        self.purpose = purpose
