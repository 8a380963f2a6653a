"""Lexicon wordings: a state returning or turning over people it held (herders, fishermen)
frees them; a guest welcomed and then talked with, or officials who huddle, meet; joint drills
kicked off are held together; leaders presiding over a signing, or ministers inscribing their
names on an accord, sign it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import coded_types, known_countries, of_type

DAY = "2025-06-11"


@pytest.mark.parametrize("text", [
    "Georgia this morning returned a group of Russian herders who had wandered over the frontier near Kazbegi, "
    "the interior ministry said.",
    "The Tunisian coast guard returned 17 Algerian fishermen to Algeria through the Oum Teboul crossing today, "
    "ending their detention, the foreign ministry said.",
])
def test_returning_held_people_frees_them(explainer: Explainer, text: str) -> None:
    (freed,) = of_type(explainer, text, "RETREAT", DAY)
    assert freed.trigger.text == "returned"


def test_people_returned_home_are_freed_by_whoever_held_them(explainer: Explainer) -> None:
    text = "Two Turkish fishermen were returned home on Friday through the Red Cross, the Greek coast guard said."
    (freed,) = of_type(explainer, text, "RETREAT", DAY)
    assert freed.actors == [] and known_countries(freed.recipients) == ["TUR"]


def test_travellers_returning_home_are_no_release(explainer: Explainer) -> None:
    text = "The Turkish fishermen returned home on Friday after a week at sea, the harbour master said."
    assert of_type(explainer, text, "RETREAT", DAY) == []


def test_held_herders_turned_over_to_the_red_cross_are_released(explainer: Explainer) -> None:
    text = ("Kenya's interior ministry said yesterday it had turned over the Somali herders to Red Cross staff at "
            "the Mandera crossing, ending two weeks in Kenyan custody.")
    assert coded_types(explainer, text, DAY) == ["RETREAT"]


def test_a_guest_welcomed_and_talked_with_is_a_meeting(explainer: Explainer) -> None:
    text = ("Qatar's prime minister this afternoon welcomed Ismail Haniyeh, head of the Hamas political bureau, "
            "reviewing efforts to secure a truce in Gaza.")
    (meeting,) = of_type(explainer, text, "CONSULT", DAY)
    assert meeting.trigger.text == "welcomed" and of_type(explainer, text, "SUPPORT", DAY) == []


def test_a_decision_welcomed_stays_support(explainer: Explainer) -> None:
    text = "The Egyptian foreign minister today welcomed the Sudanese decision, saying it would ease trade."
    assert coded_types(explainer, text, DAY) == ["SUPPORT"]


def test_a_diplomat_and_a_negotiator_who_huddle_meet(explainer: Explainer) -> None:
    text = ("Qatar's top diplomat Mohammed bin Abdulrahman Al Thani and Hamas chief negotiator Khalil al-Hayya "
            "huddled yesterday in Doha, according to Qatari state media.")
    (meeting,) = of_type(explainer, text, "CONSULT", DAY)
    assert meeting.trigger.text == "huddled"


def test_combined_drills_kicked_off_are_held_together(explainer: Explainer) -> None:
    text = ("Pakistani soldiers kicked off combined drills on Tuesday beside their Saudi comrades near Taif, "
            "rehearsing hostage rescue, the army said.")
    assert coded_types(explainer, text, DAY) == ["COOPERATE"]


def test_one_armys_drills_kicked_off_show_force(explainer: Explainer) -> None:
    text = "Pakistan's army kicked off its annual drills on Tuesday in the Thar desert, the army said."
    assert coded_types(explainer, text, DAY) == ["MOBILIZE"]


@pytest.mark.parametrize("verb", ["presided on Monday over", "attended", "witnessed"])
def test_leaders_at_a_signing_sign(explainer: Explainer, verb: str) -> None:
    text = (f"Ghana's president and his Togolese counterpart {verb} the signing of a memorandum on a joint power "
            "line in Accra.")
    (signing,) = of_type(explainer, text, "SUPPORT", DAY)
    assert known_countries(signing.actors) == ["GHA", "TGO"]


@pytest.mark.parametrize("verb, mark", [("inscribed", "names"), ("placed", "signatures"), ("set", "seals")])
def test_marks_put_on_an_accord_sign_it(explainer: Explainer, verb: str, mark: str) -> None:
    text = f"Ghanaian and Togolese ministers {verb} their {mark} on a memorandum in Accra yesterday."
    (signing,) = of_type(explainer, text, "SUPPORT", DAY)
    assert known_countries(signing.actors) == ["GHA", "TGO"]


def test_a_name_written_on_a_list_signs_nothing(explainer: Explainer) -> None:
    text = "The Ghanaian ambassador wrote his name on a list of donors at the gala in Accra yesterday."
    assert of_type(explainer, text, "SUPPORT", DAY) == []
