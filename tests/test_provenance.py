"""The provenance shape (newsgrab/clean/provenance.py): the original source read from a credit in
any wording, with no rule loaded, on both input kinds, and the cue that found it.

The samples are our own words in the style of real cross-posts. The real pages (../shared, skipped
without it) are named by document: where each cue fires rightly, and where it must not.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest

import newsgrab
from newsgrab.clean.boilerplate import remove_boilerplate
from newsgrab.clean.provenance import examples, names_no_source, read_credit, site_of, trim_name
from newsgrab.clean.shapes import fold
from newsgrab.clean.sources import kept_credit
from newsgrab.clean.views import BlockText, PageFacts
from newsgrab.model import Block, Link, Metadata
from newsgrab.options import Options

PAGE = "https://www.example-daily.com/2024/05/story"
BODY = [
    "The city council voted on Tuesday to close two of its four public libraries by the end of the year.",
    "Officials said the savings would go to road repairs, which residents ranked first in a recent survey.",
    "Library staff will be offered jobs at the remaining branches, the council's statement said.",
    "A petition against the closures has gathered more than eight thousand signatures since March.",
]


def _blocks(*tail: Block) -> list[Block]:
    return [Block("p", text) for text in BODY] + list(tail)


def _credit(block: Block, language: str = "en", url: str = PAGE) -> tuple[str | None, str | None, str | None, str]:
    page = PageFacts.of(Metadata(url=url, language=language))
    found = read_credit(BlockText.of(block, fold(block.text), page.vocabulary), page, "www.example-daily.com")
    assert found is not None, block.text
    return found.name, found.url, found.published, found.cue


def _no_credit(block: Block, language: str = "en") -> None:
    page = PageFacts.of(Metadata(url=PAGE, language=language))
    assert read_credit(BlockText.of(block, fold(block.text), page.vocabulary), page, "www.example-daily.com") is None


def _source_without_rules(blocks: list[Block], language: str = "en") -> tuple[dict[str, object], str | None]:
    result = remove_boilerplate(blocks, (), metadata=Metadata(url=PAGE, language=language))
    source = result.original_source
    return (source.to_dict() if source else {}), result.source_cue


# ------------------------------------------------------------------ the data file, each language both ways
@pytest.mark.parametrize("language", sorted(examples()))
def test_each_language_has_a_credit_that_names_no_source_and_one_that_does(language: str) -> None:
    no_source, source = examples()[language]
    page = PageFacts.of(Metadata(url=PAGE, language=language))
    assert names_no_source(BlockText.of(Block("p", no_source), fold(no_source), page.vocabulary), page)
    assert not names_no_source(BlockText.of(Block("p", source), fold(source), page.vocabulary), page)
    name, _, _, cue = _credit(Block("p", source), language)
    assert name and cue.startswith("provenance-word")


# ------------------------------------------------------------------ where the name comes from
def test_the_name_is_the_link_text_and_the_url_the_link_to_another_site() -> None:
    block = Block("p", "This report first appeared in the Harbour Gazette.",
                  [Link("Harbour Gazette", "https://harbourgazette.example.org/2024/report")])
    assert _credit(block) == ("Harbour Gazette", "https://harbourgazette.example.org/2024/report", None,
                              "provenance-word+link-text")


def test_a_capitalised_name_and_a_date_in_either_order_in_german_polish_and_dutch() -> None:
    de = Block("p", "Dieser Artikel erschien zuerst am 3. Mai 2024 in der Nordsee-Rundschau.")
    name, _, published, _ = _credit(de, "de")
    assert (name, published) == ("Nordsee-Rundschau", "3. Mai 2024")
    pl = Block("p", "Tekst pierwotnie ukazał się w Gazecie Przykładowej 12 marca 2024.")
    assert _credit(pl, "pl")[0] == "Gazecie Przykładowej"
    nl = Block("p", "Dit stuk verscheen oorspronkelijk in Het Voorbeeldblad.")
    assert _credit(nl, "nl")[0] == "Het Voorbeeldblad"


def test_a_bare_domain_and_else_the_host_of_a_link_elsewhere_name_the_source() -> None:
    assert _credit(Block("p", "Reprinted with permission from lakeside-monitor.org."))[:1] == ("lakeside-monitor.org",)
    here = Block("p", "This piece was originally published here.", [Link("here", "https://www.valleypost.example/a/1")])
    assert _credit(here)[0::3] == ("valleypost.example", "provenance-word+link-host")


def test_a_source_label_opening_one_part_of_a_line_and_its_link_elsewhere() -> None:
    line = Block("p", "4 June 2024, 10:12 | Source: Coastal Courier Online",
                 [Link("Coastal Courier Online", "https://www.coastalcourier.example/")])
    assert _credit(line)[0::3] == ("Coastal Courier Online", "source-label+link-text")


def test_a_name_stops_where_the_credit_runs_on() -> None:
    assert trim_name("Example Post / Photo credit: Jane Roe") == "Example Post"
    assert trim_name("Example Monthly. Follow her on social media") == "Example Monthly"
    assert trim_name("U.S. News & World Report") == "U.S. News & World Report"
    assert site_of("news.example.co.uk") == "example.co.uk"


# ------------------------------------------------------------------ where it must not fire
def test_contributors_print_editions_captions_and_body_sentences_name_no_source() -> None:
    _no_credit(Block("p", "Jane Roe contributed reporting from Lisbon."))
    _no_credit(Block("p", "A version of this article appears in print on page A12 of the Sunday edition. "
                          "Order Reprints",
                     [Link("Order Reprints", "https://reprints.example.net/")]))
    _no_credit(Block("p", "Con información de Ana Ejemplo y Luis Modelo."), "es")
    _no_credit(Block("caption", "Source: Example Wire"))
    blocks = _blocks(Block("p", "Her first novel, originally published by a small press in Leeds in 1998, sold a few "
                                "hundred copies before a radio programme made it a bestseller two decades later, and "
                                "the council now names a reading room after her."), *[Block("p", t) for t in BODY])
    assert _source_without_rules(blocks) == ({}, None)


def test_a_link_far_from_the_cue_names_nothing() -> None:
    far = Block("p", "This essay was first published in 2019. " + "It has been lightly edited for length. " * 3
                + "Order a print copy", [Link("Order a print copy", "https://shop.example.net/")])
    _no_credit(far)  # the link sits far from the cue word: a notice's action, not the credit's source


# ------------------------------------------------------------------ the pass, with no rule loaded
def test_the_pass_names_the_source_and_says_which_cue_found_it_without_rules() -> None:
    credit = Block("p", "This story was first published by the Ridge Valley Times on 2 April 2024.",
                   [Link("Ridge Valley Times", "https://ridgevalleytimes.example.com/story")])
    source, cue = _source_without_rules(_blocks(credit))
    assert source == {"name": "Ridge Valley Times", "url": "https://ridgevalleytimes.example.com/story",
                      "published": "2024-04-02"}
    assert cue == "score:provenance-word+link-text"


def test_an_author_bio_naming_where_the_author_writes_is_no_source() -> None:
    bio = Block("p", "Kim Example is a writer whose work has appeared in Example Monthly. Follow her on Twitter.")
    credit = Block("p", "Reprinted with permission from Example Review.")
    source, _ = _source_without_rules(_blocks(bio, credit))
    assert source.get("name") == "Example Review"


def test_the_text_path_names_the_source_and_provenance_says_the_cue() -> None:
    text = "\n\n".join([*BODY, "This article was originally published on Hillside Ledger."]).encode()
    article = newsgrab.extract(text, kind="text")
    assert article.original_source is not None and article.original_source.name == "Hillside Ledger"
    assert article.provenance["original_source"].startswith("notice:")
    assert all("Hillside" not in p for p in article.body.split("\n\n"))


def test_a_credit_that_only_dates_the_original_gives_its_date() -> None:
    line = Block("p", "Valley Courier, 3 May 2024 (originally published)")  # the opening words are never the name
    assert _credit(line) == (None, None, "3 May 2024", "provenance-word+date")
    _no_credit(Block("p", "Jane Roe, 3 May 2024 (contributed reporting)"))


def test_a_copyright_line_that_says_reprinted_names_the_source_with_the_rules() -> None:
    text = "\n\n".join([*BODY, "© Valley Courier 2024, reprinted"]).encode()
    article = newsgrab.extract(text, kind="text")
    assert article.original_source is not None and article.original_source.name == "Valley Courier"
    assert article.provenance["original_source"].startswith("notice:rule:")


def test_a_source_line_that_is_a_url_is_named_by_its_host() -> None:
    text = "\n\n".join([*BODY, "Source: https://www.valleycourier.example/2024/05/libraries"]).encode()
    source = newsgrab.extract(text, kind="text").original_source
    assert source is not None
    assert (source.name, source.url) == ("valleycourier.example", "https://www.valleycourier.example/2024/05/libraries")


def test_a_trailing_first_published_line_dates_the_source_not_the_page() -> None:
    text = "\n\n".join(["Libraries to close", *BODY, "First published by Valley Courier, 3 May 2024."]).encode()
    article = newsgrab.extract(text, kind="text")
    assert article.original_source is not None
    assert (article.original_source.name, article.original_source.published) == ("Valley Courier", "2024-05-03")
    assert article.published is None


def test_the_link_to_the_original_piece_wins_over_a_link_to_the_sources_home_page() -> None:
    credit = Block("p", "This story first appeared on Valley Courier. Read the original article.",
                   [Link("Valley Courier", "https://www.valleycourier.example/"),
                    Link("original article", "https://www.valleycourier.example/2024/05/libraries")])
    source, _ = _source_without_rules(_blocks(credit))
    assert source["url"] == "https://www.valleycourier.example/2024/05/libraries"


# ------------------------------------------------------------------ real pages (../shared)
def _meta_page(shared: Path, dataset: str, doc: str) -> newsgrab.Article:
    truth = shared / "bench" / "meta" / dataset / "truth.json"
    item = next(i for i in json.loads(truth.read_text(encoding="utf-8")) if i["id"] == doc)
    return newsgrab.extract(gzip.decompress((truth.parent / item["file"]).read_bytes()), url=item.get("url"))


@pytest.mark.parametrize(("dataset", "doc", "name", "cue"), [
    ("goose3", "content__test_wiwo", "Handelsblatt Online", None),  # "| Quelle:" mid-line, link elsewhere
    ("postlight", "uproxx.com", "CNN", "notice:score:source-label+link-text"),
    ("metascraper", "softwarefordays", "Functional Programming", "notice:score:provenance-word+name"),
])
def test_real_credits_name_their_source(shared: Path, dataset: str, doc: str, name: str, cue: str | None) -> None:
    article = _meta_page(shared, dataset, doc)
    assert article.original_source is not None and article.original_source.name == name
    if cue is not None:
        assert article.provenance["original_source"] == cue


@pytest.mark.parametrize(("dataset", "doc"), [
    ("goose3", "content__test_elpais"),  # "Con información de <reporters>"
    ("goose3", "content__test_huffingtonPost2"),  # "<AP writers> ... contributed to this report"
])
def test_real_contributor_lines_name_no_source(shared: Path, dataset: str, doc: str) -> None:
    article = _meta_page(shared, dataset, doc)
    assert article.original_source is None or article.original_source.name is None


def test_a_real_print_edition_line_names_no_source(shared: Path) -> None:
    page = shared / "bench" / "readability" / "pages" / "nytimes-3" / "source.html"
    article = newsgrab.extract(page.read_bytes(), url="http://fakehost/test/page.html")
    assert article.original_source is None or article.original_source.name is None


def _kept_by_reading(view: BlockText, page: PageFacts, host: str) -> bool:
    """`kept_credit` without its word gate: the credit read in full."""
    credit = read_credit(view, page, host)
    return credit is not None and credit.cue.startswith("source-label+link") and credit.url is not None


def test_kept_credit_skips_only_blocks_that_cannot_be_one() -> None:
    """`kept_credit` reads no credit in a block without a source label word (or with a provenance
    word): on every block of the corpus and the samples, and on a part-opening label, that gate
    changes nothing; and it does fire on the label line, so the comparison is not empty."""
    root = Path(__file__).parent
    paths = sorted((root / "boilerplate_corpus").glob("*.html")) + sorted((root.parent / "samples").glob("*.*"))
    line = Block("p", "4 June 2024, 10:12 | Source: Coastal Courier Online",
                 [Link("Coastal Courier Online", "https://www.coastalcourier.example/")])
    page = PageFacts.of(Metadata(url=PAGE, language="en"))
    label_view = BlockText.of(line, fold(line.text), page.vocabulary)
    assert kept_credit(label_view, page, "www.example-daily.com")
    assert _kept_by_reading(label_view, page, "www.example-daily.com")
    checked = 0
    for path in paths:
        article = newsgrab.extract_file(path, options=Options(keep=frozenset({"all"})))
        facts = PageFacts.of(article)
        host = urlsplit(article.url or "").hostname or "www.example-daily.com"
        for block, _ in article.timeline:
            text = fold(block.text)
            if not text:
                continue
            view = BlockText.of(block, text, facts.vocabulary)
            assert kept_credit(view, facts, host) == _kept_by_reading(view, facts, host), block.text
            checked += 1
    assert checked > 500
