"""The HTML report: self-contained, escaped, in French and in English, with its charts."""

from __future__ import annotations

import html
import re

import pytest

from compliance.config import Settings
from compliance.register import (
    Declaration,
    Observer,
    TrailFacts,
    build_register,
    load_policy_data,
    render_html,
)
from tests.register.conftest import decision


@pytest.fixture
def register(settings: Settings) -> dict[str, object]:
    observer = Observer()
    for week in ("02", "09", "16"):
        for route in ("llm", "eu", "us"):
            observer.add(decision(route, time=f"2026-11-{week}T10:00:00+00:00"))
    return build_register(
        settings=settings,
        observed=observer.observed,
        declaration=Declaration(controller={"name": "<script>alert(1)</script>"}),
        policy=load_policy_data(settings.policy.directory),
        trail=TrailFacts(records=9, checkpoints=1, last_checkpoint=None, key_ids=("k",)),
        period={"since": None, "until": None},
        generated_at="2026-11-23T00:00:00Z",
    )


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_report_is_self_contained_with_three_inline_charts(register, lang: str) -> None:  # type: ignore[no-untyped-def]
    page = render_html(register, lang=lang)
    assert page.startswith(f'<!doctype html><html lang="{lang}">')
    assert "<script" not in page  # the hostile controller name is escaped, and there is no JS
    assert "&lt;script&gt;" in page
    assert not re.search(r'(src|href)="(https?:)?//', page)  # nothing fetched from the network
    assert page.count("<svg") == 3
    assert page.count("<title>") >= 4  # page title and one per chart


def test_the_report_speaks_the_requested_language(register) -> None:  # type: ignore[no-untyped-def]
    french = html.unescape(render_html(register, lang="fr"))
    english = html.unescape(render_html(register, lang="en"))
    assert "Registre des traitements" in french
    assert "Transferts vers l'étranger" in french
    assert "Register of processing" in english
    assert "Transfers abroad" in english
    assert "à compléter" in french
    assert "to be completed" in english
    assert "Pays adéquat (liste CNDP" in french
    assert "Adequate country (CNDP list" in english


def test_the_weekly_chart_has_one_column_per_week(register) -> None:  # type: ignore[no-untyped-def]
    page = render_html(register, lang="en")
    assert {"W45", "W46", "W47"} <= set(re.findall(r">\d{2}-(W\d{2})<", page))
