"""The purposes shown to people: read defensively from the policy data, labelled by country."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from compliance.consent import load_purposes
from compliance.portal import load_catalog
from tests.consent.test_purposes import ASSISTANT

POLICIES = Path(__file__).resolve().parents[2] / "policies"


def _catalog(tmp_path: Path, purposes: object, adequacy: object = None, **kwargs):
    data = tmp_path / "data"
    data.mkdir(exist_ok=True)
    (data / "purposes.json").write_text(json.dumps(purposes))
    if adequacy is not None:
        (data / "adequacy.json").write_text(json.dumps(adequacy))
    return load_catalog(policy_dir=tmp_path, route_countries=["US", "MA", "FR"], **kwargs)


def test_the_shipped_policy_purposes_are_read() -> None:
    catalog = load_catalog(policy_dir=POLICIES, route_countries=["MA"])
    assert {"assistant", "embeddings", "support"} <= set(catalog.purposes)
    assert catalog.adequate >= {"FR", "CA"}


def test_unknown_keys_and_shapes_are_tolerated(tmp_path: Path) -> None:
    catalog = _catalog(
        tmp_path,
        {
            # the shape policies/data/purposes.json has today
            "assistant": {
                "description": "Chat",
                "lawful_basis": "contract",
                "data_categories": {"PERSON": "pseudonymize"},
                "retention_days": 30,
                "cndp": {"declaration": "D-1", "authorization": None},
                "opt_outs": ["personalization"],
                "a_key_added_tomorrow": {"nested": [1, 2]},
            },
            # an older shape: a list of categories, no basis, no retention
            "support": {"description": "Help", "data_categories": ["PERSON"]},
            # nonsense is skipped, not fatal
            "Bad Name!": {"lawful_basis": "consent"},
            "marketing": "not an object",
            "profiling_x": {"lawful_basis": "whim", "retention_days": -3, "cndp": 7},
        },
    )
    assert list(catalog.purposes) == ["assistant", "support", "profiling_x"]
    assistant = catalog.purposes["assistant"]
    assert assistant.summary == "Chat"
    assert assistant.data_categories == ("PERSON",)
    assert assistant.cndp_references == ("D-1",)
    assert assistant.opt_outs == ("personalization",)
    assert assistant.countries == ("MA", "FR", "US")  # Morocco first
    assert catalog.purposes["support"].lawful_basis == "unknown"
    odd = catalog.purposes["profiling_x"]
    assert (odd.lawful_basis, odd.retention_days, odd.cndp_references) == ("unknown", None, ())


@pytest.mark.parametrize(
    "document",
    [[{"name": "assistant", "lawful_basis": "consent"}], {"purposes": [{"name": "assistant"}]}],
)
def test_a_list_of_purposes_is_read_too(tmp_path: Path, document: object) -> None:
    assert list(_catalog(tmp_path, document).purposes) == ["assistant"]


def test_a_missing_or_broken_file_gives_an_empty_catalog(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "purposes.json").write_text("{not json")
    catalog = load_catalog(policy_dir=tmp_path, route_countries=["MA"])
    assert dict(catalog.purposes) == {}
    assert catalog.opt_out_kinds == ("marketing", "personalization", "profiling")


def test_countries_are_labelled_from_the_cndp_list(tmp_path: Path) -> None:
    catalog = _catalog(tmp_path, {"assistant": {}}, adequacy={"countries": ["FR", "CA"]})
    assert catalog.country_status("MA") == "in_country"
    assert catalog.country_status("FR") == "adequate"
    assert catalog.country_status("US") == "not_listed"


def test_configured_destinations_narrow_a_purpose(tmp_path: Path) -> None:
    catalog = _catalog(
        tmp_path, {"assistant": {}, "support": {}}, destinations={"support": ("MA",)}
    )
    assert catalog.purposes["support"].countries == ("MA",)
    assert catalog.purposes["assistant"].countries == ("MA", "FR", "US")


def test_declared_purposes_bring_their_three_languages(tmp_path: Path) -> None:
    declared = load_purposes([ASSISTANT])
    catalog = _catalog(
        tmp_path, {"assistant": {"opt_outs": ["personalization"]}}, declared=declared
    )
    entry = catalog.purposes["assistant"]
    assert set(entry.description) == {"fr", "ar", "en"}
    assert entry.opt_outs == ("personalization",)  # kept from the policy data


def test_the_catalog_version_changes_with_the_files(tmp_path: Path) -> None:
    first = _catalog(tmp_path, {"assistant": {}}).version
    assert _catalog(tmp_path, {"assistant": {"retention_days": 3}}).version != first
