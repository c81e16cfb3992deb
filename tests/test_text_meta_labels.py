"""Dates and bylines the text path reads with the HTML path's vocabulary (issue 13): every published
label of data/date_labels.toml as a CMS prints it, its value on the next line, and a date label
glued to the name before it."""

from __future__ import annotations

import gzip
import tomllib
from importlib import resources
from pathlib import Path

import pytest

import newsgrab
from newsgrab.model import Block, Metadata
from newsgrab.text.around import read_around_copies

TEXTBENCH = Path(__file__).resolve().parents[1] / ".." / "shared" / "bench" / "textbench" / "scrapinghub"

STORY = "The storm felled many trees overnight and blocked several streets, the fire brigade said on Monday."


def _published_labels() -> list[tuple[str, str]]:
    data = tomllib.loads(resources.files("newsgrab.data").joinpath("date_labels.toml").read_text("utf-8"))
    return [(language, label) for language, words in data["published"].items() for label in words]


@pytest.mark.parametrize(("language", "label"), _published_labels())
def test_a_published_label_reads_the_date_on_the_next_line(language: str, label: str) -> None:
    # "Publish date:" / "Oct 4, 2018", as get_text and w3m split a CMS's definition list
    text = f"Storm over the harbour\n\n{label.capitalize()}:\n\n12 July 2021\n\n{STORY}"
    article = newsgrab.extract(text, kind="text")
    assert (article.published, article.modified) == ("2021-07-12", None), language
    assert "2021" not in article.body and label.casefold() not in article.body.casefold(), language


@pytest.mark.parametrize(("language", "label"), _published_labels())
def test_a_published_label_without_a_date_after_it_reads_nothing(language: str, label: str) -> None:
    text = f"Storm over the harbour\n\n{label.capitalize()}:\n\nHarbour news\n\n{STORY}"
    assert newsgrab.extract(text, kind="text").published is None, language


@pytest.mark.parametrize(
    ("line", "authors", "published"),
    [
        # inscriptis joins a definition list's terms and values into one line (dealbreaker.com,
        # practicalhorsemanmag.com: "<dt>Author:</dt><dd>..</dd><dt>Publish date:</dt><dd>..</dd>")
        ("Author:The Harbour CoolerPublish date:Nov 18, 2019", ["The Harbour Cooler"], "2019-11-18"),
        ("Author:Quayside Angler Editorial StaffPublish date:Sep 6, 2018",
         ["Quayside Angler Editorial Staff"], "2018-09-06"),
        ("Autor:Anna BergVeröffentlicht:12. März 2024", ["Anna Berg"], "2024-03-12"),
        # a capital inside a name is no label ("McDonald"), nor is a label without its colon
        ("Author:Jane McDonald", ["Jane McDonald"], None),
    ],
)
def test_a_date_label_glued_to_a_name_is_parted_off(line: str, authors: list[str], published: str | None) -> None:
    article = newsgrab.extract(f"Storm over the harbour\n\n{line}\n\n{STORY}", kind="text")
    assert (article.authors, article.published) == (authors, published)


def test_a_word_glued_to_a_label_without_a_colon_stays_in_the_name() -> None:
    from newsgrab.model import Block
    from newsgrab.text.byline import unglued_byline

    block = Block(kind="p", text="Author:Jane DoePosted 12 July 2021")
    assert unglued_byline(block).text == block.text


# ------------------------------------------------------------------ the headline printed more than once
def _blocks(*texts: str) -> list[Block]:
    return [Block(kind="p", text=text) for text in texts]


#: a page's lines as get_text prints them: a gallery's bar with the headline and its header lines,
#: then the article's own printing of the headline (index HEADLINE) with share buttons under it
GALLERY = ("News", "Storm over the harbour", "{header}", "Facebook", "Back to Gallery",
           "Storm over the harbour", "Facebook", "Twitter", "1 of", "4")
HEADLINE = 5


