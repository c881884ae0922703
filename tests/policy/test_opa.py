"""OpaPolicy: one error type (fail closed) whatever the server or the client does.

The decision table runs on a real OPA server in test_decision_table.py when one is
reachable. These tests need no server: they pin what happens when there is none.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from compliance.core.errors import ConfigError
from compliance.policy import OpaPolicy
from tests.conftest import free_port


@pytest.mark.parametrize(
    "url",
    [
        pytest.param("opa:8181", id="no-scheme"),
        pytest.param("ftp://127.0.0.1:8181", id="ftp"),
        pytest.param("http://127.0.0.1:8181/v1/data", id="with-path"),
        pytest.param("http://127.0.0.1:99999", id="bad-port"),
    ],
)
def test_a_url_that_is_not_an_opa_base_url_is_refused(policy_dir: Path, url: str) -> None:
    with pytest.raises(ConfigError, match=r"policy\.url"):
        OpaPolicy(url=url, policy_dir=policy_dir, timeout=0.5)


def test_an_unreachable_server_is_refused_at_start_with_the_fix(policy_dir: Path) -> None:
    url = f"http://127.0.0.1:{free_port()}"

    with pytest.raises(ConfigError) as raised:
        OpaPolicy(url=url, policy_dir=policy_dir, timeout=0.5)

    assert f"policy.url {url}: cannot upload the policies" in raised.value.message
    assert raised.value.exit_code == 2


def test_the_bundle_is_validated_before_any_upload(policy_copy: Path) -> None:
    purposes = policy_copy / "data" / "purposes.json"
    purposes.write_text(purposes.read_text().replace('"contract"', '"whim"', 1))

    with pytest.raises(ConfigError, match=r"purposes\.json:4:"):
        OpaPolicy(url=f"http://127.0.0.1:{free_port()}", policy_dir=policy_copy)
