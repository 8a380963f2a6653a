"""One host, other guests (round 3 of the role checks; events written here): meetings,
agreements and pledges are told by the parties they join, so two same-day reports that
share the host but name guests of other nations are two meetings, even at one palace; a
report naming only some of one meeting's parties is the same meeting."""

from __future__ import annotations

from lapwing.clustering import load_params

from test_clustering import ev, pair_value

RIYADH = {"text": "Riyadh", "name": "Riyadh", "lat": 24.69, "lon": 46.72, "country": "SAU",
          "feature": "city"}
SAUDI_FM = {"text": "Prince Faisal bin Farhan", "actor_id": "faisal_bin_farhan",
            "country": "SAU", "sector": "GOV"}
CROWN_PRINCE = {"text": "the crown prince", "actor_id": "mohammed_bin_salman",
                "country": "SAU", "sector": "GOV"}
JORDAN_FM = {"text": "Ayman Safadi", "actor_id": "ayman_safadi", "country": "JOR",
             "sector": "GOV"}
OMAN_FM = {"text": "Badr Albusaidi", "actor_id": "badr_albusaidi", "country": "OMN",
           "sector": "GOV"}
JORDAN = {"text": "Jordan", "actor_id": "JOR", "country": "JOR"}


def test_one_host_receiving_guests_of_two_nations_holds_two_meetings() -> None:
    """The Saudi foreign minister receiving Jordan's and, later that day, Oman's foreign
    minister in Riyadh: the same host, day and city do not make one meeting of the two,
    whether the guest is the actor or the recipient of the talks."""
    with_jordan = ev("a:e1", type_="CONSULT", actors=(SAUDI_FM, JORDAN_FM), recipients=(),
                     place=RIYADH)
    with_oman = ev("b:e1", type_="CONSULT", actors=(CROWN_PRINCE,), recipients=(OMAN_FM,),
                   place=RIYADH)
    assert pair_value(with_jordan, with_oman) is None
    agreed_jordan = ev("c:e1", type_="AGREE", actors=(SAUDI_FM, JORDAN_FM), recipients=())
    agreed_oman = ev("d:e1", type_="AGREE", actors=(SAUDI_FM, OMAN_FM), recipients=())
    assert pair_value(agreed_jordan, agreed_oman) is None
    # a report naming the guest's state and the crown prince who joined them: the same talks
    p = load_params()
    talks = ev("a:e1", type_="CONSULT", actors=(SAUDI_FM,), recipients=(JORDAN_FM,), place=RIYADH)
    joined = ev("b:e1", type_="CONSULT", actors=(SAUDI_FM, CROWN_PRINCE, JORDAN), recipients=(),
                place=RIYADH)
    together = pair_value(talks, joined)
    assert together is not None and together >= p.threshold
