"""The process's three streams, captured once at start-up; nothing else in the CLI touches sys.std*.

stdout gets UTF-8 bytes whatever the locale, flushed per record, so its bytes are the same on a
terminal and in a pipe (`-o FILE.jsonl` puts that file in stdout's place). A stream that is closed
when newsgrab starts (`>&-`, `<&-`, `2>&-`) is opened on /dev/null first, so no file the run opens
later can land on descriptor 0, 1 or 2; a closed stdout then refuses every write. When the output
cannot be written (closed, a full disk, a broken pipe) the writer raises `OutputClosed` or
`OutputFailed` and the command ends with one stderr line; when stderr cannot be written,
diagnostics are dropped and the run goes on.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import stat
import sys
from dataclasses import dataclass
from typing import IO

#: what stdout is attached to, as far as the progress bar is concerned
STDOUT_TERMINAL = "terminal"
STDOUT_PIPE = "pipe"
STDOUT_FILE = "file"


class OutputClosed(Exception):
    """The reader of stdout went away (`| head -1`): stop quietly."""


class OutputFailed(Exception):
    """stdout cannot be written (closed, disk full, an I/O error): the reason, for one stderr line."""


class _Refusing(io.RawIOBase):
    """The stdout of a process started with it closed: every write fails with a clear reason."""

    def writable(self) -> bool:
        return True

    def write(self, data: object) -> int:
        raise OSError(errno.EBADF, "it was closed when newsgrab started")


def _plug_closed_descriptors() -> set[int]:
    """Open /dev/null on each of descriptors 0-2 that is closed; the set of those that were."""
    closed: set[int] = set()
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            closed.add(fd)
    for fd in sorted(closed):
        null = os.open(os.devnull, os.O_RDWR)
        if null != fd:
            os.dup2(null, fd)
            os.close(null)
    return closed


def _stdout_kind(closed: bool) -> str:
    if closed:
        return STDOUT_PIPE  # nothing will show: no reason to draw a bar for it either
    try:
        mode = os.fstat(sys.stdout.fileno()).st_mode
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        return STDOUT_PIPE
    if stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode):
        return STDOUT_PIPE
    return STDOUT_TERMINAL if sys.stdout.isatty() else STDOUT_FILE


@dataclass(frozen=True, slots=True)
class Streams:
    """The process's streams, captured once: writers never reach for sys.stdout themselves."""

    out: IO[bytes]
    err: IO[bytes]
    stdin: IO[bytes]
    stdin_isatty: bool
    stderr_isatty: bool
    stdout_kind: str = STDOUT_PIPE
    #: what `out` is, for the line that says it cannot be written (`-o FILE.jsonl` replaces stdout)
    out_name: str = "stdout"

    @classmethod
    def capture(cls) -> Streams:
        closed = _plug_closed_descriptors()
        for text_stream in (sys.stdout, sys.stderr):
            if text_stream is not None:
                with contextlib.suppress(OSError, ValueError):
                    text_stream.flush()
        # a closed stdin (`newsgrab <&-`, some cron set-ups) is treated like a terminal, so it is
        # never read implicitly, and an explicit `-` reads nothing
        stdin_closed = sys.stdin is None or 0 in closed
        out_closed = sys.stdout is None or 1 in closed
        err_closed = sys.stderr is None or 2 in closed
        return cls(
            out=io.BufferedWriter(_Refusing()) if out_closed else sys.stdout.buffer,
            err=io.BytesIO() if err_closed else sys.stderr.buffer,
            stdin=io.BytesIO() if stdin_closed else sys.stdin.buffer,
            stdin_isatty=stdin_closed or sys.stdin.isatty(),
            stderr_isatty=not err_closed and sys.stderr.isatty(),
            stdout_kind=_stdout_kind(out_closed),
        )

    def write_out(self, text: str) -> None:
        """Data: UTF-8 bytes, flushed per record so a pipe reader sees each one at once."""
        try:
            self.out.write(utf8(text))
            self.out.flush()
        except BrokenPipeError as exc:
            raise OutputClosed from exc
        except (OSError, ValueError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise OutputFailed(f"cannot write to {self.out_name}: {reason}") from exc

    def write_err(self, line: str) -> None:
        """A diagnostic line; dropped if stderr itself cannot be written (there is nowhere to say so)."""
        with contextlib.suppress(OSError, ValueError):
            self.err.write(utf8(line + "\n"))
            self.err.flush()


def utf8(text: str) -> bytes:
    """UTF-8 bytes whatever the text holds: a surrogate escape (an undecodable byte of a file name)
    is written as the byte it stands for when that makes valid UTF-8, and as `\\xNN` otherwise."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        from newsgrab.api import printable_path

        return printable_path(text).encode("utf-8")


def silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush of what could not be written stays
    quiet (after a broken pipe or a failed write)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
