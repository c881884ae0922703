"""What a worker process holds for the row work, built once per process from the settings.

A local worker process and a Spark executor's Python worker build the same runtime the
first time they are handed a part, and keep it for every later part (Spark reuses its
Python workers between tasks): the detector with its spaCy models, the minimizer, the
policy decision point, and the subject keys and consent ledger over the configured
database. Keys come from where the settings say (the root key file, the KEK ring of the
key provider) on the machine the worker runs on: nothing of them travels with the job.
A worker never creates a key file or a database: one missing there is a deployment
error, named with the machine, not a silent second key.
"""

from __future__ import annotations

import hashlib
import json
import socket
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine

from compliance.consent import ConsentLedger, load_purposes
from compliance.core.errors import ConfigError
from compliance.core.settings import Settings, parse_settings
from compliance.crypto import FileKeyProvider, KeyRing, default_kek_path
from compliance.crypto.keys import load_or_create_key_file
from compliance.detect.types import Detector
from compliance.minimize import Minimizer
from compliance.policy import EmbeddedPolicy, OpaPolicy
from compliance.policy.types import Decision, PolicyDecisionPoint
from compliance.store import make_engine
from compliance.subjects import SubjectKeys

# Settings fingerprint -> runtime: one per worker process (a process serves one job).
_RUNTIMES: dict[str, Runtime] = {}


@dataclass
class Runtime:
    settings: Settings
    detector: Detector
    minimizer: Minimizer
    pdp: PolicyDecisionPoint
    keyring: KeyRing
    subject_keys: SubjectKeys
    ledger: ConsentLedger
    engine: Engine
    # Row classes already decided (policy input minus the subject's hash -> decision).
    decisions: dict[bytes, Decision] = field(default_factory=dict)
    # Subject hashes whose key exists (or who were erased): not provisioned again.
    known_subjects: set[str] = field(default_factory=set)
    # Names this runtime in part manifests: one per process shows models loaded once.
    id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])


def decision_point(settings: Settings) -> EmbeddedPolicy | OpaPolicy:
    """The configured engine; the embedded one never reloads: one job, one policy version."""
    policy = settings.policy
    if policy.engine == "opa":
        assert policy.url is not None  # checked by PolicySettings
        return OpaPolicy(url=policy.url, policy_dir=policy.directory, timeout=policy.timeout)
    return EmbeddedPolicy(policy_dir=policy.directory, reload_interval=None)


def _here() -> str:
    return socket.gethostname()


def open_keys(settings: Settings, engine: Engine, *, create: bool) -> tuple[KeyRing, SubjectKeys]:
    """The key ring and subject keys of ``settings``; ``create`` only on the driver.

    Raises:
        ConfigError: a key file is missing (on a worker) or unusable.
    """
    kek = default_kek_path(settings.key_file)
    if not create:
        for path, what in ((settings.key_file, "root key"), (kek, "KEK ring")):
            if not path.exists():
                raise ConfigError(
                    f"the {what} {path} is missing on {_here()}: workers read the keys from"
                    " the configured key provider; mount the same key files (secret) there"
                )
    root = load_or_create_key_file(settings.key_file)
    keyring = KeyRing(root_key=root)
    provider = FileKeyProvider(path=kek, create=create, read_only=not create)
    return keyring, SubjectKeys(engine=engine, provider=provider, keyring=keyring)


def open_database(settings: Settings, *, create: bool) -> Engine:
    """The configured database; on a worker, an SQLite file must already exist."""
    url = settings.database
    if not create and url.startswith("sqlite:///"):
        path = Path(url.removeprefix("sqlite:///"))
        if not path.exists():
            raise ConfigError(
                f"the database {path} is missing on {_here()}: workers read subject keys and"
                " consents from the configured database; give them the same one (PostgreSQL"
                " on a cluster)"
            )
    return make_engine(url)


def build_runtime(settings: Settings) -> Runtime:
    """A worker's runtime: models loaded (warm-up) before the first part."""
    from compliance.detect import PresidioDetector

    engine = open_database(settings, create=False)
    keyring, subject_keys = open_keys(settings, engine, create=False)
    purposes = load_purposes(settings.purposes) if settings.purposes is not None else None
    detector = PresidioDetector(
        languages=settings.detection.languages,
        score_threshold=settings.detection.score_threshold,
        cache_size=settings.detection.cache_size,
    )
    detector.warm_up()
    return Runtime(
        settings=settings,
        detector=detector,
        minimizer=Minimizer(),
        pdp=decision_point(settings),
        keyring=keyring,
        subject_keys=subject_keys,
        ledger=ConsentLedger(engine=engine, keys=subject_keys, purposes=purposes),
        engine=engine,
    )


def worker_runtime(settings_json: str) -> Runtime:
    """This process's runtime for these settings, built on first use."""
    fingerprint = hashlib.sha256(settings_json.encode()).hexdigest()
    runtime = _RUNTIMES.get(fingerprint)
    if runtime is None:
        document: dict[str, Any] = json.loads(settings_json)
        runtime = _RUNTIMES[fingerprint] = build_runtime(parse_settings(document))
    return runtime
