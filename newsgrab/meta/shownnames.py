"""What a page shows of its own names and its authors' names, beside what its metadata states.

`title_end`: the <title>'s end part after a separator, where sites print their own name ("Headline |
Harbour Courier"): a stated author that is only that part is the site (`authors.read_authors`).
`as_shown`: a name a structured source gives in capitals, written as the visible byline prints it.
"""

from __future__ import annotations

import re

from newsgrab.meta.scanresult import PageScan
from newsgrab.meta.titles import SEPARATOR_RE, fold_title


def as_shown(names: list[str], scan: PageScan) -> list[str]:
    """The names, each one a structured source gives in capitals written as the page's byline prints
    it ("TOM KRISHER" in JSON-LD, "Tom Krisher" under the headline): the same name, in the case a
    reader sees. Names not in capitals, or not printed otherwise, are left as they are."""
    if not any(n.isupper() for n in names):
        return names
    shown = " ".join(text for text, _kind in scan.bylines)
    out = []
    for name in names:
        found = re.search(re.escape(name).replace(r"\ ", r"\s+"), shown, re.IGNORECASE) if name.isupper() else None
        out.append(found.group(0) if found and not found.group(0).isupper() else name)
    return out


def title_end(title: str | None) -> set[str]:
    """The folded last part of the <title> after a separator ("Headline | Harbour Courier"), where
    sites print their own name: a stated author that is only this part is the site, as one that is
    only the domain's label is (self-reference, no words)."""
    if not title:
        return set()
    parts = SEPARATOR_RE.split(title)
    return {fold_title(parts[-1])} - {""} if len(parts) > 1 else set()
