"""The families of news wordings for coercion, retreat, sanctions and protest (issue #4),
written out by type rather than sentence by sentence: custody kept or begun in other words
("kept in custody", "taken in for questioning", "placed under surveillance"), searches of
homes, jammed broadcasts, purges, blocked online services, prisoners swapped, occupations,
closures and control given up, tariffs, export controls and arms sales as trade sanctions,
visas denied, members kicked out of a body, and a protest's props and forms (placards,
pots and pans, human chains, heckling, sit-ins by students). Each type has guards against
the words' other senses ("arrested the slide", "freed up funds", "suspended his campaign",
"demonstrated its new missile"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import countries, of_type

DAY = "2024-04-04"  # a Thursday


def _check(explainer: Explainer, text: str, type_: str, source: str | None, target: str | None) -> None:
    events = of_type(explainer, text, type_, DAY)
    assert events, text
    if source:
        assert source in countries(events[0].actors), (text, countries(events[0].actors))
    if target:
        assert target in countries(events[0].recipients), (text, countries(events[0].recipients))


def _none_of(explainer: Explainer, texts: list[str], type_: str) -> None:
    for text in texts:
        assert of_type(explainer, text, type_, DAY) == [], text


@pytest.mark.parametrize("text, source, target", [
    ("Russian police picked up an American reporter outside the Kremlin on Friday.", "RUS", "USA"),
    ("Hungarian police searched the homes of opposition leaders on Monday.", "HUN", None),
    ("Iranian authorities jammed Persian-language broadcasts of the BBC on Monday.", "IRN", None),
    ("Chinese police placed a Tibetan monk under surveillance on Monday.", "CHN", None),
    ("Israeli troops besieged the Palestinian town of Jenin on Monday.", "ISR", "PSE"),
    ("Turkish authorities purged 10,000 police officers on Friday.", "TUR", None),
    ("Two Swedish journalists were taken in for questioning by Turkish police on Monday.", "TUR", "SWE"),
    ("Georgian riot police cleared protesters from the parliament on Saturday.", "GEO", None),
    ("Egyptian authorities threw a leading human rights lawyer into jail on Sunday.", "EGY", None),
    ("Iranian authorities kept a British-Iranian charity worker in custody on Tuesday.", "IRN", "GBR"),
    ("Chinese police held a Uighur scholar incommunicado on Monday.", "CHN", None),
    ("Bangladesh blocked Facebook and WhatsApp on Monday.", "BGD", None),
])
def test_coercion_in_the_wordings_of_news(explainer: Explainer, text: str, source: str, target: str) -> None:
    _check(explainer, text, "COERCE", source, target)


def test_figurative_arrests_searches_and_seizures_coerce_no_one(explainer: Explainer) -> None:
    _none_of(explainer, ["The Brazilian central bank's rate cut arrested the slide of the real on Monday.",
                         "The Japanese prime minister arrested the attention of the audience on Monday.",
                         "The Egyptian president seized the opportunity to praise Saudi Arabia on Monday.",
                         "Thai police searched for survivors on Monday.",
                         "Chinese exports picked up in March, Beijing said on Monday."], "COERCE")


@pytest.mark.parametrize("text, source, target", [
    ("Russia and Ukraine swapped 200 prisoners on Thursday.", "RUS", None),
    ("Russia and Ukraine exchanged prisoners of war on Thursday.", "UKR", None),
    ("Armenia and Azerbaijan swapped detainees on Monday.", "ARM", None),
    ("North and South Korea exchanged the remains of fallen soldiers on Monday.", None, None),
    ("Israel ended its occupation of southern Lebanon on Wednesday.", "ISR", "LBN"),
    ("M23 rebels handed control of Goma airport to the Congolese army on Monday.", None, "COD"),
    ("The Syrian army turned over control of the city to Kurdish forces on Monday.", "SYR", None),
    ("Libyan troops ended their occupation of the Aouzou Strip on Monday.", "LBY", None),
    ("Israel lifted the closure of the West Bank on Monday.", "ISR", None),
    ("Israel eased the closure of the Gaza Strip on Monday.", "ISR", None),
])
def test_retreat_in_the_wordings_of_news(explainer: Explainer, text: str, source: str, target: str) -> None:
    _check(explainer, text, "RETREAT", source, target)


def test_funds_products_and_trips_are_no_retreat(explainer: Explainer) -> None:
    _none_of(explainer, ["Japan freed up funds for the reconstruction on Monday.",
                         "Egypt's central bank released new banknotes on Monday.",
                         "India pulled out all the stops to win the bid on Monday.",
                         "The Russian foreign ministry released a statement on Monday.",
                         "The Turkish president left for Paris on Monday."], "RETREAT")


@pytest.mark.parametrize("text, source, target", [
    ("The United States imposed tariffs on Chinese steel on Monday.", "USA", "CHN"),
    ("The United States raised tariffs on Chinese electric cars on Monday.", "USA", "CHN"),
    ("Russia banned flights by Georgian airlines on Monday.", "RUS", "GEO"),
    ("Washington revoked trade preferences for Cambodia on Thursday.", "USA", "KHM"),
    ("Canada halted arms sales to Israel on Tuesday.", "CAN", "ISR"),
    ("Washington imposed export controls on Chinese chipmakers on Monday.", "USA", "CHN"),
    ("The United States denied visas to Ugandan officials on Tuesday.", "USA", "UGA"),
    ("Britain suspended arms export licences to Israel on Monday.", "GBR", "ISR"),
    ("Washington kicked Russia out of the G8 on Monday.", "USA", "RUS"),
    ("France cancelled the sale of two warships to Russia on Monday.", "FRA", "RUS"),
    ("Kuwait slapped a travel ban on Lebanese nationals on Monday.", "KWT", "LBN"),
])
def test_sanctions_in_the_wordings_of_news(explainer: Explainer, text: str, source: str, target: str) -> None:
    _check(explainer, text, "SANCTION", source, target)


def test_approvals_campaigns_and_sittings_are_no_sanction(explainer: Explainer) -> None:
    _none_of(explainer, ["The French minister suspended his campaign on Monday.",
                         "The European Union sanctioned the merger of two French banks on Monday.",
                         "Kenya's parliament suspended its sitting on Monday.",
                         "Kenya designated a new ambassador to Somalia on Tuesday.",
                         "The ban on smoking in Irish pubs took effect on Monday."], "SANCTION")


@pytest.mark.parametrize("text, source", [
    ("Ghanaian protesters besieged the parliament building in Accra on Monday.", "GHA"),
    ("Filipino activists waved placards outside the Chinese embassy in Manila on Monday.", "PHL"),
    ("French farmers dumped manure outside government offices in Toulouse on Monday.", "FRA"),
    ("Moroccan teachers held a march in Rabat on Sunday.", "MAR"),
    ("Brazilian truckers blockaded highways on Monday.", "BRA"),
    ("Venezuelan opposition supporters banged pots and pans in Caracas on Monday.", "VEN"),
    ("Serbian students occupied the university campus in Belgrade on Monday.", "SRB"),
    ("Armenian demonstrators formed a human chain around the parliament on Monday.", "ARM"),
    ("Kenyan protesters heckled the president in Nairobi on Monday.", "KEN"),
    ("Kenyan students took part in a march in Nairobi on Monday.", "KEN"),
    ("Thousands of Moroccans turned out for a rally in Rabat on Monday.", "MAR"),
])
def test_protest_in_the_wordings_of_news(explainer: Explainer, text: str, source: str) -> None:
    _check(explainer, text, "PROTEST", source, None)


def test_markets_weapons_deals_and_elections_are_no_protest(explainer: Explainer) -> None:
    _none_of(explainer, ["The Russian navy demonstrated its new hypersonic missile on Monday.",
                         "The Brazilian real rallied against the dollar on Monday.",
                         "Britain struck a deal with India on Monday.",
                         "Nigeria's march towards elections continued on Monday.",
                         "Kenya rallied support for its candidate at the African Union on Monday."], "PROTEST")
