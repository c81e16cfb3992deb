"""Bylines to people: split, strip what is not a name, keep organisations only when alone."""

from __future__ import annotations

import pytest

from newsgrab.meta.people import clean_name, is_phrase, keep_people, split_authors
from newsgrab.meta.roles import is_organisation


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("By Jane Doe and John Smith", ["Jane Doe", "John Smith"]),
        ("By Jane Doe, John Smith & Ana Lima", ["Jane Doe", "John Smith", "Ana Lima"]),
        ("Von Hans Müller und Eva Schmidt", ["Hans Müller", "Eva Schmidt"]),
        ("Par Marie Dupont et Jean Martin", ["Marie Dupont", "Jean Martin"]),
        ("Por Ana García y Luis Pérez", ["Ana García", "Luis Pérez"]),
        ("Written by: Anna Smith", ["Anna Smith"]),
        ("Jane Doe, Staff Writer", ["Jane Doe"]),
        ("Jane Doe - Senior Correspondent", ["Jane Doe"]),
        ("Jonah Tresk Games Editor", ["Jonah Tresk"]),
        ("By Jane Doe, jane.doe@example.com", ["Jane Doe"]),
        ("By Jane Doe Updated 3 hours ago", ["Jane Doe"]),
        ("By Jane Doe 5 mins ago", ["Jane Doe"]),
        ("By Jane Doe July 9, 2021 at 10:00 am", ["Jane Doe"]),
        ("Sunday, Mar 8, 2015 10:42 AM UTC", []),
        ("Jane Doe is a reporter covering city hall.", ["Jane Doe"]),
        ("Jane Doe (Associated Press)", ["Jane Doe"]),
        ("By Jane Doe | Reuters", ["Jane Doe"]),  # an agency beside a person is dropped
        ("By Jane Doe, The Associated Press", ["Jane Doe"]),
        ("Tech Industry by Aldo Brisk", ["Aldo Brisk"]),
        ("Written by Rob Kettleby Edited by Hana Voss", ["Rob Kettleby"]),
        ("Jarrah Okonedo • 8h", ["Jarrah Okonedo"]),
        ("Hollis T. Brann (http://brann.example/hbrann/)", ["Hollis T. Brann"]),
        ("By South Front", ["South Front"]),  # an organisation alone is kept
        ("By Reuters", ["Reuters"]),
        ("Email the author", []),
        ("Follow @janedoe", []),
        ("Sign In| Sign Up| Subscribe", []),
        ("Jong, Michiel de", ["Michiel de Jong"]),  # "Last, First" is one person
        ("Kooman, F.", ["F. Kooman"]),
        ("Smith, Jones and Brown", ["Smith", "Jones", "Brown"]),  # ...but a list is a list
        ("", []),
    ],
)
def test_split_authors(byline: str, expected: list[str]) -> None:
    assert split_authors(byline) == expected


def test_keep_people_drops_the_site_and_agencies_when_a_person_is_named() -> None:
    assert keep_people(["Northshore Courier", "Aisha Rahman"], ["Northshore Courier"]) == ["Aisha Rahman"]
    assert keep_people(["AFP", "Marie Dupont"]) == ["Marie Dupont"]
    assert keep_people(["Northshore Courier"], ["Northshore Courier"]) == ["Northshore Courier"]


@pytest.mark.parametrize(
    ("name", "sites", "expected"),
    [
        ("Valley Herald Staff", [], True),
        ("Redaktion Blog am Fluss", ["Blog am Fluss"], True),
        ("The Associated Press", [], True),
        ("AP", [], True),
        ("Aisha Rahman", ["Northshore Courier"], False),
        ("Tom Pellow", [], False),
    ],
)
def test_is_organisation(name: str, sites: list[str], expected: bool) -> None:
    assert is_organisation(name, sites) is expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Jane Doe", "Jane Doe"),
        ("  By Jane  Doe ", "Jane Doe"),
        ("Текст: Венера Ерофеева", "Венера Ерофеева"),
        ("admin", None),
        ("jdadmin", None),
        ("kei_eno", None),  # a login, not a display name
        ("Email the author", None),
        ("Regan", "Regan"),
    ],
)
def test_clean_name_for_structured_sources(name: str, expected: str | None) -> None:
    assert clean_name(name) == expected


