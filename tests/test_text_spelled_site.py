"""A text page's own domain written as words ("Harbour Lights" for harbourlights.example) names the
site to the notice score where the markup (and with it the page's site name) is gone. Where it
fires, where it must not, and the prose that names the site and stays. Samples written for these tests."""

from __future__ import annotations

from newsgrab.clean.boilerplate import APPEAL_RULE, remove_boilerplate
from newsgrab.clean.lexicon import folded_words
from newsgrab.clean.views import PageFacts
from newsgrab.model import Block, Metadata
from newsgrab.rules import packaged_rules
from tests.test_appeals import STORY  # the same invented ferry story, nine paragraphs

RULES = packaged_rules()
DOMAIN = "harbourlights.example"
TEXT_PAGE = Metadata(language="en")
#: the publisher's appeal set between two paragraphs, naming the site only as its domain's words
APPEAL = ("Can you spare a moment for Harbour Lights? Every gift, however small, keeps our reporters on the "
          "quayside and our stories free for everyone on the islands. You can support us from £1 a month, "
          "and it takes less than a minute. Thank you.")


def _names(page: PageFacts, text: str) -> bool:
    folded = text.casefold()
    return page.names_in(folded_words(folded), folded)


def test_a_text_pages_domain_written_as_words_names_the_site() -> None:
    page = PageFacts.of(TEXT_PAGE, DOMAIN)
    assert _names(page, "Support Harbour Lights from £1 a month")
    assert _names(page, "Sign up for the harbour lights newsletter")
    # the words must join to the label whole, next to each other
    assert not _names(page, "The harbour's lights were dimmed")
    assert not _names(page, "Harbour cranes and lights on the pier")
    assert not _names(page, "Harbour Lightship tours resume")


def test_a_short_label_a_named_page_or_an_html_page_spells_nothing() -> None:
    # a label under six letters joins too many word pairs by chance ("i g n")
    assert not _names(PageFacts.of(TEXT_PAGE, "ign.example"), "I G N")
    # a page that has a site name, or a URL (an HTML page reads its name from its head), is not read so
    assert not _names(PageFacts.of(Metadata(site_name="The Lamp"), DOMAIN), "Support Harbour Lights")
    assert not _names(PageFacts.of(Metadata(url=f"https://{DOMAIN}/news/ferries")), "Support Harbour Lights")


def _run(blocks: list[Block]) -> tuple[list[str], list[tuple[str, str]]]:
    result = remove_boilerplate(blocks, RULES, metadata=TEXT_PAGE, own_site=DOMAIN, named_site=DOMAIN)
    return [b.text for b in result.kept], [(r.rule, r.category) for r in result.removed]


def test_an_appeal_naming_the_site_by_its_domains_words_goes_amid_the_text() -> None:
    kept, removed = _run([Block("p", t) for t in [*STORY[:3], APPEAL, *STORY[3:]]])
    assert kept == STORY
    assert removed == [(APPEAL_RULE, "donation")]


def test_prose_that_names_the_site_by_its_domains_words_stays() -> None:
    # the site named as a party to the story, and its own fundraising told as news: nobody is called
    for prose in (
            "A spokesman for the ferry company told Harbour Lights on Friday that no decision had been taken "
            "on the Sunday sailings, and that the crews had been consulted on every change to the rota.",
            "Harbour Lights said on Monday that more than 2,000 readers had donated to its appeal for a second "
            "reporter on the islands, raising £41,000 in six weeks, twice what the paper had hoped for."):
        kept, removed = _run([Block("p", t) for t in [*STORY[:3], prose, *STORY[3:]]])
        assert prose in kept
        assert not removed
