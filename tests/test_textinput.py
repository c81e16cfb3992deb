"""Text input: markdown-ish scraped text becomes blocks, header lines become metadata."""

from __future__ import annotations

from itertools import pairwise

import pytest

from newsgrab.text.blocks import parse_text
from newsgrab.text.inline import convert_inline

HEADER_DOC = """\
Drone Strikes Resume Along the Northern Border

By [Maria Kovac](#) and Tom Reyes
Example Review, March 3, 2023
[Frontline Wire](https://frontline.example/story-1) 1 March 2023

Topics: [Europe](#), [Security](#)
In-depth Report: [BORDERS](#)

The first paragraph of the article reports that strikes resumed on Tuesday, officials said.

The second paragraph was hard-wrapped by the scraper at about seventy characters
per line, so its lines must be joined back into one paragraph of text.
"""


def test_header_lines_become_metadata() -> None:
    doc = parse_text(HEADER_DOC)
    meta = doc.metadata
    assert meta.title == "Drone Strikes Resume Along the Northern Border"
    assert meta.authors == ["Maria Kovac", "Tom Reyes"]
    assert meta.site_name == "Example Review"
    assert meta.published == "2023-03-03"
    assert meta.original_source is not None
    assert meta.original_source.name == "Frontline Wire"
    assert meta.original_source.published == "2023-03-01"
    assert meta.original_source.url == "https://frontline.example/story-1"
    assert meta.tags == ["Europe", "Security", "BORDERS"]
    assert meta.provenance["authors"] == "byline"


def test_header_lines_are_not_body() -> None:
    texts = [b.text for b in parse_text(HEADER_DOC).blocks]
    assert texts[0].startswith("The first paragraph")
    assert not any("Example Review" in t or "Topics" in t for t in texts)


def test_wrapped_lines_are_joined() -> None:
    texts = [b.text for b in parse_text(HEADER_DOC).blocks]
    assert texts[1] == (
        "The second paragraph was hard-wrapped by the scraper at about seventy characters per line, "
        "so its lines must be joined back into one paragraph of text."
    )


def test_paragraph_cut_by_a_blank_line_mid_sentence_is_joined() -> None:
    text = (
        "Title line\n\nBy Ana Ruiz\n\nThe committee published a long statement on Monday explaining that the funds "
        "would be released to the regional councils only after the audit that was\n\nordered last spring is complete.\n"
    )
    texts = [b.text for b in parse_text(text).blocks]
    assert len(texts) == 1
    assert texts[0].endswith("the audit that was ordered last spring is complete.")


def test_short_standalone_lines_stay_apart() -> None:
    text = "Harbour Reopens\n\nBy Ana Ruiz\n\nFirst real sentence of the story is here.\nSecond line stands alone.\n"
    texts = [b.text for b in parse_text(text).blocks]
    assert texts == ["First real sentence of the story is here.", "Second line stands alone."]


@pytest.mark.parametrize(
    ("raw", "text", "links"),
    [
        ("Read [the report](https://ex.org/r) now.", "Read the report now.", [("the report", "https://ex.org/r")]),
        ("By [Someone](#) today", "By Someone today", []),
        ("It was **very** bold and *quite* loud.", "It was very bold and quite loud.", []),
        ("See <https://ex.org/a> for more.", "See https://ex.org/a for more.", [("https://ex.org/a", "https://ex.org/a")]),
        ("snake_case_names and 2*3*4 stay", "snake_case_names and 2*3*4 stay", []),
    ],
)
def test_inline_markdown(raw: str, text: str, links: list[tuple[str, str]]) -> None:
    inline = convert_inline(raw)
    assert inline.text == text
    assert [(lk.text, lk.url) for lk in inline.links] == links


def test_bare_media_url_becomes_media_not_text() -> None:
    inline = convert_inline("https://cdn.example.org/video/clip_01.mp4")
    assert inline.text == ""
    assert [(m.kind, m.url) for m in inline.media] == [("video", "https://cdn.example.org/video/clip_01.mp4")]


def test_image_markdown_becomes_media() -> None:
    inline = convert_inline("![Protesters in the square](/img/square.jpg)", base="https://news.example/a/b")
    assert inline.text == ""
    assert inline.media[0].url == "https://news.example/img/square.jpg"
    assert inline.media[0].alt == "Protesters in the square"


def test_markdown_structure_kept() -> None:
    text = (
        "# Big Title\n\nIntro paragraph that is long enough to read as prose in any article.\n\n"
        "## Part two\n\n- one\n- two\n\n1. first\n2. second\n\n> A quoted line\n> continues here.\n\n"
        "```\ncode  keeps   spaces\n```\n"
    )
    doc = parse_text(text)
    assert doc.metadata.title == "Big Title"
    kinds = [(b.kind, b.text, b.ordered) for b in doc.blocks]
    assert kinds == [
        ("p", "Intro paragraph that is long enough to read as prose in any article.", False),
        ("h2", "Part two", False),
        ("li", "one", False),
        ("li", "two", False),
        ("li", "first", True),
        ("li", "second", True),
        ("quote", "A quoted line continues here.", False),
        ("pre", "code  keeps   spaces", False),
    ]


def test_text_without_header_keeps_first_paragraph() -> None:
    text = "The council voted on Monday to close the old library, ending a century of service.\n"
    doc = parse_text(text)
    assert doc.metadata.title is None
    assert [b.text for b in doc.blocks] == [text.strip()]


def test_substack_style_header_with_bare_name_and_subtitle() -> None:
    text = (
        "Why the Grid Failed\n\n"
        "The storm exposed decades of deferred maintenance\n\n"
        "Jane Okafor\n\n"
        "Mar 3, 2023\n\n"
        "When the lights went out across the valley, the utility had already been warned twice.\n"
    )
    doc = parse_text(text)
    assert doc.metadata.title == "Why the Grid Failed"
    assert doc.metadata.description == "The storm exposed decades of deferred maintenance"
    assert doc.metadata.authors == ["Jane Okafor"]
    assert doc.metadata.published == "2023-03-03"
    assert doc.blocks[0].text.startswith("When the lights went out")


def test_unlabelled_short_line_without_header_after_it_stays_in_body() -> None:
    text = "A Title\n\nShort opening line\n\nThen the story continues with a complete sentence of news text.\n"
    doc = parse_text(text)
    assert doc.metadata.title == "A Title"
    assert doc.blocks[0].text == "Short opening line"  # no header line after it: not a subtitle
    assert doc.metadata.description is None


