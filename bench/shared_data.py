"""Where the shared benchmark data lives: the one place tests and bench scripts look for ../shared.

The checkout sits beside `shared/` (CI clones main next to it, read-only). `NEWSGRAB_SHARED` points
elsewhere when a machine keeps the data in another place. Nothing in the `newsgrab` package uses
this: the library never reads benchmark data.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from typing import Any

#: the project checkout (this file is bench/shared_data.py)
ROOT = Path(__file__).resolve().parents[1]
#: the shared data folder: $NEWSGRAB_SHARED, else ../shared beside the checkout
SHARED = Path(os.environ.get("NEWSGRAB_SHARED") or ROOT.parent / "shared").resolve()
#: the standard body metric, imported from its path by the benchmarks (never copied)
EVALBENCH = SHARED / "tools" / "evalbench.py"


def load_evalbench() -> Any:
    """The shared metric module (`../shared/tools/evalbench.py`), imported from its path."""
    spec = importlib.util.spec_from_file_location("evalbench", EVALBENCH)
    if spec is None or spec.loader is None or not EVALBENCH.exists():
        raise SystemExit(f"cannot import {EVALBENCH}: the benchmarks live in ../shared")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
