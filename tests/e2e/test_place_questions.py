"""A place that is nobody's is not personal data: a geography question may go abroad."""

from __future__ import annotations

import httpx
import pytest

pytestmark = pytest.mark.slow


def _chat(content: str) -> dict[str, object]:
    return {"model": "echo-1", "messages": [{"role": "user", "content": content}]}


def test_a_geography_question_reaches_a_model_abroad_unchanged(sidecar, upstream) -> None:
    _, received = upstream
    question = "Quelle est la capitale du Maroc ?"
    with sidecar() as url:
        response = httpx.post(f"{url}/us/v1/chat/completions", json=_chat(question), timeout=30)
    assert response.status_code == 200, response.text
    assert len(received) == 1
    assert received[0]["messages"][0]["content"] == question


def test_a_place_where_the_writer_lives_still_stays_in_the_country(sidecar, upstream) -> None:
    _, received = upstream
    with sidecar() as url:
        response = httpx.post(
            f"{url}/us/v1/chat/completions",
            json=_chat("J'habite à Rabat. Quelle est la capitale du Maroc ?"),
            timeout=30,
        )
    assert response.status_code == 403
    assert "cross_border.not_adequate" in response.json()["error"]["reasons"]
    assert received == []
