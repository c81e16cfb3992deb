"""A wire story's byline row: the reporter's name over the agency's name and the date ("NORA VALE" /
"Associated Press December 2, 2016").

Agencies print their reporters' names in capitals, and a wire story reprinted by a portal keeps the
row as it came: the name on one line, the agency and the date on the next (a converter that joins
inline elements glues them: "Associated PressDecember 2, 2016"). A line in capitals is elsewhere a
section's or a menu's ("WORLD NEWS"), so text/around.py reads a name in capitals beside a dateline
only when the story signs off with it again; an agency's own dateline right under it vouches for it
as well: a section's name sits over the headline, not between it and the agency's row. Shape and
the agency lexicon the byline readers already use (`agency_names`), no new words.
"""

from __future__ import annotations

from newsgrab.text.byline import agency_names
from newsgrab.text.gluedate import unglued_date
from newsgrab.text.headerdates import name_date


def is_agency_dateline(text: str) -> bool:
    """Whether a line is an agency's or a desk's name with the story's date after it ("Associated Press
    December 2, 2016", "Reuters · March 4, 2019", glued "Associated PressDecember 2, 2016"); a section's
    name with a date ("Local News March 4, 2024"), a person's, or a date alone is not."""
    parts = name_date(unglued_date(text))
    return parts is not None and parts[0] is not None and bool(agency_names(parts[0]))