@pytest.mark.parametrize(
    ("header", "authors", "published"),
    [
        (["By Jane Doe", "Nov. 20, 2019"], ["Jane Doe"], "2019-11-20"),
        (["Mar. 14, 2019", "Updated: Mar. 14, 2019 2:10 a.m."], [], "2019-03-14"),
        (["Por Clarice Bento", "05/11/2018"], ["Clarice Bento"], None),
        # a bare name's shape is a sticky bar's button's too: not read next to another printing
        (["Currently Reading", "Nov. 20, 2019"], [], "2019-11-20"),
        (["Jane Doe"], [], None),
    ],
)
def test_the_header_under_another_printing_of_the_headline_is_read(
        header: list[str], authors: list[str], published: str | None) -> None:
    texts = [t for line in GALLERY for t in (header if line == "{header}" else [line])]
    meta = Metadata()
    taken = read_around_copies(_blocks(*texts), HEADLINE + len(header) - 1, "Storm over the harbour", meta)
    assert (meta.authors, meta.published) == (authors, published)
    assert all(texts[index] in header for index in taken)


@pytest.mark.parametrize(
    ("line", "published"),
    [
        # get_text joins "<h1>..</h1><time>..</time>" (panarmenian.net): the dateline after the headline
        ("Storm over the harbour November 20, 2019 - 11:28 AMT", "2019-11-20"),
        ("Storm over the harbour | 12 March 2024 10:00", "2024-03-12"),
        # a sentence that goes on from the headline's words is no header
        ("Storm over the harbour closed 3 roads, officials said on Monday", None),
    ],
)
def test_a_dateline_glued_to_a_printing_of_the_headline_is_read(line: str, published: str | None) -> None:
    meta = Metadata()
    blocks = _blocks("Storm over the harbour", "Home", "News", line)
    taken = read_around_copies(blocks, 0, "Storm over the harbour", meta)
    assert (meta.published, taken) == (published, {3} if published else set())


@pytest.mark.parametrize(
    ("converter", "key", "published", "authors"),
    [
        # the dateline sits under the gallery's printing (timesunion.com), glued to the headline (panarmenian.net);
        # the wire byline in capitals beside the gallery's dateline is read, as the story signs off with it
        ("bs4", "d0382c0d9573a0a7beb1e649012d04ec7275ac23513ca6ca59e51477b028283c", "2019-11-20", ["JANIE HAR"]),
        ("markdownify", "d0382c0d9573a0a7beb1e649012d04ec7275ac23513ca6ca59e51477b028283c", "2019-11-20",
         ["JANIE HAR"]),
        ("bs4", "d90bda7ed14df19574f4ca8b1ccde5752a78f40058af1393e81cc99adb3e8756", "2019-11-20", []),
    ],
)
def test_real_dumps_read_the_date_by_another_printing(converter: str, key: str, published: str,
                                                      authors: list[str]) -> None:
    dump = TEXTBENCH / converter / f"{key}.txt.gz"
    if not dump.is_file():
        pytest.skip("../shared/bench/textbench is absent")
    article = newsgrab.extract(gzip.decompress(dump.read_bytes()), kind="text")
    assert (article.published or "")[:10] == published
    assert article.authors == authors  # the bare names by the other printing ("Currently Reading") stay unread


def test_the_first_line_is_no_printing_of_the_headline_to_read_around() -> None:
    # markdownify and get_text print the <title> first, above the site's header and its date of today
    meta = Metadata()
    blocks = _blocks("Storm over the harbour", "Subscribe", "Wed, Nov 20, 2019", "Menu", "News",
                     "Storm over the harbour", "On 03/12/19 at 5:00 PM EST")
    assert read_around_copies(blocks, 5, "Storm over the harbour", meta) == set()
    assert meta.published is None


