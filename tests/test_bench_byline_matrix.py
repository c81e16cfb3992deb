"""bench/byline_matrix.py's invented pages: names unique, and the shapes this stop fixed read right."""

from __future__ import annotations

import pytest

from bench.byline_matrix import CASES, Case, page, run

_BY_NAME = {case.name: case for case in CASES}
#: the cases main (a7feb23) failed and stop 52 fixed; the four left failing are listed in the module
_FIXED = ("meta author = publisher", "meta author = publisher, span", "Senior Editor X", "X for Outlet",
          "span.author x2", "ld Person with job title")


def test_every_case_has_its_own_name() -> None:
    assert len(_BY_NAME) == len(CASES)


def test_a_page_holds_the_headline_and_the_cases_markup() -> None:
    html = page(Case("probe", top='<p class="byline">By Nora Vale</p>'))
    assert "<h1>Harbour Towns Brace" in html and '<p class="byline">By Nora Vale</p>' in html


@pytest.mark.parametrize("name", _FIXED)
def test_the_fixed_shapes_read_their_authors(name: str) -> None:
    out = run(_BY_NAME[name])
    assert out.authors, (name, out.got_authors)


@pytest.mark.parametrize("name", [c.name for c in CASES if not c.authors])
def test_no_must_not_case_reads_an_author(name: str) -> None:
    assert run(_BY_NAME[name]).got_authors == ()
