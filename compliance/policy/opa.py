"""The production policy decision point: the same policies on a real OPA server.

``OpaPolicy`` reads the policies directory exactly as the embedded engine does (same
validation, same schemas, same version hash), uploads every module and data file to the
server at start (modules as policies ``cndp-guard/<path>``, ``data/<stem>.json`` at
``data.cndp.<stem>``) and then asks ``cndp/decision`` per request through
opa-python-client. Three traits of that client are handled here, once:

- ``update_policy_from_string`` silently rewrites a rejected module to Rego v0 syntax and
  retries unless ``rego_compat=False``: that would hide our errors and change the policy,
  so it is always off, and a module OPA refuses is a ``ConfigError`` naming file and line.
- ``query_rule`` returns ``{}`` when the decision is undefined; for us that is a refusal to
  decide, so a ``PolicyError`` (fail closed), never an empty allow.
- connection failures, timeouts and HTTP errors surface as raw ``requests`` exceptions (and
  the client's own error classes): every one of them becomes a ``PolicyError`` here, so the
  sidecar sees one error type and answers 503 with nothing forwarded.

The synchronous client is used: the protocol's ``decide`` is synchronous, and the async
client only works inside an ``async with`` that would have to span the app's lifetime. An
async caller runs ``decide`` in a worker thread (``asyncio.to_thread``), as for the
embedded engine; requests' connection pool is shared safely by those threads.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import requests
from opa_client import OpaClient
from opa_client.errors import RegoParseError

from compliance.core.errors import ConfigError, PolicyError
from compliance.policy.bundle import DATA_ROOT, PolicyBundle, load_bundle
from compliance.policy.decision import ENTRYPOINT, parse_decision
from compliance.policy.input import empty_request_input
from compliance.policy.types import Decision

POLICY_ID_PREFIX = "cndp-guard/"
DEFAULT_TIMEOUT = 1.5
_PACKAGE, _RULE = ENTRYPOINT.split("/")


class OpaPolicy:
    """Evaluates ``cndp/decision`` on an OPA server, after uploading the policies to it."""

    def __init__(self, *, url: str, policy_dir: Path, timeout: float = DEFAULT_TIMEOUT) -> None:
        """Validate the bundle, upload it, and probe the server with an empty request.

        Args:
            url: the server's base URL, e.g. ``http://127.0.0.1:8181``.
            policy_dir: the policies directory (the same one the embedded engine reads).
            timeout: seconds allowed per HTTP call to the server.

        Raises:
            ConfigError: the URL or the bundle is invalid, the server refuses a module
                (file and line in the message) or a data file, the server cannot be
                reached, or it gives no valid decision for an empty request.
        """
        host, port, tls = _parse_url(url)
        self._url = url
        self._bundle = load_bundle(policy_dir=policy_dir)
        # retries=0: a decision waits for one attempt only; the caller fails closed.
        self._client = OpaClient(host=host, port=port, ssl=tls, timeout=timeout, retries=0)
        try:
            self._upload(self._bundle)
            parse_decision(self._query(empty_request_input()), policy_version=self.version)
        except PolicyError as exc:
            self.close()
            raise ConfigError(
                f"policy.url {url}: the OPA server gives no decision for an empty request: "
                f"{exc.message}"
            ) from None
        except ConfigError:
            self.close()
            raise

    @property
    def version(self) -> str:
        """The hash of the uploaded bundle (the same as the embedded engine's for these files)."""
        return self._bundle.version

    def decide(self, policy_input: Mapping[str, Any]) -> Decision:
        """Ask the server for the decision.

        Raises:
            PolicyError: the server is unreachable or slow, answers an error, the decision is
                undefined or off contract. Messages never quote the input.
        """
        return parse_decision(self._query(policy_input), policy_version=self.version)

    def close(self) -> None:
        """Release the HTTP connections."""
        self._client.close_connection()

    def _query(self, policy_input: Mapping[str, Any]) -> Any:
        try:
            response = self._client.query_rule(
                input_data=dict(policy_input), package_path=_PACKAGE, rule_name=_RULE
            )
        except requests.Timeout:
            raise self._error("no answer in time") from None
        except requests.ConnectionError:
            raise self._error("unreachable") from None
        except requests.HTTPError as exc:
            status = exc.response.status_code if exc.response is not None else "?"
            raise self._error(f"answered HTTP {status}") from None
        except Exception as exc:  # the client's own errors, JSON errors...: fail closed
            raise self._error(f"failed ({type(exc).__name__})") from None
        if not isinstance(response, dict) or "result" not in response:
            raise self._error("the decision is undefined for this input")
        return response["result"]

    def _error(self, problem: str) -> PolicyError:
        return PolicyError(
            f"OPA server {self._url}: {ENTRYPOINT} (version {self.version}): {problem}; "
            "check the server and run `cndp-guard policy test`"
        )

    def _upload(self, bundle: PolicyBundle) -> None:
        try:
            existing = self._client.get_policies_list()
            wanted = {POLICY_ID_PREFIX + module.path: module for module in bundle.modules}
            for stale in sorted(set(existing) - set(wanted)):
                if stale.startswith(POLICY_ID_PREFIX):
                    self._client.delete_policy(stale)
            for policy_id, module in wanted.items():
                try:
                    self._client.update_policy_from_string(
                        module.source, policy_id, rego_compat=False
                    )
                except RegoParseError as exc:
                    raise _refused_module(bundle, exc) from None
            for stem, value in bundle.data[DATA_ROOT].items():
                if not isinstance(value, dict):
                    raise ConfigError(
                        f"policy data {bundle.root / 'data' / stem}.json holds a list; the OPA "
                        'engine uploads objects only: wrap it, e.g. {"items": [...]}'
                    )
                self._client.update_or_create_data(value, f"{DATA_ROOT}/{stem}")
        except ConfigError:
            raise
        except requests.RequestException as exc:
            raise ConfigError(
                f"policy.url {self._url}: cannot upload the policies to the OPA server "
                f"({type(exc).__name__}); start it (docker compose up opa) or fix policy.url"
            ) from None
        except RegoParseError as exc:
            raise ConfigError(
                f"policy.url {self._url}: the OPA server refused the policy data ({exc})"
            ) from None


def _parse_url(url: str) -> tuple[str, int, bool]:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.path not in ("", "/"):
        raise ConfigError(
            f"policy.url {url!r} is not the base URL of an OPA server; write e.g. "
            "http://127.0.0.1:8181"
        )
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        raise ConfigError(f"policy.url {url!r} has an invalid port; write e.g. :8181") from None
    return parts.hostname, port, parts.scheme == "https"


def _refused_module(bundle: PolicyBundle, exc: RegoParseError) -> ConfigError:
    """The server's compile errors as ``policies/cndp/x.rego:12:5: message``."""
    places = []
    for error in exc.errors:
        location = error.get("location") or {}
        name = str(location.get("file", "")).removeprefix(POLICY_ID_PREFIX)
        where = f"{bundle.root / name}:{location.get('row', '?')}:{location.get('col', '?')}"
        places.append(f"{where}: {error.get('message', 'invalid Rego')}")
    detail = "; ".join(places) or str(exc.message)
    return ConfigError(f"policy refused by the OPA server: {detail}; fix the Rego module")
