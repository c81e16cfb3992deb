"""The text span crosses a wall inside the article (a chart's labels, a table's cells, code tokens),
not a menu before a bio nor a list of links."""

from __future__ import annotations

from newsgrab.text.blocks import parse_text

_MENU = "\n\n".join(["Home", "World", "Business", "Markets", "Opinion", "Sport", "Weather"]) + "\n\n"
_FOOTER = "\n\n".join(["About us", "Contact", "Careers", "Privacy", "Terms", "Sitemap"]) + "\n"
_BEFORE = (
    "The federal government will pay more in interest on its debt next year than it spends on "
    "most of its agencies, budget analysts said on Monday, as rates keep climbing.\n\n"
    "Borrowing costs were held down for a decade by the central bank, which kept its key rate "
    "close to zero after the financial crisis and bought bonds by the billion.\n\n"
    "That era is over, and the bill for a generation of deficits is coming due at a time when "
    "the economy is growing and tax receipts are lower than forecast.\n\n"
)
_AFTER = (
    "Since the start of the year the yield on the ten-year note has risen by almost a full point, "
    "and most forecasters expect it to keep rising into the next decade.\n\n"
    "Some members of Congress want to cut taxes again, which would widen the deficit further and "
    "add to the interest bill the government already owes its lenders.\n\n"
    "The budget office said the figures could change if the economy slowed or rates fell back.\n\n"
)
_CHART = "\n\n".join(["Yield on 10-year note", "8", "%", "MONTHLY", "6", "4", "2", "0", "’98", "’02",
                      "’06", "’10", "’14", "’18", "Source: Reuters"]) + "\n\n"


def _body(text: str) -> str:
    return "\n".join(block.text for block in parse_text(text).blocks)


def test_the_article_goes_on_after_a_chart_printed_one_label_a_line() -> None:
    body = _body(_MENU + "Interest bill to top agency budgets\n\n" + _BEFORE + _CHART + _AFTER + _FOOTER)
    assert "The federal government will pay more" in body
    assert "Since the start of the year" in body and "The budget office said" in body
    assert "Sitemap" not in body


def test_the_article_goes_on_below_a_code_sample_printed_one_token_a_line() -> None:
    code = "\n\n".join(["{", "list :", "[", "list :", "[", "...", "]", "...", "]", "}"]) + "\n\n"
    body = _body(_MENU + "Interest bill to top agency budgets\n\n" + _BEFORE + code + _AFTER + _FOOTER)
    assert "The federal government will pay more" in body and "Since the start of the year" in body


def test_a_menu_before_a_one_paragraph_author_bio_is_not_crossed() -> None:
    bio = ("Jane Doe covers the economy from Washington. She joined the paper in 2012 after ten years "
           "at a wire service.\n\n")
    share = "\n\n".join(["Share this story", "Facebook", "Twitter", "Reddit", "Email", "Comments"]) + "\n\n"
    body = _body(_MENU + "Interest bill to top agency budgets\n\n" + _BEFORE + share + bio + _FOOTER)
    assert "The federal government will pay more" in body
    assert "Jane Doe covers the economy" not in body


def test_a_list_of_links_is_not_a_wall_inside_the_article() -> None:
    menu = "".join(f"* [{name}](https://news.example/{name.lower()})\n" for name in
                   ["Home", "World", "Business", "Markets", "Opinion", "Sport", "Weather", "Travel",
                    "Science", "Health", "Style"]) + "\n"
    links = "".join(f"* [{title}](https://news.example/story-{n})\n" for n, title in enumerate(
        ["Rates rise again", "Markets slip", "Oil falls", "Tax plan stalls", "Fed holds", "Gold up",
         "Jobs report due", "Housing cools"])) + "\n"
    # the links cost less than the prose after them is worth: only their link text keeps it out
    body = _body(menu + "# Interest bill to top agency budgets\n\n" + _BEFORE + links + _AFTER + menu)
    assert "The federal government will pay more" in body
    assert "Since the start of the year" not in body


