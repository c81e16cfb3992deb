"""`Memo`: the one bounded cache of the hot paths (class-string verdicts, weights, rule indexes).

A page repeats its class strings and a site repeats its theme, so the per-element questions of the
page scan, pruning, scoring and media filters are asked again and again with the same key. A dict
hit is far cheaper than the regex or token search behind it, and cheaper than `functools.lru_cache`
(which pays for a call and its recency list on every hit). A `Memo` computes a missing value once
and, when it reaches `limit` entries, empties itself and starts again: memory stays bounded over a
crawl-sized batch, and an emptied memo only costs the searches again.

The key must hold everything the value depends on. A verdict that depends on a compiled selector
set lives in a memo owned by that set (see `html.structural.Selectors`), never in a module-level
memo shared by other sets.

Threads: newsgrab runs one extraction at a time per process (the CLI uses processes, not threads;
each thread that calls the library gets its own lxml parsers, html/parse.py). A memo used
from two threads at once gives the right values, since a race only recomputes an entry, but the
library as a whole makes no thread-safety promise.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Memo(dict[K, V], Generic[K, V]):
    """`memo[key]` is `compute(key)`, computed once; the memo empties itself at `limit` entries."""

    __slots__ = ("_compute", "limit")

    def __init__(self, compute: Callable[[K], V], limit: int) -> None:
        super().__init__()
        if limit < 1:  # not an assert: must hold under python -O
            raise ValueError("a memo needs room for at least one entry")
        self._compute = compute
        self.limit = limit

    def remember(self, key: K, value: V) -> None:
        """Keep `value`, computed by the caller, for `key`, within `limit` as a computed one is: for a
        caller that keeps only the answers that hold on every page (text/header.py)."""
        if len(self) >= self.limit:
            self.clear()
        self[key] = value

    def __missing__(self, key: K) -> V:
        if len(self) >= self.limit:
            self.clear()
        value = self[key] = self._compute(key)
        return value