@pytest.mark.parametrize(
    ("line", "site_name", "published"),
    [
        # a weekday before the date is the date's, in every language of data/calendar_words.toml
        ("Wed, Nov 20, 2019", None, "2019-11-20"),
        ("Mittwoch, 20. November 2019", None, "2019-11-20"),
        ("Mercredi 20 novembre 2019", None, "2019-11-20"),
        # a site's name before it stays a name
        ("Reuters March 4, 2019", "Reuters", "2019-03-04"),
    ],
)
def test_a_weekday_before_a_date_names_no_site(line: str, site_name: str | None, published: str) -> None:
    article = newsgrab.extract(f"Storm over the harbour\n\n{line}\n\n{STORY}", kind="text")
    assert (article.site_name, article.published) == (site_name, published)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        # a theme prints the section's links after the byline's date (space.com, livescience.com)
        ("By Ivo Marsh 2019-03-11T14:27:08Z Tides & Weather", ["Ivo Marsh"]),
        ("By Yelena Sarrowby 2019-03-11T13:52:46Z Health", ["Yelena Sarrowby"]),
        ("Von Anna Berg, 12. März 2024 Wissen & Technik", ["Anna Berg"]),
        # ...or where a contact starts: an e-mail address (spokesman.com), a handle glued to the name
        # (theverge.com, dawgsbynature.com)
        ("By Elsa Brannock elsab@example.com(509) 418-2297", ["Elsa Brannock"]),
        ("By Tobin Hallgarth@thallgarth Mar 12, 2019, 6:48pm EST", ["Tobin Hallgarth"]),
        ("By Rowan Petrak@GullsByHarbour", ["Rowan Petrak"]),
        # names joined by "&" with no date or contact after them are all names
        ("By Jane Doe & John Roe", ["Jane Doe", "John Roe"]),
        ("By Jane Doe", ["Jane Doe"]),
    ],
)
def test_a_bylines_names_end_where_its_date_or_a_contact_starts(line: str, authors: list[str]) -> None:
    article = newsgrab.extract(f"Storm over the harbour\n\n{line}\n\n{STORY}", kind="text")
    assert article.authors == authors


def test_one_rule_takes_an_update_for_the_publication_on_both_paths() -> None:
    from newsgrab.meta.dates import published_or_update

    assert published_or_update("2024-03-05", "2019-11-20") == "2024-03-05"
    assert published_or_update(None, None, "2019-11-20", "2019-11-21") == "2019-11-20"
    assert published_or_update(None, None) is None
    # the text path: a text whose only date is its update takes it as the publication, as a page does
    article = newsgrab.extract(f"Storm over the harbour\n\nUpdated 1:39 am EST, Nov. 20, 2019\n\n{STORY}", kind="text")
    assert (article.published, article.modified) == ("2019-11-20T01:39:00-05:00", "2019-11-20T01:39:00-05:00")
    page = ("<html><body><article><h1>Storm over the harbour</h1><p>Updated <time>Nov. 20, 2019</time></p>"
            f"<p>{STORY}</p><p>{STORY}</p></article></body></html>")
    html = newsgrab.extract(page, kind="html")
    assert (html.published or "")[:10] == "2019-11-20"