_MIDDLE = (
    "Harbour officials counted fewer ferries this spring than in any year since the pier was "
    "rebuilt, and the town's council asked for a report by the end of the summer.\n\n"
    "Fishermen blame the new mooring fees; the harbour master blames the weather, which kept "
    "the smaller boats ashore for most of April and half of May.\n\n"
)
_LONG_AFTER = _AFTER + (
    "The council's own figures show the fees brought in less than the repairs to the slipway "
    "cost, so the harbour runs at a loss for the third year in a row.\n\n"
    "A ferry company from the next bay has offered to run a summer service if the town waives "
    "the fees for two seasons, which the council will vote on next month.\n\n"
    "Until then the pier stays open from dawn to dusk, and the ticket office opens only when a "
    "boat is due, the harbour master said in a notice posted on its door.\n\n"
)


def test_the_article_goes_on_across_two_charts_above_its_densest_part() -> None:
    # the densest run is the last part; a crossed chart's cost is not held against the next chart
    body = _body(_MENU + "Interest bill to top agency budgets\n\n" + _BEFORE + _CHART + _MIDDLE + _CHART
                 + _LONG_AFTER + _FOOTER)
    assert "The federal government will pay more" in body and "Harbour officials counted" in body
    assert "Until then the pier stays open" in body and "Sitemap" not in body


def test_a_short_paragraph_above_a_second_chart_stays_out() -> None:
    # the prose above the second wall is worth less than twice the wall's characters: not crossed
    teaser = "Read more about the harbour and the town in our coverage this week.\n\n"
    body = _body(_MENU + teaser + _CHART + _MIDDLE + _CHART + _LONG_AFTER + _FOOTER)
    assert "Harbour officials counted" in body and "Until then the pier stays open" in body
    assert "Read more about the harbour" not in body


_LEAD = (
    "Quiet Harbour is a fishing town on the north shore of the bay, with a pier, a lighthouse and "
    "a ferry to the islands that runs from April to October.\n\n"
    "The town grew around its herring fleet in the nineteenth century and kept its harbour when the "
    "fleet moved south; most of its people now work in the ferry trade or for the council.\n\n"
    "It is known for its spring regatta, its fish market and a lighthouse museum that opens its "
    "doors on summer weekends, when the ferry runs every hour.\n\n"
    "The council meets in the old customs house on the quay, where the harbour master also keeps "
    "an office, and the town shares its school and its doctor with two villages inland.\n\n"
)
#: twelve section titles of about sixteen characters: the article's own table of contents
_CONTENTS = "\n\n".join(["Contents", "1 Early history", "2 The herring fleet", "3 The new pier",
                         "4 Ferry services", "5 Local government", "6 The spring regatta",
                         "7 Lighthouse museum", "8 Notable people", "9 Twin towns", "10 See also",
                         "11 References"]) + "\n\n"


def test_the_lead_above_a_table_of_contents_stays_with_the_article() -> None:
    # the contents are a wall of short lines between the lead and the sections, as a chart's labels are
    body = _body(_MENU + "Quiet Harbour\n\n" + _LEAD + _CONTENTS + "Early history\n\n" + _MIDDLE
                 + _LONG_AFTER + _FOOTER)
    assert "Quiet Harbour is a fishing town" in body and "It is known for its spring regatta" in body
    assert "Harbour officials counted" in body and "Sitemap" not in body


