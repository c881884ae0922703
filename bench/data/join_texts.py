"""Long documents made of a gold set's texts, for the detector's long-text paths.

    .venv/bin/python bench/data/join_texts.py GOLD.jsonl OUT.jsonl [--min-chars 1200]

The evaluation sets are mostly chat-sized texts (under 400 characters), which
the detector reads whole. Longer texts take other paths (the NER reads only the
windows that can hold a name or a place, ``compliance/detect/windows.py``; very
long ones are sliced, ``scheduler.py``). This joins consecutive texts of the same
language, in file order, with a blank line between them, until a document holds
``--min-chars`` characters; every gold span is moved to its offset in the
document. The labels are the set's own: nothing is relabelled, so a frozen set
stays frozen, and the joined reading scores the same values in longer context.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

SEPARATOR = "\n\n"


def join(records: list[dict[str, Any]], min_chars: int) -> list[dict[str, Any]]:
    """Documents of at least ``min_chars`` (the last of a language may be shorter)."""
    by_lang: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for record in records:
        by_lang[record.get("lang", "?")].append(record)
    out: list[dict[str, Any]] = []
    for lang, items in by_lang.items():
        text, spans, ids = "", [], []
        for item in items:
            offset = len(text) + (len(SEPARATOR) if text else 0)
            text = f"{text}{SEPARATOR}{item['text']}" if text else item["text"]
            ids.append(item["id"])
            for span in item["spans"]:
                moved = {**span, "start": span["start"] + offset, "end": span["end"] + offset}
                value = item["text"][span["start"] : span["end"]]
                assert text[moved["start"] : moved["end"]] == value
                spans.append(moved)
            if len(text) >= min_chars:
                out.append(_document(lang, len(out), text, spans, ids))
                text, spans, ids = "", [], []
        if text:
            out.append(_document(lang, len(out), text, spans, ids))
    return out


def _document(lang: str, n: int, text: str, spans: list[Any], ids: list[str]) -> dict[str, Any]:
    return {
        "id": f"joined-{n + 1:04d}",
        "lang": lang,
        "domain": "joined",
        "split": "joined",
        "text": text,
        "spans": spans,
        "from": ids,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("gold", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--min-chars", type=int, default=1200)
    args = parser.parse_args()
    with args.gold.open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    documents = join(records, args.min_chars)
    with args.out.open("w", encoding="utf-8") as handle:
        for document in documents:
            handle.write(json.dumps(document, ensure_ascii=False) + "\n")
    print(f"{len(records)} texts -> {len(documents)} documents -> {args.out}")


if __name__ == "__main__":
    main()
