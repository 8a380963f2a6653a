"""The time lexicon keeps every listed word a word: in YAML 1.1 a bare ``off`` or ``No`` is a
boolean, which turned the particle "off" ("a tanker seized off Fujairah in January", "a road
sealed off last month") and the abbreviation "No." ("Resolution No. 2231") into ``False``
(the sentences are made up)."""

from __future__ import annotations

from lapwing.temporal_lexicon import load_lexicon
from lapwing.temporal_sentences import sentence_starts


def test_words_that_yaml_1_1_reads_as_booleans_stay_words() -> None:
    lexicon = load_lexicon()
    assert "off" in lexicon.verb_particles and "off" in lexicon.function_words
    assert "no" in lexicon.abbreviations
    assert "false" not in lexicon.function_words | lexicon.verb_particles | lexicon.abbreviations
    # true and false stay booleans
    assert lexicon.units["hour"].time is True and lexicon.units["day"].time is False


def test_no_with_a_full_stop_ends_no_sentence() -> None:
    text = "The council renewed Resolution No. 2231 on Monday. Iran objected."
    assert sentence_starts(text, load_lexicon()) == [0, text.index("Iran")]
