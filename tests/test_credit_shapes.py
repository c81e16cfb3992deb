"""Credits the provenance words cannot read (newsgrab/clean/credit_shapes.py): a print-issue line,
a source only when its magazine is not the page's own, and a credit in Japanese, Chinese or Korean,
whose name is read between the particle or bracket shapes and the history word.

The samples are our own words in the style of real credits; the publications are made up. The real
pages (../shared, skipped without it) are named by document: where each shape fires, and where not.
"""

from __future__ import annotations

import gzip
import json
import tomllib
from importlib import resources
from pathlib import Path

import pytest

import newsgrab
from newsgrab.clean.boilerplate import remove_boilerplate
from newsgrab.clean.credit_shapes import cjk_credit, print_issue_name, spells_site
from newsgrab.clean.provenance import names_no_source
from newsgrab.clean.shapes import fold
from newsgrab.clean.views import BlockText, PageFacts
from newsgrab.model import Block, Metadata
from newsgrab.rules import packaged_rules
from tests.test_provenance_names import BODY as PROVENANCE_BODY
from tests.test_provenance_names import PAGE

# the council story the provenance tests credit, without its closing sentence
BODY = PROVENANCE_BODY[:5]
DATA = tomllib.loads(resources.files("newsgrab.data").joinpath("provenance.toml").read_text(encoding="utf-8"))
CJK = sorted(language for language, section in DATA.items() if isinstance(section, dict) and "history" in section)


def _result(credit: str, url: str = PAGE, language: str = "en", site_name: str | None = None
            ) -> tuple[dict[str, object], list[str]]:
    blocks = [Block("p", text) for text in BODY] + [Block("p", credit)]
    result = remove_boilerplate(blocks, packaged_rules(),
                                metadata=Metadata(url=url, language=language, site_name=site_name))
    removed = [removal.text for removal in result.removed]
    return (result.original_source.to_dict() if result.original_source else {}), removed


# ------------------------------------------------------------------ the data file, each language both ways
def test_the_cjk_languages_are_the_ones_the_data_file_reads_by_shape() -> None:
    assert CJK == ["ja", "ko", "zh"]


@pytest.mark.parametrize("language", CJK)
def test_each_cjk_language_reads_its_example_and_no_name_in_its_negative(language: str) -> None:
    section = DATA[language]
    found = cjk_credit(section["shape_example"])
    assert found is not None and found[0] == section["shape_expected"]
    assert found[1] == (section["shape_date"] or None)
    assert cjk_credit(section["shape_negative"]) is None


@pytest.mark.parametrize("language", CJK)
def test_the_pass_removes_each_cjk_example_and_names_its_source(language: str) -> None:
    section = DATA[language]
    source, removed = _result(section["shape_example"], language=language)
    assert source.get("name") == section["shape_expected"]
    assert section["shape_example"] in removed
    assert not _result(section["shape_negative"], language=language)[0].get("name")  # (a ban goes, as copyright)


def test_the_english_print_issue_examples_both_ways() -> None:
    en = DATA["en"]
    assert _result(en["print_issue_example"])[0].get("name") == "Harbour Quarterly"
    own, removed = _result(en["print_issue_own"], url=en["print_issue_own_url"])
    assert not own.get("name") and en["print_issue_own"] in removed  # removed all the same, no source


# ------------------------------------------------------------------ the CJK shape
def test_a_cjk_name_stops_at_its_particle_and_leaves_out_the_date_and_the_linking_words() -> None:
    found = cjk_credit("（本記事は、みなと経済新報で2022年11月30日に掲載された記事を再構成したものです）")
    assert found is not None and found[:2] == ("みなと経済新報", "2022-11-30")
    assert cjk_credit("※この記事は「港町ジャーナル」からの転載です。")[0] == "港町ジャーナル"  # type: ignore[index]
    assert cjk_credit("《港湾日报》首发，作者授权发布。")[0] == "港湾日报"  # type: ignore[index]
    assert cjk_credit("本文转载自港湾日报，2023年4月2日")[:2] == ("港湾日报", "2023-04-02")  # type: ignore[index]


