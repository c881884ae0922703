"""The official SDK on every route, the Responses API included, through the boundary."""

from __future__ import annotations

import openai
import pytest

from tests.e2e.boundary.canaries import PHONE, recoverable

pytestmark = pytest.mark.slow


@pytest.fixture
def client(guarded: str, app_token: str) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{guarded}/llm/v1", api_key=app_token, max_retries=0)


def test_responses_create_works_and_what_left_was_minimized(client, recording) -> None:
    _, upstream = recording
    upstream.wires.clear()
    answer = client.responses.create(
        model="m", instructions="Sois bref.", input=f"Rappelle-moi au {PHONE}."
    )
    assert answer.output_text == "ok"
    assert len(upstream.wires) == 1
    assert recoverable(upstream.wires) == []


def test_responses_stream_works(client, recording) -> None:
    _, upstream = recording
    upstream.wires.clear()
    events = list(
        client.responses.create(
            model="m", input=[{"role": "user", "content": f"tel {PHONE}"}], stream=True
        )
    )
    assert events[-1].type == "response.completed"
    assert "".join(e.delta for e in events if e.type == "response.output_text.delta") == "ok"
    assert recoverable(upstream.wires) == []


def test_chat_completions_embeddings_and_models_work(client, recording) -> None:
    _, upstream = recording
    upstream.wires.clear()
    chat = client.chat.completions.create(
        model="m", messages=[{"role": "user", "content": f"tel {PHONE}"}]
    )
    assert chat.choices[0].message.content == "ok"
    streamed = client.chat.completions.create(
        model="m", messages=[{"role": "user", "content": f"tel {PHONE}"}], stream=True
    )
    assert "".join(c.choices[0].delta.content or "" for c in streamed) == "ok"
    embedded = client.embeddings.create(model="m", input=[f"tel {PHONE}", "hi"])
    assert len(embedded.data) == 2
    assert client.models.retrieve("m").id == "m"
    assert recoverable(upstream.wires) == []


def test_a_model_id_holding_personal_data_is_refused(client, recording) -> None:
    _, upstream = recording
    upstream.wires.clear()
    with pytest.raises(openai.UnprocessableEntityError):
        client.models.retrieve(f"m-{PHONE}")
    assert upstream.wires == []
