import numpy as np

from lapwing.dedup import NearDuplicateIndex
from lapwing.records import Document, Zone
from lapwing.settings import DedupSettings
from lapwing.textnorm import doc_id_for

STORY = (
    "Rockets struck a base hosting American troops near Erbil airport late on Tuesday, "
    "the Kurdistan Region's counterterrorism service said in a statement. No casualties were "
    "reported, but two vehicles were damaged and a fire broke out near the fuel depot. An Iraqi "
    "militia calling itself the Islamic Resistance in Iraq claimed the attack on its Telegram "
    "channel, saying it was retaliation for the war in Gaza. The Pentagon said it was assessing "
    "the damage and would respond at a time and place of its choosing."
)
EDITED = STORY.replace("late on Tuesday", "on Tuesday night").replace(
    "two vehicles were damaged", "three vehicles were damaged")
OTHER = (
    "Rockets struck a base hosting American troops in western Iraq on Friday, security sources "
    "said, the third such attack this month at Ain al-Asad. Two contractors were lightly wounded. "
    "No group immediately claimed responsibility, while Iraq's prime minister ordered an "
    "investigation and called on all factions to respect the state's decision on foreign forces."
)


def _doc(text: str, zones=None) -> Document:
    return Document(doc_id=doc_id_for(text), input_id="x", text=text, zones=zones or [])


def test_edited_copy_is_marked_and_a_different_story_is_not():
    index = NearDuplicateIndex(DedupSettings())
    original, copy, other = _doc(STORY), _doc(EDITED), _doc(OTHER)
    assert index.check_and_add(original.doc_id, index.fingerprint(original)) is None
    assert index.check_and_add(copy.doc_id, index.fingerprint(copy)) == original.doc_id
    assert index.check_and_add(other.doc_id, index.fingerprint(other)) is None


def test_a_copy_of_a_copy_points_to_the_first():
    index = NearDuplicateIndex(DedupSettings())
    first, second = _doc(STORY), _doc(EDITED)
    third = _doc(EDITED.replace("statement", "short statement").replace("fuel depot", "depot"))
    for doc in (first, second):
        index.check_and_add(doc.doc_id, index.fingerprint(doc))
    assert index.check_and_add(third.doc_id, index.fingerprint(third)) == first.doc_id


def test_headline_and_trailer_changes_do_not_hide_a_copy():
    a_text = "Rockets hit Erbil base\n" + STORY + "\nRead more at example.org/a"
    b_text = "Militia claims Erbil strike\n" + STORY + "\nMore about: Iraq, United States"
    def zoned(text):
        first = text.index("\n")
        last = text.rindex("\n")
        return _doc(text, [Zone(0, first, "title"), Zone(first + 1, last, "body"), Zone(last + 1, len(text), "trailer")])
    index = NearDuplicateIndex(DedupSettings(threshold=0.95))
    a, b = zoned(a_text), zoned(b_text)
    index.check_and_add(a.doc_id, index.fingerprint(a))
    assert index.check_and_add(b.doc_id, index.fingerprint(b)) == a.doc_id


def test_stored_documents_are_found_through_the_lookup_with_their_root():
    writer = NearDuplicateIndex(DedupSettings())
    stored = _doc(STORY)
    fp = writer.fingerprint(stored)
    table = {key: stored.doc_id for key in fp.bands}

    def lookup(bands):
        return {table[b]: (fp.to_bytes(), "d-root") for b in bands if b in table}

    reader = NearDuplicateIndex(DedupSettings(), lookup=lookup)
    copy = _doc(EDITED)
    fingerprint = reader.fingerprint(copy)
    reader.prefetch([fingerprint])
    assert reader.check_and_add(copy.doc_id, fingerprint) == "d-root"


def test_without_a_prefetch_the_store_is_not_consulted():
    calls = []
    reader = NearDuplicateIndex(DedupSettings(), lookup=lambda bands: calls.append(bands) or {})
    copy = _doc(EDITED)
    assert reader.check_and_add(copy.doc_id, reader.fingerprint(copy)) is None
    assert calls == []


def test_signatures_are_stable_across_instances_and_short_texts_are_skipped():
    a = NearDuplicateIndex(DedupSettings()).fingerprint(_doc(STORY))
    b = NearDuplicateIndex(DedupSettings()).fingerprint(_doc(STORY))
    assert np.array_equal(a.signature, b.signature) and a.bands == b.bands
    assert NearDuplicateIndex(DedupSettings()).fingerprint(_doc("Too short to compare.")) is None
