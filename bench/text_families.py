"""Why the text path misses the HTML path's authors on a whole-page dump: the family and the shape of a miss.

bench/text_meta.py's `--author-families` counts every converter's authors misses per group (fold A /
fold B / holdout: counts only, so the holdout's are aggregates) by `author_family` (is the HTML path's
name printed in the dump at all, and how far from the title line the text path chose?) and by
`author_shape` (the shape of the line that prints it), as bench/text_dates.py does for dates. Here
too is `fold`, textbench's folding of a title, which every text bench script compares by (they
import it from bench/text_meta.py, as before).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any


def fold(title: str | None) -> str:
    """textbench's folding of a title: NFKC, casefolded, word tokens only."""
    return " ".join(re.findall(r"\w+", unicodedata.normalize("NFKC", title or "").casefold()))


#: how many printed lines either side of the title line count as the header for `author_family`: a
#: byline block (name, date, reading time, a share row) sits within a few lines of the headline
HEADER_LINES = 8


def title_line(article: Any, lines: list[str]) -> int | None:
    """The index of the printed line the text path took its title from: the first whose folded text is
    the folded title, else the first that holds it (a title cleaned of a site suffix), else None."""
    mine = fold(article.title)
    if not mine:
        return None
    folded = [fold(line) for line in lines]
    exact = next((i for i, line in enumerate(folded) if line == mine), None)
    return exact if exact is not None else next((i for i, line in enumerate(folded) if mine in line), None)


def _printed_names(ref: Any, text: str) -> tuple[list[str], list[str], list[int]]:
    """The HTML path's authors folded, the dump's non-blank lines, and the numbers of those that print one."""
    names = [key for key in (fold(name) for name in ref.authors) if key]
    lines = [line for line in text.splitlines() if line.strip()]
    return names, lines, [i for i, line in enumerate(lines) if any(key in fold(line) for key in names)]


def author_family(article: Any, ref: Any, text: str) -> str:
    """Why the authors miss on a page where the HTML path names some: `wrong-name` (the text path gives
    names, none the HTML path's), else where the HTML path's names are printed: `unreachable` (no
    folded name printed anywhere: a byline only in the page's meta tags or scripts, which no text rule
    can reach), `in-header` (printed within HEADER_LINES lines of the title line the text path chose)
    or `far` (printed only elsewhere: a byline at the foot, or a title line taken from elsewhere)."""
    if article.authors:
        return "wrong-name"
    _, lines, hits = _printed_names(ref, text)
    if not hits:
        return "unreachable"
    at = title_line(article, lines)
    if at is not None and any(abs(i - at) <= HEADER_LINES for i in hits):
        return "in-header"
    return "far"


def author_shape(article: Any, ref: Any, text: str) -> str:
    """The shape of the line that prints the HTML path's author, for a reachable authors miss (the
    text path names nobody; `in-header` or `far`), so a holdout's misses can be counted by the byline
    shape a rule would read without a page being listed: the printed line nearest the chosen title
    line that holds a folded name, as `title` (the title line itself), `labelled` (a byline label of
    data/byline_words.toml before the name: "By", "Von", "Автор", "記者："), `dated` (a date on the
    line too), `alone` (the name and nothing else but marks and links' syntax), `linked` (the name is
    a markdown link's text) or `in-line` (the name inside a longer line: a sentence, a credit)."""
    from newsgrab.meta.dates import may_hold_date
    from newsgrab.text.byline import BYLINE_RE, UNSPACED_BYLINE_RE
    from newsgrab.text.datelines import TEXT_DATE_RE
    from newsgrab.text.inline import convert_inline

    names, lines, hits = _printed_names(ref, text)
    if not hits:
        return "unreachable"
    at = title_line(article, lines)
    line = lines[min(hits, key=lambda i: abs(i - at)) if at is not None else hits[0]]
    plain = convert_inline(line).text.strip(" \t*•·-–—|#>[]")
    if at is not None and fold(plain) == fold(article.title):
        return "title"
    if BYLINE_RE.match(plain) or UNSPACED_BYLINE_RE.match(plain):
        return "labelled"
    if may_hold_date(plain) and TEXT_DATE_RE.search(plain):
        return "dated"
    if fold(plain) in names:
        return "alone"
    if re.search(r"\[[^\]]+\]\(", line) and any(
            fold(m) in names for m in re.findall(r"\[([^\]]+)\]\(", line)):
        return "linked"
    return "in-line"
