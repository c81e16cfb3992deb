"""Content-scoring and cleaning constants of the HTML stage, each with its unit and the reason for it.

The scoring follows Readability's shape (paragraph evidence pushed up to ancestors, class hints,
link-density discount, sibling merging); the values were set on whole families of pages and checked
with `bench/run.py`, never on one page.
"""

from __future__ import annotations

# --- paragraph evidence ---------------------------------------------------------------------
#: characters; a text node run shorter than this is not paragraph evidence (captions, labels, buttons).
MIN_PARAGRAPH_CHARS: int = 25
#: points; the base score of every paragraph that counts.
PARAGRAPH_BASE_SCORE: float = 1.0
#: characters per extra point; long paragraphs are stronger evidence of prose.
CHARS_PER_POINT: int = 100
#: points; cap of the length bonus, so one huge block (a legal text) does not outweigh many paragraphs.
MAX_LENGTH_POINTS: float = 3.0
#: commas per word (space) above which a line is a list, whose commas give no points: prose has
#: several words to a clause, "Visa, Mastercard, PayPal" or "Jane Doe, teacher, Elm Street" one or two
LIST_COMMA_SHARE: float = 0.2
#: words (spaces) from which a line can be judged a list; shorter lines, and scripts written without
#: spaces, keep their commas
LIST_MIN_WORDS: int = 5
#: ancestor levels a paragraph's score reaches (parent, grandparent, ... as in Readability.js).
SCORE_ANCESTOR_LEVELS: int = 5
#: divider of the score given to the grandparent (the parent gets it whole).
GRANDPARENT_DIVIDER: float = 2.0
#: multiplier of the level for the divider of deeper ancestors (level * 3 in Readability.js).
DEEP_ANCESTOR_DIVIDER_STEP: float = 3.0

# --- candidate weights ----------------------------------------------------------------------
#: points; a class/id with a "positive" token (article, content, entry...) or a "negative" one.
CLASS_WEIGHT: float = 25.0
#: points; the article-body hints (`itemprop=articleBody`, an `<article>`) are stronger than a class.
ARTICLE_HINT_WEIGHT: float = 30.0
#: points by tag for a new candidate: containers of prose score up, lists and headings down.
TAG_WEIGHTS: dict[str, float] = {
    "div": 5.0,
    "article": 5.0,
    "section": 3.0,
    "main": 3.0,
    "pre": 3.0,
    "td": 3.0,
    "blockquote": 3.0,
    "address": -3.0,
    "ol": -3.0,
    "ul": -3.0,
    "dl": -3.0,
    "dd": -3.0,
    "dt": -3.0,
    "li": -3.0,
    "form": -3.0,
    "h1": -5.0,
    "h2": -5.0,
    "h3": -5.0,
    "h4": -5.0,
    "h5": -5.0,
    "h6": -5.0,
    "th": -5.0,
}
#: candidates whose link density is measured, best raw scores first (the rest cannot reach the top
#: once discounted, and measuring a page-wide wrapper's links is the costly part).
DISCOUNTED_CANDIDATES: int = 15
#: candidates looked at when choosing the top one (Readability.js DEFAULT_N_TOP_CANDIDATES).
TOP_CANDIDATES: int = 5
#: share of the top score an alternative candidate needs to vote for a common ancestor.
ALTERNATIVE_SHARE: float = 0.75
#: alternative candidates that must share an ancestor before it replaces the top candidate.
MIN_ALTERNATIVE_VOTES: int = 3
#: a parent whose score falls below the last score divided by this stops the upward walk.
PARENT_SCORE_FLOOR_DIVIDER: float = 3.0

#: links in an element above which its link text is read link by link rather than by one XPath,
#: whose cost grows faster than the number of links (a link farm of thousands)
XPATH_MAX_LINKS: int = 500