def test_a_blurb_above_a_list_of_section_names_printed_without_links_stays_out() -> None:
    # the same shape with lines as long as a site's section names or headlines (a plain-text dump's
    # menu) is not crossed, though the prose above it is worth more than twice its characters
    sections = "\n\n".join([
        "Harbour ferry timetables", "Regatta results archive", "Lighthouse museum tickets",
        "Council meeting minutes", "Fish market opening hours", "Slipway repair updates",
        "Island winter services", "Mooring fee calculator", "Sailing school enrolment",
        "Customs house exhibitions"]) + "\n\n"
    more = ("Visitors come by the coast road or by the ferry from the islands, and in August the town "
            "has more visitors than people, most of them for the regatta and the fish market.\n\n")
    body = _body(_MENU + "Quiet Harbour\n\n" + _LEAD + more + sections + "Ferry numbers fall\n\n" + _MIDDLE
                 + _LONG_AFTER + _FOOTER)
    assert "Harbour officials counted" in body
    assert "Quiet Harbour is a fishing town" not in body and "Customs house exhibitions" not in body


#: a video player's controls as a plain-text dump prints them, one label a line (about 15 characters)
_PLAYER = "\n\n".join(["Play Video", "Mute", "Current Time 0:00", "Duration Time 0:00", "Loaded: 0%",
                       "Remaining Time -0:00", "Playback Rate", "Chapters", "Descriptions off",
                       "Captions settings", "Subtitles off", "Fullscreen", "Font Size 100%",
                       "Text Edge Style", "Font Family Default", "Close Modal Dialog"]) + "\n\n"
_OPENING = (
    "Ferry crossings to the islands fell by a third this spring, the harbour office said on "
    "Monday, the lowest count since the pier was rebuilt.\n\n"
    "Officials blamed a wet April and the new mooring fees, which the council raised in "
    "January despite objections from the fishermen's association.\n\n"
)


def test_the_opening_paragraphs_above_a_video_players_labels_stay_with_the_article() -> None:
    # two paragraphs in a row above the wall: the article's opening, though worth less than twice it
    body = _body(_MENU + "Ferry numbers fall\n\n" + _OPENING + _PLAYER + _MIDDLE + _LONG_AFTER + _FOOTER)
    assert "Ferry crossings to the islands fell" in body and "Officials blamed a wet April" in body
    assert "Harbour officials counted" in body and "Sitemap" not in body


def test_one_caption_above_a_video_players_labels_stays_out() -> None:
    # a single block there (a photo's caption, a language chooser's line) still needs twice the wall
    caption = ("Ferries wait at the pier in Quiet Harbour on a wet morning in April, when crossings "
               "to the islands fell by a third and the regatta was called off for the first time. The "
               "harbour master, who took the picture from the lighthouse gallery, said the boats had "
               "not left the pier for nine days, the longest spell since the storm of the winter before "
               "last, and that the ticket office would stay shut until the forecast improved and the "
               "first crossing of the season could be announced in the paper and on the quay.\n\n")
    body = _body(_MENU + caption + _PLAYER + "Ferry numbers fall\n\n" + _MIDDLE + _LONG_AFTER + _FOOTER)
    assert "Harbour officials counted" in body
    assert "Ferries wait at the pier" not in body


def test_a_list_of_names_run_together_above_the_wall_is_no_opening() -> None:
    # a search form's list of authors printed as two long lines: prose by their ending, but mostly
    # capitalised words, so not paragraphs that would let the wall be crossed at the lower factor
    names = ("Abbott, Jane Baker, Tom Carter, Lucy Dawson, Mark Ellis, Ruth Fenton, Paul Garner, Anne "
             "Hale, Simon Irving, Clare Jones, Peter Kerr, Alice Lowe, David Marsh, Helen Nolan, Rob E.\n\n"
             "Owens, Kate Parry, John Quinn, Sarah Reid, Adam Shaw, Emma Tate, Oliver Upton, Grace Vale, "
             "Henry Ward, Lily Young, Sam Zeller, Nora Ames, Felix Brand, Iris Cole, Victor Dean, Mary F.\n\n")
    body = _body(_MENU + names + _PLAYER + "Ferry numbers fall\n\n" + _MIDDLE + _LONG_AFTER + _FOOTER)
    assert "Harbour officials counted" in body
    assert "Abbott, Jane Baker" not in body and "Owens, Kate Parry" not in body
