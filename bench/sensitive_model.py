"""Experiment: does a small learned sentence classifier find the sensitive categories
the phrase rules miss?

A measurement for issue 17 item 5, not a product part. One logistic regression per
category (law 09-08 art. 1 §3) over hashed character n-grams of each sentence, trained
with numpy only on the exposed sets (dev, independent-v1 to v3); the decision
threshold of each category is chosen on independent-v4 for a precision of at least
0.9 there; then the blind sets are scored once, the classifier alone and in union with
the rules' predictions (a PRED file of ``detect_eval.py --predict cndp``).

A sentence the classifier flags becomes one span of the category over the sentence:
the categories are flags on the request, so "missed" (no span of the category on a gold
phrase) is the figure, as in ``detect_eval.py``. Precision counts a predicted span as
right when it overlaps a gold phrase of its category.

    .venv/bin/python bench/sensitive_model.py \\
        --score bench/data/independent-v6.jsonl /tmp/v6.pred.jsonl [--score GOLD PRED ...]
"""

from __future__ import annotations

import argparse
import json
import re
import time
import unicodedata
import zlib
from collections import Counter
from pathlib import Path

import numpy as np

CATEGORIES = (
    "BIOMETRIC",
    "CRIMINAL",
    "ETHNIC_ORIGIN",
    "GENETIC",
    "HEALTH",
    "POLITICAL_OPINION",
    "RELIGION_BELIEF",
    "UNION_MEMBERSHIP",
)
DATA = Path(__file__).resolve().parent / "data"
TRAIN = ("dev", "independent-v1", "independent-v2", "independent-v3")
TUNE = "independent-v4"
DIMENSIONS = 1 << 18
_SENTENCE = re.compile(r"[^.!?؟\n]+[.!?؟]*")
_WORD = re.compile(r"\w+")


def read(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def sentences(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _SENTENCE.finditer(text) if m.group().strip()]


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def features(sentence: str) -> np.ndarray:
    """Hashed character 2- to 5-grams inside words, and the words themselves."""
    found = set()
    for word in _WORD.findall(fold(sentence)):
        padded = f"<{word}>"
        found.add(zlib.crc32(b"w" + word.encode()) % DIMENSIONS)
        for n in (2, 3, 4, 5):
            for i in range(len(padded) - n + 1):
                found.add(zlib.crc32(padded[i : i + n].encode()) % DIMENSIONS)
    return np.fromiter(found, dtype=np.int64)


def examples(records: list[dict[str, object]]) -> tuple[list[np.ndarray], np.ndarray]:
    rows, labels = [], []
    for record in records:
        text = str(record["text"])
        spans = record["spans"]
        assert isinstance(spans, list)
        for start, end in sentences(text):
            rows.append(features(text[start:end]))
            found = {s["entity_type"] for s in spans if s["start"] < end and start < s["end"]}
            labels.append([c in found for c in CATEGORIES])
    return rows, np.array(labels, dtype=np.float64)


def train(rows: list[np.ndarray], labels: np.ndarray, *, epochs: int = 8) -> np.ndarray:
    """One-vs-rest logistic regression, AdaGrad on one example at a time, L2 0."""
    rng = np.random.default_rng(7)
    weights = np.zeros((DIMENSIONS + 1, len(CATEGORIES)))
    squares = np.full_like(weights, 1e-8)
    for _ in range(epochs):
        for index in rng.permutation(len(rows)):
            active = np.append(rows[index], DIMENSIONS)  # the bias
            score = weights[active].sum(axis=0)
            gradient = 1.0 / (1.0 + np.exp(-score)) - labels[index]
            squares[active] += gradient**2
            weights[active] -= 0.5 * gradient / np.sqrt(squares[active])
    return weights


def probabilities(weights: np.ndarray, row: np.ndarray) -> np.ndarray:
    score = weights[np.append(row, DIMENSIONS)].sum(axis=0)
    return 1.0 / (1.0 + np.exp(-score))


def predict(
    weights: np.ndarray, records: list[dict[str, object]], thresholds: np.ndarray
) -> list[list[dict[str, object]]]:
    out = []
    for record in records:
        text = str(record["text"])
        spans = []
        for start, end in sentences(text):
            flags = probabilities(weights, features(text[start:end])) >= thresholds
            spans += [
                {"entity_type": c, "start": start, "end": end}
                for c, flag in zip(CATEGORIES, flags, strict=True)
                if flag
            ]
        out.append(spans)
    return out


def choose_thresholds(weights: np.ndarray, records: list[dict[str, object]]) -> np.ndarray:
    """The lowest threshold per category with span precision >= 0.9 on ``records``."""
    chosen = np.full(len(CATEGORIES), 0.5)
    grid = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95]
    for k, category in enumerate(CATEGORIES):
        for threshold in grid:
            trial = np.full(len(CATEGORIES), 2.0)
            trial[k] = threshold
            _, _, right, wrong = score(records, predict(weights, records, trial), category)
            if right + wrong and right / (right + wrong) >= 0.9:
                chosen[k] = threshold
                break
        else:
            chosen[k] = grid[-1]
    return chosen


