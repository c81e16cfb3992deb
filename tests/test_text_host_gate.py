"""The site reader's gate before its host search (text/site.py): a text the gate passes over holds
no host the search would find, so the hosts read are the same with and without it."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from newsgrab.model import Block
from newsgrab.text import site


def test_the_gate_opens_on_a_printed_address_and_stays_shut_on_a_sentence() -> None:
    assert site._HOST_END_RE.search("Read more at harbourtimes.co.uk or mail desk@harbourtimes.co.uk") is not None
    # a hard negative: dots before spaces, capitals and digits, an abbreviation ("U.S.") with one letter
    assert site._HOST_END_RE.search("The U.S. ferry ran 3.5 hours late. Officials said so.") is None


def test_a_gated_text_reads_the_hosts_it_prints() -> None:
    full: set[str] = set()
    counts: Counter[str] = Counter()
    blocks = [Block(kind="p", text="Contact: news@harbourtimes.co.uk"), Block(kind="p", text="All rights reserved.")]
    assert site._printed_hosts(blocks, counts, full) == {"harbourtimes.co.uk"}
    assert counts["harbourtimes.co.uk"] == 1


#: pieces of addresses and of the sentences around them, in both cases and with the letters that
#: match ASCII letters under IGNORECASE ("İ", "ſ", the Kelvin sign)
_PIECES = st.sampled_from(["example", "EXAMPLE", ".", "..", ".co", ".uk", ".com", "@", "https://", "HTTPS://", "-",
                           " ", "news", "3.5", "U.S.", "e.g.", "x", "İ", "ſ", "\u212a", "_", "+", "/", ".K", ".ſa"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=14).map("".join))
def test_every_text_with_a_host_passes_the_gate(text: str) -> None:
    if site._HOST_RE.search(text) is not None:
        assert site._HOST_END_RE.search(text) is not None
