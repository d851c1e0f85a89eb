"""The HTML pages: the submit form, the report page (live while the job runs),
recent reports, and the report's downloads (JSON, CSV).

Rendering lives in ``service.render`` (pure functions); this module only finds
the job or report and picks the template.
"""

from __future__ import annotations

import json

from flask import Blueprint, Response, abort, current_app, redirect, render_template, request, url_for

from service.render.claims_csv import claims_csv
from service.render.verdicts import ORDER, css_class, verdict_info
from service.render.view import report_view, stage_words

bp = Blueprint(
    "pages",
    __name__,
    template_folder="templates",
    static_folder="static",
    static_url_path="/assets",
)

PER_PAGE = 20

# The API's messages name JSON fields; on the form, say it in the form's words.
_FORM_WORDS = {
    "missing_text": "The form was empty: paste the article's text, or give its address.",
    "empty_text": "The text box was empty: paste the article's text, or give its address.",
}


# --- adapters onto the store and the submit helper (owned by the service side) ---

def _store():
    """The app's store; opened from the configured database URL if the app keeps none."""
    ext = current_app.extensions
    for key in ("store", "factcheck.store"):
        if key in ext:
            return ext[key]
    if current_app.config.get("STORE") is not None:
        return current_app.config["STORE"]
    if "pages.store" not in ext:
        from store import open_store

        url = current_app.config.get("DATABASE_URL") or current_app.config["SETTINGS"].database_url
        ext["pages.store"] = open_store(url)
    return ext["pages.store"]


def _job(job_id: str) -> dict | None:
    from store.jobs import get_job, job_to_dict

    job = get_job(_store(), job_id)
    return job_to_dict(job) if job is not None else None


def _report(job_id: str) -> dict | None:
    from store.reports import get_report

    return get_report(_store(), job_id)


def _submit(form: dict, rerun: bool = False) -> str:
    """Validate and queue through the service's submit helper; returns the job id."""
    from service import submit

    result = submit.submit(form, rerun=rerun)
    return getattr(result, "id", None) or result["job_id"]


def _validation_error():
    from service.submit import ValidationError

    return ValidationError


# --- pages ---

@bp.get("/")
def index():
    return render_template("pages/index.html", form={}, error=None)


@bp.post("/")
def submit_form():
    form = {k: (request.form.get(k) or "").strip() for k in ("text", "url", "title", "published")}
    payload = {k: v for k, v in form.items() if v}
    try:
        job_id = _submit(payload, rerun=bool(request.form.get("rerun")))
    except _validation_error() as err:
        status = err.status if 400 <= getattr(err, "status", 400) < 500 else 400
        message = _FORM_WORDS.get(err.code, err.message)
        return render_template("pages/index.html", form=form, error=message), status
    return redirect(url_for("pages.report", job_id=job_id), code=303)


@bp.get("/reports/<job_id>")
def report(job_id: str):
    found = _report(job_id)
    if found is not None:
        view = report_view(found, url_for("pages.report", job_id=job_id, _external=True))
        return render_template("pages/report.html", r=view)
    job = _job(job_id)
    if job is None:
        return render_template("pages/not_found.html"), 404
    stage = stage_words(job["status"], job["stage"])
    return render_template("pages/job.html", job=job, stage=stage)


@bp.post("/reports/<job_id>/rerun")
def rerun(job_id: str):
    from store.jobs import get_job

    job = get_job(_store(), job_id)
    if job is None:
        abort(404)
    payload = {"text": job.text, "url": job.url, "title": job.title,
               "published": job.published.isoformat() if job.published else None}
    new_id = _submit({k: v for k, v in payload.items() if v}, rerun=True)
    return redirect(url_for("pages.report", job_id=new_id), code=303)


@bp.get("/reports")
def recent():
    from store.reports import list_recent

    page = request.args.get("page", "1")
    page = int(page) if page.isdigit() and int(page) > 0 else 1
    listing = list_recent(_store(), page=page, per_page=PER_PAGE)
    if page > listing.pages:
        abort(404)
    return render_template("pages/reports.html", page=listing, counts=_counts)


def _counts(summary: dict | None) -> list[dict]:
    summary = summary or {}
    return [{"verdict": verdict_info(k), "css": css_class(k), "count": int(summary.get(k, 0) or 0)} for k in ORDER]


# --- downloads ---

@bp.get("/reports/<job_id>.json")
def report_json(job_id: str):
    found = _report(job_id) or abort(404)
    body = json.dumps(found, ensure_ascii=False, indent=2)
    return Response(body, mimetype="application/json",
                    headers={"Content-Disposition": f'attachment; filename="report-{job_id}.json"'})


@bp.get("/reports/<job_id>/claims.csv")
def report_csv(job_id: str):
    found = _report(job_id) or abort(404)
    return Response(claims_csv(found), mimetype="text/csv",
                    headers={"Content-Disposition": f'attachment; filename="claims-{job_id}.csv"'})
