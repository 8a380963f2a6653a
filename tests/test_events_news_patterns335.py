"""Session 59 (sentences written for these tests), from probes C31 and C32: clauses that end at a
comma though no clause word says so (a fronted "that" clause before "the" and its subject, a
fronted "Citing ...", "after ... to Taipei, China sent"), the subject of a relative pronoun after
an "of" phrase and of an infinitive after a participle, a participle on a subject "since" a
dated event, an official addressed before "that", troops leaving a named place, a summit
"addressed" as the venue of the news and a party's feeling set off as an aside (its speaker is
the party; what the feeling is about is its motive)."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries, of_type, types

DAY = "1989-09-26"


def test_a_warning_to_an_official_named_by_title_governs_its_that_clause(explainer: Explainer) -> None:
    text = "Spain warned the Basque leader on Wednesday that it would impose sanctions on the region."
    [event] = of_type(explainer, text, "THREATEN", DAY)
    assert countries(event.actors) == ["ESP"]


def test_a_warning_to_a_titled_person_with_his_name_governs_its_that_clause(explainer: Explainer) -> None:
    text = "Spain warned regional leader Jordi Pujol on Wednesday that it would suspend the region's autonomy."
    assert types(code(explainer, text, DAY)) == ["THREATEN"]


def test_troops_leaving_after_a_fronted_clause_with_a_relative_withdraw(explainer: Explainer) -> None:
    text = ("Ending an occupation that began with the fall of the old regime in 1979, the last Vietnamese "
            "troops left Cambodia on Tuesday, the official news agency said.")
    [event] = of_type(explainer, text, "RETREAT", DAY)
    assert (countries(event.actors), countries(event.recipients)) == (["VNM"], ["KHM"])


def test_troops_leaving_a_named_city_withdraw_from_it(explainer: Explainer) -> None:
    text = "The last Canadian combat troops left Kandahar on Thursday."
    [event] = of_type(explainer, text, "RETREAT", DAY)
    assert (event.mode, countries(event.actors)) == ("withdraw", ["CAN"])


def test_a_diplomat_leaving_a_city_withdraws_nothing(explainer: Explainer) -> None:
    text = "The Canadian ambassador left Kandahar on Thursday for talks in Kabul."
    assert of_type(explainer, text, "RETREAT", DAY) == []


def test_a_march_by_supporters_of_a_named_leader_is_theirs(explainer: Explainer) -> None:
    text = ("Ugandan police fired tear gas at hundreds of supporters of opposition leader Kizza Besigye who "
            "marched through central Kampala on Wednesday.")
    [march] = of_type(explainer, text, "PROTEST", DAY)
    assert [a.text for a in march.actors] == ["supporters"]


def test_the_relatives_of_hostages_still_act_for_themselves(explainer: Explainer) -> None:
    text = "Police arrested relatives of the hostages who had blocked the road on Friday."
    [block] = of_type(explainer, text, "PROTEST", DAY)
    assert [a.text for a in block.actors] == ["relatives"]


def test_a_protest_vowed_in_a_participle_is_the_subjects_intended_protest(explainer: Explainer) -> None:
    text = ("Nepal's opposition alliance rejected the king's offer on Saturday, vowing to continue street "
            "protests until parliament is restored.")
    events = code(explainer, text, DAY)
    assert types(events) == ["REJECT", "PROTEST"]
    protest = events[1]
    assert (protest.modality, countries(protest.actors)) == ("intended", ["NPL"])


def test_a_strike_threatened_in_a_participle_is_the_subjects_threat(explainer: Explainer) -> None:
    text = "Kenya's teachers' union rejected the pay offer on Monday, threatening to stage a general strike."
    [threat] = of_type(explainer, text, "THREATEN", DAY)
    assert countries(threat.actors) == ["KEN"]


def test_an_act_in_an_until_clause_after_a_vow_is_not_the_vowers(explainer: Explainer) -> None:
    text = ("Farmers from Punjab blocked five highways on Tuesday, vowing to stay until the Indian "
            "government repealed three farm laws.")
    repeal = [e for e in code(explainer, text, DAY) if e.trigger.text == "repealed"]
    assert all(countries(e.actors) != [None] and all(a.text != "Farmers" for a in e.actors) for e in repeal)


def test_a_fronted_citing_clause_governs_nothing_past_its_comma(explainer: Explainer) -> None:
    text = ("Citing the junta's refusal to restore the elected president, the European Union on Saturday "
            "suspended all budget support to Niger.")
    [event] = of_type(explainer, text, "SANCTION", DAY)
    assert (countries(event.actors), countries(event.recipients)) == (["EUR"], ["NER"])
    assert event.attribution is None


def test_budget_support_suspended_with_a_partner_targets_it(explainer: Explainer) -> None:
    text = "The European Union suspended budget support and security cooperation with Mali on Saturday."
    [event] = of_type(explainer, text, "SANCTION", DAY)
    assert countries(event.recipients) == ["MLI"]


def test_a_comma_after_a_city_before_a_state_and_its_verb_closes_an_after_clause(explainer: Explainer) -> None:
    text = ("Hours after Washington announced new arms sales to Taipei, China sent 18 warplanes and four "
            "naval vessels into waters near Taiwan on Sunday.")
    [event] = of_type(explainer, text, "MOBILIZE", DAY)
    assert (countries(event.actors), countries(event.recipients)) == (["CHN"], ["TWN"])


def test_a_list_of_states_after_an_after_clause_still_lists(explainer: Explainer) -> None:
    text = "A day after the vote, Britain, France and Germany expelled Belarusian diplomats."
    events = code(explainer, text, DAY)
    assert events and all(sorted(countries(e.actors)) == ["DEU", "FRA", "GBR"] for e in events)


def test_a_fronted_that_clause_ends_at_its_comma_before_the_subject(explainer: Explainer) -> None:
    text = ("After protests that paralysed much of Ecuador, Ecuador's president agreed on Sunday night to "
            "withdraw the fuel decree.")
    [event] = of_type(explainer, text, "AGREE", DAY)
    assert countries(event.actors) == ["ECU"]


def test_a_dissident_jailed_since_a_dated_crackdown_starts_a_hunger_strike(explainer: Explainer) -> None:
    text = ("A Cuban dissident jailed since the 2003 crackdown on opponents began a hunger strike on Monday "
            "to demand medical treatment.")
    events = code(explainer, text, DAY)
    assert types(events) == ["PROTEST"]
    assert countries(events[0].actors) == ["CUB"]


def test_an_inquiry_into_abuses_since_a_crisis_is_not_aimed_at_the_crisis_issue(explainer: Explainer) -> None:
    text = ("Burundi said on Thursday that it would not cooperate with a UN commission of inquiry into "
            "abuses committed since the 2015 crisis over President Pierre Nkurunziza's third term.")
    assert of_type(explainer, text, "ACCUSE", DAY) == []


def test_a_threat_told_in_a_perfect_object_relative_is_background(explainer: Explainer) -> None:
    text = ("Japan and South Korea on Thursday restored a military intelligence-sharing pact that Seoul had "
            "threatened to scrap in 2019.")
    assert "THREATEN" not in types(code(explainer, text, DAY))


def test_a_gift_that_went_on_to_hospitals_is_the_givers_aid(explainer: Explainer) -> None:
    text = ("Ventilators donated by Kuwait went straight from the air base to hospitals in Kairouan "
            "yesterday, a health ministry spokesperson said.")
    [event] = of_type(explainer, text, "AID", DAY)
    assert countries(event.actors) == ["KWT"]


def test_a_summit_addressed_in_an_opening_participle_is_the_venue(explainer: Explainer) -> None:
    text = ("Addressing the Caribbean Community summit in Georgetown, Jamaica's prime minister endorsed "
            "the Barbadian proposal for a regional climate fund.")
    assert types(code(explainer, text, DAY)) == ["SUPPORT"]


def test_a_summit_addressed_in_an_aside_is_the_venue(explainer: Explainer) -> None:
    text = ("Uruguay's foreign minister, addressing the regional bloc's summit in Asuncion, voiced strong "
            "support for Bolivia's bid to regain access to the sea.")
    assert types(code(explainer, text, DAY)) == ["SUPPORT"]


def test_parties_furious_in_an_aside_still_say_what_follows(explainer: Explainer) -> None:
    text = ("European Union leaders, furious at the forced landing of a passenger jet in Minsk to arrest a "
            "dissident journalist, said on Monday that they would expel Belarusian diplomats.")
    events = code(explainer, text, DAY)
    assert "COERCE" not in types(events)
    assert all(countries(e.actors) == ["EUR"] for e in events) and events
    assert all(e.attribution is None or e.attribution.speaker.text != "on Monday" for e in events)


def test_a_deal_agreed_years_ago_is_background(explainer: Explainer) -> None:
    text = ("Japan on Friday handed over the first of ten patrol vessels to the Philippine coast guard under a "
            "loan deal agreed three years ago.")
    assert types(code(explainer, text, DAY)) == ["AID"]


def test_parties_that_agreed_years_ago_still_agreed(explainer: Explainer) -> None:
    [event] = code(explainer, "Iran and Iraq agreed three years ago to reopen the border.", DAY)
    assert event.type == "AGREE"
