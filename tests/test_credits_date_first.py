"""Credits whose wording put a date before the publication, or that only look like one.

"This article first appeared on March 2, 2026 in The Harbour Courier." named "on" as the source: the
rule's optional name needed a space of its own, so with no name before the date it took the
preposition. A "Featured image: <caption>. (Photo by X)" line named its caption as the source. And a
note in brackets that opens with a call ("[Sign up for ...]") now reads as the call it is."""

from __future__ import annotations

from newsgrab import extract

_STORY = (
    "Harbour Towns Brace For Record Tides\n\nMarch 3, 2026\n\n{top}"
    "The council of Port Elwyn postponed its vote on the new sea wall for the third time on Monday, leaving "
    "residents of the lower harbour to face the spring tides without the barrier engineers had promised.\n\n"
    "Engineers from the regional water board told the council that this year's spring tides will be the "
    "highest in four decades, and that the old wall at the harbour mouth has cracked in two places.\n\n{last}\n"
)


def test_a_credit_dated_before_its_publication_names_the_publication() -> None:
    credit = "This article first appeared on March 2, 2026 in The Harbour Courier."
    article = extract(_STORY.format(top="", last=credit))
    source = article.original_source
    assert source is not None and source.name == "The Harbour Courier" and source.published == "2026-03-02"


def test_a_credit_with_its_name_before_the_date_still_reads() -> None:
    credit = "This article was originally published on Harbour Wire on March 2, 2026."
    article = extract(_STORY.format(top="", last=credit))
    assert article.original_source is not None and article.original_source.name == "Harbour Wire"


def test_a_featured_images_caption_is_no_source() -> None:
    line = "Featured image: The harbour wall at Port Elwyn at low tide. (Photo by Ada Munro)"
    article = extract(_STORY.format(top="", last=line))
    assert article.original_source is None
    assert [(r.rule, r.category) for r in article.removed] == [("image-credit.photo-credit-line", "image-credit")]


def test_a_bracketed_call_reads_as_a_call() -> None:
    article = extract(_STORY.format(top="(Sign up for our free daily newsletter.)\n\n", last=""))
    assert "Sign up" not in article.body
    assert any("imperative" in r.rule for r in article.removed)
