"""HTTP for deep-translator: a timeout on every request, retries with back-off on 429 and 5xx.

deep-translator's providers call the module functions `requests.get` / `requests.post` with no
timeout, so a server that accepts the connection and never answers hangs the command forever.
We keep its translate code exactly as it is and swap only the transport: for the length of one
call, the name `requests` in the provider's module (e.g. `deep_translator.libre.requests`) is an
`HttpTransport` whose get/post go through one `requests.Session` with a default timeout and an
urllib3 `Retry` policy mounted on its adapter. Everything else (`requests.exceptions`…) is the
real requests module, so deep-translator's own error handling runs unchanged. One change of form:
for LibreTranslate the fields deep-translator puts in the query string of its POST are sent as
the JSON body the API documents (servers accept both; the key then stays out of URLs and logs).

Retries are bounded: `retries` more attempts on 429/500/502/503/504 (POST included, since a
translation has no side effect), sleeping `backoff`·2ⁿ seconds but never more than `backoff_max`
(a server's `Retry-After` is honoured up to that cap too). A connection that fails or times out
is not retried: the network or the server is down, and the caller stops.

The server is not trusted: `timeout` bounds each attempt's whole answer, not each read (a server
dripping a byte a second is cut off), an answer over `MAX_ANSWER_BYTES` is refused, and a
redirect is followed only on the same scheme, host and port, so the text and the key it carries
never go to another host.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType
from typing import Any
from urllib.parse import urljoin, urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from .options import HttpSettings

RETRY_STATUSES = (429, 500, 502, 503, 504)
MAX_ANSWER_BYTES = 1_000_000  # a translation of a title and a lead is a few kilobytes
MAX_REDIRECTS = 5


class AnswerRefused(requests.RequestException):
    """The server's answer was not taken: too large, too slow, or a redirect to another host."""


class _CappedRetry(Retry):
    """urllib3's Retry, with a server's Retry-After capped at `backoff_max` like our own pauses."""

    def get_retry_after(self, response: Any) -> float | None:
        value = super().get_retry_after(response)
        return None if value is None else min(value, self.backoff_max)


