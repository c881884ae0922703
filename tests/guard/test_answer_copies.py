"""Lines an answer copies from what was sent are not analyzed again; everything else is."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

import orjson
import pytest

from compliance.detect import PresidioDetector
from compliance.detect.types import Span
from compliance.guard.answer import AnswerScanner
from compliance.minimize import Minimizer
from compliance.policy.types import Decision

DECISION = Decision(
    allow=True,
    reasons=(),
    actions={"default": "redact"},
    policy_version="test",
    answer_actions={"PERSON": "pseudonymize", "PHONE_NUMBER": "redact", "default": "redact"},
)
PROMPT = "Résume la demande de <PERSON_3f9a1c2b4d5e> sur la livraison du colis de lundi."
SENT = orjson.dumps({"model": "m", "messages": [{"role": "user", "content": PROMPT}]})


@pytest.fixture(scope="module")
def detector() -> PresidioDetector:
    detector = PresidioDetector()
    detector.warm_up()
    return detector


def scanner(
    detector: PresidioDetector, analyzed: list[str], decision: Decision = DECISION
) -> AnswerScanner:
    async def detect(texts: Sequence[str]) -> list[list[Span]]:
        analyzed.extend(texts)
        return await asyncio.to_thread(detector.analyze, texts)

    return AnswerScanner(
        detect=detect,
        decision=decision,
        key=b"k" * 32,
        reverse={},
        own="",
        minimizer=Minimizer(),
        sent=SENT,
    )


def test_an_echo_of_the_prompt_is_not_analyzed_again(detector: PresidioDetector) -> None:
    analyzed: list[str] = []
    assert asyncio.run(scanner(detector, analyzed).spans([PROMPT])) == [[]]
    assert analyzed == []


def test_new_lines_beside_copied_ones_are_analyzed_at_their_offsets(
    detector: PresidioDetector,
) -> None:
    analyzed: list[str] = []
    answer = f"{PROMPT}\nAppelez Youssef Alaoui au 0612345678.\n{PROMPT}"
    [spans] = asyncio.run(scanner(detector, analyzed).spans([answer]))
    assert analyzed == ["Appelez Youssef Alaoui au 0612345678.\n"]
    found = {(s.entity_type, answer[s.start : s.end]) for s in spans}
    assert ("PHONE_NUMBER", "0612345678") in found
    assert any(t == "PERSON" and "Youssef" in v for t, v in found)


@pytest.mark.parametrize(
    "answer",
    [
        pytest.param(PROMPT + " Appelez le 0612345678", id="a copied line with a value added"),
        pytest.param("0612\n.\n345678", id="a value around a short line that is in any body"),
        pytest.param("06 12\n34 56 78", id="a value over two new lines"),
    ],
)
def test_what_the_upstream_added_is_found(detector: PresidioDetector, answer: str) -> None:
    [spans] = asyncio.run(scanner(detector, []).spans([answer]))
    digits = "".join(c for s in spans for c in answer[s.start : s.end] if c.isdigit())
    assert "0612345678" in digits


def test_answer_actions_on_a_sensitive_category_analyze_copied_lines(
    detector: PresidioDetector,
) -> None:
    decision = Decision(
        allow=True,
        reasons=(),
        actions={"default": "redact"},
        policy_version="test",
        answer_actions={"HEALTH": "redact", "default": "redact"},
    )
    analyzed: list[str] = []
    asyncio.run(scanner(detector, analyzed, decision).spans([PROMPT]))
    assert analyzed == [PROMPT]
