"""The in-article boilerplate pass: rules plus structure, with an audit entry for every removal.

Blocks come in from either input kind (HTML or text), so one pass serves both. It:

1. matches every block against the rules through a prefiltered index (newsgrab/rules/matcher.py);
   the first rule that fires wins;
2. finds the article's body span (span.py, with the blocks the notice score reads and their cues):
   the first and last *substantive* blocks (unmatched, long enough, sentence-like), so `leading`
   rules apply only before the body and `trailing` rules only after it, and an article paragraph
   *about* donations or copyright is never in scope. A tail where notices outnumber prose (two or
   more notices, at least twice as many as prose blocks) is a footer even when an unseen long
   notice (an author bio) sits in it;
3. keeps any block that reads as an editor's note about the article itself (a correction, an
   update, a content warning) even when a rule fires on it; its provenance is still captured;
   In text input a line that is only a link to another story of the same site (markdown keeps
   links visible) is a related link wherever it sits (textshapes.py, `structure.teaser-link`);
   in either input a one-item list whose opening the page repeats three times or more is a
   button ("See it now: ...", `structure.repeated-button`); and on a text page with no anchor
   left a short block closing on a call whose link is gone ("Get more ideas here!",
   `structure.lost-link-call`, or a labelled promotion closing on the link's word alone,
   `structure.lost-link-promo`); and in text input a paragraph that is a photo's caption with its
   credit (`structure.credited-caption`) or its credit alone ("Jane Doe/Harbour Press",
   `structure.credit-line`), and a box of other stories' headlines whose links are
   gone, under a label of related reading (`structure.labelled-teaser`) or under any short label
   line when its items are headlines with teasers or in CJK (`structure.related-list`), and the
   share buttons set into the article, a row of their labels or a lone one linked to a sharer
   (sharerows.py, `structure.share-row`);
3b. removes links to other stories of the site by their shape, whatever their words (related.py:
   `structure.related-run`, `structure.related-single`, a labelled promotion whose last words are
   its one link: `structure.related-promo`, three teasers or more amid the article that head no
   text: `structure.related-box`, three headings or more after it that head none:
   `structure.related-headlines`), and ends the body before such a run; and the blocks
   of a comment thread that the HTML stage found by its shape (threads.py, `structure.comments:<cues>`);
   A block that discloses who pays for the piece (the score's `disclosure` cue) goes wherever it
   sits (`structure.disclosure`), and so does a paragraph too long for the score amid the article
   that names the site and that the score, read whole, is clearly sure of (appeals.py:
   `structure.appeal`, the publisher's donation box or call to its community set into the text);
3c. removes page furniture by its shape (furniture.py): a breadcrumb trail over the article
   (`structure.breadcrumb`), a short block giving an e-mail address at the page's own site
   (`structure.own-address`);
3d. in text input, the block right above a run of notices amid the dump (a thread or a sidebar printed
   after them keeps the article's span open), when the score takes it as after the article
   (noticeruns.py, `structure.above-notices:<the score's rule>`);
4. sweeps the footer (from the first notice after the body, or from a separator after the body
   that leads to one, to the end) and the head zone: short blocks that are not prose (a bare URL,
   email or handle, link-heavy, a short imperative line, a label or heading that opens removed
   notices) go with the notices around them, and under a footer-opening separator every label
   goes, so an unseen publisher's footer goes too. A list after the body the pass took most
   items of goes whole. Prose sentences are never swept (sweeps.py);
5. removes separators ("*", "***", "---", <hr>) that only fence notices;
6. captures provenance (original source name, URL, date) from the rules' named groups.

Categories named in `keep` stay in the body, but provenance is captured all the same.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import partial
from itertools import compress

from newsgrab import urls
from newsgrab.clean.adlabels import ad_labels
from newsgrab.clean.appeals import appeals
from newsgrab.clean.callbox import call_boxes
from newsgrab.clean.commentsection import SECTION_REMOVAL, section_blocks
from newsgrab.clean.disclosures import disclosures
from newsgrab.clean.furniture import furniture_blocks
from newsgrab.clean.lexicon import ACTION_PREFIX
from newsgrab.clean.noticeruns import above_notice_runs
from newsgrab.clean.ownsite import declared_site_name
from newsgrab.clean.provenance import url_after
from newsgrab.clean.reading import read_view
from newsgrab.clean.related import PROMO, related_blocks, site_of
from newsgrab.clean.repeats import printed_over
from newsgrab.clean.score import NoticeScorer
from newsgrab.clean.sections import enumerated_items
from newsgrab.clean.shapes import fold, is_separator
from newsgrab.clean.sharerows import share_rows
from newsgrab.clean.sources import capture, capture_credit, credit_cue, kept_credit
from newsgrab.clean.span import body_span, scoped
from newsgrab.clean.sweeps import Verdict, fences_notices, footer_start, sweep_footer, sweep_head, sweep_lists
from newsgrab.clean.textshapes import (
    credit_labels,
    credit_lines,
    credited_captions,
    labelled_headline_lists,
    labelled_teasers,
    lost_link_calls,
    lost_link_promos,
    repeated_buttons,
    teaser_link_lines,
)
from newsgrab.clean.threads import thread_blocks
from newsgrab.clean.views import BlockText, PageFacts
from newsgrab.model import Block, Metadata, OriginalSource, Removal
from newsgrab.rules import Rule
from newsgrab.rules.matcher import rule_index

#: share of the article's text the score may take at most; a page it would strip of more (or one with no
#: body span, whose rest the sweeps would take) it misreads (a sales page), and it removes nothing there
MAX_SCORED_SHARE = 0.5
#: the rule of a teaser of another story of the site (related.py), with the shape that found it
RELATED_RULE = "structure.related"
#: the removal of a disclosure the score did not read or did not take (disclosures.py)
DISCLOSURE = ("structure.disclosure", "disclaimer")
#: the removal of an ad slot's label no phrase rule knows ("Advertisement - story continues below", adlabels.py)
AD_LABEL = ("structure.ad-label", "advertisement")
#: the rule of a block right above a run of notices amid a text, which the score takes there (noticeruns.py)
ABOVE_NOTICES_RULE = "structure.above-notices"
#: the rule of the publisher's own appeal amid the article, a block too long for the score there (appeals.py)
APPEAL_RULE = "structure.appeal"
#: removal categories of rules whose notices may credit a source in words no rule captures
_CREDIT_CATEGORIES = frozenset({"syndication", "copyright"})
#: blocks at either end of the article where a credit the pass keeps still names the source
CREDIT_ZONE = 3
#: an editor's note about the article itself (a correction, an update, a content warning): never
#: boilerplate, whatever else it says. Specific wording only: "To report a correction, email ..."
#: is a contact line, not a correction.
_EDITORIAL_RE = re.compile(
    r"^(?:correction|clarification|update|updated)\s*(?:\(|:|,|—|-)"
    r"|\b(?:an earlier|a previous|the original) version(?: of this (?:article|story|post|report))?\b.{0,120}"
    r"\b(?:misstated|misidentified|misspelled|incorrectly|wrongly|erroneously|said|stated|reported|included)\b"
    r"|\bthis (?:article|story|post|report|interview) (?:has been|was) (?:updated|corrected|amended|edited|condensed)\b"
    r"|\b(?:content|trigger) warning\b|\bcontains (?:graphic|disturbing|descriptions of)\b"
    r"|^(?:berichtigung|korrektur|rectificatif|rectificación|fe de errores|rettifica|errata corrige|correção|"
    r"исправление|уточнение)\b",
    re.IGNORECASE,
)


@dataclass(slots=True)
class BoilerplateResult:
    """What the pass kept, what it removed (in document order) and any provenance it found."""

    kept: list[Block]
    removed: list[Removal] = field(default_factory=list)
    original_source: OriginalSource | None = None
    #: all blocks in order with their removal (None when kept), for --explain
    timeline: list[tuple[Block, Removal | None]] = field(default_factory=list)
    #: what found `original_source`: `rule:<id>` or the provenance shape's cue (clean/provenance.py)
    source_cue: str | None = None


def remove_boilerplate(
    blocks: Sequence[Block], rules: Sequence[Rule], keep: frozenset[str] = frozenset(),
    metadata: Metadata | None = None, own_site: str | None = None, named_site: str | None = None,
) -> BoilerplateResult:
    """Run the pass over one article's blocks. `metadata` (the page's site name, URL, authors and
    language) lets the notice score recognise the page speaking of itself and its author's bio.
    `own_site`: the page's domain when it has no URL, as the text itself gives it (the domain a
    whole-page dump links to or prints most): only the publisher's own contact line is read by it.
    `named_site`: that domain when the text prints it at its own host (`text.site.at_own_host`): its
    labels are the page's name to the notice score, as the URL's are on an HTML page, so the site's
    appeals and footer notes that name it read as the page speaking of itself."""
    texts = [fold(b.text) for b in blocks]
    index = rule_index(rules if isinstance(rules, tuple) else tuple(rules))
    # a page repeats some blocks (menus, share bars, "Advertisement"): each distinct text is matched once
    first: dict[str, tuple[Rule, re.Match[str]] | None] = {}
    hits = [(first[t] if t in first else first.setdefault(t, index.first(t))) if t else None for t in texts]

    # 1b and 2. the notice score's cues and the body span: where rules of each scope may fire
    scorer = NoticeScorer(PageFacts.of(metadata, named_site))  # (a URL, when the page has one, outranks it)
    span = body_span(blocks, texts, hits, scorer)
    views, substantive, first_body, last_body = span.views, span.substantive, span.first, span.last
    separators = [is_separator(b, texts[i]) for i, b in enumerate(blocks)]
    body = [i for i, is_body in enumerate(substantive) if is_body]
    # an item of a count the article runs through ("1. ...", "2. ...", "3. ...") is its own list (sections.py)
    enumerated = enumerated_items(blocks, texts)
    scored: list[Verdict] = [scorer.verdict(view, span.cues[i]) if view is not None and not enumerated[i] else None
                             for i, view in enumerate(views)]
    # the unmatched text is summed only when the score found something (nothing is no share of anything)
    taken_chars = sum(len(texts[i]) for i, found in enumerate(scored) if found)
    if not body or (taken_chars and taken_chars > MAX_SCORED_SHARE * sum(
            len(texts[i]) for i in range(len(blocks)) if hits[i] is None or scoped(hits[i]))):
        scored = [None] * len(blocks)
    notices = [hits[i] or scored[i] for i in range(len(blocks))]
    footer = footer_start(notices, substantive, separators, first_body)
    if footer is not None and footer <= last_body:
        last_body = max((i for i in body if i < footer), default=first_body)

    verdict: list[Verdict] = [None] * len(blocks)
    source = OriginalSource()
    cue: str | None = None
    host = urls.hostname(metadata.url) if metadata is not None else None
    for i, hit in enumerate(hits):
        if hit is None:
            found = scored[i]
            if found is not None:
                if _names_origin(span.cues[i]) and capture_credit(source, views[i], scorer.page, host):
                    cue = cue or f"score:{credit_cue(views[i], scorer.page, host)}"
                if not _EDITORIAL_RE.search(texts[i]):
                    verdict[i] = found
            continue
        rule, match = hit
        if (rule.scope == "leading" and i >= first_body) or (rule.scope == "trailing" and i <= last_body):
            if scored[i] is not None and not _EDITORIAL_RE.search(texts[i]):  # out of scope: span.scoped
                verdict[i] = scored[i]
                # the score took it as a credit over the story, which a trailing rule knows ("Source: X");
                # amid the story a "Source: X" is a claim's or a figure's, not the piece's origin
                if (i < first_body and _names_origin(span.cues[i])
                        and capture_credit(source, views[i], scorer.page, host)):
                    cue = cue or f"score:{credit_cue(views[i], scorer.page, host)}"
            continue
        if rule.captures and capture(source, match, blocks[i], host):
            cue = cue or f"rule:{rule.id}"
        # a rule that read the credit's date but no name ("first appeared on <date> in X"): its shape names it
        # or a writer's bio that says this piece ran there first ("..., where this story first appeared")
        credit = rule.category in _CREDIT_CATEGORIES or (
            rule.category == "author-bio" and bool(span.cues[i].get("self-description"))
            and _names_origin(span.cues[i]))
        if not source.name and credit and capture_credit(
                source, view := BlockText.of(blocks[i], texts[i], scorer.page.vocabulary), scorer.page, host):
            cue = cue or f"rule:{rule.id}+{credit_cue(view, scorer.page, host)}"  # "© X, reprinted"
        # 3. an editor's note about the article stays, even when it also names the source
        if not _EDITORIAL_RE.search(texts[i]):
            verdict[i] = (rule.id, rule.category)

    if source.name and not source.url:  # text input: the original's address alone on the next line
        source.fill(url=url_after(blocks, source.name, host))
    # 3a. in text input, a line that is only a link to another story of the site (textshapes.py)
    every = range(len(blocks))  # the flagged blocks of each shape below are walked, not all (`compress`)
    for i in compress(every, teaser_link_lines(blocks)):
        if verdict[i] is None and hits[i] is None:
            verdict[i] = ("structure.teaser-link", "related")
    # ... and in either input a one-item list whose opening the page repeats under each item is a button
    for i in compress(every, repeated_buttons(blocks, texts)):
        if verdict[i] is None and hits[i] is None:
            verdict[i] = ("structure.repeated-button", "advertisement")
    # ... and in either input an ad slot's label in any language and wording, made only of a label's words (adlabels.py)
    for i in compress(every, ad_labels(texts)):
        if verdict[i] is None and hits[i] is None:
            verdict[i] = AD_LABEL
    # ... and in text without links a block that closes on a call whose link is gone ("... here!"), or
    # a labelled promotion that kept only its link's word ("Also from us: <blurb>. Here.")
    for lost, flags in (("structure.lost-link-call", lost_link_calls(blocks, texts)),
                        ("structure.lost-link-promo", lost_link_promos(blocks, texts))):
        for i in compress(every, flags):
            if verdict[i] is None and hits[i] is None and not _EDITORIAL_RE.search(texts[i]):
                verdict[i] = (lost, "related")
    # ... and in text input a photo's caption with its credit ("... (Image: X)"), and a box of other
    # stories' headlines that lost its links, under a label ("Related articles") or telling by its items
    opens_related = scorer.page.vocabulary[f"{ACTION_PREFIX}related"].opens
    for flags, removal_of in (
            (credited_captions(blocks, texts), ("structure.credited-caption", "image-credit")),
            (credit_lines(blocks, texts), ("structure.credit-line", "image-credit")),
            (labelled_teasers(blocks, texts, opens_related), ("structure.labelled-teaser", "related")),
            (labelled_headline_lists(blocks, texts, hits), ("structure.related-list", "related"))):
        for i in compress(every, flags):
            if verdict[i] is None and hits[i] is None:
                verdict[i] = removal_of
    # ... and in text input a unit that is one phrase printed over (repeats.py): a card's headline, a picture's text
    for i, category in enumerate(printed_over(blocks, texts)):
        if category is not None and verdict[i] is None and hits[i] is None:
            verdict[i] = ("structure.printed-over", category)
    # ... and share buttons set into the article (sharerows.py), a lone label a trailing rule knows included
    for i in compress(every, share_rows(blocks, texts)):
        if verdict[i] is None:
            verdict[i] = ("structure.share-row", "share")
    # ... and a box of calls set into it (callbox.py): a call, its blurb, a call ("Sign up for ..." / "Subscribe")
    for i, category in call_boxes(blocks, texts, scorer.page.vocabulary, lambda k: scorer.text_cues(
            views[k] or BlockText.of(blocks[k], texts[k], scorer.page.vocabulary))).items():
        if verdict[i] is None and not _EDITORIAL_RE.search(texts[i]):
            verdict[i] = ("structure.call-box", category)
    # ... and the label line over a picture's credit that went alone ("Credit:" over "Jane Doe/AP")
    credits = [v is not None and v[1] == "image-credit" and v[0] != "structure.credited-caption" for v in verdict]
    for i in compress(every, credit_labels(blocks, texts, credits)):
        if verdict[i] is None and hits[i] is None:
            verdict[i] = ("structure.credit-label", "image-credit")

    # 3b. links to other stories of the site (related.py): teasers after the body, or all link amid it
    taken = [found is not None for found in verdict]
    related = {i: shape for i, shape in related_blocks(blocks, texts, taken, metadata.url if metadata else None,
                                                       declared_site_name(metadata)).items()
               if shape != PROMO or not _EDITORIAL_RE.search(texts[i])}  # "Update: ... here." is the article's
    for i, shape in related.items():
        verdict[i] = (f"{RELATED_RULE}-{shape}", "related")
    if last_body in related:  # the body ended before the teasers that follow it
        last_body = max((i for i in body if i < last_body and i not in related), default=first_body)
    # ... and the blocks of a comment thread the HTML stage found by its shape (threads.py), also
    # those the score took: the thread names what they are (a commenter's name is no "follow" line)
    for i, found in thread_blocks(blocks).items():
        if hits[i] is None and not _EDITORIAL_RE.search(texts[i]):
            verdict[i] = found
    # ... and a comment section under its heading ("12 comments", commentsection.py), in any markup or text
    prompts = [hit is not None and hit[0].category == "comments" for hit in hits]
    section = section_blocks(blocks, texts, substantive, first_body, prompts) if body else range(0)
    for i in section:
        if verdict[i] is None and blocks[i].kind != "media" and not _EDITORIAL_RE.search(texts[i]):
            verdict[i] = SECTION_REMOVAL
    if section and last_body >= section.start:
        last_body = max((i for i in body if i < section.start), default=first_body)

    # 3b'. a disclosure of who pays for the piece (the score's `disclosure` cue) wherever it sits
    for i in disclosures(blocks, texts, views, span.cues, scorer.page):
        if verdict[i] is None and hits[i] is None and not _EDITORIAL_RE.search(texts[i]):
            verdict[i] = DISCLOSURE
    # ... and the publisher's appeal that names the site, set into the article after its first paragraph (appeals.py)
    if body:
        for i, appeal in appeals(blocks, texts, views, scorer).items():
            if (first_body < i and verdict[i] is None and hits[i] is None and not enumerated[i]
                    and not _EDITORIAL_RE.search(texts[i])):
                verdict[i] = (APPEAL_RULE, appeal)

    # 3c. page furniture by its shape (furniture.py): a breadcrumb trail; not on a
    # page without a body span, where the footer sweep would take everything after the first one
    page_url = metadata.url if metadata else None
    own = site_of(page_url) if page_url else (own_site or "").removeprefix("www.")
    for i, found in (furniture_blocks(blocks, texts, first_body, own)
                     if body else {}).items():
        if verdict[i] is None and not _EDITORIAL_RE.search(texts[i]):
            verdict[i] = found

    # 3d. in text input, the block right above a run of notices amid the dump, read as after the article
    # (noticeruns.py: a thread or a sidebar printed after the notices keeps the article's span open)
    if body:  # (a comment section found by its heading ends the article itself: no run is read over it)
        taken = [found is not None and i not in section for i, found in enumerate(verdict)]
        for i, (view, placed) in above_notice_runs(
                blocks, texts, taken, partial(_may_go, hits, texts), partial(_read_as_after, blocks, texts, views,
                                                                           span.cues, scorer),
                scorer.is_notice, first_body).items():
            found = scorer.verdict(view, placed)
            if found is not None:  # (the audit names the run and what the score read: "...:score:<cues>")
                verdict[i] = (f"{ABOVE_NOTICES_RULE}:{found[0]}", found[1])

    # 6b. a credit the pass left in place (a dateline's "| Quelle: X") still names the source when it
    # sits at either end of the article, and goes when it sits outside the body
    if not source.name:
        for i in _credit_zone(len(blocks), first_body, last_body):
            if verdict[i] is None and kept_credit(views[i], scorer.page, host) and capture_credit(
                    source, views[i], scorer.page, host):
                found_by = credit_cue(views[i], scorer.page, host)
                cue = cue or f"kept:{found_by}"
                if (i < first_body or i > last_body) and found_by.startswith("source-label+link"):
                    verdict[i] = ("provenance.credit", "syndication")  # outside the body: a credit line
                    cue = f"credit:{found_by}"
                break

    # 4. the footer and the head zone: weak blocks go with the notices around them; an enumerated
    # item stays as prose does
    sweep_footer(blocks, texts, verdict, separators,
                  [is_body or enumerated[i] for i, is_body in enumerate(substantive)], last_body)
    sweep_lists(blocks, verdict, last_body)
    sweep_head(blocks, texts, verdict, separators, first_body)

    # 5. separators that fence notices (or open/close the article) go
    fences = fences_notices(separators, verdict)
    for i in range(len(blocks)):
        if verdict[i] is None and separators[i] and fences[i]:
            verdict[i] = ("structure.separator", "separator")

    kept: list[Block] = []
    removed: list[Removal] = []
    timeline: list[tuple[Block, Removal | None]] = []
    for block, text, decision in zip(blocks, texts, verdict, strict=True):
        if decision is None or decision[1] in keep:
            kept.append(block)
            timeline.append((block, None))
        else:
            removal = Removal(rule=decision[0], category=decision[1], text=text)
            removed.append(removal)
            timeline.append((block, removal))
    return BoilerplateResult(kept, removed, None if source.is_empty() else source, timeline,
                             None if source.is_empty() else cue)


def _may_go(hits: Sequence[object], texts: Sequence[str], i: int) -> bool:
    """Whether a block may go by its shape or its place: no rule decided it, and no editor's note."""
    return hits[i] is None and not _EDITORIAL_RE.search(texts[i])