def test_hard_wrapped_paragraph_joins_even_after_a_full_stop_at_line_end() -> None:
    text = (
        "Why Paper Still Wins\n\nBy Ana Ruiz\n\n"
        "I do not think paper is better at everything. Searching is hopeless, and the handwriting after 6 p.m.\n"
        "is a problem for my future self. But for the first draft of anything, a shopping list or a chapter,\n"
        "I reach for the pen.\n"
    )
    texts = [b.text for b in parse_text(text).blocks]
    assert len(texts) == 1
    assert "after 6 p.m. is a problem" in texts[0]


def test_posted_on_by_line_gives_date_and_author() -> None:
    doc = parse_text("A Title\n\nPosted on 14 November 2023 by Hélène Marchetti\n\nThe body starts here, calmly.\n")
    assert doc.metadata.published == "2023-11-14"
    assert doc.metadata.authors == ["Hélène Marchetti"]
    assert [b.text for b in doc.blocks] == ["The body starts here, calmly."]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The council said that the plan would be put to a vote on Monday, and it was not clear which way it "
         "would go. Members have been divided for weeks over the cost of the new bridge and the road to it.", "en"),
        ("Der Stadtrat hat am Montag beschlossen, dass die Brücke nicht mehr für den Verkehr geöffnet wird. Die "
         "Kosten für die Sanierung sind nach Angaben der Verwaltung zu hoch, und eine neue Brücke wird geplant.",
         "de"),
        ("Le conseil municipal a décidé lundi que le pont ne sera pas rouvert à la circulation. Les coûts de la "
         "rénovation sont trop élevés pour la ville, et un nouveau pont est prévu dans les années qui viennent.",
         "fr"),
    ],
)
def test_text_input_language_is_detected_from_the_body(text: str, lang: str) -> None:
    import newsgrab

    art = newsgrab.extract("Headline\n\n" + text + "\n")
    assert art.language == lang
    assert art.provenance["language"] == "detected"


# --- converters' syntax -------------------------------------------------------------------------

def _texts(text: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in parse_text(text).blocks]


def test_html2text_link_split_over_lines_is_joined_and_its_url_rebuilt() -> None:
    from newsgrab.text.lines import split_blocks

    raw, _ = split_blocks(
        "#### [Harbour reopens after three days of\nrepairs](/news/local/harbour-reopens-after-\nrepairs-1204.html)\n")
    assert [(b.kind, b.raw) for b in raw] == [
        ("h4", "[Harbour reopens after three days of repairs](/news/local/harbour-reopens-after-repairs-1204.html)")]


def test_markdownify_link_around_a_block_is_one_link_entry() -> None:
    from newsgrab.text.inline import convert_inline
    from newsgrab.text.lines import split_blocks

    raw, _ = split_blocks(
        "[![Boats at the slipway - Photo]()\n\n#### Harbour reopens after repairs](/news/1204.html)\n")
    assert len(raw) == 1
    inline = convert_inline(raw[0].raw, base="https://gazette.example/")
    assert inline.text == "Harbour reopens after repairs"
    assert inline.link_chars == len(inline.text)
    assert [(lk.text, lk.url) for lk in inline.links] == [
        ("Harbour reopens after repairs", "https://gazette.example/news/1204.html")]


def test_setext_headings_and_rules() -> None:
    assert _texts("Intro line that is a heading\n=====\n\nBody text of the story goes here, calmly.\n\n"
                  "Part two\n--------\n\nMore body.\n\n* * *\n") == [
        ("p", "Body text of the story goes here, calmly."), ("h2", "Part two"), ("p", "More body."),
        ("hr", "* * *")]


def test_a_heading_underlined_under_two_or_three_lines_is_one_heading() -> None:
    """markdownify underlines a first-level heading as wide as its text, and a headline wrapped or broken
    at a <br> spans two or three lines above the `===`: all of them are the heading (markdown's rule),
    not a paragraph over a rule, which lost the headline's first words ("An Ode to the")."""
    from newsgrab.text.lines import split_blocks

    blocks = split_blocks("Menu\n\nA Farewell to the\nLast Ferry of the Winter Season\n"
                          "===============================\n\nThe crews tied up for the last time.\n")[0]
    assert [(b.kind, b.raw) for b in blocks] == [
        ("p", "Menu"), ("h1", "A Farewell to the Last Ferry of the Winter Season"),
        ("p", "The crews tied up for the last time.")]


def test_a_lone_equals_sign_or_a_long_paragraph_over_a_rule_is_no_heading() -> None:
    """A formula's "=" on a line of its own under its wrapped terms (BeautifulSoup's dump of a maths
    page), and a paragraph of four lines or more over a row of `=` (a plain text's own rule), stay text."""
    from newsgrab.text.lines import split_blocks

    formula = split_blocks("so for\ni\n =\nj the sum is even\n")[0]
    assert all(b.kind != "h1" for b in formula)
    long = split_blocks("One line of a letter,\nand a second,\nand a third,\nand a fourth.\n==========\n")[0]
    assert all(b.kind != "h1" for b in long)


def test_w3m_rule_of_box_drawing_strokes_is_a_break_not_a_line_of_the_paragraph_above() -> None:
    """w3m prints `<hr>` as a row of `━` (or `─`) with no blank line around it; read as text it glued
    the date above it into "November 18, 2019 ━━━━", which no longer reads as a date line."""
    from newsgrab.text.lines import split_blocks

    kinds = [(b.kind, b.raw) for b in split_blocks("November 18, 2019\n" + "━" * 40 + "\nShare\n")[0]]
    assert kinds == [("p", "November 18, 2019"), ("hr", "━" * 40), ("p", "Share")]
    assert [b.kind for b in split_blocks("Harbour\n" + "─" * 12 + "\n")[0]] == ["p", "hr"]
    # strokes inside a line of words are text (a score, a dash drawn as a stroke), not a rule
    kinds = [(b.kind, b.raw) for b in split_blocks("Final score ━━━ 3 to 1\n")[0]]
    assert kinds == [("p", "Final score ━━━ 3 to 1")]


def test_lynx_and_inscriptis_nested_bullets_are_list_items_not_a_paragraph() -> None:
    text = "   Menu\n     * News\n          o Local\n          o Region\n          + Business\n     * Sport\n"
    from newsgrab.text.lines import split_blocks

    kinds = [(b.kind, b.raw) for b in split_blocks(text)[0]]
    assert kinds == [("p", "Menu"), ("li", "News"), ("li", "Local"), ("li", "Region"), ("li", "Business"),
                     ("li", "Sport")]


