"""`--resume`: go on after a crash (even `kill -9`) without redoing, repeating or tearing records.

Two kinds of output can be resumed:

- `-o DIR`: each output file is written whole and renamed into place (output.py), so a file that
  exists is complete: its input (or record) is skipped. Temporary files a killed run left are removed.
- JSON Lines, to `-o FILE.jsonl` or to stdout appended to a file (`>> FILE.jsonl`): records are
  written in input order, one whole line each, so what a killed run left is a prefix of the clean
  run's lines, possibly with a torn last line. The torn line is cut off, and the lines that are
  there are matched, in order, with the inputs and records planned now (by `input.path` and the
  record's `offset` or `line`); those are skipped and the rest is appended. The result is the clean
  run's file, byte for byte. Only the current line is held, so a file of any size resumes.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

#: output file names that mean "JSON Lines into this file" for `-o` (anything else is a directory)
JSONL_SUFFIXES = (".jsonl", ".ndjson")

Key = tuple[str, int | None]


class ResumeError(Exception):
    """The output cannot be resumed (the message says why and what to do)."""


def is_jsonl_target(path: Path) -> bool:
    """True when `-o PATH` names a JSON Lines file rather than a directory."""
    return path.suffix.lower() in JSONL_SUFFIXES and not path.is_dir()


def key(path: str, position: int | None) -> Key:
    """What identifies an output record: its input path (normalised) and the record's offset or line."""
    return (path if path == "-" else os.path.normpath(path), position)


def _key_of_line(line: bytes, number: int) -> tuple[Key, bool]:
    """The line's key, and whether it is an error record."""
    try:
        record: Any = json.loads(line)
        info = record["input"]
        path = info["path"]
    except (ValueError, KeyError, TypeError) as exc:
        raise ResumeError(f"line {number:,} of the output is not a newsgrab record with an input path") from exc
    position = info.get("offset", info.get("line"))
    return key(str(path), position if isinstance(position, int) else None), "error" in record


def _complete_length(handle: IO[bytes], size: int) -> int:
    """The length of the output up to and including its last newline (what follows is a torn line)."""
    position = size
    while position > 0:
        step = min(position, 1 << 16)
        handle.seek(position - step)
        block = handle.read(step)
        newline = block.rfind(b"\n")
        if newline >= 0:
            return position - step + newline + 1
        position -= step
    return 0


class Done:
    """The records a previous run finished, in order, matched one by one against the planned ones."""

    def __init__(self, lines: Iterator[bytes] | None = None) -> None:
        self._lines = lines
        self._number = 0
        self._next: Key | None = None
        self._next_failed = False
        #: finished records matched so far, and how many of them are error records
        self.skipped = self.failed = 0
        self._advance()

    def _advance(self) -> None:
        self._next = None
        if self._lines is None:
            return
        for line in self._lines:
            self._number += 1
            self._next, self._next_failed = _key_of_line(line, self._number)
            return
        self._lines = None

    def take(self, path: str, position: int | None) -> bool:
        """True (skip it) when the next finished record is this one; a different one is an error."""
        if self._next is None:
            return False
        wanted = key(path, position)
        if wanted != self._next:
            where = f"{self._next[0]}" + (f" at {self._next[1]}" if self._next[1] is not None else "")
            raise ResumeError(f"the output's line {self._number:,} is for {where}, but this run's next input is "
                              f"{wanted[0]}" + (f" at {wanted[1]}" if wanted[1] is not None else "")
                              + ": was it written with other inputs or options?")
        self.skipped += 1
        self.failed += self._next_failed
        self._advance()
        return True

    @property
    def pending(self) -> bool:
        """True while finished records are left unmatched (at the end: the inputs changed)."""
        return self._next is not None


def _lines_of(path_or_fd: Path | int, length: int) -> Iterator[bytes]:
    with open(path_or_fd, "rb", closefd=not isinstance(path_or_fd, int)) as handle:
        remaining = length
        while remaining > 0:
            line = handle.readline(remaining)
            remaining -= len(line)
            yield line


def resume_file(path: Path) -> Done:
    """Cut a torn last line off the JSON Lines file at `path` and match what it holds (a missing file: nothing)."""
    if not path.exists():
        return Done()
    with path.open("r+b") as handle:
        length = _complete_length(handle, os.fstat(handle.fileno()).st_size)
        handle.truncate(length)
    return Done(_lines_of(path, length))


def resume_stdout(fd: int) -> Done:
    """The same for stdout, when it is a regular file opened for appending (`>> out.jsonl`)."""
    try:
        info = os.fstat(fd)
        appending = bool(_fd_flags(fd) & os.O_APPEND)
    except OSError as exc:
        raise ResumeError(f"cannot inspect stdout: {exc}") from exc
    if not stat.S_ISREG(info.st_mode) or not appending:
        raise ResumeError("--resume needs -o DIR, -o FILE.jsonl, or stdout appended to a file (>> FILE.jsonl)")
    readable = f"/proc/self/fd/{fd}"
    if not os.path.exists(readable):
        raise ResumeError("resuming stdout needs /proc on this system; use -o FILE.jsonl instead")
    with open(readable, "rb") as handle:
        length = _complete_length(handle, info.st_size)
    os.ftruncate(fd, length)
    return Done(_lines_of(Path(readable), length))


def _fd_flags(fd: int) -> int:
    import fcntl

    return fcntl.fcntl(fd, fcntl.F_GETFL)


def remove_temp_files(out_dir: Path, prefix: str) -> int:
    """Delete the temporary files a killed run left in `out_dir` and its record folders; how many."""
    removed = 0
    for temp in [*out_dir.glob(f"{prefix}*.tmp"), *out_dir.glob(f"*/{prefix}*.tmp")]:
        try:
            temp.unlink()
            removed += 1
        except OSError:
            pass
    return removed
