"""Turn the command line's INPUT arguments into an ordered list of sources. Pure: no click, no output.

Order is the order the user gave; a directory's (or glob's) files come sorted by path; a file named
twice is read once. An argument that yields nothing (a missing path, an empty directory, a glob that
matches nothing) becomes a `Problem` in the same position, so the CLI can report it in order and
still convert the rest. So does an entry met while expanding a directory or a glob that cannot be
read as a file: a symbolic link loop or a broken link, a subdirectory the system refuses to list, and
a named pipe, socket or device (skipped: reading one can block or never end). A path named on its
own is taken whatever it is; a pipe or device is then read within the same size bound (and deadline)
as a file.

Names are kept as Python gives them (undecodable bytes as surrogate escapes, PEP 383) in `path`, so
the file still opens; `origin`, what records and messages show, is the printable form.
"""

from __future__ import annotations

import errno
import glob
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from newsgrab.api import printable_path
from newsgrab.cli.output import resolved
from newsgrab.errors import NewsgrabError, NotFound, SpecialFile, Unreadable

#: the origin name of standard input, as the user types it and as `input.path` records it
STDIN = "-"
#: file name endings taken from a directory (a file named explicitly is read whatever its name); the
#: last four are containers of many pages (web archives, JSON Lines dumps: newsgrab.records)
INPUT_SUFFIXES: tuple[str, ...] = (".html", ".htm", ".xhtml", ".shtml", ".txt", ".text", ".md", ".markdown",
                                   ".warc", ".arc", ".jsonl", ".ndjson")
#: a compressed copy of any of the above is taken too (read/decode.py unpacks it)
COMPRESSED_SUFFIX = ".gz"
_GLOB_CHARS = frozenset("*?[")


@dataclass(frozen=True, slots=True)
class Source:
    """One input to convert: a file (`path`), or standard input (`path` None).

    `special`: a named pipe, socket or device named explicitly. It has no size to trust and reading
    it can block, so it is opened without blocking and read under the deadline (runner.py)."""

    origin: str
    path: Path | None
    special: bool = False

    @property
    def is_stdin(self) -> bool:
        return self.path is None


@dataclass(frozen=True, slots=True)
class Problem:
    """An argument (or an entry met while expanding one) that yields no input, with its error."""

    origin: str
    error: NewsgrabError


def is_input_name(name: str) -> bool:
    """True for file names a directory scan takes (case-insensitive, `.gz` allowed on top)."""
    lowered = name.lower()
    if lowered.endswith(COMPRESSED_SUFFIX):
        lowered = lowered[: -len(COMPRESSED_SUFFIX)]
    return not name.startswith(".") and lowered.endswith(INPUT_SUFFIXES)


def _os_reason(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "a symbolic link loop (too many levels of symbolic links)"
    return exc.strerror or str(exc)


def _special_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def _found_entry(path: Path) -> Source | Problem:
    """A file met while expanding a directory or a glob: a Source if it is a regular file (after
    following links), else the Problem that says why it is not read."""
    origin = printable_path(path)
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return Problem(origin, NotFound("a broken symbolic link (its target does not exist)"))
    except OSError as exc:
        return Problem(origin, Unreadable(f"cannot open: {_os_reason(exc)}"))
    if stat.S_ISREG(mode):
        return Source(origin, path)
    return Problem(origin, SpecialFile(f"{_special_kind(mode)}, skipped while expanding a directory or glob "
                                       "(name it on its own to read it)"))


def _scan_dir(folder: Path, recursive: bool, origin: str) -> list[Source | Problem]:
    """Input files in `folder` (and below with `recursive`), sorted by path; hidden entries skipped.

    Links to directories are not followed (as `os.walk` does not), so a link loop cannot recurse.
    A directory that cannot be listed is a Problem in its place (`origin` names `folder` itself)."""
    found: list[tuple[Path, Source | Problem]] = []
    pending = [folder]
    while pending:
        directory = pending.pop()
        try:
            with os.scandir(directory) as listing:
                entries = list(listing)
        except OSError as exc:
            name = origin if directory is folder else printable_path(directory)
            found.append((directory, Problem(name, Unreadable(f"cannot list directory: {_os_reason(exc)}"))))
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                if recursive and not entry.is_symlink():
                    pending.append(Path(entry.path))
            elif is_input_name(entry.name):
                path = Path(entry.path)
                found.append((path, _found_entry(path)))
    found.sort(key=lambda pair: pair[0])
    return [item for _, item in found]


def _has_nested_inputs(folder: Path) -> bool:
    return any(isinstance(item, Source) for item in _scan_dir(folder, True, ""))


def _expand_dir(arg: str, folder: Path, recursive: bool) -> list[Source | Problem] | Problem:
    origin = printable_path(arg)
    items = _scan_dir(folder, recursive, origin)
    if items:
        return items
    hint = " (its subdirectories have some: add -r)" if not recursive and _has_nested_inputs(folder) else ""
    wanted = ", ".join(INPUT_SUFFIXES)
    return Problem(origin, NotFound(f"no input files in directory{hint}; looked for {wanted}"))


def _expand_glob(arg: str, recursive: bool) -> list[Source | Problem] | Problem:
    matches = sorted(glob.glob(arg, recursive=True))
    if not matches:
        return Problem(printable_path(arg), NotFound("the pattern matched no files"))
    items: list[Source | Problem] = []
    for match in matches:
        match_path = Path(match)
        if match_path.is_dir():
            expanded = _expand_dir(match, match_path, recursive)
            items.extend(expanded if isinstance(expanded, list) else [])
        else:
            items.append(_found_entry(match_path))
    return items or Problem(printable_path(arg), NotFound("the pattern matched only directories without input files"))


def _expand(arg: str, recursive: bool) -> list[Source | Problem] | Problem:
    if arg == STDIN:
        return [Source(STDIN, None)]
    path = Path(arg)
    try:
        mode = os.stat(path).st_mode
    except (FileNotFoundError, NotADirectoryError):
        if _GLOB_CHARS & set(arg):
            return _expand_glob(arg, recursive)
        return Problem(printable_path(arg), NotFound("no such file or directory"))
    except OSError as exc:  # a link loop, a parent the system refuses to search, a name too long
        return Problem(printable_path(arg), Unreadable(f"cannot open: {_os_reason(exc)}"))
    if stat.S_ISDIR(mode):
        return _expand_dir(arg, path, recursive)
    return [Source(printable_path(arg), path, special=not stat.S_ISREG(mode))]


def _identity(source: Source) -> str:
    if source.path is None:
        return STDIN
    return str(resolved(source.path))  # (a link loop: the name as given, its error read when it is opened)


def iter_sources(args: Iterable[str], *, recursive: bool = False) -> Iterator[Source | Problem]:
    """Expand INPUT arguments in order; each file once (first mention wins), problems in place."""
    seen: set[str] = set()
    for arg in args:
        expanded = _expand(arg, recursive)
        if isinstance(expanded, Problem):
            yield expanded
            continue
        for item in expanded:
            if isinstance(item, Problem):
                yield item
                continue
            key = _identity(item)
            if key not in seen:
                seen.add(key)
                yield item
