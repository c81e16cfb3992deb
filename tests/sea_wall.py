"""Invented news stories shared by the tests that print their own lines around one (a byline, a
dateline, a kicker, a bio, a medium's label): the sea-wall story in English, and the dock-sale story
whose cross-posts paste their media as addresses."""

from __future__ import annotations

#: the sea-wall story's headline and its three paragraphs
TITLE = "Harbour Towns Brace For Record Tides As Council Delays Sea Wall Vote"
PARAGRAPHS = (
    "The council of Port Elwyn postponed its vote on the new sea wall for the third time on Monday, leaving "
    "residents of the lower harbour to face the spring tides without the barrier engineers had promised.",
    "Engineers from the regional water board told the council that this year's spring tides will be the "
    "highest in four decades, and that the old wall at the harbour mouth has cracked in two places.",
    "The finance committee says the wall's cost has risen by a third since the first estimate, and that it "
    "wants a second opinion before it borrows the money.",
)
#: the same as a text's lines: paragraphs parted by a blank line
STORY = "\n\n".join(PARAGRAPHS) + "\n"

#: the dock-sale story's headline and its three paragraphs
DOCK_TITLE = "Harbour Board Quietly Sells Dock Land To Shipping Firm"
DOCK_PARAGRAPHS = (
    "The harbour board of Port Elwyn sold eleven hectares of dock land to a shipping firm last month without "
    "a public tender, according to minutes seen by this reporter.",
    "The sale, worth a fraction of the land's assessed value, was approved at a closed session that was not "
    "listed on the board's public calendar.",
    "Residents of the lower harbour say they learned of the sale only when fences went up around the old fish "
    "market, and the board has not answered questions about it.",
)
