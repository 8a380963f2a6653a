"""Roles (events_roles.py): whom an act faces when no slot of its entry names anyone. Forces
massed at a frontier face the state across it ("along the border with X", "near the Sudanese
frontier", "facing X"), the party they are readied against or a show of force is aimed at, the
other state they are sent into, or where their convoy is bound; a protest outside a state's
mission or at a site its compound names the owner of is aimed at that state, as an "anti-X"
banner is; a passive of telling, refusing or freeing, reported after a comma by officials of
another state, is theirs; one deported from a state or summoned to its ministry is acted on by
that state; "his country would" is the speaker's state; a fronted "In a note to X" names whom
a call is addressed to; an extradition's other state is the one the fugitive is sought from or
wanted in; measures on "talks with X" hit X; people "across" a country are its people; a
count and its "of" before the party of a preposition take no room; a key's own particle ("pull
in * X") is no place; the kin of a participle's agent ("run by the family of X") are no
subject. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import countries, known_countries, of_type

DAY = "2023-03-15"


@pytest.mark.parametrize(("text", "target"), [
    ("Chad moved two armoured battalions along its frontier with Sudan on Tuesday.", ["SDN"]),
    ("Kenya massed troops along its borders with Somalia and Ethiopia on Tuesday.", ["SOM", "ETH"]),
    ("Bolivia deployed extra soldiers near the Chilean border on Tuesday.", ["CHL"]),
    ("Across its long frontier with Georgia, Russia concentrated tanks and artillery.", ["GEO"]),
    ("Egypt moved four frigates toward the maritime boundary facing Libya on Tuesday.", ["LBY"]),
])
def test_forces_at_a_frontier_face_the_state_across_it(explainer: Explainer, text: str, target: list[str]) -> None:
    (move,) = of_type(explainer, text, "MOBILIZE", DAY)
    assert sorted(known_countries(move.recipients)) == sorted(target)


def test_a_frontier_of_no_other_named_state_has_no_target(explainer: Explainer) -> None:
    # the actors' own border, a possessor's border: whose side it is, no one faced
    for text in ("Chad moved two armoured battalions along its border on Tuesday.",
                 "Chad moved two armoured battalions along the Chadian border on Tuesday."):
        (move,) = of_type(explainer, text, "MOBILIZE", DAY)
        assert move.recipients == [], text


def test_troops_pulled_back_from_a_frontier_give_ground_to_the_state_across(explainer: Explainer) -> None:
    text = "Kyrgyz troops withdrew from two hamlets along the border with Tajikistan on Tuesday."
    (pullback,) = of_type(explainer, text, "RETREAT", DAY)
    assert known_countries(pullback.recipients) == ["TJK"]


@pytest.mark.parametrize(("text", "target"), [
    ("Manila put its coastal batteries on alert against possible Chinese incursions on Tuesday.", "CHN"),
    ("Pyongyang moved rocket launchers to its west coast in a show of force aimed at Seoul on Tuesday.", "KOR"),
    ("Turkey massed tanks and artillery in northern Iraq after a string of rocket attacks.", "IRQ"),
    ("A Sudan-bound convoy of Egyptian armoured vehicles crossed the frontier on Tuesday.", "SDN"),
])
def test_a_show_of_force_faces_whom_it_is_readied_against_or_goes_to(explainer: Explainer, text: str,
                                                                      target: str) -> None:
    (move,) = of_type(explainer, text, "MOBILIZE", DAY)
    assert known_countries(move.recipients) == [target]


def test_forces_moved_inside_their_own_state_face_no_one(explainer: Explainer) -> None:
    (move,) = of_type(explainer, "Kenya deployed extra troops in Mombasa on Tuesday.", "MOBILIZE", DAY)
    assert move.recipients == []


def test_aid_bound_for_a_place_goes_to_its_state(explainer: Explainer) -> None:
    text = "A Gaza-bound Jordanian convoy carrying flour crossed the Allenby bridge on Tuesday."
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert known_countries(aid.recipients) == ["PSE"]


@pytest.mark.parametrize(("text", "target"), [
    ("Hundreds of Georgians rallied outside the Russian embassy in Tbilisi on Tuesday.", "RUS"),
    ("Kurdish students staged a sit-in at the Iranian consulate in Erbil on Tuesday.", "IRN"),
    ("Chilean teachers marched on the Argentine embassy in Santiago on Tuesday.", "ARG"),
    ("Zimbabwean miners went on strike at a Chinese-owned lithium mine on Tuesday.", "CHN"),
    ("Serbian students took to the streets of Belgrade with anti-American banners on Tuesday.", "USA"),
])
def test_a_protest_at_a_states_mission_or_site_is_aimed_at_that_state(explainer: Explainer, text: str,
                                                                        target: str) -> None:
    (protest,) = of_type(explainer, text, "PROTEST", DAY)
    assert known_countries(protest.recipients) == [target]


def test_a_protest_at_premises_of_no_named_state_has_no_such_target(explainer: Explainer) -> None:
    for text in ("Hundreds of Georgians rallied outside the embassy in Tbilisi on Tuesday.",
                 "Serbian students took to the streets of Belgrade with anti-government banners on Tuesday."):
        (protest,) = of_type(explainer, text, "PROTEST", DAY)
        assert protest.recipients == [], text


@pytest.mark.parametrize(("text", "type_", "actor", "target"), [
    ("Fourteen Sri Lankan fishermen were freed from a jail in Chennai on Tuesday, Indian officials said.",
     "RETREAT", "IND", "LKA"),
    ("Niamey was told to restore the ousted president within a week, Nigerian diplomats said on Tuesday.",
     "REQUEST", "NGA", "NER"),
])
def test_a_passive_act_reported_by_officials_of_another_state_is_theirs(
        explainer: Explainer, text: str, type_: str, actor: str, target: str) -> None:
    (event,) = of_type(explainer, text, type_, DAY)
    assert known_countries(event.actors) == [actor] and target in known_countries(event.recipients)


def test_a_passive_reported_by_the_victims_state_or_a_harm_is_not_the_speakers(explainer: Explainer) -> None:
    (freed,) = of_type(explainer, "Two American nurses were freed on Tuesday, US officials said.", "RETREAT", DAY)
    assert "USA" not in known_countries(freed.actors)
    (killed,) = of_type(explainer, "Two Sri Lankan fishermen were killed on Tuesday, Indian officials said.",
                        "ASSAULT", DAY)
    assert killed.actors == []


def test_people_deported_from_a_state_are_deported_by_it(explainer: Explainer) -> None:
    text = "Hundreds of Haitian migrants were deported from the Dominican Republic last week."
    (deportation,) = of_type(explainer, text, "COERCE", DAY)
    assert known_countries(deportation.actors) == ["DOM"] and known_countries(deportation.recipients) == ["HTI"]


def test_an_envoy_summoned_to_a_ministry_is_summoned_by_its_state(explainer: Explainer) -> None:
    text = "The Swedish ambassador was summoned to the foreign ministry in Baghdad on Tuesday."
    (summons,) = of_type(explainer, text, "ACCUSE", DAY)
    assert known_countries(summons.actors) == ["IRQ"] and known_countries(summons.recipients) == ["SWE"]


def test_his_country_would_is_the_speakers_state(explainer: Explainer) -> None:
    text = "Chile's foreign minister said his country would open talks with Peru next month on fishing rights."
    (offer,) = of_type(explainer, text, "AGREE", DAY)
    assert known_countries(offer.actors) == ["CHL"] and known_countries(offer.recipients) == ["PER"]


def test_a_fronted_note_names_whom_a_call_is_addressed_to(explainer: Explainer) -> None:
    text = "In a formal note to Moscow, Tallinn called for the release of three detained Estonians."
    (call,) = of_type(explainer, text, "REQUEST", DAY)
    assert known_countries(call.recipients) == ["RUS"]
    # a direct object still names whom the act is done to
    (accusation,) = of_type(explainer, "In a letter to the United Nations, Tallinn accused Moscow of jamming GPS.",
                            "ACCUSE", DAY)
    assert known_countries(accusation.recipients) == ["RUS"]


def test_an_extraditions_other_state_is_the_one_the_fugitive_is_wanted_in(explainer: Explainer) -> None:
    text = "Minsk would not extradite three Polish activists wanted in Lithuania, a spokesman said."
    (refusal,) = of_type(explainer, text, "REJECT", DAY)
    assert known_countries(refusal.recipients) == ["LTU"]


def test_talks_suspended_with_a_party_hit_that_party(explainer: Explainer) -> None:
    (suspension,) = of_type(explainer, "Manila suspended peace talks with NPA rebels on Tuesday.", "SANCTION", DAY)
    assert known_countries(suspension.recipients) == ["PHL"]


def test_a_count_and_its_of_before_the_party_take_no_room(explainer: Explainer) -> None:
    text = "A pardon was granted by Turkey's president to hundreds of jailed PKK militants."
    (pardon,) = of_type(explainer, text, "CONCEDE", DAY)
    assert known_countries(pardon.actors) == ["TUR"] and known_countries(pardon.recipients) == ["TUR"]
    (aid,) = of_type(explainer, "Kuwait delivered food parcels to 1,200 Yemeni families in Marib.", "AID", DAY)
    assert countries(aid.recipients) == ["YEM"]


def test_a_keys_own_particle_is_no_place(explainer: Explainer) -> None:
    # "in" is the key's ("pull in * X"): the police pulled people in, no one pulled them in Kenya
    (arrest,) = of_type(explainer, "Kenyan police pulled in 15 people for questioning.", "COERCE", DAY)
    assert known_countries(arrest.actors) == ["KEN"] and arrest.recipients == []
    (arrest,) = of_type(explainer, "Kenyan police pulled in 15 Somali nationals for questioning.", "COERCE", DAY)
    assert known_countries(arrest.actors) == ["KEN"] and known_countries(arrest.recipients) == ["SOM"]


def test_kin_of_a_participles_agent_are_no_subject(explainer: Explainer) -> None:
    text = "A Kuwaiti charity run by the family of the emir provided tents to 500 families in Idlib on Tuesday."
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert known_countries(aid.actors) == ["KWT"] and all(a.type != "person" for a in aid.actors)


def test_people_spread_across_a_country_are_its_people(explainer: Explainer) -> None:
    text = "Shoppers across Bangladesh shunned Indian goods in a spreading boycott, traders said on Tuesday."
    (boycott,) = of_type(explainer, text, "PROTEST", DAY)
    assert known_countries(boycott.actors) == ["BGD"] and known_countries(boycott.recipients) == ["IND"]


def test_a_keys_own_noun_is_no_particle_and_a_destination_is_no_party(explainer: Explainer) -> None:
    # "take control of * X": "control" is the key's noun, the ship after "of" is seized, and the
    # port it was bound for is no party to its seizure
    text = "Iranian commandos took control of the Malta-bound tanker Nordic Star on Tuesday."
    (seizure,) = of_type(explainer, text, "COERCE", DAY)
    assert [r.text for r in seizure.recipients] == ["Nordic Star"]
    # a trade bound for a state is that state's: barring it hits the state
    (ban,) = of_type(explainer, "Ankara barred Israel-bound shipping from its ports on Tuesday.", "SANCTION", DAY)
    assert known_countries(ban.recipients) == ["ISR"]
