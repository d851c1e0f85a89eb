"""The core runs alone: checking an article imports neither Flask, Celery nor the database layer."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PROBE = """
import sys
from datetime import date
from factcheck.article import Article
from factcheck.pipeline import check_article
check_article(Article(text="Russia fired around 70 missiles and 100 drones.", published=date(2024, 12, 25)))
import factcheck.fetch, factcheck.cli
leaked = sorted({name.split('.')[0] for name in sys.modules} & {"flask", "celery", "kombu", "sqlalchemy", "store", "service", "workers"})
print(",".join(leaked))
"""


def test_the_core_imports_no_web_queue_or_database_code():
    done = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""
