"""Fetch an article by URL and pull out its main text. Core code: no Flask, no Celery.

The fetcher refuses hosts that resolve to private, loopback, link-local or metadata
addresses (unless ``allow_private``), so the service cannot be used to reach inside
the network it runs in.
"""

from factcheck.fetch.client import FetchedPage, FetchError, FetchOptions, fetch_article

__all__ = ["FetchError", "FetchOptions", "FetchedPage", "fetch_article"]
