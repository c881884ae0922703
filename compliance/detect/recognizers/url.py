"""URL, with Presidio's host pattern but boundaries that French prose needs.

Presidio's UrlRecognizer scores any ``word.tld`` at 0.5 with no boundary
after the TLD, so "M.Alaoui" gives "M.Al" (Albania), "rapport.docx" gives
"rapport.do" and "script.py" a URL, all at the default threshold. Here a
match may not start or end inside a word, a link with a scheme or "www." keeps
its score, and a bare ``name.tld`` needs a word such as "site" or "lien" nearby.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import UrlRecognizer

from compliance.detect.recognizers._context import PhraseContextMixin
from compliance.detect.recognizers._runs import runs_holding

__all__ = ["BoundedUrlRecognizer"]

# Not after a word character, a dot, "@" (the domain of an e-mail) or "/";
# not followed by more of a word ("rapport.docx").
_BEFORE = r"(?<![\w.@/-])"
_AFTER = r"(?![\w-])"
_HOST = UrlRecognizer.BASE_URL_REGEX
# A host's dot is followed by a label (the TLD at least).
_DOT_THEN_LABEL = re.compile(r"[.][a-z0-9]", re.IGNORECASE)


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

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """The patterns tried only on the runs of text between spaces that hold a dot.

        A link holds no white space (scheme, host and path alike) and its host a dot
        followed by a label;
        the bare-domain pattern, tried at every word of a text, cost more than any
        other identifier pattern.
        """
        results: list[RecognizerResult] = []
        for low, high in runs_holding(text, "."):
            if _DOT_THEN_LABEL.search(text, low, high) is None:
                continue  # "dossier." ends a sentence: no label after its dot
            for result in super().analyze(text[low:high], entities, nlp_artifacts, regex_flags):
                result.start += low
                result.end += low
                results.append(result)
        return results