def _read_as_after(blocks: Sequence[Block], texts: Sequence[str], views: Sequence[BlockText | None],
                   cues: Sequence[dict[str, float]], scorer: NoticeScorer, i: int
                   ) -> tuple[BlockText | None, dict[str, float]]:
    """Block `i`'s view and its text cues, position cues left out (the caller sets them): the span's,
    or read now for a block the span skipped (None for plain prose, which is never a notice)."""
    if views[i] is not None:
        return views[i], {k: v for k, v in cues[i].items() if k not in ("after-body", "before-body")}
    view = read_view(blocks[i], texts[i], scorer, False)
    return view, scorer.text_cues(view) if view is not None else {}


def _names_origin(cues: dict[str, float]) -> bool:
    """Whether a credit the score found names the piece's original: a provenance cue, and no author
    bio's unless the bio speaks of the piece itself. "Her work has appeared in X" names where the
    author writes; "Jane Doe is a reporter for X, where this story first appeared" (a demonstrative
    before an article noun: the self-description cue, in every language of the vocabulary) names
    where this piece ran first."""
    return bool(cues.get("provenance")) and (not cues.get("author-bio") or bool(cues.get("self-description")))


def _credit_zone(count: int, first_body: int, last_body: int) -> list[int]:
    """The blocks where a credit left in place is still read: before the body or after it, and
    the first and last `CREDIT_ZONE` blocks (a credit is a sentence, so it may anchor the body)."""
    zone = set(range(min(first_body, count))) | set(range(last_body + 1, count))
    zone |= set(range(min(CREDIT_ZONE, count))) | set(range(max(count - CREDIT_ZONE, 0), count))
    return sorted(zone, key=lambda i: (i < first_body, i))
