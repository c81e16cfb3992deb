"""Worker processes of the A/B timers (`cpu_ab.py`, `text_cpu.py`): one per checkout, each importing
newsgrab from its own checkout only, asked for one timed pass at a time over a pipe.

The protocol is lines of text: the worker prints "ready" once it has loaded what it times, then
answers each request line (a dataset, a converter/half) with the CPU time of one pass. Kept in one
place so both timers start, ask and stop their workers the same way.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path


def start(code: str, checkout: Path, *args: str, setup: str | None = None,
          env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    """Run `code` (a `python -c` program) for `checkout`, send it the `setup` line if any, and wait
    for its "ready". PYTHONPATH is dropped, so the worker imports newsgrab from `checkout` only."""
    environ = dict(os.environ)
    environ.pop("PYTHONPATH", None)
    environ.update(env or {})
    proc = subprocess.Popen([sys.executable, "-c", code, str(checkout.resolve()), *args],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=environ)
    assert proc.stdin is not None and proc.stdout is not None
    if setup is not None:
        proc.stdin.write(setup + "\n")
        proc.stdin.flush()
    if proc.stdout.readline().strip() != "ready":
        raise SystemExit(f"the worker of {checkout} did not start")
    return proc


def ask(proc: subprocess.Popen[str], request: str) -> float:
    """The worker's answer to one request: the CPU time of one pass (its unit is the worker's)."""
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(request + "\n")
    proc.stdin.flush()
    return float(proc.stdout.readline())


def stop(procs: Iterable[subprocess.Popen[str]]) -> None:
    """Close each worker's input (its loop ends there) and wait for it."""
    for proc in procs:
        if proc.stdin is not None:
            proc.stdin.close()
        proc.wait()
