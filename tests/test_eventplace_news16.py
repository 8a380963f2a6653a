"""Where places are, round 16 (sentences written here): a lone place name takes the country
of the outlet that ran the report; a word opening with a lower-case Arabic article is a name
even where no preposition vouches for its spelling; a lower-case landform noun after a name
joins it when the gazetteer knows them together."""

from __future__ import annotations

from lapwing.places import PlaceFinder


def _found(finder: PlaceFinder, text: str, outlet: str | None = None) -> dict[str, str | None]:
    return {r.found.text: r.candidate.country if r.candidate else None for r in finder.find(text, None, outlet)}


def test_a_lone_place_name_takes_the_outlets_country(finder: PlaceFinder) -> None:
    text = "Families waited at the gates on Sunday as releases began at Jau."
    assert _found(finder, text, "Gulf Daily News")["Jau"] == "BHR"
    assert _found(finder, "Bahrain freed 300 inmates. Releases began at Jau.")["Jau"] == "BHR"


def test_an_arabic_article_word_vouches_for_its_own_spelling(finder: PlaceFinder) -> None:
    assert _found(finder, "The army moved two brigades to al-Uwaynat on Monday.").get("al-Uwaynat") == "LBY"
    assert _found(finder, "Spokesman Ahmed al-Mismari said the army was ready.") == {}


def test_a_lower_case_landform_noun_joins_the_name_the_gazetteer_knows_with_it(finder: PlaceFinder) -> None:
    text = "The army moved two brigades to the al-Uwaynat mountain area on Monday."
    (resolved,) = finder.find(text)
    assert resolved.found.text == "al-Uwaynat mountain" and resolved.candidate is not None
    assert resolved.candidate.name == "Jabal al-Uwaynat"
