"""A pseudonymized name still satisfies OpenAI's name rule, so a real OpenAI upstream accepts it."""

from __future__ import annotations

import json
import re

import pytest

pytestmark = pytest.mark.slow

OPENAI_NAME = re.compile(r"[a-zA-Z0-9_-]{1,64}")


@pytest.mark.parametrize("name", ["Karim_Benali", "Karim-Benali", "karim_0661234567", "Karim"])
def test_a_minimized_message_name_matches_openais_rule(send, name: str) -> None:
    body = {"model": "m", "messages": [{"role": "user", "name": name, "content": "Bonjour"}]}
    status, wires = send("llm", "v1/chat/completions", body)
    assert status == 200
    sent = json.loads(wires[0].body)["messages"][0]["name"]
    assert OPENAI_NAME.fullmatch(sent), sent
    assert "Benali" not in sent
    assert "0661234567" not in sent
