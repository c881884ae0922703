"""The official OpenAI SDK through the sidecar, against the echo model, on real loopback HTTP."""

from __future__ import annotations

import json
from typing import Any

import openai
import pytest

from compliance.minimize import TOKEN_RE

pytestmark = pytest.mark.slow

NAME = "Youssef El Amrani"
PHONE = "+212 6 61 23 45 67"
CIN = "BE873214"
PROMPT = f"Bonjour, je m'appelle {NAME}, ma CIN est {CIN} et mon numéro est le {PHONE}."


def client(url: str, route: str = "llm", subject: str = "subject-1") -> openai.OpenAI:
    return openai.OpenAI(
        base_url=f"{url}/{route}/v1",
        api_key="sk-test",
        default_headers={"X-Subject-Id": subject},
        max_retries=0,
    )


def sent(received: list[dict[str, Any]]) -> str:
    return json.dumps(received, ensure_ascii=False)


def test_chat_completion_is_minimized_upstream_and_reidentified_for_the_caller(
    sidecar, upstream
) -> None:
    _, received = upstream
    with sidecar() as url:
        answer = client(url).chat.completions.create(
            model="echo-1", messages=[{"role": "user", "content": PROMPT}]
        )
    upstream_text = received[-1]["messages"][0]["content"]
    assert NAME not in upstream_text
    assert CIN not in upstream_text
    assert PHONE not in upstream_text
    assert "<MA_CIN>" in upstream_text  # redacted, not reversible
    assert TOKEN_RE.search(upstream_text)  # the name is a pseudonym
    content = answer.choices[0].message.content
    assert NAME in content
    assert PHONE in content
    assert CIN not in content  # redaction is not undone


def test_streamed_chat_with_tokens_split_across_chunks_is_reidentified(sidecar, upstream) -> None:
    _, received = upstream
    with sidecar() as url:
        stream = client(url).chat.completions.create(
            model="echo-1", messages=[{"role": "user", "content": PROMPT}], stream=True
        )
        pieces = [c.choices[0].delta.content or "" for c in stream if c.choices]
    # The echo model cuts every 5 characters: every pseudonym arrived split.
    assert any(TOKEN_RE.search(m["content"]) for m in received[-1]["messages"])
    text = "".join(pieces)
    assert NAME in text
    assert PHONE in text
    assert not TOKEN_RE.search(text)


@pytest.mark.parametrize("stream", [False, True])
def test_tool_call_arguments_are_minimized_and_reidentified(
    sidecar, upstream, stream: bool
) -> None:
    _, received = upstream
    with sidecar() as url:
        kwargs: dict[str, Any] = {
            "model": "echo-1",
            "messages": [{"role": "user", "content": f"/tool lookup Appeler {NAME} au {PHONE}"}],
        }
        if stream:
            arguments = ""
            for chunk in client(url).chat.completions.create(**kwargs, stream=True):
                for call in (chunk.choices[0].delta.tool_calls or []) if chunk.choices else []:
                    arguments += call.function.arguments or ""
        else:
            answer = client(url).chat.completions.create(**kwargs)
            arguments = answer.choices[0].message.tool_calls[0].function.arguments
    assert PHONE not in sent(received)
    assert json.loads(arguments)["text"] == f"Appeler {NAME} au {PHONE}"


def test_tool_call_arguments_and_tool_results_in_history_are_scanned(sidecar, upstream) -> None:
    _, received = upstream
    messages = [
        {"role": "user", "content": "Trouve le client."},
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": "c1",
                    "type": "function",
                    "function": {"name": "find", "arguments": json.dumps({"phone": PHONE})},
                }
            ],
        },
        {"role": "tool", "tool_call_id": "c1", "content": f"Client: {NAME}, CIN {CIN}"},
    ]
    with sidecar() as url:
        client(url).chat.completions.create(model="echo-1", messages=messages)
    body = sent(received)
    assert PHONE not in body
    assert CIN not in body
    assert NAME not in body
    json.loads(received[-1]["messages"][1]["tool_calls"][0]["function"]["arguments"])  # still JSON


