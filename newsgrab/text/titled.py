"""The lines a page prints again with the site's name beside them: its headline in a `<title>`-style line.

A page names its own headline in lines shaped as its `<title>` is: the headline, a separator and
the site's (or the section's) name, or the name first ("<headline> | Harbour Gazette", "Harbour
Gazette - <headline>"), in a sticky header over the menu, a share box, the print edition's header or
a breadcrumb's last crumb. BeautifulSoup and markdownify print the `<title>` itself as the first
line (title.py's `page_title`); w3m, inscriptis and lynx do not, but such a line elsewhere in the
dump names the headline the same way. A teaser or a menu entry is not printed beside the site's
name; a menu of short entries between separators ("Home | News | Sport") has no part of a
headline's length, and a row of two long parts (two teasers) names neither.
"""

from __future__ import annotations

from newsgrab.meta.titles import fold_title
from newsgrab.model import Block
from newsgrab.text.titleshape import TITLE_SEPARATOR_HINT_RE, TITLE_SEPARATOR_RE, length_words

#: words the short parts beside the headline have at most (titleshape.length_words: Chinese and Japanese
#: counted by characters): a site's, a section's name. The headline is the one part longer than that
#: (a menu's "Home | Contact" has none)
MAX_NAME_WORDS = 4
#: separators a line ending with one leaves after the headline when the name is cut off ("<headline> |")
_TRAILING = (" |", " -", " –", " —", " ·", " •")


def titled_parts(blocks: list[Block]) -> dict[str, set[int]]:
    """The folded headlines that lines of `blocks` print beside a site's name and a separator, each with
    the indexes of those lines: the one part of a line longer than MAX_NAME_WORDS words, its other
    parts (or a separator it ends with) no longer. A line of links is left out (a link list of "Site -
    Teaser" rows), and so is the first line: the `<title>` line that BeautifulSoup and markdownify
    print first names the headline already (title.py's `page_title`, which counts for more)."""
    out: dict[str, set[int]] = {}
    for index, block in enumerate(blocks[1:], start=1):
        text = block.text.rstrip()
        if block.link_chars * 2 > len(text):
            continue
        trailing = text.endswith(_TRAILING)
        head = text.rstrip("|-–—·• ") if trailing else text
        # (every block of the page is read: the split only where a separator may be, `TITLE_SEPARATOR_HINT_RE`)
        parts = TITLE_SEPARATOR_RE.split(head) if TITLE_SEPARATOR_HINT_RE.search(head) else [head]
        if len(parts) < 2 and not trailing:
            continue
        long = [part for part in parts if length_words(part) > MAX_NAME_WORDS]
        if len(long) == 1 and (folded := fold_title(long[0])):
            out.setdefault(folded, set()).add(index)
    return out


def titled(blocks: list[Block], index: int, parts: dict[str, set[int]]) -> bool:
    """Whether `blocks[index]` is a headline another line prints beside a site's name (`titled_parts`:
    the folded headlines, each with the lines that print it so): a line other than itself."""
    return bool(parts.get(fold_title(blocks[index].text), set()) - {index})
