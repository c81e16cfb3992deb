"""The settings of one run, built in one place from the command-line flags (`RunSettings.from_flags`).

Below the click layer, the batch takes this one frozen object; its `conversion` (how each input is
converted) and `limits` (what bounds one input) go on to the runner and the workers unchanged, and
its `records` (container inputs, resuming, Dask) to the planning of the batch (plan.py). The flag
values that need parsing (sizes, seconds, carried fields) are parsed here too, with the bounds
README gives.
"""

from __future__ import annotations

import math
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newsgrab.cli.runner import Conversion, Limits
from newsgrab.options import Options
from newsgrab.records import FORMATS

_SIZE_UNITS = {"": 1, "b": 1, "k": 1024, "kb": 1024, "m": 1024**2, "mb": 1024**2, "g": 1024**3, "gb": 1024**3,
               "t": 1024**4, "tb": 1024**4}
#: bytes; the largest SIZE a flag accepts (1T). An input is held in memory whole, several times over
#: (bytes, text, tree), so a limit above this can never be reached, and it keeps every size a
#: machine-sized integer for the readers it is handed to.
MAX_SIZE = 1024**4
#: seconds; the default --timeout. A news page converts in milliseconds and the slowest sane page
#: in a second or two; a page still running after this is caught in pathological work.
DEFAULT_TIMEOUT_SECONDS = 30.0
#: seconds; the largest --timeout (a week): past it, use 0 for no deadline
MAX_TIMEOUT_SECONDS = 7 * 24 * 3600.0
#: bytes of address space per worker by default (2G): several times what the largest input the
#: default --max-bytes lets in needs, far below what would push a machine into swap
DEFAULT_MAX_MEMORY = 2 * 1024**3
#: the smallest --max-memory (256M): below it a worker cannot load Python, lxml and the rules
MIN_MAX_MEMORY = 256 * 1024**2
#: `--records` choices: auto-detect, one of the container formats for every input, or every input a page
RECORD_MODES = ("auto", *FORMATS, "page")
#: `--carry none`: carry no field of a JSON Lines record
CARRY_NONE = "none"


def parse_size(text: str) -> int:
    """A byte count such as 5000000, 500k, 50M, 1G or 1T (binary units); ValueError if it is not one,
    or is negative, or over `MAX_SIZE`."""
    lowered = text.strip().lower()
    number = lowered.rstrip("kmgtb")
    unit = _SIZE_UNITS.get(lowered[len(number):])
    try:
        value = float(number)
    except ValueError:
        value = math.nan
    if unit is None or not math.isfinite(value):
        raise ValueError(f"{text!r} is not a size like 5000000, 500k, 50M or 1G")
    if value < 0:
        raise ValueError("the size must not be negative")
    if value * unit > MAX_SIZE:
        raise ValueError(f"{text!r} is over the largest size accepted, 1T")
    return int(value * unit)


def parse_seconds(text: str) -> float:
    """Seconds, a finite number from 0 to `MAX_TIMEOUT_SECONDS`; ValueError otherwise."""
    try:
        value = float(text)
    except ValueError:
        raise ValueError(f"{text!r} is not a number of seconds") from None
    if not math.isfinite(value) or value < 0:
        raise ValueError(f"{text!r} is not a number of seconds from 0 up (0: no deadline)")
    if value > MAX_TIMEOUT_SECONDS:
        raise ValueError(f"{text!r} is over the longest deadline accepted, a week; use 0 for none")
    return value


@dataclass(frozen=True, slots=True)
class RecordFlags:
    """The flags of container inputs, resuming and Dask (`--records`, `--field`, `--carry`, `--resume`, `--dask`)."""

    records: str = "auto"
    field: str | None = None
    carry: tuple[str, ...] | None = None
    resume: bool = False
    dask: str | None = None

    @staticmethod
    def carry_from(values: Sequence[str]) -> tuple[str, ...] | None:
        """`--carry a,b --carry c` as ("a", "b", "c"); none given: None (carry all); `none`: ()."""
        names = [name.strip() for value in values for name in value.split(",") if name.strip()]
        if not values:
            return None
        return () if names == [CARRY_NONE] else tuple(dict.fromkeys(names))


#: the defaults: every input auto-detected, nothing resumed, no cluster
NO_RECORD_FLAGS = RecordFlags()


@dataclass(frozen=True, slots=True)
class RunSettings:
    """Everything one invocation was asked to do, validated."""

    inputs: tuple[str, ...]
    conversion: Conversion = field(default_factory=Conversion)
    limits: Limits = field(default_factory=Limits)
    recursive: bool = False
    output_dir: Path | None = None
    #: base URL of the single input
    url: str | None = None
    jobs: int = 1
    quiet: bool = False
    fail_fast: bool = False
    records: RecordFlags = NO_RECORD_FLAGS

    @classmethod
    def from_flags(
        cls,
        *,
        inputs: tuple[str, ...],
        recursive: bool,
        output_dir: Path | None,
        fmt: str,
        pretty: bool,
        fields: tuple[str, ...] | None,
        url: str | None,
        kind: str,
        keep: tuple[str, ...],
        rule_files: tuple[Path, ...],
        max_bytes: int | None,
        jobs: int,
        timeout: float,
        max_memory: int,
        records_mode: str,
        record_field: str | None,
        carry: tuple[str, ...],
        resume: bool,
        dask_address: str | None,
        explain: bool,
        quiet: bool,
        fail_fast: bool,
        want_traceback: bool,
    ) -> RunSettings:
        """The flags as click parsed them (sizes in bytes; 0 switches a limit off)."""
        options = Options(keep=frozenset(keep), extra_rules=rule_files,
                          **({"max_bytes": max_bytes} if max_bytes is not None else {}))
        conversion = Conversion(options=options, kind=kind, fmt=fmt, pretty=pretty, fields=fields, explain=explain,
                                want_traceback=want_traceback)
        limits = Limits(timeout=timeout or None, max_memory=max_memory or None)
        records = RecordFlags(records_mode, record_field, RecordFlags.carry_from(carry), resume, dask_address)
        return cls(inputs=inputs, conversion=conversion, limits=limits, recursive=recursive, output_dir=output_dir,
                   url=url, jobs=jobs or os.cpu_count() or 1, quiet=quiet, fail_fast=fail_fast, records=records)
