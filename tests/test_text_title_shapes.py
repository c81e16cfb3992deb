"""Shapes of a headline line in a whole-page dump that the plain "no full stop at the end" test misses.

Invented lines and pages shaped like the converters' dumps (plain lines, as inscriptis, lynx and w3m
print them); each shape with a line it must take and one it must leave.
"""

from __future__ import annotations

from newsgrab.model import Block
from newsgrab.text.blocks import parse_text
from newsgrab.text.standfirst import longer_line_under
from newsgrab.text.titlepoints import folded_page, printed_again
from newsgrab.text.titleshape import title_like
from tests.harbour_dump import COUNCIL_STORY, MENU


def test_a_headline_in_title_case_may_end_with_an_initialism() -> None:
    for text in ("Harbour Council Sends Its Own Delegate to the U.N.", "A Fisherman's Guide to Life in N.Y.C.",
                 "Quota Talks Stall Between Norway and the U.S.\u201d"):
        assert title_like(Block(kind="p", text=text)), text


def test_a_sentence_a_place_or_a_clock_ending_with_an_initialism_is_not_a_headline() -> None:
    for text in ("The council sent a delegate to the conference run by the U.N.",  # sentence case
                 "Fishing boats in the harbour at Elizabeth, N.J.",  # a place after a comma: a caption
                 "Updated on October 7 at 4:40 p.m.",  # small letters: a clock
                 "Harbour Council Meets Again Today."):  # a plain full stop
        assert not title_like(Block(kind="p", text=text)), text


def test_the_headline_ending_with_an_initialism_is_found_over_the_lines_above_it() -> None:
    page = (f"Harbour Gazette\n\n{MENU}\n\nWorld\n\nHarbour Council Sends Its Own Delegate to the U.N.\n\n"
            f"By Lena Moravec\n\n{COUNCIL_STORY}\n{MENU}\n")
    assert parse_text(page).metadata.title == "Harbour Council Sends Its Own Delegate to the U.N."


def test_lynxs_modifier_letter_apostrophe_is_read_back_as_an_apostrophe() -> None:
    """lynx prints `&apos;` as U+02BC, a letter to a word tokenizer: "Councilʼs" would be one word."""
    headline = "Harbour Council\u02bcs Delegate Won\u02bct Wait for the Ministry"
    page = f"Harbour Gazette\n\n{MENU}\n\nWorld\n\n{headline}\n\nBy Lena Moravec\n\n{COUNCIL_STORY}\n{MENU}\n"
    doc = parse_text(page)
    assert doc.metadata.title == "Harbour Council's Delegate Won't Wait for the Ministry"


def test_a_modifier_letter_apostrophe_between_two_letters_outside_ascii_stays() -> None:
    """Ukrainian writes its apostrophe with U+02BC ("м\u02bcята"); a quote mark next to a Latin word does not."""
    doc = parse_text("Свіжа м\u02bcята на ринку\n\nНа ринку з\u02bcявилася свіжа м\u02bcята, і покупці раді цьому.\n")
    assert "м\u02bcята" in doc.metadata.title
    assert "з\u02bcявилася" in doc.blocks[0].text


HEADLINE = "Islanders Finally Get Their Say on Ocean Quotas"
DEK = "The council will send its own delegate to the United Nations conference on fishing quotas this year"
SHARE = "\n".join(f"  * {HEADLINE} on {site} (opens in a new window)" for site in ("Facebook", "X", "LinkedIn"))


def test_a_headline_printed_again_in_share_buttons_wins_over_the_longer_standfirst_under_it() -> None:
    """Without the share buttons the standfirst, which retells one word more of the story, wins."""
    header = f"World News\n\n{HEADLINE}\n\n{DEK}\n\nBy Lena Moravec"
    page = f"Harbour Gazette\n\n{MENU}\n\n{header}\n\n{COUNCIL_STORY}\n{SHARE}\n\n{MENU}\n"
    assert parse_text(page).metadata.title == HEADLINE


def test_a_line_printed_again_only_beside_itself_or_a_short_one_printed_twice_is_not_printed_again() -> None:
    """An image's alt text and its caption sit side by side; a three-word button is printed at the
    top and the foot of a page: neither is a headline printed again. The headline in share buttons is."""
    lines = ["Read More Stories", HEADLINE, DEK, DEK, "By Lena Moravec", *COUNCIL_STORY.split("\n\n"),
             "Read More Stories", f"{HEADLINE} on Facebook"]
    blocks = [Block(kind="p", text=line) for line in lines]
    page = "\n".join(lines).casefold()
    assert [index for index in range(len(blocks)) if printed_again(blocks, index, page)] == [1]


