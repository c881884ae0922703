"""Errors of the cndp-guard service.

Every error that can reach a caller carries its HTTP status and a stable,
machine-readable ``code``; one handler module (``compliance.http.responses``)
turns them into responses. Domain code raises these, never ``HTTPException``.
Messages never quote a payload value: they name the field and the fix.

Hierarchy::

    GuardError                      status, code, message
    ├── ConfigError                 bad settings; CLI exit code 2
    │   └── PurposeConfigError      the declared purposes are invalid
    ├── RequestError                the caller sent something we cannot take (4xx)
    │   ├── InvalidJSON             400 invalid_json
    │   ├── InvalidEncoding         400 invalid_utf8
    │   ├── PayloadTooLarge         413 payload_too_large
    │   │   ├── TooManyTexts        413 too_many_texts (more texts than one detection takes)
    │   │   ├── DetectionBudgetExceeded  413 detection_budget_exceeded (more characters)
    │   │   ├── TooManyImages       413 too_many_images (more images than one request may have read)
    │   │   └── ImageTooLarge       413 image_too_large (bytes or pixels over the image budget)
    │   ├── BodyTimeout             408 body_timeout (the body did not arrive in time)
    │   ├── UriTooLong              414 uri_too_long
    │   ├── HeadersTooLarge         431 headers_too_large (too many, or too many bytes)
    │   ├── UnsupportedMediaType    415 unsupported_media_type
    │   ├── SchemaError             422 invalid_request (wrong shape or types)
    │   │   ├── TooDeep             422 too_deep (nested past the walk's bound)
    │   │   ├── StructuralValueRefused  422 personal_data_in_structural_field
    │   │   ├── PersonalDataInPath  422 personal_data_in_path (raised by the guard)
    │   │   ├── InvalidImage        422 invalid_image (not a PNG, JPEG or WebP we can decode whole)
    │   │   ├── ImageTooComplex     422 image_too_complex (OCR did not end within the time budget)
    │   │   ├── ImageUrlRefused     422 image_url_refused (a remote URL this route may not fetch)
    │   │   └── ImageFetchFailed    422 image_fetch_failed (an allowed host gave no image in time)
    │   └── UnknownRoute            404 unknown_route
    ├── PolicyDenied                403 policy_denied (carries the reason codes)
    ├── FailClosed                  503: a guard stage failed, nothing was forwarded
    │   ├── DetectionError          503 detection_unavailable
    │   ├── DetectionOverloaded     503 detection_overloaded (too much text waiting; retry)
    │   ├── AnswerTooLarge          503 answer_too_large (an answer past the detection budget)
    │   ├── AnswerHoldsFile         503 answer_holds_file (an image or file the model produced)
    │   ├── PolicyError             503 policy_unavailable
    │   ├── AuditError              503 audit_unavailable
    │   ├── StoreUnavailable        503 store_unavailable (consent ledger, subject keys)
    │   ├── ImageScanError          503 image_scan_unavailable (Tesseract or OpenCV failed)
    │   └── NotReady                503 not_ready
    └── UpstreamError               the AI component misbehaved
        ├── UpstreamUnreachable     502 upstream_unreachable
        ├── UpstreamProtocolError   502 upstream_bad_response
        └── UpstreamTimeout         504 upstream_timeout
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence


class GuardError(Exception):
    """Base of every error cndp-guard raises on purpose."""

    status: int = 500
    code: str = "internal_error"
    error_type: str = "server_error"

    def __init__(self, message: str, *, param: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.param = param


class ConfigError(GuardError):
    """The settings are invalid; the message names the key, the bad value and the fix."""

    code = "invalid_config"
    exit_code = 2


class PurposeConfigError(ConfigError):
    """The declared purposes are invalid; the message names the entry and the key."""


class RequestError(GuardError):
    status = 400
    error_type = "invalid_request_error"


class InvalidJSON(RequestError):
    code = "invalid_json"


class InvalidEncoding(RequestError):
    code = "invalid_utf8"


class PayloadTooLarge(RequestError):
    status = 413
    code = "payload_too_large"


class TooManyTexts(PayloadTooLarge):
    """More strings, keys and numbers to scan than one request's detection may take."""

    code = "too_many_texts"


class DetectionBudgetExceeded(PayloadTooLarge):
    """More characters to analyze than one request may take (``detection.max_request_chars``)."""

    code = "detection_budget_exceeded"


