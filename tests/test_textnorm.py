from lapwing.textnorm import clean_text, doc_id_for


def test_clean_text_normalises_line_ends_controls_and_unicode():
    raw = "\ufeffCafe\u0301 news\r\nline two  \r\n\x00third\fnext"
    assert clean_text(raw) == "Café news\nline two\nthird\n\nnext"


def test_doc_id_ignores_case_and_spacing_but_not_words():
    a = doc_id_for("Rockets struck Erbil.\nOfficials said.")
    assert a == doc_id_for("  rockets   struck erbil. officials SAID. ")
    assert a != doc_id_for("Rockets struck Baghdad. Officials said.")
    assert a.startswith("d") and len(a) == 17
