"""py3langid's model, mapped from a copy of its arrays in the user's cache instead of unpacked each time.

Why: py3langid ships its model LZMA-compressed and unpacks all of it (about 68 MB) in every process
that asks it anything, about 0.6 s of CPU: more than a whole batch of text dumps costs when only a
few of them need the detector, and the whole cost of a one-file CLI run that does. The same arrays,
saved once uncompressed as .npy files, are memory-mapped in about 15 ms and only the rows a text
touches are read.

The copy is the identical model (the arrays py3langid's own identifier holds, same dtypes), so the
language and score are the same; it lives in the user's cache ($NEWSGRAB_CACHE_DIR, else
$XDG_CACHE_HOME/newsgrab, else ~/.cache/newsgrab; NEWSGRAB_CACHE_DIR set empty turns it off), never
in the package (py3langid is BSD-3-Clause; nothing of it is redistributed). It is named after
the size and time of py3langid's model file and code, so an upgrade writes a new one. Anything
unexpected (no home, a read-only disk, a py3langid that keeps its arrays otherwise, a damaged copy)
falls back to py3langid's own loading: detection never depends on the cache.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

#: environment variable naming the cache folder; set empty, no copy is read or written
CACHE_ENV = "NEWSGRAB_CACHE_DIR"
#: the arrays of the model, as saved: naive Bayes weights (features x languages) and priors, the
#: language labels, and the byte automaton that finds the features (rows, row of each state, output)
_ARRAYS = ("ptc", "pc", "classes", "nextmove", "row", "output")
#: the automaton's table as array typecodes, by its numpy dtype's item size
_TYPECODES = {2: "H", 4: "I"}
#: errors that mean "this copy (or this py3langid) is not what we expect": fall back, never fail
_EXPECTED_ERRORS = (OSError, ValueError, KeyError, TypeError, AttributeError, IndexError)

Classify = Callable[[str], tuple[str, float]]


def cache_root() -> Path | None:
    """The folder holding newsgrab's cached files, or None when caching is turned off."""
    chosen = os.environ.get(CACHE_ENV)
    if chosen is not None:
        return Path(chosen) if chosen.strip() else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "newsgrab"


def _folder(langid: Any) -> Path | None:
    """This py3langid's model copy's folder (named so that another version or model gets its own)."""
    root = cache_root()
    if root is None:
        return None
    # (the files' sizes and times, not the package version: importlib.metadata costs more than the copy)
    model, code = (Path(langid.MODEL_DIR) / langid.MODEL_FILE).stat(), Path(langid.__file__).stat()
    return root / f"py3langid-{model.st_size}-{model.st_mtime_ns}-{code.st_size}-{code.st_mtime_ns}"


def _read(folder: Path, langid: Any) -> Any:
    """An identifier over the mapped arrays of `folder` (ValueError when they do not fit together)."""
    import numpy as np

    arrays = {name: np.load(folder / f"{name}.npy", mmap_mode="r", allow_pickle=False) for name in _ARRAYS}
    ptc, pc, classes = arrays["ptc"], arrays["pc"], arrays["classes"]
    nextmove, row, output = arrays["nextmove"], arrays["row"], arrays["output"]
    if (ptc.ndim != 2 or not ptc.shape[1] == len(pc) == len(classes) or len(row) != len(output)
            or nextmove.size % 256 or int(row.max()) >= nextmove.size // 256 or int(output.max()) >= len(ptc)):
        raise ValueError(f"model copy in {folder} does not fit together")
    # (the automaton is walked one byte at a time: a memoryview indexes as fast as py3langid's array
    # and copies nothing; the weights stay mapped, a text reads only its features' rows)
    if nextmove.dtype.itemsize not in _TYPECODES:
        raise ValueError(f"automaton of {nextmove.dtype} in {folder}")
    table = memoryview(nextmove).cast("B").cast("H" if nextmove.dtype.itemsize == 2 else "I")
    return langid.LanguageIdentifier(np.asarray(ptc), np.array(pc), classes.tolist(), table, output.tolist(),
                                     tk_row=row.tolist())


def _write(folder: Path, identifier: Any) -> None:
    """Save `identifier`'s arrays into `folder`, whole or not at all (a folder renamed into place)."""
    import numpy as np

    typecode = identifier.tk_nextmove.typecode
    dtype = {"H": np.uint16, "I": np.uint32, "L": np.uint64}[typecode]
    if np.dtype(dtype).itemsize not in _TYPECODES:
        raise ValueError(f"automaton of typecode {typecode!r}")
    arrays = {
        "ptc": np.asarray(identifier.nb_ptc),
        "pc": np.asarray(identifier.nb_pc),
        "classes": np.array(identifier.nb_classes),
        "nextmove": np.frombuffer(identifier.tk_nextmove, dtype=dtype),
        "row": np.asarray(identifier.tk_row, dtype=np.uint32),
        "output": np.asarray(identifier.tk_output, dtype=np.int32),
    }
    folder.parent.mkdir(parents=True, exist_ok=True)
    partial = folder.with_name(f".{folder.name}.{os.getpid()}.partial")
    try:
        partial.mkdir()
        for name, array in arrays.items():
            np.save(partial / f"{name}.npy", array, allow_pickle=False)
        os.replace(partial, folder)  # (fails when another process put its copy there first: fine)
    finally:
        shutil.rmtree(partial, ignore_errors=True)


@cache
def classifier() -> Classify:
    """py3langid's classify, over the cached copy of its model when there is (or can be) one."""
    import py3langid  # type: ignore[import-untyped]  # (numpy with it: the detector's own cost)
    from py3langid import langid

    try:
        folder = _folder(langid)
    except _EXPECTED_ERRORS:
        folder = None
    if folder is not None and folder.is_dir():
        try:
            return _read(folder, langid).classify  # type: ignore[no-any-return]
        except _EXPECTED_ERRORS:
            shutil.rmtree(folder, ignore_errors=True)  # damaged: written again below
    try:
        identifier = langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE)
    except _EXPECTED_ERRORS:
        return py3langid.classify  # type: ignore[no-any-return]
    if folder is not None:
        with contextlib.suppress(*_EXPECTED_ERRORS):
            _write(folder, identifier)
    return identifier.classify  # type: ignore[no-any-return]
