"""An inquiry takes the act it looks into as done (sentences written for these tests): "an
inquiry into the killing of three herders by police" reports the killing, by the police, as
"condemned the killing of ... by" does; the inquiry's target is who did it. An inquiry into
an act whose doer goes unnamed ("a probe into the attack") codes no second act."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import of_type


def test_the_killing_an_inquiry_looks_into_is_coded(explainer: Explainer) -> None:
    killings = of_type(explainer, "Kenya opened an inquiry into the killing of three herders by police in Isiolo "
                                  "on Friday.", "ASSAULT")
    assert killings and any(a.country == "KEN" for a in killings[0].actors)


def test_the_shooting_a_probe_looks_into_is_coded(explainer: Explainer) -> None:
    shootings = of_type(explainer, "Malian prosecutors have opened a probe into the shooting of six miners by "
                                   "Malian soldiers near Kayes.", "ASSAULT")
    assert shootings and any(a.country == "MLI" for a in shootings[0].actors)


def test_the_inquiry_targets_who_did_the_act(explainer: Explainer) -> None:
    probes = of_type(explainer, "The UN human rights office opened an inquiry into the killing of four students by "
                                "Burundian police in Bujumbura.", "ACCUSE")
    assert probes and probes[0].recipients


def test_an_inquiry_into_an_attack_with_no_doer_codes_no_attack(explainer: Explainer) -> None:
    # near miss: no doer named in the noun's phrase
    assert not of_type(explainer, "Ugandan police opened an investigation into the attack.", "ASSAULT")
