"""Fetching a URL, politely and safely: a user agent naming unfog, connect and read timeouts, a
size limit, robots.txt, and no requests to loopback, private, link-local or reserved addresses
(every address the host name resolves to is checked, and again at each redirect) unless the
``allow_private_urls`` setting (``UNFOG_ALLOW_PRIVATE_URLS=1``) allows them.

The answer is bytes with their content type and final URL; what they are (a page, a feed) is
sniffed by the caller. A refusal or failure is a :class:`FetchError` whose message is one line.
"""

from __future__ import annotations

import ipaddress
import socket
import urllib.error
import urllib.request
import urllib.robotparser
from dataclasses import dataclass, field
from email.message import Message
from typing import IO
from urllib.parse import urljoin, urlsplit

from unfog import __version__

USER_AGENT = f"unfog/{__version__} (+https://github.com/unfog/unfog; offline news analysis)"
TIMEOUT_S = 20.0
MAX_BYTES = 10 * 1024 * 1024
MAX_REDIRECTS = 5


class FetchError(Exception):
    """A URL that was refused or could not be fetched."""


@dataclass(frozen=True)
class Fetched:
    url: str
    data: bytes
    content_type: str


@dataclass
class Fetcher:
    """Fetches URLs; keeps the robots.txt answers of the hosts it has seen (per fetcher)."""

    allow_private: bool = False
    timeout: float = TIMEOUT_S
    max_bytes: int = MAX_BYTES
    user_agent: str = USER_AGENT
    robots: dict[str, urllib.robotparser.RobotFileParser | None] = field(default_factory=dict)

    def fetch(self, url: str) -> Fetched:
        for _ in range(MAX_REDIRECTS + 1):
            self.check_address(url)
            self.check_robots(url)
            status, headers, body = self._get(url)
            if status in (301, 302, 303, 307, 308) and headers.get("Location"):
                url = urljoin(url, headers["Location"])
                continue
            if status >= 400:
                raise FetchError(f"{url}: HTTP {status}")
            return Fetched(url, body, headers.get_content_type())
        raise FetchError(f"{url}: more than {MAX_REDIRECTS} redirects")

    def check_address(self, url: str) -> None:
        """Refuse a URL that is not http(s), or whose host is (or resolves to) a loopback, private,
        link-local or reserved address, unless private addresses are allowed."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchError(f"{url}: only http:// and https:// URLs are read")
        if self.allow_private:
            return
        try:
            infos = socket.getaddrinfo(parts.hostname, parts.port or 80, type=socket.SOCK_STREAM)
        except socket.gaierror as e:
            raise FetchError(f"{url}: cannot resolve {parts.hostname} ({e.strerror})") from e
        for info in infos:
            addr = ipaddress.ip_address(str(info[4][0]).split("%")[0])
            if not addr.is_global or addr.is_multicast:
                what = parts.hostname if parts.hostname == str(addr) else f"{parts.hostname} ({addr})"
                raise FetchError(
                    f"{url}: refused, {what} is a local or private address; set UNFOG_ALLOW_PRIVATE_URLS=1 to allow it"
                )

    def check_robots(self, url: str) -> None:
        parts = urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}"
        if root not in self.robots:
            self.robots[root] = self._robots(root)
        rp = self.robots[root]
        if rp is not None and not rp.can_fetch(self.user_agent, url):
            raise FetchError(f"{url}: disallowed by {root}/robots.txt")

    def _robots(self, root: str) -> urllib.robotparser.RobotFileParser | None:
        """The site's robots.txt; None (everything allowed) when it has none or it cannot be read."""
        try:
            status, _, body = self._get(root + "/robots.txt")
        except FetchError:
            return None
        rp = urllib.robotparser.RobotFileParser()
        if status in (401, 403):
            rp.parse(["User-agent: *", "Disallow: /"])
        elif status < 400:
            rp.parse(body.decode("utf-8", "replace").splitlines())
        else:
            return None
        return rp

    def _get(self, url: str) -> tuple[int, Message, bytes]:
        req = urllib.request.Request(url, headers={"User-Agent": self.user_agent, "Accept": "*/*"})
        opener = urllib.request.build_opener(_NoRedirect)
        try:
            with opener.open(req, timeout=self.timeout) as resp:
                return resp.status, resp.headers, self._read(url, resp)
        except urllib.error.HTTPError as e:
            return e.code, e.headers, b""
        except (urllib.error.URLError, OSError) as e:
            reason = getattr(e, "reason", e)
            raise FetchError(f"{url}: cannot fetch ({reason})") from e

    def _read(self, url: str, resp: IO[bytes]) -> bytes:
        data = resp.read(self.max_bytes + 1)
        if len(data) > self.max_bytes:
            raise FetchError(f"{url}: larger than the limit of {self.max_bytes:,} bytes")
        return data


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Redirects are followed by :meth:`Fetcher.fetch`, which checks each target's address."""

    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


def is_url(name: str) -> bool:
    """True for 'scheme://...' (any scheme, so that ftp:// is refused by name rather than looked for as a file)."""
    scheme = urlsplit(name).scheme
    return len(scheme) > 1 and name.startswith(f"{scheme}://")
