"""A request's path is the caller's text: never a way out of the route, never a way out for data.

Paths are sent byte for byte (``http.client``, which neither normalizes dot
segments nor re-encodes), through the sidecar to the recording upstream. A path
holding personal data is refused (422 ``personal_data_in_path``), one that could
climb out of the route (dot segments in any spelling, encoded slashes) is refused
(400 ``invalid_path``); in both cases nothing reaches the upstream.
"""

from __future__ import annotations

import http.client
import json
from typing import Any
from urllib.parse import urlsplit

import openai
import pytest
from sqlalchemy import create_engine, text

from tests.e2e.boundary.canaries import CIN, PHONE, Wire, recoverable, verdict
from tests.e2e.boundary.conftest import RecordingUpstream

pytestmark = pytest.mark.slow

Sent = tuple[int, str | None, list[Wire]]


def raw_request(url: str, token: str, method: str, path: str, body: Any = None) -> tuple[int, Any]:
    """Send ``path`` exactly as written; the status and the decoded answer."""
    parsed = urlsplit(url)
    conn = http.client.HTTPConnection(parsed.hostname or "127.0.0.1", parsed.port, timeout=60)
    headers = {"authorization": f"Bearer {token}"}
    content = None
    if body is not None or method == "POST":
        headers["content-type"] = "application/json"
        content = json.dumps(body, ensure_ascii=False).encode()
    try:
        conn.request(method, path, body=content, headers=headers)
        response = conn.getresponse()
        data = response.read()
    finally:
        conn.close()
    return response.status, json.loads(data) if data else None


@pytest.fixture
def call(guarded: str, recording: tuple[str, RecordingUpstream], app_token: str) -> Any:
    """``status, code, wires = call(method, raw_path, body)``."""
    _, upstream = recording

    def run(method: str, path: str, body: Any = None) -> Sent:
        upstream.wires.clear()
        status, answer = raw_request(guarded, app_token, method, path, body)
        code = answer.get("error", {}).get("code") if isinstance(answer, dict) else None
        return status, code, list(upstream.wires)

    return run


FORM = {"comment": "Bonjour"}


# 1. Personal data in a generic JSON route's path: refused, never rewritten.
@pytest.mark.parametrize(
    "path",
    [
        f"/forms/users/{PHONE}/cin/{CIN}",
        f"/forms/users/{PHONE}",
        f"/forms/cin/{CIN}",
        f"/forms/u/tel_{PHONE}",
        f"/forms/u/tel.{PHONE}",
        "/forms/u/06-61-23-45-67",
        "/forms/u/06/61/23/45/67",  # cut into segments
        "/forms/users/Karim-Benali",
        "/forms/users/Karim_Benali/orders",
        "/forms/users/KarimBenali",  # camel case (red team, second round)
        "/forms/users/clientKarimBenali",
        "/forms/users/0~6~6~1~2~3~4~5~6~7",
        f"/forms/users/%30%36{PHONE[2:]}",  # percent-encoded digits, decoded once
        "/forms/u/MA64011519000001234567890136",
    ],
)
def test_personal_data_in_a_json_route_path_is_refused_and_nothing_forwarded(call, path) -> None:
    status, code, wires = call("POST", path, FORM)
    assert (status, code) == (422, "personal_data_in_path")
    assert wires == []


@pytest.mark.parametrize(
    "path",
    [
        f"/forms/users%2F{PHONE}",  # an encoded slash is not a way to join segments
        f"/forms/users%2f{PHONE}",
        f"/forms/users%5C{PHONE}",
        "/forms/a%2Fb",
        "/forms/users/karim.benali%40gmail.com",  # '@' is outside a path's alphabet
        "/forms/a%252e%252e/x",  # double encoding: decoded once, '%' refused
        "/forms/a%00b",
        "/forms/caf%C3%A9",
        "/forms/a%ff",
    ],
)
def test_encoded_separators_and_foreign_characters_in_a_path_are_refused(call, path) -> None:
    status, code, wires = call("POST", path, FORM)
    assert (status, code) == (400, "invalid_path")
    assert wires == []


