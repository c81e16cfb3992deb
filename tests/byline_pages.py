"""Short article pages for the byline tests: a headline three containers deep (the article header,
`headerzone`, reaches three levels and ends at the <header>), a line put past it, a body paragraph."""

from __future__ import annotations

from newsgrab.html.parse import parse_html
from newsgrab.meta.page import read_metadata

BODY = f'<p>{"The council voted to rebuild the harbour wall before the winter storms. " * 6}</p>'
DEEP_HEADLINE = "<div><div><div><h1>Harbour wall to be rebuilt</h1></div></div></div>"


def authors_of(header: str, body: str = BODY) -> list[str]:
    """The authors the metadata stage reads from a page with `header` under the deep headline."""
    tree = parse_html("<html><head><title>Harbour wall</title></head><body><main><article>"
                      f"<header>{DEEP_HEADLINE}{header}</header>{body}</article></main></body></html>")
    return read_metadata(tree).authors


def far(line: str) -> str:
    """`line` four containers away from the headline: past the article header's levels."""
    return f"<div><div><div>{line}</div></div></div>"
