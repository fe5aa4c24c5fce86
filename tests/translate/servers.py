"""Translation servers on 127.0.0.1 speaking the providers' real protocols, written from their
public API descriptions (not from deep-translator's code):

* LibreTranslate: `POST /translate` with q, source, target, format, api_key as JSON, form or
  query string → `{"translatedText": …}`; 403 `{"error": …}` for a wrong key when keys are on.
* Google's mobile page: `GET /m?sl=..&tl=..&q=..` → HTML with `<div class="result-container">`.
* MyMemory: `GET /get?q=..&langpair=vi|en` → `{"responseData": {"translatedText": …}, …}`;
  a query over 500 bytes gets its "QUERY LENGTH LIMIT EXCEEDED" answer, as the real one does.

The "translation" is the ASCII-folded Vietnamese behind `[en] `, so tests can see what was sent.
`failures` makes the server answer with those statuses first (429, 500…), then normally.
`SilentServer` accepts connections and never answers.
"""

from __future__ import annotations

import html
import http.server
import json
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

from bantin.core.text import fold

MYMEMORY_LIMIT = 500


def toy_english(text: str) -> str:
    return "[en] " + fold(text)


@dataclass
class Request:
    method: str
    path: str
    params: dict[str, str]
    query: dict[str, str]  # the part of `params` that came in the URL


@dataclass
class Behaviour:
    """What a fake server does; shared with its handler threads."""

    protocol: str  # libre, google, mymemory
    failures: list[int] = field(default_factory=list)  # statuses to answer first, in order
    retry_after: str | None = None  # Retry-After header on failures
    api_key: str | None = None  # libre: the key required, if any
    requests: list[Request] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    redirect_to: str | None = None  # answer every request with a 307 to this address
    drip: float = 0.0  # send the answer one byte every `drip` seconds
    padding: int = 0  # letters added to the translation


class _Handler(http.server.BaseHTTPRequestHandler):
    behaviour: Behaviour
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _params(self) -> tuple[dict[str, str], dict[str, str]]:
        query = {k: v[-1] for k, v in parse_qs(urlsplit(self.path).query).items()}
        params = dict(query)
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        if raw and "json" in (self.headers.get("Content-Type") or ""):
            params.update({k: str(v) for k, v in json.loads(raw).items()})
        elif raw:
            params.update({k: v[-1] for k, v in parse_qs(raw.decode()).items()})
        return params, query

    def _send(self, status: int, body: str, content_type: str, headers: dict[str, str] | None = None) -> None:
        data = body.encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if not self.behaviour.drip:
            self.wfile.write(data)
            return
        for byte in data:
            try:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
            except OSError:
                return
            time.sleep(self.behaviour.drip)

    def _handle(self) -> None:
        b = self.behaviour
        params, query = self._params()
        request = Request(self.command, urlsplit(self.path).path, params, query)
        with b.lock:
            b.requests.append(request)
            failure = b.failures.pop(0) if b.failures else None
        if failure is not None:
            headers = {"Retry-After": b.retry_after} if b.retry_after else {}
            return self._send(failure, '{"error": "try again"}', "application/json", headers)
        if b.redirect_to:
            return self._send(307, "", "text/plain", {"Location": b.redirect_to + self.path})
        getattr(self, f"_{b.protocol}")(request)

    do_GET = do_POST = _handle

    def _libre(self, request: Request) -> None:
        p = request.params
        if request.method != "POST" or request.path != "/translate":
            return self._send(404, '{"error": "Not Found"}', "application/json")
        if self.behaviour.api_key and p.get("api_key") != self.behaviour.api_key:
            return self._send(403, '{"error": "Invalid API key"}', "application/json")
        if not p.get("q") or not p.get("source") or not p.get("target"):
            return self._send(400, '{"error": "Invalid request: missing q"}', "application/json")
        text = toy_english(p["q"]) + (" " + "x" * self.behaviour.padding if self.behaviour.padding else "")
        self._send(200, json.dumps({"translatedText": text}), "application/json")

    def _google(self, request: Request) -> None:
        p = request.params
        if request.path != "/m" or not {"sl", "tl", "q"} <= p.keys():
            return self._send(404, "<html><body>Not found</body></html>", "text/html")
        body = (
            '<html><body><div class="header">Google Translate</div>'
            f'<div class="result-container">{html.escape(toy_english(p["q"]))}</div></body></html>'
        )
        self._send(200, body, "text/html; charset=utf-8")

    def _mymemory(self, request: Request) -> None:
        p = request.params
        q = p.get("q", "")
        if len(q.encode()) > MYMEMORY_LIMIT:
            text = f"QUERY LENGTH LIMIT EXCEEDED. MAX ALLOWED QUERY : {MYMEMORY_LIMIT} CHARS"
        else:
            text = toy_english(q)
        answer = {"responseData": {"translatedText": text, "match": 1}, "responseStatus": 200, "matches": []}
        self._send(200, json.dumps(answer), "application/json")


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True


@contextmanager
def serve(behaviour: Behaviour) -> Iterator[str]:
    """Run a fake provider; yields its base URL (http://127.0.0.1:PORT)."""
    handler = type("Handler", (_Handler,), {"behaviour": behaviour})
    server = _Server(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


@contextmanager
def silent_server() -> Iterator[str]:
    """A server that accepts connections (in the kernel's backlog) and never answers."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        sock.close()


def free_port() -> int:
    """A port nothing listens on (connection refused)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
