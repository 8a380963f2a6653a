"""Event dates in news sentences: a day counted from the sentence's reference time ("a day
earlier", "the night before"), a copular accusation, a dateline date, an apposition's relative
clause, an offset clause closed by a comma, a deadline before a new subject and a cause phrase
("over the arson attack last week") (written for the third round on the opened cluster sets;
the sentences are made up)."""

from __future__ import annotations

from eventdate_helpers import dated, dated_in


def test_a_day_earlier_dates_the_act_it_follows_not_the_reaction():
    """Thursday is 2027-05-06: the tariffs are Wednesday's, the denunciation and the vow
    after the comma are Thursday's."""
    text = ("The Jordanian cabinet on Thursday denounced the tariffs that Washington announced a day earlier, "
            "describing them as unfair and vowing a reply.")
    assert dated(text, "tariffs", "2027-05-07").value == "2027-05-05"
    assert dated(text, "denounced", "2027-05-07").value == "2027-05-06"
    assert dated(text, "vowing", "2027-05-07").value == "2027-05-06"
    # A trigger right after the reference time is that time's own verb.
    text = "Cairo on Thursday welcomed the EU's decision a day earlier to release frozen aid."
    assert dated(text, "welcomed", "2027-05-07").value == "2027-05-06"


def test_the_night_before_dates_a_participle_and_a_noun_in_the_object():
    """Sunday is 2027-05-09: the guards were killed in the raid on Saturday night."""
    text = "The Kurdish ministry on Sunday buried three guards killed in a raid on a border post the night before."
    assert dated(text, "killed", "2027-05-10").value == "2027-05-08TNI"
    assert dated(text, "raid", "2027-05-10").value == "2027-05-08TNI"
    assert dated(text, "buried", "2027-05-10").value == "2027-05-09"
    text = "Hamas claimed responsibility on Monday for the bombing of a checkpoint near Jenin a day earlier."
    assert dated(text, "bombing", "2027-05-11").value == "2027-05-09"


def test_a_copular_accusation_is_dated_by_its_statement():
    """"were behind the blast two days earlier": the blast is Saturday's, the accusation is
    Monday's statement."""
    text = "The minister said on Monday that smugglers were behind the blast at a fuel depot two days earlier."
    date = dated(text, "were behind", "2027-05-11")
    assert (date.value, date.basis) == ("2027-05-10", "report")
    # A comma ends the complement: the statement's day after it still dates the threat.
    text = "Ankara is ready to hit militant bases in Syria, the defence minister said on Monday."
    date = dated(text, "is ready to", "2027-05-11")
    assert (date.value, date.basis) == ("2027-05-10", "report")


def test_a_dateline_date_is_the_report_date():
    """"AMMAN, June 9 (Reuters) -" says when the story was filed, not when the seizure was."""
    text = "AMMAN, June 9 (Reuters) - Jordanian troops have seized a drug convoy near the Syrian border, the army said."
    date = dated(text, "seized", "2027-06-10")
    assert (date.value, date.basis) == ("2027-06-09", "report")
    text = "AMMAN, June 9 (Reuters) - Jordanian troops seized a drug convoy near the Syrian border on Monday."
    date = dated(text, "seized", "2027-06-10")
    assert (date.value, date.basis) == ("2027-06-07", "explicit")


def test_a_relative_clause_on_an_apposition_dates_its_own_act():
    """", a charge that Asmara rejected on Friday": Friday is the rejection's."""
    text = ("Ethiopia has accused Eritrea of arming rebels in Tigray, a charge that Asmara rejected as "
            "baseless on Friday.")
    date = dated(text, "accused", "2027-05-15")
    assert (date.value, date.basis) == ("2027-05-15", "document")


def test_an_offset_clause_ends_at_its_comma():
    """"On Monday, a day after rebels shelled the airport, the army launched ...": the
    offensive is Monday's, the shelling Sunday's; "The summit, two days after ..., focused
    on water": the summit has no day of its own."""
    text = "On Monday, a day after rebels shelled the airport, the army launched an offensive."
    assert dated(text, "launched", "2027-05-11").value == "2027-05-10"
    assert dated(text, "shelled", "2027-05-11").value == "2027-05-09"
    text = "The summit, two days after Ankara hosted the Iraqi premier, focused on water."
    date = dated(text, "focused", "2027-05-11")
    assert (date.value, date.basis) == ("2027-05-11", "document")


def test_a_deadline_does_not_date_an_act_of_a_new_subject():
    """"due to meet by early July and Ankara promising more water": the promise is May 3's."""
    text = ("The two ministers said on May 3 they would form a joint committee, with experts due to meet "
            "in Baghdad by early July and Ankara promising more water.")
    assert dated(text, "promising", "2027-05-04").value == "2027-05-03"
    assert dated(text, "meet", "2027-05-04").value.startswith("2027-07")


def test_a_cause_phrase_dates_the_cause_not_the_reaction():
    """"detained five men over the arson attack on a mosque last week": last week is the
    attack's; "over the weekend" stays the clash's time."""
    text = "Police have detained five men over the arson attack on a mosque last week, officials said on Tuesday."
    date = dated(text, "detained", "2027-05-12")
    assert (date.value, date.basis) == ("2027-05-11", "report")
    text = "Rival militias clashed over the weekend near the refinery."
    assert dated(text, "clashed", "2027-05-12").value == "2027-W18-WE"


def test_a_definite_noun_takes_the_date_of_its_antecedent():
    """"The bombing" repeats "a 2023 bombing" of the sentence before, not its Sunday."""
    text = "A court in Manama jailed four men on Sunday for a 2023 bombing in Sitra. The bombing wounded a guard."
    assert dated_in(text, "wounded", "2027-05-11").value == "2023"
    text = ("Police detained a teenager in Hebron on Thursday over a shooting attack the day before. "
            "The attack wounded a soldier.")
    assert dated_in(text, "wounded", "2027-05-14").value == "2027-05-12"
