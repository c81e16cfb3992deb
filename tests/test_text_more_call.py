"""A teaser cut short with its link's call after the ellipsis ("... prevention… more", "... Read
More") is no headline (text/morecall.py, calls in data/more_calls.toml, read by
titleshape.title_like), as a teaser that ends with the ellipsis alone is not. A headline's own words
after an ellipsis leave it a headline. The data file's examples are held both ways; the dumps are
invented."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

import newsgrab
from newsgrab.model import Block
from newsgrab.text.morecall import cut_with_more
from newsgrab.text.titleshape import title_like
from tests.harbour_dump import MENU, STORY

_DATA = tomllib.loads(resources.files("newsgrab.data").joinpath("more_calls.toml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("line", _DATA["examples"]["example"])
def test_a_teaser_cut_with_a_call_is_no_headline(line: str) -> None:
    assert cut_with_more(line)
    assert not title_like(Block("p", line, [], [], 0))


@pytest.mark.parametrize("line", _DATA["examples"]["counter_example"])
def test_a_headline_s_own_words_after_an_ellipsis_are_not_a_call(line: str) -> None:
    assert not cut_with_more(line)


@pytest.mark.parametrize("call", _DATA["calls"])
def test_every_call_counts_after_an_ellipsis_at_the_end_only(call: str) -> None:
    assert call == call.lower()
    assert cut_with_more(f"The crane was back in time ... {call.upper()}")
    assert cut_with_more(f"The crane was back in time… [{call}]")
    assert not cut_with_more(f"The crane was back in time ... {call} of the boats")
    assert not cut_with_more(f"The crane was back in time {call}")


#: the teaser retells the story more than the short headline does, and sits where a headline does
TEASER = "The crane at the north quay is back after three days of repairs, and the first boats queued… more"


def _dump(teaser: str) -> str:
    """A business paper's page as inscriptis prints it: the headline with its date, a teaser of the
    story printed over it (the page's summary box), the story."""
    return (f"Harbour Business Journal\n\n{MENU}\n\nCrane Week at the Quay\n\nMarch 2, 2021\n\n"
            f"{teaser}\n\n{STORY}\n{MENU}\n")


def test_a_teaser_with_its_call_does_not_take_the_headline_s_place() -> None:
    assert newsgrab.extract(_dump(TEASER), kind="text").title == "Crane Week at the Quay"


def test_without_the_call_the_teaser_line_would_win() -> None:
    # the same line ending as a headline may (no ellipsis, no call) outranks the headline above: nearer
    # the story, longer and retelling it
    bare = TEASER.removesuffix("… more")
    assert newsgrab.extract(_dump(bare), kind="text").title == bare
