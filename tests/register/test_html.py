"""The HTML report: self-contained, escaped, in French, English and Arabic, with its charts."""

from __future__ import annotations

import html
import json
import re
from typing import Any

import pytest

from compliance.core.settings import DEFAULT_POLICY_DIR, Settings
from compliance.register import (
    Declaration,
    Observer,
    TrailFacts,
    build_register,
    load_policy_data,
    render_html,
)
from compliance.register.i18n import locale
from tests.register.conftest import decision

POLICY = load_policy_data(DEFAULT_POLICY_DIR)
CATALOGUE = json.loads((DEFAULT_POLICY_DIR / "data" / "messages.json").read_text("utf-8"))
PURPOSES = json.loads((DEFAULT_POLICY_DIR / "data" / "purposes.json").read_text("utf-8"))


def _register(settings: Settings, observer: Observer) -> dict[str, Any]:
    return build_register(
        settings=settings,
        observed=observer.observed,
        declaration=Declaration(controller={"name": "<script>alert(1)</script>"}),
        policy=POLICY,
        trail=TrailFacts(records=9, checkpoints=1, last_checkpoint=None, key_ids=("k",)),
        period={"since": None, "until": None},
        generated_at="2026-11-23T00:00:00Z",
    )


@pytest.fixture
def register(settings: Settings) -> dict[str, Any]:
    observer = Observer(roles=POLICY.roles)
    for week in ("02", "09", "16"):
        for route in ("llm", "eu", "us"):
            observer.add(decision(route, time=f"2026-11-{week}T10:00:00+00:00"))
    return _register(settings, observer)


@pytest.fixture
def everything(settings: Settings) -> dict[str, Any]:
    """A register that names every reason code, purpose, category and treatment."""
    observer = Observer(roles=POLICY.roles)
    categories = sorted(locale("en").categories)
    for purpose in PURPOSES:
        for allow in (True, False):
            codes = [c for c, e in CATALOGUE.items() if (e["role"] == "ground") is allow]
            observer.add(
                decision(
                    "us" if not allow else "llm",
                    purpose=purpose,
                    allow=allow,
                    reasons=codes,
                    entities=dict.fromkeys(categories, 1),
                    actions=dict(
                        zip(
                            categories,
                            ["keep", "pseudonymize", "mask", "redact", "hash"] * 5,
                            strict=False,
                        )
                    ),
                )
            )
    return _register(settings, observer)


@pytest.mark.parametrize("lang", ["fr", "en", "ar"])
def test_the_report_is_self_contained_with_three_inline_charts(register, lang: str) -> None:  # type: ignore[no-untyped-def]
    page = render_html(register, lang=lang)
    direction = "rtl" if lang == "ar" else "ltr"
    assert page.startswith(f'<!doctype html><html lang="{lang}" dir="{direction}">')
    assert "<script" not in page  # the hostile controller name is escaped, and there is no JS
    assert "&lt;script&gt;" in page
    assert not re.search(r'(src|href)="(https?:)?//', page)  # nothing fetched from the network
    assert page.count("<svg") == 3
    assert page.count("<title>") >= 4  # page title and one per chart


def test_the_report_speaks_the_requested_language(register) -> None:  # type: ignore[no-untyped-def]
    french = html.unescape(render_html(register, lang="fr"))
    english = html.unescape(render_html(register, lang="en"))
    arabic = html.unescape(render_html(register, lang="ar"))
    assert "Registre des traitements" in french
    assert "Transferts vers l'étranger" in french
    assert "Register of processing" in english
    assert "Transfers abroad" in english
    assert "سجل المعالجات" in arabic
    assert "نقل المعطيات إلى الخارج" in arabic
    assert "à compléter" in french
    assert "to be completed" in english
    assert "يُستكمل" in arabic
    assert "Pays adéquat (liste CNDP" in french
    assert "Adequate country (CNDP list" in english


def test_codes_stay_left_to_right_on_the_arabic_page(register) -> None:  # type: ignore[no-untyped-def]
    page = render_html(register, lang="ar")
    assert '<code dir="ltr">cross_border.not_adequate</code>' in page
    assert '<figure dir="ltr">' in page  # the charts are drawn left to right