class HttpTransport:
    """Stands in for the `requests` module inside one deep-translator provider module."""

    def __init__(self, settings: HttpSettings, post_as_json: bool = False) -> None:
        self.settings = settings
        self.post_as_json = post_as_json
        self.exceptions = requests.exceptions
        self.last_response: requests.Response | None = None
        self.last_error: requests.RequestException | None = None
        self.session = requests.Session()
        retry = _CappedRetry(
            total=settings.retries,
            connect=0,
            read=False,
            other=0,
            status=settings.retries,
            redirect=5,
            status_forcelist=RETRY_STATUSES,
            allowed_methods=None,  # every method: translating twice is harmless
            backoff_factor=settings.backoff,
            backoff_max=settings.backoff_max,
            raise_on_status=False,  # the last answer goes to deep-translator, which reports it
        )
        adapter = HTTPAdapter(max_retries=retry)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)

    def request(self, method: str, url: str, **kwargs: Any) -> requests.Response:
        if kwargs.get("timeout") is None:
            kwargs["timeout"] = self.settings.timeout
        kwargs.pop("allow_redirects", None)
        kwargs.pop("stream", None)
        deadline = time.monotonic() + self.settings.timeout
        try:
            for _ in range(MAX_REDIRECTS + 1):
                response = self.session.request(method, url, allow_redirects=False, stream=True, **kwargs)
                if not response.is_redirect:
                    break
                response.close()
                url, method, kwargs = _redirected(url, method, kwargs, response)
            else:
                raise AnswerRefused(f"more than {MAX_REDIRECTS} redirects")
            _read_within(response, deadline, self.settings.timeout)
        except requests.RequestException as exc:
            self.last_error = exc  # Microsoft's provider swallows it and fails on None later
            raise
        self.last_response = response
        return response

    def get(self, url: str, params: Any = None, **kwargs: Any) -> requests.Response:
        return self.request("GET", url, params=params, **kwargs)

    def post(self, url: str, data: Any = None, json: Any = None, **kwargs: Any) -> requests.Response:
        if self.post_as_json and data is None and json is None and kwargs.get("params"):
            # deep-translator's LibreTranslate puts the text and the key in the URL; the API's
            # documented form is a JSON body, which keeps the key out of access logs.
            json = kwargs.pop("params")
        return self.request("POST", url, data=data, json=json, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(requests, name)

    def close(self) -> None:
        self.session.close()

    def attempts(self) -> int:
        """How many attempts the last request took (1 when it was not retried)."""
        retries = getattr(getattr(self.last_response, "raw", None), "retries", None)
        return len(getattr(retries, "history", ())) + 1


def _redirected(
    url: str, method: str, kwargs: dict[str, Any], response: requests.Response
) -> tuple[str, str, dict[str, Any]]:
    """Where a redirect leads, if it stays on the same scheme, host and port; a 303 (and a
    301/302 after a POST) continues as a GET without a body, as browsers do."""
    target = urljoin(url, response.headers.get("location", ""))
    here, there = urlsplit(url), urlsplit(target)
    if (here.scheme, here.hostname, here.port) != (there.scheme, there.hostname, there.port):
        raise AnswerRefused("redirected to another host (not followed)")
    if response.status_code == 303 or (response.status_code in (301, 302) and method == "POST"):
        kwargs = {k: v for k, v in kwargs.items() if k not in ("data", "json", "files")}
        method = "GET"
    return target, method, kwargs


def _read_within(response: requests.Response, deadline: float, timeout: float) -> None:
    """Read the whole body before `deadline` and within `MAX_ANSWER_BYTES`, or refuse it."""
    chunks: list[bytes] = []
    size = 0
    try:
        for chunk in response.iter_content(16384):
            size += len(chunk)
            if size > MAX_ANSWER_BYTES:
                raise AnswerRefused(f"an answer larger than {MAX_ANSWER_BYTES // 1_000_000} MB (refused)")
            if time.monotonic() > deadline:
                raise requests.exceptions.ReadTimeout(f"no complete answer within {timeout:g} s")
            chunks.append(chunk)
    except requests.RequestException:
        response.close()
        raise
    response._content = b"".join(chunks)  # what .text and .json() read, as without stream=True
    response._content_consumed = True


@contextmanager
def installed(module: ModuleType, transport: HttpTransport) -> Iterator[None]:
    """Let `module` (a deep_translator provider module) use `transport` as its `requests`."""
    original = module.__dict__["requests"]
    setattr(module, "requests", transport)  # noqa: B010 - the module's own global, by name
    try:
        yield
    finally:
        setattr(module, "requests", original)  # noqa: B010


def _causes(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        item = todo.pop()
        if item is None or id(item) in seen:
            continue
        seen.add(id(item))
        yield item
        todo += [item.__cause__, item.__context__, getattr(item, "reason", None)]
        todo += [arg for arg in getattr(item, "args", ()) if isinstance(arg, BaseException)]


def network_problem(exc: BaseException, settings: HttpSettings) -> str | None:
    """A short description if `exc` means the server could not be reached or did not answer.

    Never the URL: deep-translator puts API keys in query strings.
    """
    if isinstance(exc, AnswerRefused):
        return str(exc)
    if not isinstance(exc, requests.ConnectionError | requests.Timeout):
        return None
    causes = list(_causes(exc))
    if isinstance(exc, requests.Timeout) or any(isinstance(c, TimeoutError) for c in causes):
        return f"no answer within {settings.timeout:g} s"
    if any(isinstance(c, socket.gaierror) for c in causes) or "resolve" in str(exc).lower():
        return "cannot resolve the server's name (no network?)"
    if any(isinstance(c, ConnectionRefusedError) for c in causes):
        return "connection refused"
    if isinstance(exc, requests.exceptions.SSLError):
        return "TLS error"
    if isinstance(exc, requests.ConnectionError):
        return "cannot connect (no network?)"
    return type(exc).__name__
