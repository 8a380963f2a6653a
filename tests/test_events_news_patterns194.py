"""Acts named as nouns in wire leads: an offer, pledge, vow or readiness of a party (AGREE), its
insistence or call (REQUEST), sharp criticism (ACCUSE), a freeing (RETREAT), a round-up, outlawing
or sealing off (COERCE), a murder, rape, slaughter, strafing or bomb blast (ASSAULT), rioting
(PROTEST), a deadline set (THREATEN), and shots exchanged. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import coded_types, known_countries, of_type

DAY = "1996-03-14"


@pytest.mark.parametrize("text, type_, actor, recipient", [
    ("Dhaka's offer of talks with the Shanti Bahini rebels was renewed on Monday by the home minister.",
     "AGREE", "BGD", None),
    ("Ankara's pledge of closer trade ties with Tbilisi was made on Wednesday at a business forum.",
     "AGREE", "TUR", "GEO"),
    ("Bonn's readiness to ease the arms embargo on Croatia was signalled on Friday by a senior diplomat.",
     "AGREE", "DEU", "HRV"),
    ("Warsaw's insistence that Moscow open the Katyn archives was repeated on Tuesday by the Polish premier.",
     "REQUEST", "POL", "RUS"),
    ("Nairobi's call for an end to the Ugandan border raids was delivered to Kampala on Thursday.",
     "REQUEST", "KEN", None),
    ("The freeing of nine Thai fishermen by Cambodia on Sunday eased tensions in the Gulf of Thailand.",
     "RETREAT", "KHM", None),
    ("The round-up of 60 opposition supporters by Zambian police in Lusaka on Friday came on the eve of the vote.",
     "COERCE", "ZMB", None),
])
def test_an_act_named_as_a_noun_with_its_party_is_coded(explainer: Explainer, text: str, type_: str,
                                                         actor: str, recipient: str | None) -> None:
    events = of_type(explainer, text, type_, DAY)
    assert events, coded_types(explainer, text, DAY)
    assert actor in known_countries(events[0].actors)
    if recipient is not None:
        assert recipient in known_countries(events[0].recipients)


def test_a_vow_of_bombings_is_a_threat(explainer: Explainer) -> None:
    text = ("The Kurdistan Workers' Party's vow to carry its bombing campaign to Turkish resorts was published "
            "on Saturday in a statement faxed to news agencies.")
    assert "THREATEN" in coded_types(explainer, text, DAY)


def test_sharp_criticism_voiced_is_an_accusation_but_criticism_faced_is_not(explainer: Explainer) -> None:
    voiced = ("Greek Foreign Minister Theodoros Pangalos's sharp criticism of Ankara on Tuesday overshadowed "
              "the opening of the European Union meeting.")
    (acc,) = of_type(explainer, voiced, "ACCUSE", DAY)
    assert known_countries(acc.actors) == ["GRC"] and known_countries(acc.recipients) == ["TUR"]
    faced = ("Cuban President Fidel Castro defended Angola on Monday against Western criticism of its oil deals, "
             "Cuban radio said.")
    assert "ACCUSE" not in coded_types(explainer, faced, DAY)


def test_a_deadline_set_by_a_party_is_an_ultimatum(explainer: Explainer) -> None:
    text = ("The U.N. Security Council's 30-day deadline for Iraq to account for its missile stocks was set on "
            "Thursday.")
    assert "THREATEN" in coded_types(explainer, text, DAY)


@pytest.mark.parametrize("text", [
    "The murder of a Colombian presidential candidate by hired gunmen on Friday shocked Bogota.",
    "The slaughter of 40 villagers near Medea by armed Islamists on Sunday night was the worst this year.",
    "Wednesday's strafing of rebel positions near Kuito by Angolan jets killed 20 fighters.",
])
def test_violence_named_as_a_noun_is_an_assault(explainer: Explainer, text: str) -> None:
    assert "ASSAULT" in coded_types(explainer, text, DAY)


def test_rioting_is_a_riot(explainer: Explainer) -> None:
    text = "Rioting in the Algerian town of Tizi Ouzou on Tuesday left three dead and dozens of shops looted."
    assert "PROTEST" in coded_types(explainer, text, DAY)


def test_a_town_sealed_off_as_a_noun_is_restricted(explainer: Explainer) -> None:
    text = "The sealing off of Nablus by Israeli troops on Friday kept 100,000 Palestinians from their jobs."
    (closure,) = of_type(explainer, text, "COERCE", DAY)
    assert "ISR" in known_countries(closure.actors)


def test_shots_exchanged_across_a_border_are_fighting(explainer: Explainer) -> None:
    text = "Ecuadorean soldiers exchanged shots with Peruvian troops in the Cenepa valley on Monday."
    (fight,) = of_type(explainer, text, "ASSAULT", DAY)
    assert {"ECU", "PER"} <= set(known_countries([*fight.actors, *fight.recipients]))
