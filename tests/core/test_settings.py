from pathlib import Path

import pytest

from compliance.core.errors import ConfigError
from compliance.core.settings import load_settings, parse_settings

GOOD = {"routes": {"llm": {"upstream": "http://127.0.0.1:9000", "country": "MA"}}}


def test_minimal_config_gets_safe_defaults() -> None:
    settings = parse_settings(GOOD)
    assert settings.max_body_bytes == 1024 * 1024
    assert settings.database.startswith("sqlite:///")
    assert settings.policy.engine == "embedded"
    assert settings.routes["llm"].purpose == "assistant"


@pytest.mark.parametrize(
    ("routes", "expected"),
    [
        (
            {"llm": {"upstream": "htp://x", "country": "MA"}},
            "routes.llm.upstream: upstream 'htp://x' is not an http(s) URL; write e.g. http://127.0.0.1:8000",
        ),
        (
            {"llm": {"upstream": "http://x", "country": "Morocco"}},
            "routes.llm.country: country 'Morocco' is not an ISO 3166-1 alpha-2 code",
        ),
        ({"llm": {"upstream": "http://x", "country": "MA", "kind": "grpc"}}, "routes.llm.kind"),
        ({"LLM!": {"upstream": "http://x", "country": "MA"}}, "route name 'LLM!' is not allowed"),
        (
            {"llm": {"upstream": "http://x", "country": "MA", "uptream": "x"}},
            "routes.llm.uptream: unknown key",
        ),
        ({}, "no routes configured"),
    ],
)
def test_bad_values_are_named_with_their_fix(routes: dict, expected: str) -> None:
    with pytest.raises(ConfigError) as info:
        parse_settings({"routes": routes})
    assert expected in info.value.message


def test_yaml_file_and_environment_overrides(tmp_path: Path) -> None:
    path = tmp_path / "cndp.yaml"
    path.write_text("routes:\n  llm:\n    upstream: http://127.0.0.1:9000\n    country: FR\n")
    settings = load_settings(path, environ={"CNDP_GUARD_MAX_BODY_BYTES": "2048"})
    assert settings.routes["llm"].country == "FR"
    assert settings.max_body_bytes == 2048


def test_unreadable_or_invalid_yaml_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read config file"):
        load_settings(tmp_path / "missing.yaml", environ={})
    bad = tmp_path / "bad.yaml"
    bad.write_text("routes: [\n")
    with pytest.raises(ConfigError, match="not valid YAML"):
        load_settings(bad, environ={})


def test_database_url_scheme_is_checked() -> None:
    with pytest.raises(ConfigError, match="mysql://x"):
        parse_settings({**GOOD, "database": "mysql://x"})


@pytest.mark.parametrize(
    ("routes", "expected"),
    [
        (
            {"a": {"upstream": "http://x", "country": "US", "fallbacks": ["b"]}},
            "fallback 'b' is not another configured route",
        ),
        (
            {"a": {"upstream": "http://x", "country": "US", "fallbacks": ["a"]}},
            "fallback 'a' is not another configured route",
        ),
        (
            {
                "a": {"upstream": "http://x", "country": "US", "fallbacks": ["b"]},
                "b": {"upstream": "http://x", "country": "MA", "kind": "json"},
            },
            "fallback 'b' is of kind 'json'",
        ),
        (
            {
                "a": {"upstream": "http://x", "country": "US", "fallbacks": ["b"]},
                "b": {"upstream": "http://x", "country": "FR", "fallbacks": ["c"]},
                "c": {"upstream": "http://x", "country": "MA"},
            },
            "fallbacks are one level deep",
        ),
        (
            {"a": {"upstream": "http://x", "country": "MA", "hosting_country": "usa"}},
            "hosting_country",
        ),
    ],
)
def test_fallback_routes_must_exist_match_and_stay_one_level_deep(
    routes: dict, expected: str
) -> None:
    with pytest.raises(ConfigError) as info:
        parse_settings({"routes": routes})
    assert expected in info.value.message


def test_opa_engine_needs_a_url() -> None:
    with pytest.raises(ConfigError, match="engine 'opa' needs url"):
        parse_settings({**GOOD, "policy": {"engine": "opa"}})


