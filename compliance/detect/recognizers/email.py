"""EMAIL_ADDRESS, validated against the public suffix list without any network.

Presidio's EmailRecognizer validates a match with ``tldextract.extract``,
whose default extractor downloads the public suffix list on first use: in a
sidecar with no egress that is a hang or a failure inside a request, and in
any case a DNS query that leaks timing to the outside. This subclass keeps
Presidio's pattern and uses an extractor that reads only the snapshot bundled
with tldextract and never writes a cache file.
"""

from __future__ import annotations

import re

import tldextract
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import EmailRecognizer

from compliance.detect.recognizers._runs import runs_holding

__all__ = ["OfflineEmailRecognizer"]

# An address whose domain runs on past its end: "a@gmail.com.pdf", "a@gmail.com2024"
# (Presidio's pattern takes the whole run, which then fails the check).
_SCORE = 0.5  # Presidio's own for its e-mail pattern
_GLUED_DIGITS = re.compile(r"(?<=[^\W\d_])\d+$")
_RUN_ON = re.compile(r"[\w.+'-]*\w@(?P<domain>\w+(?:[.-]\w+)+)")


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

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Presidio's matches, and addresses glued to what follows them, cut at their end.

        An address followed by a file extension or glued to digits is still an address:
        its end is the longest run of the domain's labels that ends in a public suffix
        ("karim.benali@gmail.com" in "karim.benali@gmail.com.pdf", "...com2024").
        """
        results: list[RecognizerResult] = []
        # An address holds an "@" and no white space: only the runs of text between
        # spaces that hold an "@" are read (the pattern, tried at every word of a
        # text, was the costliest of the identifier recognizers).
        for low, high in runs_holding(text, "@"):
            run = text[low:high]
            found = list(super().analyze(run, entities, nlp_artifacts, regex_flags))
            covered = [(r.start, r.end) for r in found]
            for result in found:
                result.start += low
                result.end += low
            results.extend(found)
            for match in _RUN_ON.finditer(run):
                start = match.start()
                if any(a < match.end() and start < b for a, b in covered):
                    continue
                end = self._valid_end(run, match.start("domain"), match.end())
                if end is not None:
                    results.append(self._result(low + start, low + end))
        return results

    def _valid_end(self, text: str, domain_start: int, end: int) -> int | None:
        """Where the longest prefix of ``text[domain_start:end]`` that is a domain ends."""
        domain = text[domain_start:end]
        labels = domain.split(".")
        for count in range(len(labels), 1, -1):
            head, last = ".".join(labels[: count - 1]), labels[count - 1]
            # Digits glued to a suffix are cut off ("com2024"); letters are not (a
            # "notatld" is no "no"): a glued word stays a wrong domain.
            for tail in dict.fromkeys((last, _GLUED_DIGITS.sub("", last))):
                candidate = f"{head}.{tail}"
                if tail and self._extract("x@" + candidate).fqdn:
                    return domain_start + len(candidate)
        return None

    def _result(self, start: int, end: int) -> RecognizerResult:
        return RecognizerResult(
            entity_type="EMAIL_ADDRESS",
            start=start,
            end=end,
            score=_SCORE,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: "OfflineEmailRecognizer",
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )
