"""The Presidio-based detector: step 4 of a request (see DESIGN.md).

All texts of one request are analyzed together. Each text is normalized
(ASCII digits, no invisible marks: ``normalize.py``) and gets a language
label and a pipeline (``language.py``: fr, en, or the tokenizer-only "ar"
pipeline for Arabic script); texts are grouped by pipeline so spaCy runs
once per group (``nlp.pipe``), then Presidio's recognizers run per text over
the precomputed NLP artifacts, and spans are mapped back to the offsets of
the text as sent. Results already known for the same text (chat history)
come from an in-memory cache. Any failure fails closed as
:class:`DetectionError`, whose message names the exception type only:
exception messages from spaCy or Presidio may quote the text.

Context words are each recognizer's business (``recognizers/_context.py``
and the gazetteer recognizers): Presidio's lemma enhancer, which walks every
token for every result, is replaced by one that does nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from typing import cast

from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry, RecognizerResult
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.language import Language

from compliance.core.errors import ConfigError, DetectionError
from compliance.detect.cache import CacheKey, SpanCache, cache_key
from compliance.detect.language import pipeline_language
from compliance.detect.log_filter import install_presidio_log_filter
from compliance.detect.nlp import (
    BLANK_PIPELINES,
    PIPELINE_PACKAGES,
    Entity,
    TrimmedSpacyNlpEngine,
    load_pipeline,
)
from compliance.detect.normalize import Normalized, compact, normalize
from compliance.detect.recognizers import default_recognizers
from compliance.detect.spans import resolve_overlaps
from compliance.detect.types import Span
from compliance.detect.windows import ner_windows

__all__ = ["PresidioDetector"]

# One sentence per pipeline with a name, so warm_up exercises NER and recognizers.
_WARM_UP_TEXTS = {
    "fr": "Bonjour, je suis Karim Alaoui, joignable au 0661234567.",
    "en": "Hello, I am John Smith, call me on +212 661 234 567.",
    "ar": "مرحبا، اسمي يوسف العلوي من الرباط، هاتفي ٠٦٦١٢٣٤٥٦٧.",
}
_SUPPORTED = (*PIPELINE_PACKAGES, *sorted(BLANK_PIPELINES))


class _RecognizersOwnContext(ContextAwareEnhancer):
    """Presidio's enhancer slot, left empty: each recognizer weighs its own context."""

    def __init__(self) -> None:
        super().__init__(
            context_similarity_factor=0.0,
            min_score_with_context_similarity=0.0,
            context_prefix_count=0,
            context_suffix_count=0,
        )

    def enhance_using_context(
        self,
        text: str,
        raw_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts,
        recognizers: list[EntityRecognizer],
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        """Return the results as the recognizers scored them."""
        return raw_results


# The cache's "language" for identifier-only results, and the longest text they are kept for.
_IDENTIFIERS_ONLY = "identifiers"
_CACHED_MAX = 256

# spaCy batches texts of a group through the network this many at a time.
_BATCH_SIZE = 32

# Identifiers of a fixed shape, also looked for in the identifier view of a text
# (``normalize.compact``: separators inside values removed, letters next to digits
# upper-cased), where "be-384-721" and "06 61.23-45/67" read as one value.
IDENTIFIER_ENTITIES = (
    "CREDIT_CARD",
    "EMAIL_ADDRESS",
    "IBAN_CODE",
    "MA_CIN",
    "MA_CNSS",
    "MA_ICE",
    "MA_MASSAR",
    "MA_PASSPORT",
    "MA_RIB",
    "PHONE_NUMBER",
)


class PresidioDetector:
    """Detects personal data with Presidio, spaCy (fr, en) and our recognizers.

    Args:
        languages: spaCy models to load, among ``"fr"`` and ``"en"`` (``"ar"``,
            a tokenizer without a model, is always there for Arabic script).
            A Latin-script text is analyzed with the pipeline of its detected
            language when loaded, else with the first one; Darija in Latin
            letters and mixed texts with the French (or English) one.
        score_threshold: Minimum score reported. 0.5 lets through spaCy's
            entities (0.85), validated checksums (1.0) and medium-confidence
            patterns (e-mail, Moroccan phone, links: 0.5-0.75), while the
            weak shapes (a CIN-shaped token or a libphonenumber match: 0.4) need
            a context word nearby (+0.35). Lower floods the policy with
            reference numbers; higher drops phones and CINs without context.
        cache_size: Texts whose spans are remembered (LRU, memory only); 0 disables.

    Raises:
        ConfigError: An argument is out of range.
    """

    def __init__(
        self,
        *,
        languages: Sequence[str] = ("fr", "en"),
        score_threshold: float = 0.5,
        cache_size: int = 4096,
    ) -> None:
        unknown = [language for language in languages if language not in _SUPPORTED]
        models = [language for language in languages if language in PIPELINE_PACKAGES]
        if not models or unknown:
            raise ConfigError(
                f"detector languages {list(languages)!r} are not supported; "
                f"choose one or more of {sorted(PIPELINE_PACKAGES)}"
            )
        if not 0.0 <= score_threshold <= 1.0:
            raise ConfigError(
                f"detector score_threshold {score_threshold!r} is out of range; "
                "write a number between 0 and 1, e.g. 0.5"
            )
        if cache_size < 0:
            raise ConfigError(
                f"detector cache_size {cache_size!r} is negative; write 0 to disable the cache"
            )
        self._languages = tuple(dict.fromkeys([*models, *sorted(BLANK_PIPELINES)]))
        self._score_threshold = score_threshold
        self._cache = SpanCache(maxsize=cache_size)
        self._analyzer: AnalyzerEngine | None = None
        self._load_lock = threading.Lock()
        # spaCy pipelines and Presidio recognizers are not documented as
        # thread-safe (the vocabulary grows, entity labels are rewritten in
        # place): one analysis at a time. It is CPU-bound under the GIL anyway.
        self._analyze_lock = threading.Lock()

    def warm_up(self) -> None:
        """Load the models and run one analysis per language, bypassing the cache.

        Raises:
            DetectionError: Loading or analysis failed.
        """
        try:
            analyzer = self._loaded_analyzer()
            with self._analyze_lock:
                for language in self._languages:
                    analyzer.analyze(
                        _WARM_UP_TEXTS[language],
                        language,
                        score_threshold=self._score_threshold,
                    )
        except Exception as exc:
            raise DetectionError(f"detection failed: {type(exc).__name__}") from None

    def analyze(self, texts: Sequence[str]) -> list[list[Span]]:
        """Return, for each text in order, its non-overlapping spans sorted by start.

        Raises:
            DetectionError: Anything failed; the message names the exception type only.
        """
        try:
            return self._analyze(texts)
        except Exception as exc:
            # "from None": the original exception's message may quote the text,
            # and a logged traceback would show it.
            raise DetectionError(f"detection failed: {type(exc).__name__}") from None

    def analyze_identifiers(self, texts: Sequence[str]) -> list[list[Span]]:
        """Spans of the fixed-shape identifiers only (no NER, no gazetteers): cheap.

        For texts where only an identifier could be found, such as the seam where a
        value is split between two independent inputs of one request.

        Raises:
            DetectionError: Anything failed; the message names the exception type only.
        """
        try:
            analyzer = self._loaded_analyzer()
            out: list[list[Span]] = []
            with self._analyze_lock:
                for text in texts:
                    # Short structural values (ids, model names, enums of an answer) repeat
                    # from request to request: remembered like the texts of a history.
                    key = cache_key(_IDENTIFIERS_ONLY, text) if len(text) <= _CACHED_MAX else None
                    cached = self._cache.get(key) if key is not None else None
                    if cached is not None:
                        out.append(list(cached))
                        continue
                    norm = normalize(text)
                    results = [
                        *self._identifiers(analyzer, norm.text, norm.text, None),
                        *self._identifier_view(analyzer, norm.text, self._languages[0]),
                    ]
                    spans = _to_original(norm, resolve_overlaps(results, norm.text))
                    if key is not None:
                        self._cache.put(key, spans)
                    out.append(list(spans))
            return out
        except Exception as exc:
            raise DetectionError(f"detection failed: {type(exc).__name__}") from None

    def _identifiers(
        self,
        analyzer: AnalyzerEngine,
        view: str,
        text: str,
        mapping: Normalized | None,
        language: str | None = None,
    ) -> list[RecognizerResult]:
        language = language or self._languages[0]
        empty = NlpArtifacts(
            entities=[],
            tokens=[],  # type: ignore[arg-type]  # no recognizer of these entities reads tokens
            tokens_indices=[],
            lemmas=[],
            nlp_engine=analyzer.nlp_engine,
            language=language,
        )
        found = analyzer.analyze(
            view,
            language,
            entities=list(IDENTIFIER_ENTITIES),
            nlp_artifacts=empty,
            score_threshold=self._score_threshold,
        )
        if mapping is None:
            return list(found)
        out = []
        for result in found:
            start, end = mapping.original_span(result.start, result.end)
            # Where the view and the text agree on the value and on the characters
            # around it, the text's own results stand; a value the view set apart
            # ("tel_0661234567" read "tel 0661234567") is the view's to report.
            low, high = max(result.start - 1, 0), result.end + 1
            if view[low:high] != text[max(start - 1, 0) : end + 1]:
                out.append(RecognizerResult(result.entity_type, start, end, result.score))
        return out

    def _analyze(self, texts: Sequence[str]) -> list[list[Span]]:
        found: dict[CacheKey, tuple[Span, ...]] = {}
        pending: dict[str, dict[CacheKey, str]] = {}
        keys: list[CacheKey | None] = []
        for text in texts:
            if not text.strip():
                keys.append(None)
                continue
            language = self._pipeline_language(text)
            key = cache_key(language, text)
            keys.append(key)
            if key in found or key in pending.get(language, {}):
                continue
            cached = self._cache.get(key)
            if cached is not None:
                found[key] = cached
            else:
                pending.setdefault(language, {})[key] = text
        if pending:
            found.update(self._run(pending))
        return [list(found[key]) if key is not None else [] for key in keys]

    def _run(self, pending: dict[str, dict[CacheKey, str]]) -> dict[CacheKey, tuple[Span, ...]]:
        analyzer = self._loaded_analyzer()
        spans: dict[CacheKey, tuple[Span, ...]] = {}
        with self._analyze_lock:
            for language, by_key in pending.items():
                normalized = [normalize(text) for text in by_key.values()]
                # In a memory zone, the words of these texts (names, numbers) leave the
                # pipeline's string table when the zone closes: the model's vocabulary
                # keeps no personal value and does not grow with traffic. Nothing made
                # inside (docs, tokens) is used after it: spans hold offsets only.
                with _pipeline(analyzer, language).memory_zone():
                    batch = _nlp_artifacts(analyzer, language, [n.text for n in normalized])
                    for key, norm, artifacts in zip(by_key, normalized, batch, strict=True):
                        results = analyzer.analyze(
                            norm.text,
                            language,
                            nlp_artifacts=artifacts,
                            score_threshold=self._score_threshold,
                        )
                        results.extend(self._identifier_view(analyzer, norm.text, language))
                        spans[key] = _to_original(norm, resolve_overlaps(results, norm.text))
        for key, value in spans.items():
            self._cache.put(key, value)
        return spans

    def _identifier_view(
        self, analyzer: AnalyzerEngine, text: str, language: str
    ) -> list[RecognizerResult]:
        """Identifiers found only once separators and case are set aside, at ``text``'s offsets.

        A result is kept only where the view differs from the text (a separator
        removed or a letter upper-cased inside it): elsewhere the two readings agree
        and the text's own results stand.
        """
        view = compact(text)
        if view is None:
            return []
        return self._identifiers(analyzer, view.text, text, view, language)

    def _pipeline_language(self, text: str) -> str:
        _, language = pipeline_language(text)
        return language if language in self._languages else self._languages[0]

    def _loaded_analyzer(self) -> AnalyzerEngine:
        analyzer = self._analyzer
        if analyzer is not None:
            return analyzer
        with self._load_lock:
            if self._analyzer is None:
                self._analyzer = self._build_analyzer()
            return self._analyzer

    def _build_analyzer(self) -> AnalyzerEngine:
        install_presidio_log_filter()
        languages = list(self._languages)
        nlp_engine = TrimmedSpacyNlpEngine(
            pipelines={language: load_pipeline(language) for language in languages}
        )
        registry = RecognizerRegistry(
            recognizers=default_recognizers(languages), supported_languages=languages
        )
        return AnalyzerEngine(
            registry=registry,
            nlp_engine=nlp_engine,
            supported_languages=languages,
            default_score_threshold=self._score_threshold,
            context_aware_enhancer=_RecognizersOwnContext(),
        )


def _nlp_artifacts(
    analyzer: AnalyzerEngine, language: str, texts: Sequence[str]
) -> list[NlpArtifacts]:
    """The NER's entities of each text, read from its windows only (``windows.py``).

    The NER reads only the sentences where a name or a place can be (``ner_windows``),
    batched over the texts, and only those are tokenized: the recognizers read the
    text and the entities, never the tokens, and in a memory zone spaCy's tokenizer
    caches nothing, so tokenizing the whole text was a quarter of detection. A
    window's entities come back at the whole text's offsets (:class:`Entity`). A
    text whose window is the whole text goes through the pipeline whole.
    """
    engine = cast(TrimmedSpacyNlpEngine, analyzer.nlp_engine)
    nlp = _pipeline(analyzer, language)
    if "ner" not in nlp.pipe_names:
        return [engine.entity_artifacts([], language) for _ in texts]
    pieces = [(i, a, b) for i, text in enumerate(texts) for a, b in ner_windows(text)]
    found: list[list[Entity]] = [[] for _ in texts]
    piece_docs = nlp.pipe([texts[i][a:b] for i, a, b in pieces], batch_size=_BATCH_SIZE)
    for (index, start, _), piece in zip(pieces, piece_docs, strict=True):
        found[index].extend(
            Entity(
                label_=ent.label_,
                start_char=start + ent.start_char,
                end_char=start + ent.end_char,
                text=ent.text,
            )
            for ent in piece.ents
        )
    return [engine.entity_artifacts(entities, language) for entities in found]


def _pipeline(analyzer: AnalyzerEngine, language: str) -> Language:
    """The spaCy pipeline the analyzer's NLP engine runs for ``language``."""
    engine = cast(TrimmedSpacyNlpEngine, analyzer.nlp_engine)
    return cast(Mapping[str, Language], engine.nlp)[language]


def _to_original(norm: Normalized, spans: tuple[Span, ...]) -> tuple[Span, ...]:
    """Spans of the normalized text, at the offsets of the text as sent."""
    if norm.origin is None:
        return spans
    mapped = []
    for span in spans:
        start, end = norm.original_span(span.start, span.end)
        mapped.append(Span(entity_type=span.entity_type, start=start, end=end, score=span.score))
    return tuple(mapped)
