"""bench/instructions.py: what it asks callgrind to count, and how it reads the count back."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bench.instructions import _WORKER, callgrind_command, read_total
from bench.shared_data import EVALBENCH, ROOT, SHARED


def test_the_total_is_read_from_the_summary_line() -> None:
    out = "version: 1\ncreator: callgrind-3.19.0\nevents: Ir\nsummary: 2810642821\n\nfn=(1) main\n"
    assert read_total(out) == 2810642821
    assert read_total("events: Ir\ntotals: 1234\n") == 1234


def test_an_output_without_a_summary_is_an_error() -> None:
    with pytest.raises(ValueError):
        read_total("events: Ir\nfn=(1) main\n")


def test_only_the_counted_pass_is_counted() -> None:
    """Collection is off from the start and toggled by the one function the counted pass runs in."""
    command = callgrind_command(Path("/tmp/x.out"), ROOT, "scrapinghub", 3)
    assert "--collect-atstart=no" in command and "--toggle-collect=*functools_reduce*" in command
    assert command[command.index("-c") + 1] == _WORKER
    assert "functools.reduce(one, docs, 0)" in _WORKER and _WORKER.count("functools.reduce") == 1


@pytest.mark.skipif(not EVALBENCH.exists(), reason="the benchmarks live in ../shared")
def test_the_counted_program_runs_and_says_how_many_pages_it_counted() -> None:
    """Run without valgrind, the program makes its two passes and prints the pages of one."""
    environ = {**os.environ, "NEWSGRAB_SHARED": str(SHARED)}
    environ.pop("PYTHONPATH", None)
    done = subprocess.run([sys.executable, "-c", _WORKER, str(ROOT), "scrapinghub", "60"], capture_output=True,
                          text=True, env=environ, check=True, timeout=300)
    assert done.stdout.split()[-1] == "4"  # pages 0, 60, 120 and 180 of the 181


@pytest.mark.skipif(not (SHARED / "bench" / "textbench" / "scrapinghub" / "w3m").is_dir(),
                    reason="the textbench dumps live in ../shared")
def test_a_text_dataset_counts_the_text_path_on_one_converters_dumps() -> None:
    """`text:w3m` runs the w3m dumps through the text path: every 60th of its 181 dumps is 4."""
    environ = {**os.environ, "NEWSGRAB_SHARED": str(SHARED)}
    environ.pop("PYTHONPATH", None)
    probe = _WORKER + "\nprint(sorted({doc['kind'] for doc in docs}))\n"
    done = subprocess.run([sys.executable, "-c", probe, str(ROOT), "text:w3m", "60"], capture_output=True,
                          text=True, env=environ, check=True, timeout=300)
    lines = done.stdout.split("\n")
    assert lines[0] == "4" and lines[1] == "['text']"
