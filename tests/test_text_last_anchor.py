"""The article's last anchors in a whole-page dump are read as a page's last blocks are
(newsgrab/clean/span.py, `_read_last_anchors`): the dump goes on after the article with menus and a
footer that no run of notices makes a footer, which leaves a notice right after the last paragraph
mid-page, too long for the score to read there, so it anchored the article and stayed."""

from __future__ import annotations

from tests.harbour_dump import indented, numbered_story, removal_categories

STORY = numbered_story(
    "Paragraph {n} of the report says the ferry pier was rebuilt by week {n} and that the crossings",
    "went back to the summer timetable, which the island's shops had waited for since May.")
#: an affiliate note after the article: longer than the score reads mid-page, far from the dump's end
AFFILIATE_NOTE = ("   Heads up: some links in this story are affiliate links, and the site may earn a commission\n"
                  "   on what you order.")
#: the article's last paragraph in the same place (the hard negative): prose, it stays an anchor
LAST_PARAGRAPH = ("   The harbour master said the new pier should last fifty years, twice as long as the old one\n"
                  "   did.")
#: a paragraph about commissions in the same place: the article's own prose on a notice's topic
ABOUT_COMMISSIONS = ("   The council said the contractor's commission for the pier, paid out over three years,\n"
                     "   was the largest it had ever approved.")
#: the page's closing lines: menu labels and a house-rules sentence the score neither takes nor keeps
#: as prose, which breaks the run of notices that would make them a footer (`_text_footer`)
PAGE_END = indented(
    "More island news", "Weather", "Tides", "Timetables", "Photo galleries",
    "Our house rules apply to everything you post or send to this site.", "Obituaries", "Jobs", "Cookie settings")


def _page(after_story: str) -> str:
    head = "The Pier Is Open Again\n\n   By Ines Marlow\n\n   March 4, 2024"
    return f"{head}\n\n{STORY}\n\n{after_story}\n\n{PAGE_END}\n"


def test_a_notice_after_the_last_paragraph_goes_though_the_page_goes_on() -> None:
    verdicts = removal_categories(_page(AFFILIATE_NOTE))
    assert verdicts[" ".join(AFFILIATE_NOTE.split())] == "disclaimer"
    assert all(verdicts[text] is None for text in verdicts if text.startswith("Paragraph "))


def test_the_last_paragraph_in_the_same_place_stays() -> None:
    for last in (LAST_PARAGRAPH, ABOUT_COMMISSIONS):
        verdicts = removal_categories(_page(last))
        assert verdicts[" ".join(last.split())] is None
        assert all(verdicts[text] is None for text in verdicts if text.startswith("Paragraph "))


def test_a_short_story_keeps_its_first_anchor() -> None:
    text = f"Pier Reopens\n\n{AFFILIATE_NOTE}\n\n{PAGE_END}\n"
    verdicts = removal_categories(text)
    assert any(category is None for category in verdicts.values())