def score(
    records: list[dict[str, object]], predicted: list[list[dict[str, object]]], category: str
) -> tuple[int, int, int, int]:
    """(gold phrases, missed, predicted spans right, predicted spans wrong)."""
    gold_count = missed = right = wrong = 0
    for record, spans in zip(records, predicted, strict=True):
        golds = [s for s in record["spans"] if s["entity_type"] == category]  # type: ignore[union-attr]
        preds = [s for s in spans if s["entity_type"] == category]
        gold_count += len(golds)
        missed += sum(
            not any(p["start"] < g["end"] and g["start"] < p["end"] for p in preds) for g in golds
        )
        for p in preds:
            hit = any(p["start"] < g["end"] and g["start"] < p["end"] for g in golds)
            right, wrong = (right + 1, wrong) if hit else (right, wrong + 1)
    return gold_count, missed, right, wrong


def table(
    name: str, records: list[dict[str, object]], predicted: list[list[dict[str, object]]]
) -> None:
    print(f"\n{name}")
    print(f"  {'category':<20}{'phrases':>8}{'missed':>9}{'flagged':>9}{'P':>7}")
    totals = Counter[str]()
    for category in CATEGORIES:
        gold_count, missed, right, wrong = score(records, predicted, category)
        totals.update(gold=gold_count, missed=missed, right=right, wrong=wrong)
        precision = right / (right + wrong) if right + wrong else 0.0
        rate = missed / gold_count if gold_count else 0.0
        print(f"  {category:<20}{gold_count:>8}{rate:>9.1%}{right + wrong:>9}{precision:>7.2f}")
    precision = totals["right"] / max(1, totals["right"] + totals["wrong"])
    rate = totals["missed"] / max(1, totals["gold"])
    flagged = totals["right"] + totals["wrong"]
    print(f"  {'all':<20}{totals['gold']:>8}{rate:>9.1%}{flagged:>9}{precision:>7.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--score", nargs=2, action="append", metavar=("GOLD", "PRED"), default=[])
    args = parser.parse_args()
    started = time.perf_counter()
    training = [r for name in TRAIN for r in read(DATA / f"{name}.jsonl")]
    rows, labels = examples(training)
    weights = train(rows, labels)
    tune = read(DATA / f"{TUNE}.jsonl")
    thresholds = choose_thresholds(weights, tune)
    print(
        f"trained on {len(rows)} sentences of {', '.join(TRAIN)}"
        f" in {time.perf_counter() - started:.0f} s"
    )
    print(
        "thresholds (precision >= 0.9 on "
        + TUNE
        + "): "
        + ", ".join(f"{c} {t:.2f}" for c, t in zip(CATEGORIES, thresholds, strict=True))
    )
    for gold_path, pred_path in args.score:
        records = read(Path(gold_path))
        rules = {str(r["id"]): r["spans"] for r in read(Path(pred_path))}
        learned = predict(weights, records, thresholds)
        timed = time.perf_counter()
        predict(weights, records[:200], thresholds)
        chars = sum(len(str(r["text"])) for r in records[:200])
        per_kb = (time.perf_counter() - timed) / chars * 1024 * 1000
        ruled = [
            [s for s in rules[str(r["id"])] if s["entity_type"] in CATEGORIES] for r in records
        ]  # type: ignore[union-attr]
        table(f"{gold_path}: rules", records, ruled)
        table(f"{gold_path}: classifier ({per_kb:.2f} ms per KB)", records, learned)
        union = [a + b for a, b in zip(ruled, learned, strict=True)]
        table(f"{gold_path}: rules + classifier", records, union)


if __name__ == "__main__":
    main()
