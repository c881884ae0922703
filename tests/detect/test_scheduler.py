"""The fair detection queue, on the real detector: slices, round-robin, budgets, failures."""

from __future__ import annotations

import asyncio
import itertools
import random
import threading
from collections.abc import Sequence
from typing import Any

import pytest

from compliance.core.errors import DetectionBudgetExceeded, DetectionError, DetectionOverloaded
from compliance.detect import PresidioDetector
from compliance.detect.scheduler import FairDetector, slices
from compliance.detect.types import Span

FILLER = "Le client confirme la réservation de la chambre pour trois nuits au riad. "


def prose(count: int, seed: int = 3) -> str:
    """``count`` sentences that never repeat (the detector's cache would skip repeats)."""
    rng = random.Random(seed)
    nouns = ["chambre", "terrasse", "navette", "facture", "piscine", "réservation", "valise"]
    return "".join(
        f"Le client {rng.randrange(10**6)} confirme la {rng.choice(nouns)} pour"
        f" {rng.randrange(2, 30)} nuits. "
        for _ in range(count)
    )


class Recording:
    """The real detector, with every call it gets recorded (the texts' first words)."""

    def __init__(self, detector: PresidioDetector) -> None:
        self.detector = detector
        self.calls: list[str] = []
        self.first_call = threading.Event()
        self.fail_on: str | None = None

    def _record(self, texts: Sequence[str]) -> None:
        self.calls.append(" | ".join(t[:12] for t in texts))
        self.first_call.set()
        if self.fail_on is not None and any(self.fail_on in t for t in texts):
            raise RuntimeError("broken on purpose")

    def analyze(self, texts: Sequence[str]) -> list[list[Span]]:
        self._record(texts)
        return self.detector.analyze(texts)

    def analyze_identifiers(self, texts: Sequence[str]) -> list[list[Span]]:
        self._record(texts)
        return self.detector.analyze_identifiers(texts)

    def warm_up(self) -> None:
        self.detector.warm_up()


@pytest.fixture
def recording(detector: PresidioDetector) -> Recording:
    return Recording(detector)


def test_slices_cover_the_text_and_overlap_so_short_values_lie_whole_in_one() -> None:
    rng = random.Random(7)
    words = ["riad", "nuit", "Marrakech", "0661234567", "chambre", "x" * 40, "a"]
    text = " ".join(rng.choice(words) for _ in range(3000))
    pieces = slices(text, size=512, overlap=64)
    assert len(pieces) > 10
    assert all(len(piece) <= 512 for _, piece in pieces)
    assert all(text[offset : offset + len(piece)] == piece for offset, piece in pieces)
    assert pieces[0][0] == 0
    assert sum(1 for _ in pieces) == len(pieces)
    assert pieces[-1][0] + len(pieces[-1][1]) == len(text)
    for start in range(0, len(text) - 48, 97):  # any run of 48 characters lies in one piece
        assert any(o <= start and start + 48 <= o + len(p) for o, p in pieces), start
    assert slices("court", size=512, overlap=64) == [(0, "court")]


def test_a_long_text_read_in_slices_finds_the_values_across_every_cut(
    recording: Recording,
) -> None:
    values = ["0661234567", "karim.bennani@example.ma", "MA64 0115 1900 0001 2050 0053 4921"]
    parts = []
    for i in range(40):
        parts.append(FILLER[: 20 + (i * 37) % 50] + " ")
        parts.append(values[i % len(values)] + " ")
    text = "".join(parts)
    fair = FairDetector(recording, slice_chars=512, overlap_chars=96)
    [spans] = asyncio.run(fair.analyze([text]))
    assert len(recording.calls) > 5  # read in slices, not whole
    covered = [(s.start, s.end) for s in spans]
    at = 0
    for value in (values[i % len(values)] for i in range(40)):
        at = text.index(value, at)
        assert any(a <= at and at + len(value) <= b for a, b in covered), (value, at)
        at += len(value)
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))


def test_short_texts_are_analyzed_as_before_in_one_batch(
    recording: Recording, detector: PresidioDetector
) -> None:
    texts = ["Bonjour, je suis Karim Bennani.", "", "Mon numéro : 0661234567"]
    fair = FairDetector(recording)
    assert asyncio.run(fair.analyze(texts)) == detector.analyze(texts)
    assert len(recording.calls) == 1


def test_a_small_request_runs_between_the_slices_of_a_large_one(recording: Recording) -> None:
    fair = FairDetector(recording, slice_chars=1024, overlap_chars=64)
    large = "Grand " + prose(500)  # about 30 KB: some thirty units

    async def scenario() -> tuple[bool, int]:
        big = asyncio.create_task(fair.analyze([large]))
        await asyncio.to_thread(recording.first_call.wait, 30)
        small = await fair.analyze(["Petit mot de Karim Bennani"])
        assert small
        assert small[0]
        still_running = not big.done()
        await big
        return still_running, recording.calls.index("Petit mot de")

    still_running, position = asyncio.run(scenario())
    assert still_running
    # Admitted while the large one ran: at most one of its units ran before it.
    assert position <= 2, recording.calls[:4]
    assert len(recording.calls) > 20


