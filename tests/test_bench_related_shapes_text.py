"""bench/related_shapes_text.py's pure parts: the list is moved (not copied) right after the body's
last paragraph, blinded and capped; a headline is found again in a converter's line whatever
wraps it; each item is counted kept, removed or outside the text span."""

from __future__ import annotations

import lxml.html

from bench.related_shapes import candidate_lists
from bench.related_shapes_text import MAX_ITEMS, Read, anchor_of, folded, item_verdicts, moved

SITE = "valley-courier.example"
PAGE = """<html><body>
<article><h1>Mill reopens</h1>
<p>The old wool mill on the river opened its doors again on Saturday morning.</p>
<p>Its new owners plan a weaving school on the upper floor by next spring.</p></article>
<aside class="rail"><h2>More from the valley</h2><ul class="cards">
  <li class="card"><a href="/2026/04/01/bridge">Footbridge repairs finish a month early</a></li>
  <li class="card"><a href="/2026/04/02/choir">Village choir wins the county shield</a></li>
  <li class="card"><a href="/2026/04/03/market">Farmers market moves to the square</a></li>
</ul></aside>
</body></html>"""
LAST = "Its new owners plan a weaving school on the upper floor by next spring."


def _found() -> tuple[lxml.html.HtmlElement, list[object]]:
    tree = lxml.html.document_fromstring(PAGE)
    return tree, candidate_lists(tree, SITE, LAST)


def test_folded_finds_a_headline_in_a_markdown_link() -> None:
    line = "* [Footbridge repairs finish a month early](https://valley-courier.example/2026/04/01/bridge)"
    assert folded("Footbridge repairs finish a month early") in folded(line)
    assert folded("Footbridge repairs finished") not in folded(line)


def test_anchor_is_the_last_paragraph_element() -> None:
    tree = lxml.html.document_fromstring(PAGE)
    anchor = anchor_of(tree, LAST)
    assert anchor is not None and anchor.tag == "p"
    assert anchor_of(tree, "A sentence the page does not hold at all.") is None


def test_moved_sets_the_blinded_list_after_the_paragraph_and_takes_it_from_its_place() -> None:
    tree, found = _found()
    assert len(found) == 1
    anchor = anchor_of(tree, LAST)
    varied = moved(tree, found[0].items, anchor)
    following = varied.xpath("//article/p[2]/following-sibling::*")
    assert [el.tag for el in following] == ["ul"]
    assert following[0].get("class") is None and all(li.get("class") is None for li in following[0])
    assert len(following[0]) == 3
    assert varied.xpath("//aside//li") == []  # moved, not copied: the headline is in the dump once
    assert varied.xpath("//aside/h2")  # the list's label stays where it was
    assert len(tree.xpath("//aside//li")) == 3  # the page as written is left alone


def test_moved_caps_the_items() -> None:
    items = "".join(f'<li><a href="/2026/05/{n:02d}/story">Story number {n} of the long rail</a></li>'
                    for n in range(MAX_ITEMS + 4))
    page = f"<html><body><article><p>{LAST}</p></article><aside><ul>{items}</ul></aside></body></html>"
    tree = lxml.html.document_fromstring(page)
    found = candidate_lists(tree, SITE, LAST)
    varied = moved(tree, found[0].items, anchor_of(tree, LAST))
    assert len(varied.xpath("//article/ul/li")) == MAX_ITEMS


def test_item_verdicts_kept_removed_outside() -> None:
    read = Read(set(), [(folded("Footbridge repairs finish a month early"), None),
                        (folded("[Village choir wins the county shield](/choir)"), "structure.related-headlines")])
    heads = ["Footbridge repairs finish a month early", "Village choir wins the county shield",
             "Farmers market moves to the square"]
    verdicts = item_verdicts(read, heads)
    assert (verdicts["kept"], verdicts["removed"], verdicts["outside"]) == (1, 1, 1)
    assert verdicts["rule:structure.related-headlines"] == 1
