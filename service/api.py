"""The JSON API: submit an article, poll its job, read its report."""

from __future__ import annotations

import json

from flask import Blueprint, jsonify, request, url_for

from service.context import services
from service.errors import ApiError
from service.submit import submit_article
from store import jobs, reports

bp = Blueprint("api", __name__, url_prefix="/api")

_FORMS = ("application/x-www-form-urlencoded", "multipart/form-data")


def _read_submission() -> tuple[dict, bool]:
    """The body as a dict of fields, and whether unknown fields are an error."""
    mimetype = request.mimetype
    if mimetype == "application/json" or mimetype.endswith("+json"):
        raw = request.get_data(cache=False)
        try:
            return json.loads(raw.decode("utf-8")), True
        except UnicodeDecodeError:
            raise ApiError("invalid_encoding", "The body must be UTF-8 encoded JSON") from None
        except json.JSONDecodeError as exc:
            raise ApiError("invalid_json", f"The body is not valid JSON ({exc.msg} at line {exc.lineno}, "
                                           f"column {exc.colno}); send an object like {{\"text\": \"...\"}}") from None
    if mimetype == "text/plain":
        try:
            text = request.get_data(cache=False).decode("utf-8")
        except UnicodeDecodeError:
            raise ApiError("invalid_encoding", "A text/plain body must be UTF-8 encoded") from None
        fields = {k: v for k, v in request.args.items() if k in ("title", "published", "url", "rerun")}
        return {"text": text, **fields}, False
    if mimetype in _FORMS:
        return request.form.to_dict(), False
    shown = mimetype or "no Content-Type"
    raise ApiError("unsupported_media_type",
                   f"Cannot read {shown}; send application/json, text/plain or a form", 415)


@bp.post("/articles")
def post_article():
    data, strict = _read_submission()
    result = submit_article(data, strict=strict)
    response = jsonify(result.to_dict())
    response.status_code = 202 if result.created else 200
    response.headers["Location"] = url_for("api.get_job", job_id=result.job_id)
    return response


@bp.get("/jobs/<job_id>")
def get_job(job_id: str):
    job = jobs.get_job(services().store, job_id)
    if job is None:
        raise ApiError("job_not_found", f"No job has the id {job_id!r}; use the job_id that POST /api/articles returned", 404)
    return jsonify(jobs.job_to_dict(job))


@bp.get("/reports/<report_id>")
def get_report(report_id: str):
    store = services().store
    report = reports.get_report(store, report_id)
    if report is not None:
        return jsonify(report)
    job = jobs.get_job(store, report_id)
    if job is None:
        raise ApiError("report_not_found", f"No report has the id {report_id!r}", 404)
    if job.status == "failed":
        raise ApiError("job_failed", f"The check of this article failed: {job.error}", 409,
                       status_url=f"/api/jobs/{job.id}")
    raise ApiError("report_not_ready", f"The report is not ready yet (job {job.status}, stage {job.stage}); "
                                       f"poll /api/jobs/{job.id}", 409, status_url=f"/api/jobs/{job.id}")


@bp.get("/reports")
def list_reports():
    page = _positive_int("page", 1)
    per_page = _positive_int("per_page", 20)
    return jsonify(reports.list_recent(services().store, page, per_page).to_dict())


def _positive_int(name: str, default: int) -> int:
    raw = request.args.get(name)
    if raw is None:
        return default
    if not raw.isdigit() or int(raw) < 1:
        raise ApiError(f"invalid_{name}", f"{name} must be a whole number of at least 1, got {raw!r}")
    return int(raw)
