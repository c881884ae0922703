"""One installation for every scrub test: a database, keys, subjects with choices, a dataset.

The installation is shared by the whole session (the scrub runtime, with its models, is
built once per process and per settings), and so is the echo model the proxy tests
route to. Subjects: ``client-3`` is erased, ``client-5`` withdrew their consent to
training, ``client-6`` objected to it; the others made no choice.
"""

from __future__ import annotations

import csv
import json
import random
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import yaml
from click.testing import CliRunner

from compliance.api import create_api_token
from compliance.app import create_app
from compliance.cli import main
from compliance.consent import OPT_OUT_KINDS, ConsentLedger
from compliance.core.settings import Settings, load_settings
from compliance.crypto import FileKeyProvider, KeyRing, default_kek_path
from compliance.crypto.keys import load_or_create_key_file
from compliance.demo.upstream import create_demo_upstream
from compliance.scrub.runtime import worker_runtime
from compliance.store import make_engine, upgrade
from compliance.subjects import SubjectKeys
from compliance.trail import AuditLog
from compliance.trail.keys import load_signer, signing_key_path
from tests.conftest import LoopbackServer

ERASED, WITHDRAWN, OBJECTED = "client-3", "client-5", "client-6"
SUBJECTS = [f"client-{i}" for i in range(12)]

FIRST = ["Karim", "Fatima", "Youssef", "Salma", "Omar", "Khadija", "Hamza", "Imane"]
LAST = ["Benali", "Alaoui", "El Idrissi", "Bennani", "Tazi", "Chraibi", "Berrada", "Fassi"]
SENTENCES = [
    "Bonjour, je suis {name}, joignable au {phone}.",
    "Merci de contacter {name} par e-mail : {email}",
    "Le client {name} demande un remboursement de sa commande.",
    "Hello, my name is {name} and my email is {email}.",
    "Rien à signaler pour ce ticket, dossier clos.",
    "Mon numéro de CIN est {cin}, merci de vérifier.",
]
HEALTH = "J'ai du diabète et je prends de l'insuline depuis deux ans."


@dataclass(frozen=True)
class Env:
    root: Path
    config: Path
    settings: Settings
    upstream_url: str
    received: list[dict[str, Any]]

    def audit(self) -> AuditLog:
        return AuditLog(
            engine=make_engine(self.settings.database),
            signer=load_signer(signing_key_path(self.settings)),
        )

    def records(self, event: str | None = None) -> list[dict[str, Any]]:
        from audit import decode

        bodies = [decode(r.body) for r in self.audit().iter_chain()]
        return [b for b in bodies if event is None or b.get("event") == event]


@pytest.fixture(scope="session")
def env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Env]:
    root = tmp_path_factory.mktemp("scrub")
    received: list[dict[str, Any]] = []
    with LoopbackServer(create_demo_upstream(received=received)) as upstream:
        config = root / "cndp-guard.yaml"
        config.write_text(
            yaml.safe_dump(
                {
                    "routes": {"llm": {"upstream": upstream.url, "country": "MA"}},
                    "database": f"sqlite:///{root}/cndp.db",
                    "key_file": str(root / "keys" / "master.key"),
                    "log_level": "WARNING",
                }
            ),
            encoding="utf-8",
        )
        settings = load_settings(config)
        engine = make_engine(settings.database)
        upgrade(engine)
        keyring = KeyRing(root_key=load_or_create_key_file(settings.key_file))
        keys = SubjectKeys(
            engine=engine,
            provider=FileKeyProvider(path=default_kek_path(settings.key_file)),
            keyring=keyring,
        )
        # An objection may name a purpose, as the portal lets a subject object to training.
        ledger = ConsentLedger(engine=engine, keys=keys, opt_out_kinds=[*OPT_OUT_KINDS, "training"])
        ledger.record_consent(
            subject=WITHDRAWN, purpose="training", state="withdrawn", channel="web", source="t"
        )
        ledger.set_opt_out(subject=OBJECTED, kind="training", channel="web", source="t")
        keys.pseudonym_key(keyring.subject_hash(ERASED))  # the subject had a key...
        ledger.erase(subject=ERASED)  # ...and was erased
        engine.dispose()
        yield Env(root, config, settings, upstream.url, received)