@pytest.mark.parametrize(
    "path",
    [
        "/forms/submit",
        "/forms/api/v1/forms/contact",
        "/forms/v2/items/sku-48213",
        "/forms/orders/ORD-2024-001",
        "/forms/tickets/2024-11-05",
        "/forms/documents/7f3a9c1e",
        "/forms/health-check",
        "/forms/api/GetOrderStatus",
        "/forms/v1/userProfiles/settings",
        "/forms/su%62mit",  # decoded once: forwarded as plain 'submit'
    ],
)
def test_plain_paths_of_a_json_route_are_forwarded_under_the_route(call, path) -> None:
    status, code, wires = call("POST", path, FORM)
    assert status == 200, code
    [wire] = wires
    expected = path.removeprefix("/forms").replace("%62", "b")
    assert wire.path == expected + "?"


def test_the_query_string_is_never_forwarded(call) -> None:
    status, _, wires = call("POST", f"/forms/submit?phone={PHONE}&cin={CIN}", FORM)
    assert status == 200
    [wire] = wires
    assert wire.path == "/submit?"
    assert recoverable(wires) == []


def test_a_path_refusal_is_audited_with_counts_and_no_client_text(call, boundary_dir) -> None:
    status, code, wires = call("POST", f"/forms/users/{PHONE}/cin/{CIN}", FORM)
    assert (status, code, wires) == (422, "personal_data_in_path", [])
    engine = create_engine(f"sqlite:///{boundary_dir}/cndp.db")
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT event, body FROM audit_record ORDER BY seq")).all()
    engine.dispose()
    event, body = rows[-1]
    record = json.loads(body)
    assert event == "path_refused"
    assert record["reason"] == "personal_data_in_path"
    assert record["route"] == "forms"
    assert record["application"] == "boundary"
    assert record["entities"] == {"MA_CIN": 1, "PHONE_NUMBER": 1}
    everything = repr(rows)
    assert PHONE not in everything
    assert PHONE[1:] not in everything
    assert CIN not in everything
    assert "users" not in record  # no path, no segment, only counts


# 2. Dot segments, in any spelling, never climb out of the route.
@pytest.mark.parametrize(
    "path",
    [
        "/llm/v1/models/a/%2e%2e/%2e%2e/secret",
        "/llm/v1/models/a/../../secret",
        "/llm/v1/models/a/%2E%2E/%2E%2E/secret",
        "/llm/v1/models/a/.%2e/secret",
        "/llm/v1/models/a/%2e./secret",
        "/llm/v1/models/m/%2e",
        "/llm/v1/models/m/.",
        "/llm/v1/models/a//b",
        "/llm/v1/models/..%2F..%2Fsecret",
        "/llm/v1/models/a%2F%2e%2e%2F%2e%2e%2Fsecret",
        "/llm/v1/models/a%252F..%252Fsecret",
    ],
)
def test_dot_segments_in_a_model_path_are_refused_before_anything_leaves(call, path) -> None:
    status, code, wires = call("GET", path)
    assert (status, code) in (
        (400, "invalid_path"),
        (422, "invalid_request"),
        (404, "unknown_route"),
    )
    assert wires == []


def test_the_reported_traversal_is_refused_as_an_invalid_path(
    call, guarded, recording, app_token
) -> None:
    status, code, wires = call("GET", "/llm/v1/models/a/%2e%2e/%2e%2e/secret")
    assert (status, code, wires) == (400, "invalid_path", [])
    _, upstream = recording
    client = openai.OpenAI(base_url=f"{guarded}/llm/v1", api_key=app_token, max_retries=0)
    for model in ("a/../../secret", "../secret", "a/./b"):
        with pytest.raises(openai.BadRequestError) as refused:
            client.models.retrieve(model)  # the SDK sends '/' as %2F
        assert refused.value.code == "invalid_path"
    assert upstream.wires == []


