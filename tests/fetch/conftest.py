"""A local web server with article pages for the fetcher's tests."""

from __future__ import annotations

import pytest

from tests.support.article_server import ArticleServer


@pytest.fixture(scope="module")
def pages():
    with ArticleServer() as server:
        yield server
