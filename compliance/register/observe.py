"""What the audit trail shows the sidecar actually did: one pass over the decision records.

Only what the records hold is counted: routes, destination countries, purposes,
entity types and sensitive categories, the action applied to each, reason codes
and policy versions. No record holds a personal value, so neither does this.

Refusals and grounds are counted apart: a refused request to the US also says it rests
on a contract, and that ground is not a refusal. A record that lists ``refusals`` (and
``grounds``) is read as it says; an older record has one ``reasons`` list, whose codes
are told apart by the policy's catalogue (``roles``: code -> "refusal" | "ground", from
``policies/data/messages.json``). A code the catalogue does not know counts as a refusal
in a refused record (a refusal needs a reason) and as a ground in an allowed one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from audit import ChainedRecord, decode

TRANSFER_PREFIXES = ("cross_border.", "residency.")


@dataclass(slots=True)
class RouteTraffic:
    """One route (one recipient): where it is and what went to it."""

    country: str | None = None
    provider: str | None = None
    kinds: Counter[str] = field(default_factory=Counter)
    purposes: Counter[str] = field(default_factory=Counter)
    allowed: int = 0
    denied: int = 0
    with_personal_data: int = 0
    transfer_bases: Counter[str] = field(default_factory=Counter)
    references: Counter[str] = field(default_factory=Counter)


@dataclass(slots=True)
class PurposeTraffic:
    requests: int = 0
    allowed: int = 0
    entities: Counter[str] = field(default_factory=Counter)
    sensitive: Counter[str] = field(default_factory=Counter)
    routes: Counter[str] = field(default_factory=Counter)
    countries: Counter[str] = field(default_factory=Counter)


@dataclass(slots=True)
class PolicyVersion:
    decisions: int = 0
    first_seen: str = ""
    last_seen: str = ""


@dataclass(slots=True)
class DatasetScrubs:
    """The ``cndp-guard scrub`` jobs of one purpose: datasets minimized for it, in rows."""

    jobs: int = 0
    failed: int = 0
    parts: int = 0
    rows_in: int = 0
    rows_out: int = 0
    rows_dropped: int = 0
    rows_erased: int = 0
    dropped_by_reason: Counter[str] = field(default_factory=Counter)
    entities: Counter[str] = field(default_factory=Counter)
    countries: Counter[str] = field(default_factory=Counter)


@dataclass(slots=True)
class Observed:
    """Aggregates over the decision records of a period."""

    records: int = 0
    decisions: int = 0
    allowed: int = 0
    denied: int = 0
    first_seen: str | None = None
    last_seen: str | None = None
    routes: dict[str, RouteTraffic] = field(default_factory=dict)
    purposes: dict[str, PurposeTraffic] = field(default_factory=dict)
    entities: Counter[str] = field(default_factory=Counter)
    sensitive: Counter[str] = field(default_factory=Counter)
    actions: Counter[tuple[str, str]] = field(default_factory=Counter)
    entities_per_week: dict[str, Counter[str]] = field(default_factory=dict)
    transfers_by_country: Counter[str] = field(default_factory=Counter)
    denials_by_reason: Counter[str] = field(default_factory=Counter)  # refusal codes only
    grounds_by_reason: Counter[str] = field(default_factory=Counter)
    reasons: Counter[str] = field(default_factory=Counter)
    policy_versions: dict[str, PolicyVersion] = field(default_factory=dict)
    datasets: dict[str, DatasetScrubs] = field(default_factory=dict)  # purpose -> scrub jobs


def _week(time: str) -> str | None:
    try:
        year, week, _ = datetime.fromisoformat(time.replace("Z", "+00:00")).isocalendar()
    except ValueError:
        return None
    return f"{year}-W{week:02d}"


def _counts(value: Any) -> dict[str, int]:
    if isinstance(value, Mapping):
        return {str(k): int(v) for k, v in value.items() if isinstance(v, int)}
    if isinstance(value, list):
        return dict(Counter(str(v) for v in value))
    return {}


def _reference(body: Mapping[str, Any]) -> str | None:
    transfer = body.get("transfer")
    if isinstance(transfer, Mapping):
        for key in ("cndp_authorization", "evidence"):
            if isinstance(transfer.get(key), str) and transfer[key]:
                return str(transfer[key])
    return None


def _codes(value: Any) -> list[str]:
    return [str(code) for code in value] if isinstance(value, list) else []


class Observer:
    """Feed it record bodies (or chained records); read ``observed``."""

    def __init__(self, *, home_country: str = "MA", roles: Mapping[str, str] | None = None) -> None:
        self.observed = Observed()
        self._home = home_country
        self._roles = roles or {}

    def split(self, body: Mapping[str, Any], *, allow: bool) -> tuple[list[str], list[str]]:
        """(refusal codes, ground codes) of one decision record."""
        if "refusals" in body:
            refusals = _codes(body.get("refusals"))
            grounds = _codes(body.get("grounds"))
            if "grounds" not in body:
                grounds = [c for c in _codes(body.get("reasons")) if c not in refusals]
            return refusals, grounds
        reasons = _codes(body.get("reasons"))
        unknown = "ground" if allow else "refusal"
        refusals = [c for c in reasons if self._roles.get(c, unknown) == "refusal"]
        return refusals, [c for c in reasons if c not in refusals]

    def add_records(self, records: Iterable[ChainedRecord]) -> None:
        for record in records:
            self.add(decode(record.body))

    def add(self, body: Mapping[str, Any]) -> None:
        seen = self.observed
        seen.records += 1
        time = str(body.get("time", ""))
        if time:
            seen.first_seen = min(seen.first_seen or time, time)
            seen.last_seen = max(seen.last_seen or time, time)
        if body.get("event") == "scrub_job":
            self._add_scrub_job(body)
        if body.get("event", "decision") != "decision":
            return
        seen.decisions += 1
        allow = body.get("allow") is True
        refusals, grounds = self.split(body, allow=allow)
        entities = _counts(body.get("entities"))
        sensitive = _counts(body.get("sensitive"))
        personal = bool(entities or sensitive)
        route_name = str(body.get("route") or "-")
        country = body.get("destination_country")
        purpose = str(body.get("purpose") or "-")

        seen.allowed += allow
        seen.denied += not allow
        seen.reasons.update([*refusals, *grounds])
        seen.grounds_by_reason.update(grounds)
        if not allow:
            seen.denials_by_reason.update(refusals or ["(none)"])
        seen.entities.update(entities)
        seen.sensitive.update(sensitive)
        actions = body.get("actions")
        if allow and isinstance(actions, Mapping):
            seen.actions.update((str(t), str(a)) for t, a in actions.items())
        week = _week(time) if time else None
        if week is not None and personal:
            seen.entities_per_week.setdefault(week, Counter()).update({**entities, **sensitive})

        route = seen.routes.setdefault(route_name, RouteTraffic())
        route.country = str(country) if country else route.country
        route.provider = str(body.get("provider") or route.provider or "") or None
        route.kinds.update([str(body.get("kind") or "-")])
        route.purposes.update([purpose])
        route.allowed += allow
        route.denied += not allow
        route.with_personal_data += personal
        if allow:
            route.transfer_bases.update(r for r in grounds if r.startswith(TRANSFER_PREFIXES))
            reference = _reference(body)
            if reference:
                route.references.update([reference])
            if country and country != self._home and personal:
                seen.transfers_by_country.update([str(country)])

        usage = seen.purposes.setdefault(purpose, PurposeTraffic())
        usage.requests += 1
        usage.allowed += allow
        usage.entities.update(entities)
        usage.sensitive.update(sensitive)
        usage.routes.update([route_name])
        if country:
            usage.countries.update([str(country)])

        version = body.get("policy_version")
        if isinstance(version, str) and version:
            entry = seen.policy_versions.setdefault(version, PolicyVersion(first_seen=time))
            entry.decisions += 1
            entry.first_seen = min(entry.first_seen or time, time)
            entry.last_seen = max(entry.last_seen, time)

    def _add_scrub_job(self, body: Mapping[str, Any]) -> None:
        """A dataset job's record: its rows counted under its purpose (its parts' are not)."""
        scrubs = self.observed.datasets.setdefault(str(body.get("purpose") or "-"), DatasetScrubs())
        if body.get("outcome") != "completed":
            scrubs.failed += 1  # nothing was released: no rows to count
            return
        scrubs.jobs += 1
        for name in ("parts", "rows_in", "rows_out", "rows_dropped", "rows_erased"):
            value = body.get(name)
            if isinstance(value, int):
                setattr(scrubs, name, getattr(scrubs, name) + value)
        scrubs.dropped_by_reason.update(_counts(body.get("dropped")))
        scrubs.entities.update(_counts(body.get("entities")))
        country = body.get("destination_country")
        if country:
            scrubs.countries.update([str(country)])
