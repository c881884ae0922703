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

import contextlib
import threading
from collections.abc import Iterator, Mapping, Sequence
from typing import cast

from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry, RecognizerResult
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.language import Language
from thinc.api import NumpyOps, set_current_ops

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
from compliance.detect.recognition import Recognition
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

# Characters read each side of a difference in the identifier view: the longest
# value (an e-mail, an IBAN with its groups) and the context words before it (80).
_VIEW_REACH = 200

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
        self._thinc_ops: NumpyOps | None = None
        self._recognizing: Recognition | None = None
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
            with self._analyze_lock, self._ops():
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
            with self._analyze_lock, self._ops():
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
        window: tuple[int, int] | None = None,
    ) -> list[RecognizerResult]:
        """Identifiers of ``view`` (or of its ``window``), at ``text``'s offsets via ``mapping``."""
        language = language or self._languages[0]
        low, high = window or (0, len(view))
        empty = NlpArtifacts(
            entities=[],
            tokens=[],  # type: ignore[arg-type]  # no recognizer of these entities reads tokens
            tokens_indices=[],
            lemmas=[],
            nlp_engine=analyzer.nlp_engine,
            language=language,
        )
        found = self._recognition().analyze(
            view[low:high], language, empty, entities=IDENTIFIER_ENTITIES
        )
        for result in found:
            result.start += low
            result.end += low
        if mapping is None:
            return list(found)
        out = []
        for result in found:
            start, end = mapping.original_span(result.start, result.end)
            # Where the view and the text agree on the value and on the characters
            # around it, the text's own results stand; a value the view set apart
            # ("tel_0661234567" read "tel 0661234567") is the view's to report.
            before, after = max(result.start - 1, 0), result.end + 1
            if view[before:after] != text[max(start - 1, 0) : end + 1]:
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
        with self._analyze_lock, self._ops():
            for language, by_key in pending.items():
                normalized = [normalize(text) for text in by_key.values()]
                # In a memory zone, the words of these texts (names, numbers) leave the
                # pipeline's string table when the zone closes: the model's vocabulary
                # keeps no personal value and does not grow with traffic. Nothing made
                # inside (docs, tokens) is used after it: spans hold offsets only.
                with _pipeline(analyzer, language).memory_zone():
                    batch = _nlp_artifacts(analyzer, language, [n.text for n in normalized])
                    for key, norm, artifacts in zip(by_key, normalized, batch, strict=True):
                        results = self._recognition().analyze(norm.text, language, artifacts)
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
        and the text's own results stand. So only the parts of the view around a
        difference are read (:func:`_changed_windows`), each with room for the
        longest value and its context words.
        """
        view = compact(text)
        if view is None:
            return []
        return [
            result
            for window in _changed_windows(text, view)
            for result in self._identifiers(analyzer, view.text, text, view, language, window)
        ]

    @contextlib.contextmanager
    def _ops(self) -> Iterator[None]:
        """thinc's backend for this analysis, named once instead of looked up each time.

        thinc keeps its backend in a context variable, and ``asyncio.to_thread`` runs
        each analysis in a fresh copy of the caller's context, where it is unset: every
        model step then asked thinc's registry for the CPU backend again (4 % of a
        request's CPU under py-spy).
        """
        if self._thinc_ops is None:
            self._thinc_ops = NumpyOps()
        set_current_ops(self._thinc_ops)
        yield

    def _pipeline_language(self, text: str) -> str:
        _, language = pipeline_language(text)
        return language if language in self._languages else self._languages[0]

    def _recognition(self) -> Recognition:
        """Presidio's recognition step over the loaded analyzer (``recognition.py``)."""
        if self._recognizing is None:
            self._recognizing = Recognition(
                self._loaded_analyzer(), score_threshold=self._score_threshold
            )
        return self._recognizing

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


def _changed_windows(text: str, view: Normalized) -> list[tuple[int, int]]:
    """The parts of ``view`` (offsets) within ``_VIEW_REACH`` of a difference from ``text``.

    A character of the view differs when it is not the text's character at its
    origin (upper-cased) or when characters were removed just before it. Each part
    is widened to white space, so no value is cut, and parts that meet are merged.
    """
    origin = view.origin
    changed: list[int] = []
    previous = -1
    for index, char in enumerate(view.text):
        source = origin[index] if origin is not None else index
        if source != previous + 1 or text[source] != char:
            changed.append(index)
        previous = source
    if origin is not None and origin[-1] != previous + 1:
        changed.append(len(view.text) - 1)  # removed at the end
    windows: list[tuple[int, int]] = []
    for index in changed:
        if windows and index - _VIEW_REACH <= windows[-1][1]:
            windows[-1] = (windows[-1][0], _widen_right(view.text, index + _VIEW_REACH))
            continue
        windows.append(
            (
                _widen_left(view.text, index - _VIEW_REACH),
                _widen_right(view.text, index + _VIEW_REACH),
            )
        )
    return windows


def _widen_left(text: str, position: int) -> int:
    if position <= 0:
        return 0
    found = max(text.rfind(" ", 0, position), text.rfind("\n", 0, position))
    return found + 1 if found >= 0 else 0


def _widen_right(text: str, position: int) -> int:
    if position >= len(text):
        return len(text)
    spaces = [i for i in (text.find(" ", position), text.find("\n", position)) if i >= 0]
    return min(spaces) if spaces else len(text)


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
