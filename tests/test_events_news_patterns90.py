"""Event roles and attribution (events_roles.py, events_attribution.py): a subject joined by
"and" through an official of a party keeps both conjuncts; a participant noun placed by
"at"/"in" a state's phrase takes that state's country, past a news-agency dateline too; a
speaker's phrase leaves out a subordinator and an auxiliary before its verb; a measure hits
the parties named after "linked to" in a coordinated object, the patron of an "X-linked"
object and whoever a state's ports or skies are shut to; a relative clause without a
pronoun has its own subject. Sentences written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import countries, of_type

DAY = "2025-03-06"  # a Thursday


def test_a_conjunct_joined_through_a_partys_official_also_acts(explainer: Explainer) -> None:
    (talks,) = of_type(explainer, "Egypt's foreign minister and the commander of the Sudanese army held talks "
                       "in Cairo on Monday.", "CONSULT", DAY)
    assert sorted(countries(talks.actors)) == ["EGY", "SDN"]
    (talks,) = of_type(explainer, "Egypt's top diplomat and the commander of the eastern-based Sudanese army "
                       "reviewed border security during talks in Cairo on Monday.", "CONSULT", DAY)
    assert sorted(countries(talks.actors)) == ["EGY", "SDN"]


def test_a_participant_at_a_states_workplace_is_of_that_state(explainer: Explainer) -> None:
    (strike,) = of_type(explainer, "Dockers at Kenya's largest container terminal walked off the job on Monday "
                        "over unpaid bonuses.", "PROTEST", DAY)
    assert countries(strike.actors) == ["KEN"] and strike.actors[0].text == "Dockers"
    (strike,) = of_type(explainer, "NAIROBI, March 4 (AFP) - Dockers at Kenya's largest container terminal walked "
                        "off the job on Monday over unpaid bonuses.", "PROTEST", DAY)
    assert countries(strike.actors) == ["KEN"]


def test_a_speaker_phrase_leaves_out_subordinators_and_auxiliaries(explainer: Explainer) -> None:
    (accept,) = of_type(explainer, "The mayor rejected the plan on Friday, although the opposition bloc has said "
                        "it accepts the compromise.", "AGREE", DAY)
    assert accept.attribution is not None and accept.attribution.speaker.text == "the opposition bloc"
    assert [a.text for a in accept.actors] == ["the opposition bloc"]
    (refusal,) = of_type(explainer, "Ghana's cabinet approved the budget, though the other party had said it "
                         "rejects the figures.", "REJECT", DAY)
    assert [a.text for a in refusal.actors] == ["the other party"]


def test_a_measure_hits_the_parties_the_object_is_tied_to(explainer: Explainer) -> None:
    (freeze,) = of_type(explainer, "Canada froze the assets of 12 people and two companies linked to Hezbollah "
                        "and Hamas on Monday.", "SANCTION", DAY)
    assert sorted(countries(freeze.recipients)) == ["LBN", "PSE"]
    (ban,) = of_type(explainer, "Poland on Monday barred Russian-linked vessels from its harbours in what "
                     "Foreign Minister Sergei Lavrov called a provocation.", "SANCTION", DAY)
    assert countries(ban.recipients) == ["RUS"] and "Lavrov" not in ban.recipients[0].text


def test_a_state_shutting_its_gateways_bars_whom_the_to_phrase_names(explainer: Explainer) -> None:
    (closure,) = of_type(explainer, "Egypt closed its airspace on Monday to planes flying to or from Qatar.",
                         "SANCTION", DAY)
    assert countries(closure.actors) == ["EGY"] and countries(closure.recipients) == ["QAT"]
    (closure,) = of_type(explainer, "Malaysia shut its ports to ships owned by or flying the flag of Israel.",
                         "SANCTION", DAY)
    assert countries(closure.recipients) == ["ISR"]


def test_a_relative_clause_without_a_pronoun_has_its_own_subject(explainer: Explainer) -> None:
    (praise,) = of_type(explainer, "Canada lifted sanctions on Syrian banks, a step Damascus hailed as overdue.",
                        "SUPPORT", DAY)
    assert countries(praise.actors) == ["SYR"]
    (praise,) = of_type(explainer, "Canada lifted sanctions on 12 Syrian banks on Monday, a move the trade "
                        "ministry of the interim cabinet hailed as a lifeline.", "SUPPORT", DAY)
    assert [a.text for a in praise.actors] == ["the trade ministry of the interim cabinet"]
