"""A site's name with letters its domain spells in ASCII ("Estadão" on estadao.com.br, "Süddeutsche
Zeitung" on sueddeutsche.de, "Hürriyet" on hurriyet.com.tr) still names the site: the title loses it
and the site's name is read from it when no metadata gives one. data/ascii_spellings.toml's example is
checked both ways; a part that only shares letters with the domain ("Südtirol") stays."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from newsgrab.html.parse import parse_html
from newsgrab.meta.page import read_metadata
from newsgrab.meta.titlenames import ascii_spellings
from newsgrab.meta.titles import clean_title, fold_title, site_keys

_BODY = f'<p>{"The council voted to rebuild the harbour wall before the winter storms. " * 6}</p>'
_DATA = tomllib.loads(resources.files("newsgrab.data").joinpath("ascii_spellings.toml").read_text("utf-8"))


def _page(title: str, url: str, h1: str | None = None) -> tuple[str | None, str | None]:
    heading = f"<h1>{h1}</h1>" if h1 else ""
    tree = parse_html(f"<html><head><title>{title}</title></head><body><div>{heading}{_BODY}</div></body></html>")
    meta = read_metadata(tree, url)
    return meta.title, meta.site_name


def test_the_data_files_example_names_the_site_and_its_counter_example_does_not() -> None:
    keys = site_keys([], _DATA["example_domain"])
    headline = "Regierung beschließt neues Klimapaket für den Verkehr"
    assert clean_title(f"{headline} - {_DATA['example_name']}", keys) == headline
    kept = f"{_DATA['counter_example_name']} - {headline}"
    assert clean_title(kept, keys) == kept


@pytest.mark.parametrize(("url", "title", "headline", "site"), [
    ("https://www.estadao.com.br/politica/plano", "Governo aprova novo plano de habitação para jovens - Estadão",
     "Governo aprova novo plano de habitação para jovens", "Estadão"),
    ("https://www.hurriyet.com.tr/gundem/konut", "Hükümet yeni konut planını bugün açıkladı - Hürriyet",
     "Hükümet yeni konut planını bugün açıkladı", "Hürriyet"),
    ("https://www.sueddeutsche.de/politik/klima", "Regierung beschließt neues Klimapaket - Süddeutsche Zeitung",
     # the title loses the name, which holds the domain's label and a word more; only a part the
     # label names whole is read as the site's name (`titlenames.title_site_part`), as in ASCII
     "Regierung beschließt neues Klimapaket", None),
    ("https://borsen.dk/nyheder/bolig", "Regeringen fremlægger ny boligplan for unge - Børsen",
     "Regeringen fremlægger ny boligplan for unge", "Børsen"),
])
def test_a_site_part_spelled_with_marks_goes_and_names_the_site(url: str, title: str, headline: str,
                                                                 site: str | None) -> None:
    assert _page(title, url) == (headline, site)


def test_the_shown_logo_with_marks_is_the_banner_not_the_headline() -> None:
    # the first <h1> is the logo's text ("Estadão"), the headline is in the <title> alone
    title, _site = _page("Governo aprova novo plano de habitação para jovens - Estadão",
                         "https://www.estadao.com.br/politica/plano", h1="Estadão")
    assert title == "Governo aprova novo plano de habitação para jovens"


def test_a_part_that_only_starts_like_the_domain_stays() -> None:
    # "Público e privado" is the headline's first half on publico.pt, not the site
    title = "Público e privado - o debate sobre a saúde dos portugueses"
    assert clean_title(title, site_keys([], "https://www.publico.pt/2020/saude")) == title


def test_spellings_are_ascii_only_and_both_ways_for_two_way_letters() -> None:
    assert ascii_spellings(fold_title("Süddeutsche")) == ("suddeutsche", "sueddeutsche")
    assert ascii_spellings(fold_title("Estadão")) == ("estadao",)
    assert ascii_spellings("example") == ()  # already ASCII: nothing to add
    assert ascii_spellings(fold_title("日本経済新聞")) == ()  # no domain label spells it
