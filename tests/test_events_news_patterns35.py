"""Event words of news English, round 35: wordings a wire editor uses for each PLOVER type
that the lexicon lacked (a formula "signed on to", a minister who "conferred by telephone
with" another, support "thrown behind" a bid, a tax "withdrawn", "intelligence sharing",
a state that "bailed out" another, troops that "disengaged" or "headed home", help
"enlisted", a rival "taken to task", a statement "blocked", a "go-slow", diplomats "ordered
out", an army "on a war footing", internet "suspended", villagers "hacked to death"), and
words that look like events and are none ("a new attack on inflation", "a gas supply
contract"). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import code, countries, of_type

DAY = "2024-03-06"  # a Wednesday

CASES = [
    # AGREE: acceptance in other words
    ("AGREE", "The Malian junta signed on to a regional transition timetable in Accra on Monday."),
    ("AGREE", "Guyana said on Tuesday it would abide by the World Court's ruling on the Essequibo region."),
    ("AGREE", "Chile gave its assent on Friday to the Bolivian proposal for a joint water commission."),
    ("AGREE", "Rwanda and Burundi settled their differences over border trade on Thursday."),
    # CONSULT: a call in other words; talks as "negotiations"
    ("CONSULT", "The Japanese foreign minister conferred by telephone with his Indian counterpart on Monday."),
    ("CONSULT", "Serbia and Kosovo opened a new round of EU-brokered negotiations in Brussels on Thursday."),
    # SUPPORT
    ("SUPPORT", "The Gulf Cooperation Council threw its support behind the Moroccan autonomy plan on Monday."),
    ("SUPPORT", "Brazil accorded diplomatic recognition to the new Palestinian government on Tuesday."),
    ("SUPPORT", "Bolivia's president spoke out in support of the Cuban government on Friday."),
    ("SUPPORT", "Japan stood squarely behind the Philippines on Monday in its maritime row with China."),
    ("SUPPORT", "The Arab League gave its seal of approval to the Egyptian ceasefire plan on Sunday."),
    # CONCEDE: a measure withdrawn, revoked or struck down; a plan backed away from
    ("CONCEDE", "Kenya withdrew a planned fuel levy on Tuesday after days of street protests."),
    ("CONCEDE", "The Sri Lankan government revoked the ban on opposition rallies on Monday."),
    ("CONCEDE", "Peru's congress struck down the disputed mining law on Thursday."),
    ("CONCEDE", "Nigeria's government backed away on Monday from a plan to raise electricity tariffs."),
    ("CONCEDE", "Ecuador's president reversed course on Friday and restored the fuel subsidy."),
    # COOPERATE
    ("COOPERATE", "Morocco and Spain stepped up intelligence sharing on jihadist cells on Monday."),
    ("COOPERATE", "Iraq and Syria set up a joint committee on Tuesday to secure their border."),
    ("COOPERATE", "Thai and Malaysian police are investigating the bombing in Narathiwat, officials said."),
    # AID
    ("AID", "Saudi Arabia bailed out Pakistan on Monday with a $3 billion deposit."),
    ("AID", "Jordan took in 5,000 Iraqi refugees last week, the UN refugee agency said."),
    ("AID", "The Turkish Red Crescent ferried medicine and food to Gaza on Sunday."),
    # RETREAT
    ("RETREAT", "Chinese troops disengaged from the Pangong lake area on Tuesday, the army said."),
    ("RETREAT", "Kenyan troops headed home from Somalia on Friday after a decade-long deployment."),
    ("RETREAT", "Pakistan's prime minister handed in his resignation to the president on Monday."),
    ("RETREAT", "Rebel fighters turned in their rifles to UN peacekeepers in Bangui on Tuesday."),
    ("RETREAT", "The Houthis let the seized cargo ship leave Hodeidah port on Thursday."),
    # REQUEST
    ("REQUEST", "Niger enlisted the help of Russian instructors against jihadists on Monday."),
    ("REQUEST", "Sri Lanka went cap in hand to China on Tuesday for an emergency loan."),
    ("REQUEST", "Georgia formally applied to join the European Union on Thursday."),
    # ACCUSE
    ("ACCUSE", "Tokyo took Seoul to task on Friday over the wartime labour ruling."),
    ("ACCUSE", "Hungary's government labelled the opposition a tool of Brussels on Monday."),
    ("ACCUSE", "Berlin called in the Iranian ambassador on Sunday over the execution of a German citizen."),
    ("ACCUSE", "An Italian prosecutor placed the former minister under investigation on Monday."),
    ("ACCUSE", "The UN human rights office voiced alarm on Tuesday at executions in Iran."),
    # REJECT
    ("REJECT", "Poland blocked an EU declaration on migration on Friday, diplomats said."),
    ("REJECT", "Belgrade poured scorn on the Western plan for Kosovo on Monday."),
    ("REJECT", "Cairo stood firm on Tuesday against Ethiopian demands over the dam."),
    ("REJECT", "The Myanmar junta disregarded repeated UN calls for a ceasefire on Monday."),
    ("REJECT", "The Taliban would not budge on Tuesday on the ban on women working for aid groups."),
    # THREATEN
    ("THREATEN", "Moscow served notice on Monday that it would retaliate against any seizure of its assets."),
    # PROTEST
    ("PROTEST", "Hundreds of teachers staged a sit-down outside the education ministry in Amman on Monday."),
    ("PROTEST", "Doctors in Nigeria went on a go-slow on Monday over unpaid salaries."),
    ("PROTEST", "Youths pelted police with stones in Nablus on Friday."),
    ("PROTEST", "Port workers in Marseille struck for 48 hours on Tuesday against pension reform."),
    # SANCTION
    ("SANCTION", "Chad pulled its ambassador out of Qatar on Monday over the Sudan war."),
    ("SANCTION", "Australia ordered two Iranian diplomats out of the country on Tuesday."),
    ("SANCTION", "Washington blocked the assets of three Sudanese generals on Friday."),
    ("SANCTION", "Bolivia withdrew its envoy from Tel Aviv on Tuesday."),
    ("SANCTION", "Belize cut diplomatic links with Israel on Friday."),
    # MOBILIZE
    ("MOBILIZE", "Cyprus put its national guard on a war footing on Sunday."),
    ("MOBILIZE", "Pakistan's army declared a state of high alert along the Afghan border on Monday."),
    ("MOBILIZE", "Russia diverted two frigates to the eastern Mediterranean on Tuesday."),
    ("MOBILIZE", "Azerbaijan announced a partial mobilisation on Sunday."),
    ("MOBILIZE", "Lithuania readied two armoured brigades on Friday as tensions with Belarus rose."),
    # COERCE
    ("COERCE", "Iranian authorities suspended mobile internet services in Zahedan on Friday."),
    ("COERCE", "Vietnamese police took away a blogger from his home in Hanoi on Monday."),
    ("COERCE", "Venezuelan authorities expropriated the assets of an opposition newspaper on Tuesday."),
    ("COERCE", "Indian authorities locked down the old city of Srinagar on Friday."),
    # ASSAULT
    ("ASSAULT", "Gunmen waylaid a bus carrying pilgrims in Balochistan on Tuesday."),
    ("ASSAULT", "Militants blew apart an oil pipeline in the Niger Delta on Sunday."),
    ("ASSAULT", "Armed herders hacked to death 12 villagers in central Nigeria on Monday."),
]


@pytest.mark.parametrize("type_,text", CASES)
def test_news_wording_codes_its_type(explainer: Explainer, type_: str, text: str) -> None:
    assert of_type(explainer, text, type_, DAY), [(e.type, e.trigger.text) for e in code(explainer, text, DAY)]


@pytest.mark.parametrize("text,wrong", [
    # a measure struck down is no strike, machetes are no hacking, a tax withdrawn no withdrawal
    ("Peru's congress struck down the disputed mining law on Thursday.", "ASSAULT"),
    ("Armed herders hacked to death 12 villagers in central Nigeria on Monday.", "COERCE"),
    ("Kenya withdrew a planned fuel levy on Tuesday after days of street protests.", "RETREAT"),
    # a plan backed away from is not backed; an envoy withdrawn is a sanction, not a retreat
    ("Nigeria's government backed away on Monday from a plan to raise electricity tariffs.", "SUPPORT"),
    ("Bolivia withdrew its envoy from Tel Aviv on Tuesday.", "RETREAT"),
    # ordering diplomats out expels them; it asks nothing
    ("Australia ordered two Iranian diplomats out of the country on Tuesday.", "REQUEST"),
    # internet suspended inside a country censors it, no foreign sanction
    ("Iranian authorities suspended mobile internet services in Zahedan on Friday.", "SANCTION"),
    # police of two countries investigating together cooperate
    ("Thai and Malaysian police are investigating the bombing in Narathiwat, officials said.", "ACCUSE"),
])
def test_wording_is_not_the_other_type(explainer: Explainer, text: str, wrong: str) -> None:
    assert not of_type(explainer, text, wrong, DAY), [(e.type, e.trigger.text) for e in code(explainer, text, DAY)]


def test_a_bailout_has_giver_and_receiver(explainer: Explainer) -> None:
    (aid,) = of_type(explainer, "Saudi Arabia bailed out Pakistan on Monday with a $3 billion deposit.", "AID", DAY)
    assert countries(aid.actors) == ["SAU"] and countries(aid.recipients) == ["PAK"]


@pytest.mark.parametrize("text", [
    # a policy's fight against an ill
    "The new central bank governor announced an attack on inflation on Monday.",
    # a supply contract is trade, no one supplied
    "Qatar and Germany signed a 15-year gas supply contract in Doha on Tuesday.",
])
def test_no_aid_or_assault(explainer: Explainer, text: str) -> None:
    assert not of_type(explainer, text, "ASSAULT", DAY) and not of_type(explainer, text, "AID", DAY), \
        [(e.type, e.trigger.text) for e in code(explainer, text, DAY)]
