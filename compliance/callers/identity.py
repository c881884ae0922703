"""The application behind a request, as the proxy admitted it: its name and its scopes."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["ANONYMOUS", "ASSERT_SCOPE", "Caller"]

ASSERT_SCOPE = "subjects:assert"


@dataclass(frozen=True, slots=True)
class Caller:
    """The application a request comes from; ``None`` name when authentication is off."""

    name: str | None
    token_id: str | None
    scopes: frozenset[str]

    def may_call(self, route: str) -> bool:
        return "proxy:*" in self.scopes or f"proxy:{route}" in self.scopes

    @property
    def may_assert_subjects(self) -> bool:
        return ASSERT_SCOPE in self.scopes


ANONYMOUS = Caller(name=None, token_id=None, scopes=frozenset({"proxy:*", ASSERT_SCOPE}))
