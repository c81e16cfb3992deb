"""A blog's banner <h1>: the site's name in the page's first <h1>, the post's headline shown below it.

Blog templates (Blogger, WordPress themes, tDiary) put the blog's name in the first <h1> of every
page and the post's title in a lower heading (an <h3 class="post-title">, a second <h1>, an <h3>
under the day's <h2>), and write the <title> as "Blog name: Post title" or "Blog name - Post title".
Taken at its word, that <h1> confirms the blog's name as the title's headline part.

The page says which is which by its own structure, in any language: a title source is the <h1>
joined by a separator to another part, and that other part, longer than the <h1> and not the site's
name, is the text of a heading further down. Then the <h1> is the banner (the site's name) and the
heading is the headline. One more piece of evidence is needed, as a headline <h1> can sit beside the
blog's name in a sidebar heading ("Linux Engineer's random thoughts - awk driven IoT" beside the
<h1> "awk driven IoT" and an <h2> with the blog's name): the <h1> links to the site's front page (the
logo's heading), or it starts the title ("Blog: Post", the templates' order) and the other part is
headline-sized. A headline-sized <h1> is never taken for a banner: "Headline - Dek" beside a dek
shown in an <h2> keeps its <h1>.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import lxml.html

from newsgrab import settings
from newsgrab.meta.homelinks import home_link_names
from newsgrab.meta.titles import fold_title, headline_sized, names_site
from newsgrab.whitespace import fold_space

#: lower headings (<h2>, <h3>) read at most for the headline below a banner
MAX_LOWER_HEADINGS = 20
#: what joins the banner to the headline in a title: one or more separator characters with spaces
#: on either side or both ("Blog: Post", "Blog - Post", "Post ｜ Blog"); never letters or digits
_JOIN_RE = re.compile(r"\s*[|｜:：\-–—·•»/]+\s*")
_TRAILING_JOIN_RE = re.compile(r"\s*[|｜:：\-–—·•»/]+\s*\Z")


def banner_headline(titles: Iterable[tuple[str, str]], h1: list[str], tree: lxml.html.HtmlElement,
                    keys: set[str], url: str | None) -> tuple[str, str, str] | None:
    """(headline as the page shows it, the source of the title that joins it to the banner, the
    banner) when the page's first <h1> is its banner; None otherwise. `titles` are the page's title
    sources as (text, source label), the <h1> itself not one of them; `keys` the site's folded names
    (`titles.site_keys`), `url` the page's, for its links to the front page."""
    if not h1 or headline_sized(h1[0]):
        return None
    banner = h1[0]
    lower: list[str] | None = None  # the lower headings, read once, and only for a title that gets this far
    for text, source in titles:
        if source == "h1":
            continue
        rest, first = _beside(text, banner)
        if not rest or len(rest) <= len(banner) or names_site(fold_title(rest), keys):
            continue
        if not (first and headline_sized(rest)) and fold_title(banner) not in {
                fold_title(name) for name in home_link_names(tree, url)}:
            continue
        wanted = fold_title(rest)
        lower = _lower_headings(tree, h1) if lower is None else lower
        shown = next((h for h in lower if fold_title(h) == wanted), None)
        if shown:
            return shown, source, banner
    return None


def _beside(title: str, banner: str) -> tuple[str | None, bool]:
    """The rest of `title` when it starts or ends with `banner` and a separator joins the two, and
    whether the banner comes first."""
    name = banner.casefold()
    if title[: len(banner)].casefold() == name:
        join = _JOIN_RE.match(title, len(banner))
        if join and join.group().strip():
            return title[join.end():].strip(), True
    if title[len(title) - len(banner):].casefold() == name:
        head = title[: len(title) - len(banner)]
        join = _TRAILING_JOIN_RE.search(head)
        if join and join.group().strip():
            return head[: join.start()].strip(), False
    return None, False


def _lower_headings(tree: lxml.html.HtmlElement, h1: list[str]) -> list[str]:
    """The later <h1> texts and the first `MAX_LOWER_HEADINGS` <h2>/<h3> texts of title length."""
    texts = list(h1[1:])
    for seen, heading in enumerate(tree.iter("h2", "h3")):
        if seen >= MAX_LOWER_HEADINGS:
            break
        text = fold_space(heading.text_content())
        if 0 < len(text) <= settings.MAX_TITLE_CHARS:
            texts.append(text)
    return texts
