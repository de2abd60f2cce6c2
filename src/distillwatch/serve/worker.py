"""The re-scoring child process: runs detection on the stored window at low CPU priority.

A plain spawned process on a pipe (not a pool) so the service can stop it for sure: it
exits when the service closes the pipe, when the service dies (even by SIGKILL: the pipe
reads EOF), or when terminated on shutdown. Detection's CPU and GIL use thus never delay
ingest or /v1/check beyond what the OS scheduler allows a niced process.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import threading
from multiprocessing.connection import Connection
from typing import Any


def _main(conn: Connection) -> None:
    """Child loop: receive a window job, send back (ok, result or error text)."""
    with contextlib.suppress(OSError, AttributeError):
        os.nice(10)
    from distillwatch.features.content.annotate import PromptMemo
    from distillwatch.serve.service import detect_window

    # One memo for the child's life: each run re-scores a window that overlaps the last,
    # so most of its prompts were annotated before.
    memo = PromptMemo()
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return  # the service is gone
        try:
            result: tuple[bool, Any] = (True, detect_window(*job, memo=memo))
        except Exception as err:  # reported to the service, which logs it in `runs`
            result = (False, f"{type(err).__name__}: {err}")
        try:
            conn.send(result)
        except (BrokenPipeError, OSError):
            return


class DetectWorker:
    """Runs ``detect_window(db_path, start, end, max_rows)`` in a long-lived child process."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._proc: multiprocessing.process.BaseProcess | None = None
        self._conn: Connection | None = None

    def _start(self) -> None:
        ctx = multiprocessing.get_context("spawn")
        parent, child = ctx.Pipe()
        proc = ctx.Process(target=_main, args=(child,), name="distillwatch-detect", daemon=True)
        proc.start()
        child.close()
        self._proc, self._conn = proc, parent

    def run(self, *job: Any) -> Any:
        """Detection result of one job; RuntimeError when detection failed or the child died."""
        with self._lock:
            if self._proc is None or not self._proc.is_alive():
                self._start()
            assert self._conn is not None
            try:
                self._conn.send(job)
                ok, payload = self._conn.recv()
            except (EOFError, OSError) as err:
                self.close()
                raise RuntimeError(f"re-scoring process died ({err})") from err
        if not ok:
            raise RuntimeError(payload)
        return payload

    def close(self) -> None:
        """Stop the child now (it holds no state worth saving)."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        if self._proc is not None:
            if self._proc.is_alive():
                self._proc.terminate()
            self._proc.join(timeout=5)
            self._proc = None
