"""A headline's length is counted in any script (titleshape.length_words, the `word` fact of
text/title.py): Chinese and Japanese write no spaces between words, so a headline in them would count
as one word and lose to a short menu label in Latin letters above it. The dumps are invented."""

from __future__ import annotations

import newsgrab
from newsgrab.text.titleshape import MIN_TITLE_WIDE_CHARS, WIDE_CHARS_PER_WORD, length_words

#: a Japanese headline (the harbour crane is back after three days of repairs, boats at dawn)
HEADLINE = "港のクレーンが三日ぶりに復旧、夜明けに船が列をなす"
STORY = (
    "北埠頭のクレーンの修理は予定より長くかかり、最初の船は夜明けに列をなした。港湾局によると、"
    "部品の到着が遅れたため作業は三日間に及んだという。\n\n"
    "漁業者の多くは一週間分の水揚げを失ったと話している。港湾局は来月、点検の日程を見直す方針だ。"
    "地元の商店も影響を受け、朝市の客足は普段の半分ほどだった。\n\n"
    "クレーンは一九八〇年代に設置されたもので、市は新しい設備への更新を検討している。"
)


def test_a_line_in_chinese_or_japanese_counts_its_characters_as_words() -> None:
    assert length_words("Business Sites Worldwide") == 3
    assert length_words(HEADLINE) >= 6
    assert length_words("港湾ニュース") == 1 + len("港湾ニュース") // WIDE_CHARS_PER_WORD
    # as many characters as make a headline count as many words as make one
    assert length_words("港" * MIN_TITLE_WIDE_CHARS) - 1 == MIN_TITLE_WIDE_CHARS // WIDE_CHARS_PER_WORD


def test_korean_counts_its_spaced_words_only() -> None:
    assert length_words("항구 크레인 사흘 만에 복구") == 5


def _dump(label: str) -> str:
    """A news page as w3m prints it: the site's links, a line of its sister sites in Latin letters
    over the headline, the byline and date, the story."""
    menu = "\n".join(f"  • {word}" for word in ("ホーム", "ニュース", "地域", "スポーツ", "天気"))
    return (f"港湾新聞\n\n{menu}\n\n{label}\n\n{HEADLINE}\n\n山田 花子\n\n2021年3月2日\n\n{STORY}\n\n{menu}\n")


def test_a_japanese_headline_outranks_a_latin_label_above_it() -> None:
    # counted by its spaces, the headline is one word to the label's six, which then wins
    assert newsgrab.extract(_dump("Business Sites in Asia and Europe"), kind="text").title == HEADLINE


def test_a_label_in_the_same_script_loses_to_the_headline() -> None:
    assert newsgrab.extract(_dump("港湾ニュース 特集"), kind="text").title == HEADLINE
