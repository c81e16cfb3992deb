"""The command line: INPUT arguments to jobs, jobs to worker processes, results to stdout and files.

Owns the streams, the exit codes, progress and `--explain` (rich, on stderr) and the `-o` files.
It takes what the library returns (`newsgrab.api`) and never the other way round: no module outside
this package imports it, and it is the only place that imports click or rich.
"""

from __future__ import annotations

from typing import Any


def __getattr__(name: str) -> Any:
    """`newsgrab.cli.main` (the console script) without importing click for the worker processes."""
    if name == "main":
        from newsgrab.cli.command import main

        return main
    raise AttributeError(name)
