"""Session 53 (sentences written for these tests), from probe C26: a government that "denied a
U.N. experts' report" rebuffs the report's authors, and the verb before the report noun heads no
speaker's phrase; a perfect resumes after an aside whose own report ("insisting that") reaches
no further; a spoken participle after a comma (", warning") is the main clause subject's, and
"Leaders of" a body head the sentence for it; a relative clause without a pronoun whose subject
is a pronoun ("a prime minister they accuse of") describes its noun; a coup named by its day
after a judging verb is no act of the judge."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries, types

DAY = "2012-11-20"


def test_a_report_denied_rebuffs_its_authors(explainer: Explainer) -> None:
    text = ("Kigali on Tuesday denied a U.N. experts' report that Rwandan officers were arming rebels in "
            "eastern Congo, calling the allegations baseless.")
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors)) == ("REJECT", ["RWA"])
    assert [r.actor_id for r in event.recipients] == ["un"]


def test_a_perfect_resumes_after_an_aside_with_its_own_report(explainer: Explainer) -> None:
    text = ("Zimbabwe's government, insisting that the country will harvest 2.4 million tonnes of maize this "
            "year, has turned down an offer of food aid from U.N. agencies.")
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors)) == ("REJECT", ["ZWE"])


def test_a_spoken_participle_is_the_main_subjects(explainer: Explainer) -> None:
    text = ("Leaders of the Economic Community of West African States gave Niger's junta one week on Sunday "
            "to reinstate the ousted president, warning they could authorise the use of force.")
    threat = next(e for e in code(explainer, text, DAY) if e.type == "THREATEN")
    assert [a.text for a in threat.actors] == ["Economic Community of West African States"]


def test_a_pronoun_contact_relative_describes_its_noun(explainer: Explainer) -> None:
    text = ("Rioters torched dozens of shops in Honiara on Wednesday, furious at the election of a prime "
            "minister they accuse of being in the pocket of businessmen.")
    assert types(code(explainer, text, DAY)) == ["PROTEST"]
    # near miss: the accusation told as the news
    assert types(code(explainer, "Rioters accuse the prime minister of corruption.", DAY)) == ["ACCUSE"]


def test_a_coup_named_by_its_day_is_no_act_of_its_judge(explainer: Explainer) -> None:
    text = "ECOWAS condemned Sunday's seizure of power in Guinea by special forces on Tuesday."
    seizure = next(e for e in code(explainer, text, DAY) if e.type == "COERCE")
    assert seizure.actors == []


def test_the_central_african_militias_are_known(explainer: Explainer) -> None:
    text = "Anti-balaka militiamen allegedly raped at least 20 women in a village near Bria on Saturday."
    [event] = code(explainer, text, DAY)
    assert [a.actor_id for a in event.actors] == ["anti_balaka"]
