"""The headline of a whole-page text dump: the line the story's opening paragraphs retell.

Invented pages shaped like the converters' dumps (plain lines, as inscriptis, lynx and w3m print
them): a headline far above the story, behind share buttons and a "most read" list, or above a
photo gallery; the `<title>` line with its site name split off; and the lines that must not win: a teaser the
story does not retell, and the site's name in the footer when the `<title>` is that name alone.
"""

from __future__ import annotations

from newsgrab.text.blocks import parse_text
from newsgrab.text.echo import echo_words
from tests.harbour_dump import MENU

STORY = (
    "The outer harbour reopened on Thursday after three days of repairs to the crane on the north quay, "
    "and by seven o'clock the first fishing boats were already queuing at the slipway.\n\n"
    "\"We lost the best week of the season,\" said Tomas Keller, who has fished out of the harbour for "
    "twenty-two years, as the crane lifted the first boat.\n\n"
    "The harbour office said the crane had been inspected twice since the autumn and that the gearbox "
    "failed during the storm on Monday night.\n\n"
    "A replacement part arrived from the mainland on Wednesday afternoon, and the harbour master said "
    "the crane was tested twice before the first boat was lifted out.\n"
)
SHARE = "\n".join(f"  * Click to share on {site} (Opens in new window)" for site in
                  ("Facebook", "Reddit", "Twitter", "LinkedIn", "Pinterest", "WhatsApp"))
MOST_READ = "\n".join(f"  * {line}" for line in (
    "Council votes on the new ferry timetable", "Storm closes the coastal road for a second night",
    "Cod prices fall as boats stay in port", "New lifeboat station opens in the spring",
    "School bus route changes from Monday", "Library extends its opening hours"))


def _page(header: str) -> str:
    return f"Harbour Gazette\n\n{MENU}\n\n{header}\n\n{STORY}\n{MENU}\n"


def test_a_headline_above_share_buttons_and_a_most_read_list_is_found_by_the_story_retelling_it() -> None:
    header = (f"Fishermen Return to the Harbour as the Crane Reopens\n\nShare this:\n\n{SHARE}\n\n"
              "By Lena Moravec\n\nMarch 14, 2024\n\nSign up for newsletters and alerts\n\n"
              f"Most Popular\n\n{MOST_READ}")
    doc = parse_text(_page(header))
    assert doc.metadata.title == "Fishermen Return to the Harbour as the Crane Reopens"
    assert doc.blocks[0].text.startswith("The outer harbour reopened")


def test_a_headline_above_a_photo_gallery_is_found_the_same_way() -> None:
    gallery = "\n\n".join(f"Image {n} of 12\n\nPhoto: Jane Roe, Gazette\n\nCaption\n\nClose" for n in range(1, 5))
    header = f"Crane Repairs Reopen the Outer Harbour for Fishing Boats\n\nLena Moravec, Gazette Staff\n\n{gallery}"
    assert parse_text(_page(header)).metadata.title == "Crane Repairs Reopen the Outer Harbour for Fishing Boats"


def test_a_teaser_far_above_that_the_story_does_not_retell_is_not_the_title() -> None:
    header = (f"Council Votes on the New Ferry Timetable Tonight\n\nShare this:\n\n{SHARE}\n\n"
              f"Most Popular\n\n{MOST_READ}\n\n## Fishermen Return to the Outer Harbour\n\nBy Lena Moravec")
    assert parse_text(_page(header)).metadata.title == "Fishermen Return to the Outer Harbour"


def test_a_label_above_the_headline_of_a_clean_text_is_not_its_title() -> None:
    """A section's name or a back link printed first, the headline under it (maybe under the byline)."""
    for top, between in (("Local news", ""), ("Back to the overview", "Von Lena Moravec, 14. März 2024\n\n")):
        doc = parse_text(f"{top}\n\n{between}Outer harbour reopens as the crane repairs end early\n\n{STORY}")
        assert doc.metadata.title == "Outer harbour reopens as the crane repairs end early", top
        assert doc.metadata.authors == (["Lena Moravec"] if between else [])


