"""Where the comment-thread detector looks: under the elements the markup names a comment section.

The detector (html/threads.py) finds a thread by its shape, but it must read every text under
where it starts to find the dates its comments carry; over a whole page that cost 6-9% of the
HTML path (docs/notices.md, stop 52). Comment systems name their section in the markup, in every
language and engine: WordPress's `#comments` and `.comment-list`, Disqus's `#disqus_thread`,
Facebook's `.fb-comments`, Livefyre's `.livefyre-comments`, Discourse's `#discourse-comments`, the
`kommentar`, `commentaire`, `comentario`, `reacties` of other CMSes (data/thread_words.toml). The
page scan's walk reads every element's class and id already, and notes those
(`PageScan.thread_marks`) by one more bit in the verdicts it looks up anyway, so the sign costs
nothing; the detector then reads only the subtrees of the outermost of them, a few percent of a
page's elements, and nothing on the pages with none (about half of them).

What it trades away: a thread whose markup names nothing, on a page where no element above it
does either (utility classes only, `<div class="x1 p-2">`), is not looked for. The detector's
shape alone still finds it under a named section (`<section id="reacties">` over bare units).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import lxml.html
from lxml import etree

from newsgrab.html.threads import thread_containers
from newsgrab.meta.classnames import is_thread_name


class PageElements(NamedTuple):
    """What the page scan (meta/pagescan.py) gathered on the tree as written: every element in
    document order (`PageScan.elements`, for `threads.threads_again`) and those whose class or id
    names a comment section (`PageScan.thread_marks`)."""

    elements: Sequence[lxml.html.HtmlElement]
    marks: Sequence[lxml.html.HtmlElement]


def section_roots(root: lxml.html.HtmlElement, marks: Sequence[lxml.html.HtmlElement]) -> list[lxml.html.HtmlElement]:
    """The outermost of `marks` (in document order) under `root`, `root` itself included: the
    sections the detector reads. A mark inside the last one kept climbs to it in a step or two
    (a thread's units sit just under its list); one outside `root` (the head's comment-reply
    script) climbs to the top and is left."""
    found: list[lxml.html.HtmlElement] = []
    for mark in marks:
        node: lxml.html.HtmlElement | None = mark
        last = found[-1] if found else None
        while node is not None and node is not last and node is not root:
            node = node.getparent()
        if node is root and node is not last:
            found.append(mark)
    return found


def gated_threads(root: lxml.html.HtmlElement, page: PageElements | None = None,
                  ) -> list[tuple[lxml.html.HtmlElement, str]]:
    """The comment threads (`threads.thread_containers`) under the sections of `root` that the
    markup names (`section_roots`), in document order; none when no element names one. `page`:
    what the page scan noted on this tree; without it (a page parsed again for repair) the marks
    are read here, by a walk."""
    marks = page.marks if page is not None else [
        el for el in root.iter(etree.Element)
        if (key := f"{el.get('class') or ''} {el.get('id') or ''}").strip() and is_thread_name(key)]
    found: list[tuple[lxml.html.HtmlElement, str]] = []
    for section in section_roots(root, marks):
        found.extend(thread_containers(section))
    return found