def test_reprint_bans_and_body_sentences_holding_a_history_word_name_nothing() -> None:
    assert cjk_credit("当サイトに掲載の記事・写真の無断転載を禁じます。") is None
    assert cjk_credit("未经本报书面授权，任何单位不得转载本报文章。") is None
    assert cjk_credit("저작권자 ⓒ 예시일보, 무단전재 및 재배포금지") is None
    assert cjk_credit("市の広報誌に写真が掲載された。") is None  # 写真が: no particle before the word
    assert cjk_credit("研究团队已将结果发表在期刊《港湾科学》上。") is None  # 发表 is no history word


# ------------------------------------------------------------------ the print issue and self-reference
def test_a_print_issue_line_names_its_magazine_either_way_round() -> None:
    assert print_issue_name("*This story appears in the May 6, 2024 issue of Harbour Quarterly.") == "Harbour Quarterly"
    assert print_issue_name("Harbour Quarterly's June 2024 issue is on newsstands May 21.") == "Harbour Quarterly"
    assert print_issue_name("In the May issue of Harbour Quarterly, a critic wrote that the plan was doomed.") is None


def test_the_pages_own_magazine_is_spelled_by_its_site_name_or_its_domain() -> None:
    assert spells_site("Example Daily Magazine", [], ("exampledailymag",))  # first letters of its words
    assert spells_site("Harbour Monthly", [["harbour", "monthly"]], ("hm-online",))  # the site name
    assert spells_site("Harbour Monthly", [], ("harbourmonthly",))  # its words run together
    assert spells_site("The Harbour", [], ("theharbour",)) and spells_site("The Harbour Review", [], ("harbourreview",))
    assert not spells_site("Harbour Quarterly", [["example", "daily"]], ("exampledaily",))


def test_a_print_issue_line_of_the_pages_own_magazine_is_a_credit_that_names_no_source() -> None:
    line = "This story appears in the May 2024 issue of Example Daily."
    page = PageFacts.of(Metadata(url=PAGE, language="en"))
    assert names_no_source(BlockText.of(Block("p", line), fold(line), page.vocabulary), page)
    other = PageFacts.of(Metadata(url="https://harbour.example.org/a", language="en"))
    assert not names_no_source(BlockText.of(Block("p", line), fold(line), other.vocabulary), other)


# ------------------------------------------------------------------ real pages (../shared)
def _postlight(shared: Path, doc: str) -> newsgrab.Article:
    truth = shared / "bench" / "meta" / "postlight" / "truth.json"
    item = next(i for i in json.loads(truth.read_text(encoding="utf-8")) if i["id"] == doc)
    return newsgrab.extract(gzip.decompress((truth.parent / item["file"]).read_bytes()), url=item.get("url"))


@pytest.mark.parametrize(("doc", "name", "cue"), [
    ("japan.zdnet.com", "TechRepublic Japan", "notice:rule:ja.syndication.reprint-credit+provenance-word+shape"),
    ("www.eonline.com", "GQ", "notice:rule:syndication.issue-on-newsstands+print-issue+shape"),
])
def test_real_shaped_credits_name_their_source(shared: Path, doc: str, name: str, cue: str) -> None:
    article = _postlight(shared, doc)
    assert article.original_source is not None and article.original_source.name == name
    assert article.provenance["original_source"] == cue


@pytest.mark.parametrize("doc", [
    "nymag.com",  # its own print-issue line ("... issue of New York Magazine" on nymag.com)
    "takagi-hiromitsu.jp",  # a body sentence: an article "was carried" (掲載され) in a magazine
])
def test_real_own_print_issue_and_body_sentences_name_no_source(shared: Path, doc: str) -> None:
    article = _postlight(shared, doc)
    assert article.original_source is None or article.original_source.name is None


def test_a_print_issue_line_names_a_source_only_on_a_page_that_knows_its_own_site() -> None:
    text = "\n\n".join(["Libraries to close", *BODY, "This story appears in the May 2024 issue of Harbour Quarterly."])
    unknown = newsgrab.extract(text.encode(), kind="text").original_source  # no URL, no domain, no site name
    assert unknown is None or unknown.name is None
    known = newsgrab.extract(text.encode(), kind="text", url=PAGE).original_source
    assert known is not None and known.name == "Harbour Quarterly"
