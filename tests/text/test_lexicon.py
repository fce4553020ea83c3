from importlib.resources import files

import pytest

from bot.text.lexicon import entry_lines, load
from bot.text.speakers import firstnames as _firstnames
from bot.text.speakers import names as _names

DATA = files("bot.text") / "data"
NAMES = sorted(p.name for p in DATA.iterdir() if p.name.endswith(".txt"))


def test_the_lexicons_ship_as_package_data():
    assert len(NAMES) >= 20
    assert {"first_names_male.txt", "titles_en.txt", "weekdays_en.txt", "us_states.txt"} <= set(
        NAMES
    )


@pytest.mark.parametrize("name", NAMES)
def test_each_file_says_where_it_came_from_and_lists_each_entry_once(name: str):
    text = (DATA / name).read_text(encoding="utf-8")
    assert text.startswith("# ") and ("written by" in text.splitlines()[0])
    entries = entry_lines(text)
    assert entries, f"{name} is empty"
    assert len(entries) == len(set(entries)), f"{name} lists an entry twice"
    assert all(e == e.lower() and e == " ".join(e.split()) for e in entries)


def test_no_first_name_has_two_genders():
    male = load("first_names_male", "first_names_male_ru")
    female = load("first_names_female", "first_names_female_ru")
    unisex = load("first_names_unisex")
    assert not male & female
    assert not unisex & (male | female)
    assert {"jean", "kim"} <= unisex
    assert _firstnames.lone_first_name_gender("Kim") is None
    assert _firstnames.lone_first_name_gender("Andrew") == "m"
    assert _firstnames.lone_first_name_gender("Linda") == "f"


def test_no_first_name_has_two_genders_in_any_list_with_or_without_accents():
    # every list of each gender, and the two genders' names with their accents set aside
    # ("daniele" and "danièle" would be one name of both: it is among the unisex names)
    male = {_firstnames._fold(n) for n in frozenset.__iter__(_firstnames.MALE_NAMES)}
    female = {_firstnames._fold(n) for n in frozenset.__iter__(_firstnames.FEMALE_NAMES)}
    assert not male & female
    unisex = load("first_names_unisex")
    assert not unisex & (male | female)


@pytest.mark.parametrize(
    ("name", "gender"),
    [("Gareth", "m"), ("Harriet", "f"), ("Marloes", "f"), ("Kristof", "m"), ("Regula", "f")]
    + [("Márcio", "m"), ("Josée", "f"), ("Renzo", "m"), ("Encarna", "f"), ("Daniele", None)],
)
def test_common_first_names_of_the_languages_we_read(name: str, gender: str | None) -> None:
    assert name.lower() in _firstnames.FIRST_NAMES
    assert _firstnames.name_gender(name) == gender


@pytest.mark.parametrize("word", ["vera", "norma", "bent", "kent", "roman", "wolf", "ernst"])
def test_names_that_are_everyday_words_are_left_out(word: str) -> None:
    # (Italian "vera", Dutch "bent" and "kent", German "Roman" and "ernst", …)
    assert word not in _firstnames.FIRST_NAMES


def test_entries_with_spaces_and_comments():
    assert entry_lines("# from a test\n\nnew york\n  rhode island \n# note\n") == [
        "new york",
        "rhode island",
    ]
    assert "north carolina" in _names.PLACES and "monday" in _names.TIME_WORDS
