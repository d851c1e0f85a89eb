"""Redis for tests: the configured server with a database of our own, or a private redis-server."""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import redis

from tests.support.procs import spawn
from tests.support.ports import free_port, wait_for_port

LOCK_KEY = "factcheck:test-session-lock"


def answers(url: str) -> bool:
    try:
        client = redis.Redis.from_url(url, socket_connect_timeout=0.5, socket_timeout=1)
        try:
            return bool(client.ping())
        finally:
            client.close()
    except redis.RedisError:
        return False


def _with_db(url: str, db: int) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, f"/{db}", parts.query, ""))


class SharedRedisDb:
    """One numbered database of a running Redis, locked for this test session and flushed after."""

    def __init__(self, base_url: str):
        self.base_url = base_url
        self.token = str(uuid.uuid4())
        self.url: str | None = None

    def acquire(self) -> str | None:
        for db in range(15, 0, -1):
            url = _with_db(self.base_url, db)
            client = redis.Redis.from_url(url, socket_connect_timeout=1)
            try:
                if client.set(LOCK_KEY, self.token, nx=True, ex=3600):
                    # keep only the lock: a crashed earlier session may have left keys behind
                    for key in client.scan_iter(count=500):
                        if key != LOCK_KEY.encode():
                            client.delete(key)
                    self.url = url
                    return url
            except redis.ResponseError:  # fewer databases configured than we tried
                continue
            finally:
                client.close()
        return None

    def release(self) -> None:
        if self.url:
            client = redis.Redis.from_url(self.url, socket_connect_timeout=1)
            try:
                client.flushdb()
            finally:
                client.close()


class PrivateRedis:
    """A redis-server of our own on a free port; it can be stopped and started again."""

    def __init__(self, workdir: Path, port: int | None = None):
        self.binary = shutil.which("redis-server") or "/usr/bin/redis-server"
        self.workdir = Path(workdir)
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.port = port or free_port()
        self.process: subprocess.Popen | None = None

    @staticmethod
    def available() -> bool:
        return bool(shutil.which("redis-server") or os.path.exists("/usr/bin/redis-server"))

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> str:
        log = open(self.workdir / "redis.log", "ab")
        self.process = spawn(
            [self.binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--dir", str(self.workdir), "--protected-mode", "no"],
            stdout=log, stderr=subprocess.STDOUT)
        log.close()
        if not wait_for_port(self.port, 10):
            raise RuntimeError(f"redis-server did not start on port {self.port}")
        return self.url

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        self.process = None

    def restart(self) -> str:
        self.stop()
        return self.start()
