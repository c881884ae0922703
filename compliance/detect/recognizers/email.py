"""EMAIL_ADDRESS, validated against the public suffix list without any network.

Presidio's EmailRecognizer validates a match with ``tldextract.extract``,
whose default extractor downloads the public suffix list on first use: in a
sidecar with no egress that is a hang or a failure inside a request, and in
any case a DNS query that leaks timing to the outside. This subclass keeps
Presidio's pattern and uses an extractor that reads only the snapshot bundled
with tldextract and never writes a cache file.
"""

from __future__ import annotations

import tldextract
from presidio_analyzer.predefined_recognizers import EmailRecognizer

__all__ = ["OfflineEmailRecognizer"]


class OfflineEmailRecognizer(EmailRecognizer):
    """Presidio's e-mail pattern, with an offline domain check."""

    # Presidio declares CONTEXT as a plain list attribute: ClassVar would clash under mypy.
    CONTEXT = ["email", "mail", "courriel", "adresse", "contact", "بريد"]  # noqa: RUF012

    def __init__(self, *, supported_language: str = "fr") -> None:
        super().__init__(
            context=self.CONTEXT,
            supported_language=supported_language,
            name="OfflineEmailRecognizer",
        )
        # suffix_list_urls=() disables the download, cache_dir=None the
        # on-disk cache: the bundled snapshot is the only source.
        self._extract = tldextract.TLDExtract(cache_dir=None, suffix_list_urls=())

    def validate_result(self, pattern_text: str) -> bool:
        """Accept the match only when its domain ends in a known public suffix."""
        return bool(self._extract(pattern_text).fqdn)
