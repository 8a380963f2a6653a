"""Anger voiced in a gathering is a protest; a panel's findings denied are refused; cells unlocked
and inmates discharged from a named jail are freed; an act denied is a charge rejected; a regulator's leave to broadcast taken back
is censorship (COERCE, with the PLOVER dev half: a media outlet's licence is not a tie between
parties); a rule foretold toppled or a land foretold left in ruins is a threat; and words that only
name a topic, a source or a modifier ("on reopening the crossing", "a mediator involved in the
talks said", "its Omani hosts", "attack tunnels", "a case unlinked to Friday's raid") code no
act. Sentences written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import coded_types, of_type

DAY = "2019-03-17"


def test_anger_voiced_in_a_sit_in_is_a_protest(explainer: Explainer) -> None:
    text = "Some 300 schoolteachers in Kirkuk voiced their anger in a sit-in outside the education office on Sunday."
    (protest,) = of_type(explainer, text, "PROTEST", DAY)
    assert [a.text for a in protest.actors] == ["schoolteachers"]


def test_anger_voiced_at_a_party_stays_an_accusation(explainer: Explainer) -> None:
    text = "The Iraqi foreign ministry voiced its anger at the Turkish shelling on Sunday."
    assert not of_type(explainer, text, "PROTEST", DAY)


def test_a_panels_findings_disputed_are_rejected(explainer: Explainer) -> None:
    text = "Baghdad on Sunday disputed the findings of the United Nations inquiry into the Sinjar killings."
    (rejection,) = of_type(explainer, text, "REJECT", DAY)
    assert [a.country for a in rejection.actors] == ["IRQ"]
    assert [r.country for r in rejection.recipients] == ["UNO"]


def test_a_denial_of_an_act_rejects_the_charge_and_negates_the_act(explainer: Explainer) -> None:
    text = "Baghdad on Sunday denied that it had detained the reporter."
    (rejection,) = of_type(explainer, text, "REJECT", DAY)
    assert [a.country for a in rejection.actors] == ["IRQ"] and rejection.modality == "asserted"
    assert not rejection.recipients
    assert [e.modality for e in of_type(explainer, text, "COERCE", DAY)] == ["negated"]


def test_cells_unlocked_free_their_inmates(explainer: Explainer) -> None:
    text = "Tunisia on Sunday unlocked the cells of 15 Libyan fishermen held in Sfax."
    (release,) = of_type(explainer, text, "RETREAT", DAY)
    assert release.mode == "release"
    assert [a.country for a in release.actors] == ["TUN"]


def test_discharged_from_a_named_jail_is_a_release(explainer: Explainer) -> None:
    text = "Kurdish authorities on Sunday discharged nine shepherds from the main prison of Duhok province."
    (release,) = of_type(explainer, text, "RETREAT", DAY)
    assert release.mode == "release"


def test_leave_to_broadcast_withdrawn_is_censorship(explainer: Explainer) -> None:
    text = "Jordan's media commission on Sunday withdrew a private radio's permission to broadcast."
    (censorship,) = of_type(explainer, text, "COERCE", DAY)
    assert [a.country for a in censorship.actors] == ["JOR"]
    assert not of_type(explainer, text, "SANCTION", DAY)


def test_a_station_stripped_of_its_authorisation_is_censored(explainer: Explainer) -> None:
    text = "Morocco's media regulator stripped a satellite channel of its authorization to operate on Sunday."
    assert of_type(explainer, text, "COERCE", DAY)


def test_broadcasting_rights_suspended_are_censorship(explainer: Explainer) -> None:
    text = "Tunisia's broadcasting regulator on Sunday suspended the broadcasting rights of a private radio."
    assert of_type(explainer, text, "COERCE", DAY)


def test_permission_for_a_march_withdrawn_is_no_sanction(explainer: Explainer) -> None:
    assert not of_type(explainer, "The governor of Basra withdrew permission for the march on Sunday.", "SANCTION", DAY)


def test_a_rule_foretold_toppled_is_a_threat(explainer: Explainer) -> None:
    text = "The defence minister said on Sunday that Israel would topple the Hamas government should rockets hit."
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert [a.country for a in threat.actors] == ["ISR"]


def test_a_rule_toppled_in_the_past_is_no_threat(explainer: Explainer) -> None:
    assert not of_type(explainer, "The regime in Baghdad was toppled by US forces in 2003.", "THREATEN", DAY)


def test_strongholds_foretold_flattened_are_a_threat(explainer: Explainer) -> None:
    text = "Turkey's army would flatten the militia's strongholds, the minister said."
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert threat.trigger.text == "flatten"


def test_towns_foretold_left_in_ruins_are_a_threat(explainer: Explainer) -> None:
    text = "Turkey's army would leave the militia's towns in ruins, the minister said."
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert threat.trigger.text == "leave"


def test_a_town_a_quake_left_in_ruins_is_no_threat(explainer: Explainer) -> None:
    assert not of_type(explainer, "The earthquake left the old town of Van in ruins on Sunday.", "THREATEN", DAY)


def test_attack_tunnels_dug_are_no_attack(explainer: Explainer) -> None:
    text = "The Israeli army said on Sunday that Hamas was digging attack tunnels under the fence."
    assert not of_type(explainer, text, "ASSAULT", DAY)


def test_a_delegations_hosts_named_by_country_host_no_visit(explainer: Explainer) -> None:
    text = "The Iranian delegation and its Omani hosts toured the port of Duqm on Sunday."
    assert not of_type(explainer, text, "CONSULT", DAY)


def test_a_crossing_talks_went_over_is_not_reopened(explainer: Explainer) -> None:
    text = "The Turkish and Iraqi foreign ministers exchanged views on Sunday on reopening the Habur crossing."
    assert coded_types(explainer, text, DAY) == ["CONSULT"]


def test_talks_naming_the_closing_source_are_no_meeting(explainer: Explainer) -> None:
    text = "Turkey released 12 Iraqi fishermen on Sunday, a diplomat involved in the talks said."
    assert coded_types(explainer, text, DAY) == ["RETREAT"]


def test_talks_told_as_news_before_the_source_stay(explainer: Explainer) -> None:
    text = "Turkey held talks with Iraq on the fishermen on Sunday, a diplomat said."
    assert of_type(explainer, text, "CONSULT", DAY)


def test_a_raid_set_apart_as_unlinked_is_no_news(explainer: Explainer) -> None:
    text = ("Police detained five smugglers in Mersin on Sunday, a case unlinked to Friday's sweep of Iraqi and "
            "Syrian migrants.")
    assert coded_types(explainer, text, DAY) == ["COERCE"]
