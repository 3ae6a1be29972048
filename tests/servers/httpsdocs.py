"""A real HTTPS server on 127.0.0.1 for tests: it serves documents a test puts at paths.

One server serves a whole test session, with a certificate for 127.0.0.1 from the session's
test CA (``pki``), so a client really verifies it. Each test puts its documents under its
own path prefix (its domain), e.g. for autoconfig::

    https_docs.put("/autoconfig.example.test/mail/config-v1.1.xml", xml_bytes)
    https_docs.redirect("/old", "http://127.0.0.1/plain")   # a redirect to plain HTTP
    https_docs.put("/big", b"x" * 10_000_000)

A path with no document answers 404. :attr:`HttpsDocs.requests` lists the paths asked
(query included), so a test can check what a client asked for.
"""

from __future__ import annotations

import ssl
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

__all__ = ["HttpsDocs"]


@dataclass
class _Answer:
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:
        owner = self.server.owner
        path = self.path.split("?", 1)[0]
        with owner._lock:
            owner.requests.append(self.path)
            answer = owner._answers.get(path, _Answer(404, b"not found"))
        self.send_response(answer.status)
        for name, value in answer.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(answer.body)))
        self.end_headers()
        self.wfile.write(answer.body)

    def log_message(self, format: str, *args: Any) -> None:
        pass  # pytest shows failures, not traffic


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    owner: HttpsDocs


@dataclass
class HttpsDocs:
    """The server; :meth:`start` with a TLS context whose certificate names 127.0.0.1."""

    context: ssl.SSLContext
    host: str = "127.0.0.1"
    port: int = 0
    requests: list[str] = field(default_factory=list)
    _answers: dict[str, _Answer] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _server: _Server | None = None

    @property
    def base_url(self) -> str:
        return f"https://{self.host}:{self.port}"

    def start(self) -> HttpsDocs:
        server = _Server((self.host, 0), _Handler)
        server.owner = self
        server.socket = self.context.wrap_socket(server.socket, server_side=True)
        self.port = server.server_address[1]
        threading.Thread(target=server.serve_forever, daemon=True).start()
        self._server = server
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> HttpsDocs:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def put(self, path: str, body: bytes, content_type: str = "text/xml") -> None:
        with self._lock:
            self._answers[path] = _Answer(200, body, {"Content-Type": content_type})

    def redirect(self, path: str, location: str) -> None:
        with self._lock:
            self._answers[path] = _Answer(302, b"", {"Location": location})

    def asked(self, prefix: str) -> list[str]:
        """The request paths so far that start with *prefix*."""
        with self._lock:
            return [p for p in self.requests if p.startswith(prefix)]
