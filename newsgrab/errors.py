"""Typed errors with a stable `code`, so callers (and the CLI's error records) can tell failures apart.

The library raises these and never returns None for a failure: a caller always learns why.
"""

from __future__ import annotations


class NewsgrabError(Exception):
    """Base class. `code` is a stable, machine-readable string; `message` is for humans."""

    code = "error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class EmptyInput(NewsgrabError):
    """The input has no bytes, or only whitespace."""

    code = "empty"


class BinaryInput(NewsgrabError):
    """The input is an image, archive or other non-text file."""

    code = "binary"


class TooLarge(NewsgrabError):
    """The input (or its unpacked gzip content) is over the size limit."""

    code = "too-large"


class Undecodable(NewsgrabError):
    """The bytes cannot be read as text in any encoding we trust."""

    code = "undecodable"


class Unparseable(NewsgrabError):
    """The markup cannot be turned into a tree, even after repair."""

    code = "unparseable"


class NotFound(NewsgrabError):
    """A path given by the user does not exist or matched nothing."""

    code = "not-found"


class Unreadable(NewsgrabError):
    """The operating system refused to read the input (permissions, a device, ...)."""

    code = "unreadable"


class Unwritable(NewsgrabError):
    """An output file (`-o DIR`) could not be written: disk full, permissions, a directory in the way."""

    code = "unwritable"


class SpecialFile(NewsgrabError):
    """A named pipe, socket or device met while expanding a directory or a glob: skipped, because
    reading one can block or never end (a path named on its own is read, within the same bounds)."""

    code = "special-file"


class TimedOut(NewsgrabError):
    """Converting the input took longer than the deadline (the CLI's `--timeout`)."""

    code = "timeout"


class OutOfMemory(NewsgrabError):
    """Converting the input needed more memory than allowed (the CLI's `--max-memory`)."""

    code = "memory"


class WorkerCrashed(NewsgrabError):
    """The worker process converting the input died: killed from outside, or a crash in native code."""

    code = "crashed"


class InternalError(NewsgrabError):
    """A bug in newsgrab: an unexpected exception while converting one input (the CLI's last resort)."""

    code = "internal"


class RuleError(NewsgrabError):
    """A rule file is malformed: bad TOML, a missing key, a pattern that does not compile."""

    code = "bad-rules"


class BadRecord(NewsgrabError):
    """A record inside a WARC, ARC or JSON Lines file is broken: a bad JSON line, no text field, a
    truncated or corrupt record. The file's other records go on."""

    code = "bad-record"


class BadOption(NewsgrabError, ValueError):
    """A call to the library with an argument it does not take (an unknown `kind`): the caller's
    mistake, not the input's. Also a `ValueError`, as such a mistake is in plain Python."""

    code = "bad-option"


def error_codes() -> tuple[str, ...]:
    """Every stable error code, in definition order (the schema's enum and README list these)."""
    codes: list[str] = []
    pending: list[type[NewsgrabError]] = [NewsgrabError]
    while pending:
        cls = pending.pop(0)
        if cls.code not in codes:
            codes.append(cls.code)
        pending.extend(cls.__subclasses__())
    return tuple(codes)
