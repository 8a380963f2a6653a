"""Event dates in news sentences: a time inside a reduced relative clause (a past participle
that modifies a noun: "a spy cell broken up last month", "the ship seized last week",
"prisoners held since March") dates only that participle, after the trigger or before it
(written for the fourth round on the opened cluster sets; the sentences are made up)."""

from __future__ import annotations

from functools import partial

from eventdate_helpers import dated as dated_on

#: A Thursday: Tuesday is 2027-06-08, Sunday 2027-06-06, last month 2027-05.
PUBLISHED = "2027-06-10"


dated = partial(dated_on, published=PUBLISHED)


def test_a_participle_with_its_particle_keeps_its_time():
    """April is the breaking up of the network; the linking and the recall are Tuesday's,
    the day of the main clause."""
    text = ("Oman expelled a Yemeni envoy on Tuesday after its interior ministry linked him to a smuggling "
            "network broken up in April, and recalled its own ambassador.")
    assert dated(text, "linked").value == "2027-06-08"
    assert dated(text, "recalled").value == "2027-06-08"
    assert dated(text, "broken").value == "2027-04"


def test_a_time_right_after_a_participle_is_the_participles():
    """"impounded last month", "arrested on Sunday": the release and the deportation have no
    time of their own, so the article dates them."""
    text = "Ankara released the crew of a cargo ship impounded last month."
    assert dated(text, "released").basis == "document"
    assert dated(text, "impounded").value == "2027-05"
    text = "Morocco deported an activist arrested on Sunday in Rabat."
    assert dated(text, "deported").basis == "document"
    # A day further on, after the participle's own phrase, stays the main event's.
    text = "Police detained four men suspected of smuggling arms in raids on Sunday."
    assert dated(text, "detained").value == "2027-06-06"


def test_a_since_phrase_after_a_participle_is_the_state_of_its_noun():
    """"held since January" is how long the fishermen were held, not when they were freed
    ("freed" is a past form)."""
    text = "Authorities freed 12 fishermen held since January."
    assert dated(text, "freed").basis == "document"


def test_a_participle_after_a_comma_describes_the_noun_before_it():
    text = "Greece returned the yacht, seized last week near Crete."
    assert dated(text, "returned").basis == "document"
    # A past verb with an object after the comma is a coordinated verb: its time is the clause's.
    text = "Troops stormed the camp, killed last week's suspects and burnt the tents on Tuesday."
    assert dated(text, "burnt").value == "2027-06-08"


def test_a_participle_on_an_act_noun_that_frames_the_event_gives_its_time():
    """"killed in a raid carried out last week": the raid is when they were killed; but
    "condemned the raid carried out last week" condemns it later."""
    text = "Two soldiers were killed in a raid carried out last week near the border."
    assert dated(text, "killed").value == "2027-W22"
    text = "Jordan condemned the raid carried out last week near the border."
    assert dated(text, "condemned").basis == "document"


def test_a_participle_on_the_subject_dates_no_finite_verb_after_it():
    """"Peacekeepers deployed to the valley in 2025 withdrew": 2025 is the deployment."""
    assert dated("Peacekeepers deployed to the valley in 2025 withdrew on Tuesday.", "withdrew").value == "2027-06-08"
    text = "Peacekeepers deployed to the valley in 2025 withdrew from three posts."
    assert dated(text, "withdrew").basis == "document"
    assert dated("Police officers who were posted to the town in March returned home.", "returned").basis == "document"
    # A day of the week before publication in the subject's clause is the event's in news.
    assert dated("Gunmen who stormed a bank on Monday killed two guards.", "killed").value == "2027-06-07"
    # An act noun as subject: the strike's time is the killing's.
    assert dated("A strike carried out last month killed two engineers.", "killed").value == "2027-05"


def test_a_clause_opened_by_as_or_a_new_subject_has_its_own_verb():
    """After "as" or "and" + a new subject the past form is a finite verb, not a participle:
    its time is shared by the main clause."""
    text = "Villagers returned home as troops pulled back last month."
    assert dated(text, "returned").value == "2027-05"
    text = "Rebels shelled the airport and troops seized last month the bridge."
    assert dated(text, "shelled").value == "2027-05"
    # The participle on the noun before the new clause still keeps its own time.
    text = "Jordan deported a journalist detained last month."
    assert dated(text, "deported").basis == "document"
