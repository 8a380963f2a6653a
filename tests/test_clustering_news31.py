"""Clustering (session 32; events written here): two people the knowledge base lacks, named
as the actors of two requests, are two requests; a person named alike meets the other reports
of that person though their parties carry no country; "any further attack" in a threat is the threat's condition, not a mark of
one more event; "not part of Monday's plea" sets a report apart from that day's event."""

from __future__ import annotations

from lapwing.clustering import load_params

from test_clustering import clusters_of, ev, pair_value

DAY = "2024-04-27"


def _minister(name: str, country: str | None = "LBN") -> dict:
    key = "prov:" + name.lower().replace(" ", "_")
    return {"text": name, "name": name, "actor_id": key, "type": "person", "country": country, "sector": "GOV"}


DONORS = {"text": "international donors", "name": "international donors", "actor_id": "international_donors",
          "type": "igo", "country": "IGO", "sector": None}
WHO = {"text": "the WHO", "name": "World Health Organization", "actor_id": "who", "type": "igo",
       "country": "UNO", "sector": "MED"}


def _with_sentence(event: dict, sentence: str, trigger: str) -> dict:
    start = sentence.index(trigger)
    event["sentence"] = {"text": sentence, "start": 0, "end": len(sentence)}
    event["trigger"] = {"text": trigger, "start": start, "end": start + len(trigger)}
    return event


def test_two_named_ministers_asking_a_day_apart_are_two_requests() -> None:
    one = ev("a:e1", type_="REQUEST", actors=(_minister("Nadia Haddad"),), recipients=(), day=DAY)
    other = ev("b:e1", type_="REQUEST", actors=(_minister("Karim Mansour"),), recipients=(WHO,), day="2024-04-28")
    value = pair_value(one, other)
    assert value is None or value < load_params().threshold


def test_one_named_minister_spelt_with_and_without_a_particle_still_agrees() -> None:
    # near miss: "Nadia Abou Haddad" and "Nadia Haddad" share name words
    one = ev("a:e1", type_="REQUEST", actors=(_minister("Nadia Haddad"),), recipients=(), day=DAY)
    other = ev("b:e1", type_="REQUEST", actors=(_minister("Nadia Abou Haddad"),), recipients=(), day=DAY)
    value = pair_value(one, other)
    assert value is not None and value >= load_params().threshold


def test_reports_of_one_person_s_plea_meet_though_one_gives_no_country() -> None:
    events = [
        ev("a:e1", type_="REQUEST", actors=(_minister("Nadia Haddad"),), recipients=(), day=DAY),
        ev("b:e1", type_="REQUEST", actors=(), recipients=(DONORS,), day=DAY),
        ev("c:e1", type_="REQUEST", actors=(_minister("Nadia Haddad", country=None),), recipients=(DONORS,), day=DAY),
    ]
    assert frozenset({"a:e1", "b:e1", "c:e1"}) in clusters_of(events)


def _saada(name: str = "Sa'dah") -> dict:
    return {"text": "Saada", "name": name, "lat": 16.94, "lon": 43.76, "country": "YEM", "feature": "city",
            "precision": "city"}


ASIRI = {"text": "Ahmed Asiri", "name": "Ahmed Asiri", "actor_id": "prov:ahmed_asiri", "type": "person",
         "country": "SAU", "sector": "MIL"}
HOUTHIS = {"text": "the Houthis", "actor_id": "houthis", "country": "YEM", "sector": "REB"}


def test_any_further_attack_in_a_threat_marks_no_extra_event() -> None:
    conditional = _with_sentence(
        ev("a:e1", type_="THREATEN", actors=(ASIRI,), recipients=(HOUTHIS,), day=DAY, place=_saada()),
        "The rebels face a crushing reply to any further shelling of the border, the spokesman said, "
        "warning of strikes on Saada.", "warning")
    plain = ev("b:e1", type_="THREATEN", actors=(ASIRI,), recipients=(HOUTHIS,), day=DAY, place=_saada())
    value = pair_value(plain, conditional)
    assert value is not None and value >= load_params().threshold


def test_another_threat_is_still_one_more_event() -> None:
    # near miss: "another" with no "any" before it still marks one more of the day
    additive = _with_sentence(
        ev("a:e1", type_="THREATEN", actors=(ASIRI,), recipients=(HOUTHIS,), day=DAY, place=_saada()),
        "In another warning on Saturday the spokesman threatened strikes on Saada.", "threatened")
    plain = ev("b:e1", type_="THREATEN", actors=(ASIRI,), recipients=(HOUTHIS,), day=DAY, place=_saada())
    assert pair_value(plain, additive) is None


def test_a_plea_not_part_of_the_day_before_s_joins_no_cluster_of_that_day() -> None:
    earlier = ev("a:e1", type_="REQUEST", actors=(_minister("Nadia Haddad"),), recipients=(), day=DAY)
    later = _with_sentence(
        ev("b:e1", type_="REQUEST", actors=({"text": "Lebanon", "actor_id": "LBN", "country": "LBN",
                                             "sector": "GOV"},), recipients=(WHO,), day="2024-04-28"),
        "The health ministry made a plea to the WHO for vaccines, a request not part of Saturday's plea.", "plea")
    assert pair_value(earlier, later) is None
