"""Actor resolution: an unknown organisation named after a town or province of one country is of that
country when the text names or is set in it; chambers, forums, confederations and syndicates head
organisations' names; a noun for one person before such a name describes the body; the OSCE under its
spelling without a hyphen and the Red Cross federation resolve; KB roles start and end as recorded.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from actor_helpers import hit

DAY = "2024-03-12"


@pytest.mark.parametrize("text, span, country", [
    ("Workers of the Isfahan Tile Company walked out on Sunday, the Iranian labour news agency said.",
     "Isfahan Tile Company", "IRN"),
    ("The Homs Chamber of Commerce asked the Syrian government to lift the new levy.",
     "Homs Chamber of Commerce", "SYR"),
    ("The Union of Kirkuk Bakers said bread prices in Iraq would rise next week.",
     "Union of Kirkuk Bakers", "IRQ"),
    # Libya has a Homs too: the country the text names decides
    ("The Homs Chamber of Commerce asked the Libyan government to lift the new levy.",
     "Homs Chamber of Commerce", "LBY"),
])
def test_an_organisation_named_after_a_place_is_of_its_country(kb, text: str, span: str, country: str) -> None:
    actor = hit(kb, text, span, DAY)
    assert actor.actor_id.startswith("prov:")
    assert actor.country == country


@pytest.mark.parametrize("text, span", [
    # Hyderabad is a large city of India and of Pakistan
    ("The Hyderabad Traders Association said shops in India and Pakistan would close.",
     "Hyderabad Traders Association"),
    # a city of the United States bears the word, but the text is about Kuwait
    ("The Mobile Telecommunications Company said in Kuwait on Monday it would raise its fees.",
     "Mobile Telecommunications Company"),
])
def test_a_shared_or_unconfirmed_place_name_gives_no_country(kb, text: str, span: str) -> None:
    assert hit(kb, text, span, DAY).country is None


def test_a_place_word_needs_its_country_in_the_text(kb) -> None:
    bare = hit(kb, "The Homs Chamber of Commerce asked for lower fees.", "Homs Chamber of Commerce", DAY)
    assert bare.country is None


def test_a_person_noun_before_an_organisations_name_describes_the_body(kb) -> None:
    actor = hit(kb, "The militant Brazilian Confederation of Metal Workers called a strike on Monday.",
                "militant Brazilian Confederation of Metal Workers", DAY)
    assert (actor.type, actor.country) == ("other", "BRA")


def test_a_forum_names_an_organisation(kb) -> None:
    actor = hit(kb, "Police closed the offices of the opposition Forum for Democratic Change in Kampala.",
                "opposition Forum for Democratic Change", DAY)
    assert (actor.actor_id, actor.sector) == ("prov:forum_for_democratic_change", "OPP")


@pytest.mark.parametrize("text, span, expected", [
    ("Georgia asked the Organisation for Security and Cooperation in Europe to send observers.",
     "Organisation for Security and Cooperation in Europe", ("osce", "IGO")),
    ("Blankets were flown to Herat by the International Federation of Red Cross and Red Crescent Societies.",
     "International Federation of Red Cross and Red Crescent Societies", ("ifrc", "NGO")),
])
def test_igos_and_ngos_under_their_variant_names(kb, text: str, span: str, expected: tuple[str, str]) -> None:
    actor = hit(kb, text, span, DAY)
    assert (actor.actor_id, actor.country) == expected


@pytest.mark.parametrize("date, in_office", [("2016-05-02", True), ("2013-05-02", False)])
def test_bahrains_industry_minister_holds_office_from_2014(kb, date: str, in_office: bool) -> None:
    actor = hit(kb, "Industry Minister Zayed Al Zayani opened an aluminium plant on Monday.",
                "Industry Minister Zayed Al Zayani", date)
    assert actor.actor_id == "zayed_al_zayani"
    assert (kb.actors["zayed_al_zayani"].role_on(date) is not None) == in_office


def test_the_qassam_spokesmans_role_is_left_open(kb) -> None:
    assert kb.actors["abu_obeida"].role_on("2026-01-10") is not None
