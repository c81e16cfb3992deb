"""A page's raw HTML printed as text inside a unit: the tags go, the words between them stay.

A converter passes some markup through untouched: the content of a `<noscript>` (a tracking pixel,
`<div style="position:absolute;"><img width=1 height=1 src="...">`), markup a script writes into
the page (a reply counter's `<span class="...">146</span><script>...</script>`), an image's caption
kept as escaped HTML (`<span style="font-size:13px;">Harbour Office</span> © Harbour Press`). Its
tags, attributes and addresses then read as words of the unit, often of a paragraph of the article
that the converter joined them to; a browser shows only the text between the tags, and never a
script's or a style's content. So in a unit that holds a start tag with an attribute (`<name
attr=...>`, which prose never writes) and a sign of a leak (a tracking pixel, a `<script>`, `<style>`
or `<noscript>` element, or more text outside its tags than inside them: markup glued to a caption
or a paragraph), every tag goes, with the content of those elements, and the words between the
tags stay. Shape only, in any language.

What stays: a unit with no tag of that shape ("a < b", "<3", "the <div> element" in a sentence), a
unit with a code span in backticks (markdown's inline code: an article quoting markup on purpose),
and a unit that is mostly markup with no sign of a leak: a code sample that lynx, inscriptis or
get_text printed without a fence (`<div class="box"><p>Hello</p></div>`). A fenced code block is
never read here (text/blocks.py keeps `pre` blocks as printed).
"""

from __future__ import annotations

import re

#: a start tag with an attribute: `<img src="...">`, `<div style=...>`, `<span class=x>`
_ATTRIBUTED_TAG_RE = re.compile(r"<[A-Za-z][A-Za-z0-9-]*\s[^<>]*=[^<>]*>")
#: an element whose content a browser does not show as text, to its end tag in the unit (without
#: one, only its tag goes: the converter may have joined the article's next paragraph to it)
_HIDDEN_RE = re.compile(r"<(script|style|noscript)\b[^<>]*>.*?</\1\s*>", re.DOTALL | re.IGNORECASE)
#: a picture one pixel wide or high (a tracker's), whatever the order of its attributes
_PIXEL_RE = re.compile(r"<img\b[^<>]*\b(?:width|height)\s*=\s*[\"']?[01]\b", re.IGNORECASE)
#: any start, end or empty tag
_TAG_RE = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")


def without_markup(text: str) -> str:
    """`text` without the raw HTML a converter passed through (see the module's docstring)."""
    if "<" not in text or "`" in text or not _ATTRIBUTED_TAG_RE.search(text):
        return text
    hidden_gone = _HIDDEN_RE.sub(" ", text)
    words = _TAG_RE.sub(" ", hidden_gone)
    # a leak, not a code sample quoting markup (which lynx and inscriptis print without fences): a
    # tracking pixel, a script's own element, or markup glued to more text than it holds itself
    if (hidden_gone == text and not _PIXEL_RE.search(text)
            and 2 * len(words.replace(" ", "")) <= len(text.replace(" ", ""))):
        return text
    return words
