"""`pejling fake-statbank` serves real HTTP on loopback until stopped."""

import socket
import subprocess
import sys
import time

import httpx


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_the_command_serves_the_fake_statbank():
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "pejling.cli", "fake-statbank", "--port", str(port), "--latency-ms", "5"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        first_line = process.stdout.readline()
        assert f"http://127.0.0.1:{port}/v1" in first_line
        assert "Eksempeldata fra Pejlings testserver — ikke tal fra Danmarks Statistik" in first_line
        for _ in range(50):
            try:
                response = httpx.post(f"http://127.0.0.1:{port}/v1/tableinfo", json={"table": "BU43"})
                break
            except httpx.ConnectError:
                time.sleep(0.1)
        assert response.status_code == 200
        assert response.json()["id"] == "BU43"
        assert response.headers["X-Pejling-Sample-Data"] == "1"
    finally:
        process.terminate()
        process.wait(timeout=10)
