"""`-o DIR`: one output file per input, written safely.

Names come from the input's file name (`story.html` -> `story.json`); two inputs with the same
name get `story-2.json` and so on, in input order, so reruns give the same names. A name that
would land on an input file is skipped the same way, so an input is never overwritten. Each file
is written to a temporary file in the same directory and renamed over the target with
`os.replace` (atomic on one file system), so a crash or Ctrl-C never leaves a half-written file.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

#: the stem used for standard input
STDIN_STEM = "stdin"
#: prefix of temporary files; a leftover one (power loss) is easy to recognise and delete
TEMP_PREFIX = ".newsgrab-"
#: permission bits of a new file before the umask, as open() would use
_FILE_MODE = 0o666
_UNSAFE_RE = re.compile(r"[^\w.-]+")
_COMPRESSED = (".gz",)


def _stem(path: Path | None) -> str:
    if path is None:
        return STDIN_STEM
    name = path.name
    for suffix in _COMPRESSED:
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
    stem = Path(name).stem if "." in name.strip(".") else name
    return _UNSAFE_RE.sub("_", stem).strip("._") or "input"


def _umask() -> int:
    """The process umask (read by setting and restoring it: there is no getter)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


def resolved(path: Path) -> Path:
    """`path` made absolute with its links followed, or only absolute where a link loops: the one way
    the CLI tells whether two names are one file (no input is ever overwritten). A loop raises
    RuntimeError before Python 3.13 and OSError (ELOOP) from it: either leaves the name as given, and
    whatever opens it next reports the loop as that input's or that output's own error."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # RuntimeError: a link loop before Python 3.13 (s46-fuzz: a traceback)
        return path.absolute()


def plan_names(inputs: Sequence[Path | None], out_dir: Path, suffix: str) -> list[Path]:
    """One distinct target path per input, in order; never equal to any input path."""
    taken: set[Path] = {resolved(p) for p in inputs if p is not None}
    targets: list[Path] = []
    for path in inputs:
        stem = _stem(path)
        candidate = out_dir / f"{stem}{suffix}"
        number = 1
        while resolved(candidate) in taken:
            number += 1
            candidate = out_dir / f"{stem}-{number}{suffix}"
        taken.add(resolved(candidate))
        targets.append(candidate)
    return targets


def write_atomic(target: Path, text: str) -> None:
    """Write `text` (UTF-8) to `target` through a temporary file and a rename; no partial file remains.

    The bytes are those stdout would get (`streams.utf8`): a character no UTF-8 writer takes (a
    file name's surrogate escape) is written as stdout writes it, not raised in the middle of a batch.
    A link is followed (the file it names is replaced, the link kept); a target that is no regular file
    (a named pipe, a device such as /dev/stdout) is opened and written, as a shell's `>` would."""
    from newsgrab.cli.streams import utf8

    if target.is_symlink():  # the file the link names is replaced, and the link stays (a dotfile farm's)
        target = resolved(target)
    with contextlib.suppress(OSError):
        if not stat.S_ISREG(target.stat().st_mode) and not target.is_dir():
            # a named pipe, a terminal, /dev/stdout: written as a shell's redirection writes it, never
            # renamed over (a temporary file in /dev renamed onto /dev/stdout replaced the system's link)
            with target.open("wb") as handle:
                handle.write(utf8(text))
            return
    fd, temp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(utf8(text))
        os.chmod(temp_name, _FILE_MODE & ~_umask())  # mkstemp makes 0600; a normal file follows the umask
        os.replace(temp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise


def prepare_dir(out_dir: Path) -> None:
    """Create the output directory (and parents); raise OSError/NotADirectoryError with a clear reason."""
    if out_dir.exists() and not out_dir.is_dir():
        raise NotADirectoryError(f"{out_dir} exists and is not a directory")
    out_dir.mkdir(parents=True, exist_ok=True)


def leftover_temp_files(out_dir: Path) -> Iterable[Path]:
    """Temporary files a killed run left behind (for tests and for users cleaning up)."""
    return sorted(out_dir.glob(f"{TEMP_PREFIX}*.tmp"))
