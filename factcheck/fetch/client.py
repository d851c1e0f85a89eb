"""HTTP with limits: timeouts, a size cap, HTML or plain text only, few redirects, each checked."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from datetime import date
from urllib.parse import urljoin, urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from factcheck.fetch.guard import BlockedAddress, check_host, check_peer
from factcheck.fetch.html_text import extract_main_text

ACCEPTED_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
USER_AGENT = "factcheck/0.1 (+numeric claim checker)"
_CHARSET = re.compile(r"charset=([\w.:-]+)", re.I)


class FetchError(Exception):
    """The article could not be fetched; the message is a sentence for the submitter."""


@dataclass(frozen=True)
class FetchOptions:
    allow_private: bool = False
    max_bytes: int = 5_000_000
    connect_timeout: float = 5.0
    read_timeout: float = 10.0
    max_redirects: int = 3
    total_timeout: float = 30.0  # a server dripping bytes cannot hold a worker longer than this


@dataclass
class FetchedPage:
    url: str
    text: str
    title: str | None
    published: date | None
    content_type: str


def _guarded_connection(base, allow_private: bool):
    class Guarded(base):
        def connect(self):
            super().connect()
            try:
                check_peer(self.sock, allow_private)
            except BlockedAddress:
                self.close()
                raise

    return Guarded


class _GuardedAdapter(HTTPAdapter):
    """Checks the peer of every connection, so a DNS change after our check is caught too."""

    def __init__(self, allow_private: bool):
        self.allow_private = allow_private
        super().__init__(max_retries=0)

    def init_poolmanager(self, *args, **kwargs):
        super().init_poolmanager(*args, **kwargs)
        allow = self.allow_private
        http_cls = type("GuardedHTTPPool", (HTTPConnectionPool,),
                        {"ConnectionCls": _guarded_connection(HTTPConnection, allow)})
        https_cls = type("GuardedHTTPSPool", (HTTPSConnectionPool,),
                         {"ConnectionCls": _guarded_connection(HTTPSConnection, allow)})
        self.poolmanager.pool_classes_by_scheme = {"http": http_cls, "https": https_cls}


def _session(options: FetchOptions) -> requests.Session:
    session = requests.Session()
    session.trust_env = False  # no proxies from the environment: they would bypass the guard
    adapter = _GuardedAdapter(options.allow_private)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    session.headers.update({"User-Agent": USER_AGENT, "Accept": "text/html, text/plain;q=0.9"})
    return session


def _check_url(url: str, options: FetchOptions) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(f"Only http:// and https:// addresses can be fetched, not {url!r}.")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        check_host(parts.hostname, port, options.allow_private)
    except BlockedAddress as exc:
        raise FetchError(f"Refusing to fetch {url}: {exc}.") from None
    except OSError as exc:
        raise FetchError(f"Could not fetch {url}: {exc}.") from None


def _read_capped(response: requests.Response, url: str, max_bytes: int, deadline: float) -> bytes:
    declared = response.headers.get("Content-Length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(f"The page at {url} is larger than {max_bytes} bytes.")
    chunks, size = [], 0
    for chunk in response.iter_content(64 * 1024):
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"The page at {url} is larger than {max_bytes} bytes.")
        chunks.append(chunk)
        if time.monotonic() > deadline:
            raise FetchError(f"{urlsplit(url).hostname} took too long to send the page.")
    return b"".join(chunks)


def _decode(body: bytes, response: requests.Response) -> str:
    match = _CHARSET.search(response.headers.get("Content-Type", ""))
    for encoding in ([match.group(1)] if match else []) + ["utf-8", "cp1252"]:
        try:
            return body.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return body.decode("utf-8", errors="replace")


def fetch_article(url: str, options: FetchOptions | None = None) -> FetchedPage:
    """Fetch ``url`` and return its main text; raise ``FetchError`` with a readable reason."""
    options = options or FetchOptions()
    deadline = time.monotonic() + options.total_timeout
    session = _session(options)
    current = url
    try:
        for _hop in range(options.max_redirects + 1):
            _check_url(current, options)
            try:
                response = session.get(current, allow_redirects=False, stream=True,
                                       timeout=(options.connect_timeout, options.read_timeout))
            except BlockedAddress as exc:
                raise FetchError(f"Refusing to fetch {current}: {exc}.") from None
            except requests.exceptions.ConnectionError:
                raise FetchError(f"Could not connect to {urlsplit(current).hostname}.") from None
            except requests.exceptions.Timeout:
                raise FetchError(f"{urlsplit(current).hostname} did not answer in time.") from None
            except requests.exceptions.RequestException as exc:
                raise FetchError(f"Could not fetch {current} ({type(exc).__name__}).") from None
            with response:
                if response.is_redirect:
                    location = response.headers.get("Location")
                    if not location:
                        raise FetchError(f"{current} redirects without saying where to.")
                    current = urljoin(current, location)
                    continue
                return _page_from(response, current, options, deadline)
        raise FetchError(f"{url} redirects more than {options.max_redirects} times.")
    finally:
        session.close()


def _page_from(response: requests.Response, url: str, options: FetchOptions, deadline: float) -> FetchedPage:
    if response.status_code >= 400:
        raise FetchError(f"{url} answered HTTP {response.status_code}.")
    content_type = response.headers.get("Content-Type", "").split(";", 1)[0].strip().lower()
    if content_type not in ACCEPTED_TYPES:
        shown = content_type or "no content type"
        raise FetchError(f"{url} is {shown}; only HTML or plain-text articles can be checked.")
    try:
        body = _read_capped(response, url, options.max_bytes, deadline)
    except requests.exceptions.RequestException:
        raise FetchError(f"{urlsplit(url).hostname} stopped sending the page.") from None
    text = _decode(body, response)
    if content_type == "text/plain":
        return FetchedPage(url=url, text=text.strip(), title=None, published=None, content_type=content_type)
    main = extract_main_text(text)
    return FetchedPage(url=url, text=main.text, title=main.title, published=main.published,
                       content_type=content_type)
