"""Step 4 of a request: find personal data in texts, as typed spans.

``PresidioDetector`` implements the ``Detector`` protocol with Presidio,
trimmed spaCy pipelines (fr, en; a tokenizer-only one for Arabic script),
text normalization (``normalize.py``) and the recognizers of ``recognizers/``.
``scan.py`` holds the ``cndp-guard scan`` command.
"""

from compliance.detect.engine import PresidioDetector
from compliance.detect.language import detect_language
from compliance.detect.recognizers import default_recognizers
from compliance.detect.types import SENSITIVE_ENTITIES, Detector, Span

__all__ = [
    "Detector",
    "PresidioDetector",
    "SENSITIVE_ENTITIES",
    "Span",
    "default_recognizers",
    "detect_language",
]
