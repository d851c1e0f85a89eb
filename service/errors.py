"""One error shape for the whole API: ``{"error": "code", "message": "what is wrong and how to fix it"}``.

Every error raised or answered under ``/api`` (and ``/healthz``) goes through here, so
the API never answers with an HTML page.
"""

from __future__ import annotations

import logging

from flask import Flask, jsonify, request
from werkzeug.exceptions import HTTPException, InternalServerError

log = logging.getLogger("factcheck.web")


class ApiError(Exception):
    """An error with a stable code, a sentence for the person calling, and an HTTP status."""

    def __init__(self, code: str, message: str, status: int = 400, **extra):
        super().__init__(message)
        self.code, self.message, self.status, self.extra = code, message, status, extra


def error_response(code: str, message: str, status: int, **extra):
    response = jsonify({"error": code, "message": message, **extra})
    response.status_code = status
    return response


def wants_json() -> bool:
    path = request.path
    if path.startswith("/api/") or path == "/api" or path == "/healthz":
        return True
    best = request.accept_mimetypes.best_match(["text/html", "application/json"])
    return best == "application/json" and request.accept_mimetypes[best] > request.accept_mimetypes["text/html"]


_HTTP_CODES = {
    400: ("bad_request", "The request could not be read; check its syntax."),
    404: ("not_found", "There is nothing at {method} {path}; see the README for the API's endpoints."),
    405: ("method_not_allowed", "{method} is not allowed on {path}; allowed: {allowed}."),
    413: ("request_too_large", "The request body is larger than {limit} bytes; send a shorter article."),
    415: ("unsupported_media_type", "Send application/json, text/plain or a form."),
}


def _http_error(exc: HTTPException):
    if not wants_json():
        return exc
    code, template = _HTTP_CODES.get(exc.code or 500, ("http_error", exc.description or "HTTP error."))
    allowed = ", ".join(sorted(getattr(exc, "valid_methods", None) or [])) or "none"
    from flask import current_app

    message = template.format(method=request.method, path=request.path, allowed=allowed,
                              limit=current_app.config.get("MAX_CONTENT_LENGTH"))
    response = error_response(code, message, exc.code or 500)
    if exc.code == 405 and getattr(exc, "valid_methods", None):
        response.headers["Allow"] = ", ".join(exc.valid_methods)
    return response


def _api_error(exc: ApiError):
    return error_response(exc.code, exc.message, exc.status, **exc.extra)


def _unexpected(exc: Exception):
    if isinstance(exc, HTTPException):
        return _http_error(exc)
    log.exception("event=unhandled_error path=%s", request.path)
    if not wants_json():
        return InternalServerError(original_exception=exc)
    return error_response("internal_error", "Something went wrong on our side; try again shortly.", 500)


def init_app(app: Flask) -> None:
    from service.submit import ValidationError

    app.register_error_handler(ApiError, _api_error)
    app.register_error_handler(ValidationError, _api_error)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Exception, _unexpected)