def test_several_label_lines_above_the_headline_of_a_clean_text_are_not_its_title() -> None:
    """A notice and its button, or a logo's alt text and a back link, above the headline; a label may
    name the site the story mentions (one shared word)."""
    for top in ("Welcome to the Harbour Gazette's summer experience\n\nLearn More",
                "Gazette Logo\n\nBack to the overview\n\nVon Lena Moravec, 14. März 2024"):
        doc = parse_text(f"{top}\n\nOuter harbour reopens as the crane repairs end early\n\n{STORY}")
        assert doc.metadata.title == "Outer harbour reopens as the crane repairs end early", top


def test_a_first_line_sharing_two_words_with_the_story_stays_the_title_over_a_retold_line_below() -> None:
    doc = parse_text(f"Harbour crane news\n\nLearn More\n\nOuter harbour reopens as the crane repairs end early"
                     f"\n\n{STORY}")
    assert doc.metadata.title == "Harbour crane news"


def test_a_first_line_the_story_shares_nothing_with_stays_the_title_when_nothing_below_is_retold() -> None:
    doc = parse_text(f"Weekend Notes\n\nA few words from the editor\n\n{STORY}")
    assert doc.metadata.title == "Weekend Notes"


def test_a_clean_text_whose_first_line_is_its_headline_keeps_it_over_a_dek_that_retells_the_story() -> None:
    text = ("Fishermen Return to the Harbour\n\nThe outer harbour reopened on Thursday after the crane repairs\n\n"
            f"By Lena Moravec\n\n{STORY}")
    assert parse_text(text).metadata.title == "Fishermen Return to the Harbour"


def test_the_site_name_in_the_footer_is_not_the_title_when_the_page_title_is_that_name() -> None:
    footer = "\n".join(f"  * {w}" for w in ("Terms of Use", "Privacy Policy", "Help", "Contact Us"))
    page = (f"Harbour Gazette\n\n{MENU}\n\nHarbour Gazette\n\n{footer}\n\n"
            "This material may not be published, broadcast, rewritten, or redistributed without leave.\n\n"
            f"{MENU}\n\n{MOST_READ}\n\nVideo\n\nGazette Flash top harbour headlines for March 14\n\n{STORY}")
    assert parse_text(page).metadata.title != "Harbour Gazette"


def test_echo_words_fold_cut_and_pair_wide_characters() -> None:
    assert echo_words("Tremayne agrees deal") & echo_words("Tremayne has agreed a deal") == {"trema", "agree", "deal"}
    assert "the" not in echo_words("The deal")  # a short word is mostly a function word
    assert {"서울", "울시"} <= echo_words("서울시")


def test_a_page_title_line_the_story_retells_gives_its_headline_part_without_the_site_name() -> None:
    """get_text and markdownify print the `<title>` first; when no line below repeats the headline
    (it was an image, or a block the converter dropped) that line is the title, its site name split off."""
    menu = "\n".join(("Home", "News", "Local", "Region", "Sport", "Weather", "Subscribe", "Sign in"))
    page = f"Fishermen Return to the Outer Harbour as the Crane Reopens | Harbour Gazette\n{menu}\n\n{STORY}"
    assert parse_text(page).metadata.title == "Fishermen Return to the Outer Harbour as the Crane Reopens"
    # a `<title>` the story does not retell is not cut down to the part that shares a word with it
    page = f"Council votes on ferry timetable | Harbour Gazette\n{menu}\n\n{STORY}"
    assert parse_text(page).metadata.title == "Council votes on ferry timetable | Harbour Gazette"


# --- a date that opens a header line ------------------------------------------------------------


def test_a_line_that_is_a_date_then_a_byline_gives_both() -> None:
    """Some themes print the date first: "November 20, 2019 Jane Doe", "21/06/2014 - By Jane Doe",
    or a bare US numeric date with its time ("11/20/19 6:38 AM")."""
    for line, published, authors in (("March 14, 2024 Lena Moravec", "2024-03-14", ["Lena Moravec"]),
                                     ("14/03/2024 - By Lena Moravec", "2024-03-14", ["Lena Moravec"]),
                                     ("03/14/24 6:38 AM", "2024-03-14", [])):
        doc = parse_text(_page(f"## Fishermen Return to the Outer Harbour\n\n{line}"))
        assert (doc.metadata.published, doc.metadata.authors) == (published, authors), line
        assert not any(line in block.text for block in doc.blocks)


