"""Decisions cached by their input: repeated inputs are not evaluated again, and nothing stale is served."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from compliance.core.errors import PolicyError
from compliance.core.settings import PolicySettings
from compliance.policy import CachedPolicy, Decision, EmbeddedPolicy
from tests.policy.conftest import MakeInput


class Counting:
    """A real decision point that counts the evaluations it makes."""

    def __init__(self, inner: EmbeddedPolicy) -> None:
        self.inner = inner
        self.calls = 0

    @property
    def version(self) -> str:
        return self.inner.version

    def check_for_changes(self) -> None:
        self.inner.check_for_changes()

    def decide(self, policy_input: Mapping[str, Any]) -> Decision:
        self.calls += 1
        return self.inner.decide(policy_input)


def test_the_same_input_is_evaluated_once(policy: EmbeddedPolicy, make_input: MakeInput) -> None:
    counting = Counting(policy)
    cached = CachedPolicy(counting, maxsize=16)
    first = cached.decide(make_input())
    again = cached.decide(make_input())  # an equal document, built anew
    assert again == first == policy.decide(make_input())
    assert counting.calls == 1
    assert (cached.hits, cached.misses) == (1, 1)


def test_a_consent_change_is_a_new_input(policy: EmbeddedPolicy, make_input: MakeInput) -> None:
    counting = Counting(policy)
    cached = CachedPolicy(counting, maxsize=16)
    refused = cached.decide(make_input(purpose="marketing"))
    granted = cached.decide(make_input(purpose="marketing", consents={"marketing": "granted"}))
    withdrawn = cached.decide(make_input(purpose="marketing", consents={"marketing": "withdrawn"}))
    assert not refused.allow
    assert granted.allow
    assert not withdrawn.allow
    assert counting.calls == 3


def test_a_policy_reload_is_never_answered_from_the_old_bundle(
    policy_copy: Path, make_input: MakeInput
) -> None:
    inner = EmbeddedPolicy(policy_dir=policy_copy, reload_interval=None)
    cached = CachedPolicy(inner, maxsize=16)
    abroad = make_input(route="us", country="US", provider="openai")
    assert not cached.decide(abroad).allow
    adequacy = policy_copy / "data" / "adequacy.json"
    data = json.loads(adequacy.read_text(encoding="utf-8"))
    data["countries"] = sorted({*data["countries"], "US"})
    adequacy.write_text(json.dumps(data), encoding="utf-8")
    assert inner.reload()
    assert cached.decide(abroad).allow
    assert cached.version == inner.version


def test_a_failed_decision_is_not_remembered(make_input: MakeInput) -> None:
    class Failing:
        version = "sha256:test"
        calls = 0

        def decide(self, policy_input: Mapping[str, Any]) -> Decision:
            self.calls += 1
            raise PolicyError("evaluation failed")

    failing = Failing()
    cached = CachedPolicy(failing, maxsize=4)
    for _ in range(2):
        with pytest.raises(PolicyError):
            cached.decide(make_input())
    assert failing.calls == 2


def test_the_cache_is_bounded(policy: EmbeddedPolicy, make_input: MakeInput) -> None:
    counting = Counting(policy)
    cached = CachedPolicy(counting, maxsize=2)
    for count in (1, 2, 3, 1):  # 1 is evicted by 3, so decided again
        cached.decide(make_input(entities={"PERSON": count}))
    assert counting.calls == 4
    cached.decide(make_input(entities={"PERSON": 1}))
    assert counting.calls == 4


def test_settings_cache_the_embedded_engine_and_not_an_opa_server() -> None:
    assert PolicySettings().decision_cache_size == 4096
    assert PolicySettings(engine="opa", url="http://127.0.0.1:8181").decision_cache_size == 0
    assert PolicySettings(decision_cache=0).decision_cache_size == 0
    with pytest.raises(ValueError, match="decision_cache"):
        PolicySettings(decision_cache=-1)
