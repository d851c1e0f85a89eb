"""A live stack for tests: gunicorn serving the app and a Celery worker, as real processes.

The broker is a Redis URL or the embedded SQLite broker; the store is SQLite in the
stack's directory or a database URL given. ``kill_worker()`` is ``kill -9`` of the
worker's whole process group, for fault tests.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import uuid
import urllib.request
from pathlib import Path

from tests.support.procs import spawn
from tests.support.ports import free_port, wait_for_port

ROOT = Path(__file__).resolve().parents[2]
TERMINAL = ("succeeded", "failed")

# Quick recovery for tests; production defaults are in config/settings.py.
FAST_RECOVERY = {
    "FACTCHECK_SWEEP_EVERY": "1",
    "FACTCHECK_REQUEUE_AFTER": "8",
    "FACTCHECK_STALE_AFTER": "4",
    "FACTCHECK_HEARTBEAT_EVERY": "0.5",
}


class LiveStack:
    def __init__(self, workdir: Path, redis_url: str | None = None, database_url: str | None = None,
                 extra_env: dict | None = None):
        self.workdir = Path(workdir)
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.redis_url = redis_url
        env = {k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "DATABASE_URL")}
        env.update({
            "PYTHONPATH": str(ROOT),
            "PYTHONUNBUFFERED": "1",
            "FACTCHECK_VAR_DIR": str(self.workdir / "var"),
            "FACTCHECK_ALLOW_PRIVATE_FETCH": "true",
            "PORT": str(self.port),
            # a queue of its own, so stacks that share a Redis database never take each other's jobs
            "FACTCHECK_QUEUE": f"factcheck-test-{uuid.uuid4().hex[:12]}",
            **FAST_RECOVERY,
        })
        if redis_url:
            env["REDIS_URL"] = redis_url
        if database_url:
            env["DATABASE_URL"] = database_url
        env.update(extra_env or {})
        self.env = env
        self.queue = env["FACTCHECK_QUEUE"]
        self.web: subprocess.Popen | None = None
        self.worker: subprocess.Popen | None = None
        self.workers_started = 0

    # --- processes ---

    def migrate(self) -> None:
        subprocess.run([sys.executable, "-m", "store.migrate"], cwd=ROOT, env=self.env, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=60)

    def start(self) -> "LiveStack":
        self.migrate()
        self.start_web()
        self.start_worker()
        return self

    def start_web(self) -> None:
        log = open(self.workdir / "web.log", "ab")
        self.web = spawn(
            [sys.executable, "-m", "gunicorn", "--bind", f"127.0.0.1:{self.port}", "--workers", "2",
             "--threads", "4", "--timeout", "60", "--graceful-timeout", "5", "service.app:create_app()"],
            cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT)
        log.close()
        if not wait_for_port(self.port, 30):
            raise RuntimeError(f"web did not start; log:\n{self.tail('web.log')}")

    def start_worker(self, extra_env: dict | None = None, wait: bool = True) -> None:
        self.workers_started += 1
        logname = f"worker-{self.workers_started}.log"
        log = open(self.workdir / logname, "ab")
        env = {**self.env, **(extra_env or {})}
        self.worker = spawn(
            [sys.executable, "-m", "celery", "-A", "workers.worker", "worker", "--loglevel", "INFO",
             "--concurrency", "2", "--without-gossip", "--without-mingle",
             "-n", f"test{self.workers_started}-{self.port}@%h"],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        log.close()
        if wait:
            self._wait_for_log(logname, " ready.", 60)

    def _wait_for_log(self, logname: str, needle: str, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        path = self.workdir / logname
        while time.monotonic() < deadline:
            if path.exists() and needle in path.read_text(errors="replace"):
                return
            if self.worker and self.worker.poll() is not None:
                break
            time.sleep(0.1)
        raise RuntimeError(f"worker not ready; log:\n{self.tail(logname)}")

    def kill_worker(self) -> None:
        """kill -9 the worker and its pool processes, as a crash or an OOM kill would."""
        if self.worker and self.worker.poll() is None:
            os.killpg(self.worker.pid, signal.SIGKILL)
            self.worker.wait(10)
        self.worker = None

    def stop_worker(self) -> None:
        """Warm shutdown (SIGTERM to the main process), then kill -9 if it lingers."""
        if self.worker and self.worker.poll() is None:
            self.worker.terminate()
            try:
                self.worker.wait(15)
            except subprocess.TimeoutExpired:
                pass
            try:
                os.killpg(self.worker.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.worker.wait(5)
        self.worker = None

    def stop(self) -> None:
        self.stop_worker()
        if self.web and self.web.poll() is None:
            self.web.terminate()
            try:
                self.web.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(self.web.pid, signal.SIGKILL)
                self.web.wait(5)
        self.web = None

    def tail(self, logname: str, lines: int = 60) -> str:
        path = self.workdir / logname
        if not path.exists():
            return "(no log)"
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])

    def logs(self) -> str:
        names = ["web.log"] + [f"worker-{i}.log" for i in range(1, self.workers_started + 1)]
        return "\n".join(f"--- {n} ---\n{self.tail(n, 40)}" for n in names)

    # --- HTTP ---

    def request(self, method: str, path: str, body: bytes | None = None,
                content_type: str | None = None, timeout: float = 15) -> tuple[int, dict, bytes]:
        req = urllib.request.Request(self.base_url + path, data=body, method=method)
        if content_type:
            req.add_header("Content-Type", content_type)
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:
                return resp.status, dict(resp.headers), resp.read()
        except urllib.error.HTTPError as err:
            return err.code, dict(err.headers), err.read()

    def get_json(self, path: str) -> tuple[int, dict]:
        status, _headers, body = self.request("GET", path)
        return status, json.loads(body)

    def post_json(self, path: str, payload: dict) -> tuple[int, dict, dict]:
        status, headers, body = self.request("POST", path, json.dumps(payload).encode(), "application/json")
        return status, headers, json.loads(body)

    def wait_for_job(self, job_id: str, timeout: float = 60, until=TERMINAL) -> dict:
        deadline = time.monotonic() + timeout
        job: dict = {}
        while time.monotonic() < deadline:
            status, job = self.get_json(f"/api/jobs/{job_id}")
            if status == 200 and job["status"] in until:
                return job
            time.sleep(0.05)
        raise AssertionError(f"job {job_id} still {job.get('status')} after {timeout}s\n{self.logs()}")