def test_o_at_the_start_of_a_wrapped_line_is_a_word_not_a_bullet() -> None:
    from newsgrab.text.lines import split_blocks

    text = ("   O presidente disse ontem que a reunião com os governadores vai acontecer\n"
            "   o mais cedo possível, segundo a assessoria do palácio do governo federal.\n")
    assert [b.kind for b in split_blocks(text)[0]] == ["p"]


def test_wrap_width_is_read_from_the_text_and_lines_join_only_when_the_next_word_did_not_fit() -> None:
    from newsgrab.text.lines import split_blocks

    wrapped = (
        "The outer harbour reopened on Thursday after three days of repairs to the\n"
        "crane on the north quay, and by seven o'clock the first boats were queuing\n"
        "at the slipway with their nets on deck. Nobody had expected it so soon.\n"
    )
    text = "\n".join([wrapped] * 3) + "\nBy Lena Moravec\nMarch 14, 2024\n"
    raw = [b.raw for b in split_blocks(text)[0]]
    assert raw[0].startswith("The outer harbour reopened") and raw[0].endswith("Nobody had expected it so soon.")
    assert raw[-2:] == ["By Lena Moravec", "March 14, 2024"]  # short lines the width did not break


def test_get_text_nodes_of_one_paragraph_are_rejoined() -> None:
    text = "The council said on Monday that \nthe plan\n would go ahead, adding\n.\n\nNext paragraph stays.\n"
    assert [t for _, t in _texts(text)] == ["The council said on Monday that the plan would go ahead, adding .",
                                           "Next paragraph stays."]


def test_markdown_table_becomes_one_table_block() -> None:
    from newsgrab.text.lines import split_blocks

    raw = split_blocks("| Year | Boats |\n|---|---|\n| 2023 | 41 |\n| 2024 | 38 |\n")[0]
    assert [(b.kind, b.raw) for b in raw] == [("table", "| Year | Boats |\n| 2023 | 41 |\n| 2024 | 38 |")]


def test_reference_links_and_lynx_references_list() -> None:
    doc = parse_text(
        "# Harbour Reopens\n\nRead [the council's statement][stmt] and the [1]harbour office notice today, "
        "officials said.\n\n[stmt]: https://council.example/statement\n\nReferences\n\n"
        "   1. https://harbour.example/notice\n")
    (block,) = doc.blocks
    assert block.text == "Read the council's statement and the harbour office notice today, officials said."
    assert ("the council's statement", "https://council.example/statement") in [(lk.text, lk.url) for lk in block.links]
    assert "https://harbour.example/notice" in [lk.url for lk in block.links]


def test_images_and_player_iframes_are_media_never_text() -> None:
    from newsgrab.text.inline import convert_inline

    assert convert_inline("IFRAME: https://www.youtube.com/embed/dQw4w9WgXcQ").media[0].provider == "YouTube"
    assert convert_inline("IFRAME: https://ads.example/frame?id=3").text == ""
    assert convert_inline("slipway-boats.jpgslipway-boats.jpg").text == ""
    nested = convert_inline("[ ![[https://cdn.example/a.jpg]](https://cdn.example/b.jpg)](https://site.example/x)")
    assert nested.text == "" and [m.url for m in nested.media] == ["https://cdn.example/b.jpg"]


def test_unpaired_emphasis_markers_are_icons_not_text() -> None:
    from newsgrab.text.inline import convert_inline

    assert convert_inline("__Sign up for newsletters").text == "Sign up for newsletters"
    assert convert_inline("It was __very__ late").text == "It was very late"


@pytest.mark.parametrize(("line", "text"), [
    # markdownify writes a literal asterisk or underscore escaped: a pair of them is no emphasis
    (r"Boil the jars for \*10 minutes\* more", "Boil the jars for *10 minutes* more"),
    (r"Call \_\_init\_\_ first", "Call __init__ first"),
    (r"[**$1,349.00\***](https://shop.example/x) at the harbour store", "$1,349.00* at the harbour store"),
    # real markers beside escaped ones are still read
    (r"*Ferry news* and a \*footnote", "Ferry news and a *footnote"),
    (r"It was **very** late\_ish", "It was very late_ish"),
])
def test_escaped_emphasis_markers_are_characters_not_markers(line: str, text: str) -> None:
    from newsgrab.text.inline import convert_inline

    assert convert_inline(line).text == text


def test_cjk_lines_join_without_a_space_korean_with_one() -> None:
    from newsgrab.text.wrap import join_lines

    assert join_lines(["東京都は月曜日に新しい計画を", "発表した。"]) == "東京都は月曜日に新しい計画を発表した。"
    assert join_lines(["서울시는 월요일에 새 계획을", "발표했다."]) == "서울시는 월요일에 새 계획을 발표했다."


# --- the article inside a whole page ------------------------------------------------------------

MENU = "\n".join(f"  * [{w}](/{w.lower()}/)" for w in
                 ("Home", "News", "Local", "Region", "Business", "Sport", "Weather", "Culture", "Opinion"))
ARTICLE = (
    "The outer harbour reopened on Thursday after three days of repairs to the crane on the north quay, "
    "and by seven o'clock the first boats were already queuing at the slipway.\n\n"
    "\"We lost the best week of the season,\" said Tomas Keller, who has fished out of the harbour for "
    "twenty-two years.\n\n"
    "The harbour office said the crane had been inspected twice since the autumn and that the gearbox "
    "failed during the storm on Monday night.\n"
)
RELATED = "\n".join(f"  * [{t}](/news/{i}.html)" for i, t in enumerate(
    ("Council votes on the new ferry timetable", "Storm closes the coastal road again",
     "Cod prices fall as boats stay in port", "New lifeboat station opens in spring")))
PAGE = f"{MENU}\n\n# Fishermen Return to the Outer Harbour\n\nBy Lena Moravec\n\nMarch 14, 2024\n\n" \
       f"{ARTICLE}\n### Related\n\n{RELATED}\n\n{MENU}\n"


