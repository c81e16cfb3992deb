"""Language detection without the statistical model: CJK scripts decide their language, function
words decide the rest; anything unclear is left to py3langid."""

from __future__ import annotations

import subprocess
import sys

import pytest

from newsgrab.meta.language import detect_language, guess_by_script

JAPANESE = "東京都は今日、新しい公園の計画を発表しました。市民の意見を聞きながら、来年の春に工事を始める予定です。"
CHINESE = "市政府今天公布了新公园的建设计划。官员表示，将在听取市民意见后，于明年春天开始施工。"
KOREAN = "서울시는 오늘 새 공원 건설 계획을 발표했다. 시민들의 의견을 들은 뒤 내년 봄에 공사를 시작할 예정이다."
ENGLISH_WITH_HAN = (
    "The shop sign read 福 in red, and the owner explained that the character means good fortune. "
    "She said most of her customers ask about it before the new year."
)


@pytest.mark.parametrize(("text", "expected"), [(JAPANESE, "ja"), (CHINESE, "zh"), (KOREAN, "ko")])
def test_cjk_scripts_decide_their_language(text: str, expected: str) -> None:
    assert guess_by_script(text) == expected
    assert detect_language(text * 2) == expected


def test_a_few_han_characters_in_english_prose_decide_nothing() -> None:
    assert guess_by_script(ENGLISH_WITH_HAN) is None


def test_cjk_pages_do_not_load_the_statistical_detector() -> None:
    """In a fresh interpreter (this one may have loaded py3langid for another test)."""
    code = (
        "import sys\n"
        "from newsgrab.meta.language import detect_language\n"
        f"assert detect_language({JAPANESE * 2!r}) == 'ja'\n"
        f"assert detect_language({CHINESE * 2!r}) == 'zh'\n"
        "assert 'py3langid' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