# ------------------------------------------------------------------ the lines around the start of the article
@pytest.mark.parametrize(
    ("texts", "authors", "published", "taken"),
    [
        # under the lead photo's caption: the dateline is read, and the agency alone right above it signs the
        # story, as it does above a dateline under the headline (the two-line "Reuters March 4, 2024")
        (("In this file photo, a crane lifts a new hull into the dry dock at the harbour.",
          "The Associated Press", "Published Monday, March 4, 2024 9:10AM EST",
          "OSLO -- The harbour authority says the new dock will double the yard's capacity by next spring..."),
         ["The Associated Press"], "2024-03-04", {1, 2}),
        # a desk as a list's item (a theme's list of authors) reads the same
        (("In this file photo, a crane lifts a new hull into the dry dock at the harbour.",
          "Our Harbour Staff", "4 March 2024 • 9:10am", "The harbour authority says the new dock will open soon."),
         ["Our Harbour Staff"], "2024-03-04", {1, 2}),
        # a person's bare name there is a caption's credit as often: not read; nor a role with a desk's word
        (("In this file photo, a crane lifts a new hull into the dry dock at the harbour.",
          "Jane Doe", "Published Monday, March 4, 2024 9:10AM EST", "The harbour authority says so."),
         [], "2024-03-04", {2}),
        (("In this file photo, a crane lifts a new hull into the dry dock at the harbour.",
          "Staff Writer", "Published Monday, March 4, 2024 9:10AM EST", "The harbour authority says so."),
         [], "2024-03-04", {2}),
        # under a newsletter box (as inscriptis prints a news site's)
        (("Harbour alerts and the week's dock reports, in your inbox each Friday.", "SUBSCRIBE",
          "Mar. 5, 2024, 7:15 AM UTC", "By Mara Quill", "A harbour pilot was fined on Monday, the port said."),
         ["Mara Quill"], "2024-03-05", {2, 3}),
        # a bare name, a source line and a sentence that holds a date are the story's
        (("The storm felled many trees overnight.", "Jane Doe", "Source: Harbour Police",
          "On November 18, 2019 the harbour was closed."), [], None, set()),
        # past the first LINES_INTO_ARTICLE blocks nothing is read
        (("One.", "Two.", "Three.", "Four.", "Five.", "Six.", "Mar. 5, 2024, 7:15 AM UTC"), [], None, set()),
        # but a dateline on the window's last line keeps its labelled byline right under it (a caption, a
        # newsletter box and its button above the two, each a block of its own)
        (("A crane lifts a hull at the harbour.", "Jane Doe / Harbour Photo", "Harbour Alerts",
          "Harbour alerts and the week's dock reports, in your inbox each Friday.", "SUBSCRIBE",
          "Mar. 5, 2024, 7:15 AM UTC", "By Harbour Wire", "HARBOURTON — The dock opened on Monday."),
         ["Harbour Wire"], "2024-03-05", {5, 6}),
        # only the one line right under it, and only a byline: a bare name there is a caption's credit as often
        (("A crane lifts a hull at the harbour.", "Jane Doe / Harbour Photo", "Harbour Alerts",
          "Harbour alerts and the week's dock reports, in your inbox each Friday.", "SUBSCRIBE",
          "Mar. 5, 2024, 7:15 AM UTC", "John Roe", "By Harbour Wire"), [], "2024-03-05", {5}),
    ],
)
def test_the_lines_under_the_start_of_the_article_are_read(
        texts: tuple[str, ...], authors: list[str], published: str | None, taken: set[int]) -> None:
    from newsgrab.text.farther import read_into_article

    meta = Metadata()
    assert read_into_article(_blocks(*texts), 0, len(texts), meta) == taken
    assert (meta.authors, (meta.published or "")[:10] or None) == (authors, published)


def test_a_header_under_a_newsletter_box_leaves_the_body() -> None:
    text = ("U.S. news\n\nStorm over the harbour\n\nThe storm felled trees and blocked streets across the district.\n\n"
            "Harbour Alerts\n\nHarbour alerts and the week's dock reports, in your inbox each Friday.\n\n"
            f"SUBSCRIBE\n\nMar. 5, 2024, 7:15 AM UTC\n\nBy Mara Quill\n\n{STORY}\n\n{STORY}\n\n{STORY}")
    article = newsgrab.extract(text, kind="text")
    assert (article.authors, (article.published or "")[:10]) == (["Mara Quill"], "2024-03-05")
    assert "Mara Quill" not in article.body and "8:41" not in article.body


# ------------------------------------------------------------------ labelled header lines above the window
#: a page's lines as lynx prints a header that sits above its headline (nymag.com, pitchfork.com,
#: foxnews.com, buzzfeed.com in bench/meta: "By Jane Doe" or "Published ..." then the section's kicker,
#: share buttons, the headline); FAR_HEADER is the headline's index
FAR_HEADER = ("Site Name", "News", "{line}", "Share", "Facebook", "Twitter", "Politics",
              "Storm over the harbour", STORY)
FAR_HEADLINE = 7


@pytest.mark.parametrize(
    ("line", "authors", "published"),
    [
        ("By Gabriel Doe", ["Gabriel Doe"], None),
        ("Par Bertille Martin, Marie Dupont", ["Bertille Martin", "Marie Dupont"], None),
        ("Published August 23, 2010", [], "2010-08-23"),
        ("Posted on 9 Oct 2016", [], "2016-10-09"),
        # unlabelled: a teaser's name or date is shaped the same, so nothing is read this far up
        ("Jane Doe", [], None),
        ("October 6, 2011", [], None),
        # a modification date alone is not taken for the story's publication from this far
        ("Updated August 15, 2010", [], None),
    ],
)
def test_labelled_header_lines_above_the_window_are_read(line: str, authors: list[str], published: str | None) -> None:
    from newsgrab.text.farther import read_far_above

    blocks = _blocks(*(text.format(line=line) for text in FAR_HEADER))
    meta = Metadata()
    taken = read_far_above(blocks, FAR_HEADLINE, FAR_HEADLINE - 2, meta)
    assert (meta.authors, meta.published) == (authors, published)
    assert taken == ({2} if authors or published else set())


