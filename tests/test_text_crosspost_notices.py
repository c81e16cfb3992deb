"""Notices of a cross-post in text input (issue 12): what a text keeps of a notice once the converter
has dropped its markup, read by the score. Each mechanism where it fires and where it must not; the
pages are short examples written for these tests."""

from __future__ import annotations

import newsgrab
from newsgrab.clean.boilerplate import remove_boilerplate
from newsgrab.clean.span import notice_cues
from newsgrab.clean.views import PageFacts
from newsgrab.model import Block, Metadata
from newsgrab.rules import packaged_rules

STORY = [
    "The ferry company said on Monday that the winter timetable would start two weeks earlier this year.",
    "Islanders had asked for the change after storms cancelled a third of the crossings last November.",
    "The harbour board will review the timetable again in the spring, once the new pier is finished.",
    "Shopkeepers on the island said the earlier start would at least make deliveries easier to plan.",
    "A second boat is due to join the route next year, though its crew has not yet been hired.",
]
PAGE = Metadata(site_name="Island Chronicle", authors=["Ola Berg"], language="en")


def _blocks(texts: list[str]) -> list[Block]:
    """Blocks as the text path makes them: their origin names a line."""
    return [Block("p", text, origin=f"line {n}") for n, text in enumerate(texts, start=1)]


def test_a_site_name_of_several_words_is_found_inside_a_handle_or_an_address() -> None:
    page = PageFacts.of(PAGE)
    assert page.names_in(["follow", "us", "at", "islandchronicle_news"], "follow us at @islandchronicle_news")
    assert page.names_in(["write", "to", "desk", "islandchronicle", "org"], "write to desk@islandchronicle.org")
    assert not page.names_in(["the", "island", "s", "chronicle"], "the island's chronicle")
    # a one-word name is a word already: it is not looked for inside other words
    one = PageFacts.of(Metadata(site_name="Chronicle"))
    assert not one.names_in(["chronicles", "of", "the", "isle"], "chronicles of the isle")


def test_notices_that_name_the_site_do_not_make_the_page_one_about_its_publisher() -> None:
    # a cross-post's notices name its publisher one after another: each keeps its self-reference
    notices = ["Subscribe to the Island Chronicle newsletter.", "Follow the Island Chronicle on Mastodon.",
               "Comment on Island Chronicle articles on our forum."]
    cues = notice_cues(_blocks([*STORY, *notices]), (), PAGE)
    assert all(found is not None and found.get("self-reference") for found in cues[-3:])
    # a press release names its publisher in its news: there naming it tells nothing
    news = ["Island Chronicle today named a new editor for its weekend edition.",
            "Island Chronicle was founded in 1921 and is printed in the harbour town.",
            "Island Chronicle has doubled its readership since the paper went online."]
    cues = notice_cues(_blocks([*news, *STORY[:2]]), (), PAGE)
    assert not any(found and found.get("self-reference") for found in cues)


NOTE = ("Note to our readers: if this report was useful to you, please pass it on to friends and colleagues, "
        "post it on your forums and forward it to your mailing lists. Every share helps us reach new readers.")
FOOTER = ["***", NOTE, "This article first appeared in the Northern Ledger.", "© Northern Ledger, 2024",
          "Become a Friend of the Island Chronicle", "Articles by: Ola Berg", "Tags: ferries, islands",
          "Printed from the Island Chronicle"]


def test_in_text_a_paragraph_among_a_fenced_footers_lines_is_still_read() -> None:
    """Text makes a block of every footer line: counted in blocks the note sits too far from the end
    for the score to read a block that long, but under the separator that fences the footer it is
    read whole (`_footer_fence`)."""
    result = remove_boilerplate(_blocks([*STORY, *FOOTER]), (), metadata=PAGE)
    assert NOTE not in [block.text for block in result.kept]
    assert [block.text for block in result.kept][:len(STORY)] == STORY
    # without the separator the text's closing run of notices is its footer all the same (span.py,
    # `_text_footer`, tests/test_text_footer.py): the note is read there too, and goes
    result = remove_boilerplate(_blocks([*STORY, *FOOTER[1:]]), (), metadata=PAGE)
    assert [block.text for block in result.kept] == STORY
    # nor is it from HTML (no line origin), separator or not
    cues = notice_cues([Block("p", text) for text in [*STORY, *FOOTER]], (), PAGE)
    assert cues[len(STORY) + 1] is None


