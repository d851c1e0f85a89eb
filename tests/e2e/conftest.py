"""A local web server with article pages, for the fetch-by-URL tests."""

from __future__ import annotations

import pytest

from tests.support.article_server import ArticleServer


@pytest.fixture(scope="session")
def article_server():
    with ArticleServer() as server:
        yield server
