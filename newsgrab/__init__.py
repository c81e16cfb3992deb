"""newsgrab: scraped news pages (HTML or text) to clean article JSON, with an audit of what was removed.

The library API never prints and never exits; the `newsgrab` command is a thin layer over it.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import logging

from newsgrab.api import extract, extract_file
from newsgrab.errors import NewsgrabError
from newsgrab.model import Article, Block, Link, Media, Removal
from newsgrab.options import Options

__version__ = "0.1.0"
__all__ = ["Article", "Block", "Link", "Media", "NewsgrabError", "Options", "Removal", "__version__", "compiled",
           "extract", "extract_file"]


def compiled() -> bool:
    """Whether the extraction stages run compiled: a regular install (`pip install .`, a wheel)
    compiles them with mypyc where a C compiler is found (setup.py); an editable install, or a
    build without a compiler, runs them as Python. The output is the same either way."""
    spec = importlib.util.find_spec("newsgrab.whitespace")  # compiled with the stages; imports nothing
    origin = spec.origin if spec is not None else None
    return origin is not None and origin.endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES))

logging.getLogger(__name__).addHandler(logging.NullHandler())
