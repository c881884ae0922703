"""Step 2 on its own: the subject only an allowed caller may name, the purpose, the fallbacks."""

from __future__ import annotations

import pytest

from compliance.callers.errors import InsufficientScope
from compliance.callers.identity import ANONYMOUS, ASSERT_SCOPE, Caller
from compliance.core.settings import Route
from compliance.guard.context import request_context, subject_of

ROUTE = Route(upstream="http://127.0.0.1:9", country="MA", purpose="assistant")
SIGNED = Route(upstream="http://127.0.0.1:9", country="MA", require_subject_assertion=True)
WITH_FALLBACKS = Route(upstream="http://127.0.0.1:9", country="FR", fallbacks=("local", "other"))
APP = Caller(name="crm", token_id="t1", scopes=frozenset({"proxy:*"}))
ASSERTING = Caller(name="crm", token_id="t1", scopes=frozenset({"proxy:*", ASSERT_SCOPE}))


def _never(value: str | None) -> str:
    raise AssertionError(f"no assertion is read on this route (got {value!r})")


def test_a_subject_id_needs_the_assert_scope() -> None:
    with pytest.raises(InsufficientScope):
        subject_of({"x-subject-id": "s-1"}, ROUTE, APP, verify_assertion=_never)
    assert subject_of({"x-subject-id": "s-1"}, ROUTE, ASSERTING, verify_assertion=_never) == "s-1"
    assert subject_of({}, ROUTE, APP, verify_assertion=_never) is None
    assert subject_of({"x-subject-id": ""}, ROUTE, APP, verify_assertion=_never) is None


def test_a_signed_route_reads_the_assertion_only() -> None:
    seen: list[str | None] = []

    def verify(value: str | None) -> str:
        seen.append(value)
        return "from-assertion"

    headers = {"x-subject-id": "claimed", "x-subject-assertion": "jwt"}
    assert subject_of(headers, SIGNED, ASSERTING, verify_assertion=verify) == "from-assertion"
    assert seen == ["jwt"]


def test_the_context_keys_the_subject_and_keeps_only_callable_fallbacks() -> None:
    routes = {"local": ROUTE, "other": SIGNED}
    only_local = Caller(name="crm", token_id="t1", scopes=frozenset({"proxy:local", ASSERT_SCOPE}))
    ctx = request_context(
        {"x-subject-id": "s-1", "x-purpose": "support", "x-original-purpose": "assistant"},
        request_id="r1",
        route_name="abroad",
        route=WITH_FALLBACKS,
        kind="chat",
        caller=only_local,
        verify_assertion=_never,
        subject_hash=lambda subject: "h:" + subject[::-1],
        route_of=routes.__getitem__,
    )
    assert ctx.subject_hash == "h:1-s"
    assert ctx.purpose == "support"
    assert ctx.original_purpose == "assistant"
    assert ctx.fallbacks == (("local", ROUTE),)
    assert ctx.application == "crm"


def test_the_route_purpose_is_the_default_and_no_subject_is_no_hash() -> None:
    ctx = request_context(
        {},
        request_id="r1",
        route_name="llm",
        route=ROUTE,
        kind="chat",
        caller=ANONYMOUS,
        verify_assertion=_never,
        subject_hash=lambda subject: pytest.fail("no subject to hash"),
        route_of=lambda name: pytest.fail("no fallback to resolve"),
    )
    assert (ctx.purpose, ctx.subject_hash, ctx.fallbacks, ctx.application) == (
        "assistant",
        None,
        (),
        None,
    )
