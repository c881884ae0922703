"""The baseline of bench/compare.py: a privacy proxy as a user would write it.

Vanilla Presidio in front of an OpenAI-compatible API: an ``AnalyzerEngine`` on
spaCy's ``fr_core_news_sm`` with the default recognizer registry, an
``AnonymizerEngine`` replacing every finding with ``<ENTITY_TYPE>``, and httpx
forwarding to the upstream. Chat messages and embeddings inputs are anonymized;
streamed answers are passed through. No policy, no audit trail, no consent, no
restoration of the caller's values in the answer.

    .venv/bin/python bench/naive_proxy.py --upstream http://127.0.0.1:9000 --port 8100
"""

from __future__ import annotations

import argparse
from typing import Any

import httpx
import tldextract
import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, StreamingResponse
from presidio_analyzer import AnalyzerEngine
from presidio_analyzer.nlp_engine import NlpEngineProvider
from presidio_anonymizer import AnonymizerEngine
from starlette.background import BackgroundTask

# Loopback only: Presidio's e-mail check would fetch the public suffix list from the
# internet on first use; use the snapshot shipped with tldextract (as cndp-guard does).
tldextract.extract = tldextract.TLDExtract(cache_dir=None, suffix_list_urls=())

nlp_engine = NlpEngineProvider(
    nlp_configuration={
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "fr", "model_name": "fr_core_news_sm"}],
    }
).create_engine()
analyzer = AnalyzerEngine(nlp_engine=nlp_engine, supported_languages=["fr"])
anonymizer = AnonymizerEngine()


def anonymize(text: str) -> str:
    results = analyzer.analyze(text=text, language="fr")
    return anonymizer.anonymize(text=text, analyzer_results=results).text  # type: ignore[arg-type]


def create_app(upstream: str) -> FastAPI:
    app = FastAPI()
    client = httpx.AsyncClient(base_url=upstream, timeout=60)

    @app.get("/healthz")
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.post("/v1/chat/completions", response_model=None)
    async def chat(request: Request) -> JSONResponse | StreamingResponse:
        body = await request.json()
        for message in body.get("messages", []):
            if isinstance(message.get("content"), str):
                message["content"] = anonymize(message["content"])
        if body.get("stream"):
            upstream_request = client.build_request("POST", "/v1/chat/completions", json=body)
            response = await client.send(upstream_request, stream=True)
            return StreamingResponse(
                response.aiter_raw(),
                status_code=response.status_code,
                media_type="text/event-stream",
                background=BackgroundTask(response.aclose),
            )
        response = await client.post("/v1/chat/completions", json=body)
        return JSONResponse(response.json(), status_code=response.status_code)

    @app.post("/v1/embeddings")
    async def embeddings(request: Request) -> JSONResponse:
        body: dict[str, Any] = await request.json()
        if isinstance(body.get("input"), str):
            body["input"] = anonymize(body["input"])
        elif isinstance(body.get("input"), list):
            body["input"] = [anonymize(t) if isinstance(t, str) else t for t in body["input"]]
        response = await client.post("/v1/embeddings", json=body)
        return JSONResponse(response.json(), status_code=response.status_code)

    return app


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--upstream", required=True)
    parser.add_argument("--port", type=int, default=8100)
    args = parser.parse_args()
    uvicorn.run(create_app(args.upstream), host="127.0.0.1", port=args.port, log_level="warning")


if __name__ == "__main__":
    main()
