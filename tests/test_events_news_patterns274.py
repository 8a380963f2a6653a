"""Session 45 (sentences written for these tests), from the blind probes C17 and C18 and the
opened cluster_test51: victims told in a participle after the attack, places named with a
direction word ("the West Bank", "South Sudan") or only described ("the Nigerian town of X"),
people a state's police hold where no place is told, a name set off after "his Czech
counterpart", a two-word nationality, verbs after "and has", and a few wordings."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import countries, of_type

DAY = "2041-06-14"


def test_a_town_named_only_by_its_country_word_is_in_that_country(explainer: Explainer) -> None:
    (attack,) = of_type(explainer, "Gunmen killed 14 traders in the Nigerian town of Dansadau on Tuesday.",
                        "ASSAULT", DAY)
    assert countries(attack.recipients) == ["NGA"]


def test_victims_in_a_participle_after_the_attack_are_its_targets(explainer: Explainer) -> None:
    text = "Gunmen opened fire on a cattle market in Zamfara state on Tuesday, killing at least 14 traders."
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert ("traders", "NGA") in [(r.text, r.country) for r in attack.recipients]


def test_a_direction_word_that_begins_a_name_stays_in_it(explainer: Explainer) -> None:
    (shooting,) = of_type(explainer, "Israeli troops shot protesters in the West Bank on Friday.", "ASSAULT", DAY)
    assert countries(shooting.recipients) == ["PSE"]
    (arrest,) = of_type(explainer, "Israeli police arrested protesters in East Jerusalem.", "COERCE", DAY)
    assert countries(arrest.recipients) == ["PSE"]
    (arrest,) = of_type(explainer, "Police arrested workers in South Sudan on Monday.", "COERCE", DAY)
    assert countries(arrest.recipients) == ["SSD"]
    # near miss: a direction before a country is only a part of it
    (attack,) = of_type(explainer, "Rebels in northern Chad attacked a convoy on Monday.", "ASSAULT", DAY)
    assert countries(attack.actors) == ["TCD"]


def test_people_a_state_holds_where_no_place_is_told_are_its_own(explainer: Explainer) -> None:
    text = "Bahraini security forces raided homes overnight and arrested dozens of protesters."
    (arrest,) = of_type(explainer, text, "COERCE", DAY)
    assert countries(arrest.recipients) == ["BHR"]


def test_a_name_set_off_after_a_foreign_counterpart_is_his(explainer: Explainer) -> None:
    text = ("Slovakia's Foreign Minister Eduard Kukan and his Czech counterpart, Foreign Minister Kavan, "
            "met in Bratislava on Monday.")
    (talks,) = of_type(explainer, text, "CONSULT", DAY)
    assert sorted(countries(talks.actors)) == ["CZE", "SVK"]


def test_guns_opened_up_and_an_invitation_to_change_course(explainer: Explainer) -> None:
    (attack,) = of_type(explainer, "Guerrillas opened up on an army convoy near Ayacucho on Monday.", "ASSAULT", DAY)
    assert countries(attack.recipients) == ["PER"]
    text = "Armenia's foreign minister invited Georgia to lower transit fees on Armenian lorries."
    (request,) = of_type(explainer, text, "REQUEST", DAY)
    assert countries(request.recipients) == ["GEO"]
    # near miss: an invitation to attend is an offer
    assert of_type(explainer, "Egypt invited Israel to attend the summit.", "REQUEST", DAY) == []
    (seizure,) = of_type(explainer, "Anti-drug squads seized 2 tonnes of cocaine in Cali on Thursday.", "COERCE", DAY)
    assert [(a.country, a.sector) for a in seizure.actors] == [("COL", "COP")]


def test_a_two_word_nationality_names_the_counterpart(explainer: Explainer) -> None:
    text = "Russia's president received his Central African counterpart at his residence on Thursday."
    (visit,) = of_type(explainer, text, "CONSULT", DAY)
    assert countries(visit.actors) + countries(visit.recipients) == ["CAF", "RUS"]


def test_captives_freed_with_a_modal_and_an_envoy_turned_away(explainer: Explainer) -> None:
    text = "Abu Sayyaf gunmen could free two Malaysian sailors seized off Sabah as early as this week."
    (release,) = of_type(explainer, text, "RETREAT", DAY)
    assert countries(release.recipients) == ["MYS"] and release.modality == "possible"
    assert of_type(explainer, "Observers said the vote was free and fair.", "RETREAT", DAY) == []
    text = "Myanmar's military government turned away a United Nations special envoy on Friday."
    (rebuff,) = of_type(explainer, text, "REJECT", DAY)
    assert countries(rebuff.actors) == ["MMR"] and countries(rebuff.recipients) == ["UNO"]


def test_a_verb_after_and_with_an_auxiliary_shares_the_subject(explainer: Explainer) -> None:
    text = "France will withdraw its troops from Niger by the end of the year and has recalled its ambassador."
    (recall,) = of_type(explainer, text, "SANCTION", DAY)
    assert countries(recall.actors) == ["FRA"]
    # near miss: after a passive, the passive's subject acts
    text = "Montenegro's prime minister has been indicted by the U.N. war crimes court for his alleged part in "
    text += "atrocities during the war and will resign."
    (resignation,) = of_type(explainer, text, "RETREAT", DAY)
    assert countries(resignation.actors) == ["MNE"]