@pytest.mark.parametrize("stream", [False, True])
def test_completions_prompt_is_minimized_and_reidentified(sidecar, upstream, stream: bool) -> None:
    _, received = upstream
    with sidecar() as url:
        if stream:
            text = "".join(
                c.choices[0].text
                for c in client(url).completions.create(model="echo-1", prompt=PROMPT, stream=True)
                if c.choices
            )
        else:
            text = client(url).completions.create(model="echo-1", prompt=PROMPT).choices[0].text
    assert NAME not in received[-1]["prompt"]
    assert NAME in text
    assert PHONE in text


def test_embeddings_inputs_are_minimized(sidecar, upstream) -> None:
    _, received = upstream
    with sidecar() as url:
        result = client(url).embeddings.create(model="echo-1", input=[PROMPT, "rien de personnel"])
    assert len(result.data) == 2
    assert len(result.data[0].embedding) == 16
    assert NAME not in sent(received)
    assert PHONE not in sent(received)
    assert received[-1]["input"][1] == "rien de personnel"


def test_models_are_listed_through_the_sidecar(sidecar) -> None:
    with sidecar() as url:
        assert [m.id for m in client(url).models.list()] == ["echo-1"]


def test_same_person_keeps_one_pseudonym_across_turns_but_not_across_subjects(
    sidecar, upstream
) -> None:
    _, received = upstream
    with sidecar() as url:
        for subject in ("subject-1", "subject-1", "subject-2"):
            client(url, subject=subject).chat.completions.create(
                model="echo-1", messages=[{"role": "user", "content": PROMPT}]
            )
    tokens = [TOKEN_RE.findall(r["messages"][0]["content"]) for r in received[-3:]]
    assert tokens[0] == tokens[1]
    assert set(tokens[0]).isdisjoint(tokens[2])


def test_denied_transfer_is_a_403_in_the_openai_error_shape(sidecar, upstream) -> None:
    _, received = upstream
    with sidecar() as url, pytest.raises(openai.PermissionDeniedError) as info:
        client(url, route="us").chat.completions.create(
            model="echo-1", messages=[{"role": "user", "content": PROMPT}]
        )
    assert received == []
    error = info.value.body
    assert error["code"] == "policy_denied"
    assert "cross_border.not_adequate" in error["reasons"]


@pytest.mark.postgres
def test_decisions_are_audited_in_postgresql_before_egress(sidecar, upstream, pg_url) -> None:
    from sqlalchemy import text

    from compliance.store import make_engine
    from compliance.trail import AuditLog

    _, received = upstream
    engine = make_engine(pg_url)
    with sidecar(database=pg_url) as url:
        with engine.begin() as conn:  # the schema is shared by this session's tests
            for table in ("audit_checkpoint", "audit_signing_key", "audit_record"):
                conn.execute(text(f"DELETE FROM {table}"))  # noqa: S608 - fixed names
        client(url).chat.completions.create(
            model="echo-1", messages=[{"role": "user", "content": PROMPT}]
        )
        with pytest.raises(openai.PermissionDeniedError):
            client(url, route="us").chat.completions.create(
                model="echo-1", messages=[{"role": "user", "content": PROMPT}]
            )
    log = AuditLog(engine=engine)
    records = [json.loads(r.body) for r in log.iter_chain()]
    problems = log.verify()
    engine.dispose()
    assert problems == []
    assert [(r["route"], r["allow"]) for r in records] == [("llm", True), ("us", False)]
    assert records[1]["reasons"][0] == "cross_border.not_adequate"
    assert records[0]["entities"]["MA_CIN"] == 1
    assert len(received) == 1
    assert NAME not in json.dumps(records)
    assert CIN not in json.dumps(records)
