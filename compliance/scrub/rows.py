"""The row work, the same in every engine: subject, detection, decision, minimization.

For each row, as the proxy does for a request (``compliance.guard.pipeline``):

1. **subject**: the subject column's value, hashed with the installation's key
   (``KeyRing.subject_hash``, the blind index of ``X-Subject-Id``); the pseudonym key is
   the subject's key as one application sees it (``application_key``), so a conversation
   scrubbed with ``--application crm`` gets the tokens the proxy gives the ``crm``
   application for the same subject. A row without a subject uses the shared anonymous
   key, as a request without ``X-Subject-Id``. An erased subject's row is not read
   further: dropped, or its columns nulled (``--erased null``).
2. **detect**: every text column of the batch in one ``PresidioDetector.analyze`` call.
3. **decide**: the policy input is built by ``build_policy_input`` with the batch's
   purpose, the destination and the row's entity types, sensitive categories and the
   subject's consents and objections; rows with the same input (a row class) share one
   evaluation. A refused row is dropped and counted under each of its refusal codes.
4. **minimize**: ``Minimizer.minimize`` with the decision's actions and a pseudonym map
   under the row's key; the subject column becomes the subject's token (``<SUBJECT_…>``)
   unless ``--keep-subject-column``.

What leaves this module is minimized cells, a summary per row (entity types and counts,
never a value), and counts for the trail.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import orjson

from compliance.crypto import SubjectErased
from compliance.detect.types import SENSITIVE_ENTITIES, Span
from compliance.guard.pipeline import TRANSFER_CONSENT_PURPOSE, application_key
from compliance.minimize import PseudonymMap
from compliance.policy.input import build_policy_input
from compliance.policy.types import Decision
from compliance.scrub.plan import KIND, ScrubPlan
from compliance.scrub.runtime import Runtime
from compliance.scrub.tables import Scrubbed
from compliance.store import write_session

ERASED = "subject.erased"  # the reason code of an erased subject's row (as the proxy's)
SUBJECT_ENTITY = "SUBJECT"


@dataclass
class Counts:
    """What a part (or a job) did, in counts only: what the trail and the manifest hold."""

    rows_in: int = 0
    rows_out: int = 0
    rows_dropped: int = 0
    rows_nulled: int = 0
    rows_refused: int = 0
    rows_erased: int = 0
    texts: int = 0
    dropped: Counter[str] = field(default_factory=Counter)  # reason code -> rows
    entities: Counter[str] = field(default_factory=Counter)  # type -> values found
    actions: dict[str, Counter[str]] = field(default_factory=dict)  # type -> action -> values

    def add(self, other: Counts) -> None:
        for name in ("rows_in", "rows_out", "rows_dropped", "rows_nulled", "rows_refused"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.rows_erased += other.rows_erased
        self.texts += other.texts
        self.dropped.update(other.dropped)
        self.entities.update(other.entities)
        for entity_type, actions in other.actions.items():
            self.actions.setdefault(entity_type, Counter()).update(actions)

    def to_dict(self) -> dict[str, Any]:
        return {
            "rows_in": self.rows_in,
            "rows_out": self.rows_out,
            "rows_dropped": self.rows_dropped,
            "rows_nulled": self.rows_nulled,
            "rows_refused": self.rows_refused,
            "rows_erased": self.rows_erased,
            "texts": self.texts,
            "dropped": dict(sorted(self.dropped.items())),
            "entities": dict(sorted(self.entities.items())),
            "actions": {t: dict(sorted(a.items())) for t, a in sorted(self.actions.items())},
        }

    @classmethod
    def from_dict(cls, document: Mapping[str, Any]) -> Counts:
        return cls(
            **{k: document[k] for k in ("rows_in", "rows_out", "rows_dropped", "rows_nulled")},
            rows_refused=document["rows_refused"],
            rows_erased=document["rows_erased"],
            texts=document["texts"],
            dropped=Counter(document["dropped"]),
            entities=Counter(document["entities"]),
            actions={t: Counter(a) for t, a in document["actions"].items()},
        )


def _keys_of(
    runtime: Runtime, subject_hashes: set[str | None], application: str
) -> dict[str | None, bytes | None]:
    """Each subject's pseudonym key for ``application``; None for an erased subject.

    Keys of subjects seen for the first time are created in one transaction for the
    batch (``SubjectKeys.provision``), as the proxy creates a subject's key on first use.
    """
    new = sorted(h for h in subject_hashes if h is not None and h not in runtime.known_subjects)
    if new:
        with write_session(runtime.engine) as session:
            runtime.subject_keys.provision(session=session, subject_hashes=new)
        runtime.known_subjects.update(new)
    keys: dict[str | None, bytes | None] = {}
    for subject_hash in subject_hashes:
        try:
            key = runtime.subject_keys.pseudonym_key(subject_hash)
        except SubjectErased:
            keys[subject_hash] = None
            continue
        keys[subject_hash] = application_key(key, application)
    return keys


def _decide(
    runtime: Runtime,
    plan: ScrubPlan,
    *,
    subject_hash: str | None,
    entities: dict[str, int],
    sensitive: list[str],
) -> Decision:
    snapshot = runtime.ledger.snapshot(subject_hash)
    destination = plan.destination
    consents = dict(snapshot.consents)
    # The class of a row: everything of its policy input but the subject's hash itself.
    key = orjson.dumps(
        [entities, sensitive, consents, list(snapshot.opt_outs), subject_hash is None],
        option=orjson.OPT_SORT_KEYS,
    )
    decision = runtime.decisions.get(key)
    if decision is None:
        policy_input = build_policy_input(
            subject_hash=subject_hash,
            consents=consents,
            opt_outs=snapshot.opt_outs,
            purpose=plan.purpose,
            route=destination.route,
            country=destination.country,
            provider=destination.provider,
            kind=KIND,
            entities=entities,
            sensitive=sensitive,
            explicit_consent=consents.get(TRANSFER_CONSENT_PURPOSE) == "granted",
            cndp_authorization=destination.cndp_authorization,
            derogation=destination.derogation,
            evidence=destination.evidence,
            hosting_country=destination.hosting_country,
            original_purpose=plan.original_purpose,
            processing_kinds=destination.processing_kinds,
            automated_decision=destination.automated_decision,
            legal_effect=destination.legal_effect,
            human_review=destination.human_review,
        )
        decision = runtime.decisions[key] = runtime.pdp.decide(policy_input)
    return decision


def scrub_rows(
    texts: Mapping[str, Sequence[str | None]],
    subjects: Sequence[str | None] | None,
    *,
    runtime: Runtime,
    plan: ScrubPlan,
    counts: Counts,
) -> Scrubbed:
    """Scrub one batch of rows given column by column; add what was done to ``counts``.

    ``texts`` maps each text column to its cells; ``subjects`` is the subject column's
    values (None: no subject column). Raises what detection, the policy or the stores
    raise (``DetectionError``, ``PolicyError``, ``SQLAlchemyError``): the part fails.
    """
    columns = list(texts)
    size = len(texts[columns[0]]) if columns else 0
    ids = list(subjects) if subjects is not None else [None] * size
    hashes = [runtime.keyring.subject_hash(s) if s is not None else None for s in ids]
    keys = _keys_of(runtime, set(hashes), plan.application)
    counts.rows_in += size

    # Detection: every text of the rows still in play, in one call.
    wanted: list[tuple[int, str, str]] = []
    for row in range(size):
        if keys[hashes[row]] is None:
            continue
        for column in columns:
            text = texts[column][row]
            if text:
                wanted.append((row, column, text))
    found = runtime.detector.analyze([text for _, _, text in wanted]) if wanted else []
    counts.texts += len(wanted)
    spans: dict[tuple[int, str], list[Span]] = {
        (row, column): text_spans
        for (row, column, _), text_spans in zip(wanted, found, strict=True)
    }

    keep = [True] * size
    out: dict[str, list[str | None]] = {column: list(texts[column]) for column in columns}
    subject_cells: list[Any] | None = list(ids) if subjects is not None else None
    summaries: list[dict[str, int] | None] = [None] * size
    for row in range(size):
        key = keys[hashes[row]]
        if key is None:
            counts.rows_erased += 1
            if plan.erased == "drop":
                keep[row] = False
                counts.rows_dropped += 1
                counts.dropped[ERASED] += 1
                continue
            counts.rows_nulled += 1
            counts.rows_out += 1
            for column in columns:
                out[column][row] = None
            if subject_cells is not None:
                subject_cells[row] = None
            continue
        present = [column for column in columns if (row, column) in spans]
        row_spans = [spans[(row, column)] for column in present]
        types = Counter(s.entity_type for text_spans in row_spans for s in text_spans)
        counts.entities.update(types)
        decision = _decide(
            runtime,
            plan,
            subject_hash=hashes[row],
            entities={t: n for t, n in sorted(types.items()) if t not in SENSITIVE_ENTITIES},
            sensitive=sorted(t for t in types if t in SENSITIVE_ENTITIES),
        )
        if not decision.allow:
            keep[row] = False
            counts.rows_dropped += 1
            counts.rows_refused += 1
            counts.dropped.update(decision.refusal_codes)
            continue
        pseudonyms = PseudonymMap(key=key)
        minimized = runtime.minimizer.minimize(
            [texts[column][row] or "" for column in present],
            row_spans,
            decision=decision,
            pseudonyms=pseudonyms,
            hash_key=key,
        )
        for column, text in zip(present, minimized, strict=True):
            out[column][row] = text
        for entity_type, number in types.items():
            action = decision.action_for(entity_type)
            if entity_type in SENSITIVE_ENTITIES and entity_type not in decision.actions:
                action = "keep"  # the minimizer leaves a topic in place unless told
            counts.actions.setdefault(entity_type, Counter())[action] += number
        if subject_cells is not None and not plan.keep_subject_column and ids[row] is not None:
            subject_cells[row] = pseudonyms.token_for(SUBJECT_ENTITY, ids[row] or "")
        summaries[row] = dict(sorted(types.items()))
        counts.rows_out += 1
    return Scrubbed(keep=keep, texts=out, subjects=subject_cells, summaries=summaries)