def test_whole_page_body_is_the_article_and_its_header_is_metadata() -> None:
    doc = parse_text(PAGE)
    assert doc.metadata.title == "Fishermen Return to the Outer Harbour"
    assert doc.metadata.authors == ["Lena Moravec"]
    assert doc.metadata.published == "2024-03-14"
    texts = [b.text for b in doc.blocks]
    assert texts[0].startswith("The outer harbour reopened")
    assert texts[-1].startswith("The harbour office said")
    assert not any("Home" in t or "Council votes" in t for t in texts)


def test_a_related_list_inside_the_article_does_not_cut_it_in_two() -> None:
    page = PAGE.replace("failed during the storm on Monday night.\n",
                        "failed during the storm on Monday night.\n\nRead more:\n\n  * [Ferry timetable](/f.html)\n"
                        "  * [Coastal road closed](/r.html)\n\n"
                        "A replacement part arrived from the mainland on Wednesday afternoon, and the harbour master "
                        "said the crane was tested twice before the first boat was lifted out.\n\n"
                        "A replacement part arrived from the mainland on Wednesday afternoon, the office said.\n")
    texts = [b.text for b in parse_text(page).blocks]
    assert texts[0].startswith("The outer harbour reopened")
    assert texts[-1].startswith("A replacement part arrived")


def test_title_line_of_get_text_is_split_from_the_site_name_by_the_heading_below() -> None:
    page = ("Fishermen Return to the Outer Harbour | Harbour Gazette\n" + "\n".join(
        ["Home", "News", "Local", "Region", "Sport", "Weather", "Subscribe", "Sign in"]) +
        "\n\nFishermen Return to the Outer Harbour\n\nMarch 14, 2024\n\n" + ARTICLE)
    assert parse_text(page).metadata.title == "Fishermen Return to the Outer Harbour"


def test_cleaned_text_keeps_every_paragraph_and_its_first_paragraph_is_not_the_title() -> None:
    text = "BAAR, SWITZERLAND\n\n" + ARTICLE + "\nShort closing line\n"
    doc = parse_text(text)
    assert doc.metadata.title is None
    texts = [b.text for b in doc.blocks]
    assert (texts[0], texts[-1]) == ("BAAR, SWITZERLAND", "Short closing line")


def test_label_and_value_line_is_not_a_title() -> None:
    doc = parse_text("Tested by: Jane Doe RRP: £24 More info: www.example.org\n\n" + ARTICLE)
    assert doc.metadata.title is None
    assert doc.blocks[0].text.startswith("Tested by: Jane Doe")


def test_long_first_paragraph_without_a_full_stop_is_not_a_title() -> None:
    first = ("Chelsea have this morning paid the fee to the Spanish league to secure the goalkeeper who will "
             "undergo a medical today ahead of the move that frees their own goalkeeper to leave")
    doc = parse_text(first + "\n\n" + ARTICLE)
    assert doc.metadata.title is None
    assert doc.blocks[0].text == first


# --- header lines: every branch of header.py --------------------------------------------------

def test_labelled_dates_in_a_header_are_published_and_modified() -> None:
    doc = parse_text("Harbour Reopens After Storm\n\nPublished: 11 July 2021\nAktualisiert: 12. Juli 2021\n\n"
                     "The harbour reopened on Friday after three days of repairs, officials said.\n")
    assert (doc.metadata.published, doc.metadata.modified) == ("2021-07-11", "2021-07-12")
    assert doc.metadata.provenance["modified"] == "header-line"
    assert [b.text for b in doc.blocks] == [
        "The harbour reopened on Friday after three days of repairs, officials said."]


def test_source_line_in_a_header_names_the_original_source() -> None:
    doc = parse_text("Harbour Reopens After Storm\n\nSource: [Frontline Wire](https://frontline.example/a)\n\n"
                     "The harbour reopened on Friday after three days of repairs, officials said.\n")
    assert doc.metadata.original_source is not None
    assert (doc.metadata.original_source.name, doc.metadata.original_source.url) == (
        "Frontline Wire", "https://frontline.example/a")
    assert doc.metadata.provenance["original_source"] == "header-line"


def test_source_line_after_the_first_paragraph_stays_in_the_body() -> None:
    doc = parse_text("Harbour Reopens After Storm\n\nThe harbour reopened on Friday after three days of repairs.\n\n"
                     "Source: the harbour office, which said the crane is fixed\n")
    assert doc.metadata.original_source is None
    assert doc.blocks[-1].text == "Source: the harbour office, which said the crane is fixed"


@pytest.mark.parametrize(
    ("line", "published", "authors"),
    [
        ("Mar. 14, 2019, 8:41 AM UTC", "2019-03-14", []),
        ("Reuters March 4, 2019 10:17 PM", "2019-03-04", ["Reuters"]),
        ("February 1, 2019 | BY: Ilana Moss", "2019-02-01", ["Ilana Moss"]),
        ("By Tess Bond - 03/12/19 07:14 AM EST", "2019-03-12", ["Tess Bond"]),
        ("Posted by Jane Doe on November 19, 2019, 6:21 AM EST", "2019-11-19", ["Jane Doe"]),
        ("11.14.2019 09:00 AM", "2019-11-14", []),
        ("6:20 AM PST 03/12/2019 by Jane Doe", "2019-03-12", ["Jane Doe"]),
        ("November 19, 2019 by Jane Doe", "2019-11-19", ["Jane Doe"]),
        # the name stops at a date label (data/date_labels.toml)
        ("Von Anna Schmidt publiziert am 12.03.2024", "2024-03-12", ["Anna Schmidt"]),
        ("Von Anna Schmidt-Weber, publiziert am 12. März 2024", "2024-03-12", ["Anna Schmidt-Weber"]),
        ("Por Ana García publicado el 12 de marzo de 2024", "2024-03-12", ["Ana García"]),
    ],
)
def test_datelines_and_bylines_around_a_headline(line: str, published: str, authors: list[str]) -> None:
    doc = parse_text(PAGE.replace("By Lena Moravec\n\nMarch 14, 2024\n", line + "\n"))
    assert (doc.metadata.published or "")[:10] == published
    assert doc.metadata.authors == authors
    assert not any(line in b.text for b in doc.blocks)