def test_hardening_defaults_are_the_safe_ones() -> None:
    settings = parse_settings(GOOD)
    assert settings.metrics_auth == "token"
    assert settings.api_docs is False
    limits = settings.limits
    assert (limits.max_header_count, limits.max_header_bytes, limits.max_target_bytes) == (
        100,
        16 * 1024,
        8 * 1024,
    )
    assert limits.body_timeout_seconds == 30.0


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({"limits": {"max_header_count": 0}}, "limits.max_header_count"),
        ({"limits": {"max_header_count": 1001}}, "limits.max_header_count"),
        ({"limits": {"max_header_bytes": 0}}, "limits.max_header_bytes"),
        ({"limits": {"max_header_bytes": 2 * 1024 * 1024}}, "limits.max_header_bytes"),
        ({"limits": {"max_target_bytes": -1}}, "limits.max_target_bytes"),
        ({"limits": {"max_target_bytes": 65 * 1024}}, "limits.max_target_bytes"),
        ({"limits": {"body_timeout_seconds": 0}}, "limits.body_timeout_seconds"),
        ({"limits": {"body_timeout_seconds": 3601}}, "limits.body_timeout_seconds"),
        ({"limits": {"header_timeout": 5}}, "limits.header_timeout: unknown key"),
        ({"metrics_auth": "off"}, "metrics_auth"),
        (
            {"api_docs": True, "environment": "production"},
            "api_docs: true serves /docs, /redoc and /openapi.json to anyone",
        ),
    ],
)
def test_hardening_settings_out_of_bounds_are_named(overrides: dict, expected: str) -> None:
    with pytest.raises(ConfigError) as info:
        parse_settings({**GOOD, **overrides})
    assert expected in info.value.message


def test_hardening_settings_take_environment_overrides(tmp_path: Path) -> None:
    path = tmp_path / "cndp.yaml"
    path.write_text("routes:\n  llm:\n    upstream: http://127.0.0.1:9000\n    country: MA\n")
    settings = load_settings(
        path,
        environ={
            "CNDP_GUARD_LIMITS_MAX_HEADER_COUNT": "50",
            "CNDP_GUARD_LIMITS_MAX_HEADER_BYTES": "8192",
            "CNDP_GUARD_LIMITS_MAX_TARGET_BYTES": "4096",
            "CNDP_GUARD_LIMITS_BODY_TIMEOUT_SECONDS": "5",
            "CNDP_GUARD_METRICS_AUTH": "none",
            "CNDP_GUARD_API_DOCS": "true",
        },
    )
    assert settings.limits.max_header_count == 50
    assert settings.limits.max_header_bytes == 8192
    assert settings.limits.max_target_bytes == 4096
    assert settings.limits.body_timeout_seconds == 5.0
    assert settings.metrics_auth == "none"
    assert settings.api_docs is True


# --- where the configuration comes from -----------------------------------------------------

YAML = "routes:\n  llm:\n    upstream: http://127.0.0.1:9000\n    country: {country}\n"


def test_without_config_the_default_file_is_read(tmp_path: Path) -> None:
    default = tmp_path / "var" / "cndp-guard.yaml"
    default.parent.mkdir()
    default.write_text(YAML.format(country="FR"))

    settings = load_settings(environ={}, default=default)

    assert settings.routes["llm"].country == "FR"


def test_the_environment_variable_wins_over_the_default_file(tmp_path: Path) -> None:
    default = tmp_path / "default.yaml"
    default.write_text(YAML.format(country="FR"))
    chosen = tmp_path / "chosen.yaml"
    chosen.write_text(YAML.format(country="DE"))

    settings = load_settings(environ={"CNDP_GUARD_CONFIG": str(chosen)}, default=default)

    assert settings.routes["llm"].country == "DE"


def test_no_configuration_names_the_file_looked_for_and_the_two_ways_to_give_one(
    tmp_path: Path,
) -> None:
    default = tmp_path / "var" / "cndp-guard.yaml"

    with pytest.raises(ConfigError) as raised:
        load_settings(environ={}, default=default)

    message = raised.value.message
    assert str(default.absolute()) in message
    assert "--config FILE" in message
    assert "CNDP_GUARD_CONFIG=FILE" in message


def test_a_missing_file_named_by_the_environment_says_where_the_name_came_from(
    tmp_path: Path,
) -> None:
    missing = tmp_path / "nowhere.yaml"

    with pytest.raises(ConfigError) as raised:
        load_settings(environ={"CNDP_GUARD_CONFIG": str(missing)}, default=tmp_path / "d.yaml")

    assert f"{missing} (from CNDP_GUARD_CONFIG)" in raised.value.message
    assert "--config FILE" in raised.value.message


def test_a_route_declares_the_kinds_of_processing_its_requests_are() -> None:
    route = {"upstream": "http://127.0.0.1:9000", "country": "MA", "processing": ["profiling"]}
    assert parse_settings({"routes": {"llm": route}}).routes["llm"].processing == ("profiling",)

    with pytest.raises(ConfigError, match=r"routes\.llm\.processing\.0"):
        parse_settings({"routes": {"llm": {**route, "processing": ["advertising"]}}})


def test_the_warm_up_hook_is_refused_in_production(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"testing\.hold_warm_up_until"):
        parse_settings(
            {
                **GOOD,
                "environment": "production",
                "testing": {"hold_warm_up_until": str(tmp_path / "release")},
            }
        )