@pytest.mark.parametrize(
    "path",
    [
        "/forms/a/%2e%2e/%2e%2e/secret",
        "/forms/a/../../secret",
        "/forms/a/%2E%2E/secret",
        "/forms/a/.%2E/secret",
        "/forms/%2e%2e",
        "/forms/..",
        "/forms/./x",
        "/forms/a/%2e/x",
        "/forms/a/...",
    ],
)
def test_dot_segments_in_a_json_route_path_are_refused(call, path) -> None:
    status, code, wires = call("POST", path, FORM)
    assert (status, code) == (400, "invalid_path")
    assert wires == []


@pytest.mark.parametrize("path", ["/forms/a//b", "/forms//evil.example/x", "/forms/a/"])
def test_an_empty_segment_names_nothing_under_the_route(call, path) -> None:
    status, code, wires = call("POST", path, FORM)
    assert (status, code) == (404, "unknown_route")
    assert wires == []


def test_a_route_with_a_base_path_keeps_every_forwarded_path_under_it(
    sidecar, mint_token, recording
) -> None:
    url, upstream = recording
    token = mint_token("proxy:*")
    routes = {"based": {"upstream": f"{url}/base/v1", "country": "MA", "kind": "json"}}
    with sidecar(routes=routes, proxy={"auth": "token", "token_cache_seconds": 0}) as sidecar_url:
        upstream.wires.clear()
        assert raw_request(sidecar_url, token, "POST", "/based/a/b", FORM)[0] == 200
        for path in ("/based/%2e%2e/%2e%2e/x", "/based/../x", "/based/a/%2E%2e/%2e%2E/y"):
            assert raw_request(sidecar_url, token, "POST", path, FORM)[0] == 400
    assert [wire.path for wire in upstream.wires] == ["/base/v1/a/b?"]


# 3. Model ids: separators read as separators; real ids pass.
PERSONAL_MODEL_IDS = [
    f"tel_{PHONE}",
    f"tel__{PHONE}",
    f"cin-{CIN}",
    f"user.{PHONE}",
    f"x:{PHONE}",
    f"ft/{PHONE}",
    "Karim_Benali",
    "karim.benali@gmail.com",
]
REAL_MODEL_IDS = [
    "meta-llama/Llama-3.1-8B-Instruct",
    "meta-llama/Meta-Llama-3.1-405B-Instruct-FP8",
    "mistral-7b-instruct-v0.3",
    "gpt-4o-2024-08-06",
    "gpt-4.1-nano-2025-04-14",
    "claude-3-5-sonnet-20241022",
    "Qwen/Qwen2.5-7B-Instruct",
    "Helsinki-NLP/opus-mt-fr-en",
    "deepseek-ai/DeepSeek-R1-Distill-Qwen-7B",
    "intfloat/multilingual-e5-large",
    "text-embedding-3-small",
    "llama3.1:8b",
    "qwen2.5:14b-instruct-q4_K_M",
    "command-r-plus-08-2024",
    "tiiuae/falcon-40b-instruct",
]


def _chat(model: str) -> dict[str, Any]:
    return {"model": model, "messages": [{"role": "user", "content": "Bonjour"}]}


@pytest.mark.parametrize("model", PERSONAL_MODEL_IDS)
def test_a_model_id_holding_personal_data_is_refused_in_the_body(
    guarded, recording, app_token, model
) -> None:
    _, upstream = recording
    upstream.wires.clear()
    client = openai.OpenAI(base_url=f"{guarded}/llm/v1", api_key=app_token, max_retries=0)
    with pytest.raises(openai.UnprocessableEntityError) as refused:
        client.chat.completions.create(**_chat(model))
    assert refused.value.code == "personal_data_in_structural_field"
    assert upstream.wires == []


