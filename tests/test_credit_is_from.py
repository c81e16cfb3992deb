"""A credit that says where the piece is from ("This article is from The Harbour Review.", "Cet article
est tiré du Courrier du Port."): a syndicator's closing line, removed with its publication as the
original source; a sentence of the story that says where something is from stays."""

from __future__ import annotations

import pytest

from newsgrab import extract

_EN = (
    "Harbour Towns Brace For Record Tides\n\nMarch 3, 2026\n\n"
    "The council of Port Elwyn postponed its vote on the new sea wall for the third time on Monday, leaving "
    "residents of the lower harbour to face the spring tides without the barrier engineers had promised.\n\n"
    "{middle}\n\n"
    "Engineers from the regional water board told the council that this year's spring tides will be the "
    "highest in four decades, and that the old wall at the harbour mouth has cracked in two places.\n\n"
    "{last}\n"
)
_STORY_LINE = ("Ada Munro keeps a photograph of the 1953 flood behind the counter of her bakery. The story is "
               "from her grandmother, who rowed along Quay Street to reach the church.")


@pytest.mark.parametrize("credit", ["This article is from The Harbour Review.",
                                    "This essay is from The Harbour Review."])
def test_a_closing_is_from_credit_names_the_original(credit: str) -> None:
    article = extract(_EN.format(middle=_STORY_LINE, last=credit))
    assert article.original_source is not None and article.original_source.name == "The Harbour Review"
    assert credit not in article.body
    assert _STORY_LINE in article.body  # "The story is from her grandmother": the story's own sentence


def test_a_french_credit_names_the_original() -> None:
    text = (
        "Marées record : les villes portuaires attendent la digue\n\n3 mars 2026\n\n"
        "Le conseil de Port Elwyn a reporté lundi pour la troisième fois son vote sur la nouvelle digue, "
        "laissant les habitants du port affronter les grandes marées sans protection.\n\n"
        "Les ingénieurs de l'agence de l'eau ont dit au conseil que les marées de cette année seraient les "
        "plus hautes depuis quarante ans.\n\nCet article est tiré du Courrier du Port.\n")
    article = extract(text)
    assert article.original_source is not None and article.original_source.name == "Courrier du Port"
    assert "tiré du" not in article.body
