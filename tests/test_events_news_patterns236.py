"""Background: an act named by its own day after a comma and set apart from the news by a
denial (", a gift not part of Tuesday's Italian aid delivery", ", an arrest not linked to
Monday's raid") or by a parting word with another preposition (", a gift separate to ...")
is another act, no news of the report; a verb of hosting right after a noun of a place or of
its people ("Mafraq and Irbid, governorates sheltering 600,000 refugees") tells what the place
holds, no aid given. Sentences written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import of_type

DAY = "2024-04-04"  # a Thursday


def test_not_part_of_an_earlier_days_delivery_sets_it_apart(explainer: Explainer) -> None:
    text = ("Swiss volunteers handed blankets to the shelter in Tirana today, a gift not part of Tuesday's "
            "Italian aid delivery to Albanian flood victims, the mayor said.")
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert aid.date is not None and aid.date.value == DAY


def test_not_part_of_an_earlier_days_raid_sets_it_apart(explainer: Explainer) -> None:
    text = ("Peruvian police arrested 3 smugglers in Tumbes today, a case not part of Tuesday's Ecuadorian "
            "raid on a cocaine lab, prosecutors said.")
    assert not of_type(explainer, text, "ASSAULT", DAY)
    assert of_type(explainer, text, "COERCE", DAY)


def test_not_linked_to_sets_a_same_day_act_apart(explainer: Explainer) -> None:
    text = ("Kenyan nurses marched in Nairobi today, a protest not tied to today's strike by teachers "
            "in Mombasa, the union said.")
    (march,) = of_type(explainer, text, "PROTEST", DAY)
    assert march.trigger.text == "marched"


def test_separate_to_sets_an_earlier_act_apart(explainer: Explainer) -> None:
    text = ("Swiss volunteers handed blankets to the shelter in Tirana today, a gift separate to Tuesday's "
            "Italian aid delivery to Albanian flood victims, the mayor said.")
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert aid.date is not None and aid.date.value == DAY


def test_a_denial_in_a_clause_of_its_own_keeps_the_act(explainer: Explainer) -> None:
    # the act is the news here: the clause after the comma has its own verb before the denial
    text = ("Police said on Thursday, the governor was not hurt in Tuesday's bomb attack on his convoy "
            "near Garissa.")
    assert of_type(explainer, text, "ASSAULT", DAY)


def test_governorates_sheltering_refugees_give_no_aid(explainer: Explainer) -> None:
    text = ("Lebanon and the World Bank signed a $50m loan today to upgrade schools in Akkar and Baalbek, "
            "governorates sheltering large numbers of Syrian refugees, a ministry statement said.")
    assert all(e.trigger.text != "sheltering" for e in of_type(explainer, text, "AID", DAY))


def test_a_camp_or_town_housing_refugees_gives_no_aid(explainer: Explainer) -> None:
    assert not of_type(explainer, "The minister toured Kakuma today, a camp sheltering 200,000 South Sudanese "
                       "refugees.", "AID", DAY)
    assert not of_type(explainer, "The EU pledged clinics today for Kilis, a border town housing more than "
                       "100,000 refugees, officials said.", "AID", DAY)


def test_a_state_sheltering_refugees_still_gives_refuge(explainer: Explainer) -> None:
    assert of_type(explainer, "Turkey is sheltering 3 million Syrian refugees, the minister said today.",
                   "AID", DAY)
    assert of_type(explainer, "Pakistani troops were sheltering 200 families displaced by floods in Sindh "
                   "today.", "AID", DAY)
