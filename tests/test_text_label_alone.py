"""A byline's label alone on its line over its names: a label of a script without spaces needs no colon
there (get_text and markdownify print a credit list's term and value on lines of their own), but as a
list's item it is a menu's entry. Invented lines, held both ways."""

from __future__ import annotations

import pytest

import newsgrab
from newsgrab.model import Block
from newsgrab.text.labelalone import is_label_alone

MENU = "\n".join(f"  * {word}" for word in ("ホーム", "ニュース", "セキュリティ", "ブログ", "お問い合わせ"))
STORY = (
    "港の新しいクレーンは木曜日に動き始め、漁船は朝七時から岸壁に並んだ。修理には三日かかったと港湾事務所は説明している。\n\n"
    "事務所によると、クレーンは秋から二度点検されており、歯車箱は月曜日の夜の嵐で壊れたという。関係者は来週にも原因を公表する予定だ。\n\n"
    "漁業組合は、今シーズンで最も良い一週間を失ったと話している。組合は損失の補償を市に求める方針だ。\n"
)


def _page(credit: str) -> str:
    header = "港のクレーン、三日ぶりに再開\n\n公開日\n\n2019年2月13日"
    return f"港湾ニュース\n\n{MENU}\n\n{header}\n\n{credit}\n\n{STORY}\n{MENU}\n"


@pytest.mark.parametrize(
    ("block", "alone"),
    [
        (Block(kind="p", text="投稿者"), True),  # a credit list's term over its value (data: ja "投稿者")
        (Block(kind="p", text="著者"), True),
        (Block(kind="p", text="By"), True),  # the labels of a spaced script as before
        (Block(kind="p", text="Author:"), True),
        (Block(kind="li", text="著者"), False),  # a search filter's entry in a menu of such words
        (Block(kind="p", text="Author"), False),  # a spaced script's label needs its colon alone too
        (Block(kind="p", text="投稿者の声"), False),  # the label's characters opening a phrase
    ],
)
def test_what_is_a_label_alone(block: Block, alone: bool) -> None:
    assert is_label_alone(block) is alone


@pytest.mark.parametrize(
    ("credit", "authors"),
    [
        ("投稿者\n\nJane Doe", ["Jane Doe"]),
        ("投稿者\n\n山田太郎", ["山田太郎"]),
        ("  * 著者\n  * 価格", []),  # a search filter's menu: no credit, no author
        ("投稿者\n\n2019年2月14日", []),  # a date under the label names nobody
    ],
)
def test_a_label_of_an_unspaced_script_alone_over_its_names(credit: str, authors: list[str]) -> None:
    article = newsgrab.extract(_page(credit), kind="text")
    assert article.title == "港のクレーン、三日ぶりに再開"
    assert article.authors == authors
