"""Actors of 1990s-2000s wire copy: group names of states ("the West", "international donors"),
popes and heads of state of the period, a bare opposition or people given the state its sentence
names, a demonym after a place or naming another state's people, and a watchdog's long name read
whole. Sentences written for these tests."""

from __future__ import annotations

from lapwing.actors import resolve, scan


def _hit(text: str, mention: str, date: str = "1995-06-14"):
    """The actor the scan finds for ``mention`` in ``text``."""
    (hit,) = [h for h in scan(text, date) if h.text == mention]
    return hit.resolution.actor


def _span(text: str, mention: str, date: str = "1995-06-14"):
    """The actor ``mention`` resolves to as a span of ``text``."""
    at = text.index(mention)
    return resolve(mention, text, at, at + len(mention), date).actor


def test_the_west_is_a_group_of_states() -> None:
    actor = _hit("Croatia's foreign minister urged the West on Friday to lift the arms embargo.", "the West")
    assert (actor.actor_id, actor.country) == ("western_powers", "IGO")


def test_the_west_opening_a_longer_name_is_no_actor() -> None:
    texts = ["Settlers clashed with villagers in the West Bank on Friday.",
             "Troops of the West African force reached Freetown on Friday."]
    for text in texts:
        assert not any(h.resolution.actor and h.resolution.actor.actor_id == "western_powers" for h in scan(text))


def test_donors_and_gulf_neighbours_are_groups_of_states() -> None:
    donors = _span("Malawi appealed to international donors on Friday for maize.", "international donors")
    assert donors.country == "IGO"
    assert _span("Oman asked its Gulf Arab neighbors on Friday for help.", "Gulf Arab neighbors").actor_id == "gcc"


def test_a_watchdog_named_after_journalists_is_read_whole() -> None:
    actor = _span("The Committee to Protect Journalists urged Togo on Friday to free two editors.",
                  "Committee to Protect Journalists")
    assert (actor.actor_id, actor.country) == ("cpj", "NGO")


def test_the_hague_war_crimes_tribunal_is_the_icty() -> None:
    text = "Croatia refused on Friday to hand a general to the Hague war crimes tribunal."
    assert _span(text, "Hague war crimes tribunal").actor_id == "icty"


def test_a_pope_is_of_the_holy_see() -> None:
    actor = _hit("Pope John Paul on Friday appealed for a truce in Chechnya.", "Pope John Paul")
    assert (actor.country, actor.sector) == ("VAT", "REL")


def test_a_president_of_the_period_is_of_his_state_in_office_and_former_after() -> None:
    text = "President Sixto Duran Ballen on Friday declared a state of emergency in the Andes."
    president = _hit(text, "President Sixto Duran Ballen")
    assert (president.country, president.sector) == ("ECU", "GOV")
    text = "Former president Albert Zafy on Friday called a strike."
    later = _hit(text, "Former president Albert Zafy", "1998-03-02")
    assert later.country == "MDG"


def test_a_wire_spelling_of_a_demonym() -> None:
    assert _hit("Ecuadorean troops on Friday crossed the river.", "Ecuadorean troops").country == "ECU"


def test_a_military_government_is_the_government() -> None:
    actor = _hit("Nigeria's military government on Friday banned two weeklies.", "Nigeria's military government")
    assert (actor.country, actor.sector) == ("NGA", "GOV")


def test_a_bare_opposition_is_of_the_state_its_sentence_names() -> None:
    actor = _hit("Kenya's government on Friday invited opposition parties to talks.", "opposition parties")
    assert (actor.country, actor.sector) == ("KEN", "OPP")


def test_opposition_deputies_in_a_country_are_its_opposition() -> None:
    actor = _hit("Opposition deputies in Bulgaria boycotted the budget debate on Friday.", "Opposition deputies")
    assert (actor.country, actor.sector) == ("BGR", "OPP")


def test_troops_in_a_country_keep_no_country_of_it() -> None:
    hits = scan("Troops in Somalia came under fire on Friday.", "1995-06-14")
    assert not any(h.resolution.actor and h.resolution.actor.country == "SOM" and h.text == "Troops" for h in hits)


def test_a_firm_in_a_country_is_not_made_its_national() -> None:
    text = "A mining company in Ghana on Friday sued two newspapers for libel."
    assert not any(h.resolution.actor and h.resolution.actor.country == "GHA" and "company" in h.text
                   for h in scan(text, "1995-06-14"))


def test_a_people_of_several_states_is_of_the_one_its_sentence_names() -> None:
    text = "Some 300 Kurds staged a sit-in outside the Iraqi consulate in Vienna on Friday."
    assert _hit(text, "Kurds").country == "IRQ"


def test_a_demonym_after_a_place_of_another_state_names_a_people_there() -> None:
    text = "Chiapas Indian farmers on Friday occupied three ranches."
    assert _hit(text, "Indian farmers").country == "MEX"


def test_a_capital_before_a_demonym_names_no_people_there() -> None:
    assert _hit("London Iraqi dissidents on Friday denounced the vote.", "Iraqi dissidents").country == "IRQ"


def test_serbs_where_their_sentence_names_bosnia_are_bosnias() -> None:
    assert _hit("Serb gunners on Friday shelled a market in Tuzla in northern Bosnia.", "Serb gunners").country == "BIH"


def test_serbs_elsewhere_stay_serbias() -> None:
    assert _hit("Serb police on Friday raided three villages in Kosovo.", "Serb police").country == "SRB"
