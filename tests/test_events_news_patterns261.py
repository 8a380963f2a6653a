"""Wordings of session 35, second round (sentences written for these tests): ministers who
"settled ... that" a thing be done, a report "brushed away", a prerogative of mercy used and
convicts "freed by presidential clemency", boats "pooled" for a patrol, a "bilateral patrol",
logs dragged onto a road and trees felled on it, licences annulled or voided (a sanction when
they go for unpaid fees or a mining venture's), and a threat's content that stops at a comma
and "as"."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import coded_types, of_type

DAY = "2011-06-08"


@pytest.mark.parametrize("text, type_", [
    ("Serbian and Bosnian interior ministers settled in Sarajevo today that their police share "
     "one post at the Zvornik bridge.", "AGREE"),
    ("Kosovo's foreign minister brushed away as biased a report of Serbian lawmakers on the Ibar bridge.",
     "REJECT"),
    ("Malawi's president used his prerogative of mercy for 300 prisoners of Zomba jail.", "CONCEDE"),
    ("250 prisoners whom Malawi's president freed by presidential clemency left Zomba jail.", "CONCEDE"),
    ("Kenyan and Tanzanian police pooled their boats near Shimoni to chase smugglers.", "COOPERATE"),
    ("Hundreds of Guinean villagers dragged logs and rocks onto the road to the Simandou mine.", "PROTEST"),
    ("Angry Malagasy farmers felled trees on the road to the nickel plant near Moramanga.", "PROTEST"),
    ("Tanzania's mining ministry annulled 80 gold exploration licences for unpaid fees.", "SANCTION"),
    ("Ghana's minerals commission voided 40 mining licences held by Chinese firms.", "SANCTION"),
])
def test_the_wording_codes_its_type(explainer: Explainer, text: str, type_: str) -> None:
    assert type_ in coded_types(explainer, text, DAY)


def test_a_licence_annulled_without_fees_or_mining_stays_a_restriction(explainer: Explainer) -> None:
    text = "Belarus annulled the licences of 12 human rights lawyers in Minsk."
    assert "COERCE" in coded_types(explainer, text, DAY)


def test_one_partys_settling_that_is_no_agreement(explainer: Explainer) -> None:
    text = "Bolivia's cabinet settled today that the new road will run through Beni."
    assert "AGREE" not in coded_types(explainer, text, DAY)


def test_a_threats_content_stops_at_a_comma_and_as(explainer: Explainer) -> None:
    text = ("Kenya heard the militants promise attacks on its capital, as their spokesman demanded the "
            "withdrawal of Kenyan troops from Somalia.")
    assert of_type(explainer, text, "REQUEST", DAY)