# --- sibling merging ------------------------------------------------------------------------
#: points; the least score a sibling needs to join the top candidate.
MIN_SIBLING_SCORE: float = 10.0
#: share of the top score a sibling needs to join it (an article split by an ad slot).
SIBLING_SCORE_SHARE: float = 0.2
#: characters; a sibling paragraph longer than this with little link text joins the article.
SIBLING_PARAGRAPH_CHARS: int = 80
#: share of link text below which such a sibling paragraph joins.
SIBLING_MAX_LINK_DENSITY: float = 0.25
#: paragraphs of the region (most of them) that must share one class before paragraphs elsewhere with that
#: class join it as the rest of the story (kin.py): two could be a standfirst and a caption
KIN_MIN_PARAGRAPHS: int = 3
#: share of the top candidate's prose level (`prose_level`) a sibling needs to join on its score: a
#: list of names, prices or links, or an address, scores on its commas but reads far below the article
SIBLING_PROSE_SHARE: float = 0.5
#: characters; a titled box inside the region with less text than this is not judged as a list
#: (`boxes.list_boxes`): a dateline or a short "Related" label under a heading says too little
BOX_MIN_CHARS: int = 150
#: share of the candidate's prose level under which a titled box with a contact's shape (an e-mail
#: address or a phone number: `boxes.contact_shaped`) is judged a list: an address block has a few
#: function words in its opening hours and directions, more than a list of names
CONTACT_PROSE_SHARE: float = 0.75
#: links the last line of a site's own box holds (`siteboxes.ends_in_site_links`): "Our team, Contact"
SITE_LINE_MIN_LINKS: int = 2
#: digits a run of digits, spaces and dashes needs to read as a phone number (a year, a span of
#: years or a price has fewer)
PHONE_MIN_DIGITS: int = 9
#: characters; the last line of a prompt box (`prompts.is_prompt`) is a line of controls, no longer
#: than this: "Show external content", "Choose a plan. Already a subscriber? Sign in"
PROMPT_LINE_MAX_CHARS: int = 120
#: share of that line's text inside links ("Already a subscriber? Sign in" is a third link)
PROMPT_LINE_LINK_SHARE: float = 0.33
#: characters; the text a prompt box holds before its line of controls: a box with less is a
#: link line, which the conditional cleaning judges alone
PROMPT_MIN_PROSE_CHARS: int = 80
#: share of that text in links above which the box is a menu, not a prompt (a header bar ending in
#: "Subscribe / Sign in" is all links)
PROMPT_MAX_PROSE_LINK_SHARE: float = 0.5
#: share of the best candidate's text a prompt box must stay under: a box holding more may be (or
#: hold) the article. 1.0 (a prompt after a brief is about as long as the brief) took 14 more tune
#: leaks but flipped a holdout variant, and was not kept
PROMPT_MAX_CORE_SHARE: float = 0.5
#: share of a sibling's text its <article> cards must hold for it to be a stack of other stories
#: (stacks measured on the shared pages hold 0.96-1.00 of their text in cards; a part of the
#: article with a related-stories box in it, 0.17)
TEASER_STACK_SHARE: float = 0.5

