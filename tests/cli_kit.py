"""Shared plumbing of the CLI tests (tests/test_cli*.py): a runner, the sample inputs, fixtures.

CliRunner (click >= 8.2 keeps stdout and stderr apart) for every option and exit code; real
subprocesses (`NEWSGRAB`, `env`) for what only a real process shows.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from newsgrab.cli import command as cli
from newsgrab.cli.streams import STDOUT_FILE
from tests.conftest import SAMPLES

NEWSGRAB = [sys.executable, "-m", "newsgrab"]
CROSSPOST = SAMPLES / "crosspost-world-affairs.txt"
STORY = (
    "Harbour Reopens After Storm\n\nBy Lena Fischer\nCoastal Times, 4 May 2024\n\n"
    "The harbour reopened on Friday after three days of repairs to the outer wall, the port authority said.\n\n"
    "Fishermen said the delay had cost them the best week of the season, and asked for [compensation](/news/aid).\n\n"
    "*\n\nNote to readers: please click the share buttons above or below. Forward this article to your email lists.\n"
)
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10"

#: a user rule file (`--rules`) and the line it removes
USER_RULES = """
[[rule]]
id = "related.coastal-tide-tables"
category = "related"
scope = "trailing"
pattern = '^tide tables for the week are on page \\d+'
example = "Tide tables for the week are on page 12."
hard_negative = "The harbour master said the tide tables for the week were wrong."
"""
USER_LINE = "Tide tables for the week are on page 12."

#: in-process conversion (no deadline, no memory cap, one job): what monkeypatched tests need
IN_PROCESS = ("--timeout", "0", "--max-memory", "0")


def run(*args: str, input: bytes | str | None = None) -> Result:
    return CliRunner().invoke(cli.main, list(args), input=input, catch_exceptions=False)


def records(result: Result) -> list[dict[str, Any]]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def error_lines(result: Result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("newsgrab: error: ")]


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    """A folder of three good inputs (one nested) and files a scan must skip."""
    folder = tmp_path / "batch"
    (folder / "nested").mkdir(parents=True)
    (folder / "b.txt").write_text(STORY.replace("Harbour", "Bridge"), encoding="utf-8")
    (folder / "a.md").write_text(STORY, encoding="utf-8")
    (folder / "nested" / "c.txt").write_text(STORY.replace("Harbour", "Canal"), encoding="utf-8")
    (folder / "notes.json").write_text("{}", encoding="utf-8")
    (folder / ".hidden.txt").write_text(STORY, encoding="utf-8")
    return folder


@pytest.fixture
def tty(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pretend stdin and stderr are terminals and stdout a file (CliRunner's streams are none of these)."""
    real = cli.Streams.capture

    def capture() -> cli.Streams:
        return dataclasses.replace(real(), stdin_isatty=True, stderr_isatty=True, stdout_kind=STDOUT_FILE)

    monkeypatch.setattr(cli.Streams, "capture", staticmethod(capture))


def env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "PYTHONIOENCODING", "PYTHONUTF8"))}
    env.update(extra)
    return env


@pytest.fixture
def many(tmp_path: Path) -> Path:
    """Enough inputs that `head -n1` closes the pipe while newsgrab is still writing."""
    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(40):
        (folder / f"story-{number:02}.txt").write_text(STORY, encoding="utf-8")
    return folder

