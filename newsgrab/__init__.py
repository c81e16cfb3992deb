"""newsgrab: scraped news pages (HTML or text) to clean article JSON, with an audit of what was removed.

The library API never prints and never exits; the `newsgrab` command is a thin layer over it.
"""

from __future__ import annotations

import logging

from newsgrab.api import extract, extract_file
from newsgrab.errors import NewsgrabError
from newsgrab.model import Article, Block, Link, Media, Removal
from newsgrab.options import Options

__version__ = "0.1.0"
__all__ = ["Article", "Block", "Link", "Media", "NewsgrabError", "Options", "Removal", "__version__", "extract",
           "extract_file"]

logging.getLogger(__name__).addHandler(logging.NullHandler())
