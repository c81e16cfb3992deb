"""The JSON Schema (draft 2020-12) of newsgrab's output records, shipped as package data.

The file is the single description of schema v1: `--print-schema` prints it, the tests validate
every output against it, and `--fields` takes its field names from it.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

SCHEMA_FILE = "article.schema.json"


def schema_text() -> str:
    """The schema exactly as shipped (what `newsgrab --print-schema` prints)."""
    return resources.files(__name__).joinpath(SCHEMA_FILE).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def load_schema() -> dict[str, Any]:
    """The schema as a dict (parsed once per process)."""
    loaded: dict[str, Any] = json.loads(schema_text())
    return loaded


def article_fields() -> tuple[str, ...]:
    """Top-level Article field names in output order (the names `--fields` accepts): every key an
    article always has, then the optional ones (`record`)."""
    return tuple(load_schema()["$defs"]["article"]["properties"])
