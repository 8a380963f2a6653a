"""Structure of a sentence that parts an act from the news: a session named by a day that owns its
parties ("Tuesday's foreign ministers' session") set apart from the news, an earlier act of another
party in the object of a dismissal, the terms of an arrangement after "whereby", goods listed in a
cargo, a permission that lets go the people a release freed, the acts an accusation lists after
"for", and a participle that only identifies a party. Sentences written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import coded_types, known_countries, of_type

DAY = "2024-04-04"  # a Thursday


def test_a_session_owned_by_its_day_through_its_parties_is_set_apart(explainer: Explainer) -> None:
    text = ("Kenya's president and the head of the US Africa Command reviewed maritime security in Mombasa "
            "this morning, talks separate from Tuesday's Egyptian-Sudanese foreign ministers' session.")
    assert [e.date.start for e in of_type(explainer, text, "CONSULT", DAY)] == [DAY]


def test_dated_threats_by_a_named_party_that_a_state_brushes_aside_are_coded(explainer: Explainer) -> None:
    text = ("Greece brushed aside yesterday's threats by Turkish Defence Minister Hulusi Akar against "
            "Greek islands in the Aegean, a government spokesman said.")
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert known_countries(threat.actors) == ["TUR"] and threat.date.start == "2024-04-03"
    assert "REJECT" in coded_types(explainer, text, DAY)


def test_a_threat_noun_takes_no_target_from_beyond_its_comma(explainer: Explainer) -> None:
    text = ("Greece shrugged off yesterday's threats by Turkish opposition leader Devlet Bahceli's deputy "
            "Semih Yalcin against Greek islands in the Aegean, a Cypriot diplomatic source calling them empty words.")
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert "CYP" not in known_countries(threat.recipients)


def test_a_dated_statement_assailing_a_party_that_is_dismissed_is_an_accusation(explainer: Explainer) -> None:
    text = ("Kenyan officials dismissed yesterday's Ugandan foreign ministry statement criticising the "
            "Kenyan police over the border incident.")
    (accusation,) = of_type(explainer, text, "ACCUSE", DAY)
    assert known_countries(accusation.actors) == ["UGA"] and known_countries(accusation.recipients) == ["KEN"]
    assert accusation.date.start == "2024-04-03"


def test_a_dated_act_with_no_doer_named_in_the_object_stays_its_content(explainer: Explainer) -> None:
    text = "Tehran's foreign ministry rejected Wednesday's accusation as baseless."
    assert coded_types(explainer, text, DAY) == ["REJECT"]


def test_the_terms_of_an_arrangement_after_whereby_are_no_aid(explainer: Explainer) -> None:
    text = ("Uganda and Rwanda signed a new trade arrangement whereby Rwanda supplies Uganda with cement "
            "at a discount, officials said.")
    assert "AID" not in coded_types(explainer, text, DAY)


def test_goods_listed_in_a_cargo_are_no_second_aid(explainer: Explainer) -> None:
    text = ("Algeria sent aid to flood-hit Niger on Thursday, loading 3 transport planes at a base near "
            "Algiers, their cargo being tents, blankets, rice and medical supplies, the defence ministry said.")
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert known_countries(aid.actors) == ["DZA"]


def test_letting_freed_fishermen_sail_home_is_part_of_their_release(explainer: Explainer) -> None:
    text = ("Senegal today freed 14 Gambian fishermen and allowed them to sail back to Gambia aboard their "
            "canoes, the navy said.")
    assert coded_types(explainer, text, DAY) == ["RETREAT"]


def test_acts_listed_after_a_reproach_for_are_alleged_of_the_accused(explainer: Explainer) -> None:
    text = ("Kenya's foreign ministry today reproached Somalia's army for pushing into Kenyan farmland near "
            "Mandera, looting harvests and torching the camps of farmers.")
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert known_countries(attack.actors) == ["SOM"] and attack.modality == "alleged"


def test_a_participle_identifying_the_object_of_a_past_verb_is_no_attack(explainer: Explainer) -> None:
    text = ("Al-Shabaab on Thursday rejected the offer of talks, its spokesman saying the plan favoured the "
            "African Union force fighting the militants.")
    assert "ASSAULT" not in coded_types(explainer, text, DAY)