def test_a_byline_beyond_the_far_window_is_not_read() -> None:
    from newsgrab.text.farther import FAR_ABOVE, read_far_above

    # a related story's byline at the top of a long menu is not the headline's
    menu = (f"Menu {n}" for n in range(FAR_ABOVE))
    blocks = _blocks("Site Name", "By Jane Doe", *menu, "Storm over the harbour", STORY)
    meta = Metadata()
    headline = len(blocks) - 2
    assert read_far_above(blocks, headline, headline - 2, meta) == set() and meta.authors == []


def test_the_first_line_is_never_read_as_a_far_byline() -> None:
    from newsgrab.text.farther import read_far_above

    # the `<title>` line a converter prints first ("By the sea | Site") is the page's, not a byline
    blocks = _blocks("By The Sea Hotel", "Share", "Facebook", "Storm over the harbour", STORY)
    meta = Metadata()
    assert read_far_above(blocks, 3, 1, meta) == set() and meta.authors == []


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        # a theme's author link and its screen-reader copy, joined by the converter (wired.com "Author:",
        # bloomberg.com "by", a ScrapingHub page's "By" in bench/meta and textbench)
        ("Author: Abel RoskinAbel Roskin", ["Abel Roskin"]),
        ("by Andrea LundAndrea Lund", ["Andrea Lund"]),
        ("By Owen Carrick Owen Carrick", ["Owen Carrick"]),
        # two different names stay two
        ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
    ],
)
def test_a_byline_name_printed_twice_is_read_once(line: str, authors: list[str]) -> None:
    article = newsgrab.extract(f"Storm over the harbour\n\n{line}\n\n{STORY}", kind="text")
    assert article.authors == authors


def test_only_a_name_of_several_words_is_halved() -> None:
    from newsgrab.text.byline import undoubled

    assert [undoubled(who) for who in ("Tom Tom", "Mary Mary Jones", "Jane Doe")] == ["Tom Tom", "Mary Mary Jones",
                                                                                     "Jane Doe"]


def test_a_name_printed_twice_under_a_lone_by_is_read_once() -> None:
    # get_text and lynx part "By" from the author's link, which carries its hidden copy (bloomberg.com)
    blocks = _blocks("Storm over the harbour", "By", "Andrea LundAndrea Lund", STORY)
    meta = Metadata()
    from newsgrab.text.around import read_around

    assert read_around(blocks, 0, 3, meta, names_before=3, title_at=(0,)) == {1, 2}
    assert meta.authors == ["Andrea Lund"]


@pytest.mark.parametrize(
    ("lines", "authors"),
    [
        # a theme's list of authors holds a desk, a list's item under the lead photo's caption (read as the
        # first paragraph) and over the dateline: the dateline under it makes it the story's byline
        ((("li", "Our Harbour Staff"), ("p", "4 March 2024 • 9:10am")), ["Our Harbour Staff"]),
        # the same desk in a menu, with no dateline under it, names nobody; nor does a role over the dateline
        ((("li", "Our Harbour Staff"), ("li", "Press Centre"), ("p", "4 March 2024 • 9:10am")), []),
        ((("p", "Staff Writer"), ("p", "4 March 2024 • 9:10am")), []),
    ],
)
def test_a_desk_above_the_dateline_under_the_caption_signs_the_story(
        lines: tuple[tuple[str, str], ...], authors: list[str]) -> None:
    from newsgrab.text.around import read_around

    blocks = [Block(kind="p", text="News"), Block(kind="p", text="Storm over the harbour closes the port"),
              Block(kind="p", text="A crane stands idle at the harbour on Monday. Credit: Harbour Post")]
    blocks += [Block(kind=kind, text=text) for kind, text in lines] + [Block(kind="p", text=STORY)]
    meta = Metadata()
    read_around(blocks, 0, len(blocks), meta, names_before=2, title_at=(1,))
    assert (meta.authors, (meta.published or "")[:10]) == (authors, "2024-03-04")


