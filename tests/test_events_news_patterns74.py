"""Event triggers, issue #4 (lexicon breadth): the families of news wordings for threats,
support, concessions and mobilisations, beyond the wordings earlier sets used, and the
senses of the same words that make no such event.

Threats: arms brandished or sabres rattled at a party, a party told it is "playing with
fire", warnings of retaliatory measures, vows of a
befitting reply or to flatten a city; "threatened species" are no threat made.
Support: support or backing voiced, reiterated, affirmed or declared for a party, a vote
for a resolution on a party, approval of a party's stance; a taxi hailed, a striker signed
or a summit backed out of support no one.
Concessions: demands agreed to, conditions accepted, caving to a party, a concession made;
a goal conceded in a match is none.
Mobilisation: readiness raised, men conscripted, troops dug in, armour moved, positions or
a border fortified; software deployed, volunteers mobilised, heels dug in and readiness
to help raised mobilise no forces."""

from __future__ import annotations

from functools import partial

from lapwing.explain import Explainer

import event_helpers

DAY = "2024-05-15"

code = partial(event_helpers.code, date=DAY)
_parties = partial(event_helpers.parties, date=DAY)
_types = partial(event_helpers.coded_types, date=DAY)


def test_threat_family_wordings(explainer: Explainer) -> None:
    for text, parties in (
            ("Moscow brandished its nuclear arsenal at Lithuania on Tuesday.", {"RUS", "LTU"}),
            ("Pyongyang brandished new missiles at Seoul on Friday.", {"PRK", "KOR"}),
            ("Russia rattled its sabres at Norway on Thursday.", {"RUS", "NOR"}),
            ("Beijing warned Manila that it was playing with fire on Sunday.", {"CHN", "PHL"}),
            ("Turkey warned Greece it was playing with fire on Saturday.", {"TUR", "GRC"}),
            ("Belarus warned Poland of retaliatory steps on Wednesday.", {"BLR", "POL"}),
            ("Pakistan vowed a befitting response to India on Saturday.", {"PAK", "IND"}),
            ("Pakistan vowed a befitting reply to India on Saturday.", {"PAK", "IND"}),
            ("Israel warned Hezbollah that it would flatten Beirut on Tuesday.", {"ISR"}),
            ("Serbia warned Kosovo of retaliatory measures on Friday.", {"SRB"})):
        assert parties <= _parties(explainer, text, "THREATEN"), text


def test_threat_false_senses(explainer: Explainer) -> None:
    for text in ("Conservationists said threatened species in Uganda were recovering on Tuesday.",
                 "Protesters brandished placards outside the Israeli embassy on Tuesday.",
                 "Children in Ghana played with fire near the market on Tuesday.",
                 "Meteorologists warned of heavy snow in Canada on Tuesday.",
                 "The Mexican president vowed to build new schools on Tuesday."):
        assert "THREATEN" not in _types(explainer, text), text


def test_support_family_wordings(explainer: Explainer) -> None:
    for text, parties in (
            ("Germany reiterated its support for Moldova on Tuesday.", {"DEU", "MDA"}),
            ("Malaysia reiterated its backing for Palestine on Friday.", {"MYS", "PSE"}),
            ("Jordan affirmed its full support for Egypt on Monday.", {"JOR", "EGY"}),
            ("Kuwait declared its backing for Bahrain on Sunday.", {"KWT", "BHR"}),
            ("Belarus voiced backing for Russia's plan on Wednesday.", {"BLR", "RUS"}),
            ("Armenia expressed its backing for France's initiative on Thursday.", {"ARM", "FRA"}),
            ("Chile voted for the resolution on Palestine on Thursday.", {"CHL", "PSE"}),
            ("Norway voted for the resolution on Ukraine on Friday.", {"NOR", "UKR"}),
            ("Japan approved of South Korea's stance on Monday.", {"JPN", "KOR"}),
            ("Australia approved of Indonesia's decision on Friday.", {"AUS", "IDN"})):
        assert parties <= _parties(explainer, text, "SUPPORT"), text


def test_support_false_senses(explainer: Explainer) -> None:
    for text in ("The Spanish prime minister hailed a taxi in Madrid on Tuesday.",
                 "The Dutch team signed a new goalkeeper on Tuesday.",
                 "The Canadian author signed copies of her book in Ottawa on Tuesday.",
                 "The Chilean president backed out of the summit on Tuesday.",
                 "Peruvians voted for a new congress on Tuesday."):
        assert "SUPPORT" not in _types(explainer, text), text


def test_concession_family_wordings(explainer: Explainer) -> None:
    for text, parties in (
            ("Syria agreed to the demands of Turkey on Monday.", {"SYR", "TUR"}),
            ("Lebanon agreed to the main demands of France on Tuesday.", {"LBN", "FRA"}),
            ("Sudan accepted Egypt's conditions on Wednesday.", {"SDN"}),
            ("Armenia accepted the preconditions of Azerbaijan on Thursday.", {"ARM"}),
            ("Colombia caved to the United States on Friday.", {"COL", "USA"}),
            ("Hungary caved to Brussels on Saturday.", {"HUN"}),
            ("Georgia made a concession to Russia on Sunday.", {"GEO", "RUS"}),
            ("Ecuador made a major concession to Peru on Monday.", {"ECU", "PER"}),
            ("Kenya agreed to the demand of Somalia on Tuesday.", {"KEN", "SOM"}),
            ("Morocco accepted the conditions of Algeria on Wednesday.", {"MAR"})):
        assert parties <= _parties(explainer, text, "CONCEDE"), text


def test_concession_false_senses(explainer: Explainer) -> None:
    for text in ("Portugal conceded a goal to Spain on Tuesday.",
                 "The Welsh side conceded two tries against Ireland on Tuesday.",
                 "The Indian hospital admitted 40 patients on Tuesday.",
                 "Oil prices eased in London on Tuesday.",
                 "The French team conceded a late penalty against Italy on Tuesday."):
        assert "CONCEDE" not in _types(explainer, text), text


def test_mobilisation_family_wordings(explainer: Explainer) -> None:
    for text, parties in (
            ("Taiwan raised its readiness level on Monday.", {"TWN"}),
            ("Japan raised the combat readiness of its forces on Friday.", {"JPN"}),
            ("Russia conscripted 150,000 men on Tuesday.", {"RUS"}),
            ("Myanmar conscripted 5,000 people on Sunday.", {"MMR"}),
            ("Israeli troops dug in near the Lebanese border on Wednesday.", {"ISR"}),
            ("Syria moved armour to the Turkish border on Thursday.", {"SYR"}),
            ("Algeria moved armor toward the Moroccan border on Saturday.", {"DZA"}),
            ("Poland fortified its border with Belarus on Friday.", {"POL", "BLR"}),
            ("Armenia fortified its positions along the frontier on Monday.", {"ARM"}),
            ("Finland fortified its border with Russia on Tuesday.", {"FIN", "RUS"})):
        assert parties <= _parties(explainer, text, "MOBILIZE"), text


def test_mobilisation_false_senses(explainer: Explainer) -> None:
    for text in ("Google deployed new software in Brazil on Tuesday.",
                 "The Thai government mobilised volunteers to clear the canals on Tuesday.",
                 "The Kenyan government deployed funds to the drought zone on Tuesday.",
                 "Protesters dug in their heels in Bangkok on Tuesday.",
                 "The Chinese government raised its readiness to help Nepal on Tuesday."):
        assert "MOBILIZE" not in _types(explainer, text), text
