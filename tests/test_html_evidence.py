"""The scoring's evidence of prose (html/evidence.py): loose text beside a container's block children.

`paragraphs` reads the text and tails of a container's children only when the container holds a
block child (`_loose_beside`); these pin what counts as loose text there, both ways, on invented
markup.
"""

from __future__ import annotations

import lxml.html

from newsgrab.html.evidence import _loose_beside, paragraphs

#: a run long enough to be a paragraph of its own (MIN_PARAGRAPH_CHARS is 25)
RUN = "the ferry left the harbour an hour late that morning"
#: a block child's own paragraph
PARA = "<p>The council met on Tuesday to hear the harbour master's report.</p>"


def _body(markup: str) -> lxml.html.HtmlElement:
    body = lxml.html.document_fromstring(f"<html><body>{markup}</body></html>").find("body")
    assert body is not None
    return body


def _loose(markup: str) -> list[str]:
    """The texts `paragraphs` gives for the loose runs of containers (not paragraphs themselves)."""
    return [text for _el, text, itself in paragraphs(_body(markup)) if not itself]


def test_a_run_after_a_block_child_or_in_a_span_beside_one_is_loose_text() -> None:
    # after a block (a tail), in the container's own text, and in a span: each beside the <p>
    assert _loose(f"<div>{PARA}{RUN}<br>{RUN} again</div>") == [RUN, f"{RUN} again"]
    assert _loose(f"<div>{RUN}{PARA}{RUN} too</div>") == [RUN, f"{RUN} too"]
    assert _loose(f"<div>{PARA}<span>{RUN}</span><br><span>{RUN} twice</span></div>") == [RUN, f"{RUN} twice"]
    div = _body(f"<div>{PARA}{RUN}</div>")[0]
    assert _loose_beside(div) == (True, True)
    assert _loose_beside(_body(f"<div><span>{RUN}</span>{PARA}</div>")[0]) == (False, True)


def test_a_link_a_block_or_a_single_span_beside_blocks_is_no_loose_text() -> None:
    # a link's text is a link list's, a block's is its own paragraph: neither is loose
    assert _loose(f'<div>{PARA}<a href="/next">{RUN}</a></div>') == []
    assert _loose_beside(_body(f'<div>{PARA}<a href="/next">{RUN}</a></div>')[0]) == (False, False)
    assert _loose(f"<div>{PARA}<blockquote>{RUN}</blockquote></div>") == []
    # one run, all of it in an inline child: a blurb in a span (a caption), not a column of text
    assert _loose(f"<div>{PARA}<span>{RUN}</span></div>") == []
    # whitespace between tags is no run, however long
    assert _loose(f"<div>{PARA}\n{' ' * 80}\n{PARA}</div>") == []