@pytest.mark.parametrize(
    ("line", "published", "modified", "authors"),
    [
        # a date after a modification label (data/date_labels.toml) is the last change, in every language
        ("Von Anna Schmidt | aktualisiert am 12. März 2024", None, "2024-03-12", ["Anna Schmidt"]),
        ("By Jane Doe | Updated March 12, 2024", None, "2024-03-12", ["Jane Doe"]),
        ("Par Marie Dupont | mis à jour le 12 mars 2024", None, "2024-03-12", ["Marie Dupont"]),
        ("Por Ana García | actualizado el 12 de marzo de 2024", None, "2024-03-12", ["Ana García"]),
        ("Door Sanne de Vries | bijgewerkt op 12 maart 2024", None, "2024-03-12", ["Sanne de Vries"]),
        ("Updated March 12, 2024 by Jane Doe", None, "2024-03-12", ["Jane Doe"]),
        # ...the label may end a name ("Name, Date") or open the line, a byline after it
        ("Jane Doe, Updated March 12, 2024", None, "2024-03-12", ["Jane Doe"]),
        ("Updated: 12 July 2021 | By Jane Doe", None, "2021-07-12", ["Jane Doe"]),
        ("Aktualisiert: 12. Juli 2021 | Von Anna Schmidt", None, "2021-07-12", ["Anna Schmidt"]),
        # ...a date before it, or with no label, is the publication
        ("Von Anna Schmidt | 11. März 2024, aktualisiert am 12. März 2024", "2024-03-11", "2024-03-12",
         ["Anna Schmidt"]),
        ("Von Anna Schmidt | 11. März 2024", "2024-03-11", None, ["Anna Schmidt"]),
        ("Posted on 14 November 2023 by Jane Doe", "2023-11-14", None, ["Jane Doe"]),
        ("Jane Doe, Published March 11, 2024", "2024-03-11", None, ["Jane Doe"]),
        ("Published: 11 July 2021 | Politics", "2021-07-11", None, []),  # no byline after it: no author
    ],
)
def test_a_date_after_an_updated_label_in_a_byline_is_the_modified_date(
        line: str, published: str | None, modified: str | None, authors: list[str]) -> None:
    doc = parse_text(PAGE.replace("By Lena Moravec\n\nMarch 14, 2024\n", line + "\n"))
    # a text whose only date is its update takes that date for the publication too, as the HTML path does
    # (meta.pubdates.read_dates): the best estimate there is
    assert (doc.metadata.published, doc.metadata.modified, doc.metadata.authors) == (
        published or modified, modified, authors)
    assert not any(line in b.text for b in doc.blocks)


def test_a_name_particle_in_a_text_byline_stays_in_the_name() -> None:
    doc = parse_text(PAGE.replace("By Lena Moravec\n", "Von Anna von Berg\n"))
    assert doc.metadata.authors == ["Anna von Berg"]


def test_publiziert_labels_a_publication_date_never_a_modified_one() -> None:
    from newsgrab.meta.pubdates import split_dateline

    published, modified = split_dateline("Publiziert am 11.07.2021 | Aktualisiert am 12.07.2021")
    assert (published and published.iso, modified and modified.iso) == ("2021-07-11", "2021-07-12")
    published, modified = split_dateline("11.07.2021 | Publiziert 12.07.2021")
    assert modified is None


def test_bare_name_next_to_the_headline_is_the_author_a_section_label_is_not() -> None:
    named = parse_text(PAGE.replace("By Lena Moravec\n\nMarch 14, 2024\n", "Lena Moravec\n\nMarch 14, 2024\n"))
    assert named.metadata.authors == ["Lena Moravec"]
    section = parse_text(PAGE.replace("By Lena Moravec\n\nMarch 14, 2024\n", "Business News\n\nMarch 14, 2024\n"))
    assert section.metadata.authors == []


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Lena Moravec, AP Science Writer", ["Lena Moravec"]),
        ("Lena Moravec and Piotr Zielinski, Associated Press", ["Lena Moravec", "Piotr Zielinski"]),
        ("Lena Moravec", ["Lena Moravec"]),
        # not a byline: a headline that opens with two capitalised words, an agency, a section, capitals
        ("Harbour Office Bets on the Future With a New Crane", []),
        ("Harbour Master, Lena Moravec Is Looking Forward To A Quiet Week At Sea", []),
        ("Associated Press", []),
        ("Business News", []),
        ("LENA MORAVEC", []),
    ],
)
def test_a_line_of_names_with_a_role_next_to_the_dateline_names_the_authors(line: str, authors: list[str]) -> None:
    """A byline printed without its "By" (wire stories: "Name, AP Writer") names the people before
    the comma; the test is the line's shape (names joined by "and" or commas, then a role), not words."""
    from newsgrab.text.byline import byline_names

    assert byline_names(line) == authors
    doc = parse_text(PAGE.replace("By Lena Moravec\n\nMarch 14, 2024\n", f"{line}\n\nMarch 14, 2024\n"))
    # an agency alone above the dateline is the byline of a wire story (as "Reuters March 4, 2019"
    # on one line is): the people's test leaves it out, the page names it
    assert doc.metadata.authors == (["Associated Press"] if line == "Associated Press" else authors)


@pytest.mark.parametrize(
    ("header", "authors", "published"),
    [
        # a wire story's agency on the line above its dateline, under the headline
        ("Associated Press\n\nPublished 11:26 pm EST, Tuesday, March 14, 2024\n", ["Associated Press"],
         "2024-03-14T23:26:00-05:00"),
        ("Reuters\n\nMarch 14, 2024 11:03 PM\n", ["Reuters"], "2024-03-14"),
        ("The Associated Press\n\nPublished Thursday, March 14, 2024 8:22AM EST\n", ["The Associated Press"],
         "2024-03-14T08:22:00-05:00"),
        # ...not a section's name above the dateline, nor an agency with no dateline under it
        ("World News\n\nMarch 14, 2024\n", [], "2024-03-14"),
        ("Associated Press\n\nPhoto of the harbour at dawn\n", [], None),
    ],
)
def test_an_agency_above_the_dateline_under_the_headline_is_the_byline(
        header: str, authors: list[str], published: str | None) -> None:
    doc = parse_text(PAGE.replace("By Lena Moravec\n\nMarch 14, 2024\n", header))
    assert (doc.metadata.authors, doc.metadata.published) == (authors, published)


def test_an_agency_in_the_menu_above_the_headline_is_not_the_byline() -> None:
    page = PAGE.replace("# Fishermen Return", "Associated Press\n\nMarch 13, 2024\n\n# Fishermen Return").replace(
        "By Lena Moravec\n\nMarch 14, 2024\n", "March 14, 2024\n")
    assert parse_text(page).metadata.authors == []


