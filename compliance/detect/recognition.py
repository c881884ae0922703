"""Presidio's recognition step, without the work our detector does not need.

:meth:`AnalyzerEngine.analyze` looks the recognizers up in the registry, lists the
supported entities, walks every result once per recognizer for context
enhancement, and builds explanations, for every text it is given. The detector
calls it several times a text (the text, the windows of its identifier view), so
:class:`Recognition` does the same steps with what does not change between calls
computed once:

1. the recognizers of a language (and of a set of entities) and the entities they
   are asked for, looked up once;
2. each recognizer's results, tagged with its id and name when it did not;
3. context enhancement only by the recognizers that define their own
   (``enhance_using_context`` overridden): Presidio's base method returns the
   results unchanged, and its engine-level enhancer is replaced by one that does
   nothing (``engine.py``);
4. results under the score threshold dropped, duplicates removed
   (:meth:`EntityRecognizer.remove_duplicates`), explanations cleared.

The results are Presidio's, in Presidio's order: ``tests/detect/test_recognition.py``
holds the two to the same output.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

__all__ = ["Recognition"]

_ID = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY
_NAME = RecognizerResult.RECOGNIZER_NAME_KEY


@dataclass(frozen=True)
class _Selection:
    recognizers: tuple[EntityRecognizer, ...]
    entities: list[str]
    enhancing: frozenset[str]  # ids of the recognizers with their own context step


class Recognition:
    """The recognizers of one analyzer, run the way :meth:`AnalyzerEngine.analyze` runs them."""

    def __init__(self, analyzer: AnalyzerEngine, *, score_threshold: float) -> None:
        self._analyzer = analyzer
        self._score_threshold = score_threshold
        self._selections: dict[tuple[str, tuple[str, ...] | None], _Selection] = {}

    def analyze(
        self,
        text: str,
        language: str,
        nlp_artifacts: NlpArtifacts,
        entities: Sequence[str] | None = None,
    ) -> list[RecognizerResult]:
        """What ``analyzer.analyze(text, language, entities, nlp_artifacts=...)`` returns."""
        selection = self._selection(language, entities)
        raw: list[RecognizerResult] = []
        for recognizer in selection.recognizers:
            found = recognizer.analyze(
                text=text, entities=selection.entities, nlp_artifacts=nlp_artifacts
            )
            if not found:
                continue
            for result in found:
                metadata = result.recognition_metadata
                if not metadata:
                    metadata = result.recognition_metadata = {}
                metadata.setdefault(_ID, recognizer.id)
                metadata.setdefault(_NAME, recognizer.name)  # type: ignore[has-type]
            raw.extend(found)
        results = self._enhanced(text, raw, selection, nlp_artifacts) if raw else raw
        kept = [result for result in results if result.score >= self._score_threshold]
        kept = EntityRecognizer.remove_duplicates(kept)
        for result in kept:
            result.analysis_explanation = None  # type: ignore[assignment]  # as Presidio does
        return kept

    def _enhanced(
        self,
        text: str,
        raw: list[RecognizerResult],
        selection: _Selection,
        nlp_artifacts: NlpArtifacts,
    ) -> list[RecognizerResult]:
        # Presidio regroups the results by recognizer, in the recognizers' order.
        by_id: dict[str, list[RecognizerResult]] = {}
        for result in raw:
            by_id.setdefault(result.recognition_metadata[_ID], []).append(result)
        results: list[RecognizerResult] = []
        for recognizer in selection.recognizers:
            own = by_id.get(recognizer.id, [])
            if recognizer.id in selection.enhancing:
                others = [r for r in raw if r.recognition_metadata[_ID] != recognizer.id]
                own = recognizer.enhance_using_context(
                    text=text,
                    raw_recognizer_results=own,
                    other_raw_recognizer_results=others,
                    nlp_artifacts=nlp_artifacts,
                    context=None,
                )
            results.extend(own)
        return results

    def _selection(self, language: str, entities: Sequence[str] | None) -> _Selection:
        key = (language, tuple(entities) if entities is not None else None)
        selection = self._selections.get(key)
        if selection is None:
            registry = self._analyzer.registry
            recognizers = registry.get_recognizers(
                language=language,
                entities=list(entities) if entities is not None else None,
                all_fields=entities is None,
            )
            for recognizer in recognizers:
                if not recognizer.is_loaded:
                    recognizer.load()
                    recognizer.is_loaded = True
            asked = (
                list(entities)
                if entities is not None
                else self._analyzer.get_supported_entities(language=language)
            )
            enhancing = frozenset(
                r.id
                for r in recognizers
                if type(r).enhance_using_context is not EntityRecognizer.enhance_using_context
            )
            selection = _Selection(tuple(recognizers), asked, enhancing)
            self._selections[key] = selection
        return selection