# --- conditional cleaning inside the article region -----------------------------------------
#: share of link text above which a short container or list is a link list, not prose.
MAX_CONTAINER_LINK_DENSITY: float = 0.5
#: share of link text above which even a long container is navigation (a link farm).
MAX_LONG_CONTAINER_LINK_DENSITY: float = 0.75
#: characters; a container with less text than this is "short" for the link-density test.
SHORT_CONTAINER_CHARS: int = 300
#: share of link text above which a short block (<= SHORT_CONTAINER_CHARS) is a link line (tags, "read more").
MAX_SHORT_BLOCK_LINK_DENSITY: float = 0.8
#: share of the declared language's function words under which a text is not in that language
#: (an article's text reads 0.15 or more in its own, a list of names about 0.1; a German text
#: under `lang="en"` 0.007): `boxes._text_level`.
FOREIGN_TEXT_MAX_SHARE: float = 0.03
#: characters of the paragraph after a linked heading from which the heading heads a section of the
#: text (a listicle's item title) rather than a teaser over its blurb.
SECTION_PROSE_CHARS: int = 200
#: linked headings in a container from which it may be a teaser list (related, recent, popular).
TEASER_LIST_HEADINGS: int = 3
#: characters of container text per linked heading under which those headings are teasers
#: (a title and a one-line summary each) rather than an article's own linked subheadings.
TEASER_MAX_CHARS: int = 300
#: characters; a container with at most this much text that opens with a linked headline is another
#: story's card ("Read also"), not the article's own text
TEASER_CARD_MAX_CHARS: int = 700
#: share of a heading's text that must sit in its link for the heading to be a linked headline
TEASER_CARD_LINKED_SHARE: float = 0.8
#: characters of text a card may hold before its linked headline (a kicker label)
TEASER_CARD_MAX_KICKER_CHARS: int = 60
#: pixels; a picture declared no larger than this on both sides is a portrait thumbnail (a bio's)
PROFILE_PICTURE_MAX_PX: int = 200
#: characters and words of the name line under a bio's portrait
PROFILE_NAME_MAX_CHARS: int = 60
PROFILE_NAME_MAX_WORDS: int = 5
#: characters; a form with less text than this (a newsletter or search box) is dropped.
MAX_FORM_TEXT_CHARS: int = 500

# --- serialisation --------------------------------------------------------------------------
#: characters; a table cell longer than this means the table lays out a page, not data
LAYOUT_CELL_CHARS: int = 250

# --- structural pruning guard ---------------------------------------------------------------
#: share of the page's text above which a token-matched container is kept anyway: a wrapper such
#: as <div class="page has-sidebar"> holds the article and must not go with the sidebar.
MAX_PRUNED_TEXT_SHARE: float = 0.5
#: characters; a token-matched container with less text than this is removed without looking for
#: an article-body hint inside it (an article body wrapper holds more than a few lines).
MIN_WRAPPER_CHARS: int = 400

#: hyphens from which an id reads as a slug of a heading (four words and more), not a name
SLUG_MIN_HYPHENS: int = 3
#: characters; a caption-classed element longer than this is a wrapper, not a caption
MAX_CAPTION_CHARS: int = 600

# --- result checks --------------------------------------------------------------------------
# (the sieve's minimum body is newsgrab.settings.MIN_ARTICLE_CHARS, shared with the api)
#: characters; below this the page text is too small to hold an article at all (no retry).
MIN_PAGE_TEXT_CHARS: int = 80
#: linked headings in the region at which a short-paragraph region is a list of teasers.
TEASER_LINKED_HEADINGS: int = 4
#: linked headings per paragraph at or above which the region reads as teasers (one heading and one
#: summary each), not as an article that happens to list a few related links.
TEASER_HEADINGS_PER_PARAGRAPH: float = 0.5
#: characters; average paragraph length under which a teaser-heavy region is an index page.
TEASER_MAX_MEAN_PARAGRAPH: int = 160
#: blocks at the top of the region searched for a repeated title (heading, kicker, title line).
TITLE_SEARCH_BLOCKS: int = 3
#: characters; a line at the top of the region this short that names an author is a byline.
BYLINE_MAX_CHARS: int = 100
#: words; a line above the first paragraph with a date and at most this many other words is a dateline
DATELINE_MAX_WORDS: int = 4
#: characters; an author name shorter than this ("AP", "Staff") is too common to mark a byline.
MIN_AUTHOR_NAME_CHARS: int = 5
#: share of the title a heading must cover (or the title of the heading) to be the headline: repeated
#: at the top of the region, or anywhere on the page.
TITLE_MATCH_SHARE: float = 0.6
#: characters of raw markup above which an empty lxml result sends the page to the bs4 repair.
REPAIR_MIN_RAW_CHARS: int = 2000
#: <p tags in the raw markup from which an empty result means lxml lost the text, not that there is none.
REPAIR_MIN_RAW_PARAGRAPHS: int = 5
#: share of the raw <p> tags lxml's tree must keep; below it the markup broke the parser (repair).
REPAIR_MAX_KEPT_SHARE: float = 0.5
#: levels of elements below which a repaired tree's tags are stripped (their text kept): libxml2's
#: own depth limit, which the HTML stage's recursive walks are sized for
MAX_TREE_DEPTH: int = 255
#: attributes a start tag keeps at most (html/parse.py): libxml2's duplicate check makes thousands
#: in one tag cost quadratic time; real markup stays far below (a few dozen on the busiest tags)
MAX_ATTRIBUTES: int = 256
#: characters; only a start tag this long is read for its attributes: a shorter one cannot hold
#: MAX_ATTRIBUTES of them (each takes two characters at least, a space and a name)
LONG_TAG_CHARS: int = 2 * MAX_ATTRIBUTES

