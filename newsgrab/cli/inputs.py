"""Turn the command line's INPUT arguments into an ordered list of sources. Pure: no click, no output.

Order is the order the user gave; a directory's (or glob's) files come sorted by path; a file named
twice is read once. An argument that yields nothing (a missing path, an empty directory, a glob that
matches nothing) becomes a `Problem` in the same position, so the CLI can report it in order and
still convert the rest.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from newsgrab.errors import NewsgrabError, NotFound

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
    """One input to convert. `path` is None for standard input."""

    origin: str
    path: Path | None

    @property
    def is_stdin(self) -> bool:
        return self.path is None


@dataclass(frozen=True, slots=True)
class Problem:
    """An argument that yields no input, with the error to report for it."""

    origin: str
    error: NewsgrabError


def is_input_name(name: str) -> bool:
    """True for file names a directory scan takes (case-insensitive, `.gz` allowed on top)."""
    lowered = name.lower()
    if lowered.endswith(COMPRESSED_SUFFIX):
        lowered = lowered[: -len(COMPRESSED_SUFFIX)]
    return not name.startswith(".") and lowered.endswith(INPUT_SUFFIXES)


def _scan_dir(folder: Path, recursive: bool) -> list[Path]:
    """Input files in `folder` (and below with `recursive`), sorted by path; hidden entries skipped."""
    found: list[Path] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".")) if recursive else []
        found.extend(Path(root, name) for name in files if is_input_name(name))
    return sorted(found)


def _has_nested_inputs(folder: Path) -> bool:
    return bool(_scan_dir(folder, recursive=True))


def _expand_dir(arg: str, folder: Path, recursive: bool) -> list[Source] | Problem:
    files = _scan_dir(folder, recursive)
    if files:
        return [Source(str(p), p) for p in files]
    hint = " (its subdirectories have some: add -r)" if not recursive and _has_nested_inputs(folder) else ""
    wanted = ", ".join(INPUT_SUFFIXES)
    return Problem(arg, NotFound(f"no input files in directory{hint}; looked for {wanted}"))


def _expand(arg: str, recursive: bool) -> list[Source] | Problem:
    if arg == STDIN:
        return [Source(STDIN, None)]
    path = Path(arg)
    if path.is_dir():
        return _expand_dir(arg, path, recursive)
    if path.exists() or not (_GLOB_CHARS & set(arg)):
        # a file (or something the reader will refuse with a clear error), or a plain missing path
        return [Source(arg, path)] if path.exists() else Problem(arg, NotFound("no such file or directory"))
    matches = sorted(glob.glob(arg, recursive=True))
    if not matches:
        return Problem(arg, NotFound("the pattern matched no files"))
    sources: list[Source] = []
    for match in matches:
        match_path = Path(match)
        if match_path.is_dir():
            expanded = _expand_dir(match, match_path, recursive)
            sources.extend(expanded if isinstance(expanded, list) else [])
        else:
            sources.append(Source(match, match_path))
    return sources or Problem(arg, NotFound("the pattern matched only directories without input files"))


def _identity(source: Source) -> str:
    if source.path is None:
        return STDIN
    try:
        return str(source.path.resolve())
    except OSError:
        return str(source.path.absolute())


def iter_sources(args: Iterable[str], *, recursive: bool = False) -> Iterator[Source | Problem]:
    """Expand INPUT arguments in order; each file once (first mention wins), problems in place."""
    seen: set[str] = set()
    for arg in args:
        expanded = _expand(arg, recursive)
        if isinstance(expanded, Problem):
            yield expanded
            continue
        for source in expanded:
            key = _identity(source)
            if key not in seen:
                seen.add(key)
                yield source