def test_a_sentence_or_a_section_list_after_a_date_is_not_a_byline() -> None:
    from newsgrab.model import Block, Metadata
    from newsgrab.text.header import take_header_line

    for line in ("March 14, 2024 was the coldest day of the winter in the harbour.",
                 "05/03/2024 Lena Moravec"):  # May 3 or March 5: the language, unknown here, would tell
        meta = Metadata()
        assert not take_header_line(Block(kind="p", text=line), meta) and meta.published is None, line
    # a theme's dateline with the section links after the name: its date, but no byline ("Lena Moravec All")
    meta = Metadata()
    assert take_header_line(Block(kind="p", text="14/03/2024 Lena Moravec All, Books, Kit Reviews"), meta)
    assert (meta.published, meta.authors) == ("2024-03-14", [])


#: related stories about the same harbour: their words recur in the story as much as the headline's
CARDS = [("Harbour crane fails during the storm on Monday night", "March 12, 2024"),
         ("Fishing boats stay in port as the harbour crane is inspected", "February 27, 2024"),
         ("Harbour office orders a replacement gearbox for the crane", "February 20, 2024"),
         ("Harbour master tests the crane before the season opens", "January 9, 2024")]


def _cards(count: int, label: str | None) -> str:
    return "\n\n".join(f"{title}\n\n{label}\n\n{title}\n\n{date}" if label else f"{title}\n\n{date}"
                       for title, date in CARDS[:count])


def test_a_list_of_dated_teasers_between_the_header_and_the_story_is_passed_over() -> None:
    """"More stories" cards (a headline, its section's name and the headline again, or a headline
    alone, then a date) sit between the article's header and its first paragraph."""
    for label in ("LOCAL NEWS", None):
        header = (f"Fishermen Back at Work on the North Quay\n\nBy Lena Moravec\n\nMarch 14, 2024\n\n"
                  f"More stories like this one\n\n{_cards(4, label)}")
        assert parse_text(_page(header)).metadata.title == "Fishermen Back at Work on the North Quay", label


def test_two_dated_teasers_above_a_dated_headline_are_not_a_list_to_pass_over() -> None:
    """A headline with its date under two teasers with theirs: two groups closed by a date besides
    the headline's own (fewer than MIN_CARDS), so the line nearest the story stays the headline."""
    teasers = "Council votes on the ferry timetable\n\nMarch 2, 2024\n\nLibrary extends its hours\n\nMarch 1, 2024"
    header = f"{teasers}\n\nCrane Repairs Reopen the Outer Harbour for the Boats\n\nMarch 14, 2024"
    assert parse_text(_page(header)).metadata.title == "Crane Repairs Reopen the Outer Harbour for the Boats"


def test_an_image_among_the_lines_above_a_clean_texts_headline_does_not_count_as_one_of_them() -> None:
    """A notice, its button and an image, then the headline, byline and date: five lines of text and
    an image before the first paragraph, within the lines where a clean text's headline is looked for."""
    top = "### Welcome to the Harbour Gazette's summer experience\n\n[Learn More](/learn)\n\n![](https://example.com/banner.jpg)"
    doc = parse_text(f"{top}\n\n# Outer harbour reopens as the crane repairs end early\n\nLena Moravec Gazette Staff"
                     f"\n\nPublished 11:34 AM March 14, 2024\n\n{STORY}")
    assert doc.metadata.title == "Outer harbour reopens as the crane repairs end early"


def test_an_image_above_a_cleaned_texts_first_paragraph_makes_no_title_of_it() -> None:
    """Cleaned text opening with an image and then the story: no headline, every paragraph kept."""
    doc = parse_text(f"![](https://example.com/harbour.jpg)\n\n{STORY}")
    assert doc.metadata.title is None
    assert doc.blocks[1].text.startswith("The outer harbour reopened")


def test_a_heading_that_holds_a_shorter_line_whole_is_not_taken_for_a_breadcrumb() -> None:
    """A breadcrumb's last item wrapped onto its own line right above the page's heading (html2text
    wraps at 78 columns): the heading holds that line whole and is still the headline."""
    header = ("[Home](/) [Latest News](/news) [Harbour](/harbour)\n\nReturn to the Quay as the Crane Reopens\n\n"
              "# Trawlermen Return to the Quay as the Crane Reopens\n\nHarbour Gazette March 14, 2024")
    assert parse_text(_page(header)).metadata.title == "Trawlermen Return to the Quay as the Crane Reopens"


