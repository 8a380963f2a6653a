"""Actor names of round 4 (sentences written here): the Arabic initials of the SDF, the
Polisario Front and the Jenin Brigade, Turkey's parliament by its own name, the central
banks of the region, Jordan's intelligence service by its English name, the French foreign
ministry by its seat, the UN's humanitarian office in the possessive, and the Gulf epithets
("the Gulf state", "the sultanate") that name a state only where the report names it."""

from __future__ import annotations

import pytest

from lapwing.knowledge import KnowledgeBase

from actor_helpers import hits


@pytest.mark.parametrize("text, mention, expected", [
    ("The QSD said its fighters repelled an attack near the dam.", "QSD", ("sdf", "SYR", "REB")),
    ("The Polisario Front said it fired on a Moroccan outpost.", "Polisario Front", ("polisario", "ESH", "REB")),  # Western Sahara (ISO ESH), since session 32
    ("The Jenin Battalion said two of its members were killed.", "Jenin Battalion", ("jenin_brigade", "PSE", "REB")),
    ("Turkey's Grand National Assembly approved the motion on Tuesday.", "Turkey's Grand National Assembly",
     ("tur_parliament", "TUR", "LEG")),
    ("Jordan's General Intelligence Department arrested the cell.", "Jordan's General Intelligence Department",
     ("jor_gid", "JOR", "SPY")),
    ("The Central Bank of Iraq capped cash withdrawals.", "Central Bank of Iraq", ("irq_central_bank", "IRQ", "GOV")),
    ("The Quai d'Orsay summoned the ambassador.", "Quai d'Orsay", ("fra_mfa", "FRA", "GOV")),
    ("The UN's humanitarian office said convoys were stopped.", "UN's humanitarian office", ("ocha", "UNO", None)),
])
def test_a_named_organisation_is_coded(kb: KnowledgeBase, text: str, mention: str, expected: tuple) -> None:
    assert hits(kb, text, "2025-06-01")[mention] == expected


def test_a_central_bank_named_with_its_country_word_is_that_states(kb: KnowledgeBase) -> None:
    found = hits(kb, "Israel's central bank kept its rate unchanged.", "2025-06-01")
    assert found["Israel's central bank"] == ("isr_central_bank", "ISR", "GOV")


@pytest.mark.parametrize("text, epithet, state", [
    ("Kuwait raised its output, and the Gulf state said prices would ease.", "the Gulf state", "KWT"),
    ("Oman hosted a new round, and the sultanate said progress was made.", "the sultanate", "OMN"),
    ("Saudi Arabia cut output again; the oil-rich kingdom blamed weak demand.", "the oil-rich kingdom", "SAU"),
])
def test_a_gulf_epithet_names_the_state_the_report_names(kb: KnowledgeBase, text: str, epithet: str,
                                                       state: str) -> None:
    assert hits(kb, text, "2025-06-01")[epithet][:2] == (state, state)


def test_a_gulf_epithet_names_no_state_where_the_report_names_none_or_two(kb: KnowledgeBase) -> None:
    """Both halves hold together: "the Gulf state" is a state only where one bearer is named."""
    assert hits(kb, "Qatar said the Gulf state would keep mediating.", "2025-06-01")["the Gulf state"][:2] == (
        "QAT", "QAT")
    alone = hits(kb, "The Gulf state condemned the attack.", "2025-06-01").get("The Gulf state")
    assert alone is None or alone[1] is None
    both = hits(kb, "Qatar and Kuwait met; the Gulf state said nothing.", "2025-06-01").get("the Gulf state")
    assert both is None or both[1] is None