@pytest.mark.parametrize(
    ("above", "authors"),
    [
        # a header printed above the headline, name first: name, section, dateline, headline
        ("Lena Moravec\n\nBusiness\n\n03.14.2024 10:09 AM\n", ["Lena Moravec"]),
        ("Lena Moravec\n\n03.14.2024 10:09 AM\n", ["Lena Moravec"]),
        # ...not a button's or a list's words shaped like a name with no dateline under them, nor a
        # name above a line that is no label (a teaser's sentence)
        ("Previous Next\n\nBusiness\n\nLocal\n", []),
        ("Lena Moravec\n\nCouncil votes on the new ferry timetable\n\n03.14.2024 10:09 AM\n", []),
    ],
)
def test_a_name_above_a_dateline_above_the_headline_is_the_byline(above: str, authors: list[str]) -> None:
    page = PAGE.replace("# Fishermen Return", f"{above}\n# Fishermen Return").replace(
        "By Lena Moravec\n\nMarch 14, 2024\n", "")
    assert parse_text(page).metadata.authors == authors


@pytest.mark.parametrize(
    ("above", "below", "authors"),
    [
        # the line right above the headline is its kicker, the section's label, however a name it looks
        # (foxnews "Executive Branch", a games site's "Video Game", wsj "Enterprise Software")
        ("Executive Branch\n", "", []),
        ("Lena Moravec\n", "", []),
        # ...a name under the headline is still its byline, and one above it with a handle or a date
        ("", "Lena Moravec\n", ["Lena Moravec"]),
        ("Lena Moravec\n\n@lenamoravec\n", "", ["Lena Moravec"]),
        ("Lena Moravec 2 hours ago\n", "", ["Lena Moravec"]),
    ],
)
def test_a_bare_name_right_above_the_headline_is_its_kicker(above: str, below: str, authors: list[str]) -> None:
    page = PAGE.replace("# Fishermen Return to the Outer Harbour\n",
                        f"{above}\n# Fishermen Return to the Outer Harbour\n\n{below}").replace(
        "By Lena Moravec\n\nMarch 14, 2024\n", "")
    assert parse_text(page).metadata.authors == authors


@pytest.mark.parametrize(
    ("under", "authors"),
    [
        # the standfirst and the author's card printed as headings, the lead photo between them
        ("## The crane is mended at last.\n\n![crane](/crane.jpg)\n\n### Lena Moravec\n", ["Lena Moravec"]),
        ("![crane](/crane.jpg)\n\n### Lena Moravec\n\nHarbour reporter\n", ["Lena Moravec"]),
        # ...not a section's heading, nor a name under two sentences or under a line that is no sentence
        ("## The crane is mended at last.\n\n### Business News\n", []),
        ("## The crane is mended at last.\n\n## Boats went out at dawn.\n\n### Lena Moravec\n", []),
        ("## Harbour\n\n### Lena Moravec\n", []),
    ],
)
def test_a_bare_name_first_under_the_headline_and_its_standfirst_is_the_byline(
        under: str, authors: list[str]) -> None:
    page = PAGE.replace("By Lena Moravec\n\nMarch 14, 2024\n", f"{under}\nMarch 14, 2024\n")
    assert parse_text(page).metadata.authors == authors


@pytest.mark.parametrize(
    ("header", "authors", "published"),
    [
        # get_text splits "By <a>Name</a> Date" at the link: the date after the name is read too
        ("By\n\nLena Moravec March 14, 2024, 07:47 PM EST\n", ["Lena Moravec"], "2024-03-14T19:47:00-05:00"),
        ("5:45 AM PST 3/14/2024 by\n\nLena Moravec\n", ["Lena Moravec"], "2024-03-14"),
    ],
)
def test_a_byline_word_on_its_own_line_reads_the_dates_of_both_lines(
        header: str, authors: list[str], published: str) -> None:
    doc = parse_text(PAGE.replace("By Lena Moravec\n\nMarch 14, 2024\n", header))
    assert (doc.metadata.authors, doc.metadata.published) == (authors, published)


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # get_text and markdownify cut a header line where an element follows its separator: the line that
        # opens with the separator is the rest of the line above, read whole...
        ("Lena Moravec\n\n/ Gazette Wire / Updated: March 14, 2024, 11:05 IST\n", ["Lena Moravec"]),
        ("March 14, 2024, 07:11\n\n| 8 min read\n\nLena Moravec\n", ["Lena Moravec"]),
        # ...not a sentence above it (the standfirst over the rest of a dateline), which names no one
        ("Boats went out at dawn after the storm\n\n| Updated: March 14, 2024\n", []),
        ("Boats went out at dawn after the storm.\n\n| Updated: March 14, 2024\n", []),
        # ...nor the rest of a byline cut above it: the desk after "for" is no name
        ("By Lena Moravec\n\nfor Harbour Notes\n\n| March 14, 2024\n", ["Lena Moravec"]),
    ],
)
def test_a_line_opening_with_a_separator_is_read_with_the_line_above(header: str, authors: list[str]) -> None:
    doc = parse_text(PAGE.replace("By Lena Moravec\n\nMarch 14, 2024\n", header))
    assert doc.metadata.authors == authors
    assert doc.metadata.published == "2024-03-14"
    assert doc.metadata.site_name != "for Harbour Notes"