# --- the second opinion: paragraphs judged as prose or not (paragraphs.py) ------------------
#: <br> in a row that end a paragraph (one is a line break inside it, as in jusText)
PARAGRAPH_BREAKS: int = 2
#: weight of a character of a script written without spaces (CJK, Thai): about a word's worth
NO_SPACE_CHAR_WEIGHT: int = 3
#: share of link text above which a paragraph is navigation, not prose (jusText's max_link_density)
PROSE_MAX_LINK_DENSITY: float = 0.2
#: weighted characters under which a paragraph is a short line, judged by its neighbours
PROSE_SHORT_CHARS: int = 70
#: weighted characters above which a paragraph with enough function words is prose on its own
PROSE_LONG_CHARS: int = 200
#: share of function words from which a long paragraph is prose
FUNCTION_WORDS_GOOD: float = 0.12
#: share of function words from which a paragraph is near prose (prose when a neighbour is)
FUNCTION_WORDS_NEAR: float = 0.06
#: sentence ends from which a long paragraph in a language without a word list is prose
PROSE_MIN_SENTENCES: int = 2
#: weighted characters per sentence that `prose_level` takes as its unit (a language without a word list)
PROSE_CHARS_PER_SENTENCE: int = 400
#: weighted characters between a heading and the prose under it that still make it that prose's heading
HEADING_MAX_DISTANCE: int = 200

# --- the second opinion: when it runs, and how it chooses (second_opinion.py) ---------------
#: share of the page's prose (the scored paragraphs' characters) under which the region is weak
WEAK_PROSE_SHARE: float = 0.3
#: characters of text between the headline and the region (or the prose cluster) under which the
#: headline heads it
TITLE_MAX_GAP_CHARS: int = 1000
#: characters of text between the headline and a short region under which the region is a brief
#: under the headline (a byline and a date fit), which the sieve's retries do not trade away
HEADED_GAP_CHARS: int = 300
#: characters of text between the headline and the region above which the region is far from it
#: (weak: a box elsewhere on the page); a standfirst, a byline and a picture's caption fit well under it
FAR_FROM_TITLE_CHARS: int = 2500
#: paragraphs of other text a prose cluster may hold between two of its own (an ad slot, a caption)
CLUSTER_MAX_GAP: int = 3
#: weighted characters those paragraphs may hold between two of the cluster's own
CLUSTER_MAX_GAP_CHARS: int = 300
#: share of the largest cluster's prose the cluster under the headline needs to be chosen instead
TITLE_CLUSTER_SHARE: float = 0.3
#: difference of agreement with JSON-LD `articleBody` (word 4-gram F1) that decides between the two
STRUCTURED_MARGIN: float = 0.15
#: share of a prose paragraph's word 4-grams in the region that make it covered by the region
COVERED_SHARE: float = 0.5
#: times the region's prose the cluster must hold to win on prose alone
OTHER_PROSE_FACTOR: float = 2.0
#: share of the region's text that must be prose; under it, a region of names, prices, links or
#: addresses loses to prose under the headline
FIRST_MIN_PROSE_SHARE: float = 0.3
