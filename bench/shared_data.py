"""Where the shared benchmark data lives: the one place tests and bench scripts look for ../shared.

The checkout sits beside `shared/` (CI clones main next to it, read-only). `NEWSGRAB_SHARED` points
elsewhere when a machine keeps the data in another place. Nothing in the `newsgrab` package uses
this: the library never reads benchmark data.
"""

from __future__ import annotations

import os
from pathlib import Path

#: the project checkout (this file is bench/shared_data.py)
ROOT = Path(__file__).resolve().parents[1]
#: the shared data folder: $NEWSGRAB_SHARED, else ../shared beside the checkout
SHARED = Path(os.environ.get("NEWSGRAB_SHARED") or ROOT.parent / "shared").resolve()
#: the standard body metric, imported from its path by the benchmarks (never copied)
EVALBENCH = SHARED / "tools" / "evalbench.py"
