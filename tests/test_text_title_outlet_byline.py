"""A byline that names the outlet under a headline, below the site's banner (text/titletop.py
`headline_by_dateline`, issue 13): "Nora Vale | Harbour Courier", "By Nora Vale for The Harbour
Courier" or the writer's address at the site's domain hold the banner's name, which the search read
as the first line printed again (the `<title>` line markdownify and BeautifulSoup print first), and
inscriptis' dump then kept its banner as the title. A byline under a line is evidence that the line
is the headline; the outlet it names is the site's. A CJK story's first paragraph is short in
characters, so the footer that names the banner is found under it by the paragraph's mass. Every
text here is invented."""

from __future__ import annotations

import newsgrab
from newsgrab.model import Block
from newsgrab.text.titletop import barred_byline, headline_by_dateline, is_bar_menu
from tests.sea_wall import STORY, TITLE

FOOT = "Harbour Courier, 12 Quay Street, Port Elwyn"


def _page(byline: str, *, top: str = "Harbour Courier\n\nNews Sport", foot: str = FOOT) -> str:
    return f"{top}\n\n{TITLE}\n\n{byline}\n\n{STORY}\n{foot}\n"


def _blocks(text: str) -> list[Block]:
    return [Block("p", part.strip()) for part in text.split("\n\n") if part.strip()]


def test_a_barred_byline_naming_the_outlet_keeps_the_headline_over_the_banner() -> None:
    for byline in ("Nora Vale | Harbour Courier\n\nMarch 4, 2024",
                   "By Nora Vale for The Harbour Courier\n\nMarch 4, 2024",
                   "By Nora Vale nora.vale@harbourcourier.example\n\nMarch 4, 2024"):
        article = newsgrab.extract(_page(byline), kind="text")
        assert article.title == TITLE, byline
        assert article.authors == ["Nora Vale"], byline


def test_a_byline_whose_rows_a_bar_parts_is_the_headlines_byline() -> None:
    # the date and the name on one line parted by a bar: no header reader takes the whole line
    assert barred_byline("March 4, 2024 | Nora Vale | Harbour Courier")
    assert barred_byline("Von Lena Moravec · Kaiblatt Nord")
    assert not barred_byline("Nora Vale | Harbour Courier")  # (names_only: the names row beside a date)
    assert not barred_byline("Home | News | Sport")
    assert not barred_byline("Review | A Long Week Ends for the Trawler Crews")
    article = newsgrab.extract(_page("March 4, 2024 | Nora Vale | Harbour Courier"), kind="text")
    assert article.title == TITLE


def test_a_menu_printed_as_one_line_is_told_by_its_short_items() -> None:
    assert is_bar_menu("Home | News | Sport")
    assert is_bar_menu("Politik · Sport · Kultur · Wetter")
    assert not is_bar_menu("Review | A Long Week Ends for the Trawler Crews")
    assert not is_bar_menu("News | Sport")  # (two items: a kicker and a section as well)


def test_the_same_in_another_language_and_with_another_bar() -> None:
    top, foot = "Kaiblatt Nord\n\nPolitik Sport", "© 2024 Kaiblatt Nord. Alle Rechte vorbehalten."
    article = newsgrab.extract(_page("Von Lena Moravec · Kaiblatt Nord", top=top, foot=foot), kind="text")
    assert article.title == TITLE


def test_a_cjk_story_under_its_dated_headline_finds_the_footer_by_its_mass() -> None:
    headline = "北港の桟橋で修理が終わり漁船が戻る"
    paragraph = ("北港のクレーンは三日間の修理を終えて木曜日に動き出し、朝七時には最初の漁船が船台の前に並んだ。"
                 "港の事務所によると、歯車箱は月曜夜の嵐で壊れたという。")
    assert len(paragraph) < 150  # (a Latin paragraph of as much text would be longer)
    text = f"Kaiblatt Nord\n\n{headline}\n\nLena Moravec 2024年3月4日\n\n{paragraph}\n\nKaiblatt Nord\n"
    assert headline_by_dateline(_blocks(text)) == 1
    assert newsgrab.extract(text, kind="text").title == headline


def test_a_menu_of_bars_under_the_banner_does_not_make_the_banner_the_headline() -> None:
    text = f"Harbour Courier\n\nHome | News | Sport\n\n{TITLE}\n\nBy Nora Vale\n\nMarch 4, 2024\n\n{STORY}\n{FOOT}\n"
    assert newsgrab.extract(text, kind="text").title == TITLE
    # no byline at all under the headline: the menu is still no byline, the banner no headline
    text = f"Harbour Courier\n\nHome | News | Sport\n\n{TITLE}\n\n{STORY}\n{FOOT}\n"
    assert newsgrab.extract(text, kind="text").title == TITLE


def test_a_title_line_printed_again_below_still_keeps_the_clean_texts_reading() -> None:
    # the `<title>` line first, the headline under it: printed again, whatever the byline names
    text = (f"{TITLE} | Harbour Courier\n\nSubscribe\n\n{TITLE}\n\nNora Vale | Harbour Courier\n\n"
            f"March 4, 2024\n\n{STORY}")
    assert headline_by_dateline(_blocks(text)) is None
    assert newsgrab.extract(text, kind="text").title == TITLE


def test_a_pasted_article_with_an_outlet_byline_keeps_its_first_line() -> None:
    # no banner: the first line is the title, its byline under it names the outlet
    text = f"{TITLE}\n\nNora Vale | Harbour Courier\n\nMarch 4, 2024\n\n{STORY}"
    assert headline_by_dateline(_blocks(text)) is None
    assert newsgrab.extract(text, kind="text").title == TITLE