def test_a_breadcrumb_line_that_ends_in_the_headline_is_not_the_title() -> None:
    """The rule above is for headings only: a plain line holding the headline whole is a breadcrumb."""
    header = ("Start › Ports › Trawlermen Return to the Quay as the Crane Reopens\n\n"
              "Trawlermen Return to the Quay as the Crane Reopens\n\nBy Lena Moravec\n\nMarch 14, 2024")
    assert parse_text(_page(header)).metadata.title == "Trawlermen Return to the Quay as the Crane Reopens"


#: a video player's menus, printed line by line between a headline with its byline and the story
#: (more lines than the headline search usually looks up)
PLAYER = "\n\n".join(["Settings", "Captions", "Quality", "Auto", "High", "Medium", "Low", "Back"] * 8)


def _player_page(headline: str, under: str) -> str:
    return f"Harbour Gazette\n\n{MENU}\n\n{headline}\n\n{under}\n\n{PLAYER}\n\nBoats back at the slipway\n\n{STORY}"


def test_a_headline_above_a_video_players_menus_is_found_when_the_story_retells_it_and_it_is_dated() -> None:
    headline = "Harbour Crane Reopens as the First Fishing Boats Queue at the Slipway"
    assert parse_text(_player_page(headline, "By Lena Moravec March 14, 2024")).metadata.title == headline


def test_a_line_that_far_up_is_only_retold_or_only_dated_is_not_the_title() -> None:
    """Either fact alone is a related story's teaser (or a caption) that far above the story."""
    retold_only = "Harbour Crane Reopens as the First Fishing Boats Queue at the Slipway"
    dated_only = "Council Votes on the New Ferry Timetable for the Harbour"
    for headline, under in ((retold_only, "Share this video with a friend"),
                            (dated_only, "By Lena Moravec March 14, 2024")):
        assert parse_text(_player_page(headline, under)).metadata.title == "Boats back at the slipway", headline


def test_a_far_retold_and_dated_line_is_not_looked_for_when_a_headline_near_the_story_has_its_byline() -> None:
    """The far search is for a story whose nearby lines have no byline or date: a dated headline
    near the story keeps the title from an earlier story on the same subject far above it."""
    far = "Harbour Crane Reopens as the First Fishing Boats Queue at the Slipway"
    page = (f"Harbour Gazette\n\n{MENU}\n\n{far}\n\nBy Lena Moravec March 12, 2024\n\n{PLAYER}\n\n"
            f"Trawlermen Back at the Quay\n\nBy Tomas Keller March 14, 2024\n\n{STORY}")
    assert parse_text(page).metadata.title == "Trawlermen Back at the Quay"


def _far_heading_page(top: str, under: str = "By Lena Moravec") -> str:
    """A heading, a byline (or `under`) and a gallery of twenty captions above the story, under the site's menu."""
    gallery = "\n\n".join(f"Photo {n}: boats waiting at the slipway, by Jane Roe" for n in range(1, 21))
    return (f"{top}\n\n{MENU}\n\n## Trawlermen Back at Work on the North Quay\n\n{under}\n\n{gallery}"
            f"\n\nMost Popular\n\n{MOST_READ}\n\n{STORY}")


def test_the_top_heading_of_a_text_without_a_first_level_one_is_found_above_a_gallery() -> None:
    """lynx prints every heading flush left (read as h2): with no h1 in the text, an h2 is its main
    heading, looked for further up than the header usually is."""
    title = parse_text(_far_heading_page("Harbour Gazette")).metadata.title
    assert title == "Trawlermen Back at Work on the North Quay"


def test_a_second_level_heading_far_up_is_not_the_title_when_the_text_has_a_first_level_one() -> None:
    """Unless a byline or a date sits under it (test_text_title_shapes.py): then it heads its header."""
    title = parse_text(_far_heading_page("# Harbour Gazette Weekly Edition", "Share this story")).metadata.title
    assert title != "Trawlermen Back at Work on the North Quay"


def test_a_sections_short_name_above_a_headline_and_its_standfirst_is_not_the_title() -> None:
    """inscriptis prints a news site's section name ("World", "U.S. news") over the headline of a
    page whose header it keeps whole; the headline shares words with the story, the name does not."""
    dek = "Boats queued at the slipway from seven o'clock as the crane on the north quay lifted them out.\n\n"
    for label in ("World", "U.S. news"):
        doc = parse_text(f"{label}\n\nFishermen queue at the harbour as the repaired crane reopens\n\n{dek}{STORY}")
        assert doc.metadata.title == "Fishermen queue at the harbour as the repaired crane reopens", label


