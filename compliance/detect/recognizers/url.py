"""URL, with Presidio's host pattern but boundaries that French prose needs.

Presidio's UrlRecognizer scores any ``word.tld`` at 0.5 with no boundary
after the TLD, so "M.Alaoui" gives "M.Al" (Albania), "rapport.docx" gives
"rapport.do" and "script.py" a URL, all at the default threshold. Here a
match may not start or end inside a word, a link with a scheme or "www." keeps
its score, and a bare ``name.tld`` needs a word such as "site" or "lien" nearby.
"""

from __future__ import annotations

from presidio_analyzer import Pattern
from presidio_analyzer.predefined_recognizers import UrlRecognizer

from compliance.detect.recognizers._context import PhraseContextMixin

__all__ = ["BoundedUrlRecognizer"]

# Not after a word character, a dot, "@" (the domain of an e-mail) or "/";
# not followed by more of a word ("rapport.docx").
_BEFORE = r"(?<![\w.@/-])"
_AFTER = r"(?![\w-])"
_HOST = UrlRecognizer.BASE_URL_REGEX


class BoundedUrlRecognizer(PhraseContextMixin, UrlRecognizer):
    """Links with a scheme or "www."; bare domains only with context."""

    PATTERNS = [  # noqa: RUF012  (a plain list attribute in Presidio, as CONTEXT below)
        Pattern("URL (scheme)", r"(?i)" + _BEFORE + r"https?://" + _HOST + _AFTER, 0.6),
        Pattern("URL (www)", r"(?i)" + _BEFORE + r"(?=www\d{0,3}[.])" + _HOST + _AFTER, 0.5),
        Pattern("URL (bare domain)", r"(?i)" + _BEFORE + _HOST + _AFTER, 0.3),
    ]
    # Presidio declares CONTEXT as a plain list attribute: ClassVar would clash under mypy.
    CONTEXT = ["url", "site", "lien", "link", "website", "web", "موقع"]  # noqa: RUF012

    def __init__(self, *, supported_language: str = "fr") -> None:
        super().__init__(
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language=supported_language,
            name="BoundedUrlRecognizer",
        )
