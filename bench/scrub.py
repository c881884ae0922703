"""Dataset scrubbing throughput: ``cndp-guard scrub`` with each engine, as users run it.

    .venv/bin/python bench/scrub.py [--quick] [--workers 2] [--engines local,spark]

Two generated Parquet datasets, support-chat rows with a subject column (1,000 subjects)
and one text column: 100,000 short rows (about 60 characters each: a name, a phone or
an e-mail in a sentence) and 10,000 rows of 1 KB (the detection bench's prompts: a name,
a CIN and a phone, French prose after). ``--quick`` takes a tenth of each. Each dataset
is scrubbed by ``--engine local`` (``--workers`` processes) and by ``--engine spark``
(``local[N]``, N = ``--workers``), each run a fresh ``cndp-guard scrub`` process, into
a fresh output. Prints, per run, rows/s and MB/s of text (the UTF-8 bytes of the text
cells) over the job's own time (parts planned, scrubbed, written, audited, released,
after the models are loaded), and the wall time of the whole command (start-up, model
loading, Spark's JVM included).
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[0] = str(REPO)  # the repository's audit package, not bench/audit.py

import pyarrow as pa  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402
import yaml  # noqa: E402

FIRST = ["Karim", "Salma", "Youssef", "Fatima", "Mehdi", "Imane", "Omar", "Nadia", "Hicham"]
LAST = ["Alaoui", "Bennani", "Tazi", "El Amrani", "Chraibi", "Berrada", "Idrissi", "Fassi"]
SHORT = [
    "Bonjour, je suis {name}, tel {phone}.",
    "Merci de répondre à {email} avant lundi.",
    "{name} demande le remboursement de sa commande.",
    "Ticket clos, rien à signaler.",
]
PROSE = (
    "Je vous écris au sujet de ma commande passée le mois dernier sur votre site. Le colis"
    " est arrivé avec deux semaines de retard et l'emballage était abîmé. J'aimerais savoir"
    " si un remboursement partiel est possible, ou à défaut un échange du produit concerné."
    " Votre service client m'a déjà répondu une fois sans donner de suite à ma demande. "
)
EXE = Path(sys.executable).parent / "cndp-guard"


def _values(rng: random.Random, i: int) -> dict[str, str]:
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    return {
        "name": name,
        "phone": f"06{rng.randint(10_000_000, 99_999_999)}",
        "email": f"{name.split()[0].lower()}.{i}@example.ma",
        "cin": f"{rng.choice('ABCDJ')}{rng.choice('EHKJ')}{rng.randint(100_000, 999_999)}",
    }


def short_rows(count: int, rng: random.Random) -> list[str]:
    return [rng.choice(SHORT).format(**_values(rng, i)) for i in range(count)]


def long_rows(count: int, rng: random.Random) -> list[str]:
    texts = []
    for i in range(count):
        v = _values(rng, i)
        head = f"Bonjour, je suis {v['name']}, CIN {v['cin']}, joignable au {v['phone']}. "
        body = (PROSE * 4)[rng.randrange(len(PROSE)) :]
        texts.append((head + body)[:1024])
    return texts


def write_dataset(texts: list[str], path: Path, rng: random.Random) -> int:
    """The texts as a Parquet file (a subject column, 10,000-row groups); their UTF-8 bytes."""
    table = pa.table(
        {
            "id": pa.array(range(len(texts)), pa.int64()),
            "client": [f"client-{rng.randrange(1000)}" for _ in texts],
            "text": texts,
        }
    )
    pq.write_table(table, path, row_group_size=10_000)
    return sum(len(t.encode()) for t in texts)


def installation(root: Path) -> Path:
    config = root / "cndp-guard.yaml"
    config.write_text(
        yaml.safe_dump(
            {
                "routes": {"llm": {"upstream": "http://127.0.0.1:9", "country": "MA"}},
                "database": f"sqlite:///{root}/cndp.db",
                "key_file": str(root / "keys" / "master.key"),
                "log_level": "WARNING",
            }
        ),
        encoding="utf-8",
    )
    return config


def run(
    config: Path, source: Path, out: Path, *, engine: str, workers: int, part_rows: int
) -> tuple[dict[str, object], float]:
    command = [
        str(EXE),
        "scrub",
        str(source),
        "-o",
        str(out),
        "--text-column",
        "text",
        "--subject-column",
        "client",
        "--engine",
        engine,
        "--workers",
        str(workers),
        "--part-rows",
        str(part_rows),
        "--no-progress",
        "--config",
        str(config),
    ]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"{engine} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    report: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return report, wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a tenth of each dataset")
    parser.add_argument("--workers", type=int, default=2, help="processes, or local[N] cores")
    parser.add_argument("--engines", default="local,spark")
    args = parser.parse_args()
    scale = 10 if args.quick else 1
    rng = random.Random(7)
    datasets = {
        f"{100_000 // scale:,} short rows": short_rows(100_000 // scale, rng),
        f"{10_000 // scale:,} rows of 1 KB": long_rows(10_000 // scale, rng),
    }
    engines = args.engines.split(",")
    print(f"cndp-guard scrub, {args.workers} workers; job time = after the models are loaded")
    print(f"{'dataset':<22} {'engine':<7} {'rows/s':>9} {'MB/s':>7} {'job s':>7} {'wall s':>7}")
    with tempfile.TemporaryDirectory(prefix="bench-scrub-") as tmp:
        root = Path(tmp)
        config = installation(root)
        for index, (label, texts) in enumerate(datasets.items()):
            source = root / f"d{index}.parquet"
            text_bytes = write_dataset(texts, source, rng)
            # Parts of 2,500 rows (short) or 500 rows (1 KB): enough parts for every worker.
            part_rows = 2_500 // scale if index == 0 else 500 // scale
            for engine in engines:
                out = root / f"out-{index}-{engine}"
                report, wall = run(
                    config,
                    source,
                    out,
                    engine=engine,
                    workers=args.workers,
                    part_rows=max(part_rows, 50),
                )
                seconds = float(report["seconds"])  # type: ignore[arg-type]
                rows = int(report["rows_in"])  # type: ignore[call-overload]
                print(
                    f"{label:<22} {engine:<7} {rows / seconds:>9,.0f}"
                    f" {text_bytes / seconds / 1e6:>7.3f} {seconds:>7.1f} {wall:>7.1f}",
                    flush=True,
                )


if __name__ == "__main__":
    main()
