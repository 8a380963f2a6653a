"""The actor KB: loading, validation with file:line problems, user extensions, normalisation."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from lapwing.actors import explain_lookup, resolve
from lapwing.knowledge import KnowledgeError, Normaliser, load_kb, read_yaml, validate_kb


def _user_kb(tmp_path: Path, text: str, name: str = "mine.yaml") -> Path:
    directory = tmp_path / "kb"
    directory.mkdir(exist_ok=True)
    (directory / name).write_text(textwrap.dedent(text), encoding="utf-8")
    return directory


def _problems(directory: Path) -> list[str]:
    return [str(p) for p in validate_kb([directory]) if str(directory) in p.origin]


# --------------------------------------------------------------------------- the packaged KB


def test_packaged_kb_has_no_errors():
    errors = [p for p in validate_kb() if p.severity == "error"]
    assert errors == []


def test_every_state_and_plover_code_is_known():
    kb = load_kb()
    states = {a.id for a in kb.actors.values() if a.type == "state"}
    assert len(states) >= 195
    assert {"IRN", "IRQ", "SYR", "LBN", "ISR", "PSE", "KOS", "USA"} <= states
    assert {"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"} <= set(kb.countries)
    assert {"GOV", "MIL", "REB", "PRM", "SPY", "JRN", "ELI"} <= set(kb.sectors)


def test_required_middle_east_actors_are_present():
    kb = load_kb()
    required = {"irgc", "irgc_qf", "artesh", "idf", "mossad", "shin_bet", "irq_isf", "pmf",
                "syr_army", "lbn_laf", "jor_jaf", "centcom", "usa_armed_forces", "hezbollah",
                "kataib_hezbollah", "kataib_sayyid_al_shuhada", "nujaba", "asaib_ahl_al_haq",
                "islamic_resistance_in_iraq", "hamas", "qassam_brigades", "pij", "houthis",
                "isis", "hts", "sdf", "ypg", "pkk", "tasnim", "fars_news", "irna", "press_tv",
                "al_manar", "al_jazeera", "al_arabiya", "trt_world", "reuters", "ap", "afp",
                "times_of_israel", "jerusalem_post", "icg", "isw", "fdd", "amnesty", "hrw",
                "un", "eu", "nato", "arab_league", "gcc", "iaea", "opec"}
    assert required <= set(kb.actors)
    assert sum(1 for a in kb.actors.values() if a.type == "person" and a.roles) >= 100


def test_hostile_epithets_are_kept_apart():
    kb = load_kb()
    entries = kb.names[kb.normaliser.key("the Zionist regime", keep_the=True)[0]]
    assert [(e.actor_id, e.kind) for e in entries] == [("ISR", "hostile_epithet")]


def test_role_on_date():
    kb = load_kb()
    aoun = kb.actors["joseph_aoun"]
    assert aoun.role_on("2023-01-01").title == "army commander"
    assert aoun.role_on("2025-02-01").title == "president"
    assert aoun.role_on("2010-01-01") is None
    assert aoun.role_on(None).title == "president"


# --------------------------------------------------------------------------- normalisation


@pytest.mark.parametrize("spellings", [
    ["Kata'ib Hezbollah", "Kataib Hezbollah", "Kataʾib Hizballah", "Kataeb Hizbullah", "KATAIB HEZBOLLAH"],
    ["Asa'ib Ahl al-Haq", "Asaib Ahl Al Haq", "Asa’ib Ahl el-Haqq"],
    ["Türkiye", "Turkiye"],
    ["Qods Force", "Quds Force"],
])
def test_spelling_variants_share_one_key(spellings):
    kb = load_kb()
    keys = {kb.normaliser.key(s)[0] for s in spellings}
    assert len(keys) == 1


def test_tokens_keep_offsets_and_split_possessives():
    norm = Normaliser(articles=frozenset({"al"}), hyphen_articles=frozenset({"ash"}))
    text = "Iran's ash-Sham; U.S. UN al-Haq"
    tokens = norm.tokens(text)
    assert [(t.raw, t.skip) for t in tokens] == [
        ("Iran", False), ("'s", False), ("ash", True), ("-", True), ("Sham", False), (";", False),
        ("U.S.", False), ("UN", False), ("al", True), ("-", True), ("Haq", False)]
    assert all(text[t.start:t.end] == t.raw for t in tokens)
    assert norm.exact_key("U.S.") == ("US",) and norm.key("the Houthis")[0] == ("houthis",)


def test_yaml_scalars_stay_strings(tmp_path):
    path = tmp_path / "x.yaml"
    path.write_text("states:\n  - {id: NOR, name: Norway, abbrevs: [NO], note: 2024-01-01}\n")
    data, problems = read_yaml(path)
    entry = data["states"][0]
    assert problems == [] and entry["abbrevs"] == ["NO"] and entry["note"] == "2024-01-01"
    assert (data.lines["states"], entry.line) == (1, 2)


# --------------------------------------------------------------------------- validation


def test_syntax_error_names_file_and_line(tmp_path):
    directory = _user_kb(tmp_path, """\
        actors:
          - {id: x, name: X, type: armed_group, country: IRQ
          - {id: y, name: Y}
        """)
    (problem,) = _problems(directory)
    assert "mine.yaml:3" in problem and "YAML syntax" in problem


def test_field_problems_name_line_and_fix(tmp_path):
    directory = _user_kb(tmp_path, """\
        actors:
          - {id: saraya_test, name: Saraya Test, type: armed_group, country: IRQ, sector: PRM,
             alias: [Saraya T]}
          - {id: bad_country, name: Bad, type: militia, country: IRK, sector: XYZ}
          - {name: No Id, type: other, country: IRQ}
        people:
          - id: someone
            name: Some One
            country: IRQ
            roles:
              - {title: foriegn minister, org: irq_mfa, from: 2024-13-01}
              - {title: president, org: nowhere}
        """)
    problems = _problems(directory)
    expected = [
        ("mine.yaml:3 [saraya_test]", "unknown field 'alias'", "did you mean 'aliases'?"),
        ("mine.yaml:4 [bad_country]", "unknown country code 'IRK'", "did you mean"),
        ("mine.yaml:4 [bad_country]", "unknown sector 'XYZ'", ""),
        ("mine.yaml:4 [bad_country]", "unknown or misplaced type 'militia'", ""),
        ("mine.yaml:5", "missing required field 'id'", ""),
        ("mine.yaml:11", "unknown title 'foriegn minister'", "did you mean 'foreign minister'?"),
        ("mine.yaml:11", "bad date '2024-13-01'", ""),
        ("mine.yaml:12", "role org 'nowhere' is not a KB id", ""),
    ]
    for where, what, hint in expected:
        assert any(where in p and what in p and hint in p for p in problems), (where, what, problems)


def test_bad_references_and_duplicates(tmp_path):
    directory = _user_kb(tmp_path, """\
        actors:
          - {id: group_a, name: Group A, type: armed_group, country: SYR, sector: REB, parent: hezbolah}
          - {id: group_a, name: Group A again, type: armed_group, country: SYR, sector: REB}
        """)
    problems = _problems(directory)
    assert any("mine.yaml:2" in p and "parent 'hezbolah'" in p and "'hezbollah'" in p for p in problems)
    assert any("mine.yaml:3" in p and "defined twice" in p and "mine.yaml:2" in p for p in problems)


def test_unknown_section_and_non_list(tmp_path):
    directory = _user_kb(tmp_path, "actor:\n  - {id: a}\npeople: {id: b}\n")
    problems = _problems(directory)
    assert any("mine.yaml:1" in p and "unknown section 'actor'" in p and "'actors'" in p for p in problems)
    assert any("mine.yaml:3" in p and "must be a list" in p for p in problems)


def test_load_kb_raises_with_every_error(tmp_path):
    directory = _user_kb(tmp_path, "actors:\n  - {id: a, name: A, type: other, country: XXX}\n")
    with pytest.raises(KnowledgeError) as info:
        load_kb([directory])
    assert "mine.yaml:2" in str(info.value) and "unknown country code 'XXX'" in str(info.value)


def test_missing_user_directory_is_reported(tmp_path):
    (problem,) = validate_kb([tmp_path / "nope"])
    assert "no such directory" in str(problem)


# --------------------------------------------------------------------------- user extensions


def test_user_file_adds_an_actor_that_then_resolves(tmp_path):
    directory = _user_kb(tmp_path, """\
        actors:
          - {id: saraya_awliya_al_dam, name: Saraya Awliya al-Dam, type: armed_group,
             country: IRQ, sector: PRM, aliases: [Guardians of the Blood Brigade], backed_by: [IRN]}
        """)
    kb = load_kb([directory])
    text = "Saraya Awliya al Dam claimed the rocket attack."
    res = resolve("Saraya Awliya al Dam", text, 0, 20, "2024-01-01", kb=kb)
    assert (res.actor.actor_id, res.actor.country, res.actor.sector) == ("saraya_awliya_al_dam", "IRQ", "PRM")
    assert "backed by: Iran [IRN]" in explain_lookup("Guardians of the Blood Brigade", kb_dirs=[directory])


def test_user_entry_overrides_packaged_one_with_a_warning(tmp_path):
    directory = _user_kb(tmp_path, """\
        people:
          - id: fuad_hussein
            name: Fuad Hussein
            country: IRQ
            roles: [{title: foreign minister, org: irq_mfa, from: 2020-06-06, to: 2025-01-01}]
        """)
    problems = [p for p in validate_kb([directory]) if p.origin.endswith("mine.yaml")]
    assert [(p.severity, p.line) for p in problems] == [("warning", 2)]
    assert "overrides" in str(problems[0]) and "people.yaml" in str(problems[0])
    kb = load_kb([directory])
    res = resolve("Fuad Hussein", "Fuad Hussein spoke.", 0, 12, "2025-06-01", kb=kb)
    assert res.actor.sector == "ELI"


def test_user_lexicon_adds_titles_and_variants(tmp_path):
    directory = _user_kb(tmp_path, """\
        titles:
          - {title: mufti, kind: honorific, sector: REL}
        variants:
          - {spellings: [khazali, qazali]}
        """)
    kb = load_kb([directory])
    text = "Mufti Qais al-Qazali spoke."
    res = resolve("Qais al-Qazali", text, 6, 20, "2024-01-01", kb=kb)
    assert res.actor.actor_id == "qais_al_khazali"


def test_shared_names_are_warned_about(tmp_path):
    directory = _user_kb(tmp_path, """\
        actors:
          - {id: other_party, name: Other Party, type: other, country: LBN, sector: PTY,
             aliases: [Party of God]}
        """)
    warnings = [str(p) for p in validate_kb([directory]) if p.severity == "warning"]
    assert any("'Party of God' is shared by hezbollah, other_party" in w for w in warnings)


def test_org_heads_are_checked_and_extendable(tmp_path):
    bad = _user_kb(tmp_path, """\
        org_heads:
          - {type: state, sector: XXX, heads: [emirate]}
          - {type: armed_group, heads: [kataib], colour: red}
        sector_nouns:
          - {sector: MIL, type: military, proxy: YYY, nouns: [legionnaires]}
        """, "bad.yaml")
    problems = _problems(bad)
    assert any("bad.yaml:2" in p and "misplaced type 'state'" in p for p in problems)
    assert any("bad.yaml:2" in p and "unknown sector 'XXX'" in p for p in problems)
    assert any("bad.yaml:3" in p and "unknown field 'colour'" in p for p in problems)
    assert any("bad.yaml:5" in p and "unknown sector 'YYY'" in p for p in problems)

    (tmp_path / "g").mkdir()
    good = _user_kb(tmp_path / "g", """\
        org_heads:
          - {type: other, sector: SOC, heads: [syndicate]}
        """)
    kb = load_kb([good])
    assert kb.org_heads[("syndicate",)].sector == "SOC"
    text = "The Lawyers Syndicate condemned the arrests."
    res = resolve("Lawyers Syndicate", text, 4, 21, "2024-01-01", kb=kb)
    assert (res.actor.actor_id, res.actor.type, res.actor.sector) == ("prov:lawyers_syndicate", "other", "SOC")


def test_place_heads_and_org_lexicon_cues_load():
    kb = load_kb()
    assert {"zone", "square", "airport"} <= kb.cues["place_heads"]
    assert {"of", "for"} <= kb.cues["org_joiners"] and "shiite" in kb.cues["not_org_names"]
    assert kb.nouns[("forces",)].proxy == "REB"
    assert kb.affiliations[("led",)].own and not kb.affiliations[("backed",)].own



def test_describe_actor_gives_dated_roles_and_named_ties():
    from lapwing.knowledge import describe_actor

    person = describe_actor("benjamin_netanyahu")
    assert person["roles"] and all({"title", "org", "from", "to"} <= r.keys() for r in person["roles"])
    assert person["roles"] == sorted(person["roles"], key=lambda r: r["from"] or "")
    group = describe_actor("kataib_hezbollah")
    assert any(b["id"] == "irgc_qf" or b["name"] for b in group["backed_by"])
    assert describe_actor("prov:nobody") is None and describe_actor(None) is None
