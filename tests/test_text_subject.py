"""text/subject.py: a bare name under a whole page's headline that the story's own sentences talk
about is the story's subject (a section's label, a show's guests, a quotation's speaker), not its
byline; an author's bio, a credit and a labelled byline name their author and are left alone."""

from __future__ import annotations

import newsgrab
from newsgrab.model import Block, Metadata
from newsgrab.text.subject import drop_prose_subject, mentioned_in

MENU = "Skip to content\nHome\nWorld\nMarkets\nSport\nWeather\nContact us\n"
HEADLINE = "Lowland Ferry Union warns of winter cuts on the northern routes\n"
STORY = (
    "NORDPORT, March 4 (Wire) -- The ferry union on Monday said the cold season would force it to cut"
    " three of its northern routes, a move that islanders called a blow to trade.\n"
    "The union said it had written to the transport office twice without a reply, and warned that"
    " residents of Nordvik Isles, who depend on the boats for food and fuel, would bear the cost.\n"
    "Officials at the office said they would answer the letter this week and that no route would close"
    " before the end of the month, whatever the weather.\n"
    "Nordvik Isles has asked the union twice this year to keep the winter timetable as it stands, the office said.\n"
    "The union's chairman said talks would go on, and that a strike was not planned for now.\n"
    "Related\nStorm closes the harbour road\n"
)


def _page(under_headline: str, story: str = STORY) -> str:
    return MENU + HEADLINE + under_headline + "\n10:15 March 4, 2024\nSHARE\n" + story


def _prose(text: str) -> list[Block]:
    return [Block(kind="p", text=text)]


def _twice(text: str, name: str) -> list[Block]:
    """The paragraph, and a second one that names `name` at its start (no sentence's mention)."""
    return _prose(text) + _prose(f"{name} is named here again, at the start of a paragraph of its own.")


def test_a_place_under_the_headline_that_the_story_mentions_is_no_author() -> None:
    """The section's label printed as a byline is printed ("Nordvik Isles" over the date), and two of
    the story's paragraphs name the same place, one after one of its words ("residents of Nordvik Isles")."""
    article = newsgrab.extract(_page("Nordvik Isles"), kind="text")
    assert article.authors == []
    assert article.published == "2024-03-04"


def test_a_bare_byline_the_story_never_mentions_is_kept() -> None:
    assert newsgrab.extract(_page("Ada Vesey"), kind="text").authors == ["Ada Vesey"]


def test_a_bio_or_a_credit_in_the_story_keeps_the_byline() -> None:
    """Hard negatives: the author's bio opens with the name, and a credit puts an opener before it."""
    story = STORY.replace("Related\n", (
        "Ada Vesey is a reporter on the coast desk who has covered the islands and their ferries since"
        " the storm of last winter.\n"
        "Reporting by Ada Vesey in Nordport; editing by Tom Kessel for the wire's regional desk in the"
        " south.\nRelated\n"))
    assert newsgrab.extract(_page("Ada Vesey", story), kind="text").authors == ["Ada Vesey"]


SECOND = "Nordvik Isles has asked the union twice this year to keep the winter timetable as it stands."


def test_a_mention_is_a_name_after_a_lower_case_word_in_two_paragraphs() -> None:
    sentence = "The paper said the drill went ahead despite warnings from Nordvik Isles, and that talks had stopped."
    assert mentioned_in("Nordvik Isles", _prose(sentence) + _prose(SECOND))
    assert not mentioned_in("Nordvik Isles", _prose(sentence))  # once: how a story names its own author
    assert not mentioned_in("Nordvik Isles", _prose(SECOND) * 2)  # twice, never inside a sentence


def test_an_authors_closing_line_or_bio_names_them_once() -> None:
    """Hard negatives: the closing line and the bio with its verb first, one paragraph each."""
    contact = "If you have a question or a comment for Ada Vesey, you can write to the desk at any time."
    bio = "Als Reporterin schreibt Ada Vesey seit dem letzten Winter über die Inseln und ihre Fähren."
    assert not mentioned_in("Ada Vesey", _prose(contact))
    assert not mentioned_in("Ada Vesey", _prose(bio))


def test_no_mention_in_a_short_line_a_credit_a_dateline_or_a_longer_name() -> None:
    caption = "Ferries from Nordvik Isles"  # a caption, not prose
    assert not mentioned_in("Nordvik Isles", _twice(caption, "Nordvik Isles"))
    assert not mentioned_in("Jane Doe", _twice(
        "A ferry leaves the harbour at dawn on Monday, as it has done for many years (Jane Doe/Wire).", "Jane Doe"))
    assert not mentioned_in("Jane Doe", _twice(
        "Subscribe to the Harbour Letter by Jane Doe · thousands of readers get it every week.", "Jane Doe"))
    assert not mentioned_in("Nordvik", _twice(
        "The paper said the drill went ahead despite warnings from Nordvikhavn, and talks had stopped.", "Nordvik"))
    assert not mentioned_in("山田太郎", _prose("記事 " * 12 + "山田太郎"))  # no case, no word before to tell


def test_a_labelled_byline_is_left_as_it_is() -> None:
    meta = Metadata(authors=["Nordvik Isles"], provenance={"authors": "byline"})
    drop_prose_subject(meta, _twice(
        "The union warned that residents of Nordvik Isles would bear the cost of the cuts.", "Nordvik Isles"))
    assert meta.authors == ["Nordvik Isles"]
