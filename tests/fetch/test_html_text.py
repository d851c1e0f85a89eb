"""Main text from HTML: the article's paragraphs, without navigation, scripts or boilerplate."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.fetch.guard import is_public
from factcheck.fetch.html_text import extract_main_text


def test_it_keeps_the_article_and_drops_the_chrome():
    html = """<html><head><title>Site | Story</title><script>var a = "1,000 days";</script></head><body>
    <header><p>Breaking news ticker with many words in it to look like a paragraph of text</p></header>
    <main><h1>Story</h1><p>After over 1,000 days of fighting, talks loom.</p>
    <p>Russia fired around 70 missiles<br>and 100 drones.</p>
    <div class="share-buttons"><p>Share this story with your friends on every network</p></div></main>
    <footer><p>Copyright and a long list of legal words that nobody reads at all</p></footer></body></html>"""
    main = extract_main_text(html)
    assert main.text == "After over 1,000 days of fighting, talks loom.\n\nRussia fired around 70 missiles and 100 drones."
    assert main.title == "Story"


def test_without_an_article_element_it_keeps_the_longer_blocks():
    html = """<body><div><a>Home</a></div><div>
    <p>Ukraine has lost nearly 40% of the territory it had reclaimed in the Kursk region of Russia.</p>
    <p>Menu</p><p>US intelligence estimated Russia was losing approximately 1,200 soldiers daily.</p></div></body>"""
    main = extract_main_text(html)
    assert "nearly 40%" in main.text and "1,200 soldiers daily" in main.text
    assert "Menu" not in main.text and "Home" not in main.text


def test_it_reads_entities_and_the_publication_date():
    html = """<head><meta name="date" content="2024-12-25"></head><body><article>
    <p>Energy &amp; heating: 100&nbsp;strike drones were launched at the grid on Christmas Day itself.</p>
    <p>More text so that the article is long enough to count as the page's main content here.</p>
    </article></body>"""
    main = extract_main_text(html)
    assert main.published == date(2024, 12, 25)
    assert main.text.startswith("Energy & heating: 100 strike drones")  # no-break space -> space


def test_a_time_element_gives_the_date_when_no_meta_does():
    assert extract_main_text('<article><time datetime="2024-12-27T09:00">Fri</time><p>x</p></article>').published \
        == date(2024, 12, 27)


@pytest.mark.parametrize("address, public", [
    ("93.184.216.34", True), ("2606:2800:220:1:248:1893:25c8:1946", True),
    ("127.0.0.1", False), ("10.0.0.1", False), ("172.31.255.255", False), ("192.168.1.1", False),
    ("169.254.169.254", False), ("100.64.0.1", False), ("100.100.100.200", False), ("0.0.0.0", False),
    ("::1", False), ("fe80::1%eth0", False), ("fd00:ec2::254", False), ("::ffff:10.0.0.1", False),
    ("224.0.0.1", False), ("255.255.255.255", False),
])
def test_only_global_addresses_are_public(address, public):
    assert is_public(address) is public
