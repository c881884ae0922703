"""Nothing personal leaves unscanned: every case is refused with nothing forwarded, or minimized.

Each case puts the canaries (``canaries.py``) somewhere in a request, or writes
them in another form, and sends it through the sidecar to a recording upstream,
on a route at home (``llm``, MA: minimized) and on one abroad (``us``: personal
data refused). The check reads every view of the bytes that reached the
upstream. Families: placement (fields and keys), headers, Unicode, separators
and case, values split between texts.
"""

from __future__ import annotations

import json

import pytest

from tests.e2e.boundary.canaries import CARD, CIN, EMAIL, PHONE, verdict
from tests.e2e.boundary.cases import (
    GLUED,
    HEADERS,
    ORDINARY_PARAMS,
    PARAMS,
    PLACEMENT,
    SEPARATORS,
    SPLIT,
    UNICODE,
    Case,
)

pytestmark = pytest.mark.slow

ROUTES = ("llm", "us")


def _params(cases: list[Case]) -> list[pytest.param]:
    return [
        pytest.param(route, case, id=f"{route}-{case.id}") for case in cases for route in ROUTES
    ]


@pytest.mark.parametrize(("route", "case"), _params(PLACEMENT))
def test_placement(send, route: str, case: Case) -> None:
    assert verdict(*send(route, "v1/" + case.endpoint, case.body, headers=case.headers)) == "held"


@pytest.mark.parametrize(("route", "case"), _params(PARAMS))
def test_structural_numbers(send, route: str, case: Case) -> None:
    assert verdict(*send(route, "v1/" + case.endpoint, case.body)) == "held"


@pytest.mark.parametrize("body", ORDINARY_PARAMS)
def test_ordinary_parameters_pass_unchanged(send, body: dict) -> None:
    status, wires = send("llm", "v1/chat/completions", body)
    assert status == 200
    sent = json.loads(wires[0].body)
    assert {k: sent[k] for k in body if k != "messages"} == {
        k: v for k, v in body.items() if k != "messages"
    }


@pytest.mark.parametrize(("route", "case"), _params(HEADERS))
def test_headers(send, route: str, case: Case) -> None:
    assert verdict(*send(route, "v1/" + case.endpoint, case.body, headers=case.headers)) == "held"


@pytest.mark.parametrize(("route", "case"), _params(UNICODE))
def test_unicode(send, route: str, case: Case) -> None:
    assert verdict(*send(route, "v1/" + case.endpoint, case.body)) == "held"


@pytest.mark.parametrize(("route", "case"), _params(SEPARATORS))
def test_separators_and_case(send, route: str, case: Case) -> None:
    assert verdict(*send(route, "v1/" + case.endpoint, case.body)) == "held"


@pytest.mark.parametrize(("route", "case"), _params(GLUED))
def test_glued_to_words(send, route: str, case: Case) -> None:
    assert verdict(*send(route, "v1/" + case.endpoint, case.body)) == "held"


@pytest.mark.parametrize(("route", "case"), _params(SPLIT))
def test_split_between_texts(send, route: str, case: Case) -> None:
    assert verdict(*send(route, "v1/" + case.endpoint, case.body)) == "held"


def test_generic_json_keys_and_numbers_are_scanned(send) -> None:
    body = {"form": {EMAIL: "x", "tel": int("212" + PHONE[1:]), "n": ["CIN BE384721"]}}
    assert verdict(*send("forms", "submit", body)) == "held"


@pytest.mark.parametrize(
    "body",
    [
        pytest.param({"cin": CIN}, id="key-labels-value"),
        pytest.param({"form": {"numero CIN": "x", "valeur": CIN}}, id="label-in-a-key-before"),
        pytest.param({"tel": int(PHONE)}, id="phone-as-number-without-zero"),
        pytest.param({"tel": float(PHONE)}, id="phone-as-float"),
        pytest.param({"tel": 6.61234567e8}, id="phone-as-exponent"),
        pytest.param({"carte": -int(CARD)}, id="card-negative"),
        pytest.param({"carte": float(CARD)}, id="card-as-float"),
        pytest.param({"a": "tel 0661", "b": "234567"}, id="phone-over-two-values"),
    ],
)
def test_generic_json_values_read_with_their_neighbours(send, body: object) -> None:
    assert verdict(*send("forms", "submit", body)) == "held"


def test_a_body_nested_300_deep_is_refused_before_a_decision(send) -> None:
    node: object = f"tel {PHONE}"
    for _ in range(300):
        node = {"k": node}
    status, wires = send(
        "llm",
        "v1/chat/completions",
        {"model": "m", "messages": [{"role": "user", "content": "hi"}], "x": node},
    )
    assert status == 422
    assert not wires


def test_the_upstream_gets_only_the_allow_listed_headers(send, app_token) -> None:
    status, wires = send(
        "llm",
        "v1/chat/completions",
        {"model": "m", "messages": [{"role": "user", "content": "hi"}]},
        headers={"X-Anything": "1", "OpenAI-Organization": "org"},
    )
    assert status == 200
    names = {name for name, _ in wires[0].headers}
    assert app_token not in repr(wires[0].headers)  # the client's Authorization stays here
    assert names <= {
        "host",
        "accept",
        "accept-encoding",
        "content-type",
        "content-length",
        "x-request-id",
        "user-agent",
        "connection",
    }


def test_a_body_with_more_texts_than_a_detection_takes_is_refused_before_a_decision(send) -> None:
    body = {f"k{i}": f"v{i}" for i in range(2100)}  # 4,200 keys and values
    status, wires = send("forms", "submit", body)
    assert status == 413
    assert not wires
