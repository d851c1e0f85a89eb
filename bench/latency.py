"""Time from POST /api/articles to a succeeded job, on Redis and on the embedded default.

    .venv/bin/python bench/latency.py [--posts 10] [--only redis|embedded] [--postgres]

Starts a real stack (gunicorn + Celery worker) per broker, posts the fixture article
(fixtures/articles/*.txt, else a built-in text) ``--posts`` times with rerun and a
distinct date each time (so dedupe never answers), polls the job every 5 ms, and prints
the median and p90. A no-op Celery task's round trip on the same broker is the floor.
The store is SQLite; with ``--postgres`` the Redis run uses a fresh database on the
PostgreSQL server that DATABASE_URL names.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support.redis_server import PrivateRedis, SharedRedisDb, answers  # noqa: E402
from tests.support.stack import LiveStack  # noqa: E402

BUILT_IN = ("After over 1,000 days of fighting, on Christmas Day Russia fired around 70 cruise and "
            "ballistic missiles and 100 strike drones at Ukraine's energy grid.")


def article() -> tuple[str, str]:
    files = sorted((ROOT / "fixtures" / "articles").glob("*.txt"))
    preferred = [f for f in files if "peace" in f.name] or files
    if preferred:
        return preferred[0].name, preferred[0].read_text(encoding="utf-8")
    return "built-in text", BUILT_IN


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * pct
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def time_posts(stack: LiveStack, text: str, posts: int) -> list[float]:
    seconds = []
    for i in range(posts + 1):  # the first is a warm-up and is not counted
        published = (date(2024, 12, 27) - timedelta(days=i)).isoformat()
        started = time.perf_counter()
        status, _h, body = stack.post_json("/api/articles", {"text": text, "published": published, "rerun": True})
        if status != 202:
            raise SystemExit(f"POST answered {status}: {body}")
        while True:
            _s, job = stack.get_json(f"/api/jobs/{body['job_id']}")
            if job["status"] in ("succeeded", "failed"):
                break
            time.sleep(0.005)
        elapsed = time.perf_counter() - started
        if job["status"] != "succeeded":
            raise SystemExit(f"job failed: {job['error']}")
        if i:
            seconds.append(elapsed)
    return seconds


def time_noop(stack: LiveStack, rounds: int = 20) -> list[float]:
    from config.settings import from_env
    from workers.celery_app import PING, make_celery

    app = make_celery(from_env(stack.env), name="bench")
    app.send_task(PING).get(timeout=30, interval=0.005)  # warm-up
    seconds = []
    for _ in range(rounds):
        started = time.perf_counter()
        app.send_task(PING).get(timeout=30, interval=0.005)
        seconds.append(time.perf_counter() - started)
    return seconds


def row(name: str, values: list[float]) -> str:
    return (f"{name:<48} n={len(values):<3} median={statistics.median(values) * 1000:8.1f} ms"
            f"   p90={percentile(values, 0.9) * 1000:8.1f} ms")


def run_mode(mode: str, workdir: Path, posts: int, text: str, postgres: bool = False) -> list[str]:
    redis_url, cleanup, database_url = None, (lambda: None), None
    if mode == "redis":
        configured = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/0"
        shared = SharedRedisDb(configured) if answers(configured) else None
        redis_url = shared.acquire() if shared else None
        if redis_url:
            cleanup = shared.release
        else:
            server = PrivateRedis(workdir / "redis")
            redis_url = server.start()
            cleanup = server.stop
    fresh = None
    if postgres and mode == "redis":
        from tests.support.postgres import FreshDatabase, configured_url

        if configured_url() is None:
            raise SystemExit("--postgres needs DATABASE_URL naming a PostgreSQL server")
        fresh = FreshDatabase(configured_url())
        database_url = fresh.create()
    stack = LiveStack(workdir / mode, redis_url=redis_url, database_url=database_url)
    try:
        stack.start()
        posted = time_posts(stack, text, posts)
        noop = time_noop(stack)
    finally:
        stack.stop()
        cleanup()
        if fresh is not None:
            fresh.drop()
    label = "Redis" if mode == "redis" else "embedded (SQLite broker)"
    if fresh is not None:
        label += " + PostgreSQL"
    return [row(f"{label}: POST -> succeeded", posted), row(f"{label}: no-op task round trip", noop)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=10)
    parser.add_argument("--only", choices=["redis", "embedded"])
    parser.add_argument("--postgres", action="store_true", help="Redis run on PostgreSQL (DATABASE_URL)")
    args = parser.parse_args()
    name, text = article()
    modes = [args.only] if args.only else ["redis", "embedded"]
    store = "PostgreSQL for Redis, SQLite for embedded" if args.postgres else "SQLite"
    lines = [f"article: {name} ({len(text)} characters); store: {store}; {args.posts} posts per broker"]
    with tempfile.TemporaryDirectory(prefix="factcheck-bench-") as tmp:
        for mode in modes:
            lines += run_mode(mode, Path(tmp), args.posts, text, args.postgres)
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