@pytest.mark.parametrize(
    ("name", "authors"),
    [
        # the author's social handle glued to the name under a label alone (markdownify prints the name's
        # link and the handle's link side by side) is no part of the name...
        ("Lena Moravec@lenamoravec", ["Lena Moravec"]),
        # ...an e-mail address is no handle, and names no one
        ("lena@gazette.example", []),
    ],
)
def test_a_name_under_a_label_alone_is_read_without_its_handle(name: str, authors: list[str]) -> None:
    doc = parse_text(PAGE.replace("By Lena Moravec\n\nMarch 14, 2024\n", f"By\n\n{name}\n"))
    assert doc.metadata.authors == authors


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # a stamp ending in "by" takes the name on the next line...
        ("Written on Mar 14 by\n\nLena Moravec\n", ["Lena Moravec"]),
        # ...a sentence's wrapped line ending in "by" takes nothing: a company is no byline
        ("Editors' note, March 20, 2024: the crane's maker has since been bought by\n\nHarbourline "
         "and it will no longer sell spare parts.\n", []),
    ],
)
def test_a_line_ending_in_by_names_the_next_line_only_when_it_is_a_stamp(header: str, authors: list[str]) -> None:
    doc = parse_text(PAGE.replace("By Lena Moravec\n\nMarch 14, 2024\n", header))
    assert doc.metadata.authors == authors


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # a link to the author's page whose text is its own slug names the author, whatever surrounds it
        ("March 14, 2024 | BY: [Lena Moravec](https://gazette.example/blog/author/lena-moravec/)\n", ["Lena Moravec"]),
        ("14/03/2024 [Lena Moravec](https://gazette.example/author/lena-moravec/) "
         "[Harbours](https://gazette.example/c/harbours/), [News](https://gazette.example/c/news/)\n",
         ["Lena Moravec"]),
        ("Share: [Lena Moravec](https://gazette.example/autor/lena-moravec/)\n", ["Lena Moravec"]),
        # a magazine's or a trade paper's page of its writers ("/writer/<slug>", the slug in underscores too)
        ("Share: [Lena Moravec](https://gazette.example/writer/lena_moravec/)\n", ["Lena Moravec"]),
        # ...not a profile page, the story's subject's as often as its writer's (a lab's "/profile/<slug>")
        ("Share: [Lena Moravec](https://gazette.example/profile/lena-moravec/)\n", []),
        # ...not one whose text is something else, nor a link to a tag page
        ("Share: [More stories](https://gazette.example/author/lena-moravec/)\n", []),
        ("Share: [Lena Moravec](https://gazette.example/tag/lena-moravec/)\n", []),
    ],
)
def test_a_link_to_the_authors_page_near_the_headline_names_the_author(header: str, authors: list[str]) -> None:
    doc = parse_text(PAGE.replace("By Lena Moravec\n\nMarch 14, 2024\n", header))
    assert doc.metadata.authors == authors


def test_a_name_under_the_dek_is_the_byline_not_a_button_above_the_headline() -> None:
    page = PAGE.replace("# Fishermen Return to the Outer Harbour\n\nBy Lena Moravec\n\nMarch 14, 2024\n",
                        "Live Radio\n\n# Fishermen Return to the Outer Harbour\n\n"
                        "The crane on the north quay failed in the storm and took three days to mend.\n\n"
                        "Lena Moravec\n\nHarbour reporter\n\nMarch 14, 2024\n")
    doc = parse_text(page)
    assert doc.metadata.authors == ["Lena Moravec"]
    assert doc.metadata.description == "The crane on the north quay failed in the storm and took three days to mend."


@pytest.mark.parametrize(
    ("header", "published"),
    [
        # a date that opens a line, then what a theme prints beside it: the author and the section links,
        # a clock time with the relative time glued on
        ("14/03/2024 Lena Moravec All, Harbours, Weather, News\n", "2024-03-14"),
        ("Mar 14, 2024 at 9:08 GMT1 day ago\n", "2024-03-14"),
        # a date label on a line of its own, the date on the next (get_text and markdownify split them)
        ("Published\n\n11:26 pm EST, Thursday, March 14, 2024\n", "2024-03-14T23:26:00-05:00"),
        ("Publiziert:\n\n14.03.2024\n", "2024-03-14"),
        # ...not a sentence that opens with a date
        ("March 14, 2024 was the day the harbour reopened after the storm\n", None),
        ("March 14, 2024 Fishermen Said The Crane Failed Twice Before The Storm Came Ashore\n", None),
    ],
)
def test_a_dateline_that_opens_a_line_or_sits_under_its_label(header: str, published: str | None) -> None:
    doc = parse_text(PAGE.replace("By Lena Moravec\n\nMarch 14, 2024\n", header))
    assert doc.metadata.published == published


@pytest.mark.parametrize(
    ("header", "authors", "published"),
    [
        # a byline's opener glued to the linked name after it, as inscriptis and html2text print "by<a>"
        ("byLena Moravec on March 14, 2024, 7:31 pm EDT\n", ["Lena Moravec"], "2024-03-14T19:31:00-04:00"),
        ("vonLena Moravec | 14. März 2024\n", ["Lena Moravec"], "2024-03-14"),
        # ...not a word that starts with the letters of one
        ("bypass Road Reopens\n\nMarch 14, 2024\n", [], "2024-03-14"),
        # a name, "on", the date: every word of the name capitalised, two or more of them
        ("Harbour Gazette Staff on March 14, 2024 at 5:31 pm\n", ["Harbour Gazette Staff"], "2024-03-14"),
        ("Lena Moravec on March 14, 2024\n", ["Lena Moravec"], "2024-03-14"),
        ("The ferry left the harbour on March 14, 2024\n", [], None),
        # a label's words are no name; the dateline under the headline dates the story
        # (datefallback.date_under_headline reads the unaccented label's line as a header line)
        ("Publie le 14/03/2024\n", [], "2024-03-14"),
    ],
)
def test_glued_openers_and_name_on_date_lines(header: str, authors: list[str], published: str | None) -> None:
    doc = parse_text(PAGE.replace("By Lena Moravec\n\nMarch 14, 2024\n", header))
    assert (doc.metadata.authors, doc.metadata.published) == (authors, published)


def test_a_banner_heading_above_the_headline_is_not_the_title() -> None:
    """A page whose only chrome is a banner heading ("Welcome to ...") and a button above the article:
    the headline is the heading with the byline and date under it, not the first line."""
    page = ("## Welcome to the Harbour Gazette Members Weekend\n\nLearn More\n\n"
            "## Fishermen Return to the Outer Harbour\n\nLena Moravec, Gazette Staff\n\n"
            f"Published 11:34 PM EST Mar 14, 2024\n\n{ARTICLE}")
    doc = parse_text(page)
    assert doc.metadata.title == "Fishermen Return to the Outer Harbour"
    assert doc.metadata.authors == ["Lena Moravec"]
    assert doc.metadata.published == "2024-03-14T23:34:00-05:00"  # the clock before the date is read
    assert doc.blocks[-1].text.startswith("The harbour office said")


def test_a_sentence_ending_in_a_date_is_not_a_dateline() -> None:
    from newsgrab.model import Block, Metadata
    from newsgrab.text.header import is_header_line, take_header_line

    for line in ("Supported by the Arts Council", "Photo taken in 2019 by a drone over the harbour"):
        meta = Metadata()
        assert not take_header_line(Block(kind="p", text=line), meta) and meta.authors == []
    assert is_header_line("Global Research, July 11, 2021")
    assert not is_header_line("The minister visits Paris on 14 July 2019")


