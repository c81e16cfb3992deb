"""A text without a URL stands for its page's domain by the one it links to or prints most
(newsgrab/text/site.py, `own_domain`): the boilerplate pass reads it as the HTML path reads the page's
URL, so a short block giving an e-mail address at that domain is the publisher's own contact line
(`structure.own-address`), while an address at any other domain is left to the rest of the pass."""

from __future__ import annotations

import newsgrab
from newsgrab.text.blocks import parse_text

MENU = "\n".join(f"* [{name}](https://www.valleyherald.example/{name.lower()}/)"
                 for name in ("News", "Sport", "Weather", "Letters"))
PARAGRAPHS = [
    f"Paragraph {n} of the story says the valley's reservoir stood {n} metres below its spring mark, "
    f"the lowest reading the water board has taken since its gauges were installed." for n in range(1, 6)]
STORY = "\n\n".join(PARAGRAPHS)
FOOTER = "\n".join(f"* [{name}](https://www.valleyherald.example/{name.lower()}/)"
                   for name in ("About", "Contact", "Archive"))


def _page(line: str) -> str:
    """The page with `line` amid the story, under its second paragraph (a photo's credit line), where
    the notice score, without its position cues, would not take a short contact line."""
    story = "\n\n".join([*PARAGRAPHS[:2], line, *PARAGRAPHS[2:]])
    return f"{MENU}\n\n# The Reservoir Runs Low\n\n{story}\n\n{FOOTER}\n"


def _verdict(text: str, line: str, **kwargs: str) -> str | None:
    for block, removal in newsgrab.extract(text, kind="text", **kwargs).timeline:
        if block.text == line:
            return removal.rule if removal else None
    raise AssertionError(f"{line!r} not in the timeline")


def test_the_domain_the_text_links_to_most_is_its_own() -> None:
    assert parse_text(_page("Thanks for reading.")).own_domain == "valleyherald.example"
    # the caller's URL outranks it: the pass reads that one
    assert parse_text(_page("Thanks for reading."), base_url="https://valleyherald.example/a").own_domain is None


def test_no_domain_printed_more_than_the_others_is_none() -> None:
    text = "# Title\n\n[one](https://a.example/x) and [two](https://b.example/y)\n\n" + STORY
    assert parse_text(text).own_domain is None


def test_a_contact_line_at_the_own_domain_goes() -> None:
    line = "(Photo: Ana Ruiz/aruiz@valleyherald.example)"
    # the menu prints the domain at its own host, so the notice score reads the line as the page naming
    # itself (test_text_named_site.py) and takes it before the furniture rule would
    rule = _verdict(_page(line), line)
    assert rule == "structure.own-address" or (rule is not None and "self-reference" in rule)


def test_an_address_at_another_domain_is_not_taken_for_the_sites_own() -> None:
    line = "(Photo: Ana Ruiz/aruiz@waterboard.example)"
    assert _verdict(_page(line), line) != "structure.own-address"