def test_site_sections_and_editions_are_organisations() -> None:
    assert keep_people(["Tessa Lorne", "CNN Business"], ["CNN"]) == ["Tessa Lorne"]
    assert keep_people(["Milo Farrant", "Business Insider"], ["Business Insider Deutschland"]) == ["Milo Farrant"]


# ------------------------------------------------------------------ byline words (data/byline_words.toml)
def _byline_cases() -> list[tuple[str, str, list[str], str]]:
    import tomllib
    from importlib import resources

    data = tomllib.loads(resources.files("newsgrab.data").joinpath("byline_words.toml").read_text("utf-8"))
    return [(lang, t["example"], t["expected"], t["hard_negative"]) for lang, t in data.items()]


@pytest.mark.parametrize(("language", "example", "expected", "negative"), _byline_cases())
def test_each_languages_byline_words_both_ways(language: str, example: str, expected: list[str],
                                               negative: str) -> None:
    assert split_authors(example) == expected, language
    assert split_authors(negative) == [], language


def _organisation_cases(words: str = "publications",
                        entry: str = "publication") -> list[tuple[str, str, list[str], str]]:
    """Each language's `<entry>_example`, `_expected` and `_negative` where it lists `words`."""
    import tomllib
    from importlib import resources

    data = tomllib.loads(resources.files("newsgrab.data").joinpath("byline_words.toml").read_text("utf-8"))
    return [(lang, t[f"{entry}_example"], t[f"{entry}_expected"], t[f"{entry}_negative"])
            for lang, t in data.items() if words in t]


@pytest.mark.parametrize(("language", "example", "expected", "negative"), _organisation_cases())
def test_each_languages_publication_words_both_ways(language: str, example: str, expected: list[str],
                                                    negative: str) -> None:
    # "By <person>, <publication>": where a syndicated piece's writer works, not a second author; a
    # byline of two people keeps both
    assert keep_people(split_authors(example)) == expected, language
    assert len(keep_people(split_authors(negative))) == 2, language


@pytest.mark.parametrize(("language", "example", "expected", "negative"),
                         _organisation_cases("institutions", "institution"))
def test_each_languages_institution_words_both_ways(language: str, example: str, expected: list[str],
                                                    negative: str) -> None:
    # "By <person>, <university>": an academic's affiliation (a republished piece of a research-news
    # site signs so), not a second author; a byline of two people keeps both
    assert keep_people(split_authors(example)) == expected, language
    assert len(keep_people(split_authors(negative))) == 2, language


def test_an_institution_signing_alone_stays() -> None:
    assert keep_people(split_authors("By Harbourtown University Press Office")) == [
        "Harbourtown University Press Office"]
    assert keep_people(split_authors("By Nora Vale of the University of Harbourtown")) == ["Nora Vale"]


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("By Nora Vale of The Harbour Courier", ["Nora Vale"]),
        ("By Ada Lin of the Associated Press", ["Ada Lin"]),
        ("By Dara Holt of Holt Consulting and Ada Lin", ["Dara Holt of Holt Consulting", "Ada Lin"]),
        ("Friends of the Earth", ["Friends of the Earth"]),  # an organisation signing alone stays whole
        ("By Nora Vale, The Harbour Courier", ["Nora Vale"]),
        ("By Nora Vale and Theo Dwyer", ["Nora Vale", "Theo Dwyer"]),  # "Theo" is no article
        ("By The Harbour Courier", ["The Harbour Courier"]),  # the publication alone signs
    ],
)
def test_a_publication_beside_a_person_is_where_they_write(byline: str, expected: list[str]) -> None:
    assert keep_people(split_authors(byline)) == expected


def _contribution_cases() -> list[tuple[str, str, list[str]]]:
    import tomllib
    from importlib import resources

    data = tomllib.loads(resources.files("newsgrab.data").joinpath("byline_words.toml").read_text("utf-8"))
    return [(lang, t["contribution_example"], t["contribution_expected"])
            for lang, t in data.items() if "contributions" in t]


@pytest.mark.parametrize(("language", "example", "expected"), _contribution_cases())
def test_each_languages_contributors_are_not_the_authors(language: str, example: str, expected: list[str]) -> None:
    assert split_authors(example) == expected, language
    # without the author's sentence, the contributors alone name no author
    contributors = example.split(". ", 1)[1]
    assert split_authors(contributors) == [], language


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # a contributor line is not a byline; an initial's full stop does not end the author's sentence,
        # and a contributor's role ("Contributing Writer", "Contributor") is no contribution sentence
        ("CNN's Marisol Quent and Tilly Jane Moss contributed to this report", []),
        ("By Nadia E. Corwin. John Roe contributed reporting.", ["Nadia E. Corwin"]),
        ("Jane Doe, Contributing Writer", ["Jane Doe"]),
        ("by Neil Marrin Contributor June 14, 2017", ["Neil Marrin"]),
    ],
)
def test_contributors_named_beside_a_byline(byline: str, expected: list[str]) -> None:
    assert split_authors(byline) == expected


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # a desk and a role after the author are not a second author
        ("Ned Calloway, CNN Editor-at-large", ["Ned Calloway"]),
        ("By Jane Doe, Editor-in-Chief", ["Jane Doe"]),
        ("Jane Doe, CNN Senior Writer", ["Jane Doe"]),
        # ...but a second name that ends in a role word is a name, and so is a double surname
        ("Jane Doe, Mark Senior", ["Jane Doe", "Mark Senior"]),
        ("Jane Doe and Lena Brandt-Okafor", ["Jane Doe", "Lena Brandt-Okafor"]),
        # a word that stands where no name does is a label before "by", not the first half of a name
        ("Opinion by Smith", ["Smith"]),
        ("Anna von Berg", ["Anna von Berg"]),
        ("Carlos por Silva", ["Carlos por Silva"]),
        # a line of a desk and a role under the name (a byline element's blocks) is the name's role...
        ("Ben Cole | Games Editor", ["Ben Cole"]),
        ("By Ana Ruiz and Tom Hale | Wire Reporter | May 3, 2021", ["Ana Ruiz", "Tom Hale"]),
        # ...a line with a name is a second author, and the paper's line goes as an organisation
        ("Ben Cole | Ana Ruiz", ["Ben Cole", "Ana Ruiz"]),
        ("By ANA RUIZ and TOM HALE | Associated Press", ["ANA RUIZ", "TOM HALE"]),
        # Japanese labels, also with a full-width colon; the credit list's labels are no names
        ("著者：山田太郎", ["山田太郎"]),
        ("著者 | 山田太郎 | イラスト | 佐藤花子", ["山田太郎", "佐藤花子"]),
        ("著者", []),
    ],
)
def test_roles_desks_and_labels_around_a_name(byline: str, expected: list[str]) -> None:
    assert split_authors(byline) == expected


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # UI words and counts are never names
        ("By Curtis Hale 10/06/2016 06:12 AM EDT Link Copied", ["Curtis Hale"]),
        ("Written by Gareth Pell in Ferries on 3 June 2019 at 07:12 PM EDT. 38 Comments", ["Gareth Pell"]),
        ("Von Lena Vogt · Folgen", ["Lena Vogt"]),
        ("Twitter Facebook", []),
        ("3 Min", []),
        ("Produced by", []),
        # names cleaned
        ("Lena Brandt-Okafor Lena Brandt-Okafor", ["Lena Brandt-Okafor"]),
        ("Von Hans Müller (obe)", ["Hans Müller"]),
        ("Kenta Moriya（kmoriya）", ["Kenta Moriya"]),
        ("홍길동 기자", ["홍길동"]),
        ("By Rita Moss HARBOUR DAILY NEWS Dec 16, 2016 at 1:38 pm", ["Rita Moss"]),
        ("Cal Rennet Senior Politics Editor, The Huffington Post", ["Cal Rennet"]),
        ("Martin Dupont Journaliste au Monde", ["Martin Dupont"]),
        ("Maria de la Cruz Reporter", ["Maria de la Cruz"]),
        ("ZDNet Japan Staff 2019年04月28日 08時00分", ["ZDNet Japan Staff"]),
        ("Edited by Rupa Kothari (with inputs from Agencies)", ["Rupa Kothari"]),
        # lists split on each language's conjunctions; a one-letter one only in lower case
        ("By Nadia E. Corwin December 28, 2016", ["Nadia E. Corwin"]),
        ("Anna Nowak i Piotr Kowalski", ["Anna Nowak", "Piotr Kowalski"]),
        ("Ingrid Hansen og Ola Nordmann", ["Ingrid Hansen", "Ola Nordmann"]),
        ("Sanne de Vries en Pieter Jansen", ["Sanne de Vries", "Pieter Jansen"]),
        # a conjunction joins two names, it never opens one: Italian "ed" joins, "Ed Varno" is one name
        ("Mario Rossi ed Enrico Bianchi", ["Mario Rossi", "Enrico Bianchi"]),
        ("Ed Varno", ["Ed Varno"]),
        # the preposition before a date ends the name even when the date is all that follows it
        ("By Jane Doe on April 29, 2016, 7:31 pm EDT", ["Jane Doe"]),
        ("Jane Doe at 10:00", ["Jane Doe"]),
        # a clock's zone is in capitals: the name after a time stamp is whole, the zone still goes
        ("10:45 Jane Doe", ["Jane Doe"]),
        ("10:45 pm Jane Doe", ["Jane Doe"]),
        ("9:30 a.m. EDT Jane Doe", ["Jane Doe"]),
        ("By Jane Doe, Ed Varno", ["Jane Doe", "Ed Varno"]),
        ("By Jane Doe, Ann Lee, and Tom Ardley", ["Jane Doe", "Ann Lee", "Tom Ardley"]),  # a serial comma
        ("En Li and Bo Wu", ["En Li", "Bo Wu"]),
        # buttons beside a byline are never names
        ("Learn More", []),
        ("Jane Doe Watch Live", ["Jane Doe"]),
        ("Organization for Transformative Works", ["Organization for Transformative Works"]),
    ],
)
def test_bylines_as_pages_print_them(byline: str, expected: list[str]) -> None:
    assert split_authors(byline) == expected


