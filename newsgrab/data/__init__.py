"""Packaged data files that are not boilerplate rules, and the one reader every stage uses for them."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from importlib import resources
from typing import Any


def load_toml(name: str) -> dict[str, Any]:
    """The parsed TOML data file `name` of this package. Not cached here: each reader keeps what it
    builds from the file (a pattern, a word set) in its own cache, read once per process."""
    return tomllib.loads(resources.files(__name__).joinpath(name).read_text(encoding="utf-8"))


def phrase_alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of data-file phrases, longest first (so a phrase is not cut short by one it
    begins with), each phrase's words escaped and joined by any run of spaces (a converter may wrap or
    double the spaces inside a phrase). The caller puts it in its own group and anchors."""
    return "|".join(r"\s+".join(map(re.escape, phrase.split())) for phrase in sorted(phrases, key=len, reverse=True))
