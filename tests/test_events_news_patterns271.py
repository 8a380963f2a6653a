"""Session 42 (sentences written for these tests), from the blind probe C15 and the opened
cluster_test48: a game won by a score, "public order" and telephone services (no order, no
call), smoke sent up and a harvest reaching a tonnage (no aid), a meeting cancelled, time
needed to consult, convoys blocked, information traded, a word given, a capital set foot in,
staff staying away from classrooms, a long protest called off, a curfew on gatherings, a
participle of speech after a governed content, a toll coordinated with another participle,
soldiers who shot at a crowd, a participle after "several", ambulances transferred, permits
frozen, captives let walk home, soldiers felled, forces assigned or ordered into a place, and a
visitor received (the visitor acts)."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, coded_types, countries, of_type

DAY = "2041-06-14"


def test_a_game_won_by_a_score_is_no_beating(explainer: Explainer) -> None:
    assert coded_types(explainer, "Ghana's national side beat Togo 3-1 in a friendly played in Accra on Sunday.", DAY) == []
    # near miss: people beaten are still assaulted
    assert of_type(explainer, "Riot police beat 12 students outside the university in Accra on Sunday.",
                   "ASSAULT", DAY)


def test_public_order_and_telephone_services_are_no_order_nor_call(explainer: Explainer) -> None:
    text = "Police in Lusaka banned a planned march on Sunday, saying it threatened public order."
    assert coded_types(explainer, text, DAY) == ["COERCE"]
    text = "Authorities cut internet and mobile telephone services across the Anglophone regions on Sunday."
    assert "CONSULT" not in coded_types(explainer, text, DAY)


def test_smoke_sent_up_and_a_harvest_reaching_tonnes_are_no_aid(explainer: Explainer) -> None:
    text = "Artillery pounded the ministry building in Aden, sending thick smoke billowing over the port."
    assert "AID" not in coded_types(explainer, text, DAY)
    assert coded_types(explainer, "Zambia's maize harvest is expected to reach 3 million tonnes this year.", DAY) == []


def test_a_meeting_cancelled_cuts_contact_and_is_no_talks(explainer: Explainer) -> None:
    # as PLOVER codes a visit cancelled (a reduction of relations)
    text = ("Niger's military government cancelled a scheduled meeting with the AU envoys in Niamey on "
            "Sunday, saying it needed more time to consult civic groups.")
    assert coded_types(explainer, text, DAY) == ["SANCTION"]


def test_convoys_blocked_are_coerced_not_delivered(explainer: Explainer) -> None:
    text = "Sudanese soldiers allegedly blocked food convoys from reaching besieged villages near Kadugli."
    assert coded_types(explainer, text, DAY) == ["COERCE"]


def test_information_traded_a_word_given_and_a_capital_set_foot_in(explainer: Explainer) -> None:
    text = "Kenyan and Ugandan police have been trading information on cattle raiders along their border."
    assert of_type(explainer, text, "COOPERATE", DAY)
    text = "The rebel leader gave his word that he would sign the ceasefire with the president in Addis Ababa."
    assert of_type(explainer, text, "AGREE", DAY)
    (visit,) = of_type(explainer, "Prime Minister Nawaz Sharif set foot in Kabul on Sunday for the first time.",
                       "CONSULT", DAY)
    assert countries(visit.recipients) == ["AFG"]


def test_staff_staying_away_and_protests_called_off(explainer: Explainer) -> None:
    assert of_type(explainer, "Malawi's nurses stayed away from work on Monday over unpaid allowances.", "PROTEST", DAY)
    text = ("The opposition alliance responded on Monday by calling off nearly four weeks of street "
            "protests in Lome.")
    assert of_type(explainer, text, "CONCEDE", DAY)
    text = "Police in Conakry enforced a dusk-to-dawn restriction on gatherings near the stadium on Monday."
    assert of_type(explainer, text, "COERCE", DAY)


def test_a_speech_participle_after_a_governed_content_is_the_subjects_own_act(explainer: Explainer) -> None:
    text = ("The rebels on Monday told foreign mining crews to leave the province, promising attacks on any "
            "crew that stayed near Bunia.")
    assert sorted(coded_types(explainer, text, DAY)) == ["REQUEST", "THREATEN"]
    text = "Tajikistan summoned Uzbekistan's ambassador on Monday, begging Tashkent to reopen the border crossing."
    assert of_type(explainer, text, "REQUEST", DAY)


def test_a_toll_coordinated_with_another_participle_is_the_attacks(explainer: Explainer) -> None:
    # a hedged attacker ("suspected") gives the attack another modality than its toll's
    text = ("Suspected jihadist fighters stormed a police post near Maiduguri on Monday, setting cars ablaze "
            "and killing four officers, residents said.")
    assert coded_types(explainer, text, DAY) == ["ASSAULT"]


def test_soldiers_who_shot_at_a_crowd_are_the_attackers(explainer: Explainer) -> None:
    (attack,) = of_type(explainer, "Guinean soldiers shot at demonstrators in Conakry on Monday night.",
                        "ASSAULT", DAY)
    assert countries(attack.actors) == ["GIN"]


def test_a_participle_after_several_describes_its_noun(explainer: Explainer) -> None:
    text = "London has not frozen the property of several sanctioned Belarusian officials, a minister admitted."
    (event,) = code(explainer, text, DAY)
    assert event.modality == "negated"


def test_goods_transferred_permits_frozen_and_captives_let_walk_home(explainer: Explainer) -> None:
    text = "Japan's aid agency JICA transferred 9 fully equipped ambulances to Laos's health ministry on Monday."
    assert of_type(explainer, text, "AID", DAY)
    text = "Gabon's forestry ministry froze the logging permits of 4 timber firms near Makokou on Monday."
    assert of_type(explainer, text, "SANCTION", DAY)
    text = "Tribesmen in Shabwa let 2 engineers of an Austrian oil company walk home unharmed on Monday."
    assert of_type(explainer, text, "RETREAT", DAY)


def test_soldiers_felled_and_forces_assigned_or_ordered_into_a_place(explainer: Explainer) -> None:
    assert of_type(explainer, "Guerrilla snipers felled 2 army conscripts near Tingo Maria on Monday.", "ASSAULT", DAY)
    text = "Honduras's security ministry assigned 200 police reinforcements to San Pedro Sula on Monday."
    assert of_type(explainer, text, "MOBILIZE", DAY)
    text = "The government ordered 300 army men into the Sierra del Lacandon park on Monday."
    assert of_type(explainer, text, "MOBILIZE", DAY)


def test_a_visitor_received_acts_in_the_active_and_the_passive(explainer: Explainer) -> None:
    # PLOVER's manual: in a visit the visitor is the actor and the host the recipient
    (visit,) = of_type(explainer, "President Museveni received the Kenyan foreign minister in Entebbe on Monday.",
                       "CONSULT", DAY)
    assert countries(visit.actors) == ["KEN"] and countries(visit.recipients) == ["UGA"]
    (visit,) = of_type(explainer, "A Kenyan trade delegation was received by President Museveni in Entebbe on Monday.",
                       "CONSULT", DAY)
    assert countries(visit.actors) == ["KEN"] and countries(visit.recipients) == ["UGA"]
