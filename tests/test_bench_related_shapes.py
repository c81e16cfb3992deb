"""bench/related_shapes.py's finder of link lists outside the article region: a run of three or more
sibling items, each mostly one headline-shaped link to the page's own site; not a menu of short
links, not a list of another site's links, not a list the article region already holds."""

from __future__ import annotations

import lxml.html

from bench.related_shapes import _list_blocks, candidate_lists

SITE = "harbour-herald.example"
PAGE = """<html><body>
<article><p>The keeper climbed the steps for the last time on Tuesday evening.</p></article>
<aside><h2>Most read</h2><ul>
  <li><a href="/2026/03/01/ferry-fares-rise">Ferry fares rise for the second time this year</a></li>
  <li><a href="https://www.harbour-herald.example/2026/03/02/fish-market">New fish market opens on the quay</a></li>
  <li><a href="/2026/03/03/storm-warning">Storm warning issued for the islands</a> <span>3h</span></li>
</ul></aside>
<nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
  <li><a href="/weather">Weather</a></li></ul></nav>
<footer><ul>
  <li><a href="https://elsewhere.example/a">A partner site's story about the coast</a></li>
  <li><a href="https://elsewhere.example/b">Another partner story about the sea</a></li>
  <li><a href="https://elsewhere.example/c">A third partner story about boats</a></li>
</ul></footer>
</body></html>"""


def test_finds_the_sites_own_headline_list_outside_the_region() -> None:
    tree = lxml.html.document_fromstring(PAGE)
    found = candidate_lists(tree, SITE, "The keeper climbed the steps for the last time on Tuesday evening.")
    assert len(found) == 1
    assert found[0].links[0] == "Ferry fares rise for the second time this year"
    blocks = _list_blocks(found[0], "https://www.harbour-herald.example/2026/03/04/keeper")
    assert [b.kind for b in blocks] == ["li", "li", "li"] and all(b.links for b in blocks)


def test_a_list_the_region_holds_is_not_outside_it() -> None:
    tree = lxml.html.document_fromstring(PAGE)
    assert candidate_lists(tree, SITE, "Ferry fares rise for the second time this year") == []
