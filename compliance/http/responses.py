"""Errors as responses, in the OpenAI error shape: ``{"error": {message, type, param, code}}``."""

from __future__ import annotations

from typing import Any

import structlog
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from compliance.core.errors import GuardError, PolicyDenied

log = structlog.get_logger(__name__)


def error_body(
    *, message: str, code: str, error_type: str, param: str | None = None, **extra: Any
) -> dict[str, Any]:
    return {
        "error": {"message": message, "type": error_type, "param": param, "code": code, **extra}
    }


def guard_error_response(exc: GuardError) -> JSONResponse:
    extra: dict[str, Any] = {}
    if isinstance(exc, PolicyDenied):
        extra["reasons"] = list(exc.reasons)
    body = error_body(
        message=exc.message, code=exc.code, error_type=exc.error_type, param=exc.param, **extra
    )
    headers = None
    if exc.code in _BEARER_ERRORS:
        # RFC 6750: say how to authenticate (the scheme), not why it failed in detail.
        headers = {
            "WWW-Authenticate": f'Bearer realm="cndp-guard", error="{_BEARER_ERRORS[exc.code]}"'
        }
    return JSONResponse(body, status_code=exc.status, headers=headers)


_BEARER_ERRORS = {
    "invalid_token": "invalid_token",
    "invalid_subject_assertion": "invalid_token",
    "insufficient_scope": "insufficient_scope",
}


def install_error_handlers(app: FastAPI) -> None:
    async def on_guard_error(_request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, GuardError)
        return guard_error_response(exc)

    async def on_http_error(_request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, StarletteHTTPException)
        code = "not_found" if exc.status_code == 404 else "http_error"
        if exc.status_code == 405:
            code = "method_not_allowed"
        body = error_body(message=str(exc.detail), code=code, error_type="invalid_request_error")
        return JSONResponse(body, status_code=exc.status_code)

    async def on_validation_error(_request: Request, exc: Exception) -> JSONResponse:
        # FastAPI's default body echoes the input; ours names the location only. The key
        # of an unknown field is the caller's text (maybe personal data): not named either.
        assert isinstance(exc, RequestValidationError)
        where = []
        for error in exc.errors():
            loc = [str(part) for part in error.get("loc", ())]
            if error.get("type") == "extra_forbidden" and loc:
                loc[-1] = "(unknown field)"
            where.append(".".join(loc))
        body = error_body(
            message="invalid request at " + ", ".join(dict.fromkeys(where)),
            code="invalid_request",
            error_type="invalid_request_error",
        )
        return JSONResponse(body, status_code=422)

    async def on_unexpected(_request: Request, exc: Exception) -> JSONResponse:
        log.error("request.unexpected_error", error=type(exc).__name__)
        body = error_body(
            message="internal error; nothing was forwarded",
            code="internal_error",
            error_type="server_error",
        )
        return JSONResponse(body, status_code=500)

    app.add_exception_handler(GuardError, on_guard_error)
    app.add_exception_handler(StarletteHTTPException, on_http_error)
    app.add_exception_handler(RequestValidationError, on_validation_error)
    app.add_exception_handler(Exception, on_unexpected)
