"""``PortalSettings``: the people's side (portal and host-application API), safe by default.

Meant to sit under ``Settings.portal``; every field has a default, so a config file
without a ``portal:`` key gets a working portal on the sidecar's own address.
"""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, field_validator

LANGUAGES = ("fr", "ar", "en")


class Controller(BaseModel):
    """Who answers for the processing (art. 5-a) and where rights are exercised (art. 15-g)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str | None = Field(default=None, min_length=1, max_length=200)  # None: "the controller"
    contact: str | None = Field(default=None, max_length=200)
    cndp_receipt: str | None = Field(default=None, max_length=64)


class PortalSettings(BaseModel):
    """Settings of the opt-out portal and the ``/api/v1`` host-application API."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    enabled: bool = True
    # Public address of the portal as people reach it (scheme://host[:port][/prefix]);
    # None: the address the API request that issued the link came in on.
    base_url: str | None = None
    default_language: str = "fr"
    # Links are single-use: opening one starts a session, a second use is refused.
    link_ttl_seconds: int = Field(default=7 * 24 * 3600, ge=60, le=30 * 24 * 3600)
    session_ttl_seconds: int = Field(default=30 * 60, ge=60, le=24 * 3600)
    # Cookies get the Secure flag (and the __Host- prefix) unless the portal is reached
    # over plain http on a loopback address; True or False forces it.
    secure_cookies: bool | None = None
    # Per-process sliding windows: requests per ``rate_window_seconds``.
    rate_window_seconds: int = Field(default=60, ge=1, le=3600)
    rate_limit_per_ip: int = Field(default=30, ge=1)
    rate_limit_per_link: int = Field(default=10, ge=1)
    rate_limit_per_session: int = Field(default=120, ge=1)
    # Art. 8: requests are answered within 10 clear days, counted in this time zone.
    timezone: str = "Africa/Casablanca"
    due_soon_days: int = Field(default=3, ge=0, le=10)
    # Purpose name -> countries its data may go to; purposes not listed get the countries
    # of every configured route (any route may be asked for any purpose).
    destinations: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    export_max_records: int = Field(default=10_000, ge=100, le=1_000_000)
    controller: Controller = Controller()

    @field_validator("base_url")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        if value is None:
            return None
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.hostname or parts.query:
            raise ValueError(
                f"base_url {value!r} is not an http(s) address; write e.g."
                " https://privacy.example.ma"
            )
        return value.rstrip("/")

    @field_validator("default_language")
    @classmethod
    def _language(cls, value: str) -> str:
        if value not in LANGUAGES:
            raise ValueError(f"default_language {value!r} is not served; use fr, ar or en")
        return value

    @field_validator("timezone")
    @classmethod
    def _timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(
                f"timezone {value!r} is unknown; write an IANA name such as Africa/Casablanca"
                " (and install the system's tzdata)"
            ) from None
        return value

    @field_validator("destinations")
    @classmethod
    def _countries(cls, value: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
        for purpose, countries in value.items():
            for country in countries:
                if len(country) != 2 or not country.isalpha() or not country.isupper():
                    raise ValueError(
                        f"destinations[{purpose!r}]: {country!r} is not an ISO 3166-1 alpha-2"
                        " code; write e.g. MA or FR"
                    )
        return value

    @property
    def link_ttl(self) -> timedelta:
        return timedelta(seconds=self.link_ttl_seconds)

    @property
    def session_ttl(self) -> timedelta:
        return timedelta(seconds=self.session_ttl_seconds)
