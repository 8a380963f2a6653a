"""Event words of news English, round 31 (multi-sentence wire probe): the verbs, phrasal
verbs and nouns by which wire copy reports each PLOVER type without its usual word ("jetted
to", "rounded on", "said yes to", "drew down its forces", "levied penalties on", "put pen to
paper"), and a metaphor that must code nothing ("stocks took a beating").
Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import code, of_type

DAY = "2025-10-09"  # a Thursday

CASES = [
    # ASSAULT: an air raid, mortar fire and a car rammed into a target by their own verbs
    ("ASSAULT", "Warplanes blitzed rebel depots near Marib on Thursday, a Yemeni commander said."),
    ("ASSAULT", "Militants mortared an Iraqi army post near Tuz Khurmatu on Wednesday."),
    ("ASSAULT", "A suicide bomber rammed a truck into a police station in Mogadishu on Thursday."),
    # COERCE: jailing and police descending on a place
    ("COERCE", "Tunisian authorities incarcerated two union leaders on Wednesday, their lawyers said."),
    ("COERCE", "Jordanian police swooped on a warehouse in Zarqa on Thursday, the public security directorate said."),
    ("COERCE", "Iranian security forces quelled a gathering of pensioners in Ahvaz on Thursday."),
    # PROTEST: a square thronged, a ministry besieged by campers
    ("PROTEST", "Thousands of Sudanese doctors thronged the square outside the health ministry in Omdurman "
                "on Thursday."),
    ("PROTEST", "Dozens of Lebanese farmers camped out in front of parliament on Wednesday over unpaid subsidies."),
    # ACCUSE: judging verbs and the noun of a condemnation
    ("ACCUSE", "Egypt rounded on Ethiopia on Thursday over the filling of its Nile dam."),
    ("ACCUSE", "Jordan pilloried Israel on Wednesday for its treatment of Palestinian prisoners."),
    ("ACCUSE", "Qatar upbraided the Syrian government on Thursday over the shelling of Idlib."),
    ("ACCUSE", "Turkey chided Greece on Wednesday over the militarisation of Aegean islands."),
    ("ACCUSE", "Lebanon cried foul on Thursday over Israeli overflights of its territory."),
    ("ACCUSE", "The Organisation of Islamic Cooperation issued a denunciation of the raid on the mosque on Wednesday."),
    # AGREE: consent in idiom
    ("AGREE", "Israel gave the green light on Thursday to a Qatari plan to pay Gaza salaries."),
    ("AGREE", "The Houthis said yes to a UN proposal to reopen roads around Taiz on Wednesday."),
    ("AGREE", "Egypt and Sudan settled their dispute over the Halayeb triangle on Thursday."),
    # AID: paying for reconstruction, a field hospital
    ("AID", "Saudi Arabia funded the repair of 40 schools in Yemen's Aden, the Saudi development programme "
            "said on Thursday."),
    ("AID", "The UAE set up a field hospital in Chad for Sudanese refugees on Wednesday."),
    # CONCEDE: a measure axed, a reprieve, a U-turn
    ("CONCEDE", "Jordan's government axed a planned fuel price hike on Thursday after a week of strikes."),
    ("CONCEDE", "Oman's sultan granted a reprieve to 90 inmates on Wednesday."),
    ("CONCEDE", "Egypt's government did a u-turn on Thursday on a tax on mobile phones."),
    # CONSULT: visits, audiences, calls
    ("CONSULT", "Qatar's prime minister jetted to Cairo on Thursday, Egyptian state media said."),
    ("CONSULT", "Morocco's king granted an audience to the Mauritanian president in Rabat on Wednesday."),
    ("CONSULT", "The Turkish and Egyptian presidents held a video call on Thursday."),
    ("CONSULT", "Iraq's foreign minister paid a courtesy call on Kuwait's crown prince on Wednesday."),
    ("CONSULT", "Sudan's army chief and the RSF commander sat face to face in Jeddah on Thursday."),
    # COOPERATE: material cooperation in idiom
    ("COOPERATE", "Egypt and Jordan joined hands on Thursday to build a gas pipeline to Lebanon."),
    ("COOPERATE", "Iraqi and Syrian border guards worked hand in hand on Wednesday to stop smugglers."),
    ("COOPERATE", "Jordan and Iraq linked their electricity grids on Thursday, the Iraqi ministry said."),
    ("COOPERATE", "Morocco and Spain set up a joint task force on Wednesday against migrant smuggling."),
    # MOBILIZE: jets scrambled, armour rolling in, a navy fanning out
    ("MOBILIZE", "Jordan scrambled fighter jets to its northern border on Thursday."),
    ("MOBILIZE", "Israeli tanks rolled into the Syrian village of Beit Jinn on Wednesday."),
    ("MOBILIZE", "The Egyptian navy fanned out along the Red Sea coast on Thursday."),
    # REJECT: refusals in idiom
    ("REJECT", "Iran shrugged off a European offer of talks on Thursday."),
    ("REJECT", "Israel waved aside a French proposal for a ceasefire on Wednesday."),
    ("REJECT", "Kuwait's parliament voted against a security pact with Iraq on Thursday."),
    ("REJECT", "Hezbollah turned a deaf ear to Lebanese government calls to hand over its weapons."),
    # REQUEST
    ("REQUEST", "Somalia beseeched the African Union on Thursday to keep its troops in the country."),
    ("REQUEST", "Libyan municipalities clamoured for a bigger share of oil revenue on Wednesday."),
    # RETREAT: checkpoints lifted, forces drawn down, a prisoner paroled, a crossing reopened
    ("RETREAT", "The Israeli army dismantled checkpoints around Jenin on Thursday, Palestinian officials said."),
    ("RETREAT", "The United States drew down its forces in eastern Syria on Wednesday."),
    ("RETREAT", "Egypt paroled a jailed Italian student on Thursday, the Italian embassy said."),
    ("RETREAT", "Jordan reopened the Jaber crossing with Syria on Wednesday."),
    ("RETREAT", "Washington announced a drawdown from Iraq on Thursday."),
    # SANCTION: penalties levied, entry denied, visas revoked, overflight withdrawn
    ("SANCTION", "Britain levied penalties on two Iranian shipping firms on Thursday."),
    ("SANCTION", "Israel denied entry to a delegation of European lawmakers on Wednesday."),
    ("SANCTION", "Bahrain revoked the visas of 20 Iranian pilgrims on Thursday."),
    ("SANCTION", "Morocco withdrew overflight rights from Algerian airlines on Wednesday."),
    # SUPPORT: praise, signature, an ambassador named, solidarity
    ("SUPPORT", "Jordan's king extolled Egypt's role in Gaza ceasefire efforts on Thursday."),
    ("SUPPORT", "Oman and Iran put pen to paper on a maritime border accord on Wednesday."),
    ("SUPPORT", "Tunisia named a new ambassador to Syria on Thursday after a ten-year break."),
    ("SUPPORT", "The Arab League stood shoulder to shoulder with Somalia on Wednesday."),
    # THREATEN: a spectre of attacks raised
    ("THREATEN", "Israel raised the spectre of strikes on Iranian oil terminals on Thursday."),
]


@pytest.mark.parametrize("type_,text", CASES)
def test_news_wording_codes_its_type(explainer: Explainer, type_: str, text: str) -> None:
    assert of_type(explainer, text, type_, DAY), [(e.type, e.trigger.text) for e in code(explainer, text, DAY)]


def test_losses_in_markets_are_no_assault(explainer: Explainer) -> None:
    text = "Saudi shares took a beating on Thursday as oil prices slid, traders said."
    assert code(explainer, text, DAY) == []


def test_putting_someone_behind_bars_is_an_arrest(explainer: Explainer) -> None:
    # "bars" here is the noun of the idiom, not the verb "bar" (a restriction)
    text = "Egypt put a well-known satirist behind bars on Wednesday, his family said."
    (jailing,) = of_type(explainer, text, "COERCE", DAY)
    assert jailing.mode == "arrest"