def test_a_short_first_line_stays_the_title_over_a_longer_line_the_story_does_not_retell() -> None:
    doc = parse_text(f"Harbour Notes\n\nA letter to our readers this spring\n\n{STORY}")
    assert doc.metadata.title == "Harbour Notes"


# --- the page's own address, printed as a line ---------------------------------------------------

#: a headline and a dek under it that retells the story more than the headline does
SLUG_HEADER = ("{url}\n\nKeller's boat first out\n\nHarbour reopens as the crane on the north quay lifts the "
               "fishing boats out\n\nAssociated Press\n\nPublished 11:26 pm, March 14, 2024")


def test_a_headline_that_the_slug_of_the_pages_printed_address_names_wins_over_a_dek() -> None:
    """A share box prints the page's address as a line of its own (inscriptis, lynx, html2text keep it):
    its slug is the headline, as the `<title>` line names it in get_text's dump; the dek under the
    headline retells the story more, and would win without it."""
    for url in ("https://www.gazette.example/news/article/Keller-s-boat-first-out-14848099.php",
                "https://www.gazette.example/news/article/Keller-s-boat-first- out-14848099.php"):  # (lynx wraps)
        title = parse_text(_page(SLUG_HEADER.format(url=url))).metadata.title
        assert title == "Keller's boat first out", url


def test_the_pages_address_after_a_printer_icons_alt_text_and_wrapped_after_a_slash_names_the_headline() -> None:
    """w3m prints the address under the printer icon after the icon's alt text or file name, and
    wraps it at 80 columns, at a slash as often as mid-slug (the line reader joins the two lines with
    a space): the slug after the break names the headline as well."""
    for line in ("[print-head] https://www.gazette.example/news/article/ Keller-s-boat-first-out-14848099.php",
                 "print header logo https://www.gazette.example/news/article/ Keller-s-boat-first-out-14848099.php",
                 "https://www.gazette.example/news/article/ Keller-s-boat-first-out-14848099.php"):
        assert parse_text(_page(SLUG_HEADER.format(url=line))).metadata.title == "Keller's boat first out", line


def test_an_address_at_the_end_of_a_sentence_or_after_a_label_is_not_the_pages_own() -> None:
    """A line that names the address as part of a sentence, or after a label and a colon ("Related:"),
    points elsewhere: only a few words without a colon (an icon's alt text) may stand before the
    page's own address."""
    plain = parse_text(_page(SLUG_HEADER.format(url="Share this story"))).metadata.title
    slug = "https://www.gazette.example/news/article/Keller-s-boat-first-out-14848099.php"
    for line in (f"Read the full report from the harbour office at {slug}", f"Related: {slug}",
                 f"[Related: more] {slug}"):
        assert parse_text(_page(SLUG_HEADER.format(url=line))).metadata.title == plain, line


def test_an_address_whose_slug_names_another_story_changes_nothing() -> None:
    """The cue is the slug naming a candidate: a teaser's address, or an address without a slug, leaves
    the ranking as it is (the dek under the headline wins here, as without any address)."""
    plain = parse_text(_page(SLUG_HEADER.format(url="Share this story"))).metadata.title
    for url in ("https://www.gazette.example/news/article/Council-votes-on-ferry-timetable-14848100.php",
                "https://www.gazette.example/news/14848099"):
        assert parse_text(_page(SLUG_HEADER.format(url=url))).metadata.title == plain, url
    assert plain != "Keller's boat first out"


# --- a photo's caption run into its credit -------------------------------------------------------

CAPTIONS = ("Boats queue at the slipway of the north quay as the repaired crane lifts them out Photo: Lena Moravec",
            "Boats queue at the slipway of the north quay as the repaired crane lifts them out (Photo: Harbour Office)",
            "Boats queue at the slipway of the north quay as the repaired crane lifts them out © Lena Moravec")


