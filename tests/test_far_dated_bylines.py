"""A labelled byline with a date, after the headline but beyond the article header's reach (a meta
bar four containers away from the <h1>, or below a long standfirst): read when no other source names
anyone, by its label, its date and its place before the body (`authors._dated_labelled_line`); not
without a date, not in the body, a sidebar or a picture's caption."""

from __future__ import annotations

import pytest

from tests.byline_pages import BODY, authors_of, far

#: a standfirst in pieces shorter than a body paragraph, longer together than the header reads
_LONG_STANDFIRST = "".join(f"<p>The wall, built in {1900 + i}, has been breached by storms every winter.</p>"
                           for i in range(12))


@pytest.mark.parametrize(("header", "expected"), [
    (far("<span>Dec. 13, 2016, 12:31 PM</span> / <span>By <a href='/p/9'>Mia Tran</a></span>"), ["Mia Tran"]),
    (far("<span>By Mia Tran and Raul Ortiz</span> • <time>12/16/16 12:21pm</time>"), ["Mia Tran", "Raul Ortiz"]),
    (far("<span>by Mia Tran January 18, 2017 11:00 PM PST</span>"), ["Mia Tran"]),
    # the line's own element named like a share bar: it is the byline all the same
    (far("<div class='entry-meta social-comments'>By <a>Mia Tran</a> • 12/16/16</div>"), ["Mia Tran"]),
    # within the header's levels, but past the characters it reads
    (f"{_LONG_STANDFIRST}<div><span>By Mia Tran</span> | May 3, 2021</div>", ["Mia Tran"]),
])
def test_a_dated_labelled_line_beyond_the_header_names_the_authors(header: str, expected: list[str]) -> None:
    assert authors_of(header) == expected


@pytest.mark.parametrize("header", [
    far("<p>By Mia Tran</p>"),  # no date: a picture's or a sidebar's credit as often as a byline
    far("<figure><figcaption>By Mia Tran, May 3, 2021</figcaption></figure>"),  # a picture's credit
    far("<aside><p>By Mia Tran | May 3, 2021</p></aside>"),  # a box beside the story
    far("<div class='related'><p>By Mia Tran | May 3, 2021</p></div>"),  # another story's card
    far("<p>By the end of May 3, 2021 the wall had gone.</p>"),  # a sentence, no names
])
def test_no_name_from_a_far_line_that_is_no_dated_byline(header: str) -> None:
    assert authors_of(header) == []


def test_a_dated_labelled_line_after_the_body_starts_is_not_read() -> None:
    # a related story's card under the article: the body started before it
    assert authors_of("", BODY + far("<span>By Mia Tran</span> | May 3, 2021")) == []


def test_every_other_source_comes_first() -> None:
    header = far("<span>By Mia Tran</span> | May 3, 2021")
    assert authors_of(f"<p>By Raul Ortiz</p>{header}") == ["Raul Ortiz"]
    assert authors_of(f'<div class="byline">Raul Ortiz</div>{header}') == ["Raul Ortiz"]

