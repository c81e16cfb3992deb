"""Packaged data files that are not boilerplate rules, the one reader every stage uses for them, and
the regex builders the stages share for the word lists they read."""

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


#: a trie of regex steps, for `trie_pattern`: one character to match, or (longer) an assertion's
#: regex; the key "" marks the end of an entry
Trie = dict[str, "Trie"]


def trie_pattern(node: Trie) -> str:
    """The regex of a trie of literals (a search asking only whether one of them is there).

    Python's re tries the branches of an alternation one by one at every position; a branch that
    starts with a literal character is skipped at once when that character is not there, so a trie
    (the literals share their prefixes) mostly costs one character test a position where a flat
    alternation tried every literal. A literal that ends at a node ends its branch: matching
    "related" makes "related-posts" redundant. Character steps come before assertions, since a
    character branch is skipped at once when it does not fit."""
    if "" in node:
        return ""
    branches = []
    for step, child in sorted(node.items(), key=lambda item: (len(item[0]) > 1, item[0])):
        steps = [step]
        while len(child) == 1 and "" not in child:  # a run without a fork: written out, no recursion
            [(step, child)] = child.items()
            steps.append(step)
        branches.append("".join(re.escape(step) if len(step) == 1 else step for step in steps) + trie_pattern(child))
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