def test_a_lower_case_word_is_a_name_only_where_markup_says_it_is_the_author() -> None:
    assert split_authors("doumae") == []
    assert split_authors("doumae", explicit=True) == ["doumae"]
    assert split_authors("kei_eno", explicit=True) == []  # a login all the same


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # a byline word inside a name is a particle: it sits between a given name and the surname
        ("Anna von Berg", ["Anna von Berg"]),
        ("Von Anna von Berg", ["Anna von Berg"]),
        ("Ursula von der Leyen", ["Ursula von der Leyen"]),
        ("Von Hans Müller und Anna von Berg", ["Hans Müller", "Anna von Berg"]),
        ("Anna von Berg und Hans Müller", ["Anna von Berg", "Hans Müller"]),
        ("Leonardo Di Caprio", ["Leonardo Di Caprio"]),
        ("Di Lucia Di Marco", ["Lucia Di Marco"]),
        ("Door Sanne van Dijk", ["Sanne van Dijk"]),
        ("Par Jean de La Fontaine", ["Jean de La Fontaine"]),
        ("Por Ana de Armas", ["Ana de Armas"]),
        ("Carlos por Silva", ["Carlos por Silva"]),
        ("Por João da Silva", ["João da Silva"]),
        # ...and a label where the names start: at the start, or before a whole name or an agency
        ("Von Anna Berg", ["Anna Berg"]),
        ("Di Mario Rossi", ["Mario Rossi"]),
        ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ("News von Anna Berg", ["Anna Berg"]),
        ("Tech news by Reuters", ["Reuters"]),
        ("Jane Doe by Reuters", ["Reuters"]),
    ],
)
def test_a_byline_word_is_a_label_where_names_start_and_a_particle_inside_a_name(
        byline: str, expected: list[str]) -> None:
    assert split_authors(byline) == expected


