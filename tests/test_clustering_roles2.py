"""One actor, other targets (round 2 of the role checks; events written here): a report and a
cluster whose actors share a nation but whose known targets are of other nations are two
events that day, for statements and strikes alike, while reports naming one target
differently ("Chad" and "N'Djamena"; a town struck and the group hit there) stay one."""

from __future__ import annotations

from lapwing.clustering import load_params

from test_clustering import ev, pair_value

SUDAN = {"text": "Khartoum", "actor_id": "SDN", "country": "SDN", "sector": "GOV"}
HEALTH = {"text": "the health ministry", "actor_id": "prov:health_ministry", "country": "SDN",
          "sector": "GOV"}
CHAD = {"text": "Chad", "actor_id": "TCD", "country": "TCD"}
NDJAMENA = {"text": "N'Djamena", "actor_id": "TCD", "country": "TCD", "sector": "GOV"}
RSF = {"text": "the paramilitaries", "actor_id": "rsf", "country": "SDN", "sector": "PRM"}
HAMAS = {"text": "Hamas", "actor_id": "hamas", "country": "PSE", "sector": "REB"}
SYRIA = {"text": "Syria", "actor_id": "SYR", "country": "SYR"}
GAZA = {"text": "Gaza", "actor_id": None, "country": "PSE"}  # a place struck, coded by its country
USA = {"text": "Washington", "actor_id": "USA", "country": "USA"}
ISRAEL = {"text": "Israel", "actor_id": "ISR", "country": "ISR"}
LEBANON = {"text": "Beirut", "actor_id": "LBN", "country": "LBN", "sector": "GOV"}


def test_one_accuser_of_two_other_nations_is_two_accusations() -> None:
    """Sudan accusing Chad and Sudan accusing the RSF that day are two statements; a report
    naming Chad by its capital is the first again. A request is told with either the party
    asked or the one it should press as its target ("Beirut urged Washington to press
    Israel"), so other targets say nothing there."""
    p = load_params()
    against_chad = ev("a:e1", type_="ACCUSE", actors=(SUDAN,), recipients=(CHAD,))
    against_rsf = ev("b:e1", type_="ACCUSE", actors=(HEALTH,), recipients=(RSF,))
    chad_again = ev("c:e1", type_="ACCUSE", actors=(SUDAN,), recipients=(NDJAMENA,))
    apart, together = pair_value(against_chad, against_rsf), pair_value(against_chad, chad_again)
    assert apart is not None and apart < p.threshold
    assert together is not None and together >= p.threshold
    asked = ev("d:e1", type_="REQUEST", actors=(LEBANON,), recipients=(USA,))
    pressed = ev("e:e1", type_="REQUEST", actors=(LEBANON,), recipients=(ISRAEL,))
    request = pair_value(asked, pressed)
    assert request is not None and request >= p.threshold


def test_one_force_striking_two_other_nations_is_two_strikes_but_a_place_is_no_target() -> None:
    """Israel striking Hamas and Israel striking Syria that day are two strikes; a report
    naming only the town struck ("Gaza", a place, no actor) is the first strike."""
    p = load_params()
    on_hamas = ev("a:e1", actors=(ISRAEL,), recipients=(HAMAS,))
    on_syria = ev("b:e1", actors=(ISRAEL,), recipients=(SYRIA,))
    on_town = ev("c:e1", actors=(ISRAEL,), recipients=(GAZA,))
    apart, together = pair_value(on_hamas, on_syria), pair_value(on_hamas, on_town)
    assert apart is not None and apart < p.threshold
    assert together is not None and together >= p.threshold
