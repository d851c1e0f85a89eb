"""factcheck: find the numeric claims in a news article and check them against reference data.

This core package imports neither Flask nor Celery nor the database, so the web
service, the workers, the command line and the benchmarks all share it.
"""

__version__ = "0.1.0"