@pytest.mark.parametrize(
    ("part", "expected"),
    [
        ("View author archive", True),  # links beside a byline, read as parts of it
        ("Search for this author", True),
        ("Coastal defence ministries", True),  # a fact-check's claimant
        ("charge de la politique économique", True),  # a role after a name, in French
        ("Cindy mangomini", False),  # two words: a name typed in lower case
        ("Maria della Valle", False),  # particles are short
        ("Ludwig van Beethoven", False),
        ("Abd al-Rahman Ahmed", False),  # a particle joined by a hyphen
        ("Harbour News wire services", False),  # an organisation's credit stays one
        ("小暮ひさのり", False),  # a script without case
    ],
)
def test_a_visible_byline_part_with_a_long_lower_case_word_is_a_phrase(part: str, expected: bool) -> None:
    assert is_phrase(part) is expected


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # a control's label with its count in brackets is a counter in any language, never a name
        ("王小明 留言 (5) 人氣( 1024 )", ["王小明"]),
        ("人氣( 310 )", []),
        ("By Jane Doe | Likes (3) | Shares (12)", ["Jane Doe"]),
        ("Von Hans Müller · Kommentare (7)", ["Hans Müller"]),
        # a bracketed aside without a count, and an area code that more digits follow, are no counter
        ("Jane Doe (AP)", ["Jane Doe"]),
        ("Elsa Brannock | (509) 418-2297", ["Elsa Brannock"]),
    ],
)
def test_a_label_with_a_bracketed_count_is_a_counter(byline: str, expected: list[str]) -> None:
    assert split_authors(byline) == expected


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # a lone capitalised word beside a full name is the partner outlet or the sections, not a co-author
        ("By Vera Tan, Harborlight", ["Vera Tan"]),
        ("Owen Hart, Science, Astronomy", ["Owen Hart"]),
        ("Lena Park, Ravi Rao, Spaceflight", ["Lena Park", "Ravi Rao"]),
        # a one-word name alone, names of a script without spaces, and full names stay
        ("Posted by Vortex", ["Vortex"]),
        ("By Vera Tan and Ravi Rao", ["Vera Tan", "Ravi Rao"]),
        ("山田太郎, 鈴木一郎", ["山田太郎", "鈴木一郎"]),
        ("Vera Tan, 山田太郎", ["Vera Tan", "山田太郎"]),
    ],
)
def test_a_lone_word_beside_a_full_name_is_no_co_author(byline: str, expected: list[str]) -> None:
    assert split_authors(byline) == expected


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # a reader's picture credited "Submitted" in a local paper's byline slot names no one...
        ("Submitted", []),
        ("Submitted photo", []),
        # ...while a post submitted by a person names that person
        ("Submitted by Jane Doe", ["Jane Doe"]),
        ("By Jane Doe | Submitted", ["Jane Doe"]),
    ],
)
def test_submitted_is_no_name(byline: str, expected: list[str]) -> None:
    assert split_authors(byline) == expected


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # cbc.ca: a role with its desk on the line under the name, and as an element of its own
        ("Ana Ruiz | Senior Harbour Writer", ["Ana Ruiz"]),
        ("Senior Harbour Writer", []),
        # huffingtonpost.com: the role line before the paper's name; the paper signs when alone
        ("Senior Harbour Editor, The Lakeside Post", ["The Lakeside Post"]),
        ("Ana Ruiz Senior Harbour Editor, The Lakeside Post", ["Ana Ruiz"]),
        # a role and a preposition before the desk or the place, in any language
        ("Marie Dupont, journaliste au Courrier", ["Marie Dupont"]),
        ("di Giulia Rossi e Marco Bianchi, inviato a Genova", ["Giulia Rossi", "Marco Bianchi"]),
        ("Jane Doe, Reporter at Large", ["Jane Doe"]),
        # not a role line: a part that opens with a name; an organisation's desk signs alone
        ("Mark Senior", ["Mark Senior"]),
        ("Jane Doe, Mark Senior", ["Jane Doe", "Mark Senior"]),
        ("Mark Senior Editor", ["Mark Senior"]),
        ("Lakeside News Correspondent", ["Lakeside News"]),
    ],
)
def test_a_role_with_its_desk_is_no_name(byline: str, expected: list[str]) -> None:
    assert split_authors(byline) == expected


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # spokesman.com: a phone number after the name and the e-mail
        ("By Ana Ruiz ana@lakeside.example (555) 010-4477", ["Ana Ruiz"]),
        # lefigaro.fr: a follower count after the role; fastcompany.com: a reading time
        ("Marie Dupont journaliste 12 abonnés Journaliste", ["Marie Dupont"]),
        ("By Ana Ruiz 5 minute Read", ["Ana Ruiz"]),
        ("Ana Ruiz 3 Min", ["Ana Ruiz"]),
        # what precedes the digits must be a whole name; a label's full stop ends no name
        ("Chapter 3 Summary", []),
        ("By admin - 2018-07-23", []),
        ("Ana Ruiz Tel. 030 1234567", []),
    ],
)
def test_a_count_or_number_after_a_name_is_cut_not_the_name(byline: str, expected: list[str]) -> None:
    assert split_authors(byline, marked=True) == expected


