"""Whole-page text: the legal footer at the end of a page is not taken for its article.

A site's terms and disclaimers are long sentences, so they can outweigh an article made of lists (a
meal plan, a recipe card) or of one short paragraph; the copyright sign among the last blocks of the
text marks them as the footer (newsgrab/text/span.py, `_is_footer`).
"""

from __future__ import annotations

from newsgrab.text.blocks import parse_text

MENU = "\n".join(f"     * {w}" for w in (
    "Home", "Training", "Recipes", "Community", "Shop", "Blog", "Podcast", "Newsletter", "Contact"))
RELATED = "\n".join(f"     * {t}" for t in (
    "Five lunches you can pack the night before", "A week of breakfasts without an oven",
    "What to drink before a long run", "The spice drawer, sorted"))
PLAN = "\n\n".join(f"Day {n}\n\n   Oat porridge, one pear, a handful of walnuts\n\n   Lentil soup, rye bread\n\n"
                   f"   Baked trout, green beans, rice" for n in range(1, 5))
FOOTER = (
    "   Nothing on this site is medical advice; talk to a doctor before you change what you eat or how\n"
    "   much you train, and stop at once if anything hurts or you feel unwell during a session.\n\n"
    "   Results differ from one person to the next and depend on where you start, how much you sleep and\n"
    "   how closely you follow the plan; the stories on this site are not typical of every reader.\n\n"
    "   The statements about supplements on these pages have not been checked by any food authority and\n"
    "   the products are not meant to diagnose, treat, cure or prevent any disease whatsoever.\n\n"
    "   \u00a9 2024 Kettle & Plate Ltd. All rights reserved. The names and logos on this site belong to\n"
    "   their owners and may not be used without written permission from the company.\n\n"
    "   Terms | Privacy | Help\n"
)


def _page(article: str) -> str:
    return (f"{MENU}\n\nFour Days of Simple Meals\n\n   March 3, 2024 | BY: Kettle Team\n\n{article}\n\n"
            f"Related Articles\n\n{RELATED}\n\n{MENU}\n\n{FOOTER}")


def test_an_article_of_lists_is_not_outweighed_by_the_footer_below_it() -> None:
    intro = ("   These four days of meals need one shopping trip and about an hour of cooking on Sunday,\n"
             "   so the week starts with everything already in the fridge.\n\n"
             "   Swap the fish for tofu if you do not eat it; the portions stay the same.")
    texts = [block.text for block in parse_text(_page(f"{intro}\n\n{PLAN}")).blocks]
    assert texts[0].startswith("These four days of meals")
    assert not any("medical advice" in text or "\u00a9" in text for text in texts)


def test_a_one_paragraph_story_is_kept_over_the_footer() -> None:
    story = ("   The town council agreed on Tuesday to keep the night bus running through the winter, after\n"
             "   three hundred residents signed a letter asking for it to stay.")
    texts = [block.text for block in parse_text(_page(story)).blocks]
    assert texts and texts[0].startswith("The town council agreed")
    assert not any("medical advice" in text for text in texts)


def test_an_article_that_runs_into_the_footer_is_kept_whole() -> None:
    story = "\n\n".join(
        f"   Paragraph {n} of the report says the harbour crane was repaired on day {n} and that the boats\n"
        f"   went back out the same evening, which the fishermen had waited for since the storm." for n in range(1, 8))
    footer = "   \u00a9 2024 Harbour Post. All rights reserved.\n"
    page = f"{MENU}\n\nThe Crane Is Fixed\n\n   March 3, 2024\n\n{story}\n\n{footer}"
    texts = [block.text for block in parse_text(page).blocks]
    assert texts[0].startswith("Paragraph 1 of the report")
    assert any(text.startswith("Paragraph 7 of the report") for text in texts)


def test_a_short_story_with_a_copyright_credit_and_no_prose_above_it_stays_the_article() -> None:
    story = ("   The bakery on Mill Street reopened this morning after the flood, and the queue reached the\n"
             "   corner before seven o'clock, its owner said.\n\n"
             "   Photo \u00a9 Ana Ruiz, who lives two doors down and took it from her window at dawn today.")
    page = f"{MENU}\n\nThe Bakery Reopens\n\n   March 3, 2024\n\n{story}\n"
    texts = [block.text for block in parse_text(page).blocks]
    assert texts[0].startswith("The bakery on Mill Street reopened")