def test_budgets_refuse_before_anything_runs(recording: Recording) -> None:
    fair = FairDetector(recording, slice_chars=1024, overlap_chars=64, max_request_chars=5000)
    with pytest.raises(DetectionBudgetExceeded) as refused:
        asyncio.run(fair.analyze([FILLER * 100]))
    assert refused.value.status == 413
    assert refused.value.code == "detection_budget_exceeded"
    assert recording.calls == []

    busy = FairDetector(recording, slice_chars=1024, overlap_chars=64, max_pending_chars=20_000)
    seen: list[int] = []

    async def scenario() -> None:
        big = asyncio.create_task(busy.analyze([FILLER * 200]))  # about 15,000 characters
        await asyncio.sleep(0)  # admitted: its units are waiting
        assert busy.pending_chars > 10_000
        with pytest.raises(DetectionOverloaded) as overloaded:
            await busy.analyze([FILLER * 100])
        assert overloaded.value.status == 503
        assert overloaded.value.code == "detection_overloaded"
        await big
        seen.append(busy.pending_chars)

    asyncio.run(scenario())
    assert seen == [0]


def test_a_cancelled_request_leaves_its_units_unrun(recording: Recording) -> None:
    fair = FairDetector(recording, slice_chars=1024, overlap_chars=64)

    async def scenario() -> None:
        big = asyncio.create_task(fair.analyze([prose(500, seed=4)]))
        await asyncio.to_thread(recording.first_call.wait, 30)
        big.cancel()
        with pytest.raises(asyncio.CancelledError):
            await big
        assert (await fair.analyze(["encore Karim"]))[0] is not None

    asyncio.run(scenario())
    assert fair.pending_chars == 0
    assert len(recording.calls) < 10  # far fewer than the request's thirty units


def test_a_failing_unit_fails_its_request_only_and_quotes_no_text(recording: Recording) -> None:
    fair = FairDetector(recording, slice_chars=1024, overlap_chars=64)
    recording.fail_on = "Zineb"

    async def scenario() -> tuple[Any, Any]:
        return await asyncio.gather(
            fair.analyze(["Zineb Canary 0698765432 " + FILLER * 30]),
            fair.analyze(["Bonjour Karim"]),
            return_exceptions=True,
        )

    failed, fine = asyncio.run(scenario())
    assert isinstance(failed, DetectionError)
    assert failed.message == "detection failed: RuntimeError"
    assert "Zineb" not in str(failed)
    assert isinstance(fine, list)
    assert fair.pending_chars == 0


@pytest.mark.parametrize("gap", [30, 100])
def test_a_spaced_value_longer_than_the_overlap_across_a_cut_is_found(
    recording: Recording, gap: int
) -> None:
    phone = (" " * gap).join("0612345678")  # 280 or 910 characters: longer than the overlap
    card = (" " * gap).join("4111111111111111")
    head = prose(20)[:900]
    text = head + " Tel: " + phone + " et carte " + card + ". " + prose(40, seed=9)
    fair = FairDetector(recording, slice_chars=1024, overlap_chars=64)
    [spans] = asyncio.run(fair.analyze([text]))
    for value in (phone, card):
        start = text.index(value)
        digits = [i for i in range(start, start + len(value)) if text[i].isdigit()]
        assert all(any(s.start <= i < s.end for s in spans) for i in digits), value[:20]


def test_requests_in_flight_share_one_detector_call(
    recording: Recording, detector: PresidioDetector
) -> None:
    fair = FairDetector(recording, slice_chars=1024, overlap_chars=64)
    texts = [f"Message {i} de Karim Bennani, tel 06612345{i:02d}" for i in range(6)]

    async def scenario() -> list[Any]:
        return await asyncio.gather(*(fair.analyze([text]) for text in texts))

    results = asyncio.run(scenario())
    # Each request gets its own spans, as if analyzed alone.
    assert results == [detector.analyze([text]) for text in texts]
    assert len(recording.calls) == 1  # the six admitted together: one call
    assert fair.pending_chars == 0


def test_a_shared_call_holds_no_more_than_a_slice(recording: Recording) -> None:
    fair = FairDetector(recording, slice_chars=1024, overlap_chars=64)
    texts = [prose(5, seed=i) for i in range(8)]  # about 300 characters each

    async def scenario() -> None:
        await asyncio.gather(*(fair.analyze([text]) for text in texts))

    asyncio.run(scenario())
    assert 2 <= len(recording.calls) < len(texts)


def test_a_failing_text_in_a_shared_call_fails_its_own_request_only(
    recording: Recording,
) -> None:
    fair = FairDetector(recording, slice_chars=1024, overlap_chars=64)
    recording.fail_on = "Zineb"

    async def scenario() -> list[Any]:
        return await asyncio.gather(
            fair.analyze(["Bonjour Karim"]),
            fair.analyze(["Zineb Canary 0698765432"]),
            fair.analyze(["Bonsoir Salma"]),
            return_exceptions=True,
        )

    first, failed, third = asyncio.run(scenario())
    assert isinstance(failed, DetectionError)
    assert "Zineb" not in str(failed)
    assert isinstance(first, list)
    assert isinstance(third, list)
    assert recording.calls[0].count("|") == 2  # shared first, then each alone
    assert fair.pending_chars == 0