def test_the_refusal_table_holds_refusals_and_the_grounds_their_own(register) -> None:  # type: ignore[no-untyped-def]
    decisions = register["decisions"]
    assert [d["code"] for d in decisions["denials_by_reason"]] == ["cross_border.not_adequate"]
    assert register["charts"]["denials_by_reason"] == {"cross_border.not_adequate": 3}
    grounds = {d["code"] for d in decisions["grounds_by_reason"]}
    assert "residency.in_country" in grounds
    assert "lawful_basis.contract" in grounds

    page = html.unescape(render_html(register, lang="fr"))
    refusals = page[page.index("Refus par code de motif</h3>") : page.index("Fondements des")]
    assert "cross_border.not_adequate" in refusals
    assert "residency.in_country" not in refusals
    assert "lawful_basis.contract" not in refusals


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_no_text_is_left_untranslated(everything, lang: str) -> None:  # type: ignore[no-untyped-def]
    page = html.unescape(render_html(everything, lang=lang))
    # Codes (in <code>, and the chart labels) are the same in every language.
    words = re.sub(r"<code[^>]*>.*?</code>|<svg.*?</svg>", "", page, flags=re.S)
    english = locale("en")

    assert locale(lang).ui["untranslated"] not in page  # nothing fell back to English
    leaks = [
        text
        for text in [
            *(entry["message"] for entry in CATALOGUE.values()),
            *(body["description"] for body in PURPOSES.values()),
            *english.ui.values(),
            *english.categories.values(),
            *english.lawful_basis.values(),
            *english.actions.values(),
            *(m.split("{")[0] for m in english.measures.values()),
        ]
        # Words that read the same in both languages ("Code", "Total", "Route", "Description").
        if len(text) > 12 and text.strip() and text in words
    ]
    assert leaks == []
    # Every reason, purpose and category of the register has its text in this language.
    for code in CATALOGUE:
        assert html.unescape(locale(lang).reasons[code]) in page, code
    for purpose in PURPOSES:
        assert locale(lang).purposes[purpose] in page, purpose
    for name in locale(lang).categories.values():
        assert name in page


def test_the_english_page_uses_the_policy_catalogue_for_reasons(everything) -> None:  # type: ignore[no-untyped-def]
    page = html.unescape(render_html(everything, lang="en"))
    for entry in CATALOGUE.values():
        assert entry["message"] in page
    assert "text available in English only" not in page


def test_a_purpose_without_translation_is_shown_in_english_and_marked(
    settings: Settings,
) -> None:
    observer = Observer(roles=POLICY.roles)
    observer.add(decision("llm", purpose="newsletter"))
    register = _register(settings, observer)
    register["purposes"].append(
        {
            **register["purposes"][0],
            "purpose": "loyalty",
            "description": "Loyalty points for repeat customers",
            "descriptions": {"en": "Loyalty points for repeat customers"},
        }
    )
    page = render_html(register, lang="fr")
    assert '<span lang="en" dir="ltr">Loyalty points for repeat customers</span>' in page
    assert "texte disponible en anglais seulement" in page


def test_the_weekly_chart_has_one_column_per_week(register) -> None:  # type: ignore[no-untyped-def]
    page = render_html(register, lang="en")
    assert {"W45", "W46", "W47"} <= set(re.findall(r">\d{2}-(W\d{2})<", page))


@pytest.mark.parametrize("lang", ["fr", "en", "ar"])
def test_scrubbed_datasets_are_shown_by_purpose_with_their_rows_and_reasons(
    settings: Settings, lang: str
) -> None:
    observer = Observer(roles=POLICY.roles)
    observer.add(
        {
            "event": "scrub_job",
            "purpose": "training",
            "outcome": "completed",
            "destination_country": "MA",
            "parts": 3,
            "rows_in": 1234,
            "rows_out": 1200,
            "rows_dropped": 34,
            "rows_erased": 7,
            "dropped": {"consent.withdrawn": 27, "subject.erased": 7},
            "entities": {"PERSON": 987},
        }
    )
    page = render_html(_register(settings, observer), lang=lang)
    section = page[page.index(html.escape(locale(lang).ui["datasets"])) :]
    for figure in ("1234", "1200", "34", "987", "consent.withdrawn"):
        assert figure in section
