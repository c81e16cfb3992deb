"""The page's main heading over a teaser list printed as lower headings (text/title.py `_retold_more`).

html2text and markdownify print a page's `<h1>` as "# ..." and a "most read" list's headlines as
"### ...". When such a list sits between the headline and the story, further than the headline
search reaches, one of its teasers won on its nearness alone, a heading being taken as settled.
A lower heading with no byline or date beside it now gives way to the main heading above it when
the story retells the main heading more; a logo's `<h1>`, which the story does not retell, does
not take a section's lower heading's place. Invented pages, tested both ways.
"""

from __future__ import annotations

from newsgrab.text.blocks import parse_text
from tests.harbour_dump import HEADLINE, MENU, STORY

#: a "most read" list's teasers, each a lower heading over its outlet's line, none retold by the story
TEASERS = "\n\n".join(f"### {title}\n\nHarbour Wire\n\nWeekend" for title in (
    "Lighthouse keepers vote to strike over winter rotas",
    "Ferry company orders two electric boats for the bay",
    "Fish market moves indoors for the first time in a century",
    "Council names new director of the maritime museum",
    "Sailing school doubles its summer places for children",
    "Storm delays opening of the new coastal footpath",
))


#: the story's headline: the story retells some of its words ("crane", "best week"), not most
MAIN = "Crane Trouble Costs Anglers Their Best Week"


def _page(top: str, under_last: str = "") -> str:
    """The site's name, its menu, `top`, "Most read" and the teasers (`under_last` under the last
    one's heading), then the story."""
    teasers = TEASERS.removesuffix("Harbour Wire\n\nWeekend") + (under_last or "Harbour Wire\n\nWeekend")
    return f"Harbour Gazette\n\n{MENU}\n\n{top}\n\nMost read\n\n{teasers}\n\n{STORY}\n{MENU}\n"


def test_the_main_heading_over_a_teaser_list_is_the_headline() -> None:
    """"# <headline>" / "Most read" / six "### <teaser>" / the story: the `<h1>`, whose words the
    story retells, not the last teaser over the story, whose words it does not."""
    assert parse_text(_page(f"# {MAIN}")).metadata.title == MAIN


def test_a_logo_heading_does_not_take_a_lower_headings_place() -> None:
    """The hard negative: the page's one `<h1>` is its logo, the story's headline a lower heading
    right over it; the story retells the lower heading, never the logo."""
    text = f"# Harbour Gazette Online\n\n{MENU}\n\nMost read\n\n{TEASERS}\n\n### {HEADLINE}\n\n{STORY}\n{MENU}\n"
    assert parse_text(text).metadata.title == HEADLINE


def test_a_lower_heading_with_its_byline_and_date_stays_the_headline() -> None:
    """A lower heading with its byline and date under it is the story's headline, however much the
    story retells the `<h1>` above."""
    text = _page(f"# {MAIN}", "By Lena Moravec\n\nMarch 4, 2024")
    assert parse_text(text).metadata.title == "Storm delays opening of the new coastal footpath"
