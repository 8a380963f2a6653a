"""Relief handed out in the wire's other verbs ("dispensed food parcels", "furnished food
baskets", "parcelled out rice", "provisioned displaced households"), funding deals formalised or
concluded, relief received "courtesy of" or "from" a giver, talks "deliberated" or "talked
through", and another party's statement contested, disputed or "slapped down". Near misses keep
their other senses: justice dispensed, evidence furnished, a bank's provisions, a letter received,
a jury deliberating, a parliament debating, an election contested. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import code, known_countries, of_type

DAY = "2012-03-14"


@pytest.mark.parametrize(("text", "trigger"), [
    ("The Kuwaiti Red Crescent dispensed 2,500 food baskets to displaced families in Aden on Monday.", "dispensed"),
    ("The Emirati Red Crescent furnished 1,800 food parcels to flood victims in Hodeidah on Monday.", "furnished"),
    ("The Qatari Red Crescent parcelled out rice and cooking oil among 900 families in Idlib on Tuesday.",
     "parcelled out"),
    ("The Turkish Red Crescent provisioned 3,000 displaced households near Azaz on Friday.", "provisioned"),
])
def test_relief_handed_out_in_other_verbs_is_aid(explainer: Explainer, text: str, trigger: str) -> None:
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert aid.trigger.text == trigger
    assert aid.actors


@pytest.mark.parametrize("text", [
    "The Kenyan judge dispensed with the formalities in Nairobi on Monday.",
    "The Kenyan government furnished evidence to the court in Nairobi on Monday.",
    "Egypt's central bank provisioned $2 billion for bad loans on Monday.",
])
def test_other_senses_of_the_relief_verbs_give_nothing(explainer: Explainer, text: str) -> None:
    assert not of_type(explainer, text, "AID", DAY)


@pytest.mark.parametrize(("text", "trigger"), [
    ("Morocco's finance minister and the head of the Arab Fund formalised a $45m loan on Monday for rural clinics.",
     "formalised"),
    ("Egypt and the World Bank concluded a $500 million concessional loan on Monday for rural schools.", "concluded"),
])
def test_a_loan_formalised_or_concluded_is_signed(explainer: Explainer, text: str, trigger: str) -> None:
    (signing,) = of_type(explainer, text, "SUPPORT", DAY)
    assert signing.trigger.text == trigger


def test_ministers_of_two_states_who_deliberated_held_talks(explainer: Explainer) -> None:
    text = ("The Kenyan foreign minister and his Ugandan counterpart deliberated in Kampala on Monday "
            "on the disputed island.")
    (talks,) = of_type(explainer, text, "CONSULT", DAY)
    assert talks.trigger.text == "deliberated"
    assert known_countries([*talks.actors, *talks.recipients]) == ["KEN", "UGA"]


def test_deliberating_with_a_partner_is_talks(explainer: Explainer) -> None:
    text = "The Kenyan foreign minister deliberated with his Ugandan counterpart in Kampala on Monday."
    (talks,) = of_type(explainer, text, "CONSULT", DAY)
    assert known_countries(talks.recipients) == ["UGA"]


def test_a_jury_deliberating_alone_consults_no_one(explainer: Explainer) -> None:
    assert not of_type(explainer, "The jury deliberated for three days in Nairobi before its verdict.", "CONSULT", DAY)


@pytest.mark.parametrize("text", [
    "Sergei Lavrov and Mohammad Javad Zarif talked through the nuclear file in Moscow on Monday.",
    "Sergei Lavrov and Mohammad Javad Zarif talked over the nuclear file in Moscow on Monday.",
    "The Jordanian and Iraqi ministers chewed over the oil pipeline plan in Baghdad on Sunday.",
])
def test_matters_talked_through_are_talks(explainer: Explainer, text: str) -> None:
    (talks,) = of_type(explainer, text, "CONSULT", DAY)
    assert len(known_countries(talks.actors)) == 2


def test_talked_through_is_talks_with_one_party_unresolved(explainer: Explainer) -> None:
    # the phrase names talks, so the known party consults though its partner is not in the KB
    text = "Sergei Lavrov and Karo Tevanyan talked through the transit corridor in Moscow on Monday."
    (talks,) = of_type(explainer, text, "CONSULT", DAY)
    assert talks.trigger.text == "talked through"
    assert known_countries(talks.actors) == ["RUS"]


def test_a_parliament_debating_a_bill_consults_no_one(explainer: Explainer) -> None:
    assert not of_type(explainer, "Kenya's parliament debated the budget on Tuesday.", "CONSULT", DAY)


def test_the_noun_talks_over_a_topic_is_still_the_talks(explainer: Explainer) -> None:
    # "talk over" has no "talks" form: "held talks over the dam" stays the meeting held
    (talks,) = of_type(explainer, "Egypt and Sudan held talks over the dam on Monday.", "CONSULT", DAY)
    assert talks.trigger.text == "held"


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("Oman's foreign ministry contested a statement by Yemeni rebels on the port on Monday.", "contested", "YEM"),
    ("Morocco's foreign ministry on Monday disputed remarks by the Algerian president about the Western Sahara.",
     "disputed", "DZA"),
    ("Kuwait's deputy foreign minister slapped down remarks by Iraqi lawmakers about the port on Monday.",
     "slapped down", "IRQ"),
    ("Kenya swatted away a proposal by Somalia on the maritime border on Monday.", "swatted away", "SOM"),
])
def test_another_partys_statement_contested_is_refused(explainer: Explainer, text: str, trigger: str,
                                                        target: str) -> None:
    (refusal,) = of_type(explainer, text, "REJECT", DAY)
    assert refusal.trigger.text == trigger
    assert known_countries(refusal.recipients) == [target]


def test_an_election_contested_refuses_no_one(explainer: Explainer) -> None:
    assert not of_type(explainer, "The Kenyan opposition contested the election results in court on Monday.",
                       "REJECT", DAY)


def test_a_contested_statement_codes_nothing_else(explainer: Explainer) -> None:
    text = "Bahrain's foreign ministry contested a statement by UN experts on citizenship on Monday."
    assert [e.type for e in code(explainer, text, DAY)] == ["REJECT"]


@pytest.mark.parametrize(("text", "trigger", "giver"), [
    ("Some 400 families sheltering in Arsal, near Baalbek, got food parcels, bottled water and blankets "
     "yesterday courtesy of the Qatar Charity, the mayor said.", "got", "QAT"),
    ("Some 400 families in Arsal received food parcels and blankets from the Kuwaiti Red Crescent on Monday.",
     "received", "KWT"),
])
def test_relief_received_is_given_by_the_giver_named(explainer: Explainer, text: str, trigger: str,
                                                     giver: str) -> None:
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert aid.trigger.text == trigger
    assert known_countries(aid.actors) == [giver]
    assert known_countries(aid.recipients) == ["LBN"]


def test_a_letter_received_is_no_aid(explainer: Explainer) -> None:
    assert not of_type(explainer, "Lebanon received a letter from Kuwait on Monday.", "AID", DAY)