def test_the_page_folded_block_by_block_is_the_page_folded_whole() -> None:
    """Casefold maps character by character, so folding each block's text (an ASCII one on the fast path)
    gives the page folding it whole gives: a sharp s, a final sigma, a dotted capital I, curly quotes."""
    texts = ["HARBOUR GAZETTE", "Straße „Hafenmole“ — ΟΔΟΣ ΛΙΜΑΝΙΟΥ", "İZMİR FERRY’S LAST RUN", "plain ascii"]
    blocks = [Block(kind="p", text=text) for text in texts]
    blocks.append(Block(kind="p", text="Read the whole story", link_chars=20))
    assert folded_page(blocks) == "\n".join(texts).casefold()
    assert "strasse" in folded_page(blocks) and "read the whole" not in folded_page(blocks)


def test_a_line_wholly_in_brackets_is_not_a_headline() -> None:
    for text in ("(Image credit: Submitted by Jane Roe)", "(list price $79.99 at most shops)"):
        assert not title_like(Block(kind="p", text=text)), text
    assert title_like(Block(kind="p", text="Harbour Council (Again) Wins Its Seat"))


GALLERY = "\n\n".join(f"Photo {n} of 9\n\nView the gallery in full screen" for n in range(1, 10))


def test_a_headline_far_above_the_story_with_its_byline_under_it_is_found() -> None:
    """Eighteen gallery lines between the header and the story; the story retells too little of the
    headline for that alone to reach it, the byline under it does."""
    for top, mark in (("Harbour Gazette", ""), ("# Harbour Gazette", "## ")):  # a heading too, under an h1
        page = (f"{top}\n\n{MENU}\n\n{mark}Islanders Get a Say at Last\n\nBy Lena Moravec\n\n{GALLERY}\n\n"
                f"{COUNCIL_STORY}\n{MENU}\n")
        assert parse_text(page).metadata.title == "Islanders Get a Say at Last", top


def test_a_line_far_above_the_story_without_a_byline_or_date_under_it_is_not_taken() -> None:
    header = "Islanders Get a Say at Last\n\nSubscribe now"
    page = f"Harbour Gazette\n\n{MENU}\n\n{header}\n\n{GALLERY}\n\n{COUNCIL_STORY}\n{MENU}\n"
    assert parse_text(page).metadata.title != "Islanders Get a Say at Last"


def test_a_headline_over_a_longer_standfirst_without_a_full_stop_wins_over_it() -> None:
    """The standfirst retells more of the story, the headline sits on top of it."""
    headline = "Council Delegate to Speak on Fishing Quotas"
    page = (f"Harbour Gazette\n\n{MENU}\n\nWorld News\n\n{headline}\n\n{DEK}\n\nBy Lena Moravec\n\n"
            f"{COUNCIL_STORY}\n{MENU}\n")
    assert parse_text(page).metadata.title == headline


def test_a_short_label_over_a_headline_is_not_a_headline_over_its_standfirst() -> None:
    headline = Block(kind="p", text="Council Delegate to Speak on Fishing Quotas")
    assert longer_line_under(headline, Block(kind="p", text=DEK))
    assert not longer_line_under(Block(kind="p", text="World News"), headline)  # a section's label
    assert not longer_line_under(headline, Block(kind="p", text=DEK + "."))  # a sentence: is_dek's


_JA_STORY = ("北側の岸壁のクレーンは木曜日に三日間の修理を終え、朝七時には漁船が斜路に並んでいた。"
             "港の事務所によると、月曜日の夜の嵐でギアボックスが壊れたという。\n\n"
             "「今季一番の週を失った」と二十二年この港で漁をしてきた漁師は話した。"
             "クレーンはこの冬に二回点検されていた。\n\n"
             "事務所は来月、岸壁の照明も新しくすると発表した。修理の費用は市が負担する。\n")
_JA_DEK = "北側の岸壁のクレーンは木曜日に三日間の修理を終え、漁船が斜路に並んだ。"


def _ja_title(headline: str) -> str | None:
    header = f"{headline}\n\n{_JA_DEK}\n\n2021年3月3日"
    return parse_text(f"港新聞\n\n{MENU}\n\n{header}\n\n{_JA_STORY}\n{MENU}\n").metadata.title


def test_a_line_ending_with_a_chinese_or_japanese_full_stop_is_a_sentence_not_a_headline() -> None:
    assert not title_like(Block(kind="p", text=_JA_DEK))
    assert not title_like(Block(kind="p", text="港の事務所は修理の費用を発表した．"))
    assert _ja_title("港の朝が戻った") == "港の朝が戻った"


def test_a_headline_with_a_full_stop_inside_it_stays_a_headline() -> None:
    assert title_like(Block(kind="p", text="修理終了。港の朝が戻った"))
    assert _ja_title("修理終了。港の朝が戻った") == "修理終了。港の朝が戻った"
