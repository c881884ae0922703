"""Convert Presidio's synthetic English set to the gold JSONL of ``detect_eval.py``.

    .venv/bin/python bench/data/convert_presidio_synth.py \
        ../shared/datasets/presidio-synth-v2.json /tmp/presidio-synth.gold.jsonl

Source: microsoft/presidio-research ``data/synth_dataset_v2.json`` (MIT licence,
Copyright (c) Microsoft Corporation), 1,500 texts. Labels map to ours as the
dataset README says: ``STREET_ADDRESS``, ``GPE``, ``ZIP_CODE`` → ``LOCATION``;
``PERSON``, ``PHONE_NUMBER``, ``EMAIL_ADDRESS``, ``CREDIT_CARD``, ``IBAN_CODE``,
``IP_ADDRESS`` as they are. Its other labels (ORGANIZATION, DATE_TIME, TITLE,
AGE, NRP, DOMAIN_NAME, US_SSN, US_DRIVER_LICENSE) are not entities of
cndp-guard's design and are dropped, so neither detector is scored on them.
Offsets are kept; a span whose offsets do not reproduce its value is reported.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

MAPPING = {
    "STREET_ADDRESS": "LOCATION",
    "GPE": "LOCATION",
    "ZIP_CODE": "LOCATION",
    "PERSON": "PERSON",
    "PHONE_NUMBER": "PHONE_NUMBER",
    "EMAIL_ADDRESS": "EMAIL_ADDRESS",
    "CREDIT_CARD": "CREDIT_CARD",
    "IBAN_CODE": "IBAN_CODE",
    "IP_ADDRESS": "IP_ADDRESS",
}


def convert(source: Path, target: Path) -> tuple[int, int]:
    """Write the gold file; return (texts, spans kept)."""
    records = json.loads(source.read_text(encoding="utf-8"))
    kept = 0
    with target.open("w", encoding="utf-8") as out:
        for number, record in enumerate(records, start=1):
            text = record["full_text"]
            spans = []
            for span in record["spans"]:
                label = MAPPING.get(span["entity_type"])
                if label is None:
                    continue
                start, end = span["start_position"], span["end_position"]
                if text[start:end] != span["entity_value"]:
                    print(
                        f"record {number}: a {label} span does not match its offsets",
                        file=sys.stderr,
                    )
                spans.append({"entity_type": label, "start": start, "end": end})
            spans.sort(key=lambda s: s["start"])
            kept += len(spans)
            line = {"id": f"synth-{number:04d}", "lang": "en", "text": text, "spans": spans}
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
    return len(records), kept


def main() -> None:
    if len(sys.argv) != 3:
        sys.exit("usage: convert_presidio_synth.py SOURCE.json TARGET.jsonl")
    texts, spans = convert(Path(sys.argv[1]), Path(sys.argv[2]))
    print(f"{texts} texts, {spans} spans -> {sys.argv[2]}")


if __name__ == "__main__":
    main()