# ------------------------------------------------------------------ an avatar's name joined to the byline
@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        # lynx and w3m join an author's avatar name and the byline that repeats it on one line
        ("Wren Talbot by Wren Talbot", ["Wren Talbot"]),
        ("Harbour Desk By Harbour Desk on 4 March 2024", ["Harbour Desk"]),
        # a sponsor box's heading printed twice with its opener each time names nobody
        ("Promoted Posts by Promoted Posts by", []),
        # a one-word name is not halved ("Tom by Tom"), and a picture's credit is no byline
        ("Tom by Tom", []),
        ("Illustration by Mara Quill", []),
    ],
)
def test_a_name_joined_to_its_byline_names_the_author(byline: str, authors: list[str]) -> None:
    # the line sits under a quote that the span reads as the story's first paragraph (`names_before`),
    # where a bare or doubled name is not read: only a byline is
    from newsgrab.text.around import read_around
    from newsgrab.text.header import is_header_line

    blocks = _blocks("Storm over the harbour closes the ferry pier",
                     'The harbour master said: "Is that how a pier should look?"', byline, "Pier News Fellow", STORY)
    meta = Metadata()
    taken = read_around(blocks, 0, 4, meta, names_before=1, title_at=(0,))
    assert (meta.authors, 2 in taken) == (authors, bool(authors))
    assert is_header_line(byline) is bool(authors)  # the headline's evidence: its byline under it


def test_a_byline_copy_is_the_byline_after_the_name() -> None:
    from newsgrab.text.namephrase import byline_copy

    assert byline_copy("Wren Talbot by Wren Talbot, Staff") == "by Wren Talbot, Staff"
    assert byline_copy("Wren TalbotBy Wren Talbot") == "By Wren Talbot"
    assert [byline_copy(text) for text in ("Promoted Posts by Promoted Posts by", "Tom by Tom", "Step by Step",
                                            "Wren Talbot by Ansel Varrow")] == [None, None, None, None]


# ------------------------------------------------------------------ a byline run on into a bio or a caption
_BIO = ("Harbour Post's shipping editor and author of the Tidewater newsletter. She has covered the port and its"
        " unions for a decade.")


@pytest.mark.parametrize(
    ("line", "authors", "published"),
    [
        # lynx and w3m run the byline's line on into the author's bio, or into the lead photo's caption
        (f"By Wren Talbot, the {_BIO}", ["Wren Talbot"], None),
        ("Par Ansel Varrow et Mara Quill — 24 mai 2019 à 18:42 «Le quai nord», «La grue» et «Les pilotes» pendant"
         " la tempête de lundi soir sur le port", ["Ansel Varrow", "Mara Quill"], "2019-05-24"),
        # a sentence that opens with the opener names nobody, nor a name run on into an agency's dateline
        ("By signing up, you accept the Harbour Post's letters and its partners' offers, and you accept its terms"
         " of use and its privacy notice.", [], None),
        ("By Sunday, the harbour master had closed the north quay and the ferries ran from the old pier until the"
         " crane was checked.", [], None),
        ("By Wren Talbot Harbour News Service NORTHPORT, Ald. (HNS) The crane on the north quay failed on Monday"
         " evening, and the ferries ran from the old pier, the port said.", [], None),
    ],
)
def test_a_byline_run_on_into_other_text_names_the_author(line: str, authors: list[str],
                                                          published: str | None) -> None:
    from newsgrab.text.around import read_around

    blocks = _blocks("Storm over the harbour closes the ferry pier", line, STORY)
    meta = Metadata()
    taken = read_around(blocks, 0, 2, meta, names_before=2, title_at=(0,))
    assert (meta.authors, meta.published) == (authors, published)
    assert 1 not in taken  # the line stays in the body: only its head was the byline
