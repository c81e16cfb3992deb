"""The words of the page's own address, where a dump prints it as a line of its own.

A share widget or a "copy link" box prints the page's address, and a news site's address ends in
a slug of its headline ("/sports/article/Nelson-s-OT-goal-lifts-Isles-1484.php"): the headline
ranking (title.py) counts the words a candidate shares with that slug, as the HTML path trusts the
page's own address. Kept apart from title.py, which ranks the lines; this reads one kind of line.
"""

from __future__ import annotations

import re

from newsgrab.model import Block
from newsgrab.text.echo import echo_words

#: a line that is a bare web address (a wrapped one may keep a space where lynx or w3m broke it): a
#: page that prints its own address ("https://site/sports/article/Nelson-s-OT-goal-lifts-Isles-1484.php"),
#: after the alt text of the printer icon it sits under, if any: w3m prints that image's alt text or
#: name before it ("print header logo https://...", "[print-head] https://..."), a few words with no
#: colon (a "Related: https://..." line is a label and another page's address)
_URL_LINE_RE = re.compile(r"(?:\[[^\[\]:]*\]\s|(?:[^\W\d_][\w-]*\s){1,3})?https?://[^\s/]+(/\S*(?:\s\S+)?)")
#: characters before a bare web address on its line at most (an icon's alt text, see _URL_LINE_RE)
MAX_URL_LEAD = 40
#: a path segment that is a slug: words joined by hyphens (at least MIN_SLUG_HYPHENS of them)
MIN_SLUG_HYPHENS = 3


def slug_words(blocks: list[Block]) -> set[str]:
    """The `echo_words` of the slugs in the bare web addresses among `blocks` (the path segments of
    MIN_SLUG_HYPHENS hyphens or more): a share widget or a "copy link" box prints the page's own
    address, whose slug is its headline; a teaser's address is a link, not a line of its own."""
    out: set[str] = set()
    for block in blocks:
        match = _URL_LINE_RE.fullmatch(block.text) if "http" in block.text[:MAX_URL_LEAD] else None
        if match:
            for segment in match.group(1).replace(" ", "").split("/"):
                if segment.count("-") >= MIN_SLUG_HYPHENS:
                    out |= echo_words(segment.replace("-", " "))
    return out
