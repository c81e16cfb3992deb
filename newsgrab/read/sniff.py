"""Decide whether decoded input is HTML or plain/markdown-ish text, and say why.

Markdown-ish text may hold `<https://...>` autolinks and stray `<` signs, so one angle bracket
proves nothing: HTML needs a doctype or root tag, or at least a few real element tags on most of
its lines. Converters pass raw HTML through now and then (markdownify and html2text copy a
<noscript> tracking pixel or a code sample, lynx and w3m print a page's escaped markup), so a dump
of a few hundred text lines may hold a dozen element tags on a few of them: in 100 of the ~4,300
dumps of the ScrapingHub, Readability and bench/meta pages by seven converters, at most 27% of the
non-blank lines of the sniffed head held a tag, where an HTML fragment without a root element
(4 of the 608 bench pages) has them on 70-100% of its lines.
"""

from __future__ import annotations

import re

from newsgrab import settings

_HTML_START_RE = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html\b|head\b|body\b)",
                            re.IGNORECASE | re.DOTALL)
_TAG_RE = re.compile(
    r"</?(?:html|head|body|div|p|article|section|main|span|a|br|table|tr|td|meta|link|script|style|"
    r"h[1-6]|ul|ol|li|img|figure|iframe|video|header|footer|nav|em|strong|b|i)\b[^>]*>",
    re.IGNORECASE,
)
#: element tags needed in the sniffed head of a document without a doctype to call it HTML
MIN_TAGS_FOR_HTML = 3
#: share of the head's non-blank lines that must hold an element tag as well (see the docstring)
MIN_TAGGED_LINE_SHARE = 0.5


def sniff_kind(text: str) -> tuple[str, str]:
    """Return ("html" | "text", reason)."""
    head = text[: settings.KIND_SNIFF_CHARS]
    if _HTML_START_RE.match(head):
        return "html", "starts with a doctype or root element"
    tags = len(_TAG_RE.findall(head))
    if tags < MIN_TAGS_FOR_HTML:
        return "text", "no doctype and too few HTML element tags"
    lines = [line for line in head.split("\n") if line.strip()]
    tagged = sum(1 for line in lines if _TAG_RE.search(line))
    if tagged >= MIN_TAGGED_LINE_SHARE * len(lines):
        return "html", f"holds {tags} HTML element tags"
    return "text", f"{tags} HTML element tags on only {tagged} of {len(lines)} lines (text quoting markup)"
