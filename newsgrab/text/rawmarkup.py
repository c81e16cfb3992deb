"""A page's raw HTML printed as text inside a unit: the tags go, the words between them stay.

A converter passes some markup through untouched: the content of a `<noscript>` (a tracking pixel,
`<div style="position:absolute;"><img width=1 height=1 src="...">`), markup a script writes into
the page (a reply counter's `<span class="...">146</span><script>...</script>`), an image's caption
kept as escaped HTML (`<span style="font-size:13px;">Harbour Office</span> © Harbour Press`). Its
tags, attributes and addresses then read as words of the unit, often of a paragraph of the article
that the converter joined them to; a browser shows only the text between the tags, and never a
script's or a style's content. So in a unit that holds a start tag with an attribute (`<name
attr=...>`, which prose never writes), every tag goes, with the content of `<script>`, `<style>` and
`<noscript>`, and the words between the tags stay. Shape only, in any language.

What stays: a unit with no tag of that shape ("a < b", "<3", "the <div> element" in a sentence), and
a unit with a code span in backticks (markdown's inline code: an article quoting markup on purpose);
a code block is never read here (text/blocks.py keeps `pre` blocks as printed).
"""

from __future__ import annotations

import re

#: a start tag with an attribute: `<img src="...">`, `<div style=...>`, `<span class=x>`
_ATTRIBUTED_TAG_RE = re.compile(r"<[A-Za-z][A-Za-z0-9-]*\s[^<>]*=[^<>]*>")
#: an element whose content a browser does not show as text (to its end tag, or the unit's end)
_HIDDEN_RE = re.compile(r"<(script|style|noscript)\b[^<>]*>.*?(?:</\1\s*>|$)", re.DOTALL | re.IGNORECASE)
#: any start, end or empty tag
_TAG_RE = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")


def without_markup(text: str) -> str:
    """`text` without the raw HTML a converter passed through (see the module's docstring)."""
    if "<" not in text or "`" in text or not _ATTRIBUTED_TAG_RE.search(text):
        return text
    return _TAG_RE.sub(" ", _HIDDEN_RE.sub(" ", text))