class TooManyImages(PayloadTooLarge):
    """More images than one request's detection budget reads (``images.max_images``)."""

    code = "too_many_images"


class ImageTooLarge(PayloadTooLarge):
    """An image over the budget: its bytes, or its pixels read from the header before decoding."""

    code = "image_too_large"


class BodyTimeout(RequestError):
    status = 408
    code = "body_timeout"


class UriTooLong(RequestError):
    status = 414
    code = "uri_too_long"


class HeadersTooLarge(RequestError):
    status = 431
    code = "headers_too_large"


class UnsupportedMediaType(RequestError):
    status = 415
    code = "unsupported_media_type"


class SchemaError(RequestError):
    status = 422
    code = "invalid_request"


class TooDeep(SchemaError):
    """The body nests deeper than the walk allows; refused before any decision."""

    code = "too_deep"


class StructuralValueRefused(SchemaError):
    """A structural field (a model id) holds personal data: it cannot be rewritten, so refused."""

    code = "personal_data_in_structural_field"


class PersonalDataInPath(SchemaError):
    """Personal data in a forwarded path: refused, since rewriting it changes the resource."""

    code = "personal_data_in_path"

    def __init__(self, entities: Mapping[str, int]) -> None:
        super().__init__(
            "the path holds what reads as personal data ("
            + ", ".join(sorted(entities))
            + "); send it in the request body, where it is minimized, not in the path"
        )
        self.entities = dict(entities)


class InvalidImage(SchemaError):
    """Not an image we read whole: not base64, not PNG, JPEG or WebP by its bytes, animated,
    truncated or otherwise undecodable. Refused, never forwarded unscanned."""

    code = "invalid_image"


class ImageTooComplex(SchemaError):
    """OCR did not finish within ``images.ocr_timeout_seconds``: the image was not read whole."""

    code = "image_too_complex"


class ImageUrlRefused(SchemaError):
    """A remote image URL the route may not fetch (scheme, host, port, userinfo, IP literal)."""

    code = "image_url_refused"


class ImageFetchFailed(SchemaError):
    """An allowed host did not give a PNG, JPEG or WebP within the fetch limits."""

    code = "image_fetch_failed"


class UnknownRoute(RequestError):
    status = 404
    code = "unknown_route"


class PolicyDenied(GuardError):
    """The policy refused the request; ``reasons`` are stable reason codes (never values)."""

    status = 403
    code = "policy_denied"
    error_type = "permission_error"

    def __init__(self, message: str, *, reasons: Sequence[str]) -> None:
        super().__init__(message)
        self.reasons = tuple(reasons)


class FailClosed(GuardError):
    status = 503
    code = "guard_unavailable"
    error_type = "server_error"


class DetectionError(FailClosed):
    code = "detection_unavailable"


class DetectionOverloaded(FailClosed):
    """More text waits for the detector than ``detection.max_pending_chars``: retry later."""

    code = "detection_overloaded"


class AnswerTooLarge(FailClosed):
    """An answer holds more text than one scan may read (``detection.max_request_chars``).

    Withheld, never released unscanned; the caller's request was fine (hence no 413).
    """

    code = "answer_too_large"


class AnswerHoldsFile(FailClosed):
    """An answer holds an image or a file of the model's own: not read, withheld."""

    code = "answer_holds_file"


class PolicyError(FailClosed):
    code = "policy_unavailable"


class AuditError(FailClosed):
    code = "audit_unavailable"


class StoreUnavailable(FailClosed):
    code = "store_unavailable"


class ImageScanError(FailClosed):
    """OCR or face detection failed (Tesseract missing or crashed, OpenCV error)."""

    code = "image_scan_unavailable"


class NotReady(FailClosed):
    code = "not_ready"


class UpstreamError(GuardError):
    status = 502
    code = "upstream_error"
    error_type = "server_error"
    # Whether the request may have reached the upstream: False only when no connection
    # was made (the audit trail then says not_forwarded).
    may_have_reached = True


class UpstreamUnreachable(UpstreamError):
    code = "upstream_unreachable"


class UpstreamProtocolError(UpstreamError):
    code = "upstream_bad_response"


class UpstreamTimeout(UpstreamError):
    status = 504
    code = "upstream_timeout"