def _wrap_by_columns(text: str, width: int) -> list[str]:
    """w3m's way with wide text: fill each line to `width` columns, cutting words where it must
    (a space that falls at the end of a line is dropped)."""
    from newsgrab.text.wrap import display_width

    lines, line = [], ""
    for char in text:
        if display_width(line + char) > width:
            lines.append(line.rstrip())
            line = "" if char == " " else char
        else:
            line += char
    return [*lines, line]


def test_korean_cut_mid_word_at_a_full_line_joins_without_a_space() -> None:
    from newsgrab.text.lines import split_blocks
    from newsgrab.text.wrap import breaks_word

    paragraph = ("한편 이날 서울시는 월요일 오전 시청에서 열린 기자회견에서 내년부터 시내버스 노선을 전면 "
                 "개편하겠다고 발표했다. 시는 출퇴근 시간대 배차 간격을 줄이고 심야 노선을 늘리는 "
                 "방안을 검토하고 있으며, 시민 의견을 듣는 공청회를 다음 달까지 세 차례 열 계획이다. "
                 "아울러 교통 전문가들은 이번 개편이 외곽 지역 주민들의 불편을 크게 줄일 것으로 내다봤다.")
    lines = _wrap_by_columns(paragraph, 79)
    assert any(breaks_word(a, b, 79) for a, b in pairwise(lines))  # the test cuts words
    text = "\n".join(lines) + "\n\n" + "\n".join(lines) + "\n"
    assert [b.raw for b in split_blocks(text)[0]] == [paragraph, paragraph]


def test_korean_break_with_room_left_on_the_line_or_past_the_width_keeps_its_space() -> None:
    from newsgrab.text.wrap import breaks_word

    short = "서울시는 월요일 오전 시청에서 열린 기자회견에서 내년부터 시내버스 노선을"  # 72 columns
    assert not breaks_word(short, "전면 개편하겠다고 발표했다.", 79)
    # lynx counts a Hangul syllable as one column: its lines pass the display width and are not cut
    assert not breaks_word(short + " " + short, "전면 개편하겠다고 발표했다.", 79)
    assert not breaks_word("The council said on Monday that the plan would go ahead, as was agreed", "in May.", 79)


def test_a_caption_printed_twice_with_a_counter_is_not_article_prose_a_far_teaser_is_not_a_copy() -> None:
    from newsgrab.model import Block
    from newsgrab.text.span import block_values

    caption = ("A shopper looks at extension cords at a hardware store on Tuesday, in preparation "
               "for the planned power shutoff across the county.")
    lead = ("The utility was set to begin shutting off power on Wednesday to about 150,000 customers "
            "across the north of the state, as forecasts called for strong winds.")
    gallery = [Block(kind="p", text=caption), Block(kind="p", text="2of4" + caption)]
    assert block_values(gallery) == [0.0, 0.0]  # lynx prints an image's caption again beside the slide
    credited = [Block(kind="p", text=caption), Block(kind="p", text=caption + " (Photo: Jane Roe)")]
    assert block_values(credited) == [0.0, 0.0]
    story = [Block(kind="p", text=lead), *(Block(kind="p", text=f"Paragraph {n} of the story goes on, "
                                                     "the harbour office said.") for n in (2, 3))]
    teaser = Block(kind="p", text=lead[:100])  # the same story's teaser in a list further down
    labels = [Block(kind="p", text=label) for label in ("Most read", "Weather", "Sport")]
    values = block_values([*story, *labels, teaser])
    assert values[0] > 0  # the story's opening paragraph is no copy of a teaser that far away


@pytest.mark.parametrize(
    ("top", "authors", "published"),
    [
        # the <title> line first, then chrome, the byline and dateline, the headline again (markdownify; read
        # before this change too, kept as the shape's regression)
        ("Fishermen Return to the Outer Harbour\n\nBack to overview\n\nBy\n\nLena Moravec\n\n"
         "published March 14, 2024\n\n# Fishermen Return to the Outer Harbour\n", ["Lena Moravec"], "2024-03-14"),
        # the dateline and byline under a standfirst and a prompt (inscriptis)
        ("Fishermen Return to the Outer Harbour\n\nThe crane on the north quay is mended after three days.\n\n"
         "SUBSCRIBE\n\nMarch 14, 2024, 8:41 AM UTC\n\nBy Lena Moravec\n", ["Lena Moravec"], "2024-03-14"),
        ("Fishermen Return to the Outer Harbour\n\nThe crane on the north quay is mended after three days.\n\n"
         "Newsletter\n\nBy Lena Moravec\n\n14/03/2024 08:41\n", ["Lena Moravec"], "2024-03-14"),
        # ...not a sentence with a date in it, nor a source line, below the first paragraph
        ("Fishermen Return to the Outer Harbour\n\nThe crane on the north quay is mended after three days.\n\n"
         "On March 14, 2024 the first boats went out again.\n\nSource: the harbour office\n", [], None),
    ],
)
def test_a_byline_and_dateline_below_the_title_line_of_a_text_without_chrome_are_read(
        top: str, authors: list[str], published: str | None) -> None:
    doc = parse_text(f"{top}\n{ARTICLE}")
    assert (doc.metadata.authors, doc.metadata.published) == (authors, published)
    texts = [block.text for block in doc.blocks]
    assert not any(text.startswith(("By", "Lena", "March 14")) for text in texts)
    assert ("Source: the harbour office" in texts) == (not authors)


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        # a link to the author's page, relative, in a dump that names no base URL (html2text, markdownify)
        ("[Lena Moravec](/authors/lena-moravec/) Harbour reporter", ["Lena Moravec"]),
        ("[Lena Moravec](/author/lena-moravec) [Share](/share/)", ["Lena Moravec"]),
        ("[Lena Moravec](/writers/lena-moravec/) Harbour reporter", ["Lena Moravec"]),
        # ...not a relative link whose text is not its own slug, nor one to a section
        ("[Harbour desk](/authors/lena-moravec/)", []),
        ("[Harbour News](/news/harbour/)", []),
    ],
)
def test_a_relative_link_to_an_author_page_names_the_author_without_a_base_url(
        byline: str, authors: list[str]) -> None:
    from newsgrab.text.inline import convert_inline

    doc = parse_text(PAGE.replace("By Lena Moravec\n\nMarch 14, 2024\n", f"{byline}\n\nMarch 14, 2024\n"))
    assert doc.metadata.authors == authors
    # the link has no address to give: it is read for the byline, never listed with a made-up one
    assert convert_inline(byline).links == []
