"""The demo stays two commands with application tokens: it mints one and prints it."""

from __future__ import annotations

import re
import stat
import time
from pathlib import Path

import httpx
import openai
import pytest

from tests.e2e.test_demo import demo

pytestmark = pytest.mark.slow


def test_the_sdk_quick_start_works_with_the_token_the_demo_prints(tmp_path: Path) -> None:
    with demo(tmp_path) as running:
        (tmp_path / "never").touch()  # release the models the demo helper holds back
        deadline = time.monotonic() + 120
        while httpx.get(f"{running.url}/readyz", timeout=30).status_code != 200:
            assert time.monotonic() < deadline, "the demo never became ready"
            time.sleep(0.1)
        printed = re.search(r"api_key='(cgk_[A-Za-z0-9_-]+)'", running.stderr.read_text())
        assert printed, running.stderr.read_text()[-2000:]
        token = printed.group(1)
        kept = tmp_path / "var" / "demo.token"
        assert kept.read_text().strip() == token
        assert stat.S_IMODE(kept.stat().st_mode) == 0o600
        client = openai.OpenAI(
            base_url=f"{running.url}/llm/v1",
            api_key=token,
            default_headers={"X-Subject-Id": "customer-42"},
            max_retries=0,
        )
        answer = client.chat.completions.create(
            model="echo-1",
            messages=[{"role": "user", "content": "Je suis Karim Benali, tel +212 6 61 23 45 67"}],
        )
        assert "Karim Benali" in (answer.choices[0].message.content or "")
        with pytest.raises(openai.AuthenticationError):
            openai.OpenAI(
                base_url=f"{running.url}/llm/v1", api_key="unused", max_retries=0
            ).chat.completions.create(model="echo-1", messages=[{"role": "user", "content": "hi"}])
