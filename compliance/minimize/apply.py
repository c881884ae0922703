"""Applying the decision's per-entity actions to texts with presidio-anonymizer."""

from __future__ import annotations

from collections.abc import Sequence

from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import OperatorConfig, RecognizerResult

from compliance.detect.types import SENSITIVE_ENTITIES, Span
from compliance.minimize.pseudonyms import PseudonymMap, keyed_hash
from compliance.policy.types import Decision

MASK_KEEP_LAST = 2  # characters left visible by ``mask`` (enough for a human to tell values apart)


class Minimizer:
    """Turns texts and their spans into what may leave, following one decision."""

    def __init__(self) -> None:
        self._engine = AnonymizerEngine()  # type: ignore[no-untyped-call]  # untyped library

    def _operator(
        self, *, action: str, entity_type: str, pseudonyms: PseudonymMap, hash_key: bytes
    ) -> OperatorConfig:
        if action == "keep":
            return OperatorConfig("keep")
        if action == "pseudonymize":
            return OperatorConfig(
                "custom", {"lambda": lambda value: pseudonyms.token_for(entity_type, value)}
            )
        if action == "hash":
            return OperatorConfig(
                "custom",
                {
                    "lambda": lambda value: keyed_hash(
                        key=hash_key, entity_type=entity_type, value=value
                    )
                },
            )
        if action == "mask":
            return OperatorConfig(
                "custom",
                {
                    "lambda": lambda value: (
                        "*" * max(len(value) - MASK_KEEP_LAST, 1)
                        + value[max(len(value) - MASK_KEEP_LAST, 1) :]
                    )
                },
            )
        # redact, and anything unexpected (fail closed): the type label only.
        return OperatorConfig("replace", {"new_value": f"<{entity_type}>"})

    def minimize(
        self,
        texts: Sequence[str],
        spans: Sequence[Sequence[Span]],
        *,
        decision: Decision,
        pseudonyms: PseudonymMap,
        hash_key: bytes,
    ) -> list[str]:
        """Return the texts with every span replaced according to ``decision.actions``.

        Sensitive-category spans mark a topic, not an identifier: they inform the
        policy (``data.sensitive``) and are left in the text unless the policy
        names an action for them.
        """
        out: list[str] = []
        for text, text_spans in zip(texts, spans, strict=True):
            todo = [
                s
                for s in text_spans
                if not (
                    s.entity_type in SENSITIVE_ENTITIES and s.entity_type not in decision.actions
                )
                and decision.action_for(s.entity_type) != "keep"
            ]
            if not todo:
                out.append(text)
                continue
            operators = {
                entity_type: self._operator(
                    action=decision.action_for(entity_type),
                    entity_type=entity_type,
                    pseudonyms=pseudonyms,
                    hash_key=hash_key,
                )
                for entity_type in {s.entity_type for s in todo}
            }
            results = [RecognizerResult(s.entity_type, s.start, s.end, s.score) for s in todo]
            out.append(
                self._engine.anonymize(
                    text=text, analyzer_results=results, operators=operators
                ).text
            )
        return out
