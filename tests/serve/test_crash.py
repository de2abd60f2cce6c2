"""SIGKILL the real `distillwatch serve` mid-ingest, restart, retry: nothing lost, nothing twice."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import orjson
import psutil
import pytest
from serve_support import event

pytestmark = pytest.mark.slow


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cli(*args: str) -> str:
    out = subprocess.run(
        [sys.executable, "-m", "distillwatch", *args], capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr
    return out.stdout.strip().splitlines()[-1]


def start(db: Path, port: int) -> subprocess.Popen:
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "distillwatch",
            "serve",
            "--db",
            str(db),
            "--port",
            str(port),
            "--log-level",
            "warning",
            "--rescore-every-events",
            "3000",
            "--rescore-every-minutes",
            "1e9",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return proc
        except httpx.TransportError:
            time.sleep(0.1)
        if proc.poll() is not None:
            raise AssertionError(proc.stderr.read().decode() if proc.stderr else "serve exited")
    proc.kill()
    raise AssertionError("serve did not come up in 30 s")


def test_sigkill_restart_retry(tmp_path: Path) -> None:
    db = tmp_path / "serve.db"
    key = cli("keys", "create", "--db", str(db), "--role", "ingest")
    read_key = cli("keys", "create", "--db", str(db), "--role", "read")
    assert key.startswith("dwk_")
    batches = [
        b"\n".join(
            orjson.dumps(event(b * 200 + i, f"acct{i % 37}", minutes=b + i / 200))
            for i in range(200)
        )
        for b in range(60)
    ]
    acked: dict[int, dict] = {}
    port = free_port()
    proc = start(db, port)

    def post_all(url: str) -> None:
        # generous timeout: on a loaded CI machine a post can wait behind re-scoring, and a
        # timeout here would read as "server died" and leave batches unsent
        with httpx.Client(
            base_url=url, headers={"Authorization": f"Bearer {key}"}, timeout=60
        ) as http:
            for i, body in enumerate(batches):
                if i in acked:
                    continue
                try:
                    resp = http.post("/v1/events", content=body)
                except httpx.TransportError:
                    return  # the server died with this batch in flight: not acknowledged
                assert resp.status_code == 200, resp.text
                acked[i] = resp.json()

    poster = threading.Thread(target=post_all, args=(f"http://127.0.0.1:{port}",))
    poster.start()
    server = psutil.Process(proc.pid)
    deadline = time.monotonic() + 60
    # kill mid-way, with batches in flight and (normally) re-scoring busy in its child process
    while len(acked) < 20 or (not server.children() and time.monotonic() < deadline):
        time.sleep(0.01)
    children = server.children(recursive=True)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    poster.join()
    killed_at = len(acked)
    assert 20 <= killed_at < len(batches)

    # the re-scoring child notices its parent is gone and exits (no orphans left running)
    _, alive = psutil.wait_procs(children, timeout=60)
    assert not alive, alive

    port = free_port()
    proc = start(db, port)
    try:
        post_all(f"http://127.0.0.1:{port}")  # retries everything unacknowledged
        assert len(acked) == len(batches)
        # a retried acknowledged batch is all duplicates
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as http:
            again = http.post(
                "/v1/events", content=batches[0], headers={"Authorization": f"Bearer {key}"}
            ).json()
            assert (again["accepted"], again["duplicate"]) == (0, 200)
            metrics = http.get("/metrics", headers={"Authorization": f"Bearer {read_key}"}).text
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    total = 200 * len(batches)
    assert f"distillwatch_events_accepted_total {total}\n" in metrics
    accepted = sum(a["accepted"] for a in acked.values())
    duplicate = sum(a["duplicate"] for a in acked.values())
    # every event stored exactly once; a batch committed but not acknowledged came back as duplicates
    assert accepted + duplicate == total
    assert duplicate in (0, 200)
    assert f"distillwatch_events_duplicate_total {duplicate + 200}\n" in metrics
    import sqlite3

    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM event_ids").fetchone()[0] == total
        assert con.execute("SELECT sum(n) FROM event_blocks").fetchone()[0] == total
        assert con.execute("SELECT sum(n_events) FROM account_state").fetchone()[0] == total
