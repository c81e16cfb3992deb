"""Decide whether decoded input is HTML or plain/markdown-ish text, and say why.

Markdown-ish text may hold `<https://...>` autolinks and stray `<` signs, so one angle bracket
proves nothing: HTML needs a doctype or root tag, or at least a few real element tags.
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


def sniff_kind(text: str) -> tuple[str, str]:
    """Return ("html" | "text", reason)."""
    head = text[: settings.KIND_SNIFF_CHARS]
    if _HTML_START_RE.match(head):
        return "html", "starts with a doctype or root element"
    tags = len(_TAG_RE.findall(head))
    if tags >= MIN_TAGS_FOR_HTML:
        return "html", f"holds {tags} HTML element tags"
    return "text", "no doctype and too few HTML element tags"
