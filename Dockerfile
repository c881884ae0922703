# cndp-guard sidecar image: models baked in (spaCy models are pip packages), non-root,
# no network needed at run time.
FROM python:3.11.7-slim-bookworm AS build
ENV UV_PROJECT_ENVIRONMENT=/opt/venv UV_COMPILE_BYTECODE=1 UV_LINK_MODE=copy
RUN pip install --no-cache-dir uv==0.13.8
WORKDIR /src
COPY pyproject.toml uv.lock README.md ./
RUN uv sync --frozen --no-dev --no-install-project
COPY compliance ./compliance
COPY audit ./audit
COPY policies ./policies
RUN uv sync --frozen --no-dev --no-editable

FROM python:3.11.7-slim-bookworm
# Image parts are read by Debian's Tesseract and its French, Arabic and English models.
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        tesseract-ocr tesseract-ocr-fra tesseract-ocr-ara tesseract-ocr-eng \
    && rm -rf /var/lib/apt/lists/*
RUN useradd --system --uid 10001 --home-dir /var/lib/cndp-guard --create-home cndp
COPY --from=build /opt/venv /opt/venv
COPY --from=build /src/policies /etc/cndp-guard/policies
ENV PATH=/opt/venv/bin:$PATH \
    CNDP_GUARD_POLICY_DIR=/etc/cndp-guard/policies \
    PYTHONDONTWRITEBYTECODE=1
WORKDIR /var/lib/cndp-guard
USER 10001
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import urllib.request,sys; sys.exit(urllib.request.urlopen('http://127.0.0.1:8080/readyz', timeout=2).status != 200)"]
ENTRYPOINT ["cndp-guard"]
CMD ["serve", "--config", "/etc/cndp-guard/config.yaml", "--host", "0.0.0.0", "--port", "8080"]
