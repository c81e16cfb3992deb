"""A text without a URL names its site by its own domain's labels when it prints that domain at its
own host (newsgrab/text/site.py, `at_own_host`; `TextDocument.named_domain`): the notice score then
reads a block that names the site as the page speaking of itself, as it does on an HTML page from the
URL's labels. A domain the text prints only at its users' hosts ("reader-one.<domain>", a service an
article is about, an archive's copy of the page) is not the page's name, and its lines stay."""

from __future__ import annotations

import newsgrab
from newsgrab.text.blocks import parse_text

PARAGRAPHS = [
    f"Paragraph {n} of the story says the valley's reservoir stood {n} metres below its spring mark, "
    f"the lowest reading the water board has taken since its gauges were installed." for n in range(1, 7)]
#: the site's call to its readers, set amid the story: it names the site only by its domain
CALL = ("Comments on this story are welcome: send them to the desk at valleyherald.example and we will "
        "print the best of them.")
#: article prose that names the site without calling anyone: it stays
PROSE = ("The valleyherald.example archive shows the reservoir last fell this low in the dry summer of 1976, "
         "when the board rationed water for eleven weeks.")


def _menu(host: str, names: tuple[str, ...]) -> str:
    return "\n".join(f"* [{name}](https://{host}/{name.lower()}/)" for name in names)


def _page(line: str, host: str = "www.valleyherald.example") -> str:
    """A whole-page dump whose menu and footer link to `host`, with `line` under the third paragraph."""
    story = "\n\n".join([*PARAGRAPHS[:3], line, *PARAGRAPHS[3:]])
    return (f"{_menu(host, ('News', 'Sport', 'Weather', 'Letters'))}\n\n# The Reservoir Runs Low\n\n{story}\n\n"
            f"{_menu(host, ('About', 'Contact', 'Archive'))}\n")


def _verdict(text: str, line: str) -> str | None:
    for block, removal in newsgrab.extract(text, kind="text").timeline:
        if block.text == line:
            return removal.rule if removal else None
    raise AssertionError(f"{line!r} not in the timeline")


def test_the_own_domain_printed_at_its_own_host_names_the_page() -> None:
    doc = parse_text(_page(CALL))
    assert (doc.own_domain, doc.named_domain) == ("valleyherald.example", "valleyherald.example")


def test_a_domain_printed_only_at_its_users_hosts_does_not() -> None:
    doc = parse_text(_page(CALL, host="reader-one.valleyherald.example"))
    assert doc.own_domain == "valleyherald.example"
    assert doc.named_domain is None


def test_a_call_that_names_the_site_amid_the_story_goes() -> None:
    rule = _verdict(_page(CALL), CALL)
    assert rule is not None and "self-reference" in rule


def test_the_same_call_stays_when_the_domain_is_not_the_pages_name() -> None:
    assert _verdict(_page(CALL, host="reader-one.valleyherald.example"), CALL) is None


def test_prose_that_names_the_site_stays() -> None:
    assert _verdict(_page(PROSE), PROSE) is None
