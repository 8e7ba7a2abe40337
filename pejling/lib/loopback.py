"""A threaded HTTP server on loopback for the fake sources: its base URL, started in a thread, stopped."""

from __future__ import annotations

import threading
from http.server import ThreadingHTTPServer


class LoopbackServer(ThreadingHTTPServer):
    """``url`` is ``http://host:port`` plus the API's ``base_path`` (e.g. ``/v1``)."""

    daemon_threads = True
    base_path = ""
    thread_name = "fake-server"

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}{self.base_path}"

    def start_in_thread(self) -> threading.Thread:
        thread = threading.Thread(target=self.serve_forever, name=self.thread_name, daemon=True)
        thread.start()
        return thread

    def stop(self) -> None:
        self.shutdown()
        self.server_close()
