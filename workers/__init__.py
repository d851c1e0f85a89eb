"""Celery side: the app init, the tasks, and the worker entry (``workers.worker``)."""
