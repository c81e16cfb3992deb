"""Packaged data files that are not boilerplate rules, and the one reader every stage uses for them."""

from __future__ import annotations

import tomllib
from importlib import resources
from typing import Any


def load_toml(name: str) -> dict[str, Any]:
    """The parsed TOML data file `name` of this package. Not cached here: each reader keeps what it
    builds from the file (a pattern, a word set) in its own cache, read once per process."""
    return tomllib.loads(resources.files(__name__).joinpath(name).read_text(encoding="utf-8"))
