"""Reuse the e2e article server for the fetcher's tests."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

_spec = importlib.util.spec_from_file_location("e2e_conftest_pages", Path(__file__).parents[1] / "e2e" / "conftest.py")
_pages = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_pages)


@pytest.fixture(scope="module")
def pages():
    with _pages.ArticleServer() as server:
        yield server