def test_a_notice_a_trailing_rule_knows_is_scored_where_the_rule_does_not_apply() -> None:
    follow = "Follow the Island Chronicle on Mastodon: @islandchronicle@mastodon.social"
    text = "\n\n".join(["Ferries Start Winter Timetable Early", "By Ola Berg", follow, *STORY]) + "\n"
    article = newsgrab.extract(text, kind="text")
    assert follow not in article.body and STORY[0] in article.body
    # the rule alone leaves it (it is a trailing rule and the line opens the article) ...
    rules = packaged_rules()
    blocks = _blocks([follow, *STORY])
    assert any(rule.scope == "trailing" and rule.fires(follow) for rule in rules)
    # ... the score takes it; and an article line that rule matches inside the body stays
    report = "Follow the money, one councillor told the meeting, and the delays explain themselves."
    result = remove_boilerplate([*blocks[:3], Block("p", report, origin="line 9"), *blocks[3:]], rules,
                                metadata=PAGE)
    kept = [block.text for block in result.kept]
    assert follow not in kept and report in kept


BIO = "Ola Berg is a freelance journalist who writes about the islands and their ferries."
DISCLAIMER = "Columns by guests state what their writers think, not what the editors think."


def test_in_text_a_separator_that_opens_a_run_of_notices_ends_the_article() -> None:
    """A text's footer is fenced by a separator; a notice in it that reads as plain prose (a bio, a
    disclaimer in words no list holds) no longer anchors the article there, so the notices above it
    are read as after the article."""
    footer = ["* * *", "Share this story with your friends and neighbours.", BIO,
              "Support the Island Chronicle with a monthly gift.", DISCLAIMER]
    result = remove_boilerplate(_blocks([*STORY, *footer]), (), metadata=PAGE)
    kept = [block.text for block in result.kept]
    # the bio goes; the disclaimer, plain prose even after the article, stays (the score never takes it)
    assert kept == [*STORY, DISCLAIMER], kept
    # the same run of blocks from HTML keeps the old reading: the disclaimer anchors the end, so the
    # appeal above it reads as inside the article and stays (the bio goes there too, on its own cues)
    html = remove_boilerplate([Block("p", text) for text in [*STORY, *footer]], (), metadata=PAGE)
    assert "Support the Island Chronicle with a monthly gift." in [block.text for block in html.kept]


def test_a_section_break_followed_by_more_of_the_story_is_no_fence() -> None:
    more = ["The pier itself has been delayed twice, first by the storms and then by a shortage of steel.",
            "Engineers now say the last piles will be driven in March, weather permitting.",
            "Share this story with your friends and neighbours."]
    result = remove_boilerplate(_blocks([*STORY, "* * *", *more]), (), metadata=PAGE)
    kept = [block.text for block in result.kept]
    assert kept[:len(STORY)] == STORY and more[0] in kept and more[1] in kept


def test_tag_lines_are_read_under_their_labels_in_other_languages() -> None:
    story = "\n\n".join(STORY)
    for label, tags in (("Rubrik", "Energie, Verkehr"), ("Thèmes", "Logement, Économie"),
                        ("Secciones", "Campo, Agua"), ("Рубрика", "Экономика")):
        article = newsgrab.extract(f"A Headline For The Test\n\nBy Ola Berg\n\n{label}: {tags}\n\n{story}\n",
                                   kind="text")
        assert article.tags == [t.strip() for t in tags.split(",")], label
        assert label not in article.body
    # a label the list does not know is no tag line: it stays in the body
    article = newsgrab.extract(f"A Headline For The Test\n\nBy Ola Berg\n\nWetter: sonnig\n\n{story}\n", kind="text")
    assert not article.tags and "Wetter: sonnig" in article.body


def test_a_german_disclaimer_names_the_editors_opinion() -> None:
    from newsgrab.clean.lexicon import vocabulary
    from newsgrab.clean.views import BlockText

    words = vocabulary("de")
    note = "Gastbeiträge geben nicht unbedingt die Meinung der Redaktion wieder."
    prose = "Die Redaktion hat ihre Meinung zu dem Projekt inzwischen geändert, sagte der Chefredakteur."
    assert "action:disclaimer" in BlockText.of(Block("p", note), note, words).hits
    assert "action:disclaimer" not in BlockText.of(Block("p", prose), prose, words).hits


def test_a_separator_before_a_section_that_goes_on_in_prose_is_no_fence() -> None:
    """Under a separator, a section of the story may open with a line that reads as a notice and go on
    in paragraphs, before a whole-page dump's own footer of short notices: its paragraphs are not all
    notices, so the separator fences nothing (`FENCED_NOTICE_SHARE`)."""
    section = ["Sponsored by the harbour board",
               "Our newsroom worked on this series with the harbour board, which invites readers to share their "
               "questions about the crossings and follow its updates.",
               "The board has run the ferry since 1952 and owns both boats, the older of which was built on the "
               "island itself.",
               "Its chairman said the timetable would be printed in every shop on the island by next week."]
    footer = ["Share on Facebook", "Follow us on Twitter", "Subscribe to our newsletter", "Contact us",
              "Advertise with us", "Privacy policy", "Terms of use", "Sign in"]
    blocks = _blocks([*STORY, "* * *", *section, *footer])
    kept = [block.text for block in remove_boilerplate(blocks, (), metadata=PAGE).kept]
    assert section[1] in kept and section[2] in kept and section[3] in kept
