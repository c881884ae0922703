"""Bodies of the ``/api/v1`` endpoints. A subject id travels in bodies, never in URLs.

Subject ids are personal data: a URL ends up in access logs, proxies and browser
histories, a body does not. That is why reads that name a subject are ``POST``s.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from compliance.consent.records import Channel as ChannelName
from compliance.store.models import (
    ConsentEventPublic,
    ErasureEventPublic,
    OptOutEventPublic,
    RightsKind,
    RightsRequestPublic,
)

Subject = Field(min_length=1, max_length=256, description="The host application's subject id.")
_API: ChannelName = "api"
Channel = Field(
    default=_API,
    description="How the choice was collected (a fixed list: the column is kept in clear).",
)
Source = Field(
    min_length=1,
    max_length=128,
    description="The system that collected it, e.g. crm:signup; stored encrypted under the"
    " subject's key, like their other data.",
)


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ConsentIn(_In):
    subject: str = Subject
    purpose: str = Field(min_length=1, max_length=64)
    state: Literal["granted", "withdrawn"]
    channel: ChannelName = Channel
    source: str = Source
    evidence: str | None = Field(
        default=None,
        max_length=16_384,
        description="What proves the choice (form version, text shown...); stored encrypted.",
    )


class OptOutIn(_In):
    subject: str = Subject
    kind: str = Field(
        min_length=1,
        max_length=64,
        description="marketing, personalization, profiling or a purpose",
    )
    opted_out: bool = True
    channel: ChannelName = Channel
    source: str = Source


class SubjectIn(_In):
    subject: str = Subject


class SubjectConsents(BaseModel):
    subject_hash: str
    erased_at: datetime | None
    consents: dict[str, Literal["granted", "withdrawn"]]
    opt_outs: list[str]
    history: list[ConsentEventPublic]
    opt_out_history: list[OptOutEventPublic]


class PurposeOut(BaseModel):
    name: str
    lawful_basis: str
    description: dict[str, str]
    summary: str
    data_categories: list[str]
    retention_days: int | None
    cndp_references: list[str]
    opt_outs: list[str]
    countries: list[str]


class LinkIn(_In):
    subject: str = Subject
    language: Literal["fr", "ar", "en"] | None = None
    ttl_seconds: int | None = Field(
        default=None, ge=60, description="At most the configured link_ttl_seconds."
    )


class LinkOut(BaseModel):
    url: str = Field(description="Send this to the person; it opens once.")
    link_id: str
    language: str
    expires_at: datetime


class RightsIn(_In):
    subject: str = Subject
    kind: RightsKind
    details: str | None = Field(
        default=None, max_length=4000, description="What the person asked; stored encrypted."
    )
    channel: ChannelName = Channel
    source: str | None = Field(
        default=None,
        min_length=1,
        max_length=128,
        description="Who received it [default: the calling token's name]; stored encrypted.",
    )


class RightsOut(RightsRequestPublic):
    overdue: bool


class RightsDetail(RightsOut):
    details: str | None
    details_erased: bool = Field(description="The subject was erased: details are unreadable.")


class DueOut(BaseModel):
    now: datetime
    overdue: list[RightsOut]
    due: list[RightsOut]


class ResolveIn(_In):
    outcome: Literal["completed", "rejected"]
    reason: str | None = Field(
        default=None,
        description="For a rejection: manifestly_abusive, identity_not_proven, legal_obligation"
        " or no_data. For a completion, optionally: answered (the default), data_sent,"
        " rectified, erased, objection_applied or reviewed.",
        pattern=r"^[a-z_]{1,32}$",
    )


class ResolveOut(BaseModel):
    request: RightsOut
    erasure: ErasureEventPublic | None = Field(
        description="Set when completing an erasure request crypto-shredded the subject."
    )


ExportOut = dict[str, Any]