@pytest.mark.parametrize("model", PERSONAL_MODEL_IDS[:-1])  # '@' is not in a path
def test_a_model_id_holding_personal_data_is_refused_in_the_path(
    guarded, recording, app_token, model
) -> None:
    _, upstream = recording
    upstream.wires.clear()
    client = openai.OpenAI(base_url=f"{guarded}/llm/v1", api_key=app_token, max_retries=0)
    with pytest.raises(openai.UnprocessableEntityError) as refused:
        client.models.retrieve(model)
    assert refused.value.code == "personal_data_in_path"
    assert upstream.wires == []


@pytest.mark.parametrize("model", REAL_MODEL_IDS)
def test_real_model_ids_pass_in_the_body_and_the_path(guarded, recording, app_token, model):
    _, upstream = recording
    client = openai.OpenAI(base_url=f"{guarded}/us/v1", api_key=app_token, max_retries=0)
    upstream.wires.clear()
    assert client.chat.completions.create(**_chat(model)).choices[0].message.content == "ok"
    assert json.loads(upstream.wires[0].body)["model"] == model
    upstream.wires.clear()
    assert client.models.retrieve(model).id == "m"
    [wire] = upstream.wires
    assert wire.path.startswith("/v1/models/")
    assert wire.path.removeprefix("/v1/models/").rstrip("?").replace("%3A", ":") == model


def test_configured_model_names_of_a_route_pass(sidecar, mint_token, recording) -> None:
    url, upstream = recording
    token = mint_token("proxy:*")
    models = ["meta-llama/Llama-3.1-8B-Instruct", "mistral-7b-instruct-v0.3", "gpt-4o-2024-08-06"]
    routes = {"vllm": {"upstream": url, "country": "US", "models": models}}
    with sidecar(routes=routes, proxy={"auth": "token", "token_cache_seconds": 0}) as sidecar_url:
        client = openai.OpenAI(base_url=f"{sidecar_url}/vllm/v1", api_key=token, max_retries=0)
        for model in models:
            upstream.wires.clear()
            client.chat.completions.create(**_chat(model))
            client.models.retrieve(model)
            assert len(upstream.wires) == 2, model
        upstream.wires.clear()
        with pytest.raises(openai.UnprocessableEntityError):
            client.chat.completions.create(**_chat(f"tel_{PHONE}"))
    assert upstream.wires == []


# 5. A generic JSON body that is one value, or nests arrays: minimized, never a 5xx.
@pytest.mark.parametrize(
    "body",
    [
        PHONE,
        f"tel {PHONE}, Karim Benali, CIN {CIN}",
        int("212" + PHONE[1:]),
        [PHONE],
        [[[f"tel {PHONE}"]], [f"CIN {CIN}"]],
        [{"tel": PHONE}, [int(PHONE)]],
        None,
        True,
        False,
        [],
        {},
        "Bonjour",
        3.5,
    ],
)
def test_a_json_body_of_one_value_or_nested_arrays_is_minimized(send, body) -> None:
    status, wires = send("forms", "submit", body)
    assert status == 200
    assert verdict(status, wires) == "held"
    assert len(wires) == 1


def test_deeply_nested_arrays_are_minimized_up_to_the_bound_and_refused_past_it(send) -> None:
    deep: Any = f"tel {PHONE}"
    for _ in range(60):
        deep = [deep]
    status, wires = send("forms", "submit", deep)
    assert verdict(status, wires) == "held"
    assert status == 200
    for _ in range(300):
        deep = [deep]
    status, wires = send("forms", "submit", deep)
    assert status == 422
    assert wires == []


def test_a_harmless_top_level_string_is_forwarded_as_it_is(send) -> None:
    status, wires = send("forms", "submit", "Bonjour")
    assert status == 200
    assert json.loads(wires[0].body) == "Bonjour"