def generate(count: int, *, seed: int = 20) -> list[dict[str, Any]]:
    """Support-chat rows: ids, a subject (sometimes none), a text and a nested note.

    Health rows only come from subjects who made no choice, so each dropped row has one
    cause the tests can count.
    """
    rng = random.Random(seed)
    rows = []
    for i in range(count):
        subject = None if i % 17 == 0 else rng.choice(SUBJECTS)
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        values = {
            "name": name,
            "phone": f"06{rng.randint(10_000_000, 99_999_999)}",
            "email": f"{name.split()[0].lower()}.{i}@example.ma",
            "cin": f"{rng.choice('ABCDJ')}{rng.choice('EHKJ')}{rng.randint(100_000, 999_999)}",
        }
        health = i % 23 == 5 and subject not in (ERASED, WITHDRAWN, OBJECTED)
        text = HEALTH if health else rng.choice(SENTENCES).format(**values)
        rows.append(
            {
                "id": i,
                "client": subject,
                "text": text,
                "meta": {"note": None if i % 5 == 0 else f"Rappeler {values['phone']}", "n": i},
                "health": health,
            }
        )
    return rows


def write(rows: list[dict[str, Any]], path: Path, *, row_group_size: int = 500) -> Path:
    """``rows`` (without the test's labels) as JSONL, CSV (flat) or Parquet (nested)."""
    data = [{k: v for k, v in row.items() if k != "health"} for row in rows]
    if path.suffix == ".jsonl":
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in data), "utf-8")
    elif path.suffix == ".csv":
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["id", "client", "text", "note"])
            for r in data:
                writer.writerow([r["id"], r["client"] or "", r["text"], r["meta"]["note"] or ""])
    else:
        pq.write_table(pa.Table.from_pylist(data), path, row_group_size=row_group_size)
    return path


def expected_drops(rows: list[dict[str, Any]]) -> Counter[str]:
    """The rows ``generate`` made to be dropped, by their one cause."""
    drops: Counter[str] = Counter()
    for row in rows:
        if row["client"] == ERASED:
            drops["subject.erased"] += 1
        elif row["client"] == WITHDRAWN:
            drops["consent.withdrawn"] += 1
        elif row["client"] == OBJECTED:
            drops["opt_out.honoured"] += 1
        elif row["health"]:
            drops["sensitive.not_declared"] += 1
    return drops


def kept_ids(rows: list[dict[str, Any]]) -> set[str]:
    """The ids of the rows ``generate`` made to be kept (as strings: CSV has no types)."""
    refused = (ERASED, WITHDRAWN, OBJECTED)
    return {str(r["id"]) for r in rows if r["client"] not in refused and not r["health"]}


Send = Callable[[str, str | None], str]


@contextmanager
def proxy(env: Env, *, application: str) -> Iterator[Send]:
    """The sidecar itself, in this process, called by ``application`` (a token of that name).

    Yields ``send(text, subject)``: the text of one chat message as the echo model received
    it from the proxy, for that subject (``X-Subject-Id``, None: without one). The detector
    is the scrub runtime's (same settings, models loaded once per test session).
    """
    engine = make_engine(env.settings.database)
    try:
        token = create_api_token(
            engine=engine, name=application, scopes=["proxy:*", "subjects:assert"]
        )
    finally:
        engine.dispose()
    detector = worker_runtime(env.settings.model_dump_json()).detector
    app = create_app(env.settings, detector=detector)
    with LoopbackServer(app) as server, httpx.Client(base_url=server.url, timeout=120) as client:

        def send(text: str, subject: str | None) -> str:
            headers = {"Authorization": f"Bearer {token}"}
            if subject is not None:
                headers["X-Subject-Id"] = subject
            env.received.clear()
            response = client.post(
                "/llm/v1/chat/completions",
                json={"model": "m", "messages": [{"role": "user", "content": text}]},
                headers=headers,
            )
            assert response.status_code == 200, response.text
            [body] = env.received
            content: str = body["messages"][0]["content"]
            return content

        yield send


@dataclass(frozen=True)
class Ran:
    exit_code: int
    stdout: str
    stderr: str

    @property
    def report(self) -> dict[str, Any]:
        report: dict[str, Any] = json.loads(self.stdout.strip().splitlines()[-1])
        return report


def scrub(env: Env, *args: str | Path) -> Ran:
    """``cndp-guard scrub ARGS --config ENV`` in this process (no progress bar)."""
    result = CliRunner().invoke(
        main, ["scrub", *map(str, args), "--config", str(env.config), "--no-progress"]
    )
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return Ran(result.exit_code, result.stdout, result.stderr)


def read_output(path: Path) -> list[dict[str, Any]]:
    """Every row of an output directory, in part order."""
    rows: list[dict[str, Any]] = []
    for part in sorted(path.glob("part-*")):
        if part.suffix == ".jsonl":
            rows += [json.loads(line) for line in part.read_text("utf-8").splitlines()]
        elif part.suffix == ".csv":
            with part.open(newline="", encoding="utf-8") as handle:
                rows += list(csv.DictReader(handle))
        else:
            rows += pq.read_table(part).to_pylist()
    return rows