def test_a_caption_that_ends_with_its_pictures_credit_loses_to_the_headline_above_it() -> None:
    """A photo's caption between the headline and the byline retells the story as much as a headline
    does and sits next to the byline; the picture's credit at its end ("Photo: ...", "(Photo: ...)",
    "© ...") says it is a caption (it wins on its other facts without it: see the next test)."""
    for caption in CAPTIONS:
        header = f"Fishermen return as the crane reopens\n\n{caption}\n\nBy Tomas Keller\n\nMarch 14, 2024"
        assert parse_text(_page(header)).metadata.title == "Fishermen return as the crane reopens", caption


def test_the_same_line_without_a_credit_still_wins() -> None:
    """The hard negative: the caption's text without its credit is a plain line that outranks the
    short headline above it, as it did before; only the credit turns it down. (The headline here
    shares no word with the caption: a longer line that retells a word of the headline above it is
    that headline's standfirst, which counts less; see test_text_title_plain.)"""
    caption = CAPTIONS[0].removesuffix(" Photo: Lena Moravec")
    header = f"Fishermen return as the harbour reopens\n\n{caption}\n\nBy Tomas Keller\n\nMarch 14, 2024"
    assert parse_text(_page(header)).metadata.title == caption


# --- a headline laid out in a column beside a menu (inscriptis, w3m) ------------------------------

HEADLINE = "Fishermen return to the harbour as the crane reopens"


def test_a_headline_sharing_its_line_with_a_menu_cell_is_read_from_its_own_cell() -> None:
    """inscriptis pads a table's cells to their column's width: the headline and the next column's
    menu entry share one line, apart by a run of spaces; the cell the story retells is the headline."""
    header = f"        {HEADLINE}{' ' * 40}Home{' ' * 20}\n\nBy Lena Moravec\n\nMarch 14, 2024"
    assert parse_text(_page(header)).metadata.title == HEADLINE


def test_a_headline_wrapped_inside_its_column_is_rejoined_without_the_column_beside_it() -> None:
    """w3m wraps a headline inside a 40-column cell and prints the next column's text on the same
    lines: the left cells of the lines, joined, are the headline."""
    first, rest = "Fishermen return to the harbour as the", "crane reopens"
    header = f"{first} Home\n{rest}{' ' * (len(first) + 1 - len(rest))}All news\n\nBy Lena Moravec\n\nMarch 14, 2024"
    assert parse_text(_page(header)).metadata.title == HEADLINE


def test_a_line_of_links_drawn_with_separators_or_cells_none_of_them_the_headline_stay_whole() -> None:
    """The hard negatives: a row of links with separator cells ("«   Previous   ::   Contents") is
    one element, not columns, even when one link retells the story; a headline with no cell beside it,
    and a line whose cells the story does not retell, are left as they were."""
    row = f"«   {HEADLINE}   ::   Contents   ::   Next story   »"
    header = f"{row}\n\nBy Lena Moravec\n\nMarch 14, 2024"
    title = parse_text(_page(header)).metadata.title
    assert title == " ".join(row.split())
    header = f"{HEADLINE}\n\nBy Lena Moravec\n\nMarch 14, 2024"
    assert parse_text(_page(header)).metadata.title == HEADLINE
    labels = "Weekend guide to the coast      Tide tables and sailing times"
    header = f"{labels}\n\nBy Lena Moravec\n\nMarch 14, 2024"
    assert parse_text(_page(header)).metadata.title == " ".join(labels.split())


def test_the_headline_outranks_its_deck_printed_as_the_next_level_heading() -> None:
    # html2text marks up a headline's subhead and standfirst as h2 under its h1: both retell the story
    # more than the headline does, and outweighed it
    header = ("# Harbour Reopens After the Storm\n\n## Fishing boats queue at the slipway as the crane on the"
              " north quay is lifted out of repair\n\n## The first boats were lifted out at seven o'clock after"
              " three days of repairs\n\nLena Moravec / Jon Hale Harbourtown 14 MAR 2024 - 09:10 CET")
    assert parse_text(_page(header)).metadata.title == "Harbour Reopens After the Storm"


def test_a_section_banner_heading_over_the_headline_is_no_headline_with_a_deck() -> None:
    # the section's short banner as h1 over the story's headline as h2: the headline wins
    header = ("# Harbour Monday\n\n## Fishing boats queue at the slipway as the crane reopens\n\n"
              "Lena Moravec / Jon Hale Harbourtown 14 MAR 2024 - 09:10 CET")
    assert parse_text(_page(header)).metadata.title == "Fishing boats queue at the slipway as the crane reopens"
