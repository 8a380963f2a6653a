"""Structure of news English, round 25: a participle describing a noun is told from a main
verb (no clause verb in a condition, none that itself describes a noun), a fronted phrase's
comma starts no list, an accord "struck by delegates of X and Y", a threat or refusal with
no party of its own is its speaker's, a gerund subject of "is not on the table", "is" after
a preposition and a noun, "could ... if" said by its own side, a relief ship in a relative
clause, a crowd's attempt to storm, and "the two ministers" for the two parties named.
Sentences written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries, of_type

DAY = "2025-06-14"  # a Saturday


def test_a_verb_in_a_condition_makes_no_participle_of_the_main_verb(explainer: Explainer) -> None:
    text = ("Syria's army chief threatened on Saturday to seal the border if smuggling routes are "
            "reopened.")
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert countries(threat.actors) == ["SYR"]


def test_a_participle_describing_a_noun_is_no_clause_verb(explainer: Explainer) -> None:
    text = ("A Qatari plane loaded with medicine and dozens of insulated tents landed in Benghazi on "
            "Saturday.")
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert countries(aid.actors) == ["QAT"]


def test_a_verb_after_an_aside_opened_by_a_participle_is_the_main_verb(explainer: Explainer) -> None:
    text = ("The Omani cabinet, chaired by Sultan Haitham bin Tarik, expressed on Saturday its "
            "support for the measures taken by the Iraqi government.")
    (support,) = of_type(explainer, text, "SUPPORT", DAY)
    assert countries(support.actors) == ["OMN"]


def test_the_comma_after_a_fronted_phrase_starts_no_list(explainer: Explainer) -> None:
    text = ("In a message handed on Saturday to the Qatari envoy, Sudan's foreign minister pressed "
            "for fuel shipments and wheat.")
    (request,) = of_type(explainer, text, "REQUEST", DAY)
    assert countries(request.actors) == ["SDN"]


def test_an_accord_struck_by_delegates_of_two_bodies_happened(explainer: Explainer) -> None:
    text = ("The Libyan prime minister welcomed the understanding struck by delegates of parliament "
            "and the High Council of State in Rabat.")
    (accord,) = of_type(explainer, text, "AGREE", DAY)
    assert countries(accord.actors) == ["LBY"]


def test_a_threat_with_no_party_in_its_clause_is_the_speakers(explainer: Explainer) -> None:
    text = ("Iran's army chief said on Saturday that the Gulf would turn into 'a graveyard' for any "
            "navy trying to block its ports.")
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert countries(threat.actors) == ["IRN"]
    assert threat.modality == "asserted"


def test_a_refusal_with_no_party_in_its_clause_is_the_speakers(explainer: Explainer) -> None:
    text = "Iran said on Saturday that a return to enrichment is not on the table."
    (refusal,) = of_type(explainer, text, "REJECT", DAY)
    assert countries(refusal.actors) == ["IRN"]


def test_a_gerund_subject_of_not_on_the_table_is_refused_not_done(explainer: Explainer) -> None:
    text = "Hezbollah stated that handing over its weapons is not on the table."
    assert [e.type for e in code(explainer, text, DAY)] == ["REJECT"]


def test_could_act_if_said_by_its_own_side_is_a_threat(explainer: Explainer) -> None:
    text = ("Iran's navy commander said on Saturday that the Islamic Republic could close the Strait "
            "of Hormuz if its oil exports were blocked.")
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert countries(threat.actors) == ["IRN"]
    assert threat.modality == "asserted"
    assert not of_type(explainer, text, "COERCE", DAY)


def test_a_relief_ship_in_a_relative_clause_delivers_aid(explainer: Explainer) -> None:
    text = ("The governor toured on Saturday the unloading of a Jordanian relief vessel that "
            "anchored at Aqaba port.")
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert countries(aid.actors) == ["JOR"]


def test_protesters_who_tried_to_force_a_gate_rioted(explainer: Explainer) -> None:
    text = ("Police in Nasiriyah fired tear gas at protesters who tried to force the gate of the "
            "provincial council on Saturday.")
    (riot,) = of_type(explainer, text, "PROTEST", DAY)
    assert [a.text for a in riot.actors] == ["protesters"]
    assert riot.modality == "asserted"


def test_the_two_ministers_are_the_two_parties_named(explainer: Explainer) -> None:
    text = ("Egypt and Turkey will reopen their embassies after the two foreign ministers put their "
            "names on Saturday to a document restoring ties.")
    support = of_type(explainer, text, "SUPPORT", DAY)
    assert support and sorted(countries(support[0].actors)) == ["EGY", "TUR"]


def test_a_report_in_a_relative_clause_after_the_act_attributes_nothing(explainer: Explainer) -> None:
    text = ("Iran's army chief threatened on Saturday to seal the Gulf, remarks that oil traders said "
            "had already lifted prices.")
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert threat.modality == "asserted" and threat.attribution is None
