"""Settings: one YAML file plus environment overrides, validated at start.

Nothing else in the service reads ``os.environ``. Validation fails closed: a bad
value stops the start with a message naming the key, the value and the fix.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from compliance.core.errors import ConfigError
from compliance.core.paths import CONFIG_ENV, DEFAULT_CONFIG_PATH, SETTINGS_JSON_ENV
from compliance.core.portal_settings import PortalSettings

RESERVED_ROUTE_NAMES = ("api", "healthz", "metrics", "portal", "readyz")
ROUTE_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,62}$")
COUNTRY = re.compile(r"^[A-Z]{2}$")
PACKAGE_DIR = Path(__file__).resolve().parent.parent  # compliance/
DEFAULT_POLICY_DIR = PACKAGE_DIR.parent / "policies"


# Headers the forwarder sets itself; an operator's ``headers`` may not name them.
_OWN_HEADERS = frozenset(
    {
        "authorization",
        "content-type",
        "content-length",
        "host",
        "accept",
        "x-request-id",
        "transfer-encoding",
        "connection",
        "cookie",
    }
)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TransferBasis(_Strict):
    """What a cross-border destination rests on (art. 43-44), stated by the operator."""

    cndp_authorization: str | None = None  # e.g. the reference of a CNDP transfer authorization
    derogation: str | None = None  # one of policies/data/adequacy.json "derogations"
    evidence: str | None = None  # where the derogation's evidence is kept


class AutomatedDecision(_Strict):
    """Whether answers of this route feed decisions about people (art. 11)."""

    automated: bool = False
    legal_effect: bool = False
    human_review: bool = False


_HOST = re.compile(
    r"^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z][a-z0-9-]{0,62}"
    r"(?::[0-9]{1,5})?$"
)
_POINTER = re.compile(r"^(?:/(?:[^/~]|~[01])*)+$")


class RouteImages(_Strict):
    """Image inputs of one route (``compliance.images``): where they are, where they may come from.

    Images come inline as ``data:`` URLs. A remote ``https`` URL is fetched only from
    ``fetch_hosts`` (names, not IP literals, each with its port when not 443), within
    the limits below, without following a redirect to another host; the fetched image is
    then read like a ``data:`` URL and forwarded inline, never by its URL.
    """

    fetch_hosts: tuple[str, ...] = ()
    fetch_max_bytes: int = Field(default=8 * 1024 * 1024, gt=0, le=64 * 1024 * 1024)
    fetch_timeout_seconds: float = Field(default=10.0, gt=0, le=120)
    # JSON pointers (RFC 6901) of the fields holding an image, for embedding routes and
    # generic JSON routes (CLIP-style servers: {"image": "data:image/png;base64,..."});
    # ``*`` stands for every index of a list (``/input/*/image``).
    pointers: tuple[str, ...] = ()

    @field_validator("fetch_hosts")
    @classmethod
    def _hosts(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for host in value:
            if not _HOST.match(host):
                raise ValueError(
                    f"fetch host {host!r} is not a lower-case host name with an optional port;"
                    " write e.g. images.example.ma or cdn.example.ma:8443 (IP literals are"
                    " refused: the fetcher must not be pointed at addresses by number)"
                )
        return value

    @field_validator("pointers")
    @classmethod
    def _pointers(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for pointer in value:
            if not _POINTER.match(pointer):
                raise ValueError(
                    f"image pointer {pointer!r} is not a JSON pointer; write e.g. /image"
                    " or /input/*/image"
                )
        return value


class Route(_Strict):
    """One upstream AI component, reachable at ``/{name}/v1/...``."""

    upstream: str
    kind: Literal["openai", "json"] = "openai"
    country: str
    provider: str = "self-hosted"
    purpose: str = "assistant"
    timeout_seconds: float = Field(default=60.0, gt=0, le=3600)
    # Where the provider stores data, when it differs from where it computes (art. 43:
    # hosting abroad is a transfer too).
    hosting_country: str | None = None
    # Routes to try, in order, when the policy refuses this one for where it is.
    fallbacks: tuple[str, ...] = ()
    transfer: TransferBasis = Field(default_factory=lambda: TransferBasis())
    decision: AutomatedDecision = Field(default_factory=lambda: AutomatedDecision())
    # The kinds of processing every request of this route is (art. 9): a subject's
    # objection to one of them stops this route's requests, whatever their purpose, and
    # only those (besides the purposes of that kind). E.g. [personalization] for a route
    # whose model reads the subject's profile.
    processing: tuple[Literal["marketing", "personalization", "profiling"], ...] = ()
    # The upstream's own credentials, sent as its ``Authorization: Bearer``; the
    # client's Authorization is never forwarded. A file (mounted secret) or the name
    # of an environment variable, not the key itself.
    api_key_file: Path | None = None
    api_key_env: str | None = None
    # Headers the upstream needs from the operator (e.g. OpenAI-Organization), never
    # taken from the client.
    headers: dict[str, str] = Field(default_factory=dict)
    # Model ids this route serves; when set, any other ``model`` is refused (422).
    models: tuple[str, ...] = ()
    # The subject comes only from a signed X-Subject-Assertion (see proxy.assertion_keys),
    # not from X-Subject-Id: for deployments that trust no application to name people.
    require_subject_assertion: bool = False
    images: RouteImages = Field(default_factory=lambda: RouteImages())

    @field_validator("headers")
    @classmethod
    def _operator_headers(cls, value: dict[str, str]) -> dict[str, str]:
        for name in value:
            if not re.fullmatch(r"[A-Za-z0-9-]{1,64}", name) or name.lower() in _OWN_HEADERS:
                raise ValueError(
                    f"header {name!r} cannot be configured: names are letters, digits and"
                    f" '-', and {', '.join(sorted(_OWN_HEADERS))} are set by cndp-guard"
                    " (credentials go in api_key_file or api_key_env)"
                )
        return {name.lower(): v for name, v in value.items()}

    @model_validator(mode="after")
    def _one_key_source(self) -> Route:
        if self.api_key_file is not None and self.api_key_env is not None:
            raise ValueError("give api_key_file or api_key_env, not both")
        return self

    def api_key(self) -> str | None:
        """The upstream's key, read from its file or environment variable, if any.

        Raises:
            ConfigError: The file cannot be read, or the variable is unset or empty.
        """
        if self.api_key_file is not None:
            try:
                key = self.api_key_file.read_text(encoding="utf-8").strip()
            except OSError as exc:
                raise ConfigError(
                    f"api_key_file {self.api_key_file}: cannot be read ({type(exc).__name__});"
                    " mount the upstream's key there"
                ) from None
            if not key:
                raise ConfigError(f"api_key_file {self.api_key_file} is empty")
            return key
        if self.api_key_env is not None:
            key = os.environ.get(self.api_key_env, "").strip()
            if not key:
                raise ConfigError(
                    f"api_key_env {self.api_key_env!r}: the variable is unset or empty;"
                    " export the upstream's key in it"
                )
            return key
        return None

    @field_validator("upstream")
    @classmethod
    def _http_url(cls, value: str) -> str:
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(
                f"upstream {value!r} is not an http(s) URL; write e.g. http://127.0.0.1:8000"
            )
        return value.rstrip("/")

    @field_validator("country", "hosting_country")
    @classmethod
    def _iso_country(cls, value: str | None) -> str | None:
        if value is not None and not COUNTRY.match(value):
            raise ValueError(
                f"country {value!r} is not an ISO 3166-1 alpha-2 code; write e.g. MA, FR or US"
            )
        return value


class PolicySettings(_Strict):
    engine: Literal["embedded", "opa"] = "embedded"
    url: str | None = None  # the OPA server, for engine: opa
    directory: Path = DEFAULT_POLICY_DIR
    timeout: float = Field(default=1.5, gt=0, le=60)
    # Seconds between checks of the policy files (embedded engine); null: never reload.
    reload_interval: float | None = Field(default=1.0, gt=0)
    # Decisions remembered by their input (compliance/policy/cache.py); 0: none. Default
    # 4096 for the embedded engine, 0 for an OPA server (its bundle may change unseen).
    decision_cache: int | None = Field(default=None, ge=0, le=1_000_000)

    @property
    def decision_cache_size(self) -> int:
        if self.decision_cache is not None:
            return self.decision_cache
        return 0 if self.engine == "opa" else 4096

    @model_validator(mode="after")
    def _opa_needs_url(self) -> PolicySettings:
        if self.engine == "opa" and not self.url:
            raise ValueError("engine 'opa' needs url; write e.g. url: http://127.0.0.1:8181")
        return self


class AuditSettings(_Strict):
    """Signed checkpoints of the audit trail (audit/ verifies them offline)."""

    signing_key_file: Path | None = None  # None: audit-signing.key beside key_file
    checkpoint_every: int = Field(default=1000, ge=1, le=1_000_000)
    checkpoint_seconds: float = Field(default=60.0, gt=0, le=86_400)


class DetectionSettings(_Strict):
    languages: tuple[str, ...] = ("fr", "en")
    score_threshold: float = Field(default=0.5, ge=0.0, le=1.0)
    cache_size: int = Field(default=4096, ge=0)
    # Fair scheduling (``compliance.detect.scheduler``): the detector runs units of at most
    # slice_chars characters, round-robin between requests; a longer text is read in
    # slices overlapping by overlap_chars (a value shorter than that lies whole in one).
    slice_chars: int = Field(default=4096, ge=512, le=1_048_576)
    overlap_chars: int = Field(default=256, ge=0, le=4096)
    # One request's characters to analyze (413 detection_budget_exceeded past it), and
    # all requests' characters waiting for the detector (503 detection_overloaded).
    max_request_chars: int = Field(default=262_144, gt=0, le=64 * 1024 * 1024)
    max_pending_chars: int = Field(default=2_097_152, gt=0, le=256 * 1024 * 1024)

    @model_validator(mode="after")
    def _slices(self) -> DetectionSettings:
        if self.overlap_chars * 2 >= self.slice_chars:
            raise ValueError(
                f"detection.overlap_chars ({self.overlap_chars}) must be under half of"
                f" detection.slice_chars ({self.slice_chars})"
            )
        return self


class ImageSettings(_Strict):
    """The detection budget of image parts (``compliance.images``), per image and per request.

    Past a bound the request is refused (413 or 422, README "Images"), never forwarded
    with a part unread.
    """

    # Decoded bytes of one image, and its pixels (read from the header, before decoding).
    max_bytes: int = Field(default=8 * 1024 * 1024, gt=0, le=64 * 1024 * 1024)
    max_pixels: int = Field(default=16_000_000, gt=0, le=64_000_000)
    # Images one request may carry: each costs OCR (about a second of CPU) and faces.
    max_images: int = Field(default=4, ge=1, le=64)
    # Tesseract is stopped after this long; the image then gets 422 image_too_complex.
    ocr_timeout_seconds: float = Field(default=20.0, gt=0, le=300)
    # Tesseract models (Debian's tesseract-ocr-fra, -ara, -eng), joined with +.
    ocr_languages: tuple[str, ...] = ("fra", "ara", "eng")
    # Threads reading images (OCR, faces, redaction) off the event loop.
    workers: int = Field(default=2, ge=1, le=32)
    # The smallest face looked for, in pixels of the image scaled to 800 on its long side.
    min_face_pixels: int = Field(default=24, ge=8, le=1024)
    # PEM certificates of the authorities that sign the fetch hosts' certificates, for
    # hosts behind a private CA (an internal media server); the system's CAs otherwise.
    fetch_ca_file: Path | None = None

    @field_validator("ocr_languages")
    @classmethod
    def _languages(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if not value or not all(re.fullmatch(r"[a-z]{3}(?:_[a-z]+)?", v) for v in value):
            raise ValueError(
                f"ocr_languages {list(value)!r} must name Tesseract models, e.g. [fra, ara, eng]"
            )
        return value


class AnswersSettings(_Strict):
    """How answers are scanned (``compliance.proxy.streaming``)."""

    # Characters of a streamed answer held back while a value could still be growing
    # into them (number-like runs are held whole, up to 256 characters, whatever this is).
    holdback_chars: int = Field(default=32, ge=8, le=1024)


class ProxySettings(_Strict):
    """Who may call the proxy routes (``compliance.proxy.auth``)."""

    # token: applications send ``Authorization: Bearer <token>`` with proxy:* or
    # proxy:ROUTE (and subjects:assert to send X-Subject-Id); none: anyone who reaches
    # the port acts as anyone (development only; refused in production).
    auth: Literal["token", "none"] = "token"
    # A verified token is remembered this long; a revoked one stops working within it.
    token_cache_seconds: float = Field(default=1.0, ge=0, le=300)
    # Public keys (PEM files, Ed25519 or P-256) per application (token name), for routes
    # with require_subject_assertion: the application signs who each request is about.
    assertion_keys: dict[str, tuple[Path, ...]] = Field(default_factory=dict)

    def load_assertion_keys(self) -> dict[str, list[Any]]:
        """The public keys of ``assertion_keys``, loaded.

        Raises:
            ConfigError: A file cannot be read or is not an Ed25519 or P-256 public key.
        """
        from cryptography.hazmat.primitives.asymmetric import ec, ed25519
        from cryptography.hazmat.primitives.serialization import load_pem_public_key

        loaded: dict[str, list[Any]] = {}
        for application, paths in self.assertion_keys.items():
            for path in paths:
                try:
                    key = load_pem_public_key(path.read_bytes())
                except (OSError, ValueError) as exc:
                    raise ConfigError(
                        f"proxy.assertion_keys.{application}: {path} is not a readable PEM"
                        f" public key ({type(exc).__name__})"
                    ) from None
                p256 = isinstance(key, ec.EllipticCurvePublicKey) and key.curve.name == "secp256r1"
                if not (isinstance(key, ed25519.Ed25519PublicKey) or p256):
                    raise ConfigError(
                        f"proxy.assertion_keys.{application}: {path} is neither an Ed25519"
                        " nor a P-256 key; assertions are signed with EdDSA or ES256"
                    )
                loaded.setdefault(application, []).append(key)
        return loaded


class LimitsSettings(_Strict):
    """Bounds on what a client may send before the app looks at it (``compliance.http.limits``).

    The sidecar's own floor: a front proxy (TLS terminator) should bound headers and
    their read time too (SECURITY.md), since uvicorn has no header-read timeout.
    """

    # Header lines, and the bytes of their names and values together.
    max_header_count: int = Field(default=100, ge=1, le=1000)
    max_header_bytes: int = Field(default=16 * 1024, ge=1, le=1024 * 1024)
    # The request target: path and query string, as sent.
    max_target_bytes: int = Field(default=8 * 1024, ge=1, le=64 * 1024)
    # From the end of the headers to the last byte of the body: a client that trickles a
    # body gets a 408 instead of holding a worker.
    body_timeout_seconds: float = Field(default=30.0, gt=0, le=3600)


class TestingSettings(_Strict):
    """Hooks for the test suite only; refused when ``environment`` is production."""

    # Model loading (warm-up) waits until this file exists, so a test can observe the
    # sidecar while it is still warming up without racing the machine's speed.
    hold_warm_up_until: Path | None = None


class Settings(_Strict):
    """Everything the service needs; ``create_app(settings)`` builds from this alone."""

    routes: dict[str, Route]
    database: str = "sqlite:///var/cndp-guard.db"
    key_file: Path = Path("var/keys/master.key")
    policy: PolicySettings = PolicySettings()
    detection: DetectionSettings = DetectionSettings()
    max_body_bytes: int = Field(default=1024 * 1024, gt=0, le=64 * 1024 * 1024)
    # A request that reaches a worker still loading its models waits this long for them
    # before it gets 503 not_ready; 0 refuses it at once.
    ready_wait_seconds: float = Field(default=30.0, ge=0, le=300)
    portal: PortalSettings = PortalSettings()
    audit: AuditSettings = AuditSettings()
    # Declared purposes of the consent ledger (name, description fr/ar/en, lawful_basis,
    # data_categories, retention_days, cndp). Absent: the ledger takes any purpose name and
    # the portal describes policies/data/purposes.json.
    purposes: tuple[dict[str, Any], ...] | None = None
    environment: Literal["development", "production"] = "development"
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    limits: LimitsSettings = LimitsSettings()
    proxy: ProxySettings = ProxySettings()
    answers: AnswersSettings = AnswersSettings()
    images: ImageSettings = ImageSettings()
    # /metrics needs a bearer token with the scope metrics:read. "none" serves it to anyone
    # who reaches the port: only where the network already fences that port.
    metrics_auth: Literal["token", "none"] = "token"
    # Serve /docs, /redoc and /openapi.json (development only; `cndp-guard openapi`
    # prints the document without serving it).
    api_docs: bool = False
    testing: TestingSettings = TestingSettings()

    @field_validator("routes")
    @classmethod
    def _route_names(cls, value: dict[str, Route]) -> dict[str, Route]:
        if not value:
            raise ValueError(
                "no routes configured; add e.g. routes: {llm: {upstream: ..., country: MA}}"
            )
        for name in value:
            if not ROUTE_NAME.match(name) or name in RESERVED_ROUTE_NAMES:
                raise ValueError(
                    f"route name {name!r} is not allowed; use lowercase letters, digits, '-' or '_'"
                    f" and not a reserved path ({', '.join(RESERVED_ROUTE_NAMES)})"
                )
        return value

    @model_validator(mode="after")
    def _fallbacks_exist(self) -> Settings:
        for name, route in self.routes.items():
            for fallback in route.fallbacks:
                if fallback == name or fallback not in self.routes:
                    raise ValueError(
                        f"route {name!r}: fallback {fallback!r} is not another configured route;"
                        f" choose among {', '.join(sorted(set(self.routes) - {name}))}"
                    )
                if self.routes[fallback].kind != route.kind:
                    raise ValueError(
                        f"route {name!r}: fallback {fallback!r} is of kind"
                        f" {self.routes[fallback].kind!r}, not {route.kind!r}"
                    )
                if self.routes[fallback].fallbacks:
                    raise ValueError(
                        f"route {name!r}: fallback {fallback!r} has fallbacks of its own;"
                        " fallbacks are one level deep, list them all on the primary route"
                    )
        return self

    @model_validator(mode="after")
    def _api_docs_in_development_only(self) -> Settings:
        if self.api_docs and self.environment != "development":
            raise ValueError(
                "api_docs: true serves /docs, /redoc and /openapi.json to anyone, which is for"
                " development only; remove it and get the document with `cndp-guard openapi`"
            )
        return self

    @model_validator(mode="after")
    def _proxy_auth_in_production(self) -> Settings:
        if self.proxy.auth == "none" and self.environment == "production":
            raise ValueError(
                "proxy.auth: none lets anyone who reaches the port call the routes as anyone,"
                " which production refuses; remove it and give each application a token:"
                " cndp-guard tokens create --name APP --scope 'proxy:*'"
            )
        return self

    @model_validator(mode="after")
    def _testing_hooks_not_in_production(self) -> Settings:
        if self.testing.hold_warm_up_until is not None and self.environment == "production":
            raise ValueError(
                "testing.hold_warm_up_until holds model loading for the test suite; it is"
                " refused in production: remove it"
            )
        return self

    @field_validator("purposes")
    @classmethod
    def _declared_purposes(
        cls, value: tuple[dict[str, Any], ...] | None
    ) -> tuple[dict[str, Any], ...] | None:
        if value is not None:
            from compliance.core.errors import PurposeConfigError
            from compliance.core.purposes import load_purposes

            try:
                load_purposes(value)
            except PurposeConfigError as exc:
                raise ValueError(str(exc)) from None
        return value

    @field_validator("database")
    @classmethod
    def _database_url(cls, value: str) -> str:
        if not value.startswith(("sqlite:///", "postgresql://", "postgresql+psycopg://")):
            raise ValueError(
                f"database {value!r} is not supported; write sqlite:///var/cndp-guard.db"
                " or postgresql://user@host:5432/db"
            )
        return value


# Environment overrides: variable -> dotted settings key.
ENV_OVERRIDES: Mapping[str, str] = {
    "CNDP_GUARD_DATABASE": "database",
    "CNDP_GUARD_KEY_FILE": "key_file",
    "CNDP_GUARD_POLICY_ENGINE": "policy.engine",
    "CNDP_GUARD_POLICY_URL": "policy.url",
    "CNDP_GUARD_POLICY_DIR": "policy.directory",
    "CNDP_GUARD_POLICY_TIMEOUT": "policy.timeout",
    "CNDP_GUARD_MAX_BODY_BYTES": "max_body_bytes",
    "CNDP_GUARD_READY_WAIT_SECONDS": "ready_wait_seconds",
    "CNDP_GUARD_ENVIRONMENT": "environment",
    "CNDP_GUARD_LOG_LEVEL": "log_level",
    "CNDP_GUARD_PORTAL_BASE_URL": "portal.base_url",
    "CNDP_GUARD_AUDIT_SIGNING_KEY_FILE": "audit.signing_key_file",
    "CNDP_GUARD_AUDIT_CHECKPOINT_EVERY": "audit.checkpoint_every",
    "CNDP_GUARD_AUDIT_CHECKPOINT_SECONDS": "audit.checkpoint_seconds",
    "CNDP_GUARD_LIMITS_MAX_HEADER_COUNT": "limits.max_header_count",
    "CNDP_GUARD_LIMITS_MAX_HEADER_BYTES": "limits.max_header_bytes",
    "CNDP_GUARD_LIMITS_MAX_TARGET_BYTES": "limits.max_target_bytes",
    "CNDP_GUARD_LIMITS_BODY_TIMEOUT_SECONDS": "limits.body_timeout_seconds",
    "CNDP_GUARD_METRICS_AUTH": "metrics_auth",
    "CNDP_GUARD_API_DOCS": "api_docs",
    "CNDP_GUARD_TESTING_HOLD_WARM_UP_UNTIL": "testing.hold_warm_up_until",
}


def _set_dotted(document: dict[str, Any], dotted: str, value: str) -> None:
    *parents, leaf = dotted.split(".")
    node = document
    for key in parents:
        node = node.setdefault(key, {})
    node[leaf] = value


def _format_error(error: ValidationError, source: str) -> str:
    lines = [f"invalid settings in {source}:"]
    for item in error.errors():
        where = ".".join(str(part) for part in item["loc"]) or "(top level)"
        message = item["msg"].removeprefix("Value error, ")
        if item["type"] == "extra_forbidden":
            message = "unknown key; remove it or check its spelling"
        elif item["type"] == "missing":
            message = "required key is missing"
        lines.append(f"  {where}: {message}")
    return "\n".join(lines)


def parse_settings(document: Mapping[str, Any], *, source: str = "settings") -> Settings:
    """Validate a settings document; raise ``ConfigError`` naming every bad key."""
    try:
        return Settings.model_validate(document)
    except ValidationError as exc:
        raise ConfigError(_format_error(exc, source)) from None


def no_configuration_message(path: Path) -> str:
    """What a command says when it finds no configuration: where it looked, how to give one."""
    return (
        f"no configuration: {path.absolute()} does not exist; give one with --config FILE"
        f" or {CONFIG_ENV}=FILE (`cndp-guard serve --demo` writes a demo one there)"
    )


def find_config(
    path: Path | None = None,
    *,
    environ: Mapping[str, str] | None = None,
    default: Path = DEFAULT_CONFIG_PATH,
) -> tuple[Path | None, str]:
    """Which configuration file a command uses, and where that choice came from.

    ``--config`` (``path``) first, then ``$CNDP_GUARD_CONFIG``, then ``default``
    (``var/cndp-guard.yaml`` in the current directory, where ``serve --demo`` writes its
    own) when it exists. ``(None, ...)`` when there is none.
    """
    env = os.environ if environ is None else environ
    if path is not None:
        return path, "--config"
    if env.get(CONFIG_ENV):
        return Path(env[CONFIG_ENV]), CONFIG_ENV
    if default.exists():
        return default, "the default location"
    return None, "the default location"


def load_settings(
    path: Path | None = None,
    *,
    environ: Mapping[str, str] | None = None,
    default: Path = DEFAULT_CONFIG_PATH,
) -> Settings:
    """Read the configuration file and apply environment overrides.

    The file is ``path`` (``--config``), else ``$CNDP_GUARD_CONFIG``, else ``default``
    (``var/cndp-guard.yaml``, which ``serve --demo`` writes). Worker processes of ``serve``
    get the validated settings as JSON instead (``SETTINGS_JSON_ENV``).

    Raises:
        ConfigError: no file is found (the message names the file looked for and the two
            ways to give one), it cannot be read or parsed, or a value is invalid.
    """
    env = os.environ if environ is None else environ
    if path is None and env.get(SETTINGS_JSON_ENV):
        return parse_settings(json.loads(env[SETTINGS_JSON_ENV]), source=SETTINGS_JSON_ENV)
    found, origin = find_config(path, environ=env, default=default)
    if found is None:
        raise ConfigError(no_configuration_message(default))
    where = f"{found} (from {CONFIG_ENV})" if origin == CONFIG_ENV else str(found)
    try:
        loaded = yaml.safe_load(found.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(
            f"cannot read config file {where}: {exc.strerror}; give one with --config FILE"
            f" or {CONFIG_ENV}=FILE"
        ) from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"config file {where} is not valid YAML: {exc}") from None
    if loaded is not None and not isinstance(loaded, dict):
        raise ConfigError(f"config file {where} must hold a mapping at top level")
    document: dict[str, Any] = loaded or {}
    for variable, dotted in ENV_OVERRIDES.items():
        if variable in env:
            _set_dotted(document, dotted, env[variable])
    return parse_settings(document, source=where)