def test_a_text_line_with_a_number_is_no_byline() -> None:
    # a line of a text is tried as a byline without markup saying it is one: a caption's first words
    # before a year are no author, and the digit keeps them out; a byline element's words before a number are
    # taken as the name (the page marks them as one)
    line = "Lakeside Lantern Parade 2018 2019 Harbour Design"
    assert split_authors(line) == []
    assert split_authors(line, marked=True) == ["Lakeside Lantern Parade"]


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # wsj.com, nationalreview.com, politico.com: the link to the author's bio repeats the name after a label
        ("By | Ana Ruiz | Ana Ruiz | Biography Ana Ruiz | @anaruiz", ["Ana Ruiz"]),
        ("By Ana Ruiz | About Ana Ruiz | Follow Ana Ruiz on Twitter", ["Ana Ruiz"]),
        ("About The Author : Ana Ruiz | Ana Ruiz is a harbour reporter for the Lakeside Post.", ["Ana Ruiz"]),
        # not a repeat: another word of a name, a name after the repeated one, a one-word part
        ("Ana Ruiz and Ana Ruiz-Lopez", ["Ana Ruiz", "Ana Ruiz-Lopez"]),
        ("John Smith and John Smith Jr.", ["John Smith", "John Smith Jr"]),
        ("Ana | Ana Ruiz", ["Ana Ruiz"]),
    ],
)
def test_a_name_repeated_after_a_label_is_one_author(byline: str, expected: list[str]) -> None:
    assert split_authors(byline) == expected


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # zdnet.com: the topic after the byline and its date
        ("By Ana Ruiz | May 3, 2021 -- 10:15 GMT | Topic: Harbours", ["Ana Ruiz"]),
        # the picture's credit beside the text's author, in any language
        ("Texto: Ana García / Fotos: Luis Pérez", ["Ana García"]),
        ("Door Sanne de Vries, Foto: Piet Jansen", ["Sanne de Vries"]),
        # the byline's own label is no field; a part alone keeps what it has
        ("Autor: Anna Nowak i Piotr Kowalski", ["Anna Nowak", "Piotr Kowalski"]),
        ("著者：山田太郎", ["山田太郎"]),
        # a label of any language before a colon at the start is the byline's own ("Source: ČTK")
        ("Zdroj: ČTK", ["ČTK"]),
    ],
)
def test_a_labelled_field_beside_a_name_is_no_author(byline: str, expected: list[str]) -> None:
    assert split_authors(byline) == expected


def test_remembered_name_folds_give_the_same_verdicts_as_fresh_ones() -> None:
    """`is_organisation` reads its folds from a bounded memo: a fold asked again (the same name, the site's
    name as another name's key) gives the verdict a fresh fold gives, and the memo never outgrows its limit."""
    from newsgrab.meta import roles

    for _ in range(2):
        assert is_organisation("The Harbour Post", ["harbourpost.com"])
        assert is_organisation("harbourpost.com", ["The Harbour Post"])
        assert not is_organisation("Jane Harbour", ["harbourpost.com"])
    assert roles._FOLDED_NAMES["The Harbour Post"] == roles._fold_name("The Harbour Post") == "harbourpost"
    for n in range(roles.MAX_REMEMBERED_NAMES + 10):
        _ = roles._FOLDED_NAMES[f"name {n}"]
    assert len(roles._FOLDED_NAMES) <= roles.MAX_REMEMBERED_NAMES


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # an author card's link to the bio (cnet.com's rel=author "See full bio", wikia's "View Profile")
        ("See full bio", []),
        ("View Profile", []),
        ("Nora Blake See full bio", ["Nora Blake"]),
        ("Nora Blake View Profile", ["Nora Blake"]),
        # not: a name that holds the letters ("Bioff") or a word after it that is no control
        ("Nora Bioff", ["Nora Bioff"]),
        ("Nora Blake, Full Bio Productions", ["Nora Blake", "Full Bio Productions"]),
    ],
)
def test_a_link_to_the_authors_bio_is_no_name(byline: str, expected: list[str]) -> None:
    assert split_authors(byline, explicit=True, marked=True) == expected


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # a markdown converter prints a byline's inline list ("Jane Doe · Example News") with its bullets
        ("Rosa Lindqvist * Harbour News", ["Rosa Lindqvist"]),  # the desk is left out beside a person
        ("Rosa Lindqvist * Mika Saari", ["Rosa Lindqvist", "Mika Saari"]),
        # not: an asterisk glued to a name (a footnote's mark) splits nothing
        ("Rosa Lindqvist*", ["Rosa Lindqvist"]),
    ],
)
def test_a_lists_asterisk_between_spaces_parts_names(byline: str, expected: list[str]) -> None:
    assert split_authors(byline) == expected
