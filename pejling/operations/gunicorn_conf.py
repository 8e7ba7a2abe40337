"""gunicorn settings for `pejling serve`: Prometheus' multiprocess mode needs to know when a worker ends."""

from __future__ import annotations

from typing import Any

from prometheus_client import multiprocess


def child_exit(server: Any, worker: Any) -> None:
    multiprocess.mark_process_dead(worker.pid)  # type: ignore[no-untyped-call]
