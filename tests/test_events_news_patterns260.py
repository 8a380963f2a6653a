"""Wordings of session 35 (sentences written for these tests): suspects "snared" by police, a
deal "cut", an accord "autographed" or
"penned" with its sum before it, a party "assured of" a crushing counterstrike, a watchdog's
report "refuted" or "thrown out", relief "passed out", navies that "steamed side by side",
men shifted, positioned or garrisoned by an army, roads obstructed, clogged or strung across
by a crowd, and a broadcaster's frequency authorisations cancelled or terminated."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import code, coded_types, of_type

DAY = "2011-06-08"


@pytest.mark.parametrize("text, type_", [
    ("7 smugglers were snared by customs police at the Namanga crossing, officers in Arusha said.", "COERCE"),
    ("Zambian and Malawian trade ministers cut a deal in Lusaka to share the Mwami border post.", "AGREE"),
    ("Chile and Argentina committed themselves to a joint survey of the glaciers near Santa Cruz.", "AGREE"),
    ("Nepal's finance minister and the Asian Development Bank autographed a $45m loan accord in Kathmandu.",
     "SUPPORT"),
    ("Laos and the Nordic Development Fund penned a $12m concessional water accord in Vientiane.", "SUPPORT"),
    ("Georgia's defence minister assured Russia of a swift counterstrike on its posts near Tskhinvali.",
     "THREATEN"),
    ("Ethiopia's information minister refuted an Amnesty International report on prisons in Jijiga.",
     "REJECT"),
    ("Rwanda threw out as baseless a Human Rights Watch report on detentions in Kigali.", "REJECT"),
    ("Red Cross volunteers passed out blankets and tents to flood victims in Sindh.", "AID"),
    ("Warships of Kenya and Tanzania steamed side by side near Lamu, hunting pirates.", "COOPERATE"),
    ("Kenya's army shifted about 2,400 men and armoured cars to Mandera on the Somali frontier.", "MOBILIZE"),
    ("The KDF garrisoned about 1,300 men along the frontier at Elwak.", "MOBILIZE"),
    ("Hundreds of Bolivian coca growers obstructed the highway between La Paz and Oruro.", "PROTEST"),
    ("Angry Peruvian miners clogged the Panamericana highway near Nazca, demanding wage rises.", "PROTEST"),
    ("Kyrgyz truck drivers strung their lorries and burning tyres across the road to Osh.", "PROTEST"),
    ("Sri Lanka's telecommunications regulator cancelled the frequency authorisations of 3 FM stations in "
     "Colombo.", "SANCTION"),
    ("The cancellation of the frequency authorisations of 2 radio stations by Jamaica's broadcasting regulator "
     "angered listeners.", "SANCTION"),
])
def test_the_wording_codes_its_type(explainer: Explainer, text: str, type_: str) -> None:
    assert type_ in coded_types(explainer, text, DAY)


def test_the_obstruction_of_a_road_by_a_crowd_is_the_crowds_protest(explainer: Explainer) -> None:
    text = "The obstruction of the highway near Cochabamba by Bolivian coca growers stranded buses."
    (event,) = of_type(explainer, text, "PROTEST", DAY)
    assert [r.country for r in event.actors] == ["BOL"]


@pytest.mark.parametrize("text", [
    "2 marathon runners passed out in the heat near the finish line in Nairobi.",
    "Heavy holiday traffic clogged the highway between Lima and Ica.",
    "The army positioned 400 policemen's families in new housing near Gulu.",
])
def test_no_event_without_the_goods_the_party_or_the_army(explainer: Explainer, text: str) -> None:
    assert not {"AID", "PROTEST", "MOBILIZE"} & set(coded_types(explainer, text, DAY))


@pytest.mark.parametrize("text, actor, country", [
    ("The UPDF moved 900 troops to Kasese on Monday.", "uga_updf", "UGA"),
    ("Finance Minister Keat Chhon signed a $30m loan with the World Bank in Phnom Penh.", "keat_chhon", "KHM"),
])
def test_forces_and_ministers_of_their_own_name(explainer: Explainer, text: str, actor: str, country: str) -> None:
    parties = [a for e in code(explainer, text, DAY) for a in e.actors]
    assert (actor, country) in [(a.actor_id, a.country) for a in parties]
