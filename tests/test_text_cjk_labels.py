"""Korean and Japanese date labels in a text's header are labels, not names (data/date_labels.toml, issue 13).

A page in Korean or Japanese prints its date with a label in its own script ("기사입력 2013-10-24",
"最終更新日：2021/07/14"). A label the lexicon did not hold was read as the name of a "Name, Date" line,
and a script without case gives no capital to tell a label or a teaser's headline from a person: the
pages' labels are data now, and the words before a date in such a script are a name only when short
(text/namephrase.py).
"""

from __future__ import annotations

import pytest

import newsgrab

#: a story's paragraph in each script, printed a few times under the header
_KO = ("항구에 폭풍이 몰아쳐 밤사이 나무 수십 그루가 쓰러지고 여러 도로가 막혔다고 소방당국이 밝혔다. "
       "주민들은 아침 일찍부터 복구 작업에 나섰다.")
_JA = ("港に嵐が押し寄せ、夜のうちに多くの木が倒れ、いくつもの道路がふさがったと消防が発表した。"
       "住民は朝早くから復旧作業を始めた。")


def _ko_page(header: str) -> str:
    headline = "항구에 몰아친 폭풍, 밤사이 나무 수십 그루 쓰러져"
    return f"뉴스 홈\n\n정치\n\n경제\n\n{headline}\n\n{header}\n\n" + "\n\n".join([_KO] * 4)


def _ja_page(header: str) -> str:
    return f"ニュース\n\n政治\n\n港に嵐、夜のうちに木が倒れる\n\n{header}\n\n" + "\n\n".join([_JA] * 4)


@pytest.mark.parametrize(
    ("page", "published", "modified"),
    [
        (_ko_page("입력 2013.10.24 03:00"), "2013-10-24", None),
        (_ko_page("최종수정 2013-10-25 09:00:00"), "2013-10-25", "2013-10-25"),
        (_ja_page("最終更新日：2021/07/14"), "2021-07-14", "2021-07-14"),
        (_ja_page("公表日 2018/12/23"), "2018-12-23", None),
    ],
)
def test_a_cjk_date_label_dates_the_page_and_names_no_one(page: str, published: str, modified: str | None) -> None:
    article = newsgrab.extract(page, kind="text")
    assert article.authors == []
    assert ((article.published or "")[:10], (article.modified or "")[:10] or None) == (published, modified)


@pytest.mark.parametrize(
    ("page", "authors"),
    [
        # a reporter's name before the date is still the byline: a name, then its role
        (_ko_page("홍길동 기자 2013-10-24 03:00:00"), ["홍길동"]),
        (_ja_page("山田太郎 2018/12/23"), ["山田太郎"]),
    ],
)
def test_a_name_before_a_cjk_date_is_still_read(page: str, authors: list[str]) -> None:
    assert newsgrab.extract(page, kind="text").authors == authors


def test_a_teaser_run_into_its_dateline_names_no_one() -> None:
    # entermedia.co.kr's related stories as inscriptis prints them: two headlines, the label, the date
    teaser = "폭풍 지나간 항구 풍경, 주민들이 다시 배를 띄우는 이유 기사입력 :[ 2018-08-25 15:24 ]"
    article = newsgrab.extract(_ko_page(teaser), kind="text")
    assert article.authors == []
    # the line is still a dateline, not a headline: the headline above it stays the title
    headline = "항구에 몰아친 폭풍, 밤사이 나무 수십 그루 쓰러져"
    assert (article.title, (article.published or "")[:10]) == (headline, "2018-08-25")


@pytest.mark.parametrize(
    ("words", "sentence"),
    [
        ("폭풍 지나간 항구 풍경, 주민들이 다시 배를 띄우는 이유", True),
        ("夜のうちに 木が 倒れた 港の 話", True),
        ("The storm closed the harbour on", True),  # a cased script: its last word in lower case
        # names: one word and a role, a spaced Japanese name, a list of names, a cased name of four words
        ("글 홍길동 기자", False),
        ("山田 太郎", False),
        ("홍길동, 김철수 기자", False),
        ("Maria de la Cruz", False),
    ],
)
def test_the_words_before_a_date_are_a_name_only_when_shaped_like_one(words: str, sentence: bool) -> None:
    from newsgrab.text.namephrase import is_sentence_before_date, uncased_name

    assert (is_sentence_before_date(words, 80) or uncased_name(words) is None) is sentence
