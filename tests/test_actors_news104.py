"""Actors of session 62 (sentences written for these tests), from the opened cluster sets 64 to
68: a sizeable town's possessive before an actor noun gives the noun the town's country, as the
town's name before it does ("Douala's firms" as "Douala firms"), with up to two plain modifiers
between ("Douala's coach firms", as "Greece's secondary school teachers"), though not its
civilians ("Mosul's residents"), whom the town places; a definite article
before qualifiers and a contextual noun ("the licensing authorities", "the central
authorities") is read as "the authorities", the state in context; from cluster_test69, the
armies of Angola and Nicaragua of the 1980s and a state's firemen named by nationality."""

from __future__ import annotations

from actor_helpers import hit, hits

DATE = "1985-07-01"


def test_a_towns_possessive_gives_its_firms_its_country(kb) -> None:
    ref = hit(kb, "Douala's firms lost the right to carry passengers on Friday.", "Douala's firms", DATE)
    assert (ref.country, ref.sector) == ("CMR", "BUS")


def test_a_towns_possessive_takes_a_plain_modifier_before_the_noun(kb) -> None:
    text = "Douala's coach firms lost the right to carry passengers on Friday."
    ref = hit(kb, text, "Douala's coach firms", DATE)
    assert (ref.country, ref.sector) == ("CMR", "BUS")


def test_a_towns_own_people_leave_the_town_a_scene(kb) -> None:
    # near miss: the town's civilians are no owned noun; "Mosul" stays a place where they act
    assert "Mosul's residents" not in {h for h in hits(kb, "Mosul's residents fled the city on Friday.", DATE)}


def test_the_licensing_authorities_are_the_state_in_context(kb) -> None:
    text = "In Cameroon, the licensing authorities annulled the permits of four coach firms."
    ref = hit(kb, text, "licensing authorities", DATE)
    assert (ref.country, ref.sector) == ("CMR", "GOV")


def test_the_central_authorities_are_the_state_in_context(kb) -> None:
    text = "In Cameroon, the central authorities annulled the permits of four coach firms."
    assert hit(kb, text, "central authorities", DATE).country == "CMR"


def test_fapla_is_angolas_army(kb) -> None:
    ref = hit(kb, "A FAPLA communique issued in Huambo said 4 railwaymen died.", "FAPLA", "1983-06-19")
    assert (ref.country, ref.sector) == ("AGO", "MIL")


def test_the_eps_is_nicaraguas_army(kb) -> None:
    ref = hit(kb, "The EPS mustered 3 reserve battalions in Jalapa on Friday.", "EPS", "1983-05-19")
    assert (ref.country, ref.sector) == ("NIC", "MIL")


def test_french_firemen_are_frances(kb) -> None:
    assert hit(kb, "French firemen put out a blaze on Friday.", "French firemen", DATE).country == "FRA"


def test_inspectors_named_bare_are_of_the_state_they_act_in(kb) -> None:
    text = "Rationing inspectors closed 6 Alexandria bakeries in Egypt on Friday."
    assert hit(kb, text, "Rationing inspectors", DATE).country == "EGY"


def test_a_bodys_own_inspectors_are_of_its_state_wherever_they_act(kb) -> None:
    # "Tortuguero" has a namesake in Nicaragua; "its" ties the inspectors to Costa Rica's ministry
    text = ("Costa Rica's natural resources ministry rebuked exporters, its inspectors faulting their "
            "estates for fouling waterways around Tortuguero.")
    assert hit(kb, text, "inspectors", DATE).country == "CRI"
