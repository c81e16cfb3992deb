"""A byline's person with an agency or the site's own name run on after the name (text/namephrase.py
`name_before_agency`, text/site.py `cut_site_tails`): a converter joins a byline card's name line and
its agency or publication line into one run of words, and the whole run was reported as the author.

Invented pages in the converters' shapes; each cut with the page where it fires and the hard negative
where the same shape is a person's whole name.
"""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from newsgrab.text.blocks import parse_text
from newsgrab.text.namephrase import name_before_agency
from newsgrab.text.site import cut_site_tails, name_before_site

HEADLINE = "Ferry Crews Walk Out Over the New Night Timetable"
STORY = (
    "Crews on the island ferries stopped work on Monday evening, two weeks after the operator moved "
    "the last crossing of the night an hour later without asking them.\n\n"
    "\"Nobody rang us, nobody wrote, the rota simply changed overnight,\" said one deckhand, who has "
    "worked the northern route for eleven years, at the gate of the depot.\n\n"
    "The operator said it would meet the union on Wednesday and that the morning boats would sail as "
    "usual while the talks went on.\n"
)


def _menu(domain: str) -> str:
    return "\n".join(f"  * [{word}](https://www.{domain}/{word.lower()}/)"
                     for word in ("Home", "Local", "Sport", "Weather", "Opinion"))


def _page(byline: str, domain: str = "tidewatercourier.com") -> str:
    """A markdown dump: menu, headline, the byline line, a dateline, the story, the menu again."""
    menu = _menu(domain)
    return (f"{menu}\n\n# {HEADLINE}\n\n{byline}\n\nPublished 9:12 PM EST Mar 3, 2024\n\n{STORY}\n"
            f"{menu}\n\nContact us\n")


def _agency_tail_cases() -> list[tuple[str, str, str, str]]:
    data = tomllib.loads(resources.files("newsgrab.data").joinpath("byline_words.toml").read_text("utf-8"))
    return [(lang, t["agency_tail_example"], t["agency_tail_expected"], t["agency_tail_negative"])
            for lang, t in data.items() if "agency_tail_example" in t]


@pytest.mark.parametrize(("language", "example", "expected", "negative"), _agency_tail_cases())
def test_each_languages_agency_tail_both_ways(language: str, example: str, expected: str, negative: str) -> None:
    assert name_before_agency(example) == expected, language
    assert name_before_agency(negative) == negative, language


@pytest.mark.parametrize(("who", "expected"), [
    ("Orla Fenwick Reuters", "Orla Fenwick"),  # an agency's name alone
    ("Orla Fenwick The Associated Press", "Orla Fenwick"),  # its article goes with it
    ("Orla Beth Fenwick AFP", "Orla Beth Fenwick"),  # a name of three words stays whole
    ("Orla Fenwick Wire", "Orla Fenwick Wire"),  # a descriptor alone names no agency
    ("Orla Van Ap", "Orla Van Ap"),  # initials name an agency in capitals only
    ("Orla Fenwick AP", "Orla Fenwick"),
    ("Orla Fenwick", "Orla Fenwick"),
    ("Harbour News wire services", "Harbour News wire services"),  # a desk alone, no person before it
    ("Harbour Gazette Editorial Staff", "Harbour Gazette Editorial Staff"),  # a desk of the name before it
])
def test_name_before_agency(who: str, expected: str) -> None:
    assert name_before_agency(who) == expected


def test_a_bare_byline_run_into_its_agency_keeps_the_person() -> None:
    """"Orla Fenwick  Associated Press" under the headline: the name line and the agency line of a wire
    byline card, printed as one line."""
    doc = parse_text(_page("Orla Fenwick  Associated Press"))
    assert doc.metadata.authors == ["Orla Fenwick"]


def test_a_byline_run_into_the_sites_name_and_edition_keeps_the_person() -> None:
    """"By Orla Fenwick Tidewater Courier UK" on a page whose links all go to tidewatercourier.com."""
    doc = parse_text(_page("By Orla Fenwick Tidewater Courier UK"))
    assert doc.metadata.authors == ["Orla Fenwick"]


def test_a_byline_run_into_the_print_edition_the_page_links_to_keeps_the_person() -> None:
    """The desk's name then the print title, linked from the menu of the web site (another domain)."""
    page = _page("By Metro Desk The Evening Lantern").replace(
        "  * [Opinion]", "  * [The Evening Lantern](https://members.eveninglantern.com/subscribe)\n  * [Opinion]")
    assert parse_text(page).metadata.authors == ["Metro Desk"]


def test_a_surname_that_is_a_word_of_the_sites_name_is_kept() -> None:
    """Hard negative: "Orla Tidewater" on the Tidewater Courier is a person, not the site."""
    doc = parse_text(_page("By Orla Tidewater"))
    assert doc.metadata.authors == ["Orla Tidewater"]


def test_a_given_name_that_is_the_sites_one_word_name_is_kept() -> None:
    """Hard negative: "Vesna Marlow Ives" on vesna.com: the site's name opens the person's name, and
    nothing of a name is left before it to keep."""
    doc = parse_text(_page("By Vesna Marlow Ives", domain="vesna.com"))
    assert doc.metadata.authors == ["Vesna Marlow Ives"]


def test_cut_site_tails() -> None:
    own, linked = {"tidewatercourier"}, {"eveninglantern", "noravale"}
    assert cut_site_tails(["Orla Fenwick Tidewater Courier"], own, set()) == ["Orla Fenwick"]
    assert cut_site_tails(["Orla Fenwick The Evening Lantern"], set(), linked) == ["Orla Fenwick"]
    assert cut_site_tails(["Orla Fenwick", "Tidewater Courier"], own, set()) == ["Orla Fenwick"]  # the site alone goes
    assert cut_site_tails(["Tidewater Courier"], own, set()) == ["Tidewater Courier"]  # unless it is all there is
    assert cut_site_tails(["Orla Tidewater"], own, set()) == ["Orla Tidewater"]
    # a linked domain's name alone is kept: a person's own web site is linked from their byline
    assert cut_site_tails(["Orla Fenwick", "Nora Vale"], own, linked) == ["Orla Fenwick", "Nora Vale"]
    assert name_before_site("Orla Fenwick Tidewater Courier Weekend Desk", own) == (
        "Orla Fenwick Tidewater Courier Weekend Desk")  # more than an edition after it: no tail of the site's
