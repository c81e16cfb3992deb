"""bench/notice_mechanisms.py asks each mechanism of the notice pass apart: on an invented page, the
lone advertisement label is a rule's, the closing run of teasers is related.py's, and a body paragraph
is nobody's."""

from __future__ import annotations

from bench.notice_mechanisms import _mechanisms
from bench.notice_removal import fingerprint

SITE = "https://www.harbour-post.example"
_PROSE = [
    "The dock workers' strike ended on Thursday after the port authority agreed to a new contract.",
    "Union leaders said the deal raises wages by six percent over three years and restores overtime.",
    "Ships that had waited offshore for nine days began to unload their cargo on Friday morning.",
    "Harbour businesses said the strike had cost them about two million euros in lost trade.",
]
_TEASERS = [
    ("How the port strike was finally settled", "/2024/05/01/how-the-port-strike-was-settled.html"),
    ("Ferry timetables return to normal next week", "/2024/05/02/ferry-timetables-return-to-normal.html"),
    ("Fish market reopens after nine quiet days", "/2024/05/02/fish-market-reopens-after-strike.html"),
]


def _page() -> bytes:
    paragraphs = [f"<p>{text}</p>" for text in _PROSE]
    paragraphs.insert(2, "<p>Advertisement</p>")
    items = "".join(f'<p><a href="{SITE}{path}">{headline}</a>: the talks, hour by hour.</p>'
                    for headline, path in _TEASERS)
    return (f"<html><head><title>Port strike ends</title></head><body><article><h1>Port strike ends</h1>"
            f"{''.join(paragraphs)}{items}</article></body></html>").encode()


def test_each_notice_is_given_the_mechanisms_that_take_it_on_their_own() -> None:
    found = _mechanisms(_page(), {"url": f"{SITE}/2024/05/03/port-strike-ends.html"})
    assert found is not None
    assert {"removed", "rule"} <= found[fingerprint("Advertisement")]
    for headline, _ in _TEASERS:
        assert {"removed", "related:run"} <= found[fingerprint(f"{headline}: the talks, hour by hour.")], headline
    assert found[fingerprint(_PROSE[0])] == set()
