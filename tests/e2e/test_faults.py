"""Nothing accepted is lost: real crashes of a real worker and restarts of a real Redis.

These run on a private redis-server (so it can be stopped) with a worker that sleeps
at each stage (FACTCHECK_STAGE_DELAY) so it can be killed in the middle of a job.
"""

from __future__ import annotations

import time
import uuid

import pytest
import redis

from tests.support.articles import PUBLISHED
from tests.support.redis_server import PrivateRedis
from tests.support.stack import LiveStack

pytestmark = pytest.mark.slow
SLOW = {"FACTCHECK_STAGE_DELAY": "1.5"}


@pytest.fixture(scope="module")
def private_redis(tmp_path_factory):
    if not PrivateRedis.available():
        pytest.skip("redis-server is not installed (scripts/test installs it with apt when it can)")
    server = PrivateRedis(tmp_path_factory.mktemp("fault-redis"))
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def fault_stack(tmp_path_factory, private_redis):
    stack = LiveStack(tmp_path_factory.mktemp("fault"), redis_url=private_redis.url)
    stack.migrate()
    stack.start_web()
    yield stack
    stack.stop()


@pytest.fixture
def worker(fault_stack):
    """Each test starts its own worker; whatever is left is stopped afterwards."""
    yield fault_stack
    fault_stack.stop_worker()


def _post(stack) -> str:
    status, _h, body = stack.post_json("/api/articles", {
        "text": f"Over 1,000 days of fighting and 70 missiles. ({uuid.uuid4().hex})", "published": PUBLISHED})
    assert status == 202, body
    return body["job_id"]


def _queue_length(url: str, queue: str) -> int:
    client = redis.Redis.from_url(url)
    try:
        return client.llen(queue)
    finally:
        client.close()


def test_a_job_survives_kill_9_of_its_worker_mid_job(worker):
    stack = worker
    stack.start_worker(extra_env=SLOW)
    job_id = _post(stack)
    running = stack.wait_for_job(job_id, timeout=30, until=("running",))
    assert running["attempts"] == 1
    stack.kill_worker()
    time.sleep(0.5)
    _status, job = stack.get_json(f"/api/jobs/{job_id}")
    assert job["status"] == "running", "the killed worker could not have finished it"

    stack.start_worker()
    job = stack.wait_for_job(job_id, timeout=60)
    assert job["status"] == "succeeded", job
    assert job["attempts"] == 2
    status, report = stack.get_json(f"/api/reports/{job_id}")
    assert status == 200 and report["id"] == job_id


def test_a_queued_job_survives_a_redis_restart_that_loses_its_message(worker, private_redis):
    stack = worker  # no worker running: the job waits in Redis
    job_id = _post(stack)
    assert _queue_length(private_redis.url, stack.queue) == 1
    private_redis.restart()  # no persistence: the queued message is gone
    assert _queue_length(private_redis.url, stack.queue) == 0
    _status, job = stack.get_json(f"/api/jobs/{job_id}")
    assert job["status"] == "queued"

    stack.start_worker()
    job = stack.wait_for_job(job_id, timeout=60)
    assert job["status"] == "succeeded", job


def test_a_job_posted_while_redis_is_down_runs_when_it_is_back(worker, private_redis):
    stack = worker
    stack.start_worker()
    private_redis.stop()
    try:
        status, health = stack.get_json("/healthz")
        assert status == 503
        assert health["error"] == "unavailable" and "broker is down" in health["message"]
        assert health["checks"] == {"database": "ok", "broker": "down"}
        job_id = _post(stack)  # accepted: the row is committed even though the broker is away
    finally:
        private_redis.start()
    job = stack.wait_for_job(job_id, timeout=60)
    assert job["status"] == "succeeded", job


def test_a_worker_killed_while_redis_restarts_loses_nothing(worker, private_redis):
    stack = worker
    stack.start_worker(extra_env=SLOW)
    job_id = _post(stack)
    stack.wait_for_job(job_id, timeout=30, until=("running",))
    stack.kill_worker()
    private_redis.restart()
    stack.start_worker()
    job = stack.wait_for_job(job_id, timeout=60)
    assert job["status"] == "succeeded", job
