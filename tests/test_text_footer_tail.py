"""The blocks right above a text's footer are read as an article's last blocks (newsgrab/clean/span.py,
`_read_above_footer`): a whole-page dump goes on after the article with a footer, which would otherwise
leave a notice after the last paragraph mid-page, too long for the score to read there."""

from __future__ import annotations

from tests.harbour_dump import indented, numbered_story, removal_categories

STORY = numbered_story(
    "Paragraph {n} of the report says the harbour crane was repaired on day {n} and that the boats",
    "went back out the same evening, which the fishermen had waited for since the storm.")
#: a newsletter offer after the article: too long for the score mid-page, more than six blocks from the end
OFFER = ("   When you sign up for this free guide to the coast, you will also join our free weekly newsletter\n"
         "   about the islands.")
#: the article's last paragraph in the same place, in some of the same words ("sign", "when you")
LAST_PARAGRAPH = ("   When the crane was signed off, the harbour master said the repair had taken three weeks longer\n"
                  "   than the insurers had planned.")
#: article prose about a newsletter (a body paragraph on a notice's topic) in the same place
ABOUT_A_NEWSLETTER = ("   The harbour board's own newsletter, printed for members since 1950, was the first to\n"
                      "   report the crack in the crane's arm, two weeks before the insurers sent anyone.")
#: the author's bio: prose the footer's run stops at, which the score is unsure of
BIO = ("   Mara Lind is a Reader in the Department of Geography at the University of the Islands. Her book\n"
       "   on harbour towns, Tides and Trade, is out in paperback")
FOOTER = indented(
    "Comments are closed", "Register to keep reading",
    "Access 10 articles free in the next 30 days. You'll also receive our free newsletter.",
    "Follow us on Twitter", "Sign up for our newsletter", "Contact us", "Privacy policy")


def _page(last: str) -> str:
    head = "The Crane Is Fixed\n\n   By Mara Lind\n\n   March 3, 2024"
    return f"{head}\n\n{STORY}\n\n{last}\n\n   Mara Lind\n\n{BIO}\n\n{FOOTER}\n"


def test_a_notice_after_the_article_goes_though_a_footer_follows_the_dump() -> None:
    verdicts = removal_categories(_page(OFFER))
    offer = " ".join(OFFER.split())
    assert verdicts[offer] == "newsletter"
    assert all(verdicts[text] is None for text in verdicts if text.startswith("Paragraph "))


def test_the_articles_last_paragraph_in_the_same_place_stays() -> None:
    for last in (LAST_PARAGRAPH, ABOUT_A_NEWSLETTER):
        verdicts = removal_categories(_page(last))
        assert verdicts[" ".join(last.split())] is None
        assert all(verdicts[text] is None for text in verdicts if text.startswith("Paragraph "))
