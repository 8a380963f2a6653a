"""Lexicon, session 32 round 2: a pardon, amnesty, clemency or mercy decree signed or issued is
the pardon (CONCEDE), the people it covers or benefits its recipients, though a decree signed
codes nothing by itself; a grant or a loan initialled or finalised is signed (SUPPORT); a
central bank instructing banks to immobilise assets sanctions. Sentences written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import known_countries, of_type

DAY = "2025-05-03"  # a Saturday


def test_a_mercy_decree_issued_is_a_pardon(explainer: Explainer) -> None:
    text = "President Abdelmadjid Tebboune issued a mercy decree covering 80 inmates on Friday."
    (pardon,) = of_type(explainer, text, "CONCEDE", DAY)
    assert known_countries(pardon.actors) == ["DZA"]
    assert [r.text for r in pardon.recipients] == ["inmates"]


def test_an_amnesty_decree_signed_is_a_pardon(explainer: Explainer) -> None:
    text = "King Mohammed VI signed an amnesty decree covering 500 prisoners."
    (pardon,) = of_type(explainer, text, "CONCEDE", DAY)
    assert known_countries(pardon.actors) == ["MAR"]
    assert [r.text for r in pardon.recipients] == ["prisoners"]


def test_the_people_a_pardon_decree_benefits_are_its_recipients(explainer: Explainer) -> None:
    text = "Emir Tamim bin Hamad issued a pardon decree benefiting 300 detainees."
    (pardon,) = of_type(explainer, text, "CONCEDE", DAY)
    assert known_countries(pardon.actors) == ["QAT"]
    assert [r.text for r in pardon.recipients] == ["detainees"]


def test_a_clemency_decree_signed_is_a_pardon(explainer: Explainer) -> None:
    text = "King Abdullah signed a clemency decree benefiting 1,200 convicts on Sunday."
    (pardon,) = of_type(explainer, text, "CONCEDE", DAY)
    assert known_countries(pardon.actors) == ["JOR"]


def test_a_mercy_decree_named_by_its_issuer_is_a_pardon(explainer: Explainer) -> None:
    text = "A mercy decree issued by Algerian President Abdelmadjid Tebboune covers 80 inmates."
    (pardon,) = of_type(explainer, text, "CONCEDE", DAY)
    assert known_countries(pardon.actors) == ["DZA"]


def test_a_decree_of_no_clemency_signed_codes_nothing(explainer: Explainer) -> None:
    text = "Syrian President Bashar al-Assad signed a decree covering fuel subsidies."
    assert not of_type(explainer, text, "CONCEDE", DAY)


def test_a_loan_initialled_is_signed(explainer: Explainer) -> None:
    text = "Tunisia and Italy initialled a 60-million-euro loan on Monday."
    (signing,) = of_type(explainer, text, "SUPPORT", DAY)
    assert known_countries(signing.actors) == ["ITA", "TUN"]


def test_a_grant_initialled_with_a_lender_is_signed(explainer: Explainer) -> None:
    text = "Ethiopia initialled a $200m grant with the World Bank in Addis Ababa."
    (signing,) = of_type(explainer, text, "SUPPORT", DAY)
    assert "ETH" in known_countries(signing.actors)


def test_an_initial_loan_is_no_signing(explainer: Explainer) -> None:
    text = "The initial loan from China to Kenya was small."
    assert not of_type(explainer, text, "SUPPORT", DAY)


def test_a_grant_finalised_by_two_officials_is_signed(explainer: Explainer) -> None:
    text = ("Jordanian Planning Minister Imad Fakhoury and the German ambassador finalised a 40m euro "
            "German grant for water networks.")
    (signing,) = of_type(explainer, text, "SUPPORT", DAY)
    assert known_countries(signing.actors) == ["DEU", "JOR"]


def test_a_loan_pact_finalised_is_signed(explainer: Explainer) -> None:
    text = "Kenya and Japan finalised a loan pact for the port."
    (signing,) = of_type(explainer, text, "SUPPORT", DAY)
    assert known_countries(signing.actors) == ["JPN", "KEN"]


def test_a_central_bank_instructing_banks_to_immobilise_assets_sanctions(explainer: Explainer) -> None:
    text = ("The Central Bank of Jordan instructed local banks this afternoon to immobilise the deposits "
            "and assets of 9 persons.")
    (sanction,) = of_type(explainer, text, "SANCTION", DAY)
    assert known_countries(sanction.actors) == ["JOR"]
