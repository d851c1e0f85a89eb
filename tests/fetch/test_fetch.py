"""Fetching by URL: limits, content types, redirects, and refusing internal addresses."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.fetch import FetchError, FetchOptions, fetch_article
from factcheck.fetch import guard

LOCAL = FetchOptions(allow_private=True, connect_timeout=2, read_timeout=1)


def test_it_fetches_the_main_text_of_an_html_page(pages):
    page = fetch_article(pages.url("/story.html"), LOCAL)
    assert page.title == "Talks loom as the war nears its third anniversary"
    assert page.published == date(2024, 12, 27)
    assert page.text.startswith("After over 1,000 days of fighting")
    assert "100 strike drones" in page.text
    assert "Subscribe" not in page.text and "Home" not in page.text


def test_it_fetches_plain_text(pages):
    assert fetch_article(pages.url("/plain.txt"), LOCAL).text == "Over 1,000 days of fighting."


def test_it_refuses_what_is_not_html_or_text(pages):
    with pytest.raises(FetchError, match="only HTML or plain-text"):
        fetch_article(pages.url("/image.png"), LOCAL)


def test_it_follows_a_few_redirects_but_not_more(pages):
    assert "1,000 days" in fetch_article(pages.url("/redirect/3"), LOCAL).text
    with pytest.raises(FetchError, match="redirects more than 3 times"):
        fetch_article(pages.url("/redirect/4"), LOCAL)


def test_it_caps_the_size(pages):
    with pytest.raises(FetchError, match="larger than 100000 bytes"):
        fetch_article(pages.url("/big.html"), FetchOptions(allow_private=True, max_bytes=100_000))


def test_it_gives_up_on_a_slow_server(pages):
    with pytest.raises(FetchError, match="did not answer in time"):
        fetch_article(pages.url("/slow.html"), LOCAL)


def test_a_page_sent_drop_by_drop_hits_the_overall_deadline(pages):
    options = FetchOptions(allow_private=True, read_timeout=1, total_timeout=1.0)
    with pytest.raises(FetchError, match="took too long"):
        fetch_article(pages.url("/drip.html"), options)


def test_an_http_error_is_named(pages):
    with pytest.raises(FetchError, match="HTTP 404"):
        fetch_article(pages.url("/nope"), LOCAL)


@pytest.mark.parametrize("url", [
    "http://127.0.0.1/", "http://localhost:8080/", "http://10.1.2.3/", "http://192.168.0.1/",
    "http://172.16.5.5/", "http://169.254.169.254/latest/meta-data/", "http://[::1]/",
    "http://[fe80::1]/", "http://0.0.0.0/", "http://100.100.100.200/", "http://[::ffff:127.0.0.1]/",
])
def test_it_refuses_internal_addresses(url):
    with pytest.raises(FetchError, match="private or internal address"):
        fetch_article(url, FetchOptions(connect_timeout=0.5, read_timeout=0.5))


def test_it_refuses_schemes_other_than_http():
    with pytest.raises(FetchError, match="Only http"):
        fetch_article("file:///etc/passwd")


def test_every_redirect_is_checked_again(pages, monkeypatch):
    # pretend "localhost" is a public name; the redirect to 127.0.0.1 must still be refused
    real_resolve = guard.resolve
    monkeypatch.setattr(guard, "resolve",
                        lambda host, port: ["93.184.216.34"] if host == "localhost" else real_resolve(host, port))
    monkeypatch.setattr(guard, "check_peer", lambda sock, allow: None)
    port = pages.httpd.server_address[1]
    import factcheck.fetch.client as client

    monkeypatch.setattr(client, "check_peer", lambda sock, allow: None)
    with pytest.raises(FetchError, match="127.0.0.1 resolves to 127.0.0.1"):
        # /redirect/1 answers with a relative Location; send it to the IP literal instead
        fetch_article(f"http://localhost:{port}/redirect-abs", FetchOptions(connect_timeout=1, read_timeout=1))


def test_the_connected_peer_is_checked_even_if_the_name_looked_public(pages, monkeypatch):
    monkeypatch.setattr(guard, "resolve", lambda host, port: ["93.184.216.34"])
    port = pages.httpd.server_address[1]
    with pytest.raises(FetchError, match="internal address"):
        fetch_article(f"http://localhost:{port}/story.html", FetchOptions(connect_timeout=1, read_timeout=1))
