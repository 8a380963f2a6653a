"""Wire phrasings of CAMEO codes the rules missed: a party invited to mediate is asked, a grudge
let go is forgiveness, remorse shown is an apology, ground broken on a joint project is
cooperation, "to back" a party rallies support for it, a curfew or emergency rule lifted in a
town aims at its country, an act refused despite a party's demands rejects that party, a
side's own "might" act on a condition threatens, and streets sealed off by a crowd are a
protest. Sentences written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import coded_types, known_countries, of_type

DAY = "2002-03-12"


def test_a_party_invited_to_mediate_is_asked(explainer: Explainer) -> None:
    text = "Mali on Friday invited Algeria to mediate in its conflict with Tuareg rebels, a minister said."
    asks = of_type(explainer, text, "REQUEST", DAY)
    assert [(known_countries(e.actors), known_countries(e.recipients)) for e in asks] == [(["MLI"], ["DZA"])]
    assert not of_type(explainer, text, "AGREE", DAY)


def test_a_party_invited_to_a_summit_is_offered_a_meeting(explainer: Explainer) -> None:
    text = "Bolivia on Friday invited Brazil's president to attend a summit in La Paz."
    assert not of_type(explainer, text, "REQUEST", DAY)


def test_a_grudge_let_go_is_support(explainer: Explainer) -> None:
    text = "Greece bears no grudge against Albania over the border incident, its foreign minister said on Monday."
    backing = of_type(explainer, text, "SUPPORT", DAY)
    assert [known_countries(e.recipients) for e in backing] == [["ALB"]]


def test_remorse_shown_to_a_party_is_an_apology(explainer: Explainer) -> None:
    text = "Poland's president expressed deep remorse to Israel on Monday for the 1941 pogrom."
    apologies = of_type(explainer, text, "CONCEDE", DAY)
    assert [known_countries(e.recipients) for e in apologies] == [["ISR"]]


def test_ground_broken_on_a_joint_project_is_cooperation(explainer: Explainer) -> None:
    text = "Chad and Niger broke ground on a joint power plant near the border on Tuesday."
    work = of_type(explainer, text, "COOPERATE", DAY)
    assert [known_countries(e.actors) for e in work] == [["NER", "TCD"]]


def test_asking_a_party_to_back_another_rallies_support(explainer: Explainer) -> None:
    text = "Chile urged Peru on Monday to back Bolivia in the dispute over the lake."
    backing = of_type(explainer, text, "SUPPORT", DAY)
    assert [(known_countries(e.actors), known_countries(e.recipients)) for e in backing] == [(["CHL"], ["BOL"])]


def test_back_as_an_adverb_is_no_support(explainer: Explainer) -> None:
    text = "The Chilean envoy flew back to Lima on Monday after the talks."
    assert not of_type(explainer, text, "SUPPORT", DAY)


def test_emergency_rule_lifted_in_a_town_aims_at_its_country(explainer: Explainer) -> None:
    for text in ("Peru revoked emergency rule in Ayacucho on Monday.",
                 "Kenyan authorities called off the curfew in Mombasa on Sunday."):
        eased = of_type(explainer, text, "CONCEDE", DAY)
        assert [known_countries(e.recipients) for e in eased] == [known_countries(e.actors) for e in eased], text
        assert all(e.recipients for e in eased), text


def test_a_curfew_clamped_on_a_city_restricts_its_country(explainer: Explainer) -> None:
    text = "Pakistani authorities clamped a curfew on the city of Karachi on Sunday after riots."
    curbs = of_type(explainer, text, "COERCE", DAY)
    assert [known_countries(e.recipients) for e in curbs] == [["PAK"]]


def test_an_act_refused_despite_demands_rejects_who_demanded_it(explainer: Explainer) -> None:
    text = "Syria said on Monday it would not pull out despite calls from the Arab League."
    refusals = of_type(explainer, text, "REJECT", DAY)
    assert [known_countries(e.recipients) for e in refusals] == [["IGO"]]


def test_a_sides_own_withdrawal_it_might_make_unless_is_a_threat(explainer: Explainer) -> None:
    text = "Kenya said on Monday it might withdraw its peacekeepers from Somalia unless the fighting stopped."
    assert coded_types(explainer, text, DAY) == ["THREATEN"]


def test_an_outsiders_guess_of_a_withdrawal_stays_possible(explainer: Explainer) -> None:
    text = "Analysts said Kenya might withdraw its peacekeepers from Somalia unless the fighting stopped."
    assert not of_type(explainer, text, "THREATEN", DAY)


def test_countermeasures_hinted_at_threaten(explainer: Explainer) -> None:
    text = "Russia hinted on Tuesday at unspecified countermeasures against Norway if Oslo hosted the base."
    threats = of_type(explainer, text, "THREATEN", DAY)
    assert [known_countries(e.recipients) for e in threats] == [["NOR"]]


def test_streets_sealed_off_by_activists_are_a_protest_and_by_police_a_restriction(explainer: Explainer) -> None:
    crowd = "Student activists sealed off the streets around Kenya's parliament on Wednesday."
    assert coded_types(explainer, crowd, DAY) == ["PROTEST"]
    police = "Police sealed off the streets around Kenya's parliament on Wednesday."
    assert coded_types(explainer, police, DAY) == ["COERCE"]


def test_troops_thinned_out_and_sanctuary_given(explainer: Explainer) -> None:
    assert coded_types(explainer, "Syria thinned out its troops along the border on Monday.", DAY) == ["RETREAT"]
    assert coded_types(explainer, "Austria gave sanctuary on Monday to a Syrian defector.", DAY) == ["AID"]
