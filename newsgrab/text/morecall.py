"""A teaser cut short with its link's call after the ellipsis ("... prevention… more"): no headline.

A list of teasers prints each story's opening cut at an ellipsis, and a link to read on after it; a
converter that keeps the link's label prints it on the teaser's line ("… more", "... Read More").
titleshape.title_like turns down a line that ends with an ellipsis (a teaser cut short) unless the
page prints it whole elsewhere; a call after the ellipsis hides that ending. The calls are data
(data/more_calls.toml, in a dozen languages); only a call right after the ellipsis that ends the line
counts, so a headline's own "... More or Less" is left alone.
"""

from __future__ import annotations

import re
from functools import cache

from newsgrab.data import load_toml, phrase_alternation


@cache
def _pattern() -> re.Pattern[str]:
    """An ellipsis, then one call of data/more_calls.toml (in brackets or after an arrow or not),
    ending the line; matched from the line's last ellipsis; read once."""
    spaced = phrase_alternation(load_toml("more_calls.toml")["calls"])
    return re.compile(rf"(?:\.\.\.|…)\s*[\[(]?\s*(?:[»›→>]\s*)?(?:{spaced})\s*[»›→>]?\s*[\])]?\s*$", re.IGNORECASE)


def cut_with_more(text: str) -> bool:
    """Whether a line ends with an ellipsis and a call to read on ("... prevention… more"): the
    pattern is tried at the line's last ellipsis only (most lines have none)."""
    at = max(text.rfind("..."), text.rfind("…"))
    return at >= 0 and _pattern().match(text, at) is not None
