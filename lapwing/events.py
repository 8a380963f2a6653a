"""The ``events`` stage: PLOVER events (who did what to whom, when, where, how sure) per sentence.

Why rules first: analysts must be able to see why a sentence became an event and correct
the word list when it is wrong, and there is no parser or training data yet. Each sentence
of the coded zones is read in steps, each in its own module so a parser or a model can
replace one step at a time:

1. triggers: words and phrases of ``lexicons/events.yaml`` (:mod:`lapwing.events_lexicon`),
   longest first, never inside an actor's name; a key may name a word class ("send *
   @forces") and an entry may require one near it ("launch": a weapon);
2. content, not events: what an "urge", "accuse", "threaten" or "refuse" governs is the
   content of that act ("Turkey urged Iraq to expel the PKK" codes no expulsion), and what
   a "deny" or "fail" governs is negated;
3. roles from the actor mentions of the actors stage (:mod:`lapwing.events_roles`), then
   what PLOVER coders infer: the place struck or fired from stands for its country
   (``place_targets``), an unplaced official or name takes the country word of its phrase
   or the one country in context, a relative clause names who did a condemned act ("the
   sanctions that the EU imposed"), a verb after "and" shares the subject before it;
4. attribution and modality (:mod:`lapwing.events_attribution`, :mod:`lapwing.events_modality`);
5. mode and contexts from words near the trigger, size (dead, injured, arrested) from
   numbers near casualty words, date (:mod:`lapwing.eventdate`) and place
   (:mod:`lapwing.eventplace`);
6. one event per type and actor in a sentence: "struck ... killing four" is one ASSAULT.

``confidence`` is a rule-of-thumb score (a trigger alone 0.5; an actor, a recipient and an
unhedged reading add to it), not a calibrated probability.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import partial

from lapwing.actors import resolve
from lapwing.eventdate import date_for_event, refine_from_next
from lapwing.eventplace import location_for_event
from lapwing.events_attribution import Cue, comment_clause, cue_for, find_cues, reporting_that
from lapwing.events_lexicon import CLASS, GAP, Entry, EventLexicon, Pattern, load_lexicon, verb_forms
from lapwing.events_modality import read_modality, same_actor
from lapwing.events_roles import (ADVERB_GAP, BE_FORMS, CARRIER_REACH, CLAUSE_SUBJECT_WORDS, ED_NON_VERBS,
                                  ING_NON_VERBS, IRREGULAR_PAST, MEASURE_MODIFIERS, OBJECT_PRONOUNS, POSSESSIVES,
                                  PREPOSITIONS, PRONOUNS, SPEAKER_GAP, Group, PatternRoles, Roles, actor_groups,
                                  armed_or_state, count_end, SUBJECT_AUXILIARIES, country_word, governor,
                                  nominal_agent, ARTICLES, by_after_phrase, grievance_of, CLAUSE_LINKS, INCLUSIONS,
                                  PARTICIPANT, COUNT_WORDS, PEOPLE_WORDS, thousands_comma, FRONTED_OPENERS,
                                 FRONTED_OPENING_WORDS, noun_participle)
from lapwing.events_size import size_of
from lapwing.events_text import (ASIDE_REACH, AUDIENCE_VERBS, BE_WORDS, CONTACT_PRONOUNS, DASHES, DAY_OWNED_MODIFIERS,
                                 DAY_ADJUNCT_WORDS, DAY_WORDS, HAVE_FINITE, MODAL_AUXILIARIES, NOUN_DETERMINERS,
                                 PRESENT_DAY_WORDS, QUOTES, SCARE_WORDS, TIME_PREPOSITIONS, Sentence, Token,
                                 contact_relative, day_owned, name_word, past_day, possessive_owner, reporting_at,
                                 s_form, sentences)
from lapwing.events_vessels import Vessels
from lapwing.hookspecs import hookimpl
from lapwing.knowledge import KnowledgeBase, load_kb
from lapwing.places_recognise import dateline_country, in_dateline, names_capital
from lapwing.pubdate import EARLIEST_YEAR
from lapwing.records import PROVISIONAL_ID, ActorRef, Document, Event, EventDate, Mention, Place, Span, Timex
from lapwing.temporal_lexicon import load_lexicon as load_time_lexicon
from lapwing.temporal_calendar import precision_of
from lapwing.temporal_tense import is_past_form
from lapwing.stages import Analysis, StageFn, stage

#: Words before an ambiguous form ("attack", "strikes") that make it a noun.
NOUN_CUES = frozenset({"a", "an", "the", "'s", "its", "their", "his", "her", "this", "that",
                       "these", "those", "no", "any", "new", "fresh", "further", "deadly",
                       "latest", "overnight", "major", "of", "recent", "wave", "two", "three",
                       # "the third such strike", "another attack": only a noun follows these
                       "such", "another", "similar", "previous", "second", "third", "fourth", "fifth",
                       # "the assets of several sanctioned oligarchs": a quantifier before a participle
                       "several", "numerous", "various",
                       # "the ANC and other outlawed groups": a participle there modifies the noun
                       "other"})
#: Words before "the" and a name that make the name a ship's: people are aboard a ship or
#: taken off it ("taken off the Nour al-Bahr"; a bare "off" is mostly "off the Horn of Africa").
BOARDED = (("aboard",), ("on", "board"), ("taken", "off"))
#: The lexicon class of ship nouns; a trigger that requires it ("intercept") also takes a
#: ship known only by its name ("aboard the Oleander").
VESSEL_CLASS = "vessels"
#: Nouns an "-ing" form after an accord may modify ("an accord signing ceremony"): the act held.
CEREMONY_WORDS = frozenset({"ceremony", "ceremonies"})
#: Relative pronouns: after an event noun they open its relative clause ("the raid which
#: Israel carried out"), and a past form right after one is that clause's verb, not a noun
#: ("an aggression that targeted"); "whom" opens a clause on its verb's object ("the suspects
#: whom police netted"). Irregular past verbs of such a clause follow.
RELATIVES = frozenset({"that", "which", "who", "whom"})
#: Measures whose participle of aiming after a comma names their scope ("slapped penalties on
#: the scheme, targeting a businessman in Baghdad": the businessman is sanctioned, not attacked).
SCOPED_TYPES = frozenset({"SANCTION", "COERCE"})
#: Measures an attack brings about when its participle tells them ("struck the airport,
#: wounding eight and halting flights"): the attack's consequence, no sanction by the attacker.
DISRUPTIONS = frozenset({"SANCTION"})
#: Acts of another type (type, mode) that a participle after a measure may spell out as its content
#: ("slapped an embargo on Iran, barring its firms from ..."): the ban is the sanction, no second act.
SPELT_OUT: dict[str, frozenset[tuple[str, str]]] = {"SANCTION": frozenset({("COERCE", "restrict")})}
#: Pronouns a past participle describes as a reduced relative ("those targeted by the
#: measures", "those detained"): a verb, though they also stand before nouns ("those attacks").
PARTICIPLE_HEADS = frozenset({"those"})
#: Determiners two words before a form make it a noun with a modifier ("a car bombing").
DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "this", "that"})
#: Verbs that link a subject to a predicate noun ("would become legitimate targets").
COPULAS = BE_WORDS | {"become", "becomes", "became", "remain", "remains", "remained"}
#: Verbs of flight whose object is an attack people escaped ("families who fled the
#: offensive", "fleeing the fighting"): background to the news (EventCoder._attack_setting).
#: The mode of an inquiry (PLOVER ACCUSE investigate), whose object act is taken as done, and the
#: prepositions that open that object ("a probe into", "an investigation of"); the acts it may be.
INQUIRY_MODE = "investigate"
INQUIRY_PREPS = frozenset({"into", "of"})
INQUIRED_TYPES = frozenset({"ASSAULT", "COERCE"})
#: How far back from an attack word the "against" of a hazard guarded against may stand, and
#: the words that end its phrase first ("protection against rocket fire by militants").
HAZARD_REACH = 10
HAZARD_BREAKS = frozenset({"as", "while", "when", "that", "which", "who", "but", "because", "after", "before"})
#: Words that end a noun phrase read backwards from its head.
CLAUSE_WORDS = frozenset({"and", "or", "but", "as", "while", "when", "against", "after", "before", "that",
                          "which", "who", "is", "are", "was", "were", "be", "been", "has", "have", "had"})
#: Words between a governed event noun and a relative pronoun on its phrase ("the arrest of
#: yeshiva students who").
RELATIVE_REACH = 6
#: Words after "The raid came" that say when the story's act took place ("came on Tuesday").
DATING_WORDS = frozenset({"on", "at", "during", "overnight", "late", "early"})
#: Words of a subject's phrase after its head noun, before its verb ("aid to the military junta was").
SUBJECT_PHRASE = 8
GOVERNED_WINDOW = 14  # words after a governing trigger that may hold its content
SCENE_AGREEMENT = 2  # other places of one country that outvote an event place read abroad
FRAMEWORK_REACH = 3  # words between a document's author and the document ("UN Security Council resolution")
TOPIC_MODIFIERS = 2  # adjectives of a topic noun ("a speech on humanitarian aid"), an article besides
#: Words a meeting noun may stand before the "on" of its topic ("consultations with his
#: Egyptian counterpart in Cairo on Wednesday on the ceasefire").
TOPIC_REACH = 14
#: Particles after a form of "go" that make it talking over ("going through the attack", "went over").
GONE_OVER = frozenset({"through", "over"})
REFUSED_OBJECT = 6  # words of a refusal's object before the event it names ("blocked an EU statement criticising")
ADJUNCT_BEFORE_THAT = 4  # words of an adjunct ("on Tuesday") between a governing verb and "that"
ADDRESSEE_MODIFIERS = 3  # words before the noun of an addressee of no actor ("the armed Kurdish militants")
ADDRESSEE_ADJUNCTS = 8  # words of adjuncts between an addressee and "that" ("warned X in an address on Monday that")
#: Forms of "accuse": their "of" opens the charge, as "that" opens a verb's content.
ACCUSING_FORMS = frozenset({"accuse", "accuses", "accused", "accusing"})
INTERVAL_COUNT = 2  # words between a comma and the span of an interval (", just two days after")
JUDGED_PHRASE = 6  # words before an event noun judged by a verb ("condemned the Israeli army's arrest")
#: How far after a judged act noun the "with" or "by" of its weapon may stand ("the targeting of
#: Mitiga airport with rockets"), and how many words that preposition's phrase may hold before
#: the weapon ("with Katyusha-type rockets"); 8 was written here, but a later definition of the
#: name set 4 for every user.
MEANS_REACH = 4
MEANS_WORDS = 3
MEANS_PREPS = frozenset({"with", "by"})
#: Words that end the act noun's phrase before its means: a clause, a coordinated act, "as a crime".
MEANS_BREAKS = frozenset({",", ";", ":", "(", ")", "and", "or", "as", "which", "that", "who", "after", "while"})
#: Where a ``characterising`` verb's label noun has its "a"/"an" (window back from the noun)
#: and the verb (window back from the article): "called the raid a flagrant violation".
LABEL_ARTICLE_WINDOW = 4
#: Prepositions of an adjunct naming the talks or call in which the clause's subject acted
#: ("examined the border in a telephone call", "compared notes over the phone").
ADJUNCT_MEETING_PREPS = frozenset({"in", "during", "at", "by", "over", "via"})
#: Words between such a preposition and the noun ("in a lengthy telephone conversation").
ADJUNCT_MEETING_WORDS = 4
#: Words from such a noun opening the sentence to the comma that ends its adjunct
#: ("During a telephone call on Tuesday afternoon,").
OPENING_MEETING_REACH = 6
#: How far back from a label's "and an" the article of the label it is joined to may stand
#: ("calling the text a distortion of Qatari labour reforms and an unfair attack").
LABEL_COORD_REACH = 12
LABEL_VERB_WINDOW = 7
#: Marks that may open a quoted label right before its "a"/"an" (single ones too: no
#: possessive apostrophe stands before an article).
OPENING_QUOTES = QUOTES | {"'", "‘"}
#: Words either side of a trigger, in its clause, where the word class it ``requires`` must
#: stand ("a ballistic missile was launched at": weapons before the verb).
REQUIRES_WINDOW = 8
#: How far after a trigger the "as" qualifying its object may stand, and its words read
#: ("designation of 2 merchants and 3 companies as financiers of terrorism").
AS_QUALIFIER_REACH = 14
AS_QUALIFIER_WORDS = 4
MODE_WINDOW = 8
#: Words after a "with" of means that may name the weapon ("with homemade gas-cylinder bombs").
MEANS_WEAPON_REACH = 4
#: Words after a passive threat verb that may hold its "by" agent ("would be hit hardest by").
AGENT_REACH = 3
_CONFLICT = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN"})
_FIRST_PERSON = frozenset({"we", "i", "our"})
#: Subject pronouns by which a speaker names itself ("Hamas said it was behind the attack").
SELF_SUBJECTS = frozenset({"we", "i", "it", "they", "he", "she"})
#: Acts done by saying them: a threat or refusal reported with no party in its own clause
#: ("said the strait would turn into a graveyard for any fleet", "said a return to
#: enrichment is not on the table") is the speaker's own.
SAID_ACTS = frozenset({"THREATEN", "REJECT"})
#: Acts against others whose stated reason ("..., saying they had ...") tells what the punished did.
PUNISHING_TYPES = frozenset({"SANCTION", "COERCE", "ACCUSE"})
#: Measures taken against a party: a relative clause on one it names ("revoked the permits of the
#: family of a gunman who shot at a car") tells what the party did before, background to the measure.
MEASURE_TYPES = PUNISHING_TYPES - {"ACCUSE"}
#: Words that end a verb's subject when searched backwards ("..., and told banks to").
CLAUSE_BREAKS = frozenset({",", ";", ":", "and", "but", "or"})
#: Prepositions that make a nominal trigger a time anchor ("since the 2006 war", "after a
#: government offensive", "hours before a separate ambush") or the reason for the news
#: ("sanctions over settler attacks") or what it goes against ("despite protests by traders"):
#: a past event dating, motivating or opposing another one, not an event of the sentence.
ANCHOR_PREPS = frozenset({"since", "after", "before", "following", "over", "amid", "amidst", "despite",
                          "notwithstanding"})
#: Nouns before "of" or "to" that make the event noun after them the occasion the news is
#: timed by ("ahead of the talks", "on the eve of a summit", "in the run-up to the vote", "in
#: the wake of Friday's interception", "in the aftermath of", "on the heels of") or goes
#: against ("in defiance of warnings from the bloc").
OCCASIONS = frozenset({"ahead", "eve", "run-up", "wake", "aftermath", "heels", "defiance"})
#: Types whose noun after "at" is the venue of the news ("endorsed the call at a summit in
#: Abuja"), not an act of its own.
VENUE_TYPES = frozenset({"CONSULT"})
#: Words after a meeting noun, in its phrase, that name whom it is held with: "during a meeting
#: with the bank's director" is talks of their own, "during a meeting in the jungle" only the setting.
MEETING_PARTY_LINKS = frozenset({"with", "between"})
#: Participles after a noun of a danger that make it a risk described, no act ("the threat
#: posed by protesters had receded", "the danger posed by the militia").
POSED_WORDS = frozenset({"posed", "presented"})
#: Nouns before "of" that make a meeting noun after them the venue of the news ("on the
#: margins of the G20 summit", "on the sidelines of a UN meeting", "on the fringes of").
VENUE_EDGES = frozenset({"sidelines", "sideline", "margins", "margin", "fringes", "fringe"})
#: A participle whose object, a meeting noun, is the venue of the news it sets ("Addressing the
#: Caribbean Community summit in Georgetown, Jamaica's prime minister endorsed ...").
VENUE_PARTICIPLES = frozenset({"addressing"})
#: Modifiers of an event noun after "against" that make it a danger guarded against, no act
#: ("on alert against possible Chinese incursions", "defences against a potential attack"); "any"
#: keeps the act, a hypothetical one ("would retaliate against any Turkish attack").
GUARDED_MODIFIERS = frozenset({"possible", "potential", "feared", "expected", "likely", "imminent", "eventual"})
#: Words before an event noun searched for the preposition or noun that anchors it.
ANCHOR_WINDOW = 7
#: Reactions whose "for" names what they react to ("castigated the Houthis for seizing
#: staff", "expressed regret for the strike", "praised Cairo for its mediation").
JUDGING_TYPES = frozenset({"ACCUSE", "SUPPORT", "CONCEDE"})
#: Words between a reaction and the "for" of its reason ("condemned the Israeli army on Monday for").
JUDGED_REACH = 8
#: Links after a plan, an accord or an aim to the act it holds ("a plan for deploying the
#: army", "an accord on resuming exports", "hopes of normalising", "a bid to halt").
INTENT_LINKS = frozenset({"for", "of", "to", "on"})
#: Word classes of nouns whose act may follow as an infinitive ("a deal to resume exports"); a
#: plan's ("a plan to seize the city") is told as intended instead (events_modality.py).
TO_INTENT_CLASSES = ("accords", "intentions", "sought_acts")
#: Word classes of nouns whose content is an act intended, agreed, hoped for or sought, not done.
INTENT_CLASSES = ("schemes", *TO_INTENT_CLASSES)
#: Links after a call to what it seeks, all of its noun phrase ("a call for an end to air
#: raids"): "on" names whom it calls on.
APPEAL_LINKS = frozenset({"for", "to"})
#: Links after a call to a party it names before the act it seeks: its addressee ("pressure on
#: Hungary to repeal") or author ("calls from Washington to free").
SOUGHT_PARTY_LINKS = frozenset({"on", "from", "by"})
#: Words of what is sought between a request verb and "from" ("demanded an official apology from")
SOUGHT_NOUN_WORDS = 3
#: Conjunctions opening a clause inside a relative clause ("which it had tightened after
#: militants fired rockets"): what stands in theirs still describes the relative's noun.
SUBORDINATORS = frozenset({"after", "before", "when", "while", "because", "since", "until"})
#: Words opening a relative clause on the noun before them ("insurgents who", "a border where").
RELATIVE_OPENERS = frozenset({"who", "whom", "whose", "which", "that", "where"})
#: Words between a plural head and the verb or preposition before its phrase ("fight Houthi
#: rebels who"): a determiner or a count among them makes the phrase no bare plural.
BARE_PLURAL_REACH = 3
#: Words that pick out some members of a kind ("some rebels who", "those who"): no bare plural.
QUANTIFIERS = frozenset({"some", "many", "all", "those", "these", "other", "few", "most"})
#: How far after a force's act the operation it carries out may be named ("detained 27 wanted
#: suspects overnight in the Hebron area in a joint operation of").
OPERATION_REACH = 14
#: Words before a verb where "the two ..." heading its subject may start ("the two foreign
#: ministers put").
TWO_SUBJECT = 6
#: Indefinite articles before a name that modifies a noun trigger ("a separate Daesh ambush"),
#: and how many words back they may stand.
INDEFINITES = frozenset({"a", "an", "another"})
INDEFINITE_REACH = 3
#: Words opening an apposition that names the clause's event again (", an accusation
#: that", ", his third visit this year", ", the second such raid"), the modifiers that
#: may follow them, and how many words they may take before the event noun.
APPOSITION_OPENERS = INDEFINITES | POSSESSIVES | {"her", "the"}
APPOSITION_MODIFIERS = APPOSITION_OPENERS | MEASURE_MODIFIERS | {"such"}
APPOSITION_WORDS = 5  # 3 was written here, but a later definition of the name set 5 for every user
#: "the army", "the government" with no country word: the state's own sector, whose state is
#: the only one named in the sentence or, failing that, the one the document is about.
DEFINITE_STATE_NOUNS = {"army": ("military", "MIL"), "military": ("military", "MIL"),
                        "troops": ("military", "MIL"), "navy": ("military", "MIL"),
                        "government": ("government", "GOV"), "authorities": ("government", "GOV"),
                        "cabinet": ("government", "GOV"), "parliament": ("government", "LEG"),
                        "legislature": ("government", "LEG"), "police": ("government", "COP")}
#: Words between such a noun and its verb: auxiliaries and verbs that hand their subject on
#: ("the parliament voted to reject", "the cabinet decided to expel").
DEFINITE_GAP = frozenset({"has", "have", "had", "will", "would", "voted", "decided", "opted", "chose", "to"})
DEFINITE_REACH = 12  # how far back from the verb such a noun may stand, asides included
#: Capitalised words naming no party between a demonym's "and" and the mention it shares a
#: noun with ("Egyptian and Royal Saudi naval forces").
DEMONYM_TITLE_WORDS = 2
ASIDE_WORDS = 8  # the longest aside set off by commas ("Parliament, meeting in Benghazi, voted")
#: Prepositions before the place an attack strikes ("at Ashkelon", "near Nabatieh"), and how
#: far after the trigger that place may stand.
TARGET_PREPS = frozenset({"at", "on", "in", "into", "near", "toward", "towards", "against", "inside",
                          "outside", "over"})
PLACE_WINDOW = 8
#: How far after the preposition of a later "blaming the attack on X" its parties may stand
#: ("to al-Hilu's fighters and their Tasis allies").
ASCRIBED_DOER_WORDS = 8
#: The reason of a place read as the subject of an attack it undergoes ("Kharkiv came under fire").
STRUCK_SUBJECT = "metonymy: the place struck, the subject of an attack it undergoes"
PLACE_STRUCK = "metonymy: the place struck or reached"
PLACE_ACTED_ON = "metonymy: the place acted on"
#: The readings of a recipient from a place an act is done to, whose country a report must
#: name or be set in (see :func:`_unfounded_place`).
STRUCK_READINGS = frozenset({STRUCK_SUBJECT, PLACE_STRUCK, PLACE_ACTED_ON})
#: Words of an apposition between a struck place and its verb ("Eilat, the southernmost port of
#: the Jewish state and a resort popular with holidaymakers, was targeted").
PLACE_APPOSITION_WORDS = 16
#: How far before an unplaced actor a country word of its noun phrase may stand, and the
#: words that end a noun phrase.
NATIONALITY_WINDOW = 3
#: Auxiliaries of an active verb: a perfect's or a modal's ("and has recalled", "and will impose").
ACTIVE_AUXILIARIES = frozenset({"has", "have", "had", "will", "would", "could", "can", "may", "might",
                                "shall", "should", "must"})
#: Nouns of an official's peer, whose nationality word places the name set off after them by a comma.
PEER_NOUNS = frozenset({"counterpart", "colleague", "peer"})
#: Sectors of a state's organs that coerce people at home (an army abroad detains foreigners too).
HOME_COERCERS = frozenset({"COP", "GOV", "JUD"})
#: Sectors of armed parties of no state, whose seizing of people is an abduction.
IRREGULAR_SECTORS = frozenset({"UAF", "REB", "PRM", "CRM"})
#: The most words of a descriptive head between its article and its place noun ("the besieged
#: eastern Moslem enclave of").
DESCRIPTIVE_HEAD_WORDS = 5
NP_BREAKS = frozenset({",", ";", ":", "and", "or", "the", "a", "an", "'s", "(", ")", '"', "“", "”"})
#: A city or capital as the object of a visit or a meeting, or of a verbal act addressed to it
#: ("lashed out at London", "warned Beirut", "rejected Baghdad's demand"), stands for its
#: country's government: one does not accuse or warn a town.
METONYMY_TYPES = frozenset({"CONSULT", "ACCUSE", "REQUEST", "THREATEN", "REJECT"})
#: Types told by a statement: its day is its own clause's or the report's, never one of a
#: relative clause in the next sentence ("urged the LNA to free more. The truce, which began
#: on Saturday, ...").
STATEMENT_TYPES = METONYMY_TYPES - VENUE_TYPES
#: Prepositions that open an accusation's content before a gerund ("accused the militias of
#: shelling", "blamed the rebels for attacking").
CHARGE_PREPOSITIONS = frozenset({"of", "for"})
#: The most words from an accusation's trigger to the preposition opening its content (8 was
#: written here, but a later definition of the name set 3 for every user).
CHARGE_REACH = 3
#: Material acts whose object may be a place, and the words that may stand between the verb
#: and it: "shelled Taiz", "stormed Jenin", "raided the Nur Shams camp", "seized Pokrovsk",
#: "moved into El Fasher". PLOVER codes the place's country (or, at home, the state's own
#: country) as the target; "in Taiz" after an object is the scene (``_place_roles``).
OBJECT_PLACE_TYPES = {"ASSAULT": frozenset({"the"}), "COERCE": frozenset({"the"}),
                      "MOBILIZE": frozenset({"into", "the"}), "RETREAT": frozenset({"the"})}
#: Acts done by a named party to a place rather than to a party, coded by PLOVER with the
#: place's country as the target when the sentence names no party acted on: a curfew imposed
#: "in Mosul", a threat to cut power "to Nakhichevan", inspectors sent "to a plant in central
#: Iran" (type, and the modes that act on a place, None for any). An arrest or a deportation
#: acts on people: "detained seven men in the city of Qalqilya" names only the scene.
SCENE_TARGET_TYPES: dict[str, frozenset[str] | None] = {
    "COERCE": frozenset({"curfew", "martial-law", "restrict", "censor", "seize", "cyber", "withhold"}),
    "THREATEN": None, "ACCUSE": frozenset({"investigate"}),
    "RETREAT": frozenset({"withdraw"}), "SANCTION": frozenset({"withdraw"}), "CONCEDE": frozenset()}
#: Whatever the mode, a trigger whose words name a measure laid on a whole place (this word
#: class of events.yaml) aims at that place: "lifted the curfew in Srinagar" eases it for IND.
PLACEWIDE_CLASS = "placewide_measures"
#: Prepositions before such a place, "to" included: the power is cut off to it, the
#: inspectors are sent to it.
SCENE_PREPS = TARGET_PREPS | {"to", "across", "throughout", "within"}  # "cut the internet across the Tigray region"
#: Prepositions that only place a seizure: "agents seized the men at night in Ahvaz" took hold
#: of them there, the city is no party to it.
SEIZURE_SCENE_PREPS = frozenset({"in", "at"})
#: Prepositions of the place a delivery goes to ("flown to", "headed for", "arrived in"). Not
#: "at": a plane landing "at Beirut airport" names the point it reaches, where several givers'
#: deliveries land on one day and stay apart by their givers alone.
DESTINATION_PREPS = frozenset({"to", "for", "into", "in"})
#: Prepositions of the city a visitor arrives in ("landed in", "flew into", "travelled to"):
#: the host's. "for" names the errand ("arrived for talks").
ARRIVAL_PREPS = DESTINATION_PREPS - {"for"}
#: Withdrawals (forces from a camp, an ambassador from a capital) are aimed at the place
#: left, "from" or "out of" it too, but only at a foreign one: "Israeli forces pulled out of
#: the Jenin camp" (PSE), "Kuwait withdrew its ambassador from Baghdad" (IRQ); troops pulled
#: back from a town at home leave no one.
WITHDRAWAL_PREPS = SCENE_PREPS | {"from", "of"}
BACKGROUND_PENALTY = 0.1
#: Verbs that are talks only with a partner named ("spoke with X"); alone ("officials,
#: speaking privately, said") they report.
PARTNER_VERBS = frozenset({"speak"})
#: Words between a protest and the demand that is its purpose ("rallied in X to demand", "rioted at
#: a jail in the capital on Monday, joining demonstrators in demanding").
PURPOSE_WINDOW = 16
#: Sectors of the people who down tools: labour, teachers and students.
LABOUR_SECTORS = frozenset({"LAB", "EDU"})
#: Words after a release that may hold the hostages it frees ("freed four foreign hostages",
#: "freed two French tourists and an American woman held hostage"), up to a comma.
RESCUED_REACH = 10
#: Words after a deployment that may hold whom it assists ("deploying 1,000 soldiers and police to
#: Mozambique's northern Cabo Delgado province on Friday at Maputo's request, to help").
ASSIST_REACH = 26
#: Words of the party helped between "to help" and what forces help it do ("to help government
#: forces fight an insurgency").
HELPED_WORDS = 3
#: Words of the setting after "in its" that a stated readiness names ("in its five-year war").
SETTING_WORDS = 3
#: Words from a sentencing verb to the prison term it names ("sentenced him to 80 years in prison").
TERM_REACH = 8
#: Words from a governing word to talks that are its setting ("agreed on Monday in a call").
SETTING_REACH = 4
#: Words from a protest to a participle voicing what the crowd is against ("blocked the
#: Ayalon highway in Tel Aviv on Saturday night for the 20th week, waving flags and denouncing",
#: "blocked the main highway linking Buenos Aires with La Plata for six hours, demanding").
CHANT_REACH = 24
#: Words of an aim's phrase between "for" and its event noun ("for the captives' release").
AIM_MODIFIERS = 4
#: How many words may stand between a deploying verb and the forces it moves ("ferried 350
#: Honduran infantrymen": the count).
FORCES_OBJECT_REACH = 2
#: How many words a list of goods may take after the cargo noun that opens it ("their cargo
#: being tents, blankets, canned food and medical supplies").
CARGO_LIST_REACH = 10
#: How many words after an event noun's "by" its doer's name may start ("threats by putschist
#: commander X").
BY_AGENT_REACH = 3
#: Words after the "from" of a request up to the head of the party that made it ("a demand from
#: the federal finance ministry").
SOURCE_WORDS = 5
#: Material acts whose "to demand" is their purpose, not a request of its own ("would blockade
#: the capital to demand an end to the reform", "rallied to demand").
PURPOSEFUL = frozenset({"PROTEST", "COERCE", "ASSAULT", "SANCTION"})
#: Types whose events are told by whom they hit, as a toll: named by their day ("Thursday's drone
#: attack"), they are news with no party named.
TOLLED_TYPES = frozenset({"ASSAULT", "COERCE"})
#: Words of one item of a listed complement ("counter-piracy boarding").
LIST_ITEM_WORDS = 4
#: Subject pronouns of a "must" a telling governs that stand for the one told ("told Turkey it must").
TOLD_PRONOUNS = frozenset({"it", "they"})
#: Cue verbs whose object is the speaker's own act ("Italy announced a suspension of flights").
ANNOUNCING = frozenset({"announce", "announces", "announced", "announcing", "declare", "declares",
                        "declared", "declaring", "unveil", "unveils", "unveiled", "unveiling"})
#: A threat no trigger word names, made by the reporting verb that foretells a harm on a
#: condition ("said the strait would be shut if"): see ``EventCoder._said_threat``.
SAID_THREAT = Entry(key="say ... if", pos="verb", type="THREATEN")
#: A threat a speech noun carries ("the president's remarks that his troops might come if the
#: militia does not disband"), coded at the noun: see ``EventCoder._voiced_threat``.
VOICED_THREAT = Entry(key="@utterances that ... if", pos="noun", type="THREATEN", complement="absorb")
#: Relief goods a party receives ("displaced families received Turkish flour and blankets"): no
#: word of giving names the aid, the receipt tells it; see ``_received_goods``.
RECEIVED_GOODS = Entry(key="@receiving * @relief_goods", pos="noun", type="AID")
#: The same with its giver after "from" ("refugees received blankets from the Red Cross").
RECEIVED_GOODS_FROM = replace(RECEIVED_GOODS, args=("from",), inverse=True)
#: Measures an order enacts when its content names them ("ordered the release of").
ORDERED_MEASURES = frozenset({"RETREAT", "CONCEDE", "SANCTION", "COERCE", "MOBILIZE", "AID"})


@dataclass
class Trigger:
    """A trigger found in a sentence: token span, entry, and what governs it."""

    i: int
    j: int
    entry: Entry
    type: str | None
    governed: str | None = None  # "absorb" or "negate", by which trigger word
    by: str = ""
    governor_at: int | None = None  # the governing word's token when it is no trigger ("denied")
    roles: Roles = field(default_factory=Roles)
    owner: Trigger | None = None  # the protest whose demand this is ("marched to demand ...")
    content: list[Trigger] = field(default_factory=list)  # triggers it governs ("threatened to cut")
    agent: Group | None = None  # "the sanctions that the EU imposed": who did it, by a relative clause
    granted_at: int | None = None  # "consented to a request to pardon": the granting verb's token
    parted_end: int | None = None  # "called on Thursday, during ..., for": after the particle an aside parted
    dated: bool = False  # "blamed Sunday's rocket attack on": an act named by its own day took place
    own_day: int | None = None  # "condemned on Wednesday the attack on Tuesday": the token of its own day
    speaker_pronoun: bool = False  # "saying they had ...": its pronoun subject was read as the speaker
    enacted: Trigger | None = None  # "ordered the release of": the act an order enacts, whose type it takes
    warned: list[ActorRef] | None = None  # "warned that aid would be cut": whom the measure warned of is aimed at
    passive_at: int | None = None  # "an offer was extended to X by Y": the participle of the passive it heads
    subject_noun: Trigger | None = None  # "a request ... was rebuffed": the event noun heading its passive's subject
    sufferer_at: int | None = None  # "spent a week in detention at the hands of X": the verb whose subject suffered it

    @property
    def after(self) -> int:
        """Where what the trigger governs starts: after its last word, or after the particle
        an aside parted from the verb."""
        return self.parted_end if self.parted_end is not None else self.j

    @property
    def happened(self) -> bool:
        """Whether the sentence says this act took place although a governing word precedes
        it: a relative clause names its doer, a request for it was granted, or it is named by
        its own day ("blamed Sunday's rocket attack on the militia")."""
        return self.agent is not None or self.granted_at is not None or self.dated


def _earlier_act(sentence: Sentence, groups: list[Group], k: int, end: int, entry: Entry) -> bool:
    """An event noun owned by a day before the report's ("yesterday's threats by X against Y"),
    or a participle on such a noun ("yesterday's Ethiopian ministry statement assailing the
    army"), whose doer the phrase names, among the noun's modifiers or after its "by": an act
    that party did on that day, which a verb governing it ("shrugged off", "rejected") names
    as done, not as its content. With no doer named ("rejected Wednesday's accusation") it
    names an act told before, if any."""
    toks = sentence.tokens
    head = k if entry.pos == "noun" else k - 1
    if entry.pos != "noun" and not toks[k].lower.endswith("ing") or not day_owned(sentence, head, earlier=True):
        return False
    by = entry.pos == "noun" and end < len(toks) and toks[end].lower == "by"
    return any(head - DAY_OWNED_MODIFIERS <= g.first and g.last <= head
               or by and end < g.first <= end + BY_AGENT_REACH for g in groups)


#: How many words after an act's trigger the day phrase of its own may end ("the reconciliation
#: accord struck in the southern city of Sabha on Saturday").
OWN_DAY_REACH = 8
#: Words that end an act's own phrase before a day could be its own ("attacked X, and on Monday").
OWN_DAY_BREAKS = frozenset({",", ";", ":", "and", "but", "or", "while", "as"})
#: Day words that date an act before the report's day ("on Sunday", "yesterday").
EARLIER_DAY_WORDS = DAY_WORDS - PRESENT_DAY_WORDS - {"overnight"}


def _own_earlier_day(sentence: Sentence, triggers: list[Trigger], n: int, lexicon: EventLexicon) -> int | None:
    """An act a reaction governs, told with a day of its own that differs from the reaction's
    ("condemned on Wednesday the attack on shoppers in X on Tuesday", "dismissed on Monday the
    threats made by Y on Sunday", "urged on Tuesday the release of the men rounded up on
    Sunday"): two days part the two acts, so the governed one took place on its day, and a
    follow-up report names it so. A noun counts under a verb of judging that takes its object
    as done (``factive_governors``; "proposed on Monday talks on Friday" names no act done);
    a past participle or relative clause verb ("the accord struck ... on Saturday", "the
    shipment that arrived on Thursday") tells the act as done under any governor. The token of
    that day, if so."""
    toks, trig = sentence.tokens, triggers[n]
    before = [t for t in triggers[:n] if t.j <= trig.i]
    if not before:
        return None
    if _act_named(sentence, trig):
        if not lexicon.in_class(before[-1].entry.key, "factive_governors"):
            return None
    elif _verb_form(toks[trig.i].lower) != "past" or trig.i == 0 \
            or not (toks[trig.i - 1].lower in RELATIVES or toks[trig.i - 1].text.isalpha()
                    and toks[trig.i - 1].lower not in BE_FORMS | HAVE_FINITE | PRONOUNS | {"to"}):
        return None
    for m in range(trig.j, min(len(toks), trig.j + OWN_DAY_REACH, *(t.i for t in triggers[n + 1:]))):
        if toks[m].lower in OWN_DAY_BREAKS or not sentence.same_clause(trig.i, m):
            return None
        if toks[m].lower in EARLIER_DAY_WORDS and (toks[m].lower == "yesterday" or toks[m - 1].lower == "on"):
            return m if any(t.lower in DAY_WORDS and t.lower != toks[m].lower for t in toks[:trig.i]) else None
    return None


def _own_day_date(sentence: Sentence, trig: Trigger, timexes: list[Timex], document: Document) -> EventDate | None:
    """The day of an act's own earlier day phrase (:func:`_own_earlier_day`), which dates it
    rather than the reaction's day nearer its trigger, when that phrase resolves to a day before
    the report's."""
    if trig.own_day is None:
        return None
    at = sentence.tokens[trig.own_day].start
    timex = next((t for t in timexes if t.start <= at < t.end and precision_of(t.value) == "day"), None)
    if timex is None or document.published is not None and timex.value >= document.published[:10]:
        return None
    return EventDate(value=timex.value, start=timex.value, end=timex.value, precision="day", basis="explicit")


def _act_named(sentence: Sentence, trig: Trigger) -> bool:
    """Whether the trigger names its act as a noun does: a noun or gerund reading, or a verb's
    base form after a determiner and its modifiers ("the cowardly terrorist attack on"), which
    no subject precedes."""
    toks = sentence.tokens
    if _noun_like(sentence, trig) or _nominal(sentence, trig):
        return True
    if _verb_form(toks[trig.i].lower) is not None:
        return False
    for m in range(trig.i - 1, max(-1, trig.i - 2 - DAY_OWNED_MODIFIERS), -1):
        if toks[m].lower in DETERMINERS or toks[m].text in {"'s", "'"}:
            return True
        if not toks[m].lower.isalpha() or toks[m].lower in PREPOSITIONS:
            return False
    return False


#: How many words a list of goods received may run on after its first item ("flour, blankets
#: and other winter supplies").
GOODS_LIST_WORDS = 8


def _received_goods(sentence: Sentence, triggers: list[Trigger], reader: PatternRoles, lexicon: EventLexicon,
                    trace: list[str] | None) -> list[Trigger]:
    """"Displaced Syrians received 30 truckloads of Turkish flour, blankets and heaters": relief
    goods (``relief_goods``) heading the object of a verb of receiving are aid received (the
    subject receives, the giver is named after "from" or by the goods' country word), though
    no word of giving names it. The goods word must end its noun phrase ("received medical
    treatment" names no goods); the first of a list stands for all of it."""
    toks = sentence.tokens
    taken = {n for t in triggers for n in range(t.i, t.j)}
    for k, tok in enumerate(toks):
        ends = k + 1 == len(toks) or not toks[k + 1].lower.isalpha() or toks[k + 1].lower in PREPOSITIONS \
            | DAY_WORDS | {"and", "or"}
        if k in taken or not ends or not lexicon.in_class(tok.lower, "relief_goods") \
                or reader.received_at(sentence, k) is None:
            continue
        stop = k + 1  # the rest of the list: "flour, blankets and other winter supplies"
        while stop < min(len(toks), k + 1 + GOODS_LIST_WORDS) and (toks[stop].text == "," or toks[stop].lower.isalpha()
                                                                  and not toks[stop].cap
                                                                  and toks[stop].lower not in PREPOSITIONS | DAY_WORDS):
            stop += 1
        _note(trace, f"{tok.text!r}: relief goods in the object of a verb of receiving: aid received")
        kept = [t for t in triggers if not (t.type == "AID" and k < t.i < stop)]
        entry = RECEIVED_GOODS_FROM if stop < len(toks) and toks[stop].lower == "from" else RECEIVED_GOODS
        return sorted([*kept, Trigger(k, k + 1, entry, entry.type)], key=lambda t: t.i)
    return triggers


def _goods_received(sentence: Sentence, triggers: list[Trigger], reader: PatternRoles,
                    trace: list[str] | None) -> list[Trigger]:
    """"Sri Lanka accepted relief supplies from Japan": a verb of receiving whose object is
    goods given (an AID trigger) is their receipt, which the goods' own trigger codes (the
    giver after "from", the subject receiving), not an act of its own (no AGREE)."""
    verbs = {reader.received_at(sentence, t.i) for t in triggers if t.type == "AID"} - {None}
    kept = [t for t in triggers if t.i not in verbs or t.type == "AID"]
    for t in triggers:
        if t not in kept:
            _note(trace, f"{sentence.span_text(t.i, t.j)!r}: receives the goods after it, coded by their trigger")
    return kept


#: How many words may part an aid carrier from the attack that strikes it ("an attack on a
#: UN aid convoy", "an aid convoy was reportedly shelled").
CARRIER_STRIKE_WORDS = 3
#: The prepositions after an attack noun before what it strikes ("the raid on", "fire at").
STRIKE_PREPS = frozenset({"on", "against", "at", "upon"})
#: Word classes of craft and arms a role word may modify ("attack helicopters", "assault rifles").
WEAPON_HEAD_CLASSES = ("vehicles", "arms", "granted_arms", "weapons")
#: Classes of what a role word names in a compound of no event type in the lexicon ("attack
#: craft", "strike aircraft", "assault @task_units"): such a word is a role word.
ROLE_HEAD_CLASSES = (*WEAPON_HEAD_CLASSES, "task_units", "vessels")
#: Words right before a verb that make it one: an infinitive's "to", modals, adverbs of habit.
VERB_LEADS = frozenset({"to", "will", "would", "could", "can", "may", "might", "must", "shall", "should",
                        "cannot", "often", "regularly", "routinely", "repeatedly", "frequently", "usually",
                        "sometimes", "also", "then", "never", "not"})


def _struck_carriers(sentence: Sentence, triggers: list[Trigger], lexicon: EventLexicon,
                     trace: list[str] | None) -> list[Trigger]:
    """"the militia's attack on an aid convoy", "a UN aid convoy came under fire": an aid
    convoy, ship or truck an attack strikes is its target, no aid given in that clause (the
    object of a verb is dropped as its content already: "sent an aid convoy")."""
    toks = sentence.tokens
    carriers = lexicon.classes.get("vehicles", frozenset()) | lexicon.classes.get("flotillas", frozenset())

    def struck(t: Trigger) -> bool:
        if t.type != "AID" or t.entry.pos != "noun" or toks[t.j - 1].lower not in carriers:
            return False
        for s in triggers:
            if s.type not in ("ASSAULT", "COERCE"):
                continue
            if s.j <= t.i <= s.j + CARRIER_STRIKE_WORDS:  # "the attack on an aid convoy"
                if toks[s.j].lower in STRIKE_PREPS and "," not in sentence.words(s.j, t.i):
                    return True
            elif t.j <= s.i <= t.j + CARRIER_STRIKE_WORDS:  # "an aid convoy was shelled", "came under fire"
                if all(w in BE_WORDS or w.endswith("ly") for w in sentence.words(t.j, s.i)):
                    return True
        return False

    kept = [t for t in triggers if not struck(t)]
    for t in triggers:
        if t not in kept:
            _note(trace, f"{sentence.span_text(t.i, t.j)!r}: an aid carrier an attack strikes, no aid given")
    return kept


def _with_agents(sentence: Sentence, groups: list[Group], triggers: list[Trigger], reader: PatternRoles,
                 trace: list[str] | None) -> list[Trigger]:
    """"claims by Baku of shots fired by Armenian troops" is an accusation, "claims that" or "false
    claims about" no act of anyone: a noun that is an event only with its "by" agent is dropped
    without one before it can govern, so what it names is coded (or not) as if it were absent.
    One owned by its day that opens the sentence ("Yesterday's march in Bejaia drew crowds") names
    the happening the sentence is about, whoever did it; further on ("adding to Saturday's claims
    that ...") it may be the background a content clause is told in. A protest owned by a party
    ("the coordination's march in Tataouine") has its marchers named, unless that party is armed
    ("the army's march on the capital" is no protest) or a name ("Nigeria's march towards elections"
    is a figure of speech)."""
    armed = reader.classes.get("forces", frozenset()) | reader.classes.get("irregulars", frozenset()) \
        | reader.classes.get("armed", frozenset())

    def party_owned(t: Trigger) -> bool:
        owner = possessive_owner(sentence, t.i)
        return t.type == "PROTEST" and owner is not None and owner.islower() and owner not in armed \
            and not day_owned(sentence, t.i)

    kept = [t for t in triggers if not t.entry.needs_agent or reader.by_agent(sentence, groups, t.j) is not None
            or day_owned(sentence, t.i) and sentence.clause_start(t.i) == 0 and "," not in sentence.words(0, t.i)
            or party_owned(t) or _party_modified(sentence, groups, t)]
    for t in triggers:
        if t not in kept:
            _note(trace, f"{sentence.span_text(t.i, t.j)!r}: {t.entry.key!r} is an event only with its 'by' agent")
        elif t.entry.needs_agent and t.agent is None and _party_modified(sentence, groups, t):
            t.agent = next(g for g in groups if g.last == t.i)
    return kept


def _party_modified(sentence: Sentence, groups: list[Group], noun: Trigger) -> bool:
    """"after a settler rampage yesterday": a party named by the word right before the noun,
    after its article, is who did it, as a "by" agent is ("a rampage by settlers")."""
    toks = sentence.tokens
    group = next((g for g in groups if g.last == noun.i), None)
    return group is not None and noun.entry.pos == "noun" and group.first > 0 \
        and toks[group.first - 1].lower in INDEFINITES | {"the"}


#: The phrase that names the doer of a harm suffered ("spent a week in detention at the hands of").
HANDS_OF = ("at", "the", "hands", "of")
#: Words between a harm and its "at the hands of" ("in detention at the hands of").
HANDS_REACH = 3


def _at_the_hands_of(sentence: Sentence, groups: list[Group], triggers: list[Trigger],
                     trace: list[str] | None) -> None:
    """"Two journalists spent a week in detention at the hands of Rwandan security agents": the
    party after "at the hands of" did the harm (an attack or a coercion) named just before it,
    to the subject of the clause's verb, who suffered it."""
    toks, tense = sentence.tokens, load_time_lexicon().tense
    for h in range(1, len(toks) - len(HANDS_OF)):
        if not sentence.match(h, HANDS_OF):
            continue
        after = h + len(HANDS_OF)
        agent = next((g for g in groups if g.first == after or g.first == after + 1 and toks[after].lower == "the"),
                     None)
        harm = next((t for t in reversed(triggers) if t.j <= h and h - t.j <= HANDS_REACH
                     and sentence.same_clause(t.i, h) and t.type in TOLLED_TYPES and t.agent is None), None)
        if agent is None or harm is None:
            continue
        harm.agent = agent
        verb = next((m for m in range(harm.i - 1, sentence.clause_start(harm.i) - 1, -1)
                     if is_past_form(toks[m].lower, tense) or _verb_form(toks[m].lower) == "past"), None)
        harm.sufferer_at = verb
        _note(trace, f"{sentence.span_text(harm.i, harm.j)!r}: done 'at the hands of' {agent.refs[0].text!r}")


def _read_roles(sentence: Sentence, groups: list[Group], trig: Trigger, reader: PatternRoles) -> Roles:
    """The trigger's roles. An inverse entry whose other party stands after a preposition
    ("Syria received a show of support from Russia") has no object to swap with its subject:
    it is read as the act done by its subject, then the sides are swapped, so the party after
    the preposition gives and the subject receives (with none there, the subject only undergoes it)."""
    entry = trig.entry
    if not (entry.inverse and entry.preps and not entry.takes_object):
        return reader.roles(sentence, groups, trig.i, trig.after, entry)
    roles = reader.roles(sentence, groups, trig.i, trig.after, replace(entry, inverse=False))
    roles.actors, roles.recipients = roles.recipients, roles.actors
    roles.how.append("inverse: the party after its preposition acts, the subject receives" if roles.actors
                     else "inverse with no party after its preposition: the subject undergoes the act")
    return roles


SINCE_ONSET_REACH = 8  # words of a "since" clause that tells when a state set in ("since the boycott of X began")
PASSIVE_KEY_SUBJECT = 5  # words from a key's noun to the "be" of its passive ("a request for extradition was")
PASSIVE_KEY_REACH = 15  # words from a passive key's participle to a late "by" ("moved at dawn to the area of X by")
INCLUSION_REACH = 8  # words of an inclusion set off by commas in a subject ("reinforcements, including tanks, were")


def _passive_keys(sentence: Sentence, groups: list[Group], triggers: list[Trigger], lexicon: EventLexicon,
                  reader: PatternRoles, trace: list[str] | None) -> list[Trigger]:
    """"A formal request for extradition was lodged by Turkey": the passive of a "verb * noun"
    key ("lodge * @requests") has the noun in its subject and the verb's participle after "be";
    the noun is then that key's act (its type, not the bare noun's: a protest lodged is a
    complaint, no rally), done by the agent after "by"."""
    toks = sentence.tokens
    out = list(triggers)
    for k in range(2, len(toks)):
        be = k - 1
        while be > 0 and (toks[be].lower.endswith("ly") or toks[be].lower in PASSIVE_ADVERBS):
            be -= 1  # "was formally lodged", "was again rebuffed"
        covering = [t for t in out if t.i <= k < t.j]
        if toks[be].lower not in BE_WORDS or _verb_form(toks[k].lower) != "past" \
                or any(not _bare_verb(t, k) for t in covering):
            continue
        particle = toks[k + 1].lower if k + 1 < len(toks) and toks[k + 1].lower in PARTICLES else None
        after = k + 1 if particle is None else k + 2  # "were struck down by the ministry"
        by = by_after_phrase(sentence, after)  # "were imposed on the bank by the Treasury"
        agent = reader.by_agent(sentence, groups, after - 1 if by is None else by)
        if agent is None and (late := _late_by(sentence, after - 1)) is not None:
            agent = reader.by_agent(sentence, groups, late) or _named_after_comma(sentence, groups, late)
        found = _key_noun(sentence, be, lexicon.candidates(toks[k].lower), lexicon, particle)
        if found is not None and (agent is None or not agent.refs):
            n, entry = found
            named = next((t for t in out if t.i <= n < t.j and t.type and t.type != entry.type), None)
            if named is not None:
                # "the travel ban on Qatari citizens would be scrapped": the ban is what is
                # scrapped, no sanction of the day; the key's act, by whoever does it
                if not entry.args:  # whom the measure was laid on ("the ban on X"): the noun's own parties
                    entry = replace(entry, args=tuple(a for a in named.entry.args if a != "obj"))
                out = _noun_act(out, n, entry, None, covering)
                _note(trace, f"{toks[n].text!r}: the subject of the passive {toks[k].text!r} of {entry.key!r}, "
                             "its doer unnamed")
            continue
        if found is None:
            if agent is not None and agent.refs and not covering \
                    and toks[k].lower not in lexicon.cues.reporting_forms:  # type: ignore[union-attr]
                out = _passive_noun_doer(sentence, out, be, k, agent, trace)
            continue
        n, entry = found
        # a bare verb trigger stays where its modality is read ("will be moved"), with the key's act
        out = _noun_act(out, n, entry, agent, covering, passive_at=k)
        _note(trace, f"{toks[n].text!r}: the subject of the passive {toks[k].text!r} of {entry.key!r}, "
                     f"done by {agent.refs[0].text!r}")
    return out


def _passive_noun_doer(sentence: Sentence, triggers: list[Trigger], be: int, k: int, agent: Group,
                       trace: list[str] | None) -> list[Trigger]:
    """"An offer of mediation was extended to Sudan's council by Abiy", "The attack was carried
    out by X": an event noun heading the subject of a passive whose verb names no act of its own
    (no trigger, no report) was done by the passive's "by" agent; the parties after the
    participle (its "to" phrase) are then read as the noun's own."""
    toks = sentence.tokens
    noun = _subject_head_noun(sentence, triggers, be)
    if noun is None or not noun.type or noun.agent is not None:
        return triggers
    noun.agent, noun.passive_at = agent, k
    _note(trace, f"{sentence.span_text(noun.i, noun.j)!r}: heads the subject of the passive {toks[k].text!r}, "
                 f"done by {agent.refs[0].text!r}")
    return triggers


def _subject_head_noun(sentence: Sentence, triggers: list[Trigger], be: int) -> Trigger | None:
    """The noun trigger heading the subject of the passive whose "be" is at ``be`` ("An offer
    of mediation was", "A Greek request for the marbles was"): in the subject, with no
    preposition before it there ("a proposal for a ceasefire was" is headed by no trigger)."""
    subject = sorted(_subject_back(sentence, be))
    toks = sentence.tokens
    for t in triggers:
        if t.entry.pos == "noun" and any(t.i <= n < t.j for n in subject):
            if any(toks[n].lower in PREPOSITIONS for n in subject if n < t.i):
                return None
            return t
    return None


def _subject_phrase_party(sentence: Sentence, groups: list[Group], trig: Trigger, entry: Entry) -> Group | None:
    """The party in a phrase of the entry's own prepositions inside the subject of its passive
    ("Budget support to Malawi was suspended", "Sanctions on Pyongyang were tightened"): whom
    the act is done to, as after the active verb ("suspended budget support to Malawi")."""
    be = _passive_be(sentence, trig.i)
    if be is None:
        return None
    toks = sentence.tokens
    for n in _subject_back(sentence, be):
        if toks[n].lower in entry.preps:
            return next((g for g in groups if g.first == n + 1 or g.first == n + 2 and toks[n + 1].lower == "the"),
                        None)
    return None


def _passive_be(sentence: Sentence, k: int) -> int | None:
    """The "be" of a passive whose participle is at ``k`` ("was rebuffed", "was again
    rebuffed", "were formally established"); None when no "be" stands right before it."""
    toks = sentence.tokens
    be = k - 1
    while be > 0 and (toks[be].lower.endswith("ly") or toks[be].lower in PASSIVE_ADVERBS):
        be -= 1
    return be if be >= 0 and toks[be].lower in BE_WORDS and _verb_form(toks[k].lower) == "past" else None


def _noun_act(triggers: list[Trigger], n: int, entry: Entry, agent: Group | None,
              verbs: list[Trigger] | None = None, passive_at: int | None = None) -> list[Trigger]:
    """The triggers with the noun at ``n`` made the act of ``entry`` done by ``agent``: the
    passive and dated-participle readings both move a key's act onto its noun. Given ``verbs``
    (the bare verb triggers of a passive), the first keeps its place and takes the act instead."""
    act = replace(verbs[0], entry=entry, type=entry.type, agent=agent) if verbs \
        else Trigger(n, n + 1, replace(entry, pos="noun"), entry.type, agent=agent, passive_at=passive_at)
    return sorted([t for t in triggers if not t.i <= n < t.j and t not in (verbs or [])] + [act],
                  key=lambda t: t.i)


def _bare_verb(trig: Trigger, k: int) -> bool:
    """Whether ``trig`` is the one-word verb entry of the participle at ``k`` ("move"), which a
    "verb * noun" key on the passive's subject ("reinforcements were moved") reads more narrowly."""
    return trig.i == k and trig.j == k + 1 and trig.entry.pos == "verb" and " " not in trig.entry.key


def _late_by(sentence: Sentence, k: int) -> int | None:
    """The "by" that follows the passive participle at ``k`` after several phrases of place and
    time ("were moved this morning to the area of the bridge on the river by the command"):
    within a few words, no comma, link or other "be" between."""
    toks = sentence.tokens
    for m in range(k + 1, min(k + PASSIVE_KEY_REACH, len(toks))):
        if toks[m].lower == "by":
            return m
        if toks[m].text == "," and toks[m - 1].text.isdigit() and m + 1 < len(toks) and toks[m + 1].text.isdigit():
            continue  # the thousands of a number ("from 1,500 kilometres away by")
        if not sentence.same_clause(k, m) or toks[m].lower in CLAUSE_LINKS or toks[m].lower in BE_WORDS:
            return None
    return None


def _named_after_comma(sentence: Sentence, groups: list[Group], by: int) -> Group | None:
    """The parties an agent's common noun names after a comma ("by the two premiers, X and Y"):
    the group opening right after the comma that closes a few uncapitalised words."""
    toks = sentence.tokens
    comma = next((m for m in range(by + 1, min(by + PASSIVE_KEY_SUBJECT, len(toks))) if toks[m].text == ","), None)
    if comma is None or not all(t.lower.isalnum() and not t.cap for t in toks[by + 1:comma]):
        return None
    return next((g for g in groups if g.first == comma + 1), None)


def _dated_pair_keys(sentence: Sentence, groups: list[Group], triggers: list[Trigger], lexicon: EventLexicon,
                     reader: PatternRoles, trace: list[str] | None) -> list[Trigger]:
    """"The contract concluded yesterday between STEG and Sonatrach prolongs ...": the past
    participle of a "verb * noun" key ("conclude * @accords") on the key's noun, with a day of
    its own and "between" the parties, or a "by" agent when the noun heads its clause ("an accord
    sealed this morning by X and Y opens ..."), names the act itself, told as done on that day
    by the parties, though the sentence's verb says what the accord does. The noun is then that
    key's act, as in :func:`_passive_keys`."""
    toks = sentence.tokens
    out = list(triggers)
    for k in range(1, len(toks) - 2):
        between = past_day(sentence, k + 1)
        if between == k + 1 or between >= len(toks) or toks[between].lower not in {"between", "by"} \
                or _verb_form(toks[k].lower) != "past" or toks[k - 1].lower in BE_WORDS \
                or any(t.i <= k < t.j for t in out):
            continue
        pair = _between_pair(sentence, groups, between) if toks[between].lower == "between" \
            else reader.by_agent(sentence, groups, between)
        found = _key_noun(sentence, k, lexicon.candidates(toks[k].lower), lexicon)
        if pair is None or found is None:
            continue
        n, entry = found
        if toks[between].lower == "by" and any(t.lower in PREPOSITIONS or _verb_form(t.lower)
                                               for t in toks[sentence.clause_start(n):n]):
            continue  # "will reopen under an accord sealed by X": an accord the news only cites
        out = _noun_act(out, n, entry, pair)
        _note(trace, f"{toks[n].text!r}: {toks[k].text!r} on a day of its own {toks[between].lower} "
                     f"{', '.join(r.text for r in pair.refs)}: the act of {entry.key!r}")
    return out


def _between_pair(sentence: Sentence, groups: list[Group], between: int) -> Group | None:
    """The parties after "between" at ``between`` ("between STEG and Sonatrach"): the group
    whose names, and those of parties the sentence does not resolve, follow it directly."""
    toks = sentence.tokens
    group = next((g for g in groups if g.first > between), None)
    if group is None or not all(t.cap or t.lower in {"and", "the"} for t in toks[between + 1:group.first]):
        return None
    return group


def _key_noun(sentence: Sentence, be: int, patterns: list[Pattern], lexicon: EventLexicon,
              particle: str | None = None) -> tuple[int, Entry] | None:
    """The noun of a "verb * noun" pattern among ``patterns`` in the subject before the "be"
    at ``be`` (a few words back, its own phrase between: "a request for extradition was"),
    and the pattern's entry; with ``particle``, the word after the participle, also of a
    "verb particle * noun" pattern of that particle ("licences were struck down": "strike
    down * @permits")."""
    keys = [p for p in patterns if p.entry.pos == "verb" and p.entry.type and p.rest[-2:-1] == (GAP,)
            and (len(p.rest) == 2 or len(p.rest) == 3 and p.rest[0] == particle)]
    toks = sentence.tokens
    for n in _subject_back(sentence, be):
        word = toks[n].lower
        for p in keys:
            noun = p.rest[-1]
            if word == noun or noun.startswith(CLASS) and lexicon.in_class(word, noun[len(CLASS):]):
                return n, p.entry
    return None


def _subject_back(sentence: Sentence, be: int) -> Iterator[int]:
    """The words of the subject before the "be" at ``be``, nearest first, at most
    PASSIVE_KEY_SUBJECT of them besides up to SUBJECT_PHRASES prepositional phrases on its
    head, each counting as none ("accounts of 3 Beirut-based trading firms were", "diplomatic
    ties with the Himalayan kingdom of Bhutan were", "a request for the restitution of the
    marbles was"). Auxiliaries before the "be" are passed over ("is being", "would be",
    "has been"). A list's comma ("memoranda on transport, trade and power were") and an
    inclusion set off by commas ("reinforcements, including tanks and guns, were") lie inside
    the subject, and a list's members count as one word; any other comma ends it."""
    toks = sentence.tokens
    while be > 0 and toks[be - 1].lower in BE_WORDS | HAVE_FINITE | FINITE_AUXILIARIES | PASSIVE_ADVERBS \
            and sentence.same_clause(be - 1, be):
        be -= 1
    preps = [m for m in range(be - 1, max(0, be - PASSIVE_SUBJECT_SPAN), -1)
             if toks[m].lower in SUBJECT_PHRASE_PREPOSITIONS and sentence.same_clause(m, be)
             and not any(t.text in {",", ";", ":"} for t in toks[m:be])][:SUBJECT_PHRASES]
    phrase = min(preps, default=be)  # the words from the head's first phrase on count as none
    n, end, words, linked = be - 1, be, 0, 0  # linked: the words counted before the list's "and"
    while n >= 0 and words < PASSIVE_KEY_SUBJECT and be - n <= PASSIVE_SUBJECT_SPAN and sentence.same_clause(n, be):
        if toks[n].text == ",":
            opening = next((m for m in range(n - 1, max(-1, n - INCLUSION_REACH), -1) if toks[m].text == ","
                            and any(sentence.match(m + 1, phrase) for phrase in INCLUSIONS)), None)
            if opening is not None and n == end - 1:
                n, end = opening - 1, opening
                continue
            if not any(toks[m].lower in {"and", "or"} for m in range(n + 1, end)):
                return
            n, words = n - 1, linked
            continue
        if toks[n].lower in {"and", "or"}:
            linked = words
        yield n
        words += n < phrase
        n -= 1


#: Prepositional phrases on the head of a passive's subject passed over when its key noun is
#: sought ("a request for the restitution of the marbles was").
SUBJECT_PHRASES = 2
SUBJECT_PHRASE_PREPOSITIONS = frozenset({"of", "for", "on", "with", "to", "from", "against", "between", "over",
                                         "about", "into", "in", "at"})
#: The most words from a passive's "be" back to its subject's key noun.
PASSIVE_SUBJECT_SPAN = 16
#: Adverbs between a passive's "be" and its participle ("was again rebuffed", "were formally
#: established"), besides any in "-ly".
PASSIVE_ADVERBS = ADVERB_GAP - {"said", "reported", "believed", "all", "both"} \
    | frozenset({"again", "already", "now", "just", "once", "first", "still", "since", "jointly", "finally"})


def _event_date(event: Event, sentence: Span, following: list[Sentence], timexes: list[Timex],
                document: Document) -> EventDate:
    """The event's date from its sentence, made finer by the next sentence (if any) when
    that one only gives the day ("... this year. The troops left on Tuesday."); a statement
    takes no day of a relative clause there (see :func:`refine_from_next`)."""
    date = date_for_event(event.trigger, sentence, timexes, document)
    for nxt in following:
        date = refine_from_next(date, Span(nxt.start, nxt.end), timexes, document,
                                statement=event.type in STATEMENT_TYPES)
    return date


class EventCoder:
    """Codes the events of documents; built once per worker (lexicon and KB load here)."""

    def __init__(self, lexicon: EventLexicon | None = None, kb: KnowledgeBase | None = None):
        self.lexicon = lexicon or load_lexicon()
        self.kb = kb or load_kb()
        self._place_words: frozenset[str] | None = None  # see _place_holding
        self._places: list[Mention] = []  # place mentions of the sentence being coded
        self._timexes: list[Timex] = []  # the time expressions of the document being coded
        self._dominant: str | None = None  # the country the document is about, if one
        self._antecedents: list[ActorRef] = []  # the previous sentence's parties, actors first
        self._acting: list[ActorRef] = []  # the persons who acted in the previous sentence
        self._ships = Vessels(self.lexicon.classes.get(VESSEL_CLASS, frozenset()), None)  # the document's, in code()
        self._trigger_of: dict[int, Trigger] = {}  # the trigger of each event coded, by the event's id
        # where a merge dropped a place read as a party ("Doha sent aid ..., an air bridge ordered by the
        # Amir"), by the event's id: still a participant's name, never the scene
        self._set_aside: dict[int, list[Span]] = {}
        # nouns whose "that" opens their content, no relative ("reports that", "the claim that")
        self._content_nouns = self.lexicon.classes.get("assertions", frozenset()) \
            | self.lexicon.classes.get("publications", frozenset())
        # "under", "in line with": the words before a document that frames an act
        self._framing = tuple(tuple(p.split()) for p in self.lexicon.classes.get("framing", frozenset()))

    def code(self, document: Document, mentions: Iterable[Mention], timexes: list[Timex],
             trace: list[str] | None = None) -> list[Event]:
        """Events of ``document``; ``trace``, if given, collects why each rule fired."""
        mentions = list(mentions)
        actors = [m.actor for m in mentions if m.actor is not None and m.actor.start is not None]
        # a country in the dateline ("KIRKUK, Iraq (AFP) -") is where the story was filed: no party
        actors += [_state_of(m) for m in mentions if m.place is not None and m.place.feature == "country"
                   and not in_dateline(document.text, m.place.start, m.place.end)
                   and not any(a.start < m.end and m.start < a.end for a in actors)]  # type: ignore[operator]
        places: list[Mention | object] = [m for m in mentions if m.place is not None]
        self._dominant = _dominant_country(mentions)
        self._timexes = timexes
        self._antecedents = []
        self._acting = []
        self._trigger_of = {}
        self._set_aside = {}
        self._told_after: list[tuple[Event, str]] = []
        events: list[Event] = []
        seen: list[tuple[int, set[int | None]]] = []  # each event's sentence and its places
        split = list(sentences(document))
        ships = self._ships = Vessels(self.lexicon.classes.get(VESSEL_CLASS, frozenset()),
                                      lambda s, e: self._resolve(document, s, e))
        named_ships = list({ship.actor_id: ship for sentence in split
                            for ship in ships.named(sentence) + _boarded_ships(sentence, ships)}.values())
        for k, sentence in enumerate(split):
            refs = [self._subject_pronoun(sentence, self._with_nationality(document, sentence, a), trace)
                    for a in actors if sentence.start <= (a.start or 0) and (a.end or 0) <= sentence.end]
            self._places = [m for m in mentions if m.place is not None and m.place.country
                            and sentence.start <= m.start and m.end <= sentence.end]
            coded = self._sentence(document, sentence, refs, trace)
            places_here = {m.place.geonameid for m in self._places if m.place is not None}
            scene = next((e for e, (n, _) in zip(events, seen) if n == k - 1 and e.location is not None), None)
            for event in coded:
                event.recipients = [ships.antecedent(sentence, r, named_ships) for r in event.recipients]
                span = Span(sentence.start, sentence.end, sentence.text)
                following = [n for n in split[k + 1:k + 2] if not self._sequenced_after(n)]
                charge = _charge_span(sentence, self._trigger_of[id(event)]) if event.type == "ACCUSE" else None
                trig = self._trigger_of[id(event)]
                event.date = _own_day_date(sentence, trig, timexes, document) or _event_date(event, span, following, [
                    t for t in timexes if charge is None or not charge[0] <= t.start < charge[1]], document)
                background = k and self._background_tense(sentence, trig) \
                    or self._history(sentence, trig, document.published)
                if background:  # "Turkey has hosted Hamas officials for years": many acts, no one of the day
                    _note(trace, f"{event.trigger.text!r}: {background}: background, not coded")
                    continue
                event.location = self._struck_subject(event) or location_for_event(
                    event.trigger, span, self._before_interval(sentence, trig, places),  # type: ignore[arg-type]
                    document,
                    participants=_participant_spans(event) + self._set_aside.get(id(event), []))
                if event.location is None and not places_here and scene is not None \
                        and not _other_days(event.date, scene.date) \
                        and not _off_news_day(event.date, scene.date, _news_day(events, document)):
                    event.location = scene.location  # "Soldiers also fired tear gas at residents": the scene goes on
                    _note(trace, f"{event.trigger.text!r}: no place in its sentence; the previous sentence's scene")
                if event.location is not None and event.location.country \
                        and not _foreign_scene(event.location, mentions, document, sentence.start):
                    self._place_domestic_parties(event, event.location)
                elif event.location is None or not event.location.country:
                    self._held_at_home(event)  # no place of one country ("licences in the Arctic"): at home
                    self._place_domestic_parties(event, self._sentence_scene(mentions, document, sentence.start))
                event.recipients = [_unfounded_place(r, mentions, document, sentence.start, trace)
                                    for r in event.recipients]
                _placed_as_before(event, [e for e, (n, _) in zip(events, seen) if n == k])
                if _fold_toll(events, seen, event, k, places_here, trace):
                    continue
                event.event_id = f"{document.doc_id}:e{len(events) + 1}"
                events.append(event)
                seen.append((k, places_here))
            self._antecedents = [a for e in coded for a in e.actors] + refs  # for "it", "they" next
            self._acting = [a for e in coded for a in e.actors if a.type == "person"]  # for "He" next
        return events

    def _subject_pronoun(self, sentence: Sentence, ref: ActorRef, trace: list[str] | None) -> ActorRef:
        """"Egypt's foreign minister spoke to Blinken. He said ...": a "he" or "she" that opens
        a sentence continues its topic, the person who acted in the previous one, not the last
        person named there (the actor mention module's reading, which the object wins)."""
        if ref.text.lower() not in {"he", "she"} or ref.start != sentence.start \
                or not (ref.reason or "").startswith("coreference:"):
            return ref
        person = next((a for a in self._acting if a.actor_id or a.name), None)
        if person is None or (person.actor_id == ref.actor_id and person.name == ref.name):
            return ref
        _note(trace, f"{ref.text!r} opens the sentence: {person.text!r}, who acted in the previous one")
        return replace(person, text=ref.text, start=ref.start, end=ref.end,
                       reason=f"coreference: {ref.text!r} refers back to {person.name or person.text}, "
                              "the previous sentence's acting person")

    # ----- one sentence

    def _sentence(self, document: Document, sentence: Sentence, refs: list[ActorRef],
                  trace: list[str] | None) -> list[Event]:
        refs = refs + self._coordinated_demonyms(document, sentence, refs, trace)
        groups = actor_groups(sentence, refs)
        cues_ = self.lexicon.cues
        assert cues_ is not None
        reader = PatternRoles(lambda s, e: self._resolve(document, s, e), cues_.reporting_forms,
                              self.lexicon.participants, self.lexicon.classes.get("weapons", frozenset()),
                              self.lexicon.own_means_types, self.lexicon.classes, self.lexicon.participant_heads)
        triggers = _dated_pair_keys(sentence, groups, self._triggers(sentence, groups), self.lexicon, reader, trace)
        triggers = _received_goods(sentence, triggers, reader, self.lexicon, trace)
        triggers = _struck_carriers(sentence, _goods_received(sentence, triggers, reader, trace), self.lexicon, trace)
        triggers = _with_agents(sentence, groups, triggers, reader, trace)
        # "memoranda were sealed by X": a key's passive may be the sentence's only act
        triggers = _passive_keys(sentence, groups, triggers, self.lexicon, reader, trace)
        if not triggers:
            return []
        _at_the_hands_of(sentence, groups, triggers, trace)
        self._govern(sentence, groups, triggers, reader)
        cues = [c for c in find_cues(sentence, groups, self.lexicon.cues)  # type: ignore[arg-type]
                if not self._cited_reason(sentence, c, trace)]
        closing = comment_clause(sentence, cues)  # the comma of a closing ", the board in Tallinn disclosed"
        size = size_of(sentence, self.lexicon)
        # "four wanted men were taken into custody": an arrest trigger counts its own detainees
        arrests = size_of(sentence, self.lexicon, arrests={t.i for t in triggers if t.entry.mode == "arrest"})
        out: list[Event] = []
        anchors: list[Event] = []
        elsewhere: list[Event] = []  # anchors told as another event dating the news ("a day after X struck")
        purposes: dict[int, list[ActorRef]] = {}  # protest trigger -> whom its demand targets
        by_trigger: list[tuple[Trigger, Event]] = []
        ascribed: dict[int, list[ActorRef]] = {}  # main verb -> the parties its subject's act is ascribed to
        toks = sentence.tokens
        for trig in triggers:
            word = sentence.span_text(trig.i, trig.j)
            if trig.governed == "absorb":
                if trig.owner is not None:
                    targets = reader.roles(sentence, groups, trig.i, trig.j, trig.entry).recipients
                    if not targets:  # "demanding the resignation of the government"
                        scope = self._interval_cut(sentence, trig.j, _scope(sentence, groups, trig.j))
                        inner = next((g for g in groups if trig.j <= g.first < scope
                                      and not self._framework_author(sentence, g)), None)
                        targets = list(inner.refs) if inner else []
                    purposes.setdefault(id(trig.owner), targets)
                    _note(trace, f"{word!r}: the demand of the protest {trig.by!r}, not an event")
                    continue
                _note(trace, f"{word!r}: content of {trig.by!r}, not an event")
                continue
            if self._force_modifier(sentence, groups, trig):
                _note(trace, f"{word!r}: describes the force named before it ('commanders of the forces "
                             "fighting X'): background")
                continue
            if _visitor_epithet(sentence, trig, triggers):
                _note(trace, f"{word!r}: describes a party of another act ('attended by the visiting delegation'): "
                             "background, not a visit told as news")
                continue
            described = _relative_on_content(sentence, trig, triggers)
            if described is not None:
                _note(trace, f"{word!r}: a relative clause on the object of {described.by!r} "
                             f"('{sentence.span_text(described.i, described.j)} of ... who'): background")
                continue
            setting = _setting_of_news(sentence, trig, triggers)
            if setting is not None:
                _note(trace, f"{word!r}: {setting}, not coded")
                continue
            if trig.type is None and not trig.entry.joint:  # "jointly patrolling": an event only together
                _note(trace, f"{word!r}: {trig.entry.key!r} is an event only with a hostile complement")
                continue
            if trig.type in self.lexicon.verbal_types and trig.entry.pos == "verb" and trig.j < len(sentence.tokens) \
                    and (sentence.tokens[trig.j].lower == "by" and _participle_aside(sentence, trig.i) is not None
                         or _resumed_aside(sentence, trig)):
                _note(trace, f"{word!r}: an aside describing the subject ('X, shunned by its neighbours, said', "
                             "'X, criticised for its slow response, deployed'): background, not the news")
                continue
            main = _subject_participle_verb(sentence, trig.i) if trig.type == "ACCUSE" \
                and (self.lexicon.in_class(toks[trig.i].lower, "ascribing_on")
                     or self.lexicon.in_class(toks[trig.i].lower, "ascribing_to")) else None
            if main is not None:
                doers = [r for g in groups if trig.j < g.first < main for r in g.refs]
                if doers:
                    ascribed[main] = doers
                _note(trace, f"{word!r}: the subject's act ascribed to a party ('a salvo blamed on the rebels "
                             "struck'): who did it, no accusation of its own")
                continue
            acted_on = _object_of_act(sentence, triggers, trig) if trig.type == "AID" \
                and self.lexicon.in_class(toks[trig.j - 1].lower, "vehicles") else None
            if acted_on is not None:
                _note(trace, f"{word!r}: what {toks[acted_on].text!r} acts on ('stopped a humanitarian convoy'), "
                             "no aid of its own")
                continue
            if _idiom(sentence, trig):
                _note(trace, f"{word!r}: 'be met with' is a reaction, not a meeting")
                continue
            if self._tally(sentence, trig):
                _note(trace, f"{word!r}: a tally of many events over a period, not one event")
                continue
            if any(c.speaker_span[0] <= trig.i < c.speaker_span[1] and (trig.entry.pos == "noun" or closing is not None
                                                                        and closing < c.speaker_span[0] and not any(
                    t.lower in RELATIVE_OPENERS for t in sentence.tokens[c.speaker_span[0]:trig.i])) for c in cues):
                # a verb too in a closing comment's speaker, unless a relative clause holds it ("officials
                # who visited the site said")
                _note(trace, f"{word!r}: names the speaker of a report ('the final statement of a summit said', "
                             "'the border guard board in Tallinn disclosed'), not an event")
                continue
            if self._source_description(sentence, trig):
                _note(trace, f"{word!r}: tells who the closing source is ('a mediator involved in the talks "
                             "said'), not an event")
                continue
            if _generic_participle(sentence, trig):
                _note(trace, f"{word!r}: describes 'any' or 'every' such thing under a vow or a condition "
                             "('would pay for every missile fired at'): no act that took place")
                continue
            if _counterfactual_relative(sentence, trig):
                _note(trace, f"{word!r}: in a relative clause in 'would have' ('a resolution that would have "
                             "condemned'): what did not happen, no event")
                continue
            if trig.entry.addressee_subject and _epistemic(sentence, trig):
                _note(trace, f"{word!r}: 'must be/have' says what is likely, not a demand")
                continue
            judged = self._judged_clause(sentence, triggers, sentence.clause_start(trig.i))
            standing = _standing_condition(sentence, trig) or (None if judged else _characterising(sentence, trig)) \
                or _standing_pressure(sentence, trig, self.lexicon) or self._topic(sentence, trig, triggers) \
                or _accord_term(sentence, trig, self.lexicon) or _held_demand(sentence, trig, self.lexicon) \
                or _cited_accord(sentence, trig, self.lexicon) \
                or (_commemorated(sentence, trig.i, self.lexicon) or _told_act(sentence, trig.i, self.lexicon)
                    # "intelligence on North Korean missile launches": an "-s" verb form read as a noun
                    if trig.entry.pos == "noun" or toks[trig.i].lower.endswith("s") else None)
            if standing:
                _note(trace, f"{word!r}: {standing}: background, not an event of the day")
                continue
            rehearsal = self._rehearsed(sentence, trig) if trig.type in REHEARSABLE else None
            if rehearsal is not None:
                _note(trace, f"{word!r}: {rehearsal}: rehearsed, not done")
                continue
            if trig.type == "SUPPORT" and self._homecoming(sentence, trig):
                _note(trace, f"{word!r}: kin greeting their own people ('their families welcomed the men'): "
                             "a homecoming, no backing of a party")
                continue
            if trig.type in HAZARD_TYPES and self._thing_subject(sentence, groups, trig, "hazards") \
                    or trig.type in TOLLED_TYPES and self._hazard_participle(sentence, groups, trig):
                _note(trace, f"{word!r}: done by a natural hazard ('an earthquake killed'): a disaster, no attack")
                continue
            if trig.type == "ASSAULT" and self._mishap(sentence, trig):
                _note(trace, f"{word!r}: what a mishap did ('a ferry capsized, killing'): an accident, no attack")
                continue
            if trig.type == "REQUEST" and self._thing_subject(sentence, groups, trig, "impersonal_causes",
                                                              CLAUSE_BREAKS):
                _note(trace, f"{word!r}: its subject is a thing ('aid encourages them to stay'): no one asks")
                continue
            restated = _restated(sentence, trig, out)
            if restated is not None:
                _note(trace, f"{word!r}: an apposition naming {restated.trigger.text!r} again, not a second event")
                continue
            release = _release_sequel(sentence, trig, out)
            if release is not None:
                _note(trace, f"{word!r}: lets go those {release.trigger.text!r} freed, part of the release")
                continue
            launched = self._launched_by(sentence, trig, by_trigger)
            if launched is not None:
                fired = self._event(document, sentence, groups, trig, reader, cues, None)
                by = _late_by(sentence, trig.j - 1)
                agent = fired.actors or list(getattr(reader.by_agent(sentence, groups, by) if by is not None
                                                     else None, "refs", []))
                if agent:
                    launched.actors = [r for r in agent if not same_actor(r, launched.recipients)]
                _note(trace, f"{word!r}: the weapon of the passive attack {launched.trigger.text!r} ('was targeted by "
                             "a missile fired by X'), part of it" + (f": fired by {agent[0].text!r}" if agent else ""))
                continue
            event = self._event(document, sentence, groups, trig, reader, cues, trace)
            absolute = _absolute_subject(sentence, groups, trig)
            if absolute is not None and [r.text for r in absolute] != [r.text for r in event.actors]:
                event.actors = [r for r in absolute if not same_actor(r, event.recipients)]
                _note(trace, f"{word!r}: an absolute 'having' clause ('..., Eritrea having freed them'): "
                             f"its own subject acts ({', '.join(r.text for r in event.actors) or 'unnamed'})")
            if not event.actors and trig.i in ascribed:
                event.actors = [r for r in ascribed[trig.i] if not same_actor(r, event.recipients)]
                _note(trace, f"{word!r}: done by the party its subject is ascribed to "
                             f"({', '.join(r.text for r in event.actors)})")
            judge = next((e for t, e in by_trigger if trig in t.content), None) \
                if trig.own_day is not None or trig.dated else None
            # "condemned Sunday's seizure of power": the judge did not do it, though its day-owned act
            # may be aimed at the judge ("dismissed yesterday's statement criticising the officials")
            aimed = trig.own_day is None
            touched = event.actors + ([] if aimed else event.recipients)
            if judge is not None and any(same_actor(r, judge.actors) for r in touched):
                event.actors = [r for r in event.actors if not same_actor(r, judge.actors)]
                event.recipients = [r for r in event.recipients if aimed or not same_actor(r, judge.actors)]
                _note(trace, f"{word!r}: an act of its own earlier day that {judge.trigger.text!r} reacts to: "
                             "the reacting party takes no part in it")
            source = self._request_source(sentence, groups, trig)
            if source is not None and not (source and all(r in event.actors for r in source)):
                event.actors = source
                event.recipients = [r for r in event.recipients if r not in source]
                _note(trace, f"{word!r}: a request 'from' a party names who made it "
                             f"({source[0].text if source else 'unnamed'}), not the subject that answers it")
            if trig.roles.passive and event.recipients and _reduced_relative(sentence, groups, trig) \
                    and any(t.type in self.lexicon.verbal_types and t.j < trig.i and sentence.same_clause(t.i, trig.i)
                            for t in triggers):
                head = sentence.tokens[trig.i - 1].start
                event.recipients = [r for r in event.recipients if (r.end or 0) > head]
                _note(trace, f"{word!r}: a participle with its own 'by' agent on the noun a party reacts to ('welcomed "
                             "the declaration signed by X'): the reacting party receives nothing of it")
            if trig.roles.passive and trig.entry.mode == "investigate" and event.recipients \
                    and any(_incident_subject(sentence, t, trig) for t in triggers
                            if _nominal(sentence, t) or sentence.tokens[t.i].lower.endswith("ing")):
                event.recipients = []
                _note(trace, f"{word!r}: an incident heads the passive's subject ('the bombing was being "
                             "investigated'): no accused party")
            if not event.type:
                _note(trace, f"{word!r}: {trig.entry.key!r} is an event only when parties of two countries act")
                continue
            if trig.roles.describes and (trig.roles.of_subject or not (event.actors or event.recipients)):
                # not even by a toll: "nine staff detained in May were freed" counts the freed;
                # nor by its agent or place: "Seven Lebanese captured by Israel during the war were freed"
                _note(trace, f"{word!r}: a participle describing the noun before it, not coded")
                continue
            if event.type == "ASSAULT" and not (event.size and (event.size.dead or event.size.injured)) \
                    and self._sport_scene(sentence):
                _note(trace, f"{word!r}: play in a game told with its score ('beat France 8-7 in the final', "
                             "'crushed France 62-13 ... to avenge a 2007 defeat'), not coded")
                continue
            if trig.entry.pos == "noun" and self._counted_trend(sentence, trig):
                _note(trace, f"{word!r}: a count of acts that rose or fell ('kidnappings fell by a fifth'): "
                             "a statistic, no event")
                continue
            if event.type == "ASSAULT" and not event.actors and _yearly_toll(sentence, trig):
                _note(trace, f"{word!r}: deaths no one is named causing, summed over a year ('violence killed "
                             "an estimated 45,000 people last year'): a statistic, no event")
                continue
            if event.type == "REJECT" and self._removed_from_post(sentence, trig):
                _note(trace, f"{word!r}: a holder of a post is its passive subject ('a commander would be "
                             "dismissed'): removal from office, no refusal")
                continue
            # an inverse entry's object acts ("received the minister": the minister visits), and
            # so does its passive's subject ("a delegation was received by the king")
            received = event.actors and (trig.roles.object_found or trig.roles.passive and event.recipients)
            # a reciprocal entry's object joins its subject ("dialled his Argentine counterpart")
            partners = event.recipients or trig.entry.reciprocal and len(event.actors) > 1
            if trig.entry.needs_object and not (received if trig.entry.inverse else partners):
                _note(trace, f"{word!r}: {trig.entry.key!r} is an event only with whom it is done to")
                continue
            if trig.entry.needs_actor and not event.actors:
                _note(trace, f"{word!r}: {trig.entry.key!r} is an event only with who does it (snow closes roads too)")
                continue
            again = _told_again(sentence, trig, event, out)
            if again is not None:
                _note(trace, f"{word!r}: {again}, not an act of its own")
                continue
            if event.type == "CONSULT" and (trig.entry.needs_object or trig.entry.key in PARTNER_VERBS) \
                    and event.recipients and all(self._public(r) for r in event.recipients):
                _note(trace, f"{word!r}: talking with members of the public ('chatted with students'), "
                             "no counterpart: no talks")
                continue
            if trig.entry.key in PARTNER_VERBS and len(event.actors) < 2 \
                    and all(r.type == "media" for r in event.recipients):  # "speaking to CNN"
                _note(trace, f"{word!r}: speaking with no one named: a reporting aside, not talks")
                continue
            if self.lexicon.in_class(trig.entry.key, "enacting") and self._issued_instrument(sentence, trig):
                _note(trace, f"{word!r}: names who issued the {sentence.tokens[trig.i - 1].text!r} before it "
                             "('a release order signed by'), not an act of its own")
                continue
            enacted = next((e for t, e in by_trigger if _enacts(sentence, t, trig)), None)
            if enacted is not None and self.lexicon.in_class(trig.entry.key, "enacting"):
                _note(trace, f"{word!r}: names who did {enacted.trigger.text!r} ('the decree signed by'), "
                             "not an act of its own")
                continue
            if out and _participle(sentence, trig) and self.lexicon.in_class(trig.entry.key, "enabling"):
                _note(trace, f"{word!r}: what {out[0].trigger.text!r} makes possible, not an act of its own")
                continue
            scoped = next((e for e in out if e.type in SCOPED_TYPES), None)
            if scoped is not None and _participle(sentence, trig) \
                    and self.lexicon.in_class(trig.entry.key, "aiming"):
                scoped.recipients += [r for r in event.recipients if not same_actor(r, scoped.recipients)]
                _note(trace, f"{word!r}: names whom {scoped.trigger.text!r} is aimed at, not an act of its own")
                continue
            if out and _participle(sentence, trig) and _alleged_consequence(sentence, out[-1], trig) \
                    and event.type not in self.lexicon.verbal_types:
                _note(trace, f"{word!r}: what the act alleged by {out[-1].trigger.text!r} brought about "
                             "('accused X of using gas, killing hundreds'): part of the allegation, no event")
                continue
            partner = _coordinated_partner(sentence, trig, [e for t, e in by_trigger if t.entry.pos == "verb"],
                                           self.lexicon.cues.reporting_forms)
            accused = [e for t, e in by_trigger]
            if partner is not None:  # ", and calling the incursion": after the alleged acts, the accuser's
                partner = _allegation_of(sentence, sentence.index_at(partner.trigger.start), accused) or partner
            if (accusation := _allegation_of(sentence, trig.i, accused)) is not None:
                event.actors, event.modality = list(accusation.recipients), "alleged"
                event.recipients = [r for r in event.recipients if not same_actor(r, event.actors)]
                _note(trace, f"{word!r}: one of the acts {accusation.trigger.text!r} alleges ('accused X of "
                             "crossing the border and kidnapping farmers'): the accused did it")
                partner = None
            reporter = _reporting_partner(sentence, trig, partner, cues) \
                if partner is not None and event.type in self.lexicon.verbal_types else None
            if reporter is not None and partner is not None:
                event.actors = _speakers(sentence, groups, reporter, reporter.speaker)
                event.recipients = [r for r in event.recipients or partner.actors if not same_actor(r, event.actors)]
                event.modality = "asserted"
                _note(trace, f"{word!r}: after ', and' it goes on with the report "
                             f"{sentence.tokens[reporter.first].text!r}, not with {partner.trigger.text!r} "
                             "in its 'that' clause: the speaker acts")
            elif partner is not None and partner.actors:
                event.actors = partner.actors  # "kidnapped advisers and exploded bombs": one subject
                # a known person stays a recipient of his own state's forces ("the army took control
                # of the country and placed President Robert Mugabe under house arrest")
                event.recipients = [r for r in event.recipients if not same_actor(r, event.actors)
                                    or _known_person_apart(r, event.actors)]
                _note(trace, f"{word!r}: a verb coordinated with {partner.trigger.text!r} shares its actor")
                if not event.recipients and partner.recipients and _pronoun_object(sentence, trig):
                    event.recipients = list(partner.recipients)  # "arrested 12 students and charged them"
                    _note(trace, f"{word!r}: its object pronoun takes up {partner.trigger.text!r}'s recipients")
            elif partner is None and (subject := _perfect_subject(sentence, groups, trig)) is not None:
                event.actors = list(subject.refs)  # "Kuwait has closed three firms ... and frozen their assets"
                event.recipients = [r for r in event.recipients if not same_actor(r, event.actors)]
                _note(trace, f"{word!r}: shares the auxiliary of a perfect: its subject "
                             f"{sentence.span_text(subject.first, subject.last)!r} acts")
            elif partner is not None and any((a.start or 0) >= partner.trigger.end for a in event.actors):
                event.actors = []  # "X had arrested seven suspects, four Kuwaitis ..., and seized cash"
                _note(trace, f"{word!r}: coordinated with {partner.trigger.text!r}, whose subject is unnamed; "
                             "a party of its object is no subject")
            elif out and _clause_head(sentence, out, trig).actors and _participle(sentence, trig) \
                    and not trig.entry.inverse and not (  # ", drawing condemnation from X": X acts
                    event.type in self.lexicon.verbal_types
                    and (reader.speaker_before(sentence, groups, trig.i - 1) is not None
                         or self._reported_judgement(sentence, trig, event.type, cue_for(sentence, cues, trig.i)))):
                # a verbal act after "the agency said," or closing a report is the speaker's
                # ("thanking Norway"); a material one ("..., the Houthis said, killing two") the main clause's
                event.actors = _clause_head(sentence, out, trig).actors  # "arrested a leader, killing two guards"
                event.recipients = [r for r in event.recipients if not same_actor(r, event.actors)]
            measure = next((e for e in out if e.type in SCOPED_TYPES and e.actors), None)
            if measure is not None and event.type == "ACCUSE" and _participle(sentence, trig) \
                    and bool(event.actors) and same_actor(event.actors[0], measure.actors):
                measure.recipients = measure.recipients or event.recipients
                start = sentence.clause_start(sentence.index_at(measure.trigger.start))
                if start > 0 and toks[start - 1].lower in SUBORDINATORS or toks[start].lower in SUBORDINATORS:
                    # "lost contact since Israeli warships surrounded the vessel, describing the
                    # interception as piracy": the measure sets the news; the participle is the speaker's
                    _note(trace, f"{word!r}: the judgement of the measure {measure.trigger.text!r} told in a "
                                 "subordinate clause, not the measure's actor's accusation")
                    continue
                if trig.j < len(toks) and toks[trig.j].lower in ACCUSED_PRONOUNS:
                    event.recipients = list(measure.recipients)  # "accusing it of", "accusing its government of"
                _note(trace, f"{word!r}: the reason given for the measure {measure.trigger.text!r} ('cut ties "
                             "with X, accusing it of'): an accusation of its own, of the measure's target")
            if event.type == "REJECT" and _participle(sentence, trig) and out \
                    and self.lexicon.in_class(trig.entry.key.split()[0], "defiance_participles"):
                _note(trace, f"{word!r}: the defiance the act {out[-1].trigger.text!r} shows ('marched, "
                             "defying a ban'), not a refusal of its own")
                continue
            cause = next((e for e in out if e.actors and (e.type == "PROTEST" or e.type == "ASSAULT"
                                                          and event.type in DISRUPTIONS)), None)
            participial = _participle(sentence, trig) or partner is not None \
                and _participle(sentence, self._trigger_of[id(partner)])  # ", wounding eight and halting flights"
            if cause is not None and event.type in SCOPED_TYPES and participial \
                    and (not event.actors or same_actor(event.actors[0], cause.actors)):
                _note(trace, f"{word!r}: what the {cause.type.lower()} {cause.trigger.text!r} brought about "
                             "('occupied the airport, halting all flights'), not a measure of its own")
                continue
            withdrawal = next((e for e in out if e.type == "RETREAT" and e.mode == "withdraw" and e.actors), None)
            if withdrawal is not None and event.type == "MOBILIZE" and participial \
                    and (not event.actors or same_actor(event.actors[0], withdrawal.actors)):
                _note(trace, f"{word!r}: how the withdrawal {withdrawal.trigger.text!r} is carried out ('evacuated "
                             "its base, moving equipment towards X'), not a deployment of its own")
                continue
            if event.type in TOLLED_TYPES and size is not None:
                event.size = size
            if event.type == "COERCE" and arrests is not None:
                event.size = arrests
            seizure = self._seized_cargo(sentence, trig, out)
            if seizure is not None:
                _note(trace, f"{word!r}: the cargo of the vehicle {seizure.trigger.text!r} takes, "
                             "no aid given by its captor")
                continue
            if event.type == "CONSULT" and not (event.actors or event.recipients):
                adjunct = self._adjunct_meeting(sentence, groups, trig, reader)
                if adjunct:
                    event.actors = adjunct
                    _note(trace, f"{word!r}: a call or talks in an adjunct of the clause ('X and Y examined "
                                 f"the border in a telephone call'): its subject meets "
                                 f"({', '.join(r.text for r in adjunct)})")
            if not (event.actors or event.recipients or event.size) \
                    and not (event.type == "PROTEST" and self._places  # "a demonstration near the mosque in Rabieh"
                             and not reader.in_phrase(sentence, trig.i)) \
                    and not (event.type == "ASSAULT" and self._weapon_subject(sentence, trig)) \
                    and not (event.type in TOLLED_TYPES and (trig.dated or trig.agent is not None)):
                # not "after violent protests by"; but "a third victim of Thursday's drone attack",
                # an attack or arrest named by its day, is told as a toll is
                _note(trace, f"{word!r}: no actor, recipient or toll: not coded")
                continue
            out.append(event)
            by_trigger.append((trig, event))
            self._trigger_of[id(event)] = trig
            if _interval_clause(sentence, trig, self.lexicon) or _set_apart(sentence, trig, self.lexicon) \
                    or _parted_subject(sentence, trig, triggers, self.lexicon):
                elsewhere.append(event)
            if _nominal(sentence, trig) and _anchor(sentence, trig, self.lexicon) or event in elsewhere \
                    or _motive(sentence, trig, triggers, self.lexicon) \
                    or _since_clause(sentence, trig) \
                    or _reported_anchor(sentence, trig, self._content_nouns) \
                    or _dated_report(sentence, trig, self._content_nouns) \
                    or _reason_clause(sentence, trig, event, out[:-1]) \
                    or _dated_background(sentence, trig, out[:-1], self.lexicon) \
                    or _begun_before(sentence, trig, self.lexicon) or _imposed_before(sentence, trig) \
                    or _year_named(sentence, trig) or _posed_danger(sentence, trig) \
                    or _setting_meeting(sentence, trig, event) \
                    or _subject_participle(sentence, trig, triggers):
                anchors.append(event)
        for trig, event in by_trigger:
            targets = [r for r in purposes.get(id(trig), []) if not same_actor(r, event.actors)]
            if not event.recipients and targets:
                event.recipients = targets
                _note(trace, f"{event.trigger.text!r}: recipient from the demand it makes")
        comment = comment_clause(sentence, cues)
        for trig, event in by_trigger:
            reporters = [r for r in event.recipients if comment is not None and trig.i < comment
                         <= sentence.name_index(r.start or 0)]
            if reporters:  # "Iraq and Syria agreed to revive the pipeline, the Oil Ministry said"
                event.recipients = [r for r in event.recipients if r not in reporters]
                _note(trace, f"{event.trigger.text!r}: {reporters[0].text!r} reports or shows the news in the "
                             "closing comment clause: no party")
        self._punished_pronouns(sentence, cues, by_trigger, trace)
        out = self._fold_arrest_raids(by_trigger, out, trace)
        out = self._fold_casualties(sentence, by_trigger, out, trace)
        out = self._restatements(sentence, triggers, out, trace)
        out = self._relative_background(sentence, groups, triggers, out, anchors, document.published, trace)
        out = self._place_apposition(sentence, triggers, out, trace)
        out = _claimed_against_speaker(out, cues_.claiming_verbs, trace)
        out = _conditions_dropped(sentence, out, cues_.conditionals, trace)
        kept = self._background(sentence, _rebuttals(sentence, out, trace), anchors, elsewhere, document.published,
                                trace)
        span = Span(sentence.start, sentence.end, sentence.text)
        merged = _merge(kept, trace, lambda e: date_for_event(e.trigger, span, self._timexes, document),
                        self._set_aside, self.lexicon.classes.get("retaliating", frozenset()))
        merged = _aid_arrivals(_fold_mediation(merged, trace), self.lexicon, trace)
        for arrest, conviction in _prison_terms(sentence, merged, self.lexicon, trace):
            self._trigger_of[id(arrest)] = self._trigger_of[id(conviction)]
            merged.append(arrest)
        return self._reported_after(merged, trace)

    def _reported_after(self, events: list[Event], trace: list[str] | None) -> list[Event]:
        """A statement told after its content by another person or office, even of its own side
        ("Canberra wants Jakarta to hand over the men, the Foreign Minister said"), is reported
        (``trailing`` in :func:`lapwing.events_modality.read_modality`). Set once the sentence's
        events are merged and set apart, which compare the modality the act has in the text."""
        told, self._told_after = self._told_after, []
        for event in events:
            speaker = next((who for e, who in told if e is event), None)
            if speaker is not None and event.modality == "asserted":
                event.modality = "reported"
                _note(trace, f"{event.trigger.text!r}: told after it by {speaker!r}: modality reported")
        return events

    def _launched_by(self, sentence: Sentence, trig: Trigger, by_trigger: list[tuple[Trigger, Event]]) -> Event | None:
        """The passive attack whose "by" phrase holds the weapon that the participle ``trig``
        describes ("Eilat was targeted by a ballistic missile fired from 1,500 kilometres away
        by the Houthis"): the launch is that attack, its "by" agent the attacker. None otherwise."""
        toks = sentence.tokens
        if trig.type != "ASSAULT" or trig.entry.pos != "verb" or trig.i < 2 \
                or _verb_form(toks[trig.i].lower) != "past" \
                or not self.lexicon.in_class(toks[trig.i - 1].lower, "weapons"):
            return None
        for main, event in by_trigger:
            if event.type == "ASSAULT" and main.roles.passive and main.j <= trig.i \
                    and "by" in sentence.words(main.j, trig.i) \
                    and not any(t.text in {",", ";", ":"} for t in toks[main.j:trig.i]):
                return event
        return None

    def _restatements(self, sentence: Sentence, triggers: list[Trigger], events: list[Event],
                      trace: list[str] | None) -> list[Event]:
        """Event nouns that name no act of their own: the label a speaker gives a thing
        ("calling the expulsions an attack on its mission", a noun after a ``characterising``
        verb's object), and, beside another event of the sentence, an anaphor ("the third such
        attack on its troops") or a definite noun of an earlier event's type ("charged that ...
        and said it would take the complaint to the OAS"): both re-describe an act already told,
        as a coded event or as the content of a report ("charged that troops had shelled
        villages, and said the attack violated the ceasefire"). A verb with no party of its own
        whose subject is such a noun ("the attack violated the ceasefire") tells what that act
        was, no act either."""
        toks = sentence.tokens
        kept: list[Event] = []
        restated: set[int] = set()  # where each restating noun ends
        for event in events:
            trig = self._trigger_of[id(event)]
            why = None
            subject = trig.i - 1
            while subject >= 0 and toks[subject].lower in ADVERB_GAP | HAVE_FINITE:
                subject -= 1
            if trig.entry.pos == "verb" and not event.actors and subject + 1 in restated:
                why = "what the act a noun before it restates was"
            elif trig.entry.pos == "verb" and _ranked_again(sentence, trig):
                why = "the rank ', becoming the first to' gives the act already told"
            elif trig.entry.pos == "noun":
                before = toks[max(0, trig.i - 3):trig.i]
                if self._label_noun(sentence, trig.i):
                    why = "the label a speaker gives a thing ('calling X an attack')"
                elif len(events) > 1 and any(t.lower == "such" for t in before) \
                        and not any(t.lower == "as" for t in before):  # not "such as the strike"
                    why = "an anaphor ('such') of an act already told"
                elif trig.i > 0 and toks[trig.i - 1].lower == "the" and not event.actors \
                        and (any(e.type == event.type and e.trigger.end <= event.trigger.start for e in kept)
                             or any(t.type == event.type and t.j <= trig.i for t in triggers)):
                    why = "a definite noun naming an act of that type already told"
                elif self._sequenced_news(sentence, trig):
                    why = "the definite subject of a verb of sequence opening the sentence: the news already told"
            if why is None:
                kept.append(event)
            else:
                restated.add(trig.j)
                _note(trace, f"{event.trigger.text!r}: {why}: no event of its own")
        return kept

    def _adjunct_meeting(self, sentence: Sentence, groups: list[Group], trig: Trigger,
                         reader: PatternRoles) -> list[ActorRef]:
        """The parties of a noun of talks or a call that an adjunct of its clause names, when its
        roles found none: "X and Y examined border security in a telephone conversation today",
        "canvassed trade in a telephone call", "compared notes over the phone", "X was in the
        Sudanese capital yesterday for talks". The noun follows a preposition of
        :data:`ADJUNCT_MEETING_PREPS` (or "for" after a stay, "was in ... for talks"), a few
        modifiers between; the subject of the clause's first verb meets. A call or a meeting
        not itself reciprocal takes two parties in that subject: "the minister discussed the
        budget in a phone call" names no one met; a stay "for talks" is talks with the hosts.
        A participle of talks opening the sentence ("Meeting on the sidelines of a summit,
        X and Y agreed") is the main clause's subject's."""
        toks = sentence.tokens
        if trig.i == 0 and trig.entry.reciprocal and toks[0].lower.endswith("ing"):
            return _opening_participants(sentence, groups)
        k = trig.i - 1
        while k >= 0 and trig.i - k <= ADJUNCT_MEETING_WORDS and toks[k].lower not in ADJUNCT_MEETING_PREPS | {"for"} \
                and toks[k].lower.isalpha() and not toks[k].cap:
            k -= 1
        if k == 0 and toks[k].lower in ADJUNCT_MEETING_PREPS and trig.entry.pos == "noun":
            return _opening_meeting(sentence, groups, trig, reader)
        if k <= 0 or toks[k].lower not in ADJUNCT_MEETING_PREPS | {"for"} or trig.entry.pos != "noun":
            return []
        start = sentence.clause_start(trig.i)
        verb = next((n for n in range(start, k) if not any(g.first <= n < g.last for g in groups)
                     and not toks[n].cap and (toks[n].lower in BE_WORDS or _verb_form(toks[n].lower) == "past")),
                    None)
        if verb is None or not any(start < g.last <= verb for g in groups):
            return []
        stay = toks[verb].lower in BE_WORDS and toks[verb + 1].lower in {"in", "at"} if verb + 1 < k else False
        if (toks[k].lower == "for" or toks[verb].lower in BE_WORDS) and not stay:
            return []  # "called for talks", "were shot at a meeting": no meeting of the subject
        parties = reader.subject_of(sentence, groups, verb)
        return parties if len(parties) >= 2 or stay or trig.entry.reciprocal else []

    def _sequenced_news(self, sentence: Sentence, trig: Trigger) -> bool:
        """Whether the noun at ``trig`` opens the sentence after "the" as the subject of a verb
        of sequence (``sequence_verbs``: "The meeting followed Monday's summit between ...",
        "The raid came a day after ..."): it takes up the act the story has told and places it
        after another; the phrase after the verb belongs to that other act."""
        toks = sentence.tokens
        return trig.i == 1 and toks[0].lower == "the" and trig.j < len(toks) \
            and self.lexicon.in_class(toks[trig.j].lower, "sequence_verbs")

    def _sequenced_after(self, sentence: Sentence) -> bool:
        """Whether ``sentence`` opens with a definite noun and a verb of sequence that places the
        story after another act ("The meeting followed Monday's summit ..."): its day dates that
        other act, not the story; one that says when ("The raid came on Tuesday") is the story's."""
        toks = sentence.tokens
        return len(toks) > 3 and toks[0].lower == "the" and self.lexicon.in_class(toks[2].lower, "sequence_verbs") \
            and toks[3].lower not in DATING_WORDS

    def _label_noun(self, sentence: Sentence, k: int) -> bool:
        """Whether the noun at ``k`` is what a ``characterising`` verb calls its object: the verb,
        an object of a few words and "a"/"an" (adjectives between) before it, no comma. A quote
        mark may open the label ("called the expulsion "an assault on diplomacy""): it takes no
        word of the object's."""
        toks = sentence.tokens
        article = next((n for n in range(k - 1, max(-1, k - LABEL_ARTICLE_WINDOW), -1) if toks[n].lower in {"a", "an"}),
                       None)
        if article is None or any(t.text in {",", ";", ":"} for t in toks[article:k]):
            return False
        if article > 0 and toks[article - 1].lower in {"and", "or"}:
            # "calling the text a distortion of its labour reforms and an unfair attack on the
            # hosts": a label joined to an earlier label of the same verb is a label too
            first = next((n for n in range(article - 2, max(-1, article - LABEL_COORD_REACH), -1)
                          if toks[n].lower in {"a", "an"} or toks[n].text in {",", ";", ":"}), None)
            if first is not None and toks[first].lower in {"a", "an"} and first + 1 < article - 1 \
                    and self._label_noun(sentence, first + 1):
                return True
        quoted = int(article > 0 and toks[article - 1].text in OPENING_QUOTES)
        for n in range(article - 2 - quoted, max(-1, article - LABEL_VERB_WINDOW - quoted), -1):
            if toks[n].text in {",", ";", ":"}:
                return False
            if self.lexicon.in_class(toks[n].lower, "characterising"):
                return True
        return False

    def _relative_background(self, sentence: Sentence, groups: list[Group], triggers: list[Trigger],
                             events: list[Event], anchors: list[Event], published: str | None,
                             trace: list[str] | None) -> list[Event]:
        """"flew tents to Armenia for survivors of last week's earthquake, which killed 25,000",
        "seized copies of its latest issue, which accused ministers", "citing an exercise that
        Islamabad described as provocative": a relative clause beside the sentence's news on a
        thing, a place or an event describes it, and its act is background, whatever its
        tense. On a party it may go on with the news ("met a delegation of the Kurdistan
        Region, which agreed to ...", "mourned fighters who were killed when a drone struck
        their car"), and is background only when it tells an earlier act, in a perfect ("a
        defector who had accused Moscow") or with an earlier time ("a frontier where their
        troops clashed in 1969"), a standing state in the simple present ("the UAE, which it
        accuses of arming the RSF"), or what marks a kind of people ("fight insurgents who
        behead villagers"). A relative with a day or a recent time of its own tells news
        ("police, who fired tear gas on Monday", "the bombers who killed eight officers a day
        earlier"), and one on the noun of an event the sentence codes says what that event
        did ("the strike, which killed six"). A participle on a noun, a reduced relative
        ("four islands seized by Soviet troops", "prisoners of war captured during the
        conflict", "the embargo demanded by Denmark", "a deal reached with Baghdad last
        year"), describes its noun, party or not; one on a weapon tells its launch, the attack
        ("shot down a missile fired by the Houthis at Eilat")."""
        toks = sentence.tokens
        dropped: list[Event] = []
        verbs = frozenset(t.i for t in triggers if t.entry.pos == "verb")
        for event in events:
            k = sentence.index_at(event.trigger.start)
            if k >= len(toks):
                continue
            agent_of = _passive_aside(sentence, k)
            if agent_of is not None and _bygone_time(sentence, _relative_span(sentence, agent_of), published):
                dropped.append(event)
                _note(trace, f"{event.trigger.text!r}: the agent of a participle describing a noun, "
                             f"dated in history ('destroyed by tank fire in 1993'): background, not coded")
                continue
            opening = _relative_opening(sentence, k, self.lexicon.cues.reporting_forms)
            standing = False  # "the network Ankara blames for": what a party holds of a thing is no act of a day
            if opening is None:
                standing = self._gapped_present(sentence, event)
                # "the villages that the state must confront": the verb after a modal key holds the gap
                last = sentence.index_before(event.trigger.end) - 1 \
                    + any(t.i == k and t.entry.addressee_subject and t.entry.pos == "verb" for t in triggers)
                opening = _object_relative(sentence, k, last, self.lexicon.cues.reporting_forms, self._content_nouns) \
                    or _zero_relative(sentence, k, groups, self.lexicon.cues.reporting_forms, standing)
            modifier = opening is None \
                and _participle_modifier(sentence, k, self.lexicon.cues.reporting_forms, self.lexicon, verbs)
            # "moved to the Qayyarah airbase, recaptured in Nineveh province": set off by a comma, a
            # participle with no object of its own after a place describes the place
            placed = opening is None and not modifier and self._place_participle(sentence, k, triggers)
            if modifier or placed:
                opening, modifier = k, True
            if opening is None or any(_summing_relative(sentence, groups, c) for c in
                                      range(max(0, opening - 2 - SUMMING_NOUN_REACH), opening)):
                continue  # ", a charge Tbilisi has rejected": the answer to the news, not background
            span = _relative_span(sentence, opening)
            start, end = toks[opening].start, toks[span.stop - 1].end if span else toks[opening].end
            # "revoked the permits of the family of a gunman who shot at a car": the measure is
            # the news even when none of its parties is known
            punisher = next((t for t in triggers if t.type in MEASURE_TYPES and t.entry.pos == "verb"
                             and t.governed is None and toks[t.j - 1].end <= start), None)
            # "the anniversary of the 1994 genocide, in which": the noun before the preposition
            recalled = _commemorated(sentence, opening - 1 - (toks[opening - 1].lower in PREPOSITIONS), self.lexicon)
            if punisher is None and not standing and not _bygone_time(sentence, span, published) \
                    and not recalled \
                    and not any(o is not event and o not in dropped and o not in anchors
                                and (o.trigger.end <= start or o.trigger.start >= end) for o in events):
                continue  # the clause's act may be the sentence's only news, unless it is history
            days = {n for n, t in enumerate(toks) if t.lower in DAY_WORDS}
            if days & set(span) and not (modifier and days <= set(span)) or _recent_time(sentence, span):
                continue  # but a participle's only day is the news's ("prisoners captured in the war on Saturday")
            head = opening - 2 if placed else opening - 1 if modifier or toks[opening - 1].text != "," else opening - 2
            if any(t.i <= head < t.j for t in triggers) \
                    and any(e not in anchors and e.trigger.start <= toks[head].start < e.trigger.end for e in events):
                continue  # "the strike, which killed six": what the sentence's own event did
            if modifier and self.lexicon.in_class(toks[head].lower, "weapons"):
                continue  # "shot down a missile fired by the Houthis at Eilat": the launch is the attack
            if modifier and event.type == "AID" and self._goods_delivered(sentence, events, head):
                continue  # "ventilators donated by Kuwait went to hospitals": the gift is the news
            if not modifier and (self._judged_clause(sentence, triggers, opening)
                                 or self._claimed_clause(sentence, opening)
                                 or _own_claim(sentence, opening, self.lexicon.cues.reporting_forms)):
                continue  # "condemned the attack that hit the field": the judged or claimed act, taken as done
            why = recalled or self._background_reason(sentence, groups, event, k, opening, head, span, modifier) \
                or (f"the deed of a party {sentence.span_text(punisher.i, punisher.j)!r} punishes, done before"
                    if punisher is not None else None)
            if why is None:
                continue
            dropped.append(event)
            _note(trace, f"{event.trigger.text!r}: in a relative clause describing a noun of the news "
                         f"({why}): background, not coded")
        return [e for e in events if e not in dropped]

    def _place_phrase(self, sentence: Sentence, end: int) -> bool:
        """Whether the noun phrase ending at token ``end`` names a place ("the Qayyarah airbase",
        "Ras Laffan port"): a place mention among its words, back to a mark, a preposition or a
        relative word."""
        toks = sentence.tokens
        for m in range(end, max(-1, end - PLACE_PHRASE), -1):
            word = toks[m].lower
            if toks[m].text in {",", ";", ":"} or word in PREPOSITIONS | RELATIVES:
                return False
            if any(p.start <= toks[m].start < p.end for p in self._places):
                return True
        return False

    def _place_participle(self, sentence: Sentence, k: int, triggers: list[Trigger]) -> bool:
        """Whether the verb at ``k`` is a past participle set off by a comma after a place and
        describing it ("relocated to the Qayyarah airbase, recaptured in Nineveh province"): the
        verb takes an object, yet an adjunct, not an object, follows it, so it is no verb of a
        clause of its own ("stormed the town, seized weapons")."""
        toks = sentence.tokens
        trig = next((t for t in triggers if t.i == k), None)
        return trig is not None and trig.entry.pos == "verb" and trig.entry.takes_object \
            and 1 < k < len(toks) - 1 and toks[k - 1].text == "," and _verb_form(toks[k].lower) == "past" \
            and toks[k + 1].lower in PARTICIPLE_ADJUNCTS - {"by"} and self._place_phrase(sentence, k - 2)

    def _place_apposition(self, sentence: Sentence, triggers: list[Trigger], events: list[Event],
                          trace: list[str] | None) -> list[Event]:
        """"shifted brigades to the Qayyarah air base, a staging hub for the Mosul offensive":
        an event noun in an apposition on a place, the complement of the apposition's own noun
        ("a staging hub for", "the target of"), tells what the place is or serves, another
        event than the news, and no act of the day; kept when the apposition has a day of its
        own, or when the sentence tells nothing else."""
        toks = sentence.tokens
        dropped: list[Event] = []
        for event in events:
            trig = self._trigger_of.get(id(event))
            if trig is None or trig.entry.pos != "noun":
                continue
            comma = next((m for m in range(trig.i - 1, max(-1, trig.i - APPOSITION_REACH), -1)
                          if toks[m].text in {",", ";", ":", "(", ")"} or toks[m].lower in RELATIVES), None)
            if comma is None or toks[comma].text != "," or comma + 3 > trig.i \
                    or toks[comma + 1].lower not in {"a", "an", "the", "its"}:
                continue
            link = next((m for m in range(comma + 2, trig.i) if toks[m].lower in PREPOSITIONS), None)
            if link is None or toks[link].lower not in APPOSITION_LINKS \
                    or any(t.i < link and t.j > comma for t in triggers) \
                    or any(_verb_form(toks[m].lower) == "past" or toks[m].lower in DAY_WORDS | APPOSITION_TIMES
                           for m in range(comma + 1, link)) \
                    or not self._place_phrase(sentence, comma - 1):
                continue
            end = next((m for m in range(trig.j, len(toks)) if toks[m].text in {",", ";", ":"}), len(toks))
            if any(toks[m].lower in DAY_WORDS for m in range(comma + 1, end)):
                continue  # ", the target of an air strike on Monday": news of its own
            if not any(e is not event and e not in dropped and not comma < sentence.index_at(e.trigger.start) < end
                       for e in events):
                continue
            dropped.append(event)
            _note(trace, f"{event.trigger.text!r}: in an apposition describing the place before it "
                         f"('{sentence.span_text(comma + 1, link + 1)} ...'): background, not coded")
        return [e for e in events if e not in dropped]

    def _gapped_present(self, sentence: Sentence, event: Event) -> bool:
        """Whether ``event``'s verb stands in the simple present with its object missing after
        it ("blames for", "accuses of"): the verb of a relative on the noun before its subject."""
        toks, last = sentence.tokens, sentence.index_before(event.trigger.end) - 1
        return last + 1 < len(toks) and toks[last + 1].lower in OBJECT_GAPS - {",", ";", "."} \
            and _simple_present(sentence, self._trigger_of[id(event)]) is not None

    def _goods_delivered(self, sentence: Sentence, events: list[Event], head: int) -> bool:
        """Whether the relief goods at ``head`` are delivered in their clause: another aid event
        there ("unloaded 40 ventilators donated by Kuwait") or a verb that moves them ("medicine
        donated by Qatar reached Gaza"). Who gave them is then the news, not a past gift."""
        toks = sentence.tokens
        if not self.lexicon.in_class(toks[head].lower, "relief_goods"):
            return False
        clause = [n for n in range(len(toks)) if sentence.same_clause(n, head)]
        return any(self.lexicon.in_class(toks[n].lower, name)
                   for n in clause for name in ("arriving", "entering", "goods_moving")) \
            or any(e.type == "AID" and e.trigger.start < toks[head].start
                   and sentence.index_at(e.trigger.start) in clause for e in events)

    def _background_reason(self, sentence: Sentence, groups: list[Group], event: Event, k: int, opening: int,
                           head: int, span: range, modifier: bool) -> str | None:
        """Why the relative clause opening at ``opening`` (a participle at ``k`` when
        ``modifier``) on the noun at ``head`` is background to the news; None when it goes on
        with the news, as one on a party that tells no earlier act does (see
        :meth:`_relative_background`)."""
        toks = sentence.tokens
        party = any(g.first <= head < g.last for g in groups) or self._people_noun(toks[head].lower)
        kind = not modifier and toks[opening].lower != "where" and toks[head].text != "," \
            and _bare_plural(sentence, head, self.lexicon)
        if modifier:
            return "a participle on a noun"
        if _perfect_in(sentence, range(opening + 1, k)):
            return "told in a perfect"
        if kind:
            return "a kind of people"
        if _earlier_time(sentence, span):
            return "an earlier time of its own"
        if _simple_present(sentence, self._trigger_of[id(event)]) is not None or toks[k - 1].lower in {"is", "are"}:
            return "a standing state, in the simple present"
        return None if party else "a clause on a thing, a place or an event"

    def _request_source(self, sentence: Sentence, groups: list[Group], trig: Trigger) -> list[ActorRef] | None:
        """"deemed unacceptable a demand from the federal finance ministry", "answered an appeal
        from Iraq": a request noun followed by "from" a party or a state's body names who made
        it; the clause's subject answers or judges it and makes none. That party (none when
        the body goes unresolved), or None when no such "from" follows."""
        toks = sentence.tokens
        start = trig.after + 1
        if trig.type != "REQUEST" or not _act_named(sentence, trig) or start >= len(toks) \
                or toks[trig.after].lower != "from":
            return None
        end = min(len(toks), start + SOURCE_WORDS)
        group = next((g for g in groups if start <= g.first < end), None)
        if group is not None and all(t.lower in DETERMINERS or not t.cap and t.lower.isalpha()
                                     for t in toks[start:group.first]):
            return list(group.refs)
        body = next((m for m in range(start, end) if self.lexicon.in_class(toks[m].lower, "state_bodies")), None)
        if body is not None and all(t.lower in DETERMINERS or not t.cap and t.lower.isalpha()
                                    for t in toks[start:body]):
            return []
        return None

    def _people_noun(self, word: str) -> bool:
        """Whether ``word`` names people ("mujahideen", "protesters", "officials", "troops"):
        the participants' nouns and the classes of forces, members and crowds."""
        return self.lexicon.participant(word) \
            or any(self.lexicon.in_class(word, name) for name in ("forces", "members", "crowds"))

    def _punished_pronouns(self, sentence: Sentence, cues: list[Cue], by_trigger: list[tuple[Trigger, Event]],
                           trace: list[str] | None) -> None:
        """"EU ministers banned the eight from entering the bloc, saying they had helped supply
        drones to Russia": the reason a party gives, in a participle of speech, for an act
        against others (``PUNISHING_TYPES``) is what it holds them to have done; a third-person
        pronoun there stands for those it punishes (the act's recipients, none when they are
        no party), never for the speaker, which does not accuse itself."""
        for trig, event in by_trigger:
            cue = cue_for(sentence, cues, trig.i)
            if not trig.speaker_pronoun or trig.roles.pronoun in _FIRST_PERSON or cue is None or not cue.forward \
                    or trig.roles.pronoun not in ANAPHORS:
                continue  # only a participle's report ("..., saying they had"), not "it said had"
            punishing = next((e for t, e in by_trigger if e is not event and e.type in PUNISHING_TYPES
                              and t.j <= cue.first and any(same_actor(a, event.actors) for a in e.actors)), None)
            if punishing is None:
                continue
            event.actors = [r for r in punishing.recipients if _refers(trig.roles.pronoun, r)]
            event.recipients = [r for r in event.recipients if not same_actor(r, event.actors)]
            _note(trace, f"{event.trigger.text!r}: pronoun {trig.roles.pronoun!r} in the reason given for "
                         f"{punishing.trigger.text!r} stands for whom it punishes, not the speaker")

    def _home_arrest(self, speaker: ActorRef) -> bool:
        """Whether an arrest told in the passive with no agent ("five men from Haifa were
        arrested this morning, the Shin Bet and the police said") was made by its speaker: a
        state or one of its agencies, not an armed group (who reports its members arrested by
        others), reporting an arrest in places all of its own country; an arrest abroad ("two
        Iranians were arrested in Iraq, Tehran said") is another state's."""
        countries = {m.place.country for m in self._places if m.place is not None}
        return speaker.type in ("state", "government") and bool(speaker.country) \
            and countries == {speaker.country}

    def _fold_arrest_raids(self, by_trigger: list[tuple[Trigger, Event]], events: list[Event],
                           trace: list[str] | None) -> list[Event]:
        """"Forces detained 31 people in raids on towns", "gunmen stormed the homes of local
        staff and took them away": a raid or storming that hits no one named (a place at most)
        and kills or wounds no one, in the sentence of an arrest by the same party (or by no
        party), is the arrest operation itself, not a second, violent event."""
        arrest = next((e for e in events if e.type == "COERCE" and e.mode == "arrest"), None)
        if arrest is None:
            return events
        folded = {id(e) for t, e in by_trigger
                  if e.type == "ASSAULT" and self.lexicon.in_class(t.entry.key, "arrest_raids")
                  and all((r.reason or "").startswith(_PLACE_READ) for r in e.recipients)
                  and not (e.size and (e.size.dead or e.size.injured))
                  and _compatible(e.actors, arrest.actors)}
        for event in events:
            if id(event) in folded:
                arrest.actors = _firmer(arrest.actors, event.actors)
                _note(trace, f"{event.trigger.text!r}: the raid of the arrest {arrest.trigger.text!r}, folded into it")
        return [e for e in events if id(e) not in folded]

    def _fold_casualties(self, sentence: Sentence, by_trigger: list[tuple[Trigger, Event]], events: list[Event],
                         trace: list[str] | None) -> list[Event]:
        """"ambushed a bus near Ampara, killing 31 people", "a drone attack on a Hamas office
        killed the deputy leader": a verb of killing or wounding that follows an attack of its
        sentence as a participle after a comma, or whose subject is the attack noun itself, tells
        what that attack did, no second attack (though a hedge, "suspected guerrillas", may give
        the two different modalities); its victims and toll join the attack. So does one in a
        toll a word of ``toll_openers`` opens after a comma, in any clause after the attack
        ("branded yesterday's shelling a crime, saying the shells hit a yard, leaving 3 dead and
        8 wounded"): the toll of the attack told, not an attack of the report's own day."""
        casualty_words = self.lexicon.casualty_words
        toks = sentence.tokens
        attacks: list[tuple[Trigger, Event]] = []
        folded: set[int] = set()
        for trig, event in by_trigger:
            if event.type != "ASSAULT":
                continue
            word = toks[trig.i].lower
            toll = trig.entry.pos == "verb" and word in casualty_words
            comma = _last_comma(sentence, trig.i)
            # ", killing 31"; ", setting cars ablaze and killing six": a participle coordinated with one
            consequence = toll and word.endswith("ing") and (toks[trig.i - 1].text == "," or (
                toks[trig.i - 1].lower == "and" and comma is not None and comma + 1 < trig.i - 1
                and toks[comma + 1].lower.endswith("ing")))
            counted = toll and comma is not None and _counted_toll(toks, trig.i)  # ", 6 dying and 9 wounded"
            left = counted or toll and comma is not None and comma + 1 < trig.i \
                and self.lexicon.in_class(toks[comma + 1].lower, "toll_openers")  # ", leaving 3 dead and 8 wounded"
            attack = next((a for t, a in reversed(attacks) if toll and id(a) not in folded and (
                left or consequence and sentence.same_clause(t.i, trig.i - 2)
                or t.entry.pos == "noun" and _subject_noun(sentence, t, trig))), None)
            if attack is None or not (counted or _compatible(attack.actors, event.actors)):
                attacks.append((trig, event))
                continue
            folded.add(id(event))
            attack.recipients = attack.recipients + [  # the victims, not the place they fell in
                r for r in event.recipients if not (r.reason or "").startswith(_PLACE_READ)
                and (r.country or r.actor_id or r.reason == PARTICIPANT
                     and not (attack.recipients and r.text.lower() in PEOPLE_WORDS))  # "killing 40 people"
                and not same_actor(r, attack.recipients + attack.actors)]
            attack.size = attack.size or event.size
            _note(trace, f"{event.trigger.text!r}: what the attack {attack.trigger.text!r} did, folded into it")
        return [e for e in events if id(e) not in folded]

    def _event(self, document: Document, sentence: Sentence, groups: list[Group], trig: Trigger,
               reader: PatternRoles, cues: list, trace: list[str] | None) -> Event:
        entry, word = trig.entry, sentence.span_text(trig.i, trig.j)
        roles = trig.roles = _read_roles(sentence, groups, trig, reader)
        if entry is SAID_THREAT or entry is VOICED_THREAT:
            roles.recipients = self._threatened(sentence, groups, trig)
        if trig.warned and not roles.recipients and trig.type == "THREATEN":
            roles.recipients = trig.warned  # "warned that reformist papers could be shut down"
        if trig.enacted is not None:  # "instructed the ministry to release 40 detainees": the detainees
            act = trig.enacted
            roles.recipients = reader.roles(sentence, groups, act.i, act.after, act.entry).recipients
        if roles.object_found and self._attributive(sentence, trig):
            roles.recipients, roles.object_found = [], False
            roles.how.append("a participle describing the words after it ('threatening remarks') has no object")
        origin = None if roles.recipients or roles.passive or not entry.key.endswith("@dealings") \
            else _origin_of_goods(sentence, trig, reader, self._places)
        if origin is not None:  # "imposed a ban on imports of Turkish steel": Turkey's trade is hit
            roles.recipients = [origin]
            roles.how.append(f"{origin.text!r}: the country of the goods whose trade is stopped")
        if trig.agent is not None:
            roles.actors = list(trig.agent.refs)
            roles.recipients = [r for r in roles.recipients if r not in roles.actors]
            roles.how.append("agent named in the noun's phrase ('the sanctions that X imposed', "
                             "'condemned the detention of Y by X')" if trig.agent.refs else
                             "a judged decision or attack whose doer goes unnamed: its doer is unknown, not the judge")
            if not roles.recipients:
                # after a relative's agent its verb is skipped ("the sanctions that the EU imposed
                # on X"); a "by" agent ends the verb's phrase ("was lodged by X with Y")
                by = trig.agent.first > trig.j and sentence.tokens[trig.agent.first - 1].lower == "by"
                reader.recipients_after(sentence, groups, trig.agent.last + (0 if by else 1), entry, roles)
            if not roles.recipients and trig.passive_at is not None:  # "was extended to X by Y"
                reader.recipients_after(sentence, groups, trig.passive_at + 1, entry, roles)
                roles.recipients = [r for r in roles.recipients if not same_actor(r, roles.actors)]
        if not roles.recipients and trig.sufferer_at is not None:
            roles.recipients = [r for r in reader.subject_of(sentence, groups, trig.sufferer_at)
                                if not same_actor(r, roles.actors)]
            if roles.recipients:
                roles.how.append("recipient: the subject who suffered it 'at the hands of' its doer")
        if not roles.recipients and roles.passive and entry.pos == "verb" and entry.preps:
            party = _subject_phrase_party(sentence, groups, trig, entry)
            if party is not None:  # "Budget support to Malawi was suspended"
                roles.recipients = [r for r in party.refs if not same_actor(r, roles.actors)]
                roles.how.append(f"recipient: {party.refs[0].text!r}, in the passive subject's "
                                 f"{sentence.tokens[party.first - 1].text!r} phrase")
        if not roles.recipients and trig.subject_noun is not None:
            asked = _read_roles(sentence, groups, trig.subject_noun, reader).actors
            roles.recipients = [r for r in asked if not same_actor(r, roles.actors)]
            if roles.recipients:
                roles.how.append(f"recipient: who made the {sentence.tokens[trig.subject_noun.i].text!r} "
                                 "heading its passive's subject")
        if not roles.recipients and trig.type in LIFTING and \
                (target := _relative_target(sentence, groups, trig, self.lexicon)):
            roles.recipients = [r for r in target.refs if not same_actor(r, roles.actors)]
            roles.how.append(f"recipient: whom the measures lifted were imposed on ({target.refs[0].text!r})")
        if not roles.recipients and _relative_verb(sentence, trig) and trig.type in _CONFLICT:
            reader.object_after(sentence, groups, trig.j + 2, roles)  # "an attack that set a ship ablaze"
        if trig.granted_at is not None:
            roles.actors = reader.subject_of(sentence, groups, trig.granted_at) or roles.actors
            roles.recipients = [r for r in roles.recipients if not same_actor(r, roles.actors)]
            roles.how.append(f"a request granted ({trig.by!r}): who granted it acts")
        judged = next((t.agent for t in trig.content if t.agent is not None and t.agent.refs
                       and not same_actor(t.agent.refs[0], roles.actors)), None)
        if judged is not None and not roles.passive:  # "condemned the sanctions that the EU imposed": the EU
            roles.recipients = list(judged.refs)
            roles.how.append("recipient: who did the act it governs")
        # talks are held with a partner, never with a party of their topic ("talks on the release
        # of funds frozen under US sanctions", "talks on NATO expansion")
        if not roles.recipients and self._attributive(sentence, trig):
            aimed = _aimed_at(sentence, groups, trig.j + 1)
            if aimed is not None:
                roles.recipients = list(aimed.refs)
                roles.how.append(f"whom the words are aimed at ('remarks against X'): {aimed.refs[0].text!r}")
        elif not roles.recipients and entry.complement and not roles.passive and not entry.reciprocal \
                and entry.complement != "negate":  # "denied that envoys had met X": X is not rebuffed
            parties = [g for g in groups if not self._framework_author(sentence, g)]
            inner = _content_recipient(sentence, parties, trig.after, roles.actors, noun=entry.pos == "noun")
            if inner is not None and trig.type in self.lexicon.own_means_types and self._force_named(sentence, inner):
                # "The interior ministry sent three Federal Police brigades": what is moved, no target
                roles.actors = roles.actors or list(inner.refs)
                roles.how.append(f"{inner.refs[0].text!r}: the forces sent, the mover's own, no recipient")
            elif inner is not None:
                roles.recipients = list(inner.refs)
                roles.how.append("recipient: first actor in the governed content")
            elif trig.type == "THREATEN" and (nation := _content_nation(sentence, trig, reader)) is not None \
                    and not any(a.country == nation.country for a in roles.actors):
                roles.recipients = [nation]
                roles.how.append(f"{nation.text!r}: the country of a demonym in the threat's content "
                                 "('would target Saudi oil facilities')")
        if trig.type in self.lexicon.own_means_types and not roles.passive \
                and not any(a.country for a in roles.actors) \
                and (moved := self._forces_in_trigger(sentence, groups, trig)) is not None:
            roles.actors = list(moved.refs)  # "Army lorries ferried 350 Honduran infantrymen": Honduras moves
            roles.how.append(f"{moved.refs[0].text!r}: the forces the trigger moves, their state's own, "
                             "its carrier naming no mover")
        if trig.type in self.lexicon.own_means_types and roles.recipients:
            # "moved tanks to the Syrian border": the neighbour faced is the target; a border at
            # home, or a named place ("the Syrian border district of Qaim", which is Iraqi), is
            # only where the forces go
            home = {a.country for a in roles.actors if a.country}
            bound = [r for r in roles.recipients if not self._destination(sentence, r)
                     or r.country not in home and not self._named_destination(sentence, r)]
            if len(bound) < len(roles.recipients):  # "sent troops to the Russian border region"
                roles.how.append("a place at home or a named place the forces move to ('the Russian border "
                                 "region', 'the Syrian border district of Qaim') is where, not whom, they go")
                roles.recipients = bound
        # the place that is the verb's object ("bombed the T4 air base in central Syria") is
        # struck before any place its phrases name
        if not roles.recipients and not roles.passive and entry.pos == "verb" and trig.type in OBJECT_PLACE_TYPES:
            self._object_place(sentence, trig, roles)
        if not roles.recipients and entry.requires == VESSEL_CLASS:
            self._boarded_ship(sentence, trig, roles)
        if trig.type in self.lexicon.place_targets and (
                trig.type in self.lexicon.place_sources or (entry.pos == "verb" and not roles.actors)):
            # aid reaching a place stands for its people only when no giver tells the delivery
            # apart (two states' aid landing in Beirut that day are two events), and only after
            # a verb of arrival, not "aid" in a place
            self._place_roles(sentence, groups, trig, roles)
        elif trig.type in self.lexicon.place_targets and roles.actors and not roles.recipients and entry.pos == "verb":
            # a giver's aid bound for a place abroad is aid to that country ("headed for Socotra")
            self._destination_target(sentence, trig, roles)
        if (entry.inverse or roles.passive and entry.pos == "verb") and trig.type == "ASSAULT" and not roles.recipients:
            self._place_subject(sentence, trig, roles)  # "Kharkiv came under fire", "Eilat, ..., was targeted"
        if trig.type == "ASSAULT" and not roles.actors and not roles.passive:
            self._ascribed_doer(sentence, groups, trig, roles)
        self._aim_at_scene(sentence, groups, trig, roles)
        self._place_officials(sentence, trig, roles, [r for g in groups for r in g.refs])
        named = self._operation_forces(sentence, groups, trig, roles.actors)
        if named:
            roles.actors = named
            roles.how.append(f"the unnamed force acts for the forces of the operation it carries out "
                             f"({', '.join(r.text for r in named)})")
        if not roles.actors and not roles.passive and trig.governor_at is not None \
                and _controlled_complement(sentence, trig.governor_at, trig.i):
            roles.actors = reader.subject_of(sentence, groups, trig.governor_at)
            if roles.actors:
                roles.recipients = [r for r in roles.recipients if not same_actor(r, roles.actors)]
                roles.how.append(f"controlled subject: who {sentence.tokens[trig.governor_at].text!r} "
                                 "does the act of its gerund or infinitive")
        if not roles.actors and not roles.passive and (pair := _the_two(sentence, groups, trig)):
            roles.actors = pair
            roles.how.append("'the two ...' with no names: the two parties the sentence named before")
        if not roles.actors and not roles.passive:
            definite = self._definite_state(document, sentence, groups, trig, refs=[
                r for g in groups for r in g.refs])
            if definite is not None:
                roles.actors = [definite]
                roles.how.append(f"{definite.text!r}: the state of {definite.country} named in the context")
                self._aim_at_scene(sentence, groups, trig, roles)  # "Authorities cut the internet across Oromia"
        if not roles.recipients and not roles.passive and trig.type in METONYMY_TYPES:
            city = self._visited_city(sentence, trig, roles.actors, [r for g in groups for r in g.refs])
            if city is not None:
                roles.recipients = [city]
                roles.how.append(f"{city.text!r}: a city visited or met in stands for its government")
        type_ = trig.type or ""
        restricted = False
        # a state's forces that block a road or a ship restrict it ("coast guard vessels blocked a supply boat")
        if entry.official and any(a.type in ("state", "government") or a.sector == "GOV"
                                  or entry.mode == "obstruct" and (_state_epithet(sentence, trig, a)
                                                                   or a.sector in ("MIL", "COP"))
                                  or self._military_command(a) for a in roles.actors):
            type_ = entry.official
            restricted = entry.mode == "obstruct"  # the state's blockade restricts; a protest's obstructs
        if entry.joint and len({a.country for a in roles.actors if a.country}) > 1:
            type_ = entry.joint  # "sailors from Turkiye and Egypt are holding manoeuvres": together
        # "The OAS expelled Honduras": a body of states shuts a member out
        shut_out = type_ == "COERCE" and entry.mode == "deport" and bool(roles.actors) and bool(roles.recipients) \
            and all(a.type == "igo" for a in roles.actors) and all(r.type == "state" for r in roles.recipients)
        type_ = "SANCTION" if shut_out else type_
        # "Gunmen seized two French engineers": people an armed party of no state seizes are
        # abducted (PLOVER ASSAULT abduct), not held by a state's law
        abducted = type_ == "COERCE" and entry.mode == "seize" and bool(roles.actors) and bool(roles.recipients) \
            and all(a.type == "armed_group" or a.sector in IRREGULAR_SECTORS for a in roles.actors) \
            and all(r.type == "person" or (r.sector is not None and r.type not in {"state", "igo"})
                    for r in roles.recipients)
        type_ = "ASSAULT" if abducted else type_
        rescued = type_ == "RETREAT" and entry.mode == "release" and self._rescue(sentence, trig, roles.actors)
        if rescued:
            type_ = "AID"  # "special forces had freed four foreign hostages": a rescue (PLOVER AID notes)
            roles.how.append("hostages a state's forces free are rescued, not released by their captors (PLOVER AID)")
        assisted = self._assistance(sentence, groups, trig, roles) if type_ == "MOBILIZE" else None
        if assisted is not None:  # "deployed 1,000 soldiers to Cabo Delgado at Maputo's request"
            type_, roles.recipients = "AID", assisted or roles.recipients
            roles.how.append("forces sent to help another state's party or to bring relief: military or "
                             "humanitarian assistance (PLOVER AID)")
        cue = cue_for(sentence, cues, trig.i)
        addressed = _addressed(sentence, groups, cues, trig, cue)
        audience = [a for a in _audience(sentence, groups, cues) if a not in addressed]
        if any(_heard(r, audience) for r in roles.actors + roles.recipients):
            roles.actors = [r for r in roles.actors if not _heard(r, audience)]
            roles.recipients = [r for r in roles.recipients if not _heard(r, audience)]
            roles.how.append("whom a source told the news is its audience, no party")
        speaker = cue.speaker if cue else None
        pronoun = speaker.text.lower() if speaker is not None else ""
        if speaker is not None and pronoun in ANAPHORS and not speaker.country:  # "It said it targeted"
            speaker = next((a for a in self._antecedents if _refers(pronoun, a)), speaker)
        if speaker is not None and self._reported_judgement(sentence, trig, type_, cue):
            judged_party = [a for a in roles.actors if not same_actor(a, [speaker])]
            roles.actors = _speakers(sentence, groups, cue, speaker)  # type: ignore[arg-type]
            if not roles.recipients or all(r.text.lower() in PRONOUNS for r in roles.recipients):
                roles.recipients = judged_party
            roles.how.append(f"a judgement after the report ('X said Y did Z, calling it a crime'): "
                             f"{speaker.text!r} judges the party of what it reported")
        owned = None
        if entry.addressee_subject:  # "Libya must hand over the suspects, Britain said"
            # "any attack on Iraqi soil would be answered": the side a preposition's object
            # names is attacked, not addressed; with no attacker named, no one is
            roles.actors = [a for a in roles.actors if not _struck_in_phrase(sentence, a)]
            # "vessels of any firm trading with Israel would be hit, the spokesman said": a
            # threat needs no party addressed; the speaker who makes it is its actor, unless a
            # "by" names what will strike ("farms would be hit hardest by the heatwave")
            threat = type_ == "THREATEN" and "by" not in sentence.words(trig.j, trig.j + AGENT_REACH)
            if speaker is None and threat:  # "... would bring a crushing response, Tehran warned."
                speaker = _closing_warner(sentence, groups, trig, self.lexicon.cues.closing_warnings)
            own_arms = type_ == "THREATEN" and roles.passive and speaker is not None and bool(speaker.country) \
                and bool(roles.actors) \
                and all(a.country == speaker.country and (a.start or 0) >= sentence.tokens[trig.j - 1].end
                        for a in roles.actors)
            if own_arms:  # "their carriers would be sunk by the Guards' missiles": the speaker's own arms strike
                roles.actors, threat = [], True
            if speaker is not None and cue is not None and type_ == "THREATEN" and not roles.actors:
                roles.actors = self._threatened_subject(document, sentence, groups, trig, cue, speaker)
            if not roles.actors and addressed and roles.pronoun in TOLD_PRONOUNS:
                roles.actors = addressed  # "told Nigeria's rulers that they must restore democracy": they
                roles.how.append(f"pronoun {roles.pronoun!r} stands for whom the speaker told")
            roles.recipients = roles.actors if speaker is not None else []
            roles.actors = [speaker] if speaker is not None and (roles.recipients or threat) else []
            roles.how.append("the subject is addressed; the speaker acts" if roles.recipients
                             else "no party addressed; the speaker threatens" if roles.actors
                             else "no speaker to address it")
            owned = self._owned_act(sentence, groups, trig, reader, roles, cue)
            if owned is not None:
                type_ = owned.type or type_
        if roles.passive and not roles.recipients and speaker is not None \
                and roles.pronoun in POSSESSIVES | TOLD_PRONOUNS and cue is not None and cue.first < trig.i \
                and reader.gapped_subject_passive(sentence, trig.i) is None:
            # "said three of its fighters were killed": its people suffered; "told Rudaw they had
            # not been consulted": they, the speakers, were not
            roles.recipients = [speaker]
            roles.how.append(f"pronoun {roles.pronoun!r} in the passive subject stands for the speaker")
        elif not roles.actors and speaker is not None and roles.pronoun \
                and not (roles.passive and roles.pronoun in TOLD_PRONOUNS) and (  # "said it was attacked": no doer
                roles.pronoun in _FIRST_PERSON or cue.first < trig.i):  # type: ignore[union-attr]
            roles.actors = _speakers(sentence, groups, cue, speaker)  # type: ignore[arg-type]
            trig.speaker_pronoun = True
            roles.how.append(f"pronoun {roles.pronoun!r} stands for the speaker")
        if not roles.actors and not roles.passive and roles.pronoun in ANAPHORS \
                and not _names_the_event(sentence, trig):
            antecedent = next((a for a in self._antecedents if _refers(roles.pronoun, a)), None)
            if antecedent is not None:  # "Hamas rejected the plan. It accused Israel of ..."
                roles.actors = [antecedent]
                roles.how.append(f"pronoun {roles.pronoun!r}: {antecedent.text!r}, the previous sentence's "
                                 "first party of its kind")
        if not roles.actors and not roles.passive and roles.pronoun in OWNER_PRONOUNS \
                and self._acting_for(sentence, trig, roles.pronoun):
            owner = _owner_before(sentence, groups, trig, roles.pronoun)
            if owner is not None:  # "lashed out at the EU after its ministers blacklisted": the EU
                roles.actors = [owner]
                roles.recipients = [r for r in roles.recipients if not same_actor(r, roles.actors)]
                roles.how.append(f"{roles.pronoun!r} heading the subject: {owner.text!r}, the party before it "
                                 "that it stands for")
        if roles.actors and all((a.reason or "").startswith(DOMESTIC_FORCE) for a in roles.actors) \
                and speaker is not None and speaker.country and armed_or_state(speaker):
            roles.actors = _speakers(sentence, groups, cue, speaker)  # type: ignore[arg-type]
            roles.how.append(f"forces no country is named for, in {speaker.text!r}'s report: its own "
                             "('security forces detained 21, the IDF said')")
        if not roles.actors and roles.passive and speaker is not None and type_ in self.lexicon.own_means_types \
                and cue is not None and cue.first < trig.i and armed_or_state(speaker):
            roles.actors = [speaker]  # "the army said units had been dispatched to the south"
            roles.how.append("unowned forces moved, in an armed party's or state's report: the speaker moved them")
        if not roles.actors and roles.passive and speaker is not None and entry.mode == "arrest" \
                and cue is not None and self._home_arrest(speaker):
            # "five men were arrested in Haifa, the Shin Bet said"
            roles.actors = _speakers(sentence, groups, cue, speaker)
            roles.how.append(f"an arrest at home told in the passive by the state's own agency: "
                             f"{speaker.text!r} made it")
        nominal = entry.pos == "noun" or (sentence.tokens[trig.i].lower.endswith("ing") and trig.i > 0
                                           and sentence.tokens[trig.i - 1].lower in DETERMINERS)
        if not roles.actors and speaker is not None and nominal and cue is not None \
                and 0 <= trig.i - cue.last <= 5 and sentence.same_clause(cue.last - 1, trig.i) \
                and sentence.tokens[cue.last - 1].lower in ANNOUNCING \
                and not any(t.cap and t.text not in load_time_lexicon().weekdays  # "announced on Thursday the"
                            for t in sentence.tokens[cue.last:trig.i]):
            # "Italy announced a suspension of flights": Italy suspends
            roles.actors = _speakers(sentence, groups, cue, speaker)
            roles.how.append("nominal trigger is what the speaker announced: the speaker acts")
        if not roles.actors and type_ in SAID_ACTS and speaker is not None and cue is not None \
                and (speaker.country or speaker.actor_id) and not _told_before(sentence, trig) \
                and not any(_near_party(sentence, g, trig) for g in groups if not same_actor(g.refs[0], [speaker])):
            roles.actors = _speakers(sentence, groups, cue, speaker)  # "said the strait would turn into a graveyard"
            roles.how.append(f"a threat or refusal with no party in its clause: its speaker's ({speaker.text!r})")
        backed = self._rallied_support(sentence, groups, trig, reader, roles) if type_ == "REQUEST" else []
        if backed:  # "Iran lobbied Islamic countries to back the Bosnian Moslems"
            type_, roles.recipients = "SUPPORT", backed
            roles.how.append(f"asking others to back {backed[0].text!r} rallies support for it (CAMEO 053)")
        crowds = self._all_crowds(sentence, roles.actors, reader)
        crowd_demand = type_ == "REQUEST" and entry.pos == "verb" and crowds
        if crowd_demand:  # "protesters demanded the minister's resignation": PLOVER codes the protest
            type_ = "PROTEST"
            roles.how.append("a crowd's demand is the content of its protest")
        riot = type_ == "ASSAULT" and (entry.mode == "destroy" or self.lexicon.in_class(entry.key, "riot_acts")) \
            and crowds
        if riot:  # "rioters set fire to government buildings", "protesters stormed parliament"
            type_ = "PROTEST"
            roles.how.append("a crowd storming or burning property riots (PLOVER PROTEST riot)")
        walkout = type_ == "ASSAULT" and entry.pos == "noun" and self._labour_strike(sentence, trig, roles.actors)
        if walkout:  # "workers extended their strike into a third week", "the metalworkers' strike"
            type_, roles.recipients = "PROTEST", []
            roles.how.append("a strike held by workers is a stoppage (PLOVER PROTEST strike), no attack; "
                             "the places it paralyses are not struck")
        sit_in = type_ == "COERCE" and entry.mode == "seize" and crowds
        if sit_in:  # "protesters occupied the airport": no seizure by a state's force
            type_ = "PROTEST"
            roles.how.append("a crowd occupying a place protests there (PLOVER PROTEST demo)")
        setting = self._attack_setting(sentence, trig, type_, roles) if type_ == "ASSAULT" else None
        if setting:  # "as a precaution against stray fire", "families who fled the offensive"
            roles.actors, roles.recipients = [], []
            roles.how.append(setting)
        announced = cue is not None and cue.last <= trig.i and sentence.tokens[cue.last - 1].lower in ANNOUNCING
        modality = partial(read_modality, sentence, trig.i, type_, self.lexicon, governed=trig.governed,
                           speaker=speaker, claiming=bool(cue and cue.claiming), announced=announced,
                           phrase=trig.entry.key, hedge_from=_conjunct_start(sentence, trig), mode=entry.mode,
                           trailing=cue is not None and cue.first > trig.i)
        reading = modality(actors=roles.actors)
        # "villagers blockaded the approaches to the dam": no restriction by a state's force; a
        # blockade they say they will mount stays the threat the modality reads
        blocked = reading.type == "COERCE" and self.lexicon.in_class(entry.key, "obstructing") \
            and (crowds or self._all_civilians(roles.actors))
        if blocked:
            type_ = reading.type = "PROTEST"
            roles.how.append("civilians blocking a place obstruct it (PLOVER PROTEST obstruct)")
        # "said the invaders would be driven out by force": an act foretold on others in the
        # passive, no doer named, is the speaker's threat, as "would be attacked" is; so is a
        # coercion a state's side says would or could befall a party ("said the party could be
        # banned"), no procedure on people no party names ("foreigners among them would be deported")
        foretold = reading.type == "THREATEN" if type_ == "ASSAULT" else type_ == "COERCE" and speaker is not None \
            and armed_or_state(speaker) and bool(roles.recipients) \
            and (reading.type == "THREATEN" or reading.modality == "possible")
        threat = modality(actors=_speakers(sentence, groups, cue, speaker)) \
            if foretold and roles.passive and not roles.actors and speaker is not None and cue is not None \
            and (speaker.country or speaker.actor_id) \
            and not any(r.text == speaker.text or r.actor_id and r.actor_id == speaker.actor_id
                        for r in roles.recipients) else None
        if threat is not None and threat.type == "THREATEN":
            roles.actors, reading = _speakers(sentence, groups, cue, speaker), threat  # type: ignore[arg-type]
            roles.how.append(f"a harm foretold in the passive with no doer: {speaker.text!r} threatens")
        if reading.type == "THREATEN" and speaker is not None and _provoked_threat(speaker, roles):
            roles.actors = _speakers(sentence, groups, cue, speaker)  # type: ignore[arg-type]
            _note(trace, f"{word!r}: what the other side's act would bring on its own country is "
                         f"{speaker.text!r}'s threat ('a single rocket from Lebanon would bring down blocks "
                         "in Dahiyeh'), not that side's")
        if reading.type == "THREATEN" and not roles.recipients:
            # a threat read from the modality ("would walk out unless Israel froze ...") is made to
            # the party told of it or heading its condition
            reader.threatened(sentence, groups, trig.i, trig.after, roles)
        if reading.type == "REJECT" and type_ != "REJECT" and not roles.recipients:
            # "would not step aside despite rebel demands": an act refused with no one acted on
            # rejects whoever demanded or proposed it, as refusing the demand itself would
            reader.appeal_owner(sentence, groups, trig.after, roles)
        toks = sentence.tokens
        if riot and reading.modality == "intended" and trig.i > 1 and toks[trig.i - 1].lower == "to" \
                and self.lexicon.in_class(toks[trig.i - 2].lower, "attempts"):
            reading.modality = "asserted"  # "protesters who tried to force the gate": the attempt is the riot
            reading.cues = [f"a crowd's attempt ({toks[trig.i - 2].text!r}) is its riot, no plan"]
        if reading.type == "REQUEST" and self._own_war_ended(sentence, trig, roles):
            reading.type = "AGREE"
            _note(trace, f"{word!r}: a side's call for the end of its own war at home is its will to "
                         "de-escalate (AGREE), no demand on its foe")
        mode = (trig.enacted or owned or trig).entry.mode if reading.type == type_ and not (sit_in or blocked) \
            else None
        if reading.type == "THREATEN" and not mode:  # what is threatened: "threatened to cut ties"
            # the content's own verb first ("warned that anyone joining a march would be arrested")
            content = sorted(trig.content, key=lambda t: toks[t.i - 1].lower not in CONTENT_VERB_LEADS)
            # "teachers threatened a strike": their stoppage, no violence
            threatened = [("PROTEST", "strike") if self._labour_strike(sentence, t, roles.actors)
                          else (t.entry.type, t.entry.mode) for t in content] if reading.type == type_ \
                else [(type_, entry.mode)]
            mode = next(filter(None, (self.lexicon.threat_mode(t, m) for t, m in threatened)), None)
        if reading.type in DEMAND_TYPES and not mode and reading.type == type_:  # "demanded the release of"
            mode = next(filter(None, (self.lexicon.demand_mode(t.entry.type, t.entry.mode)
                                      for t in trig.content)), None)
        mode = "restrict" if restricted and reading.type == type_ else None if assisted is not None or rescued else mode
        mode = "meet" if reading.type == "REJECT" and type_ == "CONSULT" else mode  # talks refused (CAMEO 125)
        mode = "strike" if walkout and reading.type == type_ else mode
        mode = "riot" if riot and reading.type == type_ else "obstruct" if blocked and reading.type == type_ else \
            "expel" if shut_out and reading.type == type_ else "abduct" if abducted and reading.type == type_ else \
            mode or self._mode(sentence, trig, reading.type) or ("demo" if crowd_demand or sit_in else None)
        if reading.type == "CONSULT" and mode is None and roles.actors and all(a.type == "igo" for a in roles.actors):
            mode = "multilateral"  # "ministers of ASEAN met": a body's members confer; "Iran and the IAEA" do not
        _note(trace, f"{word!r}: {entry.pos} {entry.key!r} (events.yaml line {entry.line}) -> "
                     f"{reading.type}{' mode ' + mode if mode else ''}; roles: "
                     f"{'; '.join(roles.how) or 'none found'}; modality {reading.modality}"
                     f"{' (' + ', '.join(reading.cues) + ')' if reading.cues else ''}"
                     f"{'; governed by ' + repr(trig.by) if trig.governed else ''}")
        confidence = 0.5 + 0.2 * bool(roles.actors) + 0.1 * bool(roles.recipients) \
            + 0.1 * (reading.modality == "asserted")
        event = Event(
            doc_id=document.doc_id, event_id="", type=reading.type,
            trigger=Span(sentence.tokens[trig.i].start, sentence.tokens[trig.j - 1].end, word),
            sentence=Span(sentence.start, sentence.end, sentence.text),
            modality=reading.modality,  # type: ignore[arg-type]
            mode=mode, contexts=self._contexts(sentence),
            actors=roles.actors, recipients=roles.recipients,
            attribution=cue.attribution(sentence) if cue else None,
            confidence=round(confidence, 2),
        )
        if reading.told_after:  # set once the sentence's events are merged (see _told_after)
            self._told_after.append((event, reading.told_after))
        return event

    def _own_war_ended(self, sentence: Sentence, trig: Trigger, roles: Roles) -> bool:
        """"Sudan's army chief called for an end to the war with the RSF", "the Karen National
        Union called for an immediate end to fighting with the army": a side of a war at home
        (its foe of its own country) that calls for the war's end declares its will to
        de-escalate (CAMEO 0356, AGREE); an outsider's call stays a demand (1056, REQUEST)."""
        toks = sentence.tokens
        end = next((m for m in range(trig.j, min(len(toks) - 1, trig.j + WAR_END_REACH))
                    if self.lexicon.in_class(toks[m].lower, "war_ends") and toks[m + 1].lower in {"to", "of"}), None)
        if end is None or not any(self.lexicon.in_class(toks[m].lower, "wars")
                                  for m in range(end + 2, min(len(toks), end + 2 + WAR_WORDS))):
            return False
        home = {r.country for r in roles.actors}
        return len(home) == 1 and None not in home and bool(roles.recipients) \
            and {r.country for r in roles.recipients} == home

    def _attack_setting(self, sentence: Sentence, trig: Trigger, type_: str, roles: Roles) -> str | None:
        """Why the attack word at ``trig`` is no new attack by the sentence's parties, or None.
        The news is another act, and the attack only sets it: a hazard guarded against ("posted
        tanks as a precaution against stray fire", "protection against rocket attacks": a noun
        before "against"), what people fled ("families who fled the Islamic State offensive",
        "villagers fleeing the fighting"), a background clause opened by "as" or "while" whose
        subject is the attack ("thickened its line as fighting raged across the border": no party
        of the main clause fights there), or a place taken up for it ("taking up firing
        positions", ``garrisoned`` after an "-ing" form: a modifier). The words between may only
        describe the attack (determiners, modifiers, names)."""
        toks = sentence.tokens
        k = trig.i

        def describes(n: int) -> bool:  # a word inside the attack's noun phrase
            word = toks[n].lower
            return word in DETERMINERS | {"'s"} or toks[n].cap and n > 0 \
                or _modifier(word) and _verb_form(word) is None and word not in CLAUSE_WORDS \
                and not any(p.entry.pos == "verb" for p in self.lexicon.candidates(word))

        if _verb_form(toks[k].lower) == "past":
            return None
        # "as a precaution against stray fire and incursions by armed groups fighting in X": the
        # hazard's phrase runs on to the clause's next break
        for n in range(k - 1, max(0, k - HAZARD_REACH) - 1, -1):
            word = toks[n].lower
            if word in HAZARD_BREAKS or not toks[n].text.replace("-", "").replace("'", "").isalnum():
                break
            if word == "against" and n > 0 and toks[n - 1].lower.isalpha() \
                    and _verb_form(toks[n - 1].lower) is None \
                    and not any(p.entry.pos == "verb" or p.entry.type for p in self.lexicon.candidates(toks[n - 1].lower)):
                return f"a hazard guarded against ('{toks[n - 1].text} against'): no attack done"
        lead = k - 1
        while lead >= 0 and lead >= k - 5 and describes(lead):
            lead -= 1
        if lead < 0:
            return None
        word = toks[lead].lower
        if self.lexicon.in_class(word, "flight_verbs"):
            return f"what people fled ('{toks[lead].text}'): background to the news, no attack told"
        if word in {"as", "while"} and lead > 0 and sentence.same_clause(lead, k) \
                and roles.actors and all(a.end <= toks[lead].start for a in roles.actors if a.end is not None):
            return f"subject of a background '{word}' clause: no party before it does it"
        if _verb_form(toks[k].lower) == "ing" and trig.j < len(toks) \
                and self.lexicon.in_class(toks[trig.j].lower, "garrisoned") \
                and (k == 0 or toks[k - 1].lower in NOUN_CUES | {"up"}):
            return f"'{toks[k].text} {toks[trig.j].text}': a place held for the act, no act"
        return None

    @staticmethod
    def _rallied_support(sentence: Sentence, groups: list[Group], trig: Trigger, reader: PatternRoles,
                         roles: Roles) -> list[ActorRef]:
        """"Iran lobbied Islamic countries to back the Bosnian Moslems", "urged the European
        Community to support the PLO": a request whose content is backing a named party rallies
        support for that party (CAMEO 053), which PLOVER codes SUPPORT from the one who asks to
        the one backed; the party asked only passes it on. None when the backing names no party
        ("urged Congress to support the bill") or the request is a noun."""
        act = next((t for t in trig.content if t.type == "SUPPORT" and t.entry.pos == "verb"), None)
        if trig.entry.pos != "verb" or act is None:
            return []
        own = reader.roles(sentence, groups, act.i, act.after, act.entry)
        return [r for r in own.recipients if r.country and not same_actor(r, roles.actors + roles.recipients)]

    def _owned_act(self, sentence: Sentence, groups: list[Group], trig: Trigger, reader: PatternRoles,
                   roles: Roles, cue: Cue | None) -> Trigger | None:
        """"Hamas said it was behind the rocket attack on Sderot": a speaker that says it was
        behind an act (itself the subject of an accusing phrase, named or as a pronoun) owns up
        to it, as "claimed responsibility for the attack" does, and PLOVER codes the act it
        claims with the speaker as its source, no accusation of itself; so does one that says
        its own men were ("said its fighters were behind", "their militants"). The act's
        recipients are read on its own word."""
        act = next((t for t in trig.content if t.type), None)
        if trig.entry.mode != "allege" or act is None or cue is None or cue.speaker is None:
            return None
        toks = sentence.tokens
        named = bool(roles.recipients) and all(
            same_actor(r, [cue.speaker]) or not r.actor_id and toks[sentence.name_index(r.start or 0) - 1].lower
            in POSSESSIVES for r in roles.recipients)
        if not named and (roles.recipients or roles.pronoun not in SELF_SUBJECTS | POSSESSIVES or trig.i < cue.first):
            return None
        own = reader.roles(sentence, groups, act.i, act.after, act.entry)
        roles.actors = _speakers(sentence, groups, cue, cue.speaker)
        own.recipients = [r for r in own.recipients if not same_actor(r, roles.actors)]
        self._place_roles(sentence, groups, act, own)
        roles.recipients = own.recipients
        roles.how.append(f"the speaker says it was behind {sentence.span_text(act.i, act.j)!r}: "
                         "its claim of the act, as 'claimed responsibility for' is")
        return act

    def _operation_forces(self, sentence: Sentence, groups: list[Group], trig: Trigger,
                          actors: list[ActorRef]) -> list[ActorRef]:
        """"Security forces detained 27 suspects in the Hebron area in a joint operation of the
        military, the Shin Bet and Border Police": a force no country is named for, acting in
        an operation (raid, campaign) "of" or "by" named forces, is those forces; without them it
        would be taken for the police of the place where it acted. The list runs over their
        names, force nouns ("the military") and commas, up to the first other word."""
        classes = self.lexicon.classes
        forces = classes.get("forces", frozenset()) | classes.get("domestic_forces", frozenset())
        if not actors or any(a.country or a.actor_id or a.text.lower().split()[-1] not in forces for a in actors):
            return []
        toks = sentence.tokens
        operations = classes.get("force_operations", frozenset())
        k = next((k for k in range(trig.j, min(len(toks) - 1, trig.j + OPERATION_REACH))
                  if toks[k].lower in operations and toks[k + 1].lower in {"of", "by"}), None)
        if k is None or any(t.lower == ";" for t in toks[trig.j:k]):
            return []
        named: list[ActorRef] = []
        n = k + 2
        while n < len(toks):
            group = next((g for g in groups if g.first == n), None)
            if group is not None:
                named += [r for r in group.refs if r.country and not same_actor(r, named)]
                n = group.last
            elif toks[n].lower in {"the", ",", "and"} or toks[n].lower in forces \
                    or self.lexicon.in_class(toks[n].lower, "military_columns"):
                n += 1
            else:
                break
        return named

    def _acting_for(self, sentence: Sentence, trig: Trigger, pronoun: str) -> bool:
        """Whether the possessive ``pronoun`` before the trigger owns people who act for its
        party ("its ministers blacklisted", "their forces shelled"): officials, envoys or
        forces, not members who suffer the act ("dismantled and its members arrested")."""
        toks = sentence.tokens
        k = next((k for k in range(trig.i - 1, max(-1, trig.i - 5), -1) if toks[k].lower == pronoun), None)
        head = trig.i - 1  # the noun the possessive heads: "its foreign ministry deemed", "their security forces"
        while k is not None and head > k and toks[head].lower in ADVERB_GAP | HAVE_FINITE:
            head -= 1
        return k is not None and k < head and any(
            self.lexicon.in_class(toks[head].lower, name)
            for name in ("officials", "representatives", "forces", "state_bodies"))

    def _reported_judgement(self, sentence: Sentence, trig: Trigger, type_: str, cue: Cue | None) -> bool:
        """"The ministry said that N'Djamena had turned the airfield into a corridor for arms,
        describing this as hostile conduct", "said the RSF had looted the hospital, calling it
        a war crime": a verbal act in a participle clause closing a reported clause ("X said
        that Y did Z, calling it ...") is the speaker's, who judges what Y did; the party of the
        reported clause, nearest before the participle, is whom it is aimed at. A material
        participle (", killing five") goes on the reported act."""
        return type_ in self.lexicon.verbal_types and _participle(sentence, trig) and cue is not None \
            and not cue.forward and cue.speaker_span[1] <= cue.first and cue.last < trig.i - 1 \
            and "," not in sentence.words(cue.speaker_span[1], cue.first)

    def _weapon_subject(self, sentence: Sentence, trig: Trigger) -> bool:
        """Whether a weapon is the subject of a verb trigger ("drones reportedly hit the power
        plant", "a rocket struck a house"): the attack happened, though no one is named for it."""
        k = trig.i - 1
        while k >= 0 and sentence.tokens[k].lower in ADVERB_GAP | HAVE_FINITE:
            k -= 1
        return trig.entry.pos == "verb" and k >= 0 and self.lexicon.in_class(sentence.tokens[k].lower, "weapons")

    def _exercise_at(self, sentence: Sentence, k: int) -> bool:
        """Whether an exercise is named at token ``k``: a noun of the ``drills`` class or a phrase
        of ``exercises`` (modality.yaml: "war game", "simulation")."""
        cues = self.lexicon.cues
        assert cues is not None
        return self.lexicon.in_class(sentence.tokens[k].lower, "drills") \
            or any(sentence.match(k, phrase) for phrase in cues.exercises)

    def _rehearsed(self, sentence: Sentence, trig: Trigger) -> str | None:
        """Why an attack, a seizure, a release or a delivery at ``trig`` is part of an exercise,
        None when it is not: what it is done to is a stand-in ("stormed a mock hijacked ferry",
        "a simulated raid"), or it is an "-ing" participle after the comma that closes a clause
        naming the exercise, with no finite verb between ("teamed up in a counter-piracy war game,
        evacuating the crew of a tanker and boarding a suspect dhow"). An act with a verb of its
        own stays ("during the exercise, a stray missile hit a village")."""
        toks = sentence.tokens
        cues = self.lexicon.cues
        assert cues is not None
        for n in (trig.i - 1, trig.i - 2):  # "a simulated raid", "a fictional police raid"
            if n >= 0 and toks[n].lower in cues.simulated and (n == trig.i - 1 or toks[n + 1].lower.isalpha()):
                return f"a {toks[n].text} act"
        for n in range(trig.j, min(len(toks), trig.j + SIMULATED_REACH)):
            if not sentence.same_clause(trig.j - 1, n):
                break
            if toks[n].lower in cues.simulated:
                return f"done to a {toks[n].text} stand-in"
        if trig.entry.pos != "verb" or _verb_form(toks[trig.i].lower) != "ing":
            return None
        comma = next((m for m in range(trig.i - 1, -1, -1) if toks[m].text in {",", ";", ":"}), None)
        if comma is None or comma + 1 >= len(toks) or _verb_form(toks[comma + 1].lower) != "ing" \
                or any((_verb_form(toks[m].lower) == "past" and toks[m - 1].lower not in NOUN_DETERMINERS)
                       or toks[m].lower in BE_WORDS | HAVE_FINITE for m in range(comma + 1, trig.i)):
            return None
        opening = sentence.clause_start(comma - 1) if comma else 0
        exercise = next((m for m in range(opening, comma) if self._exercise_at(sentence, m)), None)
        if exercise is None:
            return None
        return f"a participle spelling out the exercise named by {toks[exercise].text!r}"

    def _issued_instrument(self, sentence: Sentence, trig: Trigger) -> bool:
        """Whether the participle at ``trig`` with its "by" agent follows an order heading a
        compound ("a release order signed by the king", "an evacuation order issued by the
        governor"; a word of ``directing`` after an indefinite article and a modifier), which it
        describes: its agent issued the order, backing or agreeing with no one."""
        toks = sentence.tokens
        k = trig.i - 1
        return trig.entry.pos == "verb" and k > 0 and trig.j < len(toks) and toks[trig.j].lower == "by" \
            and _verb_form(toks[trig.i].lower) == "past" and self.lexicon.in_class(toks[k].lower, "directing") \
            and _indefinite_compound(toks, k)

    def _homecoming(self, sentence: Sentence, trig: Trigger) -> bool:
        """Whether a verb of backing greets people on behalf of their kin ("their families
        welcomed the six men at the harbour", "relatives of the crew welcomed them home"): the
        subject is kin (``kin``), maybe with its "of" phrase, and the object people (a people
        noun of ``detainable``, ``captives`` or ``crews``, or a personal pronoun), not a
        decision, a step or a party, which kin may back ("the victims' families welcomed the
        verdict")."""
        toks = sentence.tokens
        if trig.entry.pos != "verb" or trig.j >= len(toks):
            return False
        m = trig.i - 1
        while m >= 0 and toks[m].lower in ADVERB_GAP:
            m -= 1
        if m < 0 or not self.lexicon.in_class(toks[m].lower, "kin"):
            of = next((n for n in range(m, max(-1, m - KIN_PHRASE - 1), -1) if toks[n].lower == "of"
                       or toks[n].text in {",", ";", ":"}), None)
            if of is None or of < 1 or toks[of].lower != "of" or not self.lexicon.in_class(toks[of - 1].lower, "kin"):
                return False
        people = ("detainable", "captives", "crews", "kin")
        for n in range(trig.j, min(len(toks), trig.j + KIN_PHRASE + 1)):
            word = toks[n].lower
            if word in {"them", "him", "her"} or any(self.lexicon.in_class(word, c) for c in people):
                return True
            if not (word in ARTICLES | POSSESSIVES or word.isdigit() or word.isalpha() and not toks[n].cap):
                return False
        return False

    def _all_crowds(self, sentence: Sentence, actors: list[ActorRef], reader: PatternRoles) -> bool:
        """Whether every actor is a crowd ("protesters", "angry crowds", "a mob", "5,000
        people"): a crowd acts by protesting, so what it demands, storms or occupies is its
        protest or riot (PLOVER)."""
        crowds = self.lexicon.classes.get("crowds", frozenset())
        return bool(actors) and all(
            not a.name and ((a.text.lower().split() or [""])[-1] in crowds
                            or reader.counted_crowd(sentence, sentence.name_index(a.start or 0)))
            for a in actors)

    def _all_civilians(self, actors: list[ActorRef]) -> bool:
        """Whether every actor is of a civilian sector (villagers, truckers, opposition
        supporters): what such parties block they obstruct in protest, as a crowd does."""
        sectors = self.lexicon.classes.get("civilian_sectors", frozenset())
        return bool(actors) and all((a.sector or "").lower() in sectors for a in actors)

    # ----- context: coordinated demonyms, "the army", cities visited, background events

    def _thing_subject(self, sentence: Sentence, groups: list[Group], trig: Trigger, name: str,
                       stops: frozenset[str] = frozenset()) -> bool:
        """"an earthquake destroyed thousands of buildings and killed 40,000 people", "floods
        killed 200": a verb whose subject is a natural hazard (word class ``name``), with no
        party named between them in its clause, tells a disaster, which no one did; "aid paid
        out inside Lebanon only encourages them to stay" (``impersonal_causes``) asks nothing of
        anyone. A party after a preposition there ("inside Lebanon") is no subject, and a word
        of a party's name ("EU foreign policy chief Kaja Kallas") no thing. The search ends at
        a word of ``stops`` ("for funnelling cash to X, and told banks to": another verb's)."""
        if trig.entry.pos != "verb":
            return False
        toks = sentence.tokens
        things = self.lexicon.classes.get(name, frozenset())
        first = sentence.clause_start(trig.i)
        for k in range(trig.i - 1, first - 1, -1):
            if toks[k].lower in stops:
                return False
            if toks[k].lower in things and not any(g.first <= k < g.last for g in groups):
                return not any(k < g.first < trig.i and toks[governor(sentence, g.first)].lower not in PREPOSITIONS
                               for g in groups)
        # "triggered tsunamis that swept across the ocean, killing", "Cyclone Idai, which killed":
        # a relative clause on the thing (a name may follow its word) has it for subject
        return toks[first].lower in RELATIVE_OPENERS and any(
            toks[k].lower in things for k in range(max(0, first - 1 - HAZARD_NAME_WORDS), first)
            if toks[k + 1].cap or toks[k + 1].lower in RELATIVE_OPENERS or toks[k + 1].text == ",")

    def _hazard_participle(self, sentence: Sentence, groups: list[Group], trig: Trigger) -> bool:
        """"A magnitude 7.8 earthquake struck the coast on Saturday, killing at least 77 people,
        toppling buildings and cutting off roads": "-ing" clauses after the comma of a main
        clause whose subject is a natural hazard (before any party in that clause) tell what the
        disaster did, however many of them follow one another."""
        toks = sentence.tokens
        if trig.entry.pos != "verb" or not toks[trig.i].lower.endswith("ing"):
            return False
        opening = None  # the comma opening the first "-ing" clause of the chain
        for k in range(trig.i - 1, 0, -1):
            if toks[k].text != ",":
                continue
            after = toks[k + 1].lower if toks[k + 1].lower != "and" or k + 2 >= len(toks) else toks[k + 2].lower
            if not after.endswith("ing"):
                break
            opening = k
        if opening is None:
            return False
        things = self.lexicon.classes.get("hazards", frozenset())
        first = sentence.clause_start(opening - 1)
        hazard = next((k for k in range(first, opening) if toks[k].lower in things), None)
        return hazard is not None and not any(first <= g.first < hazard for g in groups)

    def _mishap(self, sentence: Sentence, trig: Trigger) -> bool:
        """Whether the "-ing" form at ``trig`` after a comma tells what a mishap the clause
        before it tells did ("A ferry carrying 400 passengers capsized on Lake Victoria,
        killing 130", "a bus plunged into a ravine, killing 30"): an accident, which no one
        did (word class ``mishaps``); "a car bomb exploded, killing five" stays an attack."""
        toks = sentence.tokens
        if trig.entry.pos != "verb" or not toks[trig.i].lower.endswith("ing") or toks[trig.i - 1].text != ",":
            return False
        return any(self.lexicon.in_class(toks[k].lower, "mishaps")
                   for k in range(sentence.clause_start(trig.i - 1), trig.i - 1))

    def _source_description(self, sentence: Sentence, trig: Trigger) -> bool:
        """", a mediator involved in the talks said", ", a diplomat familiar with the negotiations
        told AFP": a noun of a spoken act (talks, a deal) right before the closing reporting verb,
        in an indefinite source and the phrase that places it, tells who speaks, no act of the
        news (attack nouns are left to the news: "a witness to the shooting said")."""
        toks, said = sentence.tokens, self.lexicon.cues.reporting_forms  # type: ignore[union-attr]
        comma = _last_comma(sentence, trig.i)
        if trig.entry.pos != "noun" or trig.type not in self.lexicon.verbal_types or comma is None \
                or trig.j >= len(toks) or toks[trig.j].lower not in said:
            return False
        stretch = sentence.words(comma + 1, trig.i)
        return len(stretch) > 2 and stretch[0] in INDEFINITES and any(w in PREPOSITIONS for w in stretch[2:]) \
            and all(w.isalpha() and not toks[comma + 1 + n].cap for n, w in enumerate(stretch))

    def _tally(self, sentence: Sentence, trig: Trigger) -> bool:
        """"SOHR has documented more than 30 drone strikes around the dam since mid-December":
        a counted plural event noun with a period after it in its clause sums up many events,
        each reported (or not) on its own day; coding it would add one event nobody dated. So
        does "one of" such a plural ("in one of the deadliest attacks on security forces this
        year"), which ranks the news among them."""
        toks = sentence.tokens
        if self._span_of(sentence, trig):
            return True
        if trig.entry.pos != "noun" or not toks[trig.j - 1].lower.endswith("s"):
            return False
        before = range(max(0, trig.i - 4), trig.i)
        if not any(_counted(toks[k].lower, self.lexicon) or sentence.match(k, ("one", "of")) for k in before):
            return False
        time = load_time_lexicon()
        if any(time.unit(toks[k].lower) is not None and toks[k + 1].lower == "of" for k in before):
            return False  # "opened two days of talks": the count measures one event's length
        return any(sentence.match(k, words) for k in range(trig.j, len(toks))  # "since" opens a clause
                   if sentence.same_clause(trig.j - 1, k - 1) for words in TALLY_PERIODS)

    def _span_of(self, sentence: Sentence, trig: Trigger) -> bool:
        """"which followed weeks of strikes and street protests", "after months of shelling":
        event nouns after a span longer than a day and "of", with nothing but their modifiers
        and "and" between, are many acts over that span, not one of the day; so are those after
        a span of years hyphened to "long" ("a decade-long offensive"). A verb entry counts
        in a noun's form ("protests", "shelling"); a verb of the clause ("weeks of talks ended")
        has a past form."""
        toks = sentence.tokens
        if trig.entry.pos == "verb" and not re.search(r"(s|ing)$", toks[trig.j - 1].lower):
            return False
        if any(toks[k].lower.endswith("-long") and toks[k].lower[:-5] in YEARS_LONG
               for k in range(max(0, trig.i - SPAN_OF_REACH), trig.i)):
            return True  # "crediting a decade-long military offensive against rebels": years of acts
        for k in range(max(0, trig.i - SPAN_OF_REACH), trig.i - 1):
            if toks[k].lower in LONG_SPANS and toks[k + 1].lower == "of":
                between = sentence.words(k + 2, trig.i)
                return all(w.isalpha() and w not in DETERMINERS for w in between) \
                    and sentence.same_clause(k, trig.i)
        return False

    def _background_tense(self, sentence: Sentence, trig: Trigger) -> str | None:
        """Why the act of ``trig`` is background with no day of its own, or None: a present
        perfect or a simple present with a cue of habit or duration ("has long complained",
        "has carried out near-daily strikes", "routinely beat detainees", "have been killed in
        the war") sums up many acts over a period, each reported (or not) on its own day: like
        a tally, it is background and coded as no event (the record contract has no habitual
        event, and undated it would still be counted as the story's own). A bare present
        perfect or present is kept: wires tell the day's news in it ("A detachment of warships
        has begun joint manoeuvres", "told reporters that Russia supports"). The caller asks
        only after the lead sentence: a lead that tells of a practice is the story itself
        ("Soldiers routinely beat detainees, a rights group said"), and coders record it."""
        perfect = _perfect(sentence, trig)
        verb = perfect if perfect is not None else _simple_present(sentence, trig)
        if verb is None or not self._habit_cue(sentence, trig, verb):
            return None
        return "a habit or a span of time (present or present perfect with 'repeatedly', 'for years', ...)"

    def _history(self, sentence: Sentence, trig: Trigger, published: str | None) -> str | None:
        """Why an act told in the present perfect is history, even in the lead: its clause
        runs it from a year before the document's ("the wars the two states have fought since
        1947") or over ``historic_spans`` ("have clashed for decades"). Many acts over a long
        past, none of the news day; "have raided the camp since Sunday" is the news. So is a
        simple present with a word of ``fixed_frequencies`` after it ("the bloc holds a summit
        every two years"): a schedule, no act of any one day."""
        if _simple_present(sentence, trig) is not None:
            clause = [k for k in range(trig.i, len(sentence.tokens)) if sentence.same_clause(k, trig.i)]
            frequencies = [tuple(d.split()) for d in self.lexicon.classes.get("fixed_frequencies", ())]
            if any(sentence.match(k, d) for k in clause for d in frequencies):
                return "a simple present with a fixed frequency ('every two years', 'annually'): a schedule"
        if published and _year_subject(sentence, trig, int(published[:4])):
            return "an act of a subject a past year names ('the 1979 border war killed'): history"
        verb = _perfect(sentence, trig)
        if verb is None or not published:
            return None
        toks, spans = sentence.tokens, [tuple(d.split()) for d in self.lexicon.classes.get("historic_spans", ())]
        for k in range(verb, len(toks)):
            if toks[k].lower == "since" and self._since_onset(sentence, k):
                return "a present perfect since a state set in ('since the boycott began'): many acts up to now"
            if toks[k].text in {",", ";"} or not sentence.same_clause(k, trig.i):
                return None  # "has extended a grant ..., adding to its aid since 2015": another clause's span
            named = _year(toks[k + 1].lower) if toks[k].lower == "since" and k + 1 < len(toks) else None
            if named is not None and named < int(published[:4]) or any(sentence.match(k, d) for d in spans):
                return "a present perfect over a long past ('since 1947', 'for decades'): history"
        return None

    def _since_onset(self, sentence: Sentence, since: int) -> bool:
        """Whether the clause opened by "since" at ``since`` tells when a lasting state set in,
        with no day of its own ("since the boycott of Qatar began"; not "since the truce began
        on Sunday", which is the news)."""
        toks = sentence.tokens
        clause = [k for k in range(since + 1, min(since + SINCE_ONSET_REACH, len(toks)))
                  if sentence.same_clause(k, since + 1) and toks[k].text not in {",", ";"}]
        return any(self.lexicon.in_class(toks[k].lower, "onset_verbs") for k in clause) \
            and not any(toks[k].lower in DAY_WORDS or toks[k].text.isdigit() for k in clause)

    def _habit_cue(self, sentence: Sentence, trig: Trigger, verb: int) -> bool:
        """Whether the trigger's clause, from its verb group at ``verb`` on, holds a word of
        habit ("repeatedly", "near-daily") or a span of time ("for years", "in the war",
        "since last July", "since 2011", "since the war": the "since" that opens a clause after
        the verb's counts); one before it tells of the subject ("a teacher detained since March
        has been released")."""
        toks = sentence.tokens
        span = [k for k in range(verb, len(toks)) if sentence.same_clause(k, trig.i)
                or toks[k].lower == "since" and sentence.same_clause(k - 1, trig.i)]
        frequency = self.lexicon.classes.get("frequency", frozenset())
        durations = [tuple(d.split()) for d in self.lexicon.classes.get("durations", frozenset())]
        for k in span:
            if toks[k].lower in frequency or any(sentence.match(k, d) for d in durations):
                return True
            if toks[k].lower == "since" and k + 1 < len(toks) and (
                    toks[k + 1].lower == "last" or toks[k + 1].text in load_time_lexicon().months
                    or (toks[k + 1].text.isdigit() and len(toks[k + 1].text) == 4)):
                return True
        return False

    def _destination(self, sentence: Sentence, ref: ActorRef) -> bool:
        """A country word that names a place, not a party: one that modifies a place noun
        ("to the Libyan border", "off the Syrian coast", "the Syrian border town of Kobani",
        "to Lebanon's frontier"). Forces sent there are where they go; a country named alone
        ("sent troops to Haiti", "strengthened its forces in Lebanon") is whom they go to."""
        if ref.end is None:
            return False
        toks, nouns = sentence.tokens, self.kb.cues.get("place_nouns", frozenset())
        last = sentence.index_before(ref.end)
        k = last + 1 if last < len(toks) and toks[last].lower == "'s" else last
        return bool(last) and (toks[last - 1].lower in nouns or k < len(toks) and toks[k].lower in nouns)

    def _cited_reason(self, sentence: Sentence, cue: Cue, trace: list[str] | None) -> bool:
        """Whether a "citing" cue cites a reason, not a source: "cancelled the talks, citing an
        Indian military exercise" (or "security concerns") gives why, and no one says the
        news; "citing officials", "citing a Reuters report" name where it comes from. The
        thing cited is the head noun of the phrase after "citing": the word the named party
        modifies, or the phrase's last word before a preposition."""
        toks = sentence.tokens
        if toks[cue.first].lower != "citing":
            return False
        start, end = cue.speaker_span
        k = end
        while k > start and toks[k - 1].lower in PREPOSITIONS:
            k -= 1  # "the junta's refusal to restore the president": the phrase ended at its preposition
        open_phrase = k == end
        while open_phrase and k < len(toks) and toks[k].lower.isalpha() and not toks[k].cap \
                and toks[k].lower not in PREPOSITIONS:
            k += 1  # "an Indian military exercise": past the party, to the head it modifies
        head = next((t.lower for t in reversed(toks[start:k]) if t.lower.isalpha() and not t.cap
                     and t.lower not in PREPOSITIONS), None)
        if head is None or self.lexicon.in_class(head, "cited_sources") \
                or self.lexicon.in_class(head, "officials"):
            return False
        _note(trace, f"'citing' {sentence.span_text(start, k)!r}: a reason given, not who says it")
        return True

    def _named_destination(self, sentence: Sentence, ref: ActorRef) -> bool:
        """Whether the place noun that the country word ``ref`` modifies is followed by the
        name of the place itself ("the Syrian border district of Qaim", "the Syrian border
        town of Kobani"): that place, whichever side it lies on, is where the forces go."""
        toks, nouns = sentence.tokens, self.kb.cues.get("place_nouns", frozenset())
        k = sentence.index_before(ref.end) if ref.end is not None else len(toks)
        while k < len(toks) and (toks[k].lower in nouns or toks[k].lower == "'s"):
            k += 1
        return k + 1 < len(toks) and toks[k].lower == "of" and toks[k + 1].cap

    def _public(self, ref: ActorRef) -> bool:
        """Whether ``ref`` is only people of the public ("students", "local residents",
        "reporters"), who are no official counterpart of talks."""
        head = ref.text.lower().split()[-1] if ref.text.strip() else ""
        return ref.actor_id is None and (self.lexicon.in_class(head, "domestic_civilians")
                                         or self.lexicon.in_class(head, "public_audiences"))

    def _sentence_scene(self, mentions: list[Mention], document: Document, at: int) -> Place | None:
        """The place of the sentence's scene when an event of it has none of its own clause
        ("protesters marched through central Sanaa ..., as riot police fired tear gas at
        crowds near the university"): its first place, when every place it names lies in one
        country read at home (:func:`_foreign_scene`), since one city's events share it."""
        countries = {m.place.country for m in self._places if m.place is not None}
        if len(countries) != 1:
            return None
        place = self._places[0].place
        return None if place is None or _foreign_scene(place, mentions, document, at) else place

    def _place_domestic_parties(self, event: Event, place: Place | None) -> None:
        """Police and security forces without a country ("Police took protesters into
        custody in Cairo") are those of the country where the event happened, ``place``: a
        state's police act at home, so coders give them the place's country (Egypt, sector
        COP). So are residents, workers and protesters (sector CVL): "Residents of Zawiya" and
        "citizens in Zawia" are both Libyan civilians, and so the same party; and so is a firm
        the KB lacks, named at the scene (:func:`_unknown_firm`)."""
        if place is None or not place.country or place.feature == "water":
            return
        sectors = {"COP": self.lexicon.classes.get("domestic_forces", frozenset()),
                   "MIL": self.lexicon.classes.get("domestic_military", frozenset()),
                   "CVL": self.lexicon.classes.get("domestic_civilians", frozenset())}
        heads = self.lexicon.participant_heads

        def placed(ref: ActorRef) -> ActorRef:
            if ref.country:
                return ref
            words = " ".join(w for w in ref.text.lower().split() if w not in {"the", "a", "an"})
            compound = bool(heads) and words.endswith(heads)  # "steelworkers" are workers
            # a police or civilian sector places a party; an army only by its words ("regime
            # forces"), as an unknown command ("the Joint Operations Command") may be anyone's
            sector = next((s for s, nouns in sectors.items()
                           if words in nouns or (ref.sector == s and s != "MIL")), None) \
                or ("CVL" if compound else None) or _unknown_firm(ref)
            if sector is None:
                return ref
            kind = {"CVL": "civilians", "BUS": "a firm unknown to the KB"}.get(sector, "domestic force")
            # a party's own trade stays ("teachers": EDU), the place only gives the country
            return replace(ref, country=place.country, sector=ref.sector or sector,
                           reason=f"{ref.reason or 'unknown'}; {kind} of {place.name or place.country}, "
                                  "where the event happened")
        event.actors = [placed(r) for r in event.actors]
        event.recipients = [placed(r) for r in event.recipients]

    def _held_at_home(self, event: Event) -> None:
        """"Bahraini security forces raided homes and arrested dozens of protesters": where no
        place tells, a state's police or government arrest, detain or disperse people at home, so
        civilians of no country that its coercion befalls are of its state (coders give them the
        state's country); so are those its police drive off with tear gas or water cannon ("Hong
        Kong police fired tear gas and rubber bullets at thousands of demonstrators"), and those
        its police shoot at ("Philippine police shot dead 32 suspected drug dealers")."""
        states = {a.country for a in event.actors}
        police = all(a.sector == "COP" for a in event.actors)
        policing = event.type == "COERCE" or event.type == "ASSAULT" and (event.mode == "crowd-control" or police)
        if not policing or len(states) != 1 or None in states \
                or not all(a.sector in HOME_COERCERS for a in event.actors):
            return
        country = next(iter(states))
        civilians = self.lexicon.classes.get("domestic_civilians", frozenset())
        event.recipients = [replace(r, country=country, reason=f"{r.reason}; civilians held by their own state, "
                                                               f"{country}")
                            if r.country is None and r.actor_id is None and r.text.lower() in civilians else r
                            for r in event.recipients]

    def _with_nationality(self, document: Document, sentence: Sentence, ref: ActorRef) -> ActorRef:
        """An actor the KB does not place ("foreign minister Dubem Oniya", "Shona rebels")
        takes the country of a country word in its own words or right before them, in the
        same noun phrase ("Nigerian junior foreign minister ...", "U.S. envoy X"): PLOVER codes
        an official or a group by the country it belongs to."""
        if ref.country or ref.start is None or ref.end is None:
            return ref
        toks = sentence.tokens
        first, last = sentence.index_at(ref.start), sentence.index_before(ref.end)
        if first >= 3 and toks[first - 1].text == "," and toks[first - 2].lower in PEER_NOUNS:
            # "his Czech counterpart, Foreign Minister Kavan": the name set off after the peer noun is his
            peer = country_word(sentence, max(0, first - 2 - NATIONALITY_WINDOW), first - 2,
                                lambda a, b: self._resolve(document, a, b))
            if peer is not None:
                return replace(ref, country=peer.country,
                               reason=f"{ref.reason or 'unknown'}; country from {peer.text!r} of the peer "
                                      "it is apposed to")
        k = first
        while k > 0 and first - k < NATIONALITY_WINDOW and toks[k - 1].lower not in NP_BREAKS \
                and (toks[k - 1].cap or toks[k - 1].lower.isalpha()) and toks[k - 1].lower not in PREPOSITIONS:
            k -= 1
        if last - k < 2:  # a lone name: no phrase to take a country from
            return ref
        found = country_word(sentence, k, last, lambda a, b: self._resolve(document, a, b))
        if found is not None:
            return replace(ref, country=found.country,
                           reason=f"{ref.reason or 'unknown'}; country from {found.text!r} in its noun phrase")
        return ref

    def _coordinated_demonyms(self, document: Document, sentence: Sentence, refs: list[ActorRef],
                              trace: list[str] | None) -> list[ActorRef]:
        """"Egyptian and Israeli officials": the first country word shares the noun of the
        mention after "and" (or after a comma in a list), so it is an actor of its own; a
        title word of the second may stand between ("the Egyptian and Royal Saudi naval forces")."""
        toks = sentence.tokens
        taken = {k for r in refs for k in range(sentence.index_at(r.start or 0),
                                                 sentence.index_before(r.end or 0))}
        added: list[ActorRef] = []
        for ref in refs:
            if not (ref.reason or "").startswith("demonym") or ref.start is None:
                continue
            k = sentence.index_at(ref.start)
            first = k
            while k >= 1 and first - k < DEMONYM_TITLE_WORDS and toks[k - 1].cap and k - 1 not in taken \
                    and not _country_of(self._resolve(document, toks[k - 1].start, toks[k - 1].end)):
                k -= 1  # "Royal": of no country
            while k >= 2 and toks[k - 1].lower in {"and", ",", "&"} and toks[k - 2].cap \
                    and k - 2 not in taken:
                tok = toks[k - 2]
                found = self._resolve(document, tok.start, tok.end)
                if found is None or not found.country or found.country == ref.country \
                        or not (found.reason or "").startswith("demonym"):
                    break
                generic = ref.actor_id is not None and ref.actor_id == ref.country
                added.append(ActorRef(text=tok.text, start=tok.start, end=tok.end,
                                      actor_id=found.country if generic else None,
                                      country=found.country, sector=ref.sector, type=ref.type,
                                      reason=f"demonym: {tok.text!r} coordinated with {ref.text!r}"))
                _note(trace, f"{tok.text!r}: coordinated with {ref.text!r}, an actor of {found.country}")
                taken.add(k - 2)
                k -= 2
        return added

    def _definite_state(self, document: Document, sentence: Sentence, groups: list[Group],
                        trig: Trigger, refs: list[ActorRef]) -> ActorRef | None:
        """"the army" (or "the government", "the police") right before a verb trigger, with no
        country word: the state's own sector, if only one country is named in the sentence,
        or the document is about one country. A force ("troops", "the army") is never of the
        country of the people it acts on, nor of a place because those people live there
        ("Troops arrested Palestinians in Hebron" is no Palestinian arrest): see
        :func:`_force_country`."""
        toks = sentence.tokens
        if trig.entry.pos != "verb":
            return None
        k = trig.i - 1
        while k >= 0 and trig.i - k <= DEFINITE_REACH:
            if not sentence.same_clause(k, trig.i) or any(g.first <= k < g.last for g in groups):
                return None
            noun = DEFINITE_STATE_NOUNS.get(toks[k].lower)
            if noun is None:
                if toks[k].lower in ADVERB_GAP or toks[k].lower in DEFINITE_GAP:
                    k -= 1
                    continue
                if toks[k].lower == ",":  # ", meeting in Benghazi,": an aside between subject and verb
                    k = next((m for m in range(k - 1, max(-1, k - ASIDE_WORDS), -1) if toks[m].lower == ","), -1) - 1
                    continue
                return None
            if not (k > 0 and toks[k - 1].lower == "the" or k == 0 and toks[k].cap):
                return None  # "the army", or "Parliament" opening the sentence
            type_, sector = noun
            # an international body named beside a state ("the Quad's plan") is no second country
            states = [r for r in refs if r.country and len(r.country) == 3 and r.country not in _SPECIAL]
            places = {m.place.country for m in self._places if m.place and m.place.country}  # type: ignore[union-attr]
            if sector == "MIL":
                country = _force_country(sentence, trig, states, places,
                                         self._dominant if not (states or places) else None)
            else:
                here = {r.country for r in states} | places
                country = next(iter(here)) if len(here) == 1 else (self._dominant if not here else None)
            if not country or country in _SPECIAL:
                return None
            first = k - 1 if k > 0 and toks[k - 1].lower == "the" else k
            return ActorRef(text=sentence.span_text(first, k + 1), start=toks[first].start,
                            end=toks[k].end, actor_id=country, country=country, sector=sector,
                            type=type_,  # type: ignore[arg-type]
                            reason=f"noun: {toks[k].lower!r} of {country}, the only country in context")
        return None

    def _labour_strike(self, sentence: Sentence, trig: Trigger, actors: list[ActorRef]) -> bool:
        """Whether the bare noun "strike" at ``trig`` is a stoppage of work: owned by workers
        ("the metalworkers' strike", ``strikers``), or held by them ("Rail and metro workers
        extended their strike"), every actor a labour or teaching body or named by a ``strikers``
        word. A strike of arms names its weapon ("a drone strike"), and no one's workers."""
        toks = sentence.tokens
        if trig.j != trig.i + 1 or toks[trig.i].lower not in {"strike", "strikes"}:
            return False
        mark = next((k for k in (trig.i - 1, trig.i - 2) if k > 0 and toks[k].text in {"'s", "'"}), None)
        if mark is not None:  # "the metalworkers' strike", "the miners' general strike"
            return self.lexicon.in_class(toks[mark - 1].lower, "strikers")
        return bool(actors) and all(a.sector in LABOUR_SECTORS or bool(a.text) and self.lexicon.in_class(
            a.text.split()[-1].lower(), "strikers") for a in actors)

    def _rescue(self, sentence: Sentence, trig: Trigger, actors: list[ActorRef]) -> bool:
        """Whether a release at ``trig`` frees hostages (``rescued_people``, right after it or a
        count and modifiers) by a state's armed forces or police: their captors were others, so
        it is a rescue, which PLOVER codes as aid ("Pakistan's military rescued 10 hostages"), not
        the captors' release (RETREAT)."""
        toks = sentence.tokens
        if not actors or not all(a.country and (a.sector in ("MIL", "COP") or a.type in ("military", "police"))
                                 for a in actors):
            return False
        end = next((k for k in range(trig.j, min(len(toks), trig.j + RESCUED_REACH)) if toks[k].text in {",", ";"}),
                   min(len(toks), trig.j + RESCUED_REACH))
        return any(self.lexicon.in_class(toks[k].lower, "rescued_people") for k in range(trig.j, end))

    def _assistance(self, sentence: Sentence, groups: list[Group], trig: Trigger,
                    roles: Roles) -> list[ActorRef] | None:
        """The parties that forces sent at ``trig`` assist, None when the deployment is no
        assistance. Troops or police sent "to help" (``assisting_aims``) a party of another
        country, or "at X's request" of another country, are military assistance ("began
        deploying 1,000 soldiers to Cabo Delgado at Maputo's request"; PLOVER AID: "military
        and police assistance including arms and personnel"); forces sent to bring relief
        (``relief_aims``: "deployed 10,000 troops to distribute food") are humanitarian aid,
        to whoever the text names (often no party: []). Forces sent to help the state's own
        police restore order stay a deployment; sent abroad "to help government forces fight",
        they help the state they are sent to (the deployment's foreign recipients)."""
        toks = sentence.tokens
        home = {a.country for a in roles.actors if a.country}
        end = min(len(toks), trig.j + ASSIST_REACH)
        if not home or not any(self.lexicon.in_class(toks[k].lower, "forces") for k in range(trig.i, end)):
            return None

        def foreign(group: Group | None) -> list[ActorRef] | None:
            refs = [r for r in group.refs if r.country and r.country not in home] if group is not None else []
            return refs or None

        comma = next((k for k in range(trig.j, end) if toks[k].text == "," and not thousands_comma(sentence, k)), end)
        for k in range(trig.j, end - 1):
            word, aim = toks[k].lower, toks[k + 1].lower
            if word == "to" and k < comma and self.lexicon.in_class(aim, "relief_aims"):
                return []  # the deployment's own aim, before any comma
            if word == "to" and k < comma and self.lexicon.in_class(aim, "assisting_aims") \
                    and any(self.lexicon.in_class(t.lower, "hazards") for t in toks[k + 2:k + 2 + HAZARD_AIM_WORDS]):
                return []  # "to help battle wildfires": relief from a disaster
            if word == "to" and self.lexicon.in_class(aim, "assisting_aims"):
                helped = foreign(next((g for g in groups if g.first in (k + 2, k + 3)), None)) \
                    or (self._local_forces_at(sentence, k + 2) and foreign(Group(0, 0, roles.recipients)))
                if helped:
                    return helped
            if word == "at" and aim in {"the", "its"} | {t.lower for t in toks[k + 1:k + 2] if t.cap}:
                request = next((m for m in range(k + 1, min(end, k + 6)) if toks[m].lower == "request"), None)
                if request is None:
                    continue
                asking = foreign(next((g for g in groups if g.last == request - 1 and toks[request - 1].lower == "'s"
                                       or g.first in (request + 2, request + 3) and toks[request + 1].lower == "of"),
                                      None))
                if asking:
                    return asking
        return None

    def _local_forces_at(self, sentence: Sentence, k: int) -> bool:
        """Whether a state's own forces, named by their side ("government forces", "the army",
        "security forces"), open at token ``k``: the host's forces another state's troops help."""
        toks = sentence.tokens
        k += int(k < len(toks) and toks[k].lower in ARTICLES)
        pair = " ".join(sentence.words(k, k + 2))
        return k < len(toks) and (toks[k].lower in {"army", "military"} or any(
            pair in self.lexicon.classes.get(name, frozenset()) or toks[k].lower in self.lexicon.classes.get(
                name, frozenset()) for name in ("domestic_military", "domestic_forces")))

    def _military_command(self, actor: ActorRef) -> bool:
        """Whether ``actor`` is a state's armed forces speaking as their command ("the Greek
        armed forces general staff protested", "the army protested"): the state's own voice, so
        its protest is official, as a government's is; soldiers protesting their pay are not."""
        words = (actor.text or "").lower().split()
        return actor.type == "military" and actor.actor_id is not None and bool(words) \
            and self.lexicon.in_class(words[-1], "military_commands")

    def _place_officials(self, sentence: Sentence, trig: Trigger, roles: Roles, refs: list[ActorRef]) -> None:
        """An office holder the KB does not know ("Lt. Gen. X resigned", "President Y banned")
        serves, as a reader infers, the one country named before him, joined to his name by
        "of" ("President Y of Chad") or named in another clause ("resigned after protests swept
        Jordan"), or else the country the document is about. Never a country his act's own
        clause names after him ("Prime Minister X urged the EU to step up pressure on Israel":
        what he acts on or asks about says nothing of his own country), nor, for an actor, the
        country the act is aimed at ("President X threatened Russia")."""
        for role, other in (("actors", roles.recipients), ("recipients", roles.actors)):
            refs_ = getattr(roles, role)
            placed = []
            for r in refs_:
                country = self._official_country(sentence, trig, r, refs) \
                    if r.type == "person" and not r.country and r.sector else None
                if country is None or role == "actors" and any(o.country == country for o in other):
                    placed.append(r)
                    continue
                placed.append(replace(r, country=country,
                                      reason=f"{r.reason}; serves {country}, the country in context"))
                roles.how.append(f"office holder placed in {country}, the country in context")
            setattr(roles, role, placed)

    def _official_country(self, sentence: Sentence, trig: Trigger, person: ActorRef,
                          refs: list[ActorRef]) -> str | None:
        """The country an unplaced office holder serves (see :meth:`_place_officials`)."""
        context: set[str] = set()
        acted_on: set[str] = set()
        for r in refs:
            if not r.country or r.country in _SPECIAL or r is person:
                continue
            between = sentence.text[(person.end or 0) - sentence.start:(r.start or 0) - sentence.start]
            if (r.start or 0) >= (person.end or 0) and OF_OWNER.fullmatch(between):
                return r.country  # "President Y of Chad": his own country, in his noun phrase
            k = sentence.name_index(r.start or 0)
            if (r.start or 0) >= (person.end or 0) \
                    and (sentence.same_clause(trig.i, k) or self._own_report(sentence, k)):
                acted_on.add(r.country)
            else:
                context.add(r.country)
        if context:
            return next(iter(context)) if len(context) == 1 else None
        return self._dominant if self._dominant not in acted_on else None

    def _own_report(self, sentence: Sentence, k: int) -> bool:
        """Whether token ``k`` stands in what the sentence's subject goes on to say in a
        reporting participle (", insisting that Algerian gas would reach Spain"): a country
        there is what he talks about, not the one he serves."""
        toks = sentence.tokens
        for m in range(k - 1, 0, -1):
            if toks[m].text in {",", ";"}:
                return False
            if toks[m - 1].text == "," and toks[m].lower.endswith("ing") \
                    and toks[m].lower in self.lexicon.cues.reporting_forms:
                return True
        return False

    def _place_roles(self, sentence: Sentence, groups: list[Group], trig: Trigger, roles: Roles) -> None:
        """Places for missing roles of an attack (``place_targets`` in events.yaml), as PLOVER
        codes them: the place struck stands for its country ("rockets fired at Ashkelon",
        "a drone hit a car near Nabatieh": ISR, LBN), the place fired from for the attacker's
        ("fired from Gaza": PSE), and a party's own positions fired from for that party
        ("shells fired from Houthi positions"). Only places after the trigger, in its clause,
        behind a preposition: "in Kabul" after "exploded bombs", never the subject's town."""
        toks = sentence.tokens
        if not roles.actors and trig.entry.pos == "verb" and trig.type in self.lexicon.place_sources:
            firer = next((g for g in groups if trig.j < g.first <= trig.j + PLACE_WINDOW
                          and toks[governor(sentence, g.first)].lower == "from"
                          and sentence.same_clause(trig.i, g.first)
                          and not any(t.lower in {",", ";"} for t in toks[trig.j:g.first])
                          and not (g.refs[0].reason or "").startswith(_PLACE_READ)), None)
            if firer is not None:  # a country named as a place is left to the place rule below
                roles.actors = list(firer.refs)
                roles.how.append(f"{firer.refs[0].text!r}, whose positions or means it was fired from, fired")
        refs = roles.actors + roles.recipients
        for m, n in self._places_after(sentence, trig, refs):
            after = sentence.index_before(m.end)
            # the window ends at the head naming the place ("the northern Nigerian town of" Dansadau)
            if self._apposition_start(sentence, n) > trig.j + PLACE_WINDOW or not sentence.same_clause(trig.i, n) \
                    or after < len(toks) and self.lexicon.in_class(toks[after].lower, "streets"):
                continue  # "on the Tebnine road": a road named after a town is the scene, not whom it hit
            if self._firers_post(sentence, trig.j, n):
                continue  # "gunfire from Azerbaijani posts in Nakhchivan": where the firer stands
            preps = [t.lower for t in toks[trig.j:self._apposition_start(sentence, n)] if t.lower in PREPOSITIONS]
            if not preps:
                continue
            if preps[-1] == "from" and not roles.actors and trig.entry.pos == "verb" \
                    and trig.type in self.lexicon.place_sources:
                roles.actors = [_state_of(m, "metonymy: the place fired from")]
                roles.how.append(f"{m.text!r}: the place fired from stands for the attacker's country")
            elif (preps[-1] in TARGET_PREPS or preps == ["of"] and n > trig.j and toks[trig.j].lower == "of"
                  and _noun_like(sentence, trig)) and not roles.recipients:  # "the shelling of Benina airport"
                roles.recipients = [_state_of(m, PLACE_STRUCK)]
                roles.how.append(f"{m.text!r}: the place struck or reached stands for its country")

    def _firers_post(self, sentence: Sentence, j: int, n: int) -> bool:
        """Whether the place at ``n`` is governed by a preposition right after a post or position
        noun that a "from" after the trigger (ending at ``j``) governs ("shelling from Russian
        positions near Belgorod"): the firer stands there; the place is not what was hit."""
        toks = sentence.tokens
        post = n - 2
        if post <= j or toks[n - 1].lower not in PREPOSITIONS or not (
                self.lexicon.in_class(toks[post].lower, "garrisoned")
                or self.lexicon.in_class(toks[post].lower, "post_words")):
            return False
        return "from" in sentence.words(j, post) and sentence.same_clause(j, post)

    def _place_subject(self, sentence: Sentence, trig: Trigger, roles: Roles) -> None:
        """A place that opens the clause of an attack it undergoes ("Kharkiv came under heavy
        shelling", "Taiz, the besieged city, came under fire"): the place struck stands for its
        country and holds the scene, and so does the subject of a passive attack ("Eilat, the
        southernmost port of the Jewish state, was targeted by"). The place must open its clause
        (past an article) and reach the trigger (or its passive's "be") directly or through an
        apposition set off by commas; a place after a preposition ("In Kharkiv, troops came under
        fire") is only the scene."""
        toks = sentence.tokens
        first = sentence.clause_start(trig.i)
        while first < trig.i and (toks[first].text in DASHES or toks[first].lower == "the"):
            first += 1  # "BASRA - the port city came under fire"
        for m in self._places:
            n = sentence.index_at(m.start)
            if n != first or _names_party(m, roles.actors):
                continue
            last = sentence.index_before(m.end)
            verb = trig.i  # the passive's "be" and adverbs ("Eilat, ..., was targeted") are the verb's
            while verb > last and (toks[verb - 1].lower in BE_WORDS | HAVE_FINITE | FINITE_AUXILIARIES
                                   or toks[verb - 1].lower in PASSIVE_ADVERBS or toks[verb - 1].lower.endswith("ly")):
                verb -= 1
            between = [t.text for t in toks[last:verb]]
            if between and not (between[0] == "," and between[-1] == "," and between.count(",") == 2
                                and len(between) <= PLACE_APPOSITION_WORDS + 2):
                return
            roles.recipients = [_state_of(m, STRUCK_SUBJECT)]
            roles.how.append(f"{m.text!r}: the place that came under the attack stands for its country")
            return

    def _ascribed_doer(self, sentence: Sentence, groups: list[Group], trig: Trigger, roles: Roles) -> None:
        """An attack told without its attacker, then ascribed in a later clause of the sentence
        ("Kharkiv came under fire, with Kyiv blaming the barrage on Russian troops"): the
        parties after the ascribing verb's preposition (``ascribing_to``: "attributed ... to";
        ``ascribing_on``: "blamed ... on") did it. Only "the" act, named by an attack noun, right
        after the verb: "blamed the economy on Russia" ascribes no attack."""
        toks = sentence.tokens
        for k in range(trig.j, len(toks) - 3):
            prep = "to" if self.lexicon.in_class(toks[k].lower, "ascribing_to") \
                else "on" if self.lexicon.in_class(toks[k].lower, "ascribing_on") else None
            if prep is None or toks[k + 1].lower not in {"the", "this", "that"} or toks[k + 3].lower != prep \
                    or not self._attack_noun(toks[k + 2].lower):
                continue
            end = next((n for n in range(k + 4, len(toks)) if toks[n].lower in {",", ";"}
                        or not sentence.same_clause(k + 4, n)), len(toks))
            doers = [r for g in groups if k + 3 < g.first < min(end, k + 4 + ASCRIBED_DOER_WORDS) for r in g.refs
                     if not same_actor(r, roles.recipients)]
            if doers:
                roles.actors = doers
                roles.how.append(f"the attack is ascribed to {', '.join(repr(r.text) for r in doers)} "
                                 f"({toks[k].text!r} ... {prep!r})")
            return

    def _attack_noun(self, word: str) -> bool:
        """A noun for an attack: one of ``blamed_acts`` or an attack trigger of its own."""
        return self.lexicon.in_class(word, "blamed_acts") or any(
            p.entry.key == word and p.entry.type == "ASSAULT" for p in self.lexicon.candidates(word))

    def _struck_subject(self, event: Event) -> Place | None:
        """The place of the sentence read as the subject struck (:meth:`_place_subject`): it is
        the scene, before any place the rest of the sentence names."""
        starts = {r.start for r in event.recipients if r.reason == STRUCK_SUBJECT}
        return next((m.place for m in self._places if m.start in starts), None)

    def _destination_target(self, sentence: Sentence, trig: Trigger, roles: Roles) -> None:
        """A giver's aid moving to a named place of another country ("aircraft took off from
        Thumrait headed for Socotra", "flew supplies to Beirut", "the convoy arrived in
        Aleppo") is aid to that country: the first place after the trigger, in its clause, that
        a preposition of destination governs (the trigger's own "for" or "to" included). A
        place of the giver's own country is where the aid goes, no recipient; so is a place
        "from" which it leaves."""
        toks = sentence.tokens
        own_prep = trig.entry.key.split()[-1]
        own = {r.country for r in roles.actors}
        for m, n in self._places_after(sentence, trig, roles.actors):
            if n > trig.j + PLACE_WINDOW or not sentence.same_clause(trig.i, n):
                return
            preps = [t.lower for t in toks[trig.j:self._apposition_start(sentence, n)] if t.lower in PREPOSITIONS]
            if (preps[-1] if preps else own_prep) not in DESTINATION_PREPS:
                continue
            country = m.place.country if m.place is not None else None
            if country and country not in own and country not in _SPECIAL:
                roles.recipients = [_state_of(m, "metonymy: the foreign place the aid is bound for")]
                roles.how.append(f"{m.text!r}: the foreign place the aid is bound for stands for its country")
            return

    def _aim_at_scene(self, sentence: Sentence, groups: list[Group], trig: Trigger, roles: Roles) -> None:
        """A named party's act on a place (``SCENE_TARGET_TYPES``, or a measure laid on a whole
        place) with no party acted on takes the place as its target (:meth:`_scene_target`)."""
        entry = trig.entry
        if roles.actors and not roles.recipients and entry.pos == "verb" and trig.type in SCENE_TARGET_TYPES \
                and (SCENE_TARGET_TYPES[trig.type] is None
                     or (entry.mode or self._mode(sentence, trig, trig.type)) in SCENE_TARGET_TYPES[trig.type]
                     or self._placewide(sentence, groups, trig)):
            self._scene_target(sentence, trig, roles)
        elif roles.actors and not roles.recipients and entry.type == "SUPPORT" \
                and any(self.lexicon.in_class(w, "missions") for w in entry.key.split()):
            self._scene_target(sentence, trig, roles)  # "reopened its embassy in Riyadh": the host state

    def _scene_target(self, sentence: Sentence, trig: Trigger, roles: Roles) -> None:
        """The place a named party's curfew, threat or inspection is aimed at ("imposed a curfew
        in Mosul", "threatened to cut off gas to the region of Transdniestria") stands for its
        country (``SCENE_TARGET_TYPES``): the first place after the trigger, in its clause, behind
        a preposition, and not one of the parties' own words. What is seized in or at a place is
        only held there (``SEIZURE_SCENE_PREPS``)."""
        toks = sentence.tokens
        refs = roles.actors + roles.recipients
        withdrawal = trig.type in {"RETREAT", "SANCTION"}
        mode = trig.entry.mode or self._mode(sentence, trig, trig.type)
        scene_only = SEIZURE_SCENE_PREPS if mode == "seize" else frozenset()
        for m, n in self._places_after(sentence, trig, refs):
            if not sentence.same_clause(trig.i, n):
                continue
            preps = [t.lower for t in toks[trig.j:self._apposition_start(sentence, n)] if t.lower in PREPOSITIONS]
            if preps and preps[-1] in (WITHDRAWAL_PREPS if withdrawal else SCENE_PREPS) - scene_only \
                    and not any(t.lower in {",", ";"} for t in toks[trig.j:n]) \
                    and not (withdrawal and m.place is not None and any(r.country == m.place.country for r in refs)):
                roles.recipients = [_state_of(m, PLACE_ACTED_ON)]
                roles.how.append(f"{m.text!r}: the place the act is aimed at stands for its country")
            return

    def _object_place(self, sentence: Sentence, trig: Trigger, roles: Roles) -> None:
        """The place a material act is done to, as its verb's object ("Houthi fighters shelled
        Taiz", "troops stormed the Jenin camp", "forces moved into El Fasher"), stands for
        its country: that country's people and land suffer it, whoever acts."""
        toks = sentence.tokens
        between = OBJECT_PLACE_TYPES[trig.type or ""]
        if trig.type == "MOBILIZE" and not (trig.j < len(toks) and toks[trig.j].lower == "into"):
            return  # troops sent "to" a town are placed, not aimed at it
        refs = roles.actors + roles.recipients
        for m, n in self._places_after(sentence, trig, refs):
            if any(t.lower not in between for t in toks[trig.j:self._apposition_start(sentence, n)]):
                continue
            roles.recipients = [_state_of(m, PLACE_ACTED_ON)]
            roles.how.append(f"{m.text!r}, the object acted on, stands for its country")
            return

    def _places_after(self, sentence: Sentence, trig: Trigger, refs: list[ActorRef]) -> Iterator[tuple[Mention, int]]:
        """The sentence's places from the end of the trigger's words on, in order, each with
        its first token: none that is one of the parties ``refs``, none that modifies an event
        noun ("a U.S. drone strike" names the attacker, not the place struck)."""
        for m in self._places:
            n = sentence.index_at(m.start)
            if n < trig.j or _names_party(m, refs) \
                    or self._modifies_event_noun(sentence, sentence.index_before(m.end)):
                continue
            yield m, n

    def _apposition_start(self, sentence: Sentence, n: int) -> int:
        """Where a descriptive head naming the place at ``n`` begins: "the Moslem enclave of"
        Gorazde, "the northern city of" Mosul, "the South Ossetian capital" Tskhinvali (a
        ``held_places`` noun before "of" or right before the name, back to its article, or to
        the preposition before a bare head with "of"); ``n`` when there is none. The verb or
        preposition before that head is the place's own."""
        toks = sentence.tokens
        head = n - 2 if n >= 3 and toks[n - 1].lower == "of" else n - 1
        if head < 1 or not self.lexicon.in_class(toks[head].lower, "held_places"):
            return n
        for k in range(head - 1, max(head - 1 - DESCRIPTIVE_HEAD_WORDS, -1), -1):
            if toks[k].lower == "the":
                return k
            if toks[k].lower in PREPOSITIONS and head < n - 1:
                return k + 1  # a bare plural head: "to flood-stricken districts of" Sri Lanka
            if toks[k].lower in NP_BREAKS or toks[k].lower in PREPOSITIONS:
                return n
        return n

    def _modifies_event_noun(self, sentence: Sentence, k: int) -> bool:
        """Whether token ``k`` (right after a name) starts an event noun: "a U.S. drone strike"
        names the attacker, not the place struck."""
        toks = sentence.tokens
        return k < len(toks) and any(p.entry.pos == "noun" and p.entry.type
                                     and _match_rest(sentence, k + 1, p, self.lexicon) is not None
                                     for p in self.lexicon.candidates(toks[k].lower))

    def _visited_city(self, sentence: Sentence, trig: Trigger, actors: list[ActorRef],
                      refs: list[ActorRef]) -> ActorRef | None:
        """"visited Damascus", "a visit to Damascus", "lashed out at London": the city in object
        position (right after the verb, or after the entry's preposition), or the one a visitor
        arrives in ("flew into Baku for talks"), stands for its country's government."""
        toks = sentence.tokens
        entry = trig.entry
        starts = []
        if entry.takes_object and entry.pos == "verb":
            starts.append(trig.j)
        if trig.j < len(toks) and toks[trig.j].lower == "to" and "to" in entry.preps:
            starts.append(trig.j + 1)  # "a visit to Damascus"
        if actors and trig.type == "CONSULT" and trig.i + 1 < len(toks) and toks[trig.i + 1].lower in ARRIVAL_PREPS \
                and self.lexicon.in_class(toks[trig.i].lower, "arriving"):
            starts.append(trig.i + 2)  # a named visitor "arrived in Islamabad at the start of a visit": the host's
        if trig.type == "REQUEST":  # "sought clarification from Baku": whom it is asked of
            sought = sentence.words(trig.j, trig.j + SOUGHT_NOUN_WORDS + 1)
            starts += [trig.j + n + 1 for n, w in enumerate(sought) if w == "from"
                       and all(v.isalpha() and v not in PREPOSITIONS for v in sought[:n])][:1]
        for m in self._places:
            place = m.place
            if place is None or place.feature == "country" or not place.country or _names_party(m, refs):
                continue  # a country is already a state; a name that is an actor is no place
            if sentence.index_at(m.start) in starts and not any(a.country == place.country for a in actors):
                return ActorRef(text=m.text, start=m.start, end=m.end, actor_id=place.country,
                                country=place.country, type="state",
                                reason=f"metonymy: {m.text!r} visited stands for {place.country}")
        return None

    def _of_past_year(self, sentence: Sentence, event: Event, published: str | None) -> bool:
        """Whether ``event``'s noun is named by a year before the article's year ("the highest
        level since the 2003 U.S.-led invasion", "founded during the 1980 metalworkers' strike");
        in an article of unknown date, any year named counts as past."""
        trig = self._trigger_of.get(id(event))
        year = _naming_year(sentence, trig) if trig is not None else None
        article_year = published[:4] if published and published[:4].isdigit() else None
        return year is not None and (article_year is None or year < int(article_year))

    def _background(self, sentence: Sentence, events: list[Event], anchors: list[Event], elsewhere: list[Event],
                    published: str | None, trace: list[str] | None) -> list[Event]:
        """Time anchors and reasons ("since the 2006 war", "over attacks") are dropped when
        the sentence codes another event; otherwise, and for other events in a prepositional phrase or a participle
        clause beside a main event, the confidence is lowered (background, not the news). An
        act told only to date the news by another event (``elsewhere``: "rockets fell near
        the base, a day after drones hit the oil field", "the call came on the same day that
        the crown prince met the premier") is dropped even when the news itself is no coded
        event: it is news of another time, told as a time anchor; unless a party of it is one
        the news has named (:func:`_story_party`: "the activists taken off the Sea Lark were
        flown to Cyprus, a day after the boat was seized"): then it is the story's own act."""
        main = [e for e in events if e not in anchors]
        attack = next((e for e in anchors if e.type == "ASSAULT"), None)
        casualties = self.lexicon.casualty_words
        if attack is not None:  # "a day after Tuesday's attack that killed five": the anchor's toll
            described = [e for e in main if _anchor_toll(sentence, attack, e, casualties)]
            for event in described:
                _note(trace, f"{event.trigger.text!r}: the toll of {attack.trigger.text!r} in its relative "
                             "clause, told with it: background, not coded")
            main = [e for e in main if e not in described]
            events = [e for e in events if e not in described]
        if attack is not None and main and all(e.type == "ASSAULT" and not e.actors
                                               and e.trigger.text.lower() in casualties for e in main):
            return [self._toll_of_anchor(sentence, attack, main, trace)]
        if not main:
            dropped = [e for e in elsewhere if not _story_party(sentence, e)]
            for event in dropped:
                _note(trace, f"{event.trigger.text!r}: another event dating the news ('a day after', 'the same day "
                             "that') or set apart from it ('separate from'), not coded")
            bygone = [e for e in anchors if e not in dropped and self._of_past_year(sentence, e, published)]
            for event in bygone:
                _note(trace, f"{event.trigger.text!r}: an act named by a year before the article's ('since the 2003 "
                             "invasion'), history the news is measured by, not coded")
            dropped += bygone
            anchors = [e for e in anchors if e not in dropped]
            events = [e for e in events if e not in dropped]
            for event in anchors:
                event.confidence = round(event.confidence - BACKGROUND_PENALTY, 2)
                self._heading_ship(sentence, event, trace)
            return events
        for event in anchors:
            _note(trace, f"{event.trigger.text!r}: an event dating, motivating or hosting the sentence's news "
                         f"(after {'/'.join(sorted(ANCHOR_PREPS))}, 'ahead of', 'at' a meeting, 'in response to' "
                         "or 'reports that', an earlier day's 'claims that', or an earlier day's act after ', as' "
                         "or ', while', or a state told with its onset), not coded")
        # a clause describing the subject before its verb: "the ship, which was seized in May, was freed"
        reporting = self.lexicon.cues.reporting_forms
        described = [e for e in main if _in_aside(sentence, e, reporting) and any(
            m.trigger.start > e.trigger.start and not _in_aside(sentence, m, reporting) for m in main)]
        if described:
            for event in described:
                _note(trace, f"{event.trigger.text!r}: in a relative clause set off by commas (', which'): "
                             "background, not coded")
            main = [e for e in main if e not in described]
        ongoing = [e for e in main if _ongoing_while(sentence, e)]
        if len(ongoing) < len(main):
            for event in ongoing:
                _note(trace, f"{event.trigger.text!r}: in a ', while' clause on what was still going on: "
                             "background, not coded")
            main = [e for e in main if e not in ongoing]
        if any(e.actors for e in main):
            kept = [e for e in main if e.actors or not _in_relative_place(sentence, e)]
            for event in main:
                if event not in kept:
                    _note(trace, f"{event.trigger.text!r}: no party, in a clause describing a place or an "
                                 "event ('where', 'in which'): background, not coded")
            main = kept or main
        if len(main) > 1:
            first = main[0]
            for event in main[1:]:
                if event.trigger.start > first.trigger.start:
                    event.confidence = round(event.confidence - BACKGROUND_PENALTY, 2)
                    _note(trace, f"{event.trigger.text!r}: after the main event "
                                 f"{first.trigger.text!r}, lower confidence")
        return main

    def _toll_of_anchor(self, sentence: Sentence, attack: Event, tolls: list[Event],
                        trace: list[str] | None) -> Event:
        """"The ship was limping towards port after Friday's missile attack, its manager said,
        confirming that a deckhand had died and two crew were injured": casualties no one is
        named for, beside an attack after "after" or "following", are that attack's toll, and
        the attack is the news, not a second attack with no one behind it. A ship heading
        the sentence, whose plight the attack explains, is what it struck."""
        for toll in tolls:
            attack.size = attack.size or toll.size
            attack.recipients += [r for r in toll.recipients if not same_actor(r, attack.recipients)]
            _note(trace, f"{toll.trigger.text!r}: a toll with no party beside the attack "
                         f"{attack.trigger.text!r} it follows: that attack's toll, which is the news")
        self._heading_ship(sentence, attack, trace)
        return attack

    def _heading_ship(self, sentence: Sentence, attack: Event, trace: list[str] | None) -> None:
        """"The tanker Aegean Star caught fire off Hodeidah after a missile attack": an attack
        with no one named as struck, told as the cause of what befell a ship heading the
        sentence, struck that ship."""
        if attack.type != "ASSAULT" or attack.recipients:
            return
        first = sentence.index_at(attack.trigger.start)
        ship = next((s for s in self._ships.named(sentence) if sentence.index_at(s.start or 0) < first
                     and sentence.same_clause(0, sentence.index_at(s.start or 0))), None)
        if ship is not None:
            attack.recipients = [ship]
            _note(trace, f"{attack.trigger.text!r}: the ship heading the sentence, {ship.text!r}, is what it struck")

    # ----- triggers

    def _triggers(self, sentence: Sentence, groups: list[Group]) -> list[Trigger]:
        inside = {k for g in groups for k in range(g.first, g.last)}
        found: list[Trigger] = []
        k = 0
        toks = sentence.tokens
        while k < len(toks):
            match = None if k in inside else self._match(sentence, k, groups, _owned_conjunct(sentence, found, k))
            if match is None or _auxiliary(sentence, k, match[0]):  # "had requested the meeting"
                k += 1
                continue
            entry, end, parted = match
            found.append(Trigger(k, end if not (entry.key.count(GAP) or parted) else k + 1, entry, entry.type,
                                 parted_end=end if parted else None,
                                 dated=entry.type in TOLLED_TYPES and entry.pos == "noun" and day_owned(sentence, k)
                                 or _earlier_act(sentence, groups, k, end, entry)))
            k = end if not parted else k + 1  # the aside between verb and particle may hold events of its own
        threat = self._said_threat(sentence, groups, found)
        found = found if threat is None else sorted([*found, threat], key=lambda t: t.i)
        voiced = self._voiced_threat(sentence, groups, found)
        return found if voiced is None else sorted([t for t in found if t.i != voiced.i] + [voiced],
                                                   key=lambda t: t.i)

    def _said_threat(self, sentence: Sentence, groups: list[Group], found: list[Trigger]) -> Trigger | None:
        """"The navy chief said that the strait would be shut to every tanker if its exports
        were blocked", "said armed groups would face a crushing blow if they made any move": a
        harm (a hostile word after "would", "will" or "could") that a state's or an armed
        party's speaker foretells on a condition is a threat the saying makes (PLOVER
        THREATEN, by the speaker), though no trigger word names it. A harm a trigger names
        ("said it would strike if") is read at that trigger."""
        toks = sentence.tokens
        forms = self.lexicon.cues.reporting_forms  # type: ignore[union-attr]
        for k in range(1, len(toks)):
            speaker = next((g for g in groups if 0 <= k - g.last <= SPEAKER_GAP), None)
            if speaker is None or not any(armed_or_state(r) for r in speaker.refs) \
                    or not reporting_at(sentence, k, forms):
                continue
            start = past_day(sentence, k + 1)
            if start < len(toks) and toks[start].lower == "that":
                start += 1
            harm = _foretold_harm(sentence, start, self.lexicon.cues.foretelling_modals)  # type: ignore[union-attr]
            if harm is None or any(harm.start <= t.i < harm.stop for t in found):
                continue
            if {t.lower for t in toks[harm.start + 1:harm.stop]} & self.lexicon.hostile_words:
                return Trigger(k, k + 1, SAID_THREAT, SAID_THREAT.type)
        return None

    def _voiced_threat(self, sentence: Sentence, groups: list[Group], found: list[Trigger]) -> Trigger | None:
        """"Kurdish leaders called blackmail the president's remarks that his troops might come
        one night if the militia does not disband": a speech noun (``utterances``) a state's or
        an armed party's possessive owns, whose "that" clause foretells a harm on a condition
        (as :meth:`_said_threat` reads it, a possible one too: "might"), is the threat that
        speech made (THREATEN by the owner, against whom the condition is put), though its
        noun names none; a harm a trigger names ("might arrive", "would strike") is its
        content. It took place whatever the sentence's verb makes of it ("called ... blackmail",
        "rejected"): it is the speech the reaction answers."""
        toks = sentence.tokens
        modals = self.lexicon.cues.foretelling_modals | self.lexicon.cues.threat_modals  # type: ignore[union-attr]
        for k in range(2, len(toks) - 1):
            owner = next((g for g in groups if g.last == k - 1), None)
            if toks[k + 1].lower != "that" or toks[k - 1].text not in {"'s", "'"} or owner is None \
                    or not self.lexicon.in_class(toks[k].lower, "utterances") \
                    or not any(armed_or_state(r) for r in owner.refs):
                continue
            harm = _foretold_harm(sentence, k + 2, modals)
            if harm is None:
                continue
            named = [t for t in found if harm.start < t.i < harm.stop and (t.type or "") in _CONFLICT]
            if named or {t.lower for t in toks[harm.start + 1:harm.stop]} & self.lexicon.hostile_words:
                return Trigger(k, k + 1, VOICED_THREAT, VOICED_THREAT.type, agent=owner)
        return None

    def _match(self, sentence: Sentence, k: int, groups: list[Group], noun: bool = False
               ) -> tuple[Entry, int, bool] | None:
        """The longest lexicon pattern at token ``k``, verb or noun by the word before it (a noun
        only when ``noun``), where it ends, and whether adjuncts part the verb from its particle
        ("called on Thursday, during his meeting with X, for": "call for"; "called on Thursday"
        is no "call on").

        After a determiner or a preposition only nouns (and "-ing" forms) are triggers:
        "the fight against", "by phone" are no verbs. Capitalised words are names or months
        ("March", "Rally") unless they open the sentence.
        """
        toks = sentence.tokens
        if toks[k].cap and k > 0 and toks[k - 1].lower not in QUOTES | DASHES:  # "BASRA - Hundreds of"
            return None
        before = toks[k - 1].lower if k else ""
        if toks[k].lower.endswith("ing") and self.lexicon.in_class(before, "accords") \
                and not (k + 1 < len(toks) and toks[k + 1].lower in CEREMONY_WORDS):
            return None  # "under a 1988 agreement barring attacks": what the accord says, no act
        if before.endswith("-era") or _bygone_owner(toks, k):
            return None  # "reconciliation for colonial-era massacres", "under last year's accord": history
        after_actor = any(g.last == k for g in groups)  # "Israel attacks": a subject, not "Israeli attacks"
        # "Israeli jets overnight struck": a time adverb between the subject and a past form is
        # no noun's modifier ("overnight strikes")
        adverb = before in DAY_WORDS and any(g.last == k - 1 for g in groups) \
            and _verb_form(toks[k].lower) == "past"
        # a day before a verb ("on Tuesday begs") is no name modifying a noun ("Israeli attacks"),
        # which it is only after a determiner ("the Tuesday raid", read below)
        nounish = before in NOUN_CUES and not adverb \
            or (k > 0 and toks[k - 1].cap and not after_actor and before not in DAY_WORDS) \
            or (k > 1 and toks[k - 2].lower in DETERMINERS and _word_or_initials(toks[k - 1].lower)) \
            or (toks[k].lower.endswith("s") and not after_actor and k + 1 < len(toks)
                and toks[k + 1].lower in {"on", "against"}) \
            or (k > 0 and (toks[k - 1].lower == "air" or self.lexicon.in_class(toks[k - 1].lower, "weapons"))) \
            or _indefinite_modifiers(toks, k) or _counted_plural(toks, k, self.lexicon) \
            or _predicate_plural(toks, k)
        # "a car bombing"; "attacks on shipping"; "30 drone strikes", "missile attacks";
        # "a separate Daesh ambush"
        # "the country's independent press for years exposed": a possessive is a determiner
        # before a word whose bare noun reading is no event, so no verb; a plural there may be
        # its subject ("Ukraine's allies press for"), and an event noun ("Friday's arson
        # attack") keeps the reading it had
        owned = k > 1 and toks[k - 2].lower == "'s" and _word_or_initials(toks[k - 1].lower) \
            and not toks[k - 1].lower.endswith("s") \
            and any(p.entry.pos == "noun" and p.entry.type is None and not p.rest
                    for p in self.lexicon.candidates(toks[k].lower))
        # "an aggression that targeted"; "those targeted by US measures", "those detained"
        # "an attack that hit the field": an irregular past after a relative word is as much its verb
        relative = before in RELATIVES | PARTICIPLE_HEADS and _past_form(toks[k].lower)
        # "growing calls for his impeachment": a plural after an adjective of swelling is a noun
        swelled = toks[k].lower.endswith("s") and self.lexicon.in_class(before, "swelling_modifiers")
        noun_only = noun or (before in NOUN_CUES | PREPOSITIONS - {"to"} or _plural_possessive(toks, k) or swelled
                             or _plural_owner(toks, k)) \
            and not toks[k].lower.endswith("ing") \
            and not relative and not adverb \
            or _counted_plural(toks, k, self.lexicon) or _adjectival_participle(sentence, k) \
            or _counted_participle(toks, k, self.lexicon) or _predicate_plural(toks, k) \
            or _listed_plural(toks, k) or self._cargo(toks, k) or owned or _plural_subject(toks, k, after_actor) \
            or _listed_noun(toks, k) or _plural_after_verb(toks, k) \
            or _weapon_plural(toks, k, self.lexicon) or _owned_named_plural(toks, k) \
            or _year_modified(toks, k) or _twice_modified_plural(toks, k) \
            or (k == 0 and s_form(toks[k].lower)) \
            or (k > 1 and toks[k - 2].lower in PREPOSITIONS and toks[k].lower.endswith("s")
                and toks[k].lower not in BE_WORDS and before not in DAY_WORDS
                and (toks[k - 1].cap or toks[k - 1].lower.isalpha() and toks[k - 1].lower not in PRONOUNS | RELATIVES))
        # "Murders in El Salvador fell": no verb in "-s" opens a sentence, so a noun does.
        # "in Israeli jails", "on espionage charges": a plural after a preposition and a name,
        # demonym or noun is a noun; "is" is none ("a return to enrichment is not on the table"),
        # nor a verb after a day ("on Tuesday begs")
        best: tuple[Entry, int, bool] | None = None
        # "a pardon order", "an evacuation order": a verb of ordering heading a compound is the
        # order issued, no bare verb (a key of more words may still open there)
        compound = self.lexicon.in_class(toks[k].lower, "directing") and _indefinite_compound(toks, k) \
            or self._object_agent(toks, k) or self._modifier_compound(toks, k, after_actor)
        held = self._place_holding(toks, k)  # "governorates sheltering refugees": what the place holds
        for pattern in self.lexicon.candidates(toks[k].lower):
            if pattern.entry.pos == "verb" and (noun_only or compound and not pattern.rest or held):
                continue
            if pattern.entry.pos == "verb" and not pattern.rest and self._adverb_reading(toks, k):
                continue  # "flew back on Monday": the base form of "back" is no verb here
            if pattern.entry.pos == "verb" and before == "to" and toks[k].lower.endswith("s") \
                    and toks[k].lower != pattern.entry.key.split()[0]:
                continue  # "in response to requests from": an infinitive is never "-s", so a plural noun
            particle = pattern.entry.pos == "verb" and pattern.rest[:1] != () and pattern.rest[0] in PREPOSITIONS
            start = _past_adjuncts(sentence, k + 1) if particle else k + 1
            end = _match_rest(sentence, start, pattern, self.lexicon)
            if end is None or pattern.entry.party_gap and not any(start <= g.first and g.last < end for g in groups):
                continue
            # the required word may stand near the trigger or inside the key's own gap ("allowed 3
            # engineers of an oil company they abducted to go home")
            if pattern.entry.requires and not self._near_class(sentence, k, pattern.entry.requires) \
                    and not any(self._class_word(sentence, n, pattern.entry.requires) for n in range(k + 1, end)) \
                    and not (pattern.entry.requires == OFFICIALS_CLASS and _named_person(sentence, groups, k)):
                continue
            if pattern.entry.pos == "noun" and k < end - 1 < len(toks) - 1 and toks[end - 1].lower in PREPOSITIONS \
                    and toks[end].lower in DAY_WORDS:
                continue  # "the bloc's meetings on Friday": a date, no topic the preposition opens
            if best is None or end > best[1] or (
                    end == best[1] and (pattern.entry.pos == "noun") == nounish
                    and (best[0].pos == "noun") != nounish):
                best = (pattern.entry, end, start > k + 1)
        if best is None and 1 < k < len(toks) - 2 and toks[k - 1].lower == "'s" and toks[k + 1].lower == "of" \
                and any(g.last == k - 1 for g in groups) \
                and (toks[k + 2].lower in DETERMINERS or any(g.first == k + 2 for g in groups)):
            nominal = self._nominalised(toks[k].lower)  # "Russia's veto of a text", "Pyongyang's imprisonment of an"
            if nominal is not None:
                best = (nominal, k + 1, False)
        if best is not None and best[0].pos == "noun" and best[1] < len(toks) \
                and self.lexicon.in_class(toks[best[1]].lower, "compound_heads") \
                and not (after_actor and self._verb_reading(toks[k].lower)) \
                and (k == 0 or before in NOUN_CUES or toks[k - 1].cap or before.isdigit()
                     or before.endswith("est") and not self.lexicon.candidates(before)):
            return None  # "a Japanese aid worker", "two attack helicopters", "the highest murder rate": a modifier
        if best is not None and best[1] == k + 1 and self._weapon_compound(toks, k, after_actor):
            return None  # "mechanised regiments and attack helicopters": a class of craft, no attack
        return best

    def _verb_reading(self, word: str) -> bool:
        """Whether ``word`` opens a verb pattern: after a name it may be the verb of that
        subject ("Hamas attack camps"), where a word with no verb reading ("a Buenos Aires
        detention centre") is still a modifier."""
        return any(p.entry.pos == "verb" for p in self.lexicon.candidates(word))

    def _modifier_compound(self, toks: list, k: int, after_actor: bool) -> bool:
        """Whether the bare word at ``k``, after a capitalised modifier and before a noun of
        ``compound_heads``, modifies that noun ("Cypriot fire crews"): a noun, no verb, as a
        demonym or name is no plural subject ("Cypriots fire" would be)."""
        return 0 < k < len(toks) - 1 and toks[k - 1].cap and not after_actor and not s_form(toks[k].lower) \
            and _verb_form(toks[k].lower) not in {"past", "ing"} \
            and self.lexicon.in_class(toks[k + 1].lower, "compound_heads")

    def _place_holding(self, toks: list, k: int) -> bool:
        """Whether the "-ing" form at ``k`` is a verb of ``hosting`` right after a noun of a place
        or of people who live there ("Mafraq and Irbid, governorates sheltering large numbers of
        refugees", "a region hosting 200,000 Syrians", "families housing refugees"): it tells
        what the place holds, background to the news, no act reported ("Turkey is sheltering
        3 million Syrians" is one)."""
        if k == 0 or _verb_form(toks[k].lower) != "ing" or not self.lexicon.in_class(toks[k].lower, "hosting"):
            return False
        if self._place_words is None:
            cues = self.kb.cues
            kinds = cues.get("town_kinds", frozenset())
            self._place_words = frozenset(cues.get("place_nouns", frozenset())) | kinds \
                | {_plural(word) for word in kinds} | self.lexicon.classes.get("encampments", frozenset()) \
                | self.lexicon.classes.get("relief_recipients", frozenset())
        return toks[k - 1].lower in self._place_words

    def _role_head(self, word: str) -> bool:
        """Whether ``word`` (a word of a key, or a class as "@task_units") names craft, arms or
        units that a role word may modify ("attack craft", "assault @task_units")."""
        if word.startswith(CLASS):
            return word[1:] in ROLE_HEAD_CLASSES
        return any(self.lexicon.in_class(word, name) for name in ROLE_HEAD_CLASSES)

    def _object_agent(self, toks: list, k: int) -> bool:
        """Whether the "-s" form at ``k`` is the noun of those who do the act to the word before
        it ("the World Cup hosts", "the tournament hosts"): that word is of a class the
        lexicon lists as the verb's object in a phrase of no event ("host * @hosted_events"),
        and no object follows (a comma, a preposition, "and" or the end: "the World Cup hosts
        32 teams" is the verb)."""
        if k == 0 or not s_form(toks[k].lower):
            return False
        if k + 1 < len(toks) and not (toks[k + 1].lower in PREPOSITIONS | {"and", "or"}
                                      or not toks[k + 1].lower.replace("-", "").isalnum()):
            return False
        prev = toks[k - 1].lower
        return any(p.entry.type is None and p.entry.pos == "verb" and p.rest[:1] == (GAP,)
                   and any(w.startswith(CLASS) and self.lexicon.in_class(prev, w[1:]) for w in p.rest[1:])
                   for p in self.lexicon.candidates(toks[k].lower))

    def _weapon_compound(self, toks: list, k: int, after_actor: bool) -> bool:
        """Whether the trigger word at ``k`` modifies the craft or arms noun right after it, a
        class of weapon named by its role ("attack helicopters", "strike drones", "assault
        rifles"), no act: the word is one the lexicon lists as such a modifier (the first word
        of a compound of no event type naming craft, arms or units, "attack craft", "strike
        aircraft", "assault team"; not "aid", whose lorries carry aid), and
        the next word is a craft or arm (word classes ``vehicles``, ``arms``, ``granted_arms``,
        ``weapons``). A verb keeps its object where its subject, an infinitive's "to" or a modal
        stands right before it ("militants attack convoys", "vowed to strike ships")."""
        if k + 1 >= len(toks) or _verb_form(toks[k].lower) in {"past", "ing"}:
            return False
        head = toks[k + 1].lower
        if not any(self.lexicon.in_class(head, name) for name in WEAPON_HEAD_CLASSES):
            return False
        if not any(p.entry.type is None and p.rest and self._role_head(p.rest[0])
                   for p in self.lexicon.candidates(toks[k].lower)):
            return False  # "aid lorries": the aid they carry, no class of craft
        before = toks[k - 1].lower if k else ""
        return not (after_actor or before in VERB_LEADS or before in SELF_SUBJECTS)

    def _nominalised(self, word: str) -> Entry | None:
        """The noun reading of a one-word verb entry that takes an object, for its nominalisation
        between an owner and "of" ("Russia's veto of a British-drafted text", "Pyongyang's
        imprisonment of an American student"): the same word, or the verb with "-ment". Its "of"
        names whom it is done to; the owner does it. The owner is a party and the "of" phrase
        opens with a determiner or a party (see :meth:`_match`): "Iran's target of 5% growth" is
        no attack."""
        stems = [word] + ([word[:-len(NOMINAL_SUFFIX)]] if word.endswith(NOMINAL_SUFFIX) else [])
        for stem in stems:
            for pattern in self.lexicon.candidates(stem):
                entry = pattern.entry
                if entry.pos == "verb" and entry.type and not pattern.rest and entry.key == stem \
                        and entry.takes_object and not entry.requires and not entry.needs_object:
                    return replace(entry, pos="noun", args=("of", *entry.preps), needs_actor=True)
        return None

    def _placewide(self, sentence: Sentence, groups: list[Group], trig: Trigger) -> bool:
        """Whether the words of ``trig``'s pattern, its gaps and word classes included ("revoked
        emergency rule", "called off the curfew"), name a measure laid on a whole place
        (``PLACEWIDE_CLASS``); a gapped trigger's own span holds only its first word."""
        found = self._match(sentence, trig.i, groups)
        end = found[1] if found is not None else trig.j
        return any(self.lexicon.in_class(t.lower, PLACEWIDE_CLASS) for t in sentence.tokens[trig.i:end])

    def _adverb_reading(self, toks: list[Token], k: int) -> bool:
        """Whether token ``k`` is the base form of a verb that is mostly an adverb or a noun
        (``adverb_verbs``: "came back", "stabbed in the back") and no "to" or modal, past a
        "not", stands before it to make it the verb ("to back the rebels", "would not back")."""
        if not self.lexicon.in_class(toks[k].lower, "adverb_verbs"):
            return False
        m = k - 1
        while m >= 0 and toks[m].lower in {"not", "n't"}:
            m -= 1
        return m < 0 or toks[m].lower not in MODAL_PERFECT

    def _force_modifier(self, sentence: Sentence, groups: list[Group], trig: Trigger) -> bool:
        """"froze the assets of three commanders of the Tasis forces fighting Sudan's army",
        "said the text favoured the Saudi-led coalition fighting the group": an "-ing" word right
        after a force noun or a party in the object of "of" or of a past verb is a reduced
        relative describing that force, background to the news; the main clause's subject
        never does it. Only such an object counts: a force noun heading the clause ("RSF
        forces fighting in Darfur") may be its subject. A march so told ("fired tear gas at
        thousands of monks marching through Yangon") is news of its own."""
        toks = sentence.tokens
        noun = trig.i - 1
        if not toks[trig.i].lower.endswith("ing") or noun < 1 or trig.type == "PROTEST" \
                or not (self.lexicon.in_class(toks[noun].lower, "forces") or any(g.last == trig.i for g in groups)):
            return False
        for m in range(noun - 1, max(-1, noun - 1 - INDEFINITE_REACH - 1), -1):
            word = toks[m].lower
            if word == "of" or word in DETERMINERS and m > 0 and _verb_form(toks[m - 1].lower) == "past":
                return True
            if not (word.isalpha() or "-" in word) or word in PREPOSITIONS:
                return False
        return False

    def _framework_author(self, sentence: Sentence, group: Group) -> bool:
        """Whether ``group`` authors a document that frames the act ("demanding a transition
        under UN resolution 2254", "elections in line with the AU's roadmap"): the document
        sets the act's terms; its author is no party the act is aimed at."""
        toks = sentence.tokens
        k = group.first
        while k > 0 and toks[k - 1].lower in DETERMINERS:
            k -= 1
        if not any(k >= len(words) and sentence.match(k - len(words), words) for words in self._framing):
            return False
        for n in range(group.last, min(len(toks), group.last + FRAMEWORK_REACH + 1)):
            if self.lexicon.in_class(toks[n].lower, "frameworks"):
                return True
            if toks[n].lower in CLAUSE_BREAKS:
                return False
        return False

    def _forces_in_trigger(self, sentence: Sentence, groups: list[Group], trig: Trigger) -> Group | None:
        """The forces of a known state that a verb pattern's own words name ("ferried 350 Honduran
        infantrymen", matched by 'ferry * @forces', a count between): a mover's own, so their
        state moves them when the subject names no state ("Army lorries", "Helicopters")."""
        if "@forces" not in trig.entry.key:
            return None
        return next((g for g in groups if trig.j <= g.first <= trig.j + FORCES_OBJECT_REACH
                     and g.refs[0].country and self._force_named(sentence, g)), None)

    def _force_named(self, sentence: Sentence, group: Group) -> bool:
        """Whether ``group`` names a force: a word of the ``forces`` class in it or right
        after it ("three Federal Police brigades", "two army battalions")."""
        return any(self.lexicon.in_class(t.lower, "forces")
                   for t in sentence.tokens[group.first:min(len(sentence.tokens), group.last + 1)])

    def _cargo(self, toks: list, k: int) -> bool:
        """"a vessel carrying humanitarian supplies", "loaded with supplies": goods a carrier
        word governs are a noun, the object of carrying, no verb of giving; so are goods that
        close a list a cargo noun opens ("their cargo being tents, blankets and medical
        supplies"), which describes a load, not who gives it."""
        if not self.lexicon.in_class(toks[k].lower, "freight"):
            return False
        if any(self.lexicon.in_class(toks[m].lower, "carriers") for m in range(max(0, k - 2), k)):
            return True
        for m in range(k - 1, max(-1, k - 1 - CARGO_LIST_REACH), -1):
            if self.lexicon.in_class(toks[m].lower, "cargo_nouns"):
                return True
            if toks[m].cap or not (toks[m].lower.isalpha() or toks[m].text == ","):
                return False
        return False

    def _seized_cargo(self, sentence: Sentence, trig: Trigger, events: list[Event]) -> Event | None:
        """"Israeli forces captured a vessel carrying humanitarian supplies": goods carried by
        a vehicle that is the object of an earlier seizure or attack in the clause are what
        was taken, not aid; the captor gives nothing. The hostile event is returned."""
        if trig.type != "AID":
            return None
        toks = sentence.tokens
        for c in range(trig.i - 1, max(-1, trig.i - 1 - CARRIER_REACH), -1):
            if not sentence.same_clause(c, trig.i):
                return None
            if self.lexicon.in_class(toks[c].lower, "vehicles"):
                return next((e for e in events if e.type in ("COERCE", "ASSAULT")
                             and sentence.index_before(e.trigger.end) <= c
                             and sentence.same_clause(sentence.index_at(e.trigger.start), c)), None)
        return None

    def _near_class(self, sentence: Sentence, k: int, name: str) -> bool:
        """A word of class ``name`` within :data:`REQUIRES_WINDOW` words of token ``k``, in its
        clause: "launched" is an attack only with a weapon near it, not "launched talks"; a word that
        only modifies a compound ("aid workers") names no goods. The noun right before the trigger
        counts in its singular, as a modifier stands ("a settler rampage": ``settlers``)."""
        toks = sentence.tokens
        for n in range(max(0, k - REQUIRES_WINDOW), min(len(toks), k + REQUIRES_WINDOW + 1)):
            if n != k and sentence.same_clause(n, k) and self._class_word(sentence, n, name):
                return True
        if k > 0 and toks[k - 1].lower.isalpha() and not toks[k - 1].lower.endswith("s") \
                and self.lexicon.in_class(toks[k - 1].lower + "s", name):
            return True  # a noun modifying the trigger is singular though it names many: "a settler rampage"
        adjunct = _participial_adjunct(sentence, k)
        if adjunct is not None and self.lexicon.in_class(toks[adjunct].lower, name):
            return True
        if any(self._class_word(sentence, n, name) for n in _object_after_agent(sentence, k)):
            return True
        if any(self._class_word(sentence, n, name) for n in self._appositions_after(sentence, k)):
            return True
        listed = _colon_list(sentence, k)
        if any(self._class_word(sentence, n, name) for n in (*listed, *_as_qualifier(sentence, k))):
            return True
        if name == VESSEL_CLASS and any(abs(sentence.index_at(ship.start or 0) - k) <= REQUIRES_WINDOW
                                        for ship in _boarded_ships(sentence, self._ships)):
            return True  # "activists aboard the Oleander, intercepted by the navy": a ship's name, no noun
        # the subject's head opening the clause: "Demonstrators angered by weeks of ... gathered"
        if any(self._class_word(sentence, n, name) for n in sentence.clause_opening(k, CLAUSE_SUBJECT_WORDS)):
            return True
        # the party before an aside its verb resumes after: "China's premier, whose government
        # has lent billions for mining, arrived in Lusaka for a visit"
        opening = sentence.aside_opening(k) if sentence.resumes_after_aside(k) else None
        if opening is not None and any(self._class_word(sentence, n, name)
                                       for n in range(max(0, opening - REQUIRES_WINDOW), opening)):
            return True
        # the noun a relative clause describes: "a Turkish relief vessel that anchored at Al-Arish";
        # a "whom" clause has its own subject before the verb ("the suspects whom the police netted")
        start = sentence.clause_start(k)
        reach = OBJECT_RELATIVE_SUBJECT + 1 if toks[start].lower == "whom" else 2
        return toks[start].lower in RELATIVES and k - start <= reach and any(
            self._class_word(sentence, n, name) for n in range(max(0, start - CLAUSE_SUBJECT_WORDS), start)
            if sentence.same_clause(n, start - 1))

    def _appositions_after(self, sentence: Sentence, k: int) -> list[int]:
        """The words of the verbless phrases set off by commas after the clause of token ``k``
        that rename or describe its subject ("a Hercules headed for Tunis today, the first of
        three relief flights, its cargo comprising oxygen concentrators ..."): each opens with
        an article or a possessive and holds no reporting verb ("..., the ministry said")."""
        toks = sentence.tokens
        comma = next((n for n in range(k + 1, len(toks)) if toks[n].text == ","
                      or not sentence.same_clause(n, k)), None)
        words: list[int] = []
        while comma is not None and comma + 1 < len(toks) and toks[comma].text == "," \
                and toks[comma + 1].lower in ARTICLES | POSSESSIVES:
            end = next((n for n in range(comma + 1, len(toks)) if toks[n].text in {",", ";", "."}), len(toks))
            reporting = self.lexicon.cues.reporting_forms  # type: ignore[union-attr]
            if any(toks[n].lower in reporting for n in range(comma + 1, end)):
                break
            words += range(comma + 1, min(end, comma + 1 + REQUIRES_WINDOW))
            comma = end if end < len(toks) else None
        return words

    def _boarded_ship(self, sentence: Sentence, trig: Trigger, roles: Roles) -> None:
        """"Activists aboard the Oleander, intercepted by the navy on Friday, were questioned":
        an act that needs a ship, with nothing found as its object, is done to the ship named
        only after "aboard" (no ship noun heads it) within reach before it."""
        ship = next((s for s in reversed(_boarded_ships(sentence, self._ships))
                     if 0 < trig.i - sentence.index_at(s.start or 0) <= REQUIRES_WINDOW), None)
        if ship is not None:
            roles.recipients = [ship]
            roles.how.append(f"the ship {ship.text!r} the people are aboard is what it is done to")

    def _class_word(self, sentence: Sentence, n: int, name: str) -> bool:
        """Whether token ``n`` is a word of class ``name`` in its own right, not the modifier
        of a compound that names people ("aid workers reached Goma" brings no aid)."""
        toks = sentence.tokens
        if toks[n].lower in OPPOSITE_NUMBER and _opposite_number(sentence, n):
            return self.lexicon.in_class(COUNTERPART_WORD, name)  # "his Egyptian opposite number"
        return self.lexicon.in_class(toks[n].lower, name) \
            and not (n + 1 < len(toks) and self.lexicon.in_class(toks[n + 1].lower, "compound_heads"))

    def _govern(self, sentence: Sentence, groups: list[Group], triggers: list[Trigger], reader: PatternRoles) -> None:
        """Mark triggers that are the content of an earlier one, and hostile vows."""
        negators = self.lexicon.cues.negating_governors  # type: ignore[union-attr]
        for trig in triggers:
            trig.agent = trig.agent or _relative_agent(sentence, groups, trig) \
                or _agent_before_object(sentence, groups, trig) \
                or _participle_after_agent(sentence, groups, trig) \
                or _participle_agent(sentence, groups, trig, reader)
        for outer, trig in zip(triggers, triggers[1:]):
            trig.agent = trig.agent or self._judged_agent(sentence, groups, outer, trig)
        for n, trig in enumerate(triggers):
            trig.agent = trig.agent or next(filter(None, (self._decided_agent(sentence, groups, outer, trig, reader)
                                                          for outer in triggers[:n])), None)
            trig.own_day = _own_earlier_day(sentence, triggers, n, self.lexicon)
            trig.dated = trig.dated or trig.own_day is not None
        toks = sentence.tokens
        for request in triggers:
            granting = self._granting(sentence, request)
            if granting is None:
                continue
            for trig in triggers:
                if request.j <= trig.i < _noun_scope(sentence, groups, request.j):
                    trig.granted_at, trig.by = granting, sentence.span_text(granting, request.j)
        for trig in triggers:
            # "insisted that Armenia amend its constitution": a demand made; "still insists that" a
            # standing position, and ", insisting that" the condition of the act it follows
            if trig.type is None and self.lexicon.in_class(trig.entry.key, "subjunctive_demands") \
                    and _verb_form(toks[trig.j - 1].lower) == "past" \
                    and _subjunctive_content(sentence, groups, trig.after):
                trig.type = "REQUEST"
        governors = [(t.after, t.entry.complement, sentence.span_text(t.i, t.j), t) for t in triggers
                     if t.entry.complement and not _ranked_infinitive(sentence, t.i)]
        governors += [(k + 1, "negate", toks[k].text, None) for k, tok in enumerate(toks)
                      if tok.lower in negators]
        for outer, inner_trig in zip(triggers, triggers[1:]):
            # "decided on Wednesday to keep": a day adjunct parts no verb from its infinitive
            between = sentence.words(past_day(sentence, outer.after), inner_trig.i)
            if inner_trig.i < outer.after:
                continue  # in the aside that parts a verb from its particle
            if self._alone_at(sentence, groups, outer, reader):
                continue  # "Kenya decided to deploy police": one party's decision is its act
            if outer.type is None and self.lexicon.in_class(toks[outer.after - 1].lower, "protest_pursuits"):
                continue  # "pledged to continue their hunger strike": the protest vowed is the act, intended
            if outer.entry.pos == "verb" and len(between) <= 3 and sentence.same_clause(outer.i, inner_trig.i) \
                    and not set(between) & (PREPOSITIONS - {"to"} - _object_markers(outer) | {",", "and", "or"}) \
                    and (inner_trig.entry.pos == "noun" or between[-1:] == ["to"]) \
                    or _own_object(sentence, outer, inner_trig, between) \
                    or _protested_object(sentence, outer, inner_trig) \
                    or _infinitive_past_aside(sentence, outer, inner_trig):
                inner_trig.governed = inner_trig.governed or ("absorb" if not inner_trig.happened else None)
                outer.content.append(inner_trig)
                inner_trig.by = inner_trig.by or sentence.span_text(outer.i, outer.j)
        for outer in triggers:
            for inner in self._refused(sentence, triggers, outer):
                inner.governed, inner.by = "absorb", sentence.span_text(outer.i, outer.j)
                outer.content.append(inner)
        for outer in triggers:
            # "A Pakistani offer of talks was turned down by New Delhi": the offer is what the
            # passive's verb answers, as the object of its active ("turned down an offer") is
            be = _passive_be(sentence, outer.i) if outer.entry.pos == "verb" and outer.entry.complement \
                and outer.type == "REJECT" else None
            head = _subject_head_noun(sentence, triggers, be) if be is not None else None
            if head is not None and head is not outer and head.governed is None and not head.happened:
                head.governed, head.by = outer.entry.complement, sentence.span_text(outer.i, outer.j)
                outer.content.append(head)
                outer.subject_noun = head
        for trig in triggers:
            stop = self._stopped_subject(sentence, trig)
            if stop is not None and trig.governed is None:
                trig.governed, trig.by = "absorb", toks[stop].text
                owner = next((t for t in triggers if t.i == stop), None)
                if owner is not None:
                    owner.content.append(trig)
        self._aim_infinitives(sentence, groups, triggers)
        self._intended(sentence, groups, triggers)
        _judged_reasons(sentence, triggers, self.lexicon.classes.get("naming", frozenset()))
        _ultimatum_demands(sentence, triggers)
        _yielded_demands(sentence, triggers)
        _protest_purposes(sentence, triggers)
        for pred in triggers:
            for trig in triggers:
                if _gerund_subject(sentence, trig, pred) and trig.governed is None and not trig.happened:
                    trig.governed, trig.by = "absorb", sentence.span_text(pred.i, pred.j)
                    pred.content.append(trig)
        for trig in triggers:
            breakdown = self._breakdown(sentence, trig)
            if breakdown is not None and trig.governed is None and not trig.happened:
                trig.governed, trig.by = "negate", breakdown
        for start, kind, word, owner in governors:
            if start < len(toks) and toks[start].lower in BE_FORMS | HAVE_FINITE:
                continue  # "charges his lawyer rejected was freed": the verb ends a relative clause
            scope = _noun_scope(sentence, groups, start) if owner is not None and owner.entry.pos == "noun" \
                else _scope(sentence, groups, start, owner.i if owner is not None else None)
            scope = self._interval_cut(sentence, start, scope)
            # "X, citing plagiarism findings, called for": the aside's verb governs nothing past it
            scope = next((m for m in range(start + 1, scope) if sentence.resumes_after_aside(m)
                          and (sentence.aside_opening(m) or 0) < start), scope)
            if owner is not None:
                scope = _charge_end(sentence, triggers, owner, scope)
            if owner is not None and _opening_participle(sentence, owner, triggers):
                # "Defying warnings that the move would widen the war, the states recognised", "Citing
                # the junta's refusal to ..., the EU suspended": not past its comma
                scope = min(scope, next((k for k in range(start, len(toks)) if toks[k].text == ","), scope))
            remark = self._comment_cut(sentence, start, scope) if owner is not None else scope
            if owner is None:  # "leaving 40 patients without care, calling it a war crime": not negated
                scope = _participle_clause(sentence, start, scope)
            inner = [t for t in triggers if start <= t.i < scope and t is not owner
                     and not (t.i > remark + 1 and t.type in SAID_ACTS) and not _meeting_setting(sentence, start, t)
                     and not (t.entry.pos == "verb" and self._judged_clause(sentence, triggers,
                                                                            sentence.clause_start(t.i)))]
            for trig in inner:
                if trig.governed is None and not trig.happened:
                    trig.governed, trig.by = kind, word
                    trig.governor_at = start - 1 if owner is None else None
                if owner is not None and trig not in owner.content:
                    owner.content.append(trig)
            if owner is not None and owner.entry.hostile:
                owner.warned = self._warned_measure(sentence, groups, owner, start, scope)
                described = _described_words(sentence, start, _phrase_end(sentence, scope))
                # no words of a name ("as Bangkok's Rapid Deployment Force marked"), nor a measure
                # eased ("is ready to relax its trade embargo on Vietnam": hostile_easing)
                said = [toks[n].lower for n in range(start - 1, _phrase_end(sentence, scope)) if n not in described
                        and not (n > start and toks[n].cap and toks[n - 1].cap)]
                easing = self.lexicon.classes.get("hostile_easing", frozenset())
                eased = {k for n, w in enumerate(said) if w in easing for k in range(n + 1, n + EASED_WORDS + 1)}
                peace = self.lexicon.classes.get("peacekeeping", frozenset())
                compounds = self.lexicon.classes.get("hostile_compounds", frozenset())
                partnered = self.lexicon.classes.get("partnered", frozenset())
                bodies = self.lexicon.classes.get("troop_bodies", frozenset())
                words = {w for k, (prev, w, nxt) in enumerate(zip(said, said[1:], said[2:] + [""]))
                         if k + 1 not in eased  # a peacekeeping force,
                         and prev not in peace and nxt not in compounds  # "war crimes suspects",
                         and not (w in bodies and prev in partnered)}  # "a multinational force"
                words |= {f"{w} {nxt}" for w, nxt in zip(said, said[1:])}  # "its armed campaign against"
                if words & (self.lexicon.hostile_words | self.lexicon.classes.get("hostile_phrases", frozenset())) \
                        or _conditional_vow(sentence, groups, start, scope) \
                        or owner.warned is not None \
                        or any(((t.entry.type or "") in _CONFLICT or t.entry.mode == "strike")  # a stoppage vowed
                               and t.i not in described
                               and not _joint_act(sentence, t, partnered)
                               and not any(toks[m].lower in easing for m in range(max(start, t.i - 3), t.i))
                               and (t.entry.mode != "arrest" or _against_addressee(sentence, groups, owner, t, scope))
                               and not _released_detention(sentence, self.lexicon, inner, t, start)
                               for t in inner):
                    owner.type = owner.entry.hostile
        for trig in triggers:
            trig.enacted = self._enacted_order(sentence, groups, trig)
            if trig.enacted is not None:
                trig.type = trig.enacted.type
        for trig in triggers:  # "ordered oil firms to leave Cabinda or face attacks": an ultimatum,
            # as is a caution "to pull out or have the machines burned"
            if (trig.type == "REQUEST" or trig.entry.hostile == "THREATEN") \
                    and any(_ultimatum_alternative(sentence, t) for t in trig.content):
                trig.type = "THREATEN"
        # after the contents above: an event a protest's object holds stands between it and its
        # aim without parting them ("rallied to protest the killing of X and demand")
        for outer in triggers:
            if outer.type not in PURPOSEFUL:
                continue
            aims = {"REQUEST", "ACCUSE"} if outer.type == "PROTEST" else {"REQUEST"}
            for inner in triggers:  # "marched to demand ...", a sit-in "to denounce delays": the protest's aim
                if inner.i <= outer.i or inner.governed:
                    continue
                if outer.type == "PROTEST" and _aim_after_for(sentence, outer, inner):
                    inner.governed, inner.by, inner.owner = "absorb", sentence.span_text(outer.i, outer.j), outer
                    continue
                if inner.type not in aims:
                    continue
                word = toks[inner.i].lower
                # "blocked the highway on Saturday night for the 20th week, waving flags and
                # denouncing the plan": what a crowd denounces may stand further off, and so may
                # what it demands beside what it does on the march ("wound from the campus over the
                # bridge to the centre, the students waving flags and demanding")
                reach = CHANT_REACH if outer.type == "PROTEST" and word.endswith("ing") and (
                    inner.type == "ACCUSE" or toks[inner.i - 1].lower in {"and", ","}) else PURPOSE_WINDOW
                if inner.i - outer.j > reach or any(
                        t is not outer and outer.i < t.i < inner.i and t.type not in (None, "PROTEST")
                        and not t.governed for t in triggers):  # "to protest the killing ... and demand"
                    continue
                before = toks[inner.i - 1].lower if inner.i else ""
                if outer.type != "PROTEST" and word.endswith("ing") and before.isalpha() \
                        and before not in {"and", "to", "in", "by"}:
                    continue  # "fired tear gas at supporters demanding an end to": the supporters' demand
                if before == "and" and outer.governed and toks[inner.i - 2].text == ",":
                    continue  # "accused police of torturing detainees to extract confessions, and urged":
                    # the verb after ", and" goes on from the clause that governs the act
                if word.endswith("ing") or before in {"to", "in"} \
                        or before == "and" and "to" in sentence.words(outer.j, inner.i):  # "to protest X and demand"
                    inner.governed, inner.by, inner.owner = "absorb", sentence.span_text(outer.i, outer.j), outer

    def _warned_measure(self, sentence: Sentence, groups: list[Group], warning: Trigger, start: int,
                        scope: int) -> list[ActorRef] | None:
        """The parties a warning (not a pledge: "pledged to cut taxes" promises) foretelling a
        measure of the warner's side is aimed at, None when it foretells none. The measure is in
        the passive with no other doer ("warned Kazakhstan that aid would be cut", "warning that
        the papers could be shut down": aimed at the passive's subject) or under a modal with the
        warner, its pronoun or a party of its country as subject ("warned that Israeli troops
        could reoccupy Palestinian-ruled towns": aimed at the party after the verb). That is a
        threat, as a hostile word in the content makes one."""
        if not self.lexicon.in_class(warning.entry.key, "warning_keys"):
            return None
        toks = sentence.tokens
        modals = self.lexicon.cues.foretelling_modals | self.lexicon.cues.threat_modals  # type: ignore[union-attr]
        measures = self.lexicon.classes.get("warned_measures", frozenset())
        warner = next((g for g in reversed(groups) if g.last <= warning.i), None)
        side = {r.country for r in warner.refs if r.country} if warner is not None else set()
        end = min(len(toks), _phrase_end(sentence, scope))
        for m in range(start, end - 1):
            if toks[m].lower not in modals:
                continue
            n = m + 1
            while n < end and (toks[n].lower in ADVERB_GAP or toks[n].lower.endswith("ly")):
                n += 1  # "would soon be cut", "could eventually reoccupy"
            passive = n + 1 < end and toks[n].lower == "be"
            verb = toks[n + passive].lower if n + passive < len(toks) else ""
            if not any(verb in verb_forms(w) for w in measures):
                continue
            if passive:  # not "would be cut by the EU", another party's act
                if not (n + 2 < len(toks) and toks[n + 2].lower == "by"):
                    return next((list(g.refs) for g in groups if start <= g.first and g.last <= m), [])
                continue
            subject = next((g for g in groups if start <= g.first and g.last in (m, m - 1)), None)
            if toks[m - 1].lower in VOW_PRONOUNS or subject is not None and side \
                    and any(r.country in side for r in subject.refs):
                return next((list(g.refs) for g in groups if n < g.first < end
                             and not any(r.country in side for r in g.refs)), [])
        return None

    def _threatened_subject(self, document: Document, sentence: Sentence, groups: list[Group], trig: Trigger,
                            cue: Cue, speaker: ActorRef) -> list[ActorRef]:
        """The other side a harm foretold in a report ("said today ... would go to the bottom of
        the sea") is aimed at when the reader found no party heading its subject: the party a
        possessive there stands for ("and their carriers would be sunk": the party named before,
        not the speaker's), a country word heading the subject ("American aircraft carriers ...
        were in reach of our missiles and would go to the bottom"), or the doer of an act the
        subject names ("any aggression by American warships would draw a crushing answer")."""
        toks = sentence.tokens
        opening = past_day(sentence, cue.last)
        opening += opening < trig.i and toks[opening].lower == "that"
        if cue.last > trig.i or opening >= trig.i:
            return []
        start = next((k + 1 for k in range(trig.i - 1, opening - 1, -1) if toks[k].lower in {"and", ",", ";"}),
                     opening)
        start = opening if start == trig.i else start  # "were in reach of X and would go": the first verb's subject
        other = [g for g in groups if not any(r.country == speaker.country or same_actor(r, [speaker]) for r in g.refs)]
        if toks[start].lower in POSSESSIVES:
            owner = next((g for g in reversed(other) if g.last <= start), None)
            return list(owner.refs) if owner is not None else []
        first = start + (toks[start].lower in DETERMINERS | {"any"})
        nation = country_word(sentence, first, min(trig.i, first + 1), lambda s, e: self._resolve(document, s, e))
        if nation is not None and nation.country != speaker.country:
            return [nation]
        doer = next((g for g in other if start < g.first < trig.i and toks[g.first - 1].lower == "by"), None)
        return list(doer.refs) if doer is not None else []

    def _threatened(self, sentence: Sentence, groups: list[Group], threat: Trigger) -> list[ActorRef]:
        """Whom a threat its reporting verb or speech noun makes is aimed at: the party heading
        the harm foretold ("said Kurdish armed groups would face a crushing blow if"); when a
        thing or the speaker's own side heads it ("said the strait would be shut if", "remarks
        that his troops might come if"), the party heading the condition ("if Washington blocks
        its exports", "if the militia does not disband"), none when there is no such party."""
        toks = sentence.tokens
        start = past_day(sentence, threat.j)
        start += 1 if start < len(toks) and toks[start].lower == "that" else 0
        modals = self.lexicon.cues.foretelling_modals | self.lexicon.cues.threat_modals  # type: ignore[union-attr]
        harm = _foretold_harm(sentence, start, modals)
        if harm is None:
            return []
        own = toks[start].lower in POSSESSIVES | PRONOUNS
        subject = next((g for g in groups if g.first in (start, start + 1) and g.last <= harm.start), None)
        if subject is None or own:
            subject = next((g for g in groups if g.first in (harm.stop + 1, harm.stop + 2) and not (
                g.last < len(toks) and toks[g.last].text in {"'s", "'"})), None)
        return list(subject.refs) if subject is not None else []

    def _enacted_order(self, sentence: Sentence, groups: list[Group], order: Trigger) -> Trigger | None:
        """"The attorney general ordered an end to their detention", "ordered the release of 40
        prisoners": an order (``ordering``) whose content names a measure (``ORDERED_MEASURES``)
        enacts it, by the authority of who gives it, and is coded as that measure; the content
        is no event of its own. Ordering another state's or armed party's forces to act
        ("ordered Israel to allow aid in") stays a demand, and so does a court's order to the
        government, and an ultimatum ("ordered the village secretaries to quit their posts or
        face bullets"): a threat, no measure enacted.
        An agreement to forgive a debt is the forgiveness (PLOVER's AID notes: "has agreed to
        forgive $200 of Nigeria's loan obligations"), coded as the aid (``relief_agreed``)."""
        if order.type == order.entry.type == "AGREE":
            return next((t for t in order.content if t.governed == "absorb"
                         and self.lexicon.in_class(t.entry.key, "relief_agreed")), None)
        if not self.lexicon.in_class(order.entry.key, "ordering") or order.type != order.entry.type \
                or any(_ultimatum_alternative(sentence, t) for t in order.content):
            return None
        act = next((t for t in order.content if t.type in ORDERED_MEASURES and t.governed == "absorb"), None)
        if act is None:
            return None
        subject = next((g for g in reversed(groups) if g.last <= order.i), None)
        home = {r.country for r in subject.refs} if subject is not None else set()
        addressed = [r for g in groups if order.j <= g.first < act.i for r in g.refs]
        if subject is not None and self._bench(subject) and any(r.type == "government" for r in addressed):
            return None  # "the High Court ordered the government to release him": a demand it may defy
        return None if any(armed_or_state(r) and r.country and r.country not in home for r in addressed) else act

    def _bench(self, group: Group) -> bool:
        """Whether ``group`` names a court, a judge or a jury (``benches``): the judiciary, whose
        order to the government asks the executive to act."""
        return any(self.lexicon.in_class(word, "benches") for r in group.refs for word in r.text.lower().split())

    def _removed_from_post(self, sentence: Sentence, trig: Trigger) -> bool:
        """"a deputy commander would be dismissed", "two officers were dismissed": a refusal
        verb whose passive subject holds a post is a removal from that post, no refusal of
        anything put to the subject ("the appeal was dismissed" stays one)."""
        toks = sentence.tokens
        if trig.entry.pos != "verb" or not trig.roles.passive:
            return False
        k = trig.i - 1
        while k > 0 and (toks[k].lower in BE_WORDS | MODAL_PERFECT | HAVE_FINITE
                         or toks[k].lower.endswith("ly") and not toks[k].cap):
            k -= 1
        return k < trig.i - 1 and self.lexicon.in_class(toks[k].lower, "posts")

    def _attributive(self, sentence: Sentence, trig: Trigger) -> bool:
        """"the Turkish president's menacing remarks ... would embolden ISIS cells": a
        participle before a noun of speech describes the words; it takes no object, and
        what the remarks would bring about names no one threatened."""
        toks = sentence.tokens
        return trig.entry.pos == "verb" and toks[trig.i].lower.endswith("ing") and trig.j < len(toks) \
            and self.lexicon.in_class(toks[trig.j].lower, "addresses")

    def _alone_at(self, sentence: Sentence, groups: list[Group], trig: Trigger, reader: PatternRoles) -> bool:
        """A verb that is an event only when parties of two countries do it together ("Tunisia
        and Libya decided to keep the crossing open": they agreed), done by fewer: it is no
        event, and the act it governs ("Kenya decided to deploy police") is the subject's own,
        no content. A verb with a complement of its own ("resolved to avenge") governs it anyway."""
        if trig.type is not None or not trig.entry.joint or trig.entry.complement:
            return False
        return len({r.country for r in reader.subject_of(sentence, groups, trig.i) if r.country}) < 2

    def _aim_infinitives(self, sentence: Sentence, groups: list[Group], triggers: list[Trigger]) -> None:
        """"telephoned the Pakistani prime minister to discuss the attack that killed five",
        "will meet in Khartoum next week to negotiate an agreement": an infinitive of
        deliberation after talks, a call or a meeting is their purpose; it and what it holds
        are the same talks' topic, no event of their own. So is an act after troops sent or
        ordered somewhere ("ordering troops into the capital to end five weeks of
        demonstrations") or joint operations are launched ("to smash car-theft syndicates"): what
        the deployment or the operation is for, not yet done; but an inquiry ("sent 21 personnel to
        Bosnia to investigate") is the mission's own act, as the PLOVER records code it."""
        toks = sentence.tokens
        deliberating = self.lexicon.classes.get("deliberating", frozenset())
        verbs = {t.i for t in triggers if t.entry.pos == "verb" and t.type != "ACCUSE"}
        for outer in triggers:
            kind = outer.type or outer.entry.joint  # "launched joint police operations": COOPERATE
            if kind not in ("CONSULT", "MOBILIZE", "COOPERATE"):
                continue
            aim = deliberating if kind == "CONSULT" else None
            reach = ASSIST_REACH if kind == "MOBILIZE" else PURPOSE_WINDOW  # "... at Maputo's request, to help fight"
            k = next((m for m in range(outer.j, min(len(toks) - 1, outer.j + reach))
                      if toks[m].lower == "to" and (toks[m + 1].lower in aim if aim else m + 1 in verbs or (
                          self.lexicon.in_class(toks[m + 1].lower, "assisting_aims")
                          and any(n in verbs for n in range(m + 2, m + 3 + HELPED_WORDS))))), None)
            if k is None or not sentence.same_clause(outer.i, k) \
                    or any(outer.j <= t.i < k and t.type not in (None, kind) for t in triggers):
                continue
            scope = _scope(sentence, groups, k + 2)
            for trig in triggers:
                if k < trig.i < max(scope, k + 2) and trig.governed is None and not trig.happened:
                    trig.governed, trig.by = "absorb", sentence.span_text(outer.i, outer.j)
                    outer.content.append(trig)

    def _intended(self, sentence: Sentence, groups: list[Group], triggers: list[Trigger]) -> None:
        """"Lebanon's plan for deploying the army", "struck an accord on Sunday on resuming oil
        exports", "struck a deal to resume oil exports", "Israeli hopes of normalising
        relations", "in a bid to halt the fighting", "backed its call for a halt to Israeli
        strikes", "a cell plotting attacks": an act linked to a plan, an accord, an aim or a
        call, or the object of a verb of scheming, is what is planned, agreed, hoped for or
        sought; it and what it holds are that word's content, no event of the day. Before "to"
        only an aim, an accord or a call counts, with an article or an owner ("hopes to" may be
        a verb); a plan "to" act is told as an act intended (events_modality.py), as is what a
        party is planning or preparing "to" do ("is preparing to attack"). What a call seeks is
        all of the noun phrase after its "for" or "to" ("a call on Israel" names whom it calls
        on)."""
        toks = sentence.tokens
        for m, tok in enumerate(toks[:-2]):
            word = tok.lower
            scheming = self.lexicon.in_class(word, "scheming")
            if not scheming and not any(self.lexicon.in_class(word, name) for name in INTENT_CLASSES):
                continue
            link = past_day(sentence, m + 1)
            sought = self.lexicon.in_class(word, "sought_acts")
            if sought:  # "calls from Washington today to free", "pressure on Budapest to repeal"
                link = _past_party(sentence, groups, link)
            if link + 1 >= len(toks) or not sentence.same_clause(m, link):
                continue
            if toks[link].lower == "to":  # "a plan to seize the city" is told as intended, its act coded
                owned = any(t.lower in DETERMINERS | {"'s", "our"} for t in toks[max(0, m - 3):m])
                noun = owned or sought and (link > past_day(sentence, m + 1) or _plural_object(sentence, groups, m))
                if not any(self.lexicon.in_class(word, name) for name in TO_INTENT_CLASSES) or not noun \
                        or not _infinitive(sentence, link):  # "its appeal to the guarantors": whom it asks
                    continue
                start, scope = link + 1, _scope(sentence, groups, link + 1)
                scope = self._main_modal(sentence, start, scope)
            elif self.lexicon.in_class(word, "sought_acts"):  # "a call for an immediate end to air raids"
                if toks[link].lower not in APPEAL_LINKS:
                    continue
                start, scope = link + 1, _noun_scope(sentence, groups, link + 1)
            else:
                if scheming:  # "plotting attacks": the verb's object, no link
                    link = m
                elif toks[link].lower not in INTENT_LINKS:
                    continue
                head = next((t for t in triggers if link < t.i <= link + 1 + AIM_MODIFIERS
                             and (t.entry.pos == "noun" or toks[t.i].lower.endswith("ing"))
                             and all(w.isalpha() and w not in PREPOSITIONS | BE_WORDS or w == "'s"
                                     for w in sentence.words(link + 1, t.i))), None)
                if head is None:
                    continue
                start = head.i
                scope = _noun_scope(sentence, groups, head.j) if head.entry.pos == "noun" \
                    else _scope(sentence, groups, head.j)
            by = sentence.span_text(m, link + 1)
            for trig in triggers:
                if start <= trig.i < max(scope, start + 1) and trig.governed is None and not trig.happened:
                    trig.governed, trig.by = "absorb", by

    def _main_modal(self, sentence: Sentence, start: int, scope: int) -> int:
        """Where an aim's infinitive ends before ``scope``: at a modal of its own clause ("any
        Ethiopian attempt to take Assab by force would meet a response"). An infinitive holds no
        modal, so one that no relative word ("that", "which", "who") puts in a clause of its own
        is the finite verb of the clause the aim is the subject of: what it says is news."""
        cues = self.lexicon.cues
        assert cues is not None
        modals = cues.foretelling_modals | cues.threat_modals
        for k in range(start, min(scope, len(sentence.tokens))):
            word = sentence.tokens[k].lower
            if word in RELATIVES:
                return scope
            if word in modals and sentence.same_clause(start, k):
                return k
        return scope

    def _talked_over(self, sentence: Sentence, trig: Trigger, triggers: list[Trigger], k: int) -> Trigger | None:
        """The talks (a CONSULT trigger) an event noun at ``trig`` is the topic of, its modifiers
        starting after ``k``: "spoke by telephone to X about the killing of Y" ("on" or "about"
        after the talks in their clause), "were on the line, going through Y's assassination",
        "discussed the downing of the airliner" (a verb of talking over, the talks before it or
        that verb itself). What talks go over happened before them, no event of their day; an
        act with its own verb ("the talks came after troops killed four") is none of these."""
        toks = sentence.tokens
        talks = [t for t in triggers if "CONSULT" in (t.type, t.entry.joint) and t.i < trig.i]  # "were on the line"
        if toks[k].lower in {"on", "about"}:
            return next((t for t in reversed(talks) if t.j <= k < t.j + TOPIC_REACH and sentence.same_clause(t.i, k)),
                        None)
        over = next((m for m in range(max(k, 1), trig.i) if self.lexicon.in_class(toks[m].lower, "talking_over")
                     or toks[m].lower in GONE_OVER and self.lexicon.in_class(toks[m - 1].lower, "going")), None)
        return None if over is None else next((t for t in reversed(talks) if t.i <= over), None)

    def _topic(self, sentence: Sentence, trig: Trigger, triggers: list[Trigger]) -> str | None:
        """"delivered a speech on aid to Lebanon", "remarks about migration": a bare event noun
        (no article, no owner) after "on" or "about" following a word of speech is the topic
        of what was said, no event; "a statement on the strike" names one and is kept. Talks
        are about what they discuss, article or not ("held consultations with his Egyptian
        counterpart in Cairo on Wednesday on the Gaza ceasefire"): a meeting noun before the
        "on" in its clause makes the noun its topic. An event that talks or words are "about
        preparations for" ("spoke with al-Menfi about preparations for a tripartite meeting
        with Algeria") is planned, intended at most, no event of the day. So is an event talked
        over in talks the sentence tells (`_talked_over`)."""
        toks = sentence.tokens
        # "about the shooting down of"; "exchanged views on reopening the crossing": what the talks
        # went over (`_talked_over` below), no act of their day
        gerund = toks[trig.i].lower.endswith("ing") and trig.i > 0 \
            and toks[trig.i - 1].lower in DETERMINERS | POSSESSIVES | {"'s", "on", "about"}
        if trig.entry.pos != "noun" and not gerund:
            return None
        k, bare = trig.i - 1, True
        while k > trig.i - 2 - TOPIC_MODIFIERS and k > 0 and (toks[k].lower.isalpha() or toks[k].text == "'s") \
                and toks[k].lower not in PREPOSITIONS:
            bare = bare and not toks[k].cap and toks[k].lower not in DETERMINERS | POSSESSIVES | {"'s"}
            k -= 1  # "a speech on humanitarian aid", "talks on the Gaza ceasefire"
        talks = self._talked_over(sentence, trig, triggers, k)
        if talks is not None:
            return f"talked over in the talks {sentence.span_text(talks.i, talks.j)!r} ('spoke about the killing')"
        if trig.entry.pos != "noun":
            return None
        if k > 2 and toks[k].lower in {"for", "of"} and self.lexicon.in_class(toks[k - 1].lower, "deliberations") \
                and toks[k - 2].lower in {"on", "about"}:
            return f"what the talks' {toks[k - 1].text!r} are for ('about preparations for a summit'), intended at most"
        if k < 1 or toks[k].lower not in {"on", "about"}:
            return None
        if bare and self.lexicon.in_class(toks[k - 1].lower, "addresses"):
            return f"the topic of the {toks[k - 1].text!r} ('a speech on aid')"
        meeting = next((m for m in range(k - 1, max(-1, k - TOPIC_REACH), -1)
                        if sentence.same_clause(m, k) and self.lexicon.in_class(toks[m].lower, "meetings")), None)
        return None if meeting is None else f"the topic of the {toks[meeting].text!r} ('talks on the ceasefire')"

    def _refused(self, sentence: Sentence, triggers: list[Trigger], outer: Trigger) -> list[Trigger]:
        """What a refusal verb's object names is what it refuses, no event of its own: "stood
        firm against Swedish demands" (no request coded), "blocked an EU statement criticising
        China" (the statement was never issued). An event noun of the object phrase, or a
        participle on its noun, counts, up to a comma, a conjunction or a new clause; an act
        the sentence says was done ("rejected the charges that Israel had brought") does not."""
        if outer.type != "REJECT" or outer.entry.pos != "verb":
            return []
        toks = sentence.tokens
        refused = []
        for inner in triggers:
            between = sentence.words(outer.after, inner.i)
            if inner is outer or inner.governed or inner.happened or not 0 <= inner.i - outer.after <= REFUSED_OBJECT \
                    or set(between) & {",", ";", "and", "or", "that", "which", "but"} \
                    or not sentence.same_clause(outer.i, inner.i):
                continue
            participle = toks[inner.i].lower.endswith("ing") and bool(between) and between[-1] not in PREPOSITIONS
            if inner.entry.pos == "noun" or participle:
                refused.append(inner)
        return refused

    def _before_interval(self, sentence: Sentence, trig: Trigger, places: list[Mention]) -> list[Mention]:
        """``places`` without those of an interval clause after the trigger (", ten days after
        the attacks on the Khurais field"): the place of the earlier event it counts from is no
        scene of this one."""
        toks = sentence.tokens
        cut = self._interval_cut(sentence, trig.j, len(toks))
        if cut >= len(toks):
            return places
        return [m for m in places if not toks[cut].start <= m.start < sentence.end]

    def _interval_cut(self, sentence: Sentence, start: int, scope: int) -> int:
        """Where the content starting at ``start`` ends before ``scope``: at a comma that opens
        the interval from another event (", a day on from Sunday's sit-in", ", two days after the
        raid", ", hours after"). The event it counts from is earlier news, no part of what is
        demanded, said or promised. The units and links are the time lexicon's (``units``,
        ``offset_links``) and ``interval_links``."""
        toks, time = sentence.tokens, load_time_lexicon()
        for k in range(start, min(scope, len(toks) - 2)):
            if toks[k].text != ",":
                continue
            for n in range(k + 1, min(len(toks) - 1, k + 2 + INTERVAL_COUNT)):
                if not toks[n].lower.isalnum():
                    break
                link = " ".join(t.lower for t in toks[n + 1:n + 3])
                if time.unit(toks[n].lower) is not None and (toks[n + 1].lower in time.offset_links
                                                             or self.lexicon.in_class(link, "interval_links")):
                    return k
        return scope

    def _stopped_subject(self, sentence: Sentence, trig: Trigger) -> int | None:
        """The participle of stopping (``stopping_participles``) an AID noun is the passive
        subject of ("Aid to the junta was suspended", "military aid to Cambodia has been
        frozen"): the aid stops, none is given. None when no such passive follows the noun's
        phrase in its clause."""
        if trig.type != "AID" or trig.entry.pos != "noun":
            return None
        toks = sentence.tokens
        for k in range(trig.j, min(len(toks) - 1, trig.j + SUBJECT_PHRASE)):
            if toks[k].lower in BE_WORDS | HAVE_FINITE:
                n = k + 1 + (toks[k + 1].lower == "been")
                while n < len(toks) and toks[n].lower in ADVERB_GAP:
                    n += 1
                return n if n < len(toks) and self.lexicon.in_class(toks[n].lower, "stopping_participles") else None
            if toks[k].lower in CLAUSE_BREAKS or not sentence.same_clause(trig.i, k):
                return None
        return None

    def _comment_cut(self, sentence: Sentence, start: int, scope: int) -> int:
        """Where a governing trigger's content gives way to its subject's own remark: at a comma
        that opens a participle of saying (", saying", ", adding"; ``reporting_forms``) or of
        warning (``comment_participles``), else ``scope``. "told the firms to leave, saying their
        offices lie within range of its missiles" asks them to leave; the threat after it is
        made by saying it (:data:`SAID_ACTS`), no part of the request."""
        toks, said = sentence.tokens, self.lexicon.cues.reporting_forms  # type: ignore[union-attr]
        return next((k for k in range(start, min(scope, len(toks) - 1)) if toks[k].text == ","
                     and (toks[k + 1].lower in said
                          or self.lexicon.in_class(toks[k + 1].lower, "comment_participles"))), scope)

    def _breakdown(self, sentence: Sentence, trig: Trigger) -> str | None:
        """The verb that says a meeting came to nothing ("talks between Egypt and Ethiopia
        collapsed", "the negotiations on the dam broke down"), or that an event never happened
        ("a general strike called by the opposition failed to materialise"): the first such word
        of the noun's clause, before a relative word (or, for a meeting, a comma) opens another."""
        if trig.entry.pos != "noun":
            return None
        classes = ("breakdowns", "no_shows") if trig.type == "CONSULT" else ("no_shows",)
        toks = sentence.tokens
        for k in range(trig.j, min(len(toks), trig.j + GOVERNED_WINDOW)):
            if toks[k].lower in {";", "that", "which", "who", "after", "before", "when", "as"} \
                    or toks[k].text == "," and trig.type == "CONSULT" or not sentence.same_clause(trig.i, k):
                return None
            if any(self.lexicon.in_class(" ".join(t.lower for t in toks[k:k + n]), name)
                   for name in classes for n in (1, 2, 3)):
                return toks[k].text
        return None

    def _judged_clause(self, sentence: Sentence, triggers: list[Trigger], opening: int) -> bool:
        """Whether the relative word at ``opening`` opens a clause on the object of a verb of
        judging (``factive_governors``): "condemned the 'cowardly terrorist act' that hit the
        oil field", "denounced the bombing that killed 20 worshippers". Judging an act takes
        it as done, and the clause tells what it did: the act is news the text asserts, neither
        the content the judge's verb governs nor background describing a noun of the news."""
        toks = sentence.tokens
        if not 0 < opening < len(toks) or toks[opening].lower not in RELATIVES:
            return False
        for outer in triggers:
            if outer.entry.pos != "verb" or not self.lexicon.in_class(outer.entry.key, "factive_governors") \
                    or not outer.after < opening or not sentence.same_clause(outer.i, opening - 1):
                continue
            words = [t.lower for t in toks[outer.after:opening] if t.lower.isalnum() or t.lower in {",", ";", "'s"}]
            if 0 < len(words) <= JUDGED_PHRASE and not set(words) & (PREPOSITIONS | {",", ";", "and", "or"}):
                return True
        return False

    def _sport_scene(self, sentence: Sentence) -> bool:
        """Whether the sentence tells a game by its score and its contest ("New Zealand beat
        France 8-7 in the World Cup final ... survived a late French attack"): its attacks and
        raids are play on the field."""
        words = sentence.words(0, len(sentence.tokens))
        return any(self.lexicon.in_class(w, "scores") for w in words) \
            and any(self.lexicon.in_class(w, "sport_contests") for w in words)

    def _counted_trend(self, sentence: Sentence, trig: Trigger) -> bool:
        """Whether the plural event noun at ``trig`` (or "the number of" such acts) heads the
        subject of a verb of ``trend_verbs`` ("Reported kidnappings in Mexico fell by a fifth",
        "the number of arrests doubled"), its phrase's prepositions between: a statistic of many
        acts, none of them told."""
        toks = sentence.tokens
        if not (toks[trig.j - 1].lower.endswith("s") or trig.i >= 2 and sentence.match(trig.i - 2, ("number", "of"))):
            return False
        for n in range(trig.j, min(len(toks), trig.j + TREND_REACH)):
            word = toks[n].lower
            if self.lexicon.in_class(word, "trend_verbs"):
                return True
            if toks[n].text in {",", ";", ":"} or word in {"and", "that", "which", "who"} or _verb_form(word) == "past":
                return False
        return False

    def _claimed_clause(self, sentence: Sentence, opening: int) -> bool:
        """Whether the relative word at ``opening`` opens a clause on what a party owns up to
        or is said to be behind (``claimed_objects``: "said it was behind the rocket salvo that
        struck the market", "took responsibility for the raid that killed four guards"). A
        claim takes the act as done, and the clause tells it: news, not background on a noun."""
        toks = sentence.tokens
        if not 1 < opening < len(toks) or toks[opening].lower not in RELATIVES:
            return False
        for k in range(opening - 2, max(0, opening - 2 - JUDGED_PHRASE), -1):
            if self.lexicon.in_class(f"{toks[k].lower} {toks[k + 1].lower}", "claimed_objects"):
                return k + 2 < opening
            if toks[k + 1].lower in PREPOSITIONS | {",", ";", "and", "or"}:
                return False
        return False

    def _judged_agent(self, sentence: Sentence, groups: list[Group], outer: Trigger, trig: Trigger) -> Group | None:
        """Who did the act an event noun names as the object of a verb of judging
        (``factive_governors``: "condemned the detention of seven UN staff by the Houthis",
        "condemned the Israeli arrest of two journalists"): judging an act takes it as
        done, so a doer named in the noun's phrase, before it or after "by", makes it an
        event of its own; the judge's verb is only the reaction to it. So does the weapon it
        was done with ("condemned the targeting of Mitiga airport with rockets", a gerund too):
        an attack that happened, by an unknown doer when none is named. A label may come
        between verb and object ("condemned as 'piracy' the seizure of"), and a relative clause
        with no relative word may name the doer ("the punitive steps the Treasury took")."""
        armed = _noun_like(sentence, trig) and self._means_named(sentence, trig)
        start = _label_end(sentence, outer.after)
        toks = sentence.tokens
        # "a probe into the shooting of 11 protesters by soldiers", "investigating the killing of
        # two guards by militants": an inquiry takes the act it looks into as done, as judging does
        inquiry = outer.entry.mode == INQUIRY_MODE and outer.entry.type is not None
        if inquiry and start < trig.i and toks[start].lower in INQUIRY_PREPS:
            start += 1
        if inquiry and (trig.entry.pos == "noun" or _noun_like(sentence, trig)) and trig.entry.type in INQUIRED_TYPES and not trig.entry.complement \
                and 0 <= trig.i - start <= JUDGED_PHRASE and sentence.same_clause(outer.i, trig.i) \
                and not set(sentence.words(start, trig.i)) & (PREPOSITIONS | {",", "and", "or", "that"}):
            return nominal_agent(sentence, groups, trig.j) or (Group(trig.j, trig.j, []) if armed else None)
        if trig.entry.pos != "noun" and not armed or trig.entry.complement or outer.entry.pos != "verb" \
                or not self.lexicon.in_class(outer.entry.key, "factive_governors") \
                or not 0 <= trig.i - start <= JUDGED_PHRASE or not sentence.same_clause(outer.i, trig.i) \
                or set(sentence.words(start, trig.i)) & (PREPOSITIONS | {",", "and", "or", "that"}):
            return None
        before = next((g for g in groups if start <= g.first and g.last <= trig.i), None)
        agent = before or nominal_agent(sentence, groups, trig.j) or _contact_agent(sentence, groups, trig)
        if agent is None and armed:
            return Group(trig.j, trig.j, [])  # an unknown doer, not the judge
        return agent

    def _means_named(self, sentence: Sentence, trig: Trigger) -> bool:
        """Whether the act noun's own phrase names the weapon it was done with ("the targeting
        of Mitiga airport with Katyusha-type rockets", "the shelling of the port by drones"):
        such a phrase reports an attack that happened, though it names no doer; a bare act
        ("condemned the aggression") may be a charge, not news."""
        toks = sentence.tokens
        for k in range(trig.j, min(len(toks) - 1, trig.j + MEANS_REACH)):
            if toks[k].lower in MEANS_BREAKS:
                return False
            if toks[k].lower in MEANS_PREPS and any(self.lexicon.in_class(t.lower, "weapons")
                                                    for t in toks[k + 1:k + 1 + MEANS_WORDS]):
                return True
        return False

    def _decided_agent(self, sentence: Sentence, groups: list[Group], outer: Trigger, trig: Trigger,
                       reader: PatternRoles) -> Group | None:
        """Who decided the act a judged decision names: "denounced Turkey's decision to bar
        Israel-bound shipping from its harbours and close its skies", "praised yesterday's
        European decision to penalise five settlers". Judging a decision takes it as made, so
        the acts after its "to" (and those "and" joins to them) are events of the party that
        owns the decision, named before the noun or by a country word modifying it; the
        judge's verb is only the reaction to it, and the judge never the owner: a decision
        whose owner goes unnamed has an unknown doer (a group of no parties)."""
        if trig.entry.pos != "verb" or outer.entry.pos != "verb" \
                or not self.lexicon.in_class(outer.entry.key, "factive_governors") \
                or not sentence.same_clause(outer.i, trig.i):
            return None
        toks = sentence.tokens
        for d in range(outer.after, min(trig.i - 1, outer.after + JUDGED_PHRASE + 1)):
            to = d + 1
            if not self.lexicon.in_class(toks[d].lower, "decisions") or toks[to].lower != "to" \
                    or any(t.text in {",", ";"} for t in toks[outer.after:trig.i]):
                continue
            if not (trig.i == to + 1 or toks[trig.i - 1].lower == "and"):
                return None
            owner = next((g for g in groups if outer.after <= g.first and g.last < d
                          and toks[g.last].lower == "'s"), None)
            if owner is not None:
                return owner
            ref = country_word(sentence, outer.after, d, reader.resolver) if reader.resolver else None
            first = sentence.name_index(ref.start or 0) if ref is not None else d
            return Group(first, first + 1 if ref is not None else d, [ref] if ref is not None else [])
        return None

    def _granting(self, sentence: Sentence, trig: Trigger) -> int | None:
        """Where the verb stands that grants the request noun ``trig`` ("consented to a
        request", "approved the plea", "granted their demand"): what such a request asks
        for then happens, done by whoever granted it."""
        if trig.entry.pos != "noun" or trig.entry.type != "REQUEST":
            return None
        toks = sentence.tokens
        k = trig.i - 1
        while k >= 0 and (toks[k].lower in DETERMINERS or toks[k].lower in POSSESSIVES or toks[k].lower == "to"):
            k -= 1
        return k if k >= 0 and k < trig.i - 1 and self.lexicon.in_class(toks[k].lower, "granting") else None

    # ----- mode, contexts, actors of modifiers

    def _mode(self, sentence: Sentence, trig: Trigger, type_: str) -> str | None:
        """The mode of the cue word nearest the trigger ("rockets were fired at an air base"
        is heavy-weapons, not aerial); on a tie, the first mode listed. A cue word before
        another stands where that one does ("suicide bombers attacked": as near as "bombers",
        and suicide-attack is listed before aerial)."""
        lo, hi = max(0, trig.i - MODE_WINDOW), min(len(sentence.tokens), trig.j + MODE_WINDOW)
        modes = self.lexicon.modes.get(type_, [])
        every_cue = frozenset().union(*(cue_words for _, cue_words in modes))
        best: tuple[int, int, str] | None = None
        for rank, (mode, cue_words) in enumerate(modes):
            for k in range(lo, hi):
                if _cue_form(sentence.tokens[k].lower) in cue_words:
                    at = k + 1 if k + 1 < hi and sentence.tokens[k + 1].lower in every_cue else k
                    distance = trig.i - at if at < trig.i else max(0, at - trig.j + 1)
                    if best is None or (distance, rank) < best[:2]:
                        best = (distance, rank, mode)
        return best[2] if best else self._means_mode(sentence, trig, type_)

    def _means_mode(self, sentence: Sentence, trig: Trigger, type_: str) -> str | None:
        """The mode of the means a "with" later in the trigger's clause names, past the window
        ("attacked a police station in the southern town of Puerto Rico with homemade
        gas-cylinder bombs"): the weapon of the act, however far its place pushed it."""
        toks = sentence.tokens
        for k in range(trig.j, len(toks)):
            if toks[k].text in {",", ";"} or not sentence.same_clause(trig.i, k):
                return None
            if toks[k].lower != "with":
                continue
            for mode, cue_words in self.lexicon.modes.get(type_, []):
                if any(t.lower in cue_words for t in toks[k + 1:k + 1 + MEANS_WEAPON_REACH]):
                    return mode
            return None
        return None

    def _contexts(self, sentence: Sentence) -> list[str]:
        words = {t.lower for t in sentence.tokens}
        return sorted(name for name, cue_words in self.lexicon.contexts.items() if words & cue_words)

    def _resolve(self, document: Document, start: int, end: int) -> ActorRef | None:
        text = document.text
        return resolve(text[start:end], text, start, end, document.published, self.kb,
                       outlet=document.source).actor


def _cue_form(word: str) -> str:
    """A mode cue's form of a word: a compound's participle for the compound ("EU-mediated
    talks": "mediated"), the word itself otherwise; a compound's other parts name what the
    thing is for or against ("anti-aircraft fire" is no air raid)."""
    last = word.rsplit("-", 1)[-1]
    return last if last != word and last.endswith("ed") else word


def _phrase_end(sentence: Sentence, k: int) -> int:
    """Where the phrase that token ``k - 1`` stands in ends: the clause's next comma or end.
    A vow's content cut by the window still says what is vowed at its end ("that any
    aggression against the Islamic Republic's nuclear facilities would be met with a crushing
    response")."""
    toks = sentence.tokens
    end = k
    while 0 < end < len(toks) and sentence.same_clause(k - 1, end) and toks[end].lower not in {",", ";", "."}:
        end += 1
    return end


#: Words after a joint act's verb that may say it is done with partners ("stage joint air drills").
JOINT_REACH = 4
#: Words that head no noun a participle or relative clause could describe.
NOT_NOUN_HEADS = BE_WORDS | HAVE_FINITE | PRONOUNS | DETERMINERS | PREPOSITIONS | {"and", "or", "not", "also"}


def _described_words(sentence: Sentence, start: int, end: int) -> set[int]:
    """The tokens from ``start`` to ``end`` that only describe a noun of a vow's content: a
    past participle after a common noun and before its preposition ("hand over any suspects
    wanted for the attack on the embassy"), or a "who"/"which" clause, each to the end of its
    phrase; and the party's own ongoing setting after "in its" or "during their" ("ready to
    accept mediation in its five-year war with the government"). What they tell is no part of
    what is vowed. A participle's phrase ends where the
    predicate of the noun it describes begins ("every rocket fired at its towns will be met
    with a crushing response", "invites a devastating riposte"): that is what is vowed."""
    toks = sentence.tokens
    out: set[int] = set()
    for n in range(max(start, 1), end - 1):
        before, word = toks[n - 1], toks[n].lower
        noun = before.lower.isalpha() and not before.cap and before.lower not in NOT_NOUN_HEADS \
            and _verb_form(before.lower) is None and not before.lower.endswith("ly")
        if n not in out and noun and word in {"who", "which"}:
            out.update(range(n, _phrase_end(sentence, n + 1)))
        elif n not in out and noun and _verb_form(word) == "past" and toks[n + 1].lower in PREPOSITIONS:
            out.update(range(n, _participle_phrase_end(sentence, n, _phrase_end(sentence, n + 1))))
        elif word in {"in", "during", "amid"} and toks[n + 1].lower in {"its", "their", "his", "her"}:
            out.update(range(n, min(end, n + 2 + SETTING_WORDS)))  # "in its five-year war with the government"
    return out


#: Finite words that open the predicate of a noun a participle describes ("any rocket fired
#: at Haifa will be met with"): the participle's phrase ends before them.
DESCRIBED_PREDICATES = frozenset({"has", "have", "had", "is", "are", "was", "were", "will", "would", "'ll", "could",
                                  "can", "may", "might", "must", "should", "shall"})


def _participle_phrase_end(sentence: Sentence, n: int, end: int) -> int:
    """Where the phrase of the participle at ``n`` ends before ``end``: at the predicate of the
    noun it describes, an auxiliary or modal ("will be met"), or a present verb in "-s" between
    a noun and an article or possessive ("fired at Najran invites a riposte", "at its towns
    means a war"); a noun in "-s" follows an article, a possessive or a preposition."""
    toks = sentence.tokens
    for m in range(n + 2, end):
        word = toks[m].lower
        if word in DESCRIBED_PREDICATES:
            return m
        prev = toks[m - 1].lower
        if m + 1 < end and word.isalpha() and word.endswith("s") and not word.endswith("ss") \
                and prev.isalpha() and prev not in NOT_NOUN_HEADS | POSSESSIVES \
                and toks[m + 1].lower in DETERMINERS | POSSESSIVES | {"every", "any", "no"}:
            return m
    return end


def _joint_act(sentence: Sentence, trig: Trigger, partnered: frozenset[str]) -> bool:
    """Whether ``trig`` is an act that is cooperation when done together and its words say it
    is ("vowed to stage joint air defence drills with Russia", the word within its object's
    first words): no threat in the vow."""
    toks = sentence.tokens
    words = itertools.takewhile(lambda t: t.lower not in PREPOSITIONS and t.text not in {",", ";"},
                                toks[trig.i + 1:trig.j + JOINT_REACH])
    return bool(trig.entry.joint) and trig.entry.joint not in _CONFLICT and any(t.lower in partnered for t in words)


#: Subject pronouns that stand for a warner as the subject of its conditional vow.
VOW_PRONOUNS = frozenset({"it", "he", "she", "they", "we"})
#: Nouns that, after a possessive pronoun, name the warner's own side as the subject of a vow
#: ("warned that his country would defend its territory ... if").
VOW_SELF_NOUNS = frozenset({"country", "nation", "government", "forces", "troops", "army", "people"})


#: Quotation marks, double and single: a comma inside a quoted wording ("might come 'one night,
#: without warning' if") ends no clause, and they mark a label in scare quotes ("condemned as
#: 'piracy' the").
QUOTE_TOKENS = QUOTES | {"'", "‘", "’"}


def _foretold_harm(sentence: Sentence, start: int, modals: frozenset[str]) -> range | None:
    """The words from the modal to the condition of a harm foretold on a condition in the
    content starting at ``start`` ("the strait would be shut to every tanker if", "his
    troops might come 'one night, without warning' unless"): a modal of ``modals``, then
    "if" or "unless" before the content's clause ends at a mark outside a quotation (the
    apostrophe of a plural's possessive, "the rebels' bases", opens none); None when there
    is no such pair."""
    toks = sentence.tokens
    quotes = 0
    modal = None
    for n in range(start, len(toks)):
        quotes += toks[n].text in QUOTE_TOKENS and not (
            toks[n].text == "'" and toks[n - 1].lower.endswith("s") and toks[n - 1].end == toks[n].start)
        if toks[n].text in {",", ";", ".", ":"} and quotes % 2 == 0:
            return None
        if modal is None and toks[n].lower in modals:
            modal = n
        elif modal is not None and toks[n].lower in {"if", "unless"}:
            return range(modal, n)
    return None


def _conditional_vow(sentence: Sentence, groups: list[Group], start: int, scope: int) -> bool:
    """A warning that a party will act if another does ("warned that if the EU lists the
    IRGC, Iran will treat its armies as terrorists"): a conditional threat even without a
    hostile word. A party must be the subject of "will" or "would", so that "warned that
    growth will slow if oil falls" stays a plain warning; the consequence may follow the
    condition's clause. A subject pronoun stands for the warner ("Iraq warned Kuwait that it
    would take action if ..."), and so does its own side named with one ("his country would")."""
    if not {"if", "unless"} & set(sentence.words(start, scope)):
        return False
    end = min(len(sentence.tokens), scope + GOVERNED_WINDOW)  # "that if X does Y, Iran will"
    subjects = [g.last for g in groups if start <= g.first and g.last < end]
    subjects += [n + 1 for n in range(start, end - 1) if sentence.tokens[n].lower in VOW_PRONOUNS
                 or sentence.tokens[n].lower in VOW_SELF_NOUNS and sentence.tokens[n - 1].lower in POSSESSIVES]
    return any(sentence.words(n, n + 1) in (["will"], ["would"]) for n in subjects)


def _colon_list(sentence: Sentence, k: int) -> range:
    """The words of a list a colon opens right after the clause of token ``k`` ("unloaded
    its cargo in Tripoli: flour, medicines and fuel"): they spell out the trigger's object,
    so a word the trigger requires may stand there; empty when no such colon follows."""
    toks = sentence.tokens
    colon = next((n for n in range(k + 1, min(len(toks), k + REQUIRES_WINDOW + 1))
                  if not sentence.same_clause(n, k)), None)
    if colon is None or toks[colon].lower != ":" or colon + 1 >= len(toks):
        return range(0)
    stop = colon + 1
    while stop < min(len(toks), colon + 1 + REQUIRES_WINDOW) and sentence.same_clause(stop, colon + 1):
        stop += 1
    return range(colon + 1, stop)


def _as_qualifier(sentence: Sentence, k: int) -> range:
    """The few words after the "as" that qualifies the object of token ``k`` however long that
    object ("the designation yesterday of 2 Lebanese merchants and 3 companies as financiers of
    terrorism"): they say what the object is made, as a word the trigger requires may; empty
    when no such "as" follows in the clause, before a comma."""
    toks = sentence.tokens
    for n in range(k + 1, min(len(toks), k + AS_QUALIFIER_REACH)):
        if not sentence.same_clause(n, k) or toks[n].text in {",", ";"}:
            break
        if toks[n].lower == "as":
            return range(n + 1, min(len(toks), n + 1 + AS_QUALIFIER_WORDS))
    return range(0)


def _participial_adjunct(sentence: Sentence, k: int) -> int | None:
    """The "-ing" word after the first comma that follows token ``k``, in its clause: a
    participial adjunct shares the main verb's subject and tells what its act was ("hundreds
    gathered in the square on Friday, chanting against the government"), however long the
    place and time between them."""
    toks = sentence.tokens
    for n in range(k + 1, len(toks) - 1):
        if not sentence.same_clause(n, k):
            return None
        if toks[n].text == ",":
            return n + 1 if toks[n + 1].lower.endswith("ing") else None
    return None


def _object_after_agent(sentence: Sentence, k: int) -> range:
    """The words of the "of" object that follows a "by" agent right after the noun at ``k``
    ("the release by the coast guard of 12 fishermen", "the handover by Kabul of the
    prisoners"): what the act is done to stands past its doer, beyond the plain window."""
    toks = sentence.tokens
    if k + 1 >= len(toks) or toks[k + 1].lower != "by":
        return range(0)
    of = next((n for n in range(k + 2, min(len(toks), k + 2 + REQUIRES_WINDOW))
               if sentence.same_clause(n, k) and toks[n].lower == "of"), None)
    if of is None:
        return range(0)
    return range(of + 1, min(len(toks), of + 1 + REQUIRES_WINDOW))


#: How far back from "and" the verb whose object a participle may modify is looked for.
CONJUNCT_REACH = 6


def _adjectival_participle(sentence: Sentence, k: int) -> bool:
    """"citing flight-tracking data and captured crates": an "-ed" form after "and" and
    before a bare noun, where the verb that "and" goes back to is an "-ing" form, modifies
    the noun of a coordinated object: no verb, no event. After a past verb ("shelled the
    town and captured villages") it is that verb's partner, and a passive ("were captured")
    has no "and" before it. (After a determiner, "the captured crates", it is never a verb, nor
    after one and an adverb, "the most heavily bombed countries".) An
    "-ed" form opening the sentence before a bare noun modifies it the same way ("Jailed
    opposition politician Alexei Navalny has gone on hunger strike"): the news is the clause's verb."""
    toks = sentence.tokens
    if not (k < len(toks) - 1 and toks[k].lower.endswith("ed")):
        return False
    if k > 1 and toks[k - 1].lower.endswith("ly") and toks[k - 2].lower in DETERMINERS | {"most", "more"}:
        return True  # "the most heavily bombed countries", "a newly built road": a description
    head = toks[k + 1].lower  # a hyphened modifier too ("Jailed British-Egyptian activist")
    if not head.replace("-", "").isalpha() or head in PREPOSITIONS | DETERMINERS | PRONOUNS | BE_FORMS | ADVERB_GAP:
        return False
    if k == 0:
        return head not in DAY_WORDS
    if not (k > 1 and toks[k - 1].lower == "and"):
        return False
    for n in range(k - 2, max(-1, k - 2 - CONJUNCT_REACH), -1):
        word = toks[n].lower
        if not word.isalpha():
            continue
        if word.endswith("ing") and word not in ING_NON_VERBS:
            return True
        if (word.endswith("ed") and word not in ED_NON_VERBS) or word in IRREGULAR_PAST:
            return False
    return False


def _match_rest(sentence: Sentence, k: int, pattern: Pattern, lexicon: EventLexicon, n: int = 0) -> int | None:
    """Where a pattern's remaining words (from its ``n``-th) end if they follow at token ``k``
    (gaps of up to the entry's ``gap`` words allowed; "@name" matches any word of that class).
    A gap ends at the first word that fits the next one and lets the rest match: "resumed food
    and medicine deliveries" ("resume * @relief_goods deliveries") goes on past "food", and
    "mustered 5,000 men" past the "5" of the figure."""
    toks, rest = sentence.tokens, pattern.rest
    while n < len(rest):
        word = rest[n]
        if word == GAP:
            nxt = rest[n + 1] if n + 1 < len(rest) else None
            after_day = past_day(sentence, k) if n == 0 and pattern.entry.pos == "verb" else k
            if after_day < len(toks) and (toks[after_day].lower in DETERMINERS or toks[after_day].lower[:1].isdigit()):
                k = after_day  # "sealed on Tuesday a 150m-dollar borrowing deal": the day is no object
            for gap in range(0, pattern.entry.gap + 1):
                if 0 < gap and k + gap < len(toks) and toks[k + gap].lower in SUBORDINATORS \
                        and toks[k + gap - 1].text == ",":
                    return None  # "hostages held by rebels, after negotiations broke down": another clause
                if 0 < gap <= len(toks) - k and toks[k + gap - 1].lower in TIME_PREPOSITIONS \
                        and pattern.entry.type is None:
                    return None  # "released a statement on Monday after strikes on": no topic past a time
                if 0 < gap <= len(toks) - k and pattern.entry.type != "CONSULT" \
                        and lexicon.in_class(toks[k + gap - 1].lower, "meetings"):
                    return None  # "flew to Havana for talks with X on oil supplies": the rest is the talks'
                if k + gap < len(toks) and nxt is not None and _word_is(toks[k + gap].lower, nxt, lexicon) \
                        and not _decision_infinitive(sentence, k + gap, lexicon):
                    end = _match_rest(sentence, k + gap, pattern, lexicon, n + 1)
                    if end is not None:
                        return end
                if 0 < gap and k + gap < len(toks) and pattern.entry.pos == "verb" \
                        and toks[k + gap - 1].lower in FINITE_BE and _verb_form(toks[k + gap].lower) == "past":
                    return None  # "fugitives wanted in Kenya were surrendered to": another verb's passive
                if pattern.entry.pos == "noun" and not (k + gap < len(toks) and _modifier(toks[k + gap].lower)):
                    return None  # a noun's gap holds its head's modifiers: "a joint statement on the drills"
            return None
        if k >= len(toks) or not _word_is(toks[k].lower, word, lexicon):
            return None
        k = _figure_end(toks, k) if word.startswith(CLASS) and toks[k].lower.isdigit() else k + 1
        n += 1
    return k


def _figure_end(toks: list, k: int) -> int:
    """The token after the figure whose first digits stand at ``k``: "5,000" and "1.5" (no
    space about the mark) are each one figure, which fills one class word of a key ("recall
    @reservist_leads * reservists": "recalled 20,000 army reservists")."""
    k += 1
    while k + 1 < len(toks) and toks[k].text in {",", "."} and toks[k + 1].lower.isdigit() \
            and toks[k].end == toks[k + 1].start and toks[k - 1].end == toks[k].start:
        k += 2
    return k


def _foreign_scene(place: Place, mentions: list[Mention], document: Document, at: int) -> bool:
    """Whether the event's place was read abroad (a square that shares a foreign town's
    name): nothing else in the document, no party, no other place, nor the dateline of the
    sentence at offset ``at``, lies in its country, while other places agree on another one
    (``SCENE_AGREEMENT`` of them). The people there must not be made foreigners by it. A
    capital is never read abroad: "recalled its ambassador from Algiers" names Algeria's."""
    if place.name and place.country and names_capital(place.name, place.country):
        return False
    others = [m for m in mentions if (m.start, m.end) != (place.start, place.end)]
    scene = Counter(m.place.country for m in others if m.place is not None and m.place.country)
    if place.country in scene or all(n < SCENE_AGREEMENT for n in scene.values()):
        return False
    return not any(m.actor is not None and m.actor.country == place.country for m in others) \
        and dateline_country(document.text, at) != place.country


def _unfounded_place(ref: ActorRef, mentions: list[Mention], document: Document, at: int,
                     trace: list[str] | None) -> ActorRef:
    """A recipient read from a place struck or acted on ("the place struck stands for its
    country") keeps no country that the report neither names elsewhere nor is set in, while its
    other places agree on another (see :func:`_foreign_scene`): the place was read abroad (a
    market or quarter sharing a foreign town's name), and its people are no foreigners."""
    if ref.reason not in STRUCK_READINGS or ref.country is None:
        return ref
    place = next((m.place for m in mentions if m.place is not None and m.start == ref.start and m.end == ref.end), None)
    if place is None or not _foreign_scene(place, mentions, document, at):
        return ref
    _note(trace, f"{ref.text!r}: a place read abroad ({ref.country}), a country the report names nowhere else: "
                 "no country for the party struck")
    return replace(ref, country=None, reason=f"{ref.reason}; read abroad, its country named nowhere else")


def _decision_infinitive(sentence: Sentence, k: int, lexicon: EventLexicon) -> bool:
    """Whether the "to" at ``k`` opens the infinitive of a decision noun before it ("welcomed
    the Malian decision to withdraw"): it belongs to the noun, no particle of the verb's key
    ("welcome * to": a visitor received)."""
    return k > 0 and lexicon.in_class(sentence.tokens[k - 1].lower, "decisions") and _infinitive(sentence, k)


#: The longest aside set off by commas between a verb and its particle.
PARTED_ASIDE = 25


def _past_adjuncts(sentence: Sentence, k: int) -> int:
    """The token after a day ("on Thursday", "yesterday", "last night") and an aside set off
    by commas (", during his meeting with the ambassadors,") that start at ``k``: what parts
    a verb from its particle; ``k`` when none does."""
    toks = sentence.tokens
    n = past_day(sentence, k)
    if n < len(toks) and toks[n].text == ",":
        close = next((m for m in range(n + 1, min(len(toks), n + 1 + PARTED_ASIDE)) if toks[m].text == ","), None)
        n = close + 1 if close is not None else n
    return n


def _country_of(ref: ActorRef | None) -> str | None:
    return ref.country if ref is not None else None


def _modifier(token: str) -> bool:
    """Whether a word may modify a noun inside its phrase ("naval", "border security",
    "Saudi-Egyptian", "air and naval"): a word, not a preposition, article or mark."""
    return token.replace("-", "").isalnum() and token not in PREPOSITIONS | DETERMINERS


def _word_is(token: str, word: str, lexicon: EventLexicon) -> bool:
    """Whether a token is the key word ``word``: the same word, or one of its class."""
    if word.startswith(CLASS):
        return lexicon.in_class(token, word[1:])
    return token == word


#: Prepositions by which words are aimed at a party ("remarks against Kuwait").
AIMING_PREPS = frozenset({"against", "at", "towards", "toward"})


def _aimed_at(sentence: Sentence, groups: list[Group], k: int) -> Group | None:
    """The party of an aiming phrase at token ``k`` ("against the Kurds", "at Kuwait")."""
    if k >= len(sentence.tokens) or sentence.tokens[k].lower not in AIMING_PREPS:
        return None
    return next((g for g in groups if governor(sentence, g.first) == k), None)


#: The most words of a closing warner's phrase after its party ("Iran's foreign ministry").
WARNER_TAIL = 3


def _closing_warner(sentence: Sentence, groups: list[Group], trig: Trigger,
                    verbs: frozenset[str]) -> ActorRef | None:
    """The party of a closing ", Cairo warned." after a threat with no speaker: warning is no
    reporting verb (it would make every act it follows "reported"), but who warns of a
    threat the clause before it voices is who makes it."""
    toks = sentence.tokens
    end = len(toks) - (1 if toks and not toks[-1].lower.isalnum() else 0)
    if end < 2 or toks[end - 1].lower not in verbs:
        return None
    comma = next((k for k in range(end - 2, trig.j - 1, -1) if toks[k].text == ","), None)
    if comma is None:
        return None
    group = next((g for g in groups if comma < g.first and end - 1 - WARNER_TAIL <= g.last < end), None)
    return group.refs[0] if group is not None else None


def _struck_in_phrase(sentence: Sentence, ref: ActorRef) -> bool:
    """Whether a party's mention is the object of a preposition of what an act strikes ("on
    Iraqi soil", "against Iran's facilities"): no subject's head, unlike a party the subject
    is tied to ("militias linked to Iran are behind")."""
    n = governor(sentence, sentence.name_index(ref.start or 0))
    return n >= 0 and sentence.tokens[n].lower in TARGET_PREPS - {"in", "near", "inside", "outside", "over"}


#: How far before an infinitive the "until" of a deadline may stand ("had until the end of
#: the year to disarm").
DEADLINE_WORDS = 8


#: Prepositions that bring in what a protest is against ("marched to protest against air
#: strikes", "demonstrated over the killing"): the act protested, the protest's object.
PROTESTED_MARKERS = frozenset({"against", "at", "over"})


def _object_markers(outer: Trigger) -> frozenset[str]:
    """Prepositions that join ``outer`` to its object rather than to an adjunct: those of
    what a protest is against ("to protest against U.S. air strikes": the strikes are what is
    protested, no event of the protesters)."""
    return PROTESTED_MARKERS if outer.type == "PROTEST" else frozenset()


def _protest_purposes(sentence: Sentence, triggers: list[Trigger]) -> None:
    """"Ghana recalled its ambassador in protest at the shooting", "put its loans on hold in
    protest at the crackdown": "in protest" after another act of its clause says why that act
    was done; the act is the protest, and the noun codes no second, PROTEST event. After a
    protest act ("staged a hunger strike in protest against") the noun repeats that act. An
    infinitive "to protest" after any act says what that act is for ("will blockade the highway
    to protest a forced eradication campaign", "boycotted parliament, walking out to protest at
    alleged vote rigging"): the act is the protest."""
    toks = sentence.tokens
    for trig in triggers:
        if trig.governed is not None or trig.i < 1 or toks[trig.i].lower not in {"protest", "protests"}:
            continue
        if toks[trig.i - 1].lower == "in":
            outer = next((t for t in triggers if t.j < trig.i and t.type not in (None, "PROTEST")
                          and t.governed is None and sentence.same_clause(t.i, trig.i)), None)
        elif toks[trig.i - 1].lower == "to" and toks[trig.i].lower == "protest":
            outer = next((t for t in reversed(triggers) if t.j < trig.i - 1 and t.type is not None
                          and t.governed is None and t.entry.pos == "verb"), None)
        else:
            continue
        if outer is not None:
            trig.governed, trig.by = "absorb", sentence.span_text(outer.i, outer.j)


#: Lower-case words a country word may stand before the act's noun ("the Israeli partial blockade").
EPITHET_GAP = 2


def _state_epithet(sentence: Sentence, trig: Trigger, actor: ActorRef) -> bool:
    """"The Israeli blockade of the road to Jenin": a bare country word (no name, no sector)
    that modifies the act's noun itself names the state that does it, as "Israel's blockade"
    does; a crowd blocking a road is named by its people ("Kurdish villagers")."""
    if trig.entry.pos != "noun" or actor.actor_id or actor.sector or not actor.country or actor.start is None:
        return False
    k = sentence.name_index(actor.start)
    between = sentence.words(k + 1, trig.i)
    return k < trig.i and len(between) <= EPITHET_GAP and all(w.isalpha() for w in between) \
        and not any(t.cap for t in sentence.tokens[k + 1:trig.i])


def _visitor_epithet(sentence: Sentence, trig: Trigger, triggers: list[Trigger]) -> bool:
    """"a ceremony attended by the visiting Egyptian delegation", "signed in the presence of a
    visiting Chinese vice-premier": a visit's participle between an article and the noun it
    describes names a participant of an act of another type in the sentence; the visit is
    background, not news. With no such act ("the emir and the visiting premier spent two
    hours together", "the visiting premier met the emir") the visit is the news, or one with it;
    right after a visit's own verb ("received visiting U.S. Vice President George Bush") it
    names the visitor of that visit, no second one.
    After a verb of telling ("asked the bank to release ..., telling visiting envoys that") only
    an act before it counts: what is told may be no act of the day ("that aid must flow")."""
    toks = sentence.tokens
    # right after the visit's own verb: "received visiting U.S. Vice President X"
    received = any(t.j == trig.i and t.type == trig.type for t in triggers)
    if trig.entry.mode != "visit" or trig.entry.pos != "verb" or not toks[trig.i].lower.endswith("ing") \
            or trig.i < 1 or trig.j >= len(toks) \
            or toks[trig.i - 1].lower not in ARTICLES | AUDIENCE_VERBS and not received:
        return False
    told = toks[trig.i - 1].lower in AUDIENCE_VERBS
    described = toks[trig.j].lower
    return described.replace("-", "").replace(".", "").isalpha() \
        and described not in ARTICLES | POSSESSIVES | PREPOSITIONS \
        and (received or any(t.type not in (None, trig.type) and not (told and t.i > trig.i) for t in triggers))


def _judged_reasons(sentence: Sentence, triggers: list[Trigger], naming: frozenset[str]) -> None:
    """"castigated the Houthis on Saturday for seizing UN staff", "expressed regret to Qatar
    for the strike on Hamas officials", "praised Oman for its mediation": the act after the
    "for" of a condemnation, a welcome or an apology is what it reacts to, told as its reason;
    the reaction is the news. Only modifiers may part "for" from the act it names, past a free
    relative of ``naming`` ("for what it called a steady supply of arms": alleged). So is the
    gerund after an arrest's "for" ("detained two reporters for filming the base", "the arrest
    of three clerics for defying the ban"): the charge, no act of its own."""
    toks = sentence.tokens
    for outer in triggers:
        charge = outer.entry.mode == "arrest"
        if outer.type not in JUDGING_TYPES and not charge:
            continue
        for inner in triggers:
            if inner.governed is not None or inner.dated or not outer.j <= inner.i - 1 <= outer.j + JUDGED_REACH \
                    or charge and not toks[inner.i].lower.endswith("ing"):
                continue
            k = inner.i - 1
            while k > outer.j and toks[k].lower.isalpha() and toks[k].lower not in PREPOSITIONS:
                k -= 1
            named = next((n for n in range(k + 2, inner.i) if toks[n].lower in naming), None) \
                if toks[k + 1].lower == "what" else None
            start = k if named is None else named + (toks[named + 1].lower == "as")
            if toks[k].lower == "for" and start >= inner.i - 1 - AIM_MODIFIERS and sentence.same_clause(outer.i, k) \
                    and not set(sentence.words(outer.j, k)) & {",", ";", "and", "but"}:
                inner.governed, inner.by = "absorb", sentence.span_text(outer.i, outer.j)
                outer.content.append(inner)


def _yielded_demands(sentence: Sentence, triggers: list[Trigger]) -> None:
    """"gave way on Wednesday to the opposition's demand for a rerun", "caved in to the
    rebels' demands", "accepted the strikers' demands": a demand that a concession yields to
    or grants is the other side's, made before; it is what is conceded, no new request (and
    never one by the party that yields). The demand heads the concession's object: only its
    own modifiers stand after the last preposition, "to", or after the verb if none."""
    toks = sentence.tokens
    for outer in triggers:
        if outer.type != "CONCEDE":
            continue
        for inner in triggers:
            if inner.governed is not None or inner.type != "REQUEST" or inner.entry.pos != "noun" \
                    or not 0 <= inner.i - outer.j <= JUDGED_REACH or not sentence.same_clause(outer.i, inner.i) \
                    or any(outer.i < t.i < inner.i for t in triggers):
                continue
            links = [k for k in range(outer.j, inner.i) if toks[k].lower in PREPOSITIONS | {"and", "or", "but"}
                     or not toks[k].lower.isalpha() and toks[k].lower not in {"'s", "'"}]
            if not links or toks[links[-1]].lower == "to":
                inner.governed, inner.by = "absorb", sentence.span_text(outer.i, outer.j)
                outer.content.append(inner)


def _ultimatum_alternative(sentence: Sentence, trig: Trigger) -> bool:
    """Whether ``trig`` is the harm an ultimatum holds over its addressee ("to leave or face
    attacks", "or expect gunfire"): a demand it closes is a threat, as PLOVER codes ultimatums."""
    return trig.entry.addressee_subject and trig.type == "THREATEN" and sentence.tokens[trig.i].lower == "or"


def _ultimatum_demands(sentence: Sentence, triggers: list[Trigger]) -> None:
    """"Hezbollah had until the end of the month to withdraw north of the Litani or face the
    consequences": an ultimatum's alternative ("or face") follows what it demands, the
    infinitive before it in its clause; that act is demanded, not done, nor what is threatened.
    So is the infinitive of a deadline ("the Lebanese government had until the end of the
    year to disarm the group")."""
    toks = sentence.tokens
    for trig in triggers:
        if trig.governed is not None or trig.happened or trig.i < 3 or toks[trig.i - 1].lower != "to":
            continue
        until = next((k for k in range(trig.i - 2, max(0, trig.i - 2 - DEADLINE_WORDS), -1)
                      if toks[k].lower == "until" or not sentence.same_clause(k, trig.i)), None)
        if until is not None and toks[until].lower == "until" and toks[until - 1].lower in HAVE_FINITE:
            trig.governed, trig.by = "absorb", sentence.span_text(until - 1, trig.i - 1)
    for alt in triggers:
        if not alt.entry.addressee_subject or toks[alt.i].lower != "or":
            continue
        to = next((k for k in range(alt.i - 1, -1, -1) if toks[k].lower == "to" or not sentence.same_clause(k, alt.i)),
                  None)
        if to is None or toks[to].lower != "to":
            continue
        for trig in triggers:
            if to < trig.i < alt.i and trig.governed is None and not trig.happened:
                trig.governed, trig.by = "absorb", sentence.span_text(alt.i, alt.j)


def _content_recipient(sentence: Sentence, groups: list[Group], j: int,
                       actors: list[ActorRef], noun: bool = False) -> Group | None:
    """The first party of the content governed by the word ending at ``j`` that is not the
    actor itself; a noun's content ends at its comma ("requests from their countries, the
    Foreign Ministry said": the speaker is asked nothing). When the content's subject is the
    actor's own state ("Ankara's president warned that Turkey would launch an operation
    against the PKK"), the party acted on comes after it, in the same clause, and may lie
    beyond the content's usual window, though never past a noun's comma ("threats by X against
    Turkish ships, a Turkish source calling them bluster": the source is no target)."""
    start = _content_start(sentence, j)
    scope = (_noun_scope if noun else _scope)(sentence, groups, start)
    inner = next((g for g in groups if start <= g.first < scope and not grievance_of(sentence, g)), None)
    if inner is None and any(start <= g.first < scope for g in groups):
        return _answerable(sentence, groups, start, actors)
    if inner is None or not same_actor(inner.refs[0], actors):
        return inner
    return next((g for g in groups if inner.last < g.first < inner.last + GOVERNED_WINDOW
                 and sentence.same_clause(inner.first, g.first) and (not noun or g.first < scope)
                 and not same_actor(g.refs[0], actors)), None)


def _answerable(sentence: Sentence, groups: list[Group], start: int, actors: list[ActorRef]) -> Group | None:
    """The party told in another clause that it will answer for the act a threat's content
    avenges ("ready to answer the arrest of X, warning that Israel would bear the
    consequences"): the one that did it, and so the target. Its subject stands before a
    consequence modal and a verb of answering, at most one adverb between ("alone")."""
    toks, lexicon = sentence.tokens, load_lexicon()
    for g in groups:
        n = g.last + (g.last < len(toks) and (toks[g.last].lower.endswith("ly") or toks[g.last].lower == "alone"))
        if g.first > start and n + 1 < len(toks) and not same_actor(g.refs[0], actors) \
                and lexicon.in_class(toks[n].lower, "consequence_modals") \
                and lexicon.in_class(toks[n + 1].lower, "answering_verbs"):
            return g
    return None


def _content_nation(sentence: Sentence, trig: Trigger, reader: PatternRoles) -> ActorRef | None:
    """A content with no party may still name whom it is aimed at by a demonym heading its
    subject right after "that" ("warned on Tuesday that Saudi oil facilities would be
    targeted") or the object of its infinitive ("threatened to strike Israeli cities"): that
    country. An addressee before the content ("cautioned shipping firms that") or a demonym
    deeper in it ("that dealing with Israeli ports would") names no target."""
    toks = sentence.tokens
    k = past_day(sentence, trig.after)
    if k + 2 >= len(toks) or toks[k].lower not in {"that", "to"} or reader.resolver is None:
        return None
    k += 1 if toks[k].lower == "that" else 2
    while k < len(toks) and toks[k].lower in DETERMINERS | {"any"}:
        k += 1
    nation = country_word(sentence, k, k + 1, reader.resolver)
    return nation if k + 1 < len(toks) and toks[k + 1].lower.isalpha() and not toks[k + 1].cap else None


def _audience(sentence: Sentence, groups: list[Group], cues: list[Cue]) -> list[ActorRef]:
    """Whom a reporting cue's speaker told the news ("a Saudi source told Asharq Al-Awsat",
    "officials told Reuters"): the outlet or listener that reports it takes no part in it."""
    toks = sentence.tokens
    heard = []
    for cue in cues:
        if toks[cue.last - 1].lower not in AUDIENCE_VERBS:
            continue
        start = cue.last  # past "the" and name words the mention leaves out ("Al" of "Al Jazeera")
        while start < min(len(toks), cue.last + 2) and (toks[start].lower in DETERMINERS or toks[start].cap) \
                and not any(g.first == start for g in groups):
            start += 1
        heard += [r for g in groups if g.first == start for r in g.refs]
    return heard


def _addressed(sentence: Sentence, groups: list[Group], cues: list[Cue], trig: Trigger,
               cue: Cue | None) -> list[ActorRef]:
    """Whom a directive is told to: the listener of a telling that is itself the request ("told
    Greece on Saturday to withdraw") or that governs a "must" ("told Turkey it must let Kurds
    teach"), or in a meeting ("told Macron in a phone call"). That listener is the party asked or
    met, not an audience of the news; an outlet never is."""
    own = [c for c in cues if c.last - 1 == trig.i or _meeting_setting(sentence, c.last, trig)]
    told = own or ([cue] if cue is not None and trig.entry.addressee_subject else [])
    return [r for r in _audience(sentence, groups, told) if r.type != "media"]


def _heard(ref: ActorRef, audience: list[ActorRef]) -> bool:
    """Whether ``ref`` is the audience told the news: its own mention, or the same named outlet.
    A state's body told ("a minister told parliament") shares a country, not an identity, with
    the government that acts, so a country match removes no party."""
    return any((ref.start, ref.end) == (a.start, a.end)
               or ref.actor_id is not None and ref.actor_id == a.actor_id and a.type not in ("state", "government")
               for a in audience)


def _controlled_complement(sentence: Sentence, k: int, i: int) -> bool:
    """Whether the trigger at ``i`` lies in a subjectless gerund or infinitive complement of
    the verb at ``k`` ("Israel denied carrying out the strike", "refrained from launching
    raids"): the verb's subject is then the act's subject (subject control). A "that" clause
    or a bare noun object ("denied the reports of a strike") has a subject of its own, or none."""
    toks = sentence.tokens
    n = k + 1
    if n < i and toks[n].lower in {"from", "to"}:
        n += 1  # "refrained from carrying out", "failed to launch"
    word = toks[n].lower if n <= i else ""
    return n <= i and (word.endswith("ing") or toks[n - 1].lower == "to") and word not in DETERMINERS


#: Conjunctions that open an adverbial clause after a comma, which no governing word's content
#: runs into.
ADVERBIAL_LINKS = frozenset({"as", "while", "whereas", "because", "since", "although", "though"})


def _scope(sentence: Sentence, groups: list[Group], start: int, verb: int | None = None) -> int:
    """End of the content of a governing word: clause end, window, or a new subject. A
    "that" soon after the word opens the content even after an adjunct ("warned on Tuesday
    that Iran would ..."): the clause is then judged from the word after it; so is an
    infinitive in the content ("to withdraw from ... and to stop its attacks"), whose own
    object the window then covers. A governing verb at ``verb`` loses its content at an
    "and" that joins it to a verb of its own form ("condemned the detention ... and
    demanded their release"): the second verb is the subject's next act. A word inside a
    relative clause set off by commas ("Israel, which denies the charge, was accused") loses
    its content at the closing comma: the main clause's verb is beyond its reach; one inside
    the content is passed over to the verb its subject resumes with ("unless Kenyan troops,
    who crossed the border at the weekend, withdrew")."""
    toks = sentence.tokens
    aside = start > 0 and sentence.relative_aside(start - 1)
    closing = _participle_aside(sentence, verb) if verb is not None else None
    main = _subject_participle_verb(sentence, verb) if verb is not None else None
    anchor = start
    k = start
    while k < min(len(toks), anchor + GOVERNED_WINDOW):  # the window runs from the "that"
        if closing is not None and k >= closing:
            return k  # "X, shunned by its neighbours, said it would": the aside's own words only
        resumed = _resumed_after(sentence, k + 1) if k > start and toks[k].text == "," and k + 1 < len(toks) else None
        if resumed is None and toks[k].text == "," and k + 1 < len(toks) and toks[k + 1].lower in {"which", "who"}:
            # "urged the rebels, who have fought for years, to lay down their arms": past the aside
            resumed = next((m + 1 for m in range(k + 2, min(len(toks), k + 2 + ASIDE_REACH))
                            if toks[m].text == "," and _infinitive_resumes(sentence, m)), None)
        if resumed is not None:
            anchor = k = resumed  # "unless Kenyan troops, who crossed the border, withdrew": past the aside
            continue
        if _complement_that(sentence, groups, start, k) or _infinitive(sentence, k) or _colon_imperative(sentence, k) \
                or _noun_content(sentence, start, k):
            anchor = k + 1  # "pressure on Israel to withdraw from ... and to stop": each verb's content goes on
            k += 1
            continue
        if k > anchor and not sentence.same_clause(anchor, k) or aside and toks[k].text == ",":
            return k
        if toks[k].text == "," and k + 1 < len(toks) and toks[k + 1].lower in ADVERBIAL_LINKS:
            return k  # "promise attacks on its capital, as spokesman X demanded": a clause of its own
        if verb is not None and toks[k].text == "," and k + 1 < len(toks) and toks[k + 1].lower in ATTENDANT_ACTS:
            return k  # "told the crews to quit, promising attacks": the subject's next act, no content
        if toks[k].lower in {",", "and", "while"} and any(g.first == k + 1 for g in groups) \
                or _possessed_party(sentence, groups, k) or _summing_relative(sentence, groups, k):
            return k
        if verb is not None and toks[k].lower == "and" and (_joins_verb(sentence, verb, k)
                                                            or _shared_perfect(sentence, k) is not None):
            return k
        if verb is not None and _main_passive(sentence, verb, k):
            return k
        if verb is not None and k == main:
            return k  # "A salvo blamed on the rebels struck shops": the subject's act, no content
        k += 1
    return min(len(toks), anchor + GOVERNED_WINDOW)


#: Words after an easing word ("lift", "refrain") that name what is eased, no threat ("refrain
#: from the use of force").
EASED_WORDS = 5
#: Participles of speech acts that, after a comma, tell what the subject of a governing verb
#: did next ("told the crews to quit the region, promising attacks on any that stayed";
#: "summoned the ambassador, begging Astana to reopen the crossing"), not its content.
ATTENDANT_ACTS = frozenset({"promising", "vowing", "pledging", "threatening", "warning", "begging", "imploring",
                            "demanding", "urging", "accusing", "blaming",
                            # "denied that its troops had crossed, dismissing a UN report": the
                            # denial's grounds, no part of what it denies
                            "dismissing", "calling", "rejecting"})
#: Words of an aside opened by a past participle after the subject ("Myanmar's junta, shunned
#: by most of its neighbours, said").
PARTICIPLE_ASIDE_WORDS = 10
#: Finite words that open the main clause's predicate after such an aside.
ASIDE_PREDICATES = frozenset({"has", "have", "had", "is", "are", "was", "were", "will", "would", "could",
                              "may", "might", "must", "should", "can", "says", "said"})


def _participle_aside(sentence: Sentence, k: int) -> int | None:
    """The closing comma of an aside that the past participle at ``k`` opens right after a
    comma, set between a subject and its verb ("Myanmar's military government, shunned by most
    of its ASEAN neighbours, said it would ..."): the participle describes the subject, and what
    follows the closing comma is the main clause's predicate, beyond the participle's reach;
    None when ``k`` opens no such aside (", killing two" is a clause of its own, "-ing")."""
    toks = sentence.tokens
    if not (1 < k < len(toks) - 2) or toks[k - 1].text != "," or _verb_form(toks[k].lower) != "past" \
            or not toks[k - 2].lower.replace("-", "").isalpha() or toks[k - 2].lower in PRONOUNS:
        return None
    for m in range(k + 1, min(len(toks) - 1, k + PARTICIPLE_ASIDE_WORDS + 1)):
        if toks[m].text in {";", ":", "(", ")"} or toks[m].lower in BE_WORDS:
            return None
        if toks[m].text == ",":
            v = m + 1
            while v < len(toks) and (toks[v].lower in ADVERB_GAP - ASIDE_PREDICATES or toks[v].lower.endswith("ly")):
                v += 1
            nxt = toks[v].lower if v < len(toks) else ""
            finite = nxt in ASIDE_PREDICATES or _verb_form(nxt) == "past" or s_form(nxt) and not toks[v].cap
            return m if finite and nxt not in ING_NON_VERBS else None
    return None


#: Words of a subject's participle phrase before the main clause's verb ("A mortar salvo blamed
#: on the rebels in the south struck"); 8 was written here, but a later definition of the name set
#: 5 for every user.
SUBJECT_PARTICIPLE_REACH = 5
#: The same for a present participle and its object ("farmers demanding the nationalisation of
#: Bolivia's gas reserves blocked").
SUBJECT_GERUND_REACH = 9


def _subject_participle_verb(sentence: Sentence, k: int) -> int | None:
    """The main clause's verb after the past participle at ``k`` that describes the subject
    ("A mortar salvo blamed on the rebels struck shops", "Rockets attributed to Hezbollah hit
    Haifa"): the participle follows the subject's noun with no verb before it in the clause and
    takes no object (a preposition right after it: a reduced passive); the first past verb
    after its phrase, in the same clause and after a noun, is what the subject did. The
    participle's complement ends there. So it is after a present participle with its object
    ("Miners demanding higher pay blocked the highway"). None when there is no such verb."""
    toks = sentence.tokens
    gerund = 0 < k < len(toks) - 2 and _verb_form(toks[k].lower) == "ing"
    if not (0 < k < len(toks) - 2) or not gerund and (_verb_form(toks[k].lower) != "past"
                                                      or toks[k + 1].lower not in PREPOSITIONS):
        return None
    before = toks[k - 1]
    if not before.lower.replace("-", "").isalpha() or before.cap and k > 1 \
            or before.lower in BE_FORMS | HAVE_FINITE | PRONOUNS | DETERMINERS | PREPOSITIONS | RELATIVES \
            or before.lower.endswith("ly"):
        return None
    opening = sentence.clause_start(k)
    if any(_verb_form(t.lower) == "past" or t.lower in BE_FORMS | HAVE_FINITE or t.text == ","
           for t in toks[opening:k - 1]):
        return None  # "shelled a village blamed on": the object's participle, after the verb
    for m in range(k + 2, min(len(toks), k + 2 + (SUBJECT_GERUND_REACH if gerund else SUBJECT_PARTICIPLE_REACH))):
        word = toks[m].lower
        if not sentence.same_clause(k, m) or toks[m].text in {",", ";", ":"} or word in {"and", "or"} | BE_FORMS:
            return None
        prev = toks[m - 1].lower
        if _verb_form(word) == "past" and prev.replace("-", "").isalpha() \
                and prev not in PREPOSITIONS | DETERMINERS | HAVE_FINITE | {"to"} \
                and not noun_participle(toks, m):
            return m
    return None


#: Words opening the object of an accusation given as a measure's reason that take up the
#: measure's target ("broke off relations with Panama, accusing its government of").
ACCUSED_PRONOUNS = OBJECT_PRONOUNS | POSSESSIVES | {"it"}
#: Words from the help a deployment brings to the disaster it fights ("to help battle the wildfires").
HAZARD_AIM_WORDS = 3


def _opening_participants(sentence: Sentence, groups: list[Group]) -> list[ActorRef]:
    """The parties that meet in a participle of talks opening the sentence ("Meeting on the
    sidelines of a regional summit in Islamabad, Indian Prime Minister Atal Bihari Vajpayee and
    Pakistani President Pervez Musharraf agreed"): the main clause's subject after the
    participle's comma, when it names parties of two countries or more; none otherwise."""
    comma = next((n for n in range(len(sentence.tokens)) if sentence.tokens[n].text == ","), None)
    subject = next((g for g in groups if comma is not None and g.first in (comma + 1, comma + 2)), None)
    if subject is None or len({r.country for r in subject.refs if r.country}) < 2:
        return []
    return list(subject.refs)


def _opening_meeting(sentence: Sentence, groups: list[Group], trig: Trigger, reader: PatternRoles) -> list[ActorRef]:
    """The parties of a call or talks named in an adjunct that opens the sentence ("During a
    telephone call on Tuesday, Vietnam's president invited his South Korean counterpart"): the
    main clause's subject and the party of another state its past verb is done to, named right
    after the verb or as the subject's counterpart; none when the clause names no such pair."""
    toks = sentence.tokens
    comma = next((n for n in range(trig.j, min(len(toks), trig.j + OPENING_MEETING_REACH)) if toks[n].text == ","),
                 None)
    subject = next((g for g in groups if comma is not None and g.first > comma), None)
    verb = subject.last if subject is not None else len(toks)
    if verb + 2 >= len(toks) or _verb_form(toks[verb].lower) != "past":
        return []
    told = next((list(g.refs) for g in groups if g.first in (verb + 1, verb + 2)), None)
    words = sentence.words(verb + 2, verb + 5)
    if told is None and toks[verb + 1].lower in POSSESSIVES | {"her"} and "counterpart" in words \
            and reader.resolver is not None:  # "his South Korean counterpart"
        end = verb + 2 + words.index("counterpart")
        ref = reader.resolver(toks[verb + 2].start, toks[end - 1].end) if end > verb + 2 else None
        told = [ref] if ref is not None and ref.country else None
    if subject is None or told is None:
        return []
    home = {r.country for r in subject.refs if r.country}
    if not home or not {r.country for r in told if r.country} - home:
        return []
    return list(subject.refs) + told


#: Words from a call to the "end" of a war ("called on Sunday for an immediate end"), and from
#: "to" to the war's word ("an end to the 15-year civil war").
WAR_END_REACH = 7
WAR_WORDS = 4
#: Words right before the verb of a threat's content ("to cut", "would be arrested", "will strike").
CONTENT_VERB_LEADS = BE_WORDS | MODAL_AUXILIARIES | {"to"}


def _main_passive(sentence: Sentence, verb: int, k: int) -> bool:
    """Whether a "be" and past participle at ``k`` are the main clause's verb after a participle
    at ``verb`` that describes the noun before it ("nine men accused of belonging to the
    Brotherhood were taken into custody"): the participle's complement ends there, and the
    passive is the news, no charge. After a "that" the passive is the content clause's own
    ("police warned that protesters would be arrested")."""
    toks = sentence.tokens
    before = toks[verb - 1] if verb > 0 else None
    return toks[k].lower in BE_WORDS and k + 1 < len(toks) and _verb_form(toks[k + 1].lower) == "past" \
        and "that" not in sentence.words(verb + 1, k) \
        and toks[k - 1].lower not in RELATIVES and _verb_form(toks[verb].lower) == "past" \
        and before is not None and before.lower.isalpha() and not before.cap \
        and before.lower not in BE_WORDS | HAVE_FINITE | PRONOUNS and not before.lower.endswith("ly")


#: How many words may head the noun that an object relative clause with no pronoun describes
#: ("a charge", "a long-standing accusation").
SUMMING_NOUN_REACH = 3


def _summing_relative(sentence: Sentence, groups: list[Group], k: int) -> bool:
    """A comma before a noun of ``assertions`` (events.yaml) that a relative clause with no pronoun
    describes, a party its subject and a past verb after it (", a charge Tbilisi has
    repeatedly rejected", ", a claim Hanoi denied"): the noun sums up what came before, and
    the party's verb answers it, an act of its own beyond the content of a word before the
    comma, and no background on a thing."""
    toks = sentence.tokens
    if toks[k].text != "," or k + 2 >= len(toks) or toks[k + 1].lower not in {"a", "an", "the"}:
        return False
    for n in range(k + 2, min(len(toks), k + 3 + SUMMING_NOUN_REACH)):
        group = next((g for g in groups if g.first == n), None)
        if group is not None:
            v = group.last + (group.last < len(toks) and toks[group.last].lower in HAVE_FINITE)
            while v < len(toks) and toks[v].lower.endswith("ly"):
                v += 1
            return load_lexicon().in_class(toks[n - 1].lower, "assertions") \
                and v < len(toks) and _verb_form(toks[v].lower) == "past"
        if not toks[n].lower.replace("-", "").isalpha() or toks[n].cap:
            return False
    return False


def _possessed_party(sentence: Sentence, groups: list[Group], k: int) -> bool:
    """A comma before a party owned by a possessive ("rebuffed calls to disarm, its security
    chief X saying ..."): the party is the subject's own, opening a clause of its own after the
    content, not an addressee inside it."""
    toks = sentence.tokens
    return toks[k].text == "," and k + 1 < len(toks) and toks[k + 1].lower in POSSESSIVES | {"her"} \
        and any(g.first == k + 2 for g in groups)


def _participle_clause(sentence: Sentence, start: int, scope: int) -> int:
    """Where a negating word's scope ends: at a comma that opens a participle clause
    ("without care, calling it a war crime"), which is no longer inside the negated phrase
    but a clause of its own on the sentence's subject."""
    toks = sentence.tokens
    return next((k for k in range(start, min(scope, len(toks) - 1)) if toks[k].text == ","
                 and toks[k + 1].lower.endswith("ing") and toks[k + 1].lower not in ING_NON_VERBS), scope)


def _verb_form(word: str) -> str | None:
    """"past" for a past form ("demanded", "struck"), "ing" for a gerund, else None."""
    if (word.endswith("ed") and word not in ED_NON_VERBS) or word in IRREGULAR_PAST:
        return "past"
    if word.endswith("ing") and word not in ING_NON_VERBS:
        return "ing"
    return None


def _joins_verb(sentence: Sentence, verb: int, k: int) -> bool:
    """Whether the "and" at ``k`` joins the verb at ``verb`` to the next one: the word after
    it (adverbs skipped) has the verb's form and no word of that form stands between, which
    would be the nearer partner ("said Israel had struck X and killed Y")."""
    toks = sentence.tokens
    form = _verb_form(toks[verb].lower)
    n = k + 1
    while n < len(toks) and toks[n].lower in ADVERB_GAP:
        n += 1
    if form is None or n >= len(toks) or _verb_form(toks[n].lower) != form:
        return False
    return not any(_verb_form(toks[m].lower) == form for m in range(verb + 1, k) if toks[m].lower.isalpha())


def _complement_that(sentence: Sentence, groups: list[Group], start: int, k: int) -> bool:
    """Whether the "that" at token ``k`` opens the content of the word ending at ``start``:
    after an adjunct ("warned on Tuesday that"), or after its addressee and prepositional
    adjuncts ("warned Saudi Arabia in a televised address on Thursday that his forces would
    strike"), or after such adjuncts alone ("warned in leaflets distributed across the region
    on Thursday that it would kill"); a day there takes no room. A relative "that" after such
    a phrase's noun is followed by its verb ("an address that was aired"), a complement's by
    its subject. The "of" of an accusation opens its charge the same way ("accused the
    government of Nicaragua on Thursday of violations including ... the stripping of
    citizenship"): what follows is what is charged."""
    toks = sentence.tokens
    charge = toks[k].lower == "of" and start > 0 and toks[start - 1].lower in ACCUSING_FORMS \
        and not any(g.first <= k < g.last for g in groups)  # not the "of" of "the government of Nicaragua"
    if toks[k].lower != "that" and not charge:
        return False
    if k - start <= ADJUNCT_BEFORE_THAT:
        return True
    if toks[start].lower == "by" and any(g.first == start + 1 and g.last == k for g in groups):
        return True  # a passive's agent: "Guyana was warned by Venezuela's defence minister that"
    addressee = next((g.last for g in groups if g.first == start or g.first == start + 1
                      and toks[start].lower == "the"), None)  # "promised the European Union on Monday that"
    if addressee is None:
        addressee = _people_addressed(sentence, start)
    if addressee is None and toks[start].lower in PREPOSITIONS:
        addressee = start  # no addressee: "warned in leaflets distributed across the region on Thursday that"
    if addressee is not None and addressee < k and toks[addressee].text == "'s":
        # "warned Ukraine's state energy company on Thursday that": past the owned body's noun
        addressee = next((n for n in range(addressee + 1, min(k, addressee + 1 + ADDRESSEE_MODIFIERS + 1))
                          if not toks[n].lower.isalpha() or toks[n].cap or toks[n].lower in PREPOSITIONS), k)
    room = sum(t.lower not in DAY_ADJUNCT_WORDS for t in toks[addressee:k]) if addressee is not None else 0
    if addressee is None or not addressee < k or room > ADDRESSEE_ADJUNCTS \
            or toks[addressee].lower not in PREPOSITIONS or k + 1 >= len(toks):
        return False
    after = toks[k + 1].lower
    return all(t.lower.isalnum() for t in toks[addressee:k]) and (charge or (
        after not in BE_FORMS | {"has", "have", "had", "will", "would"} and not after.endswith("ed")))


def _people_addressed(sentence: Sentence, start: int) -> int | None:
    """The token after an addressee that names no actor but a body of people by a noun of
    ``participants`` or ``irregulars`` ("warned Kurdish militants in northern Syria on
    Wednesday that", "told the striking dockworkers at the port that") or an official by a
    noun of ``officials`` and the name after it ("warned the Basque leader on Wednesday that",
    "warned Catalan leader Carles Puigdemont on Wednesday that"), a few modifiers before the
    noun; else None."""
    lexicon = load_lexicon()
    toks = sentence.tokens
    for n, word in enumerate(sentence.words(start, start + ADDRESSEE_MODIFIERS + 1)):
        if lexicon.participant(word) or lexicon.in_class(word, "irregulars"):
            return start + n + 1
        if lexicon.in_class(word, "officials"):
            end = start + n + 1
            while end < len(toks) and toks[end].cap and toks[end].lower.isalpha():
                end += 1
            return end
        if not word.isalpha() or word in PREPOSITIONS:
            return None
    return None


#: Finite words that may follow the subject of a "that" clause and are no subjunctive verb.
FINITE_AUXILIARIES = MODAL_AUXILIARIES | {"do", "did", "does"}
#: Adverbs between a clause's subject and its verb besides those of ``ADVERB_GAP`` ("that Armenia first amend").
CLAUSE_ADVERBS = frozenset({"first", "now", "still"})


def _subjunctive_content(sentence: Sentence, groups: list[Group], start: int) -> bool:
    """Whether the content after the word ending at ``start`` is a "that" clause in the
    subjunctive: a singular party (or a name) with a bare verb ("insisted that Armenia
    amend its constitution"), or any party with "be" ("that the militias be disarmed"). That asks
    the party to act; the indicative ("that Armenia has amended", "that talks remain")
    states a view."""
    toks = sentence.tokens
    that = next((k for k in range(start, min(len(toks), start + ADJUNCT_BEFORE_THAT + 1))
                 if _complement_that(sentence, groups, start, k)), None)
    subject = None if that is None else next((g for g in groups if g.first in (that + 1, that + 2)
                                             and sentence.words(that + 1, g.first) in ([], ["the"])), None)
    if subject is None:
        return False
    n = subject.last
    while n < len(toks) and (toks[n].lower in ADVERB_GAP | CLAUSE_ADVERBS or toks[n].lower.endswith("ly")):
        n += 1  # "that Armenia first amend", "that Iran immediately release"
    if n == subject.last + 1 < len(toks) and toks[n].lower in NOUN_DETERMINERS:
        n -= 1  # "that the United States supply his army": a verb in "-ly" before its object
    if n >= len(toks):
        return False
    verb = toks[n].lower
    singular = toks[subject.last - 1].cap or not s_form(toks[subject.last - 1].lower)
    return verb == "be" or singular and verb.isalpha() and not toks[n].cap and not s_form(verb) \
        and _verb_form(verb) is None and verb not in FINITE_AUXILIARIES | BE_WORDS | HAVE_FINITE | PREPOSITIONS


def _against_addressee(sentence: Sentence, groups: list[Group], owner: Trigger, act: Trigger, scope: int) -> bool:
    """Whether the arrest ``act`` a vow holds is aimed at the vow's addressee: with no
    addressee ("vowed to arrest the plotters") it is a threat; with one it is a threat only
    when the act is done to that addressee ("warned the protesters that it would arrest the
    protesters"), and otherwise a pledge to it ("promised the European Union that it would
    arrest suspects"): policing done for a partner, not against it."""
    toks = sentence.tokens
    start = owner.after
    addressee = next((g for g in groups if g.first == start or g.first == start + 1 and toks[start].lower == "the"),
                     None)
    if owner.entry.pos != "verb" or addressee is None:
        return True
    return any(act.j <= g.first < scope and same_actor(g.refs[0], addressee.refs) for g in groups)


def _released_detention(sentence: Sentence, lexicon: EventLexicon, inner: list[Trigger], act: Trigger,
                        start: int) -> bool:
    """Whether the arrest ``act`` in a vow's content from ``start`` describes the people a
    release before it frees ("promised to free 40 fishermen held in its jails"): the detention
    is undone, not threatened; an arrest joined to the release by "and" or "or" ("to free the
    hostages and arrest the kidnappers") is an act of its own."""
    toks = sentence.tokens
    heads = [t.j for t in inner if t.entry.mode == "release" and t.i < act.i]
    heads += [k + 2 for k in range(start, act.i - 1)
              if toks[k].lower == "to" and "release" in lexicon.verb_modes(toks[k + 1].lower)]
    return any(not {"and", "or"} & set(sentence.words(h, act.i)) for h in heads)


#: Auxiliaries that open a clause's verb group ("talks on X have stalled").
PREDICATE_AUXILIARIES = frozenset({"has", "have", "had", "is", "are", "was", "were", "will", "would"})


def _charge_end(sentence: Sentence, triggers: list[Trigger], gerund: Trigger, scope: int) -> int:
    """Where the content of a gerund that is the charge of a noun heading its clause ends ("the
    arrest of eight students for ignoring court summonses sparked a sit-in"): the noun's phrase
    is the subject, so the first finite verb after the gerund's object (a past form or an
    auxiliary) is the main clause's, whose object is news, no content of the gerund."""
    toks = sentence.tokens
    if not toks[gerund.i].lower.endswith("ing") or not any(
            t.entry.pos == "noun" and gerund in t.content
            and not any(_verb_form(w) or w in PREDICATE_AUXILIARIES
                        for w in sentence.words(sentence.clause_start(t.i), t.i)) for t in triggers):
        return scope
    return next((k for k in range(gerund.after + 1, scope)
                 if _verb_form(toks[k].lower) == "past" or toks[k].lower in PREDICATE_AUXILIARIES), scope)


def _noun_scope(sentence: Sentence, groups: list[Group], start: int) -> int:
    """End of the content of a governing noun: its own complement ("a request by Oman to
    free the crew"), which ends at the first comma; the clause after it ("In response to a
    request by Oman, the authorities released the crew") is the sentence's news. A "since"
    phrase dates the content and ends it ("an inquiry into abuses committed since the 2015
    crisis over the president's third term": the crisis's issue is no party inquired into)."""
    toks = sentence.tokens
    scope = _scope(sentence, groups, start)
    end = next((k for k in range(start, scope) if toks[k].lower in {";", "since"}
                or toks[k].lower == "," and not _listed_item(sentence, k, scope)), scope)
    if start > 0 and PREPOSITIONS & {toks[start - 1].lower, toks[min(start, len(toks) - 1)].lower}:
        # "as talks on its nuclear program have stalled and militias have threatened": a verb
        # after a prepositional content makes the noun a subject; its content ends there
        end = next((k for k in range(start + 1, end) if toks[k].lower in PREDICATE_AUXILIARIES), end)
    return end


def _listed_item(sentence: Sentence, comma: int, scope: int) -> bool:
    """Whether the comma at ``comma`` parts items of a list that closes with "and" or "or"
    ("rehearsals of rescue at sea, counter-piracy boarding and anti-aircraft fire"): a few
    lower-case words, no article or auxiliary, up to the conjunction. A clause after the
    comma ("..., the authorities released the crew and") has its own article or verb."""
    toks = sentence.tokens
    for k in range(comma + 1, min(scope, comma + 2 + LIST_ITEM_WORDS)):
        word = toks[k].lower
        if word in {"and", "or"}:
            return k > comma + 1
        if word == "," or toks[k].cap or word in DETERMINERS | PREDICATE_AUXILIARIES:
            return False
    return False


def _past_party(sentence: Sentence, groups: list[Group], k: int) -> int:
    """The token after a party that "on", "from" or "by" at ``k`` names after a call, past a day
    after it ("calls from Washington today to repeal", "pressure on Hungary to free"): the call's
    addressee or author stands between it and the act it seeks; else ``k``."""
    toks = sentence.tokens
    if k + 1 >= len(toks) or toks[k].lower not in SOUGHT_PARTY_LINKS:
        return k
    first = k + 2 if toks[k + 1].lower in DETERMINERS else k + 1
    group = next((g for g in groups if g.first in (k + 1, first)), None)
    return k if group is None else past_day(sentence, group.last)


def _plural_object(sentence: Sentence, groups: list[Group], m: int) -> bool:
    """Whether the plural call ``m`` ("calls", "demands") is a noun, not a verb with its subject
    before it ("Putin calls to congratulate"): no pronoun and no party stands right before it,
    save a demonym that modifies it ("European calls to repeal")."""
    toks = sentence.tokens
    if not toks[m].lower.endswith("s") or m == 0 or toks[m - 1].lower in PRONOUNS | RELATIVES:
        return False
    subject = next((g for g in groups if g.last == m), None)
    return subject is None or all((r.reason or "").startswith("demonym") for r in subject.refs)


def _infinitive(sentence: Sentence, k: int) -> bool:
    """Whether token ``k`` is the "to" of an infinitive ("to stop", not "to the border")."""
    toks = sentence.tokens
    return toks[k].lower == "to" and k + 1 < len(toks) and toks[k + 1].lower.isalpha() and not toks[k + 1].cap \
        and toks[k + 1].lower not in DETERMINERS | POSSESSIVES | PREPOSITIONS | {"a", "an"}


def _colon_imperative(sentence: Sentence, k: int) -> bool:
    """Whether token ``k`` is a colon that opens a command ("made a plea to Brussels: end the
    embargo on ..."): a lower-case verb right before an article or possessive spells out what
    the word before the colon asks for, so its content goes on past the colon."""
    toks = sentence.tokens
    return toks[k].text == ":" and k + 2 < len(toks) and toks[k + 1].text.isalpha() and toks[k + 1].text.islower() \
        and toks[k + 1].lower not in DETERMINERS | POSSESSIVES and toks[k + 2].lower in DETERMINERS | POSSESSIVES


def _noun_content(sentence: Sentence, start: int, k: int) -> bool:
    """Whether the colon or "that" at token ``k`` opens the content of a notice, a warning or a
    message (``content_nouns`` of modality.yaml) as "that" opens a verb's: right after the noun
    ("served the rebels an explicit notice: every shell ...", "a final notice that any rocket
    ..."), or a colon a few words after such a noun or a verb of warning that governs from
    ``start`` ("a warning to Hezbollah: any rocket ...", "warned Hamas: every tunnel ..."). A
    "that" before a finite verb relates ("a message that was delivered")."""
    toks = sentence.tokens
    if not 0 < k < len(toks) - 1 or toks[k].lower not in {":", "that"}:
        return False
    cues = load_lexicon().cues
    nouns = cues.content_nouns  # type: ignore[union-attr]
    if toks[k].lower == "that":
        after = toks[k + 1].lower
        return toks[k - 1].lower in nouns and after not in BE_FORMS | HAVE_FINITE | {"will", "would"} \
            and not after.endswith("ed")
    if toks[k - 1].lower in nouns:
        return True
    return 0 < start <= k <= start + ADJUNCT_BEFORE_THAT \
        and toks[start - 1].lower in nouns | cues.closing_warnings \
        and all(t.lower.replace("-", "").isalnum() for t in toks[start:k])  # type: ignore[union-attr]


def _merge(events: list[Event], trace: list[str] | None, day: Callable[[Event], EventDate],
           set_aside: dict[int, list[Span]], retaliating: frozenset[str] = frozenset()) -> list[Event]:
    """One event per type, modality and actor in a sentence ("struck ..., killing four"). A
    later one the text gives another day ("seized the pills this morning, as agencies hailed
    Friday's capture of the chief") is another day's act told as background: it lends the
    news none of its parties and is not coded. ``day`` dates an event in its sentence. Where
    a named actor replaces a place read as one, ``set_aside`` keeps that place's span by the
    kept event's id: it names a party, not the scene. An act answering another (its trigger
    ``retaliating``: "rebels attacked ..., and the government retaliated") is never that act,
    even with its party unread; by the same party it is ("struck Gaza, retaliating for rocket
    fire" tells why one act was done)."""
    merged: list[Event] = []
    for event in events:
        answers = event.trigger.text.lower().split()[0] in retaliating

        def answered(m: Event) -> bool:
            return answers and not any(same_actor(a, m.actors) for a in event.actors)
        twin = next((m for m in merged if m.type == event.type and m.modality == event.modality and not answered(m)
                     and _compatible(m.actors, event.actors)
                     and _compatible(m.recipients, event.recipients, bare=True)
                     and not _crossed(m, event) and not _opposed(m, event)
                     and not _other_modes(m, event)), None)
        if twin is None and (told := next((m for m in merged if _elaborates(m, event)), None)) is not None:
            _note(trace, f"{event.trigger.text!r}: a participle clause spelling out {told.trigger.text!r} "
                         "by its actor: part of it")
            continue
        if twin is None:
            merged.append(event)
            continue
        if _other_days(day(twin), day(event)):
            _note(trace, f"{event.trigger.text!r}: same {event.type} as {twin.trigger.text!r} on another day: "
                         "background, not coded")
            continue
        _note(trace, f"{event.trigger.text!r}: same {event.type} as {twin.trigger.text!r}, merged")
        # a mention the twin acts on does not act in it ("thanking Qatar for its support")
        actors = _firmer(twin.actors, [a for a in event.actors
                                       if not any(a.start == r.start for r in twin.recipients)])
        set_aside.setdefault(id(twin), []).extend(Span(a.start, a.end) for a in twin.actors
                                                  if a not in actors and a.start is not None and a.end is not None)
        twin.actors = actors
        # a visit merged with the meeting the visitor held: whom the visitor met is the host
        hosts = [a for a in event.actors if not same_actor(a, twin.actors)] if twin.mode == "visit" else []
        twin.recipients = _firmer(twin.recipients, [r for r in hosts + event.recipients
                                                    if not same_actor(r, twin.actors)])
        # a riot outranks the demonstration it grew from ("hundreds of protesters stormed parliament")
        twin.mode = event.mode if twin.type == "PROTEST" and event.mode == "riot" else twin.mode or event.mode
        twin.size = twin.size or event.size
        twin.attribution = twin.attribution or event.attribution
    return merged


#: Coercive modes one operation joins: a haul seized and its carriers arrested ("seized 300
#: kilograms of hashish and arrested three clearing agents") are one raid.
_ONE_OPERATION = frozenset({"seize", "arrest"})
#: Words of a seizure of the state itself, a coup, which arrests after it do not join ("seized power
#: ..., detaining political leaders", "took control of the country and placed the president under
#: house arrest").
_COUP_WORDS = frozenset({"power", "country", "government", "regime", "ousted", "overthrew", "overthrown", "deposed",
                         "toppled"})


def _other_modes(first: Event, later: Event) -> bool:
    """Whether two coercive acts or sanctions name different measures ("seized power ...,
    imposing a nationwide curfew": a seizure and a curfew; "expelled Canada's ambassador and
    froze all new trade": an expulsion and an embargo), each an event of its own. Other types keep
    one event: a protest's forms are one protest ("a hunger strike in protest"), and an
    attack's weapon and its toll one attack ("a suicide car bombing ... killed"); so does a
    noun after a verb ("returned migrants to detention centres" names a place, no second
    measure)."""
    verbal = _verb_form(later.trigger.text.split()[0].lower()) is not None  # "imposing", "froze"
    coup = bool(_COUP_WORDS & set(first.trigger.text.lower().split()))
    return first.type in ("COERCE", "SANCTION") and verbal and first.mode is not None and later.mode is not None \
        and first.mode != later.mode and ({first.mode, later.mode} != _ONE_OPERATION or coup)


def _subject_noun(sentence: Sentence, noun: Trigger, verb: Trigger) -> bool:
    """"A drone attack on a Hamas office in Beirut killed ...": an event noun heads the
    subject of a finite verb after it in its clause when no comma parts them (its modifiers
    may hold prepositions), and the verb is no infinitive or participle."""
    toks = sentence.tokens
    return noun.j <= verb.i and sentence.same_clause(noun.i, verb.i) and toks[verb.i - 1].lower != "to" \
        and not toks[verb.i].lower.endswith("ing") and "," not in sentence.words(noun.j, verb.i)


def _incident_subject(sentence: Sentence, noun: Trigger, verb: Trigger) -> bool:
    """"Tuesday's bombing in Quetta was still being investigated": an event noun heading the
    subject of the passive verb (:func:`_subject_noun`), its phrase opened by no preposition
    ("a suspect in the bombing was questioned" names a person), names the incident looked
    into, not a party accused of it."""
    if not _subject_noun(sentence, noun, verb) or not any(w in BE_WORDS for w in sentence.words(noun.j, verb.i)):
        return False
    for word in reversed(sentence.words(noun.i - DAY_OWNED_MODIFIERS - 1, noun.i)):
        if word in PREPOSITIONS:
            return False
        if not (word.isalpha() or word == "'s") or word in SUBORDINATORS | {"as", "and"}:
            return True
    return True


def _shared_perfect(sentence: Sentence, k: int) -> int | None:
    """Where the participle of a perfect before the "and" at ``k`` stands when a participle
    after it shares that perfect's auxiliary ("has shut down two firms accused of funding the
    group and frozen their assets": "frozen" goes with "has shut", not with what lies between),
    or None. The perfect's verb is the conjunct's partner, and no content before the "and"
    takes it."""
    toks, tense = sentence.tokens, load_time_lexicon().tense
    n = k + 1
    while n < len(toks) and (toks[n].lower in ADVERB_GAP or toks[n].lower.endswith("ly")):
        n += 1
    if toks[k].lower != "and" or n >= len(toks) or not is_past_form(toks[n].lower, tense) \
            or toks[n].lower in HAVE_FINITE | {"been"}:
        return None
    for m in range(k - 1, 0, -1):
        if toks[m].text in {";", ":"} or toks[m].lower in HAVE_FINITE | BE_WORDS and toks[m].lower not in PERFECT_AUX:
            return None
        if toks[m].lower in PERFECT_AUX:
            v = m + 1
            while v < k and (toks[v].lower in ADVERB_GAP or toks[v].lower.endswith("ly")):
                v += 1
            return v if v < k and is_past_form(toks[v].lower, tense) and toks[v].lower != "been" else None
    return None


def _conjunct_start(sentence: Sentence, trig: Trigger) -> int:
    """Where the conjunct of a verb that shares a perfect's auxiliary starts (its "and"), 0 for
    any other trigger: a hedge before it ("firms suspected of funding the group and frozen
    their assets") is on what lies between, not on the conjunct."""
    if not _coordinated_verb(sentence, trig):
        return 0
    conjunction = next(k for k in range(trig.i - 1, -1, -1) if sentence.tokens[k].lower == "and")
    return conjunction if _shared_perfect(sentence, conjunction) is not None else 0


def _perfect_subject(sentence: Sentence, groups: list[Group], trig: Trigger) -> Group | None:
    """The party right before the auxiliary a verb after "and" shares (see :func:`_shared_perfect`)."""
    conjunction = _conjunct_start(sentence, trig)
    if not conjunction:
        return None
    toks = sentence.tokens
    verb = _shared_perfect(sentence, conjunction)
    assert verb is not None
    aux = verb - 1
    while aux > 0 and toks[aux].lower not in PERFECT_AUX:
        aux -= 1
    return next((g for g in groups if g.last == aux), None)


def _owned_conjunct(sentence: Sentence, found: list[Trigger], k: int) -> bool:
    """Whether the word at ``k`` follows "and" right after an event noun a possessive owns,
    a modifier at most between ("the coalition's air raids and blockade", "their raids and
    siege"): a second noun of that owner, no verb with a subject of its own."""
    toks = sentence.tokens
    last = found[-1] if found else None
    if last is None or last.entry.pos != "noun" or last.j != k - 1 or toks[k - 1].lower != "and":
        return False
    first = last.i - 1 if last.i > 1 and toks[last.i - 1].lower.isalpha() and not toks[last.i - 1].cap else last.i
    return first > 0 and toks[first - 1].lower in POSSESSIVES | {"'s", "'"}


def _coordinated_verb(sentence: Sentence, trig: Trigger) -> bool:
    """A verb right after "and" (adverbs, a perfect's or a modal's auxiliary skipped: "will
    withdraw its troops and has recalled its ambassador"): its subject is the previous verb's."""
    if trig.entry.pos != "verb":
        return False
    toks = sentence.tokens
    k = trig.i - 1
    while k >= 0 and (toks[k].lower in ADVERB_GAP | ACTIVE_AUXILIARIES or toks[k].lower.endswith("ly")):
        k -= 1
    return k >= 0 and toks[k].lower == "and"


def _coordinated_partner(sentence: Sentence, trig: Trigger, out: list[Event],
                         reporting: frozenset[str]) -> Event | None:
    """The event of the verb that a verb after "and" is coordinated with: the last one before
    it of the same form, so that "arrested six suspects ... over their involvement in
    launching rockets, and seized a launcher" pairs "seized" with "arrested", not with the
    gerund between them; else the last one before it. ``out`` holds verb events only: an
    event noun between ("condemned the detention of ... by X and demanded") is no verb to
    share, nor is a verb of a relative clause the verb after "and" is not in ("froze the
    assets of a company it said had channelled funds to the Houthis, and barred"). An
    infinitive between ("will support a resolution that aims to tighten sanctions and impose
    a blockade") is the verb "and" joins, whose subject is not the partner's."""
    if not _coordinated_verb(sentence, trig):
        return None
    gerund = sentence.tokens[trig.i].lower.endswith("ing")
    own = _relative_opening(sentence, trig.i, reporting)
    before = [e for e in out if e.trigger.end <= sentence.tokens[trig.i].start
              and _relative_opening(sentence, sentence.index_at(e.trigger.start), reporting) in (None, own)]
    partner = next((e for e in reversed(before) if e.trigger.text.split()[0].lower().endswith("ing") == gerund),
                   before[-1] if before else None)
    conjunction = _conjunct_start(sentence, trig)  # "has shut down X ... and frozen": the perfect's verb
    if conjunction:
        shared = _shared_perfect(sentence, conjunction)
        partner = next((e for e in before if sentence.index_at(e.trigger.start) == shared), partner)
    if partner is None:
        return None
    toks, first = sentence.tokens, sentence.index_at(partner.trigger.start)
    if toks[trig.i - 1].lower in ACTIVE_AUXILIARIES and first > 0 and toks[first - 1].lower in BE_WORDS:
        return None  # "has been indicted by the court and will resign": the passive's subject resigns
    after = sentence.index_before(partner.trigger.end)
    # "accused police of torturing detainees to extract confessions, and urged": a past form
    # after ", and" joins no infinitive
    finite = toks[trig.i - 2].text == "," and _verb_form(toks[trig.i].lower) == "past"
    return None if not finite and any(_infinitive(sentence, k) for k in range(after, trig.i)) else partner


#: Words of an "of" phrase naming traded goods ("imports of Turkish steel and cement", "imports
#: of iron, steel and gold coins").
GOODS_WORDS = 7


def _origin_of_goods(sentence: Sentence, trig: Trigger, reader: PatternRoles,
                     places: list[Mention]) -> ActorRef | None:
    """The country word of the goods a measure on trade names, before the trade noun
    ("a ban on Turkish steel imports") or in its "of" phrase ("a ban on imports of Turkish
    steel"), or the country they come from ("banned imports of iron and steel from South
    Africa"): whose trade the measure stops, when no party is named. Not a country word before
    a preposition on the way to the trade noun: "barring American persons from any dealings"
    names who is barred, not whose goods."""
    toks = sentence.tokens
    dealings = reader.classes.get("dealings", frozenset())
    noun = next((n for n in range(trig.after, min(len(toks), trig.after + GOVERNED_WINDOW))
                 if toks[n].lower in dealings), None)
    if noun is None or reader.resolver is None:
        return None
    start = max((n + 1 for n in range(trig.after, noun) if toks[n].lower in PREPOSITIONS), default=trig.after)
    end = noun + 1
    if end < len(toks) and toks[end].lower == "of":
        end += 1
        while end < min(len(toks), noun + 2 + GOODS_WORDS) and (toks[end].lower.replace("-", "").isalpha()
                                                                 or toks[end].text == ",") \
                and toks[end].lower not in PREPOSITIONS:
            end += 1
    if end < len(toks) and toks[end].lower == "from":  # "banned imports of iron and steel from South Africa"
        first = end + 2 if end + 1 < len(toks) and toks[end + 1].lower == "the" else end + 1
        country = next((m for m in places if first < len(toks) and m.start == toks[first].start
                        and m.place is not None and m.place.feature == "country"), None)
        if country is not None:
            return _state_of(country, "place: the country traded goods come from")
    return country_word(sentence, start, end, reader.resolver)


def _reporting_partner(sentence: Sentence, trig: Trigger, partner: Event, cues: list[Cue]) -> Cue | None:
    """The report a verbal act after ", and" goes on with when its partner stands in that
    report's "that" clause: in "the ministry said that Israel was holding up relief, and described the
    practice as a crime" the comma closes the clause, and "described" has the past form of
    "said", not the clause's progressive, perfect or passive verb, so the ministry describes."""
    toks = sentence.tokens
    k = trig.i - 1
    while k >= 0 and (toks[k].lower in ADVERB_GAP or toks[k].lower.endswith("ly")):
        k -= 1
    p = sentence.index_at(partner.trigger.start)
    if k < 1 or toks[k - 1].text != "," or _verb_form(toks[trig.i].lower) != "past" \
            or _verb_form(toks[p].lower) == "past" and toks[p - 1].lower not in SUBJECT_AUXILIARIES:
        return None
    return next((c for c in reporting_that(sentence, p, cues, ADJUNCT_BEFORE_THAT)
                 if not toks[c.first].lower.endswith(("s", "ing"))), None)  # "said", "told": no present


#: Closing quotation marks, single ones included ("calling the step 'a moral failure' that").
CLOSING_QUOTES = frozenset({'"', "”", "'", "’"})


def _standing_condition(sentence: Sentence, trig: Trigger) -> str | None:
    """A verb in the simple present in a "while" clause after a past or conditional main
    clause ("said the party would not hand over its weapons while Israel occupies Lebanese
    land") states a lasting condition the speaker gives as a reason, not something done that
    day. A headline's present ("Israel pounds Gaza while Hamas fires rockets") reports acts,
    and a plural noun opening the clause is its subject ("while clashes broke out")."""
    toks = sentence.tokens
    word = toks[trig.i].lower
    start = sentence.clause_start(trig.i)
    if trig.entry.pos != "verb" or not s_form(word) or toks[start].lower != "while" \
            or trig.i < start + 2 or toks[trig.i - 1].lower in DETERMINERS \
            or not any(_verb_form(t.lower) == "past" or t.lower in {"would", "will"} for t in toks[:start]):
        return None
    return "a lasting condition in a 'while' clause"


#: How many words before "whereby" the accord or arrangement whose terms it opens may stand
#: ("a deal signed in Hasakah late on Wednesday whereby").
TERMS_REACH = 8


def _accord_term(sentence: Sentence, trig: Trigger, lexicon: EventLexicon) -> str | None:
    """An act in a clause opened by "whereby" after an accord or arrangement ("renewed the
    arrangement whereby Iraq supplies the refinery with crude", "a deal whereby engineers of
    both sides run the dam") is a term the parties bound themselves to, told as what the
    accord says, not an act of the day. The clause ends at its comma. (A clause opened by
    "which", as "under which", is no news of its own already.) So is an -ing participle right
    after such a noun that opens its own object ("concluded a contract extending Algerian gas
    supplies by a decade"), unlike a compound noun ("an accord signing ceremony")."""
    toks = sentence.tokens
    if toks[trig.i].lower.endswith("ing") and 0 < trig.i and trig.j < len(toks) \
            and _terms_noun(toks[trig.i - 1].lower, lexicon) \
            and (toks[trig.j].cap or toks[trig.j].lower in NOUN_DETERMINERS or toks[trig.j].lower.isdigit()):
        return "an -ing participle right after an accord or arrangement: a term of it"
    start = sentence.clause_start(trig.i)
    if toks[start].lower != "whereby" or any(t in {",", ";"} for t in sentence.words(start, trig.i)):
        return None
    if not any(_terms_noun(toks[m].lower, lexicon) for m in range(max(0, start - TERMS_REACH), start)):
        return None
    return "a term of the accord the 'whereby' clause sets out"


#: Modifiers between the "of" after a wrong and the accord it names ("in breach of the
#: EU-brokered 2008 ceasefire accord").
CITED_MODIFIERS = 4


def _cited_accord(sentence: Sentence, trig: Trigger, lexicon: EventLexicon) -> str | None:
    """An accord, a truce or an embargo named after "of" a wrong done to it ("calling the
    fences a creeping annexation in breach of the EU-brokered ceasefire accord", "a violation
    of the truce", "in breach of a U.N. arms embargo") is the standing accord or measure a
    party is said to break, cited as a yardstick: no accord made, truce declared nor embargo
    imposed that day. Its own words, when its noun heads a compound ("the
    ceasefire accord"), count as the accord's."""
    toks = sentence.tokens
    if trig.entry.pos != "noun" or not (lexicon.in_class(toks[trig.i].lower, "accords")
                                        or lexicon.in_class(toks[trig.i].lower, "sanction_measures")):
        return None
    for m in range(trig.i - 1, max(-1, trig.i - CITED_MODIFIERS - 2), -1):
        word = toks[m].lower
        if word == "of":
            return "an accord or a measure cited after a wrong done to it ('in breach of the ceasefire')" \
                if m > 0 and lexicon.in_class(toks[m - 1].lower, "wrongs") else None
        if not (word.replace("-", "").replace("'", "").replace(".", "").isalnum() or word == "'s"):
            return None  # "of a U.N. arms embargo": an abbreviation is a modifier word
    return None


def _resumed_aside(sentence: Sentence, trig: Trigger) -> bool:
    """Whether the past participle at ``trig`` opens an aside after the subject's comma that a
    later past verb resumes after ("Pakistan's army, criticised for its slow response to the
    floods, deployed helicopters"): what the aside says of the subject is background."""
    toks = sentence.tokens
    return trig.i > 1 and toks[trig.i - 1].text == "," and is_past_form(toks[trig.i].lower, load_time_lexicon().tense) \
        and _resuming_verb(sentence, trig.i - 1, trig.j + 1) is not None


def _resumed_after(sentence: Sentence, k: int) -> int | None:
    """The past verb that the party before a relative aside opening at token ``k`` (its
    pronoun, after a comma) resumes with past the aside's closing comma ("Kenyan troops, who
    crossed the border at the weekend, withdrew"); None for no such aside."""
    toks = sentence.tokens
    if toks[k].lower not in RELATIVE_OPENERS or toks[k - 1].text != ",":
        return None
    return _resuming_verb(sentence, k - 1, k + 1)


def _resuming_verb(sentence: Sentence, comma: int, start: int) -> int | None:
    """The past verb, from token ``start`` on, that the party before the aside opening at
    ``comma`` resumes with after the aside's closing comma (:meth:`Sentence.aside_opening`);
    None when no such verb follows within :data:`ASIDE_REACH` words."""
    toks = sentence.tokens
    return next((m for m in range(start, min(len(toks), comma + 1 + ASIDE_REACH))
                 if toks[m - 1].text == "," and sentence.aside_opening(m) == comma and sentence.resumes_after_aside(m)),
                None)


def _counted_toll(toks: list[Token], k: int) -> bool:
    """Whether the casualty word at ``k`` follows a bare count and "and" after a comma's clause
    ("..., 6 servicemen perishing and 9 wounded"): a toll told by numbers, no verb of its own."""
    return k > 1 and toks[k - 2].lower == "and" and (toks[k - 1].lower.replace(",", "").isdigit()
                                                     or toks[k - 1].lower in COUNT_WORDS)


def _commemorated(sentence: Sentence, k: int, lexicon: EventLexicon) -> str | None:
    """An act named at token ``k`` after "of" a noun of remembrance ("to mark the 50th
    anniversary of the atomic bombing of the city", "the anniversary of Operation Storm, the
    offensive that ended ...") is history a gathering recalls: no act of the day, nor is what
    a relative clause on it tells. Up to :data:`COMMEMORATED_WORDS` words may stand between
    "of" and the noun, and one comma before a determiner that opens an apposition to a name."""
    toks = sentence.tokens
    comma = None
    for m in range(k - 1, max(0, k - COMMEMORATED_WORDS - 1), -1):
        if toks[m].text == ",":
            if comma is not None or toks[m + 1].lower not in ARTICLES:
                return None
            comma = m
        elif toks[m].lower == "of" and lexicon.in_class(toks[m - 1].lower, "commemorations"):
            return "an act a remembrance recalls ('the anniversary of the bombing'): history"
        elif not (toks[m].lower.replace("-", "").replace("'", "").isalnum() or toks[m].text == "'s"):
            return None
    return None


#: The most words from a remembrance's "of" to the act it recalls ("of Operation Storm, the offensive",
#: "of the bomb and gun attacks in Oslo and on the island of Utoya that killed").
COMMEMORATED_WORDS = 14


def _told_act(sentence: Sentence, k: int, lexicon: EventLexicon) -> str | None:
    """An act named at token ``k`` as what a charge holds against someone ("stand trial in
    Paris for the killing of a gendarme", "a warrant that accuses him of the murder of
    Spanish citizens": class ``charges`` up to :data:`CHARGED_ACT_REACH` words before "for", "of"
    or "with"), or as what a work or a journalist's reporting tells ("their reporting on the
    killing of Rohingya", "whose novel recounts an Ottoman assault": classes ``works`` before
    "on", "about" or "of", ``narrations`` right before): alleged or told, no act of the day."""
    toks = sentence.tokens
    m = k - 1
    while m > 0 and k - m <= TOLD_MODIFIERS and toks[m].lower not in PREPOSITIONS \
            and (toks[m].lower.replace("-", "").replace(".", "").isalnum() or toks[m].text == "'s"):
        if lexicon.in_class(toks[m].lower, "narrations"):
            return "what a work tells ('the novel recounts an assault'): no act of the day"
        m -= 1
    if m < 1:
        return None
    charge = next((n for n in range(m - 1, max(-1, m - 1 - CHARGED_ACT_REACH), -1)
                   if toks[n].text == "," or lexicon.in_class(toks[n].lower, "charges")), None)
    if toks[m].lower in {"for", "of", "with"} and charge is not None and toks[charge].text != ",":
        return f"the act a charge names ({toks[charge].text!r} ... {toks[m].text!r}): alleged, no act of the day"
    if toks[m].lower in {"on", "about", "of"} and lexicon.in_class(toks[m - 1].lower, "works"):
        return f"what {toks[m - 1].text!r} tells of: no act of the day"
    return None


#: Words of the act's modifiers between a charge's preposition and its noun ("for the brutal killing").
TOLD_MODIFIERS = 4
#: Words from a charge to the preposition of its act: the accused or a place ("accuses him of",
#: "stand trial in Paris for").
CHARGED_ACT_REACH = 3


def _terms_noun(word: str, lexicon: EventLexicon) -> bool:
    """Whether ``word`` names an accord or arrangement, whose terms the words after it set out."""
    return lexicon.in_class(word, "accords") or lexicon.in_class(word, "arrangements")


#: Words of modifiers before a plural demand noun ("between armed factions and heavy American demands").
PRESSURE_MODIFIERS = 3
#: Words back from the "and" of a pair to its "between" ("between Iran-aligned factions and").
PAIR_REACH = 8


def _standing_pressure(sentence: Sentence, trig: Trigger, lexicon: EventLexicon) -> str | None:
    """A plural demand noun after a preposition of the ``pressure_settings`` class ("boxed in
    between armed factions and American demands", "acted under Western demands") names a
    pressure that stands on a party, not a demand made that day."""
    toks = sentence.tokens
    if trig.entry.pos != "noun" or trig.entry.type != "REQUEST" or not s_form(toks[trig.j - 1].lower):
        return None
    k = next((m for m in range(trig.i - 1, max(-1, trig.i - PRESSURE_MODIFIERS - 2), -1)
              if toks[m].lower in PREPOSITIONS | {"and", ","} or lexicon.in_class(toks[m].lower, "pressure_settings")),
             None)
    if k is None:
        return None
    word = toks[k].lower
    if word == "and":
        word = next((toks[m].lower for m in range(k - 1, max(-1, k - PAIR_REACH), -1)
                     if toks[m].lower == "between" and sentence.same_clause(m, k)), word)
    if not lexicon.in_class(word, "pressure_settings"):
        return None
    return f"a plural demand after {word!r}: a standing pressure"


#: Modifiers between a possessive and the demand it owns ("its long-standing demand").
HELD_DEMAND_MODIFIERS = 2


def _held_demand(sentence: Sentence, trig: Trigger, lexicon: EventLexicon) -> str | None:
    """A party's own demand after a phrase of holding on to it (``demand_holding``: "sticking to
    its demand for a 50 percent raise", "stood by their call for") is one it made before and
    keeps, no demand made that day."""
    toks = sentence.tokens
    if trig.type != "REQUEST":  # a noun, even read as a verb after a modifier ("its long-standing demand")
        return None
    owner = next((m for m in range(trig.i - 1, max(-1, trig.i - 2 - HELD_DEMAND_MODIFIERS), -1)
                  if toks[m].lower in POSSESSIVES | {"her"}), None)
    if owner is None or not all(t.lower.replace("-", "").isalpha() for t in toks[owner + 1:trig.i]):
        return None
    held = lexicon.classes.get("demand_holding", frozenset())
    phrase = next((p for p in held if owner >= len(p.split()) and sentence.match(owner - len(p.split()),
                                                                                  tuple(p.split()))), None)
    return None if phrase is None else f"a demand the party holds to ({phrase!r} its demand): made before"


#: Words between "what" and the verb of a free relative ("what the ministry termed").
FREE_RELATIVE = 4


def _characterising(sentence: Sentence, trig: Trigger) -> str | None:
    """A relative clause on quoted words ("calling the step 'a moral failure' that rewards
    terror and ignores attacks") is the speaker's characterisation of what was done; so is a
    judging verb in a free relative naming a reason ("expelled the staff over what it termed 'violations of
    neutrality'"): the name given is the ground of the act reported, not an act of its own; and
    so is one in a relative clause on an apposition that names the act again ("dispatched a carrier,
    a deployment Iranian officials described as provocative"): others' view of the news."""
    toks = sentence.tokens
    judging = trig.entry.pos == "verb" and trig.entry.type == "ACCUSE"
    if judging and any(toks[k].lower == "what" for k in range(max(0, trig.i - FREE_RELATIVE), trig.i)):
        return "a free relative ('what it termed') naming the reason of another act"
    comma = next((k for k in range(trig.i - 1, max(-1, trig.i - ASIDE_WORDS), -1) if toks[k].text == ","), None)
    if judging and comma is not None and comma + 2 < trig.i \
            and toks[comma + 1].lower in INDEFINITES \
            and not set(sentence.words(comma, trig.i)) & (BE_WORDS | ANCHOR_PREPS | HAVE_FINITE):
        # "dispatched a carrier, a deployment Iranian officials described as provocative"
        return "a relative clause on an apposition naming the act again: what others made of it"
    start = sentence.clause_start(trig.i)
    if start < 1 or sentence.tokens[start].lower not in RELATIVES \
            or sentence.tokens[start - 1].text not in CLOSING_QUOTES:
        return None
    return "a relative clause on a quoted characterisation"


def _restated(sentence: Sentence, trig: Trigger, out: list[Event]) -> Event | None:
    """The event an event noun heading an apposition to the clause before it names again:
    "Sudan pointed the finger at Chad for ..., an accusation that the Chadian government
    called fabricated" is one accusation, and the relative clause on it says what others made
    of it (Chad is the accused, not an accuser); "met Sisi in Cairo on Wednesday, his third
    visit this year", "..., the second such raid this month" count that meeting or raid
    among others, no second one. So does a noun in a manner phrase after the clause ("said any
    warship would become a target, in a televised threat aimed at ...": how that threat was made)."""
    toks = sentence.tokens
    if trig.entry.pos != "noun":
        return None
    k = trig.i - 1
    while k > 0 and trig.i - k <= APPOSITION_WORDS and toks[k].lower in APPOSITION_MODIFIERS:
        k -= 1
    if not (toks[k].text == "," and k < trig.i - 1 and toks[k + 1].lower in APPOSITION_OPENERS
            or _manner_phrase(toks, trig.i)):
        return None
    return next((e for e in out if e.type == trig.type and e.trigger.end <= toks[trig.i].start), None)


def _manner_phrase(toks: list[Token], i: int) -> bool:
    """Whether the noun at ``i`` heads ", in a <modifiers> noun" ("..., in a televised threat"):
    the phrase after a clause that says how its act was made, with a few lower-case modifiers."""
    k = i - 1
    while k > 0 and i - k <= APPOSITION_WORDS and toks[k].text.isalpha() and toks[k].text.islower() \
            and toks[k].lower not in APPOSITION_OPENERS:
        k -= 1
    return k >= 2 and toks[k].lower in APPOSITION_OPENERS and toks[k - 1].lower == "in" and toks[k - 2].text == ","


def _placed_as_before(event: Event, earlier: list[Event]) -> None:
    """Give a party of no country the country that an earlier event of the same sentence gave
    the same words ("arrested 12 students in Nairobi and charged them": the students the arrest
    placed in Kenya are those charged, though the charge itself has no place)."""
    known = {(r.start, r.end): r for e in earlier for r in e.actors + e.recipients if r.country}
    event.actors = [r if r.country else known.get((r.start, r.end), r) for r in event.actors]
    event.recipients = [r if r.country else known.get((r.start, r.end), r) for r in event.recipients]


#: Words from "in" to a noun that names how an act before it was done ("in a dawn swoop").
MANNER_WORDS = 4


def _told_again(sentence: Sentence, trig: Trigger, event: Event, out: list[Event]) -> str | None:
    """Why the trigger tells an act the sentence has told already, if it does: the kind of an
    act before it (:func:`_manner_of`), an apposition ranking the news
    (:func:`_ordinal_apposition`) or the cause a concession gave way to (:func:`_yielding_in`)."""
    manner = _manner_of(sentence, trig, event, out)
    if manner is not None:
        return f"the kind of act {manner.trigger.text!r} was ('arrested ... in a dawn swoop')"
    if _ordinal_apposition(sentence, trig, out):
        return "in an apposition that ranks the news among its like ('a visit, the first it has allowed in years')"
    yielded = _yielding_in(sentence, trig, out)
    if yielded is not None:
        return f"what {yielded.trigger.text!r} gave way to ('stepped down, bowing to protests')"
    return None


#: Words that rank an event among those like it in an apposition (", the first it has allowed").
# ("fourth" and "fifth" were written here, but a later definition of the name left them out for every user)
RANKS = frozenset({"first", "second", "third", "last", "only", "latest"})
#: Words from such an apposition's comma to its verb.
RANK_REACH = 5


def _ordinal_apposition(sentence: Sentence, trig: Trigger, out: list[Event]) -> bool:
    """Whether the trigger stands in an apposition after a comma that ranks the news's act
    among its like: a verb with a pronoun for its subject ("consented to a visit by the UN
    envoy, the first it has allowed in four years"), or the noun the rank qualifies after an
    act told before the comma ("began joint drills in the Andaman Sea, the largest naval
    exercise the two navies have held"): the act it tells is the news, counted again."""
    toks = sentence.tokens
    k = next((k for k in range(trig.i - 1, max(-1, trig.i - RANK_REACH - 1), -1) if toks[k].text == ","), None)
    if k is None or k + 2 >= len(toks) or toks[k + 1].lower != "the":
        return False
    rank = toks[k + 2].lower
    if trig.entry.pos == "verb":
        return rank in RANKS and k + 3 < trig.i and toks[k + 3].lower in PRONOUNS
    return (rank in RANKS or rank.endswith("est") and len(rank) > 4) \
        and all(t.lower.isalpha() and not t.cap for t in toks[k + 3:trig.i]) \
        and any(e.trigger.end <= toks[k].start for e in out)


def _conditions_dropped(sentence: Sentence, events: list[Event], conditionals: tuple[tuple[str, ...], ...],
                        trace: list[str] | None) -> list[Event]:
    """The sentence's events without those of a condition clause ("The Taliban would free a
    professor if Washington released three commanders", "Beijing will take countermeasures if
    Manila allows US forces ...", "... if Kenyan troops did not withdraw", negated as well),
    when an event stands outside it: the condition is what the
    news hinges on, no act of its own, as PLOVER's coders leave it. The clause runs from its
    opener ("if", "unless") to the next comma or the sentence's end."""
    toks = sentence.tokens
    spans = []
    for k in range(len(toks)):
        if any(sentence.match(k, words) for words in conditionals):
            end = next((n for n in range(k + 1, len(toks)) if toks[n].text in {",", ";"}), len(toks))
            spans.append((toks[k].start, toks[end - 1].end))
    inside = [e for e in events if e.modality in {"hypothetical", "negated"}  # "if troops did not withdraw"
              and any(a <= e.trigger.start < b for a, b in spans)]
    if not inside or len(inside) == len(events):
        return events
    for event in inside:
        _note(trace, f"{event.trigger.text!r}: in the condition another act hinges on, not coded")
    return [e for e in events if e not in inside]


def _yielding_in(sentence: Sentence, trig: Trigger, out: list[Event]) -> Event | None:
    """The act before a comma that a participle of giving way after it explains ("Romania's
    prime minister stepped down on Wednesday, bowing to street protests"): the act is the
    concession, and "bowing to" tells why; alone ("said the emergency would be lifted, bowing
    to protests") it is the concession itself."""
    toks = sentence.tokens
    if toks[trig.i].lower not in YIELDING or trig.i < 1 or toks[trig.i - 1].text != ",":
        return None
    return next((e for e in out if e.trigger.end <= toks[trig.i - 1].start and e.modality == "asserted"
                 and sentence.same_clause(sentence.index_at(e.trigger.start), trig.i - 2)), None)


def _manner_of(sentence: Sentence, trig: Trigger, event: Event, out: list[Event]) -> Event | None:
    """The act of the same type that a noun after "in a" in its clause tells the kind of
    ("Peruvian police arrested a commander and five couriers in a dawn swoop on a safe house",
    "expelled two envoys in a tit-for-tat move"): one act, told twice. Attacks keep their own
    rules, where a raid after "in" is the act and the verb its toll ("killed in an air raid")."""
    toks = sentence.tokens
    if event.type == "ASSAULT":
        return None
    k = next((k for k in range(trig.i - 1, max(-1, trig.i - MANNER_WORDS - 1), -1) if toks[k].lower == "in"), None)
    if k is None or toks[k + 1].lower not in {"a", "an"}:
        return None
    return next((e for e in out if e.type == event.type and e.trigger.end <= toks[k].start
                 and sentence.same_clause(sentence.index_at(e.trigger.start), k)), None)


def _pronoun_object(sentence: Sentence, trig: Trigger) -> bool:
    """Whether an object pronoun follows the trigger ("and charged them"): it stands for the
    people a verb before it acted on, as in :func:`_release_sequel`."""
    return trig.j < len(sentence.tokens) and sentence.tokens[trig.j].lower in OBJECT_PRONOUNS


def _release_sequel(sentence: Sentence, trig: Trigger, out: list[Event]) -> Event | None:
    """The release a permission verb goes on ("freed 32 fishermen and allowed them to sail
    home"): joined to it by "and", with a pronoun for the people freed as its object, it lets
    them go as part of that release, no concession of its own (and they are no actor of it)."""
    toks = sentence.tokens
    if trig.type != "CONCEDE" or trig.entry.pos != "verb" or trig.i < 1 or toks[trig.i - 1].lower != "and" \
            or not _pronoun_object(sentence, trig):
        return None
    return next((e for e in out if e.mode == "release" and e.trigger.end <= toks[trig.i].start), None)


#: Words that open what an accusation says was done ("accused Iraq of using gas", "charged that
#: troops had shelled", "blamed Libya for the bombing").
ALLEGATION_OPENERS = frozenset({"of", "that", "for"})


def _alleged_consequence(sentence: Sentence, accusation: Event, trig: Trigger) -> bool:
    """Whether the participle ``trig`` closes the content of ``accusation`` ("Iran accused Iraq
    of using chemical weapons on the front, killing hundreds of soldiers"): the killing is
    what the alleged act did, told as part of the allegation; the accuser does nothing of it."""
    if accusation.type != "ACCUSE":
        return False
    k = sentence.index_at(accusation.trigger.end)
    return bool(set(sentence.words(k, trig.i)) & ALLEGATION_OPENERS)


#: Words after an accusation's object that open the list of acts it alleges ("accused X of
#: crossing ..., burning ...", "blamed X for shelling ..., looting ...").
LISTED_ALLEGATIONS = frozenset({"of", "for"})
#: The most words from an accusation's "of" to the last act of its list ("accused X of crossing
#: the frontier at Y, burning crops and kidnapping farmers").
ALLEGED_LIST_WORDS = 16


def _allegation_of(sentence: Sentence, k: int, events: list[Event]) -> Event | None:
    """The accusation before it whose "of" or "for" list of acts the gerund at ``k`` goes on
    ("accusing Ethiopian troops of crossing the frontier, burning crops and kidnapping farmers",
    "reproached the army for pushing into farmland, looting harvests and torching camps"): the
    gerund follows a comma or the list's only "and", in the clause of the "of" or "for"."""
    toks = sentence.tokens
    if k == 0 or not toks[k].lower.endswith("ing") or toks[k - 1].lower not in {",", "and"}:
        return None
    accusation = next((e for e in reversed(events) if e.type == "ACCUSE" and e.trigger.end <= toks[k].start), None)
    if accusation is None or not accusation.recipients:
        return None
    start = sentence.index_at(accusation.trigger.end)
    of = next((n for n in range(start, k) if toks[n].lower in LISTED_ALLEGATIONS), None)
    if of is None or of + 1 >= k or not toks[of + 1].lower.endswith("ing") or k - of > ALLEGED_LIST_WORDS \
            or not sentence.same_clause(of, k) or "and" in sentence.words(of, k - 1) \
            or any(w in ALLEGATION_OPENERS - {toks[of].lower} for w in sentence.words(start, of)):
        return None
    return accusation


def _known_person_apart(ref: ActorRef, actors: list[ActorRef]) -> bool:
    """Whether ``ref`` is a person the KB knows who is none of ``actors`` but shares their
    state: a ruler held or removed by his state's army is no part of it."""
    return ref.type == "person" and bool(ref.actor_id) and all(
        a.actor_id != ref.actor_id and a.type != "person" for a in actors)


def _clause_head(sentence: Sentence, out: list[Event], trig: Trigger) -> Event:
    """The event whose subject a participle after a comma at ``trig`` shares: the sentence's
    first, or the first of a clause joined by ", and" or ", but" that the participle closes
    ("Soldiers seized the palace on Monday, and the president resigned on Tuesday, handing
    power to a military directorate": the president hands power, not the soldiers)."""
    toks = sentence.tokens
    joint = next((m for m in range(trig.i - 2, 1, -1) if toks[m].lower in ("and", "but")
                  and toks[m - 1].text == ","), None)
    if joint is not None and sentence.same_clause(joint, trig.i):
        joined = next((e for e in out if e.actors and toks[joint].end <= e.trigger.start < toks[trig.i].start), None)
        if joined is not None:
            return joined
    return out[0]


def _participle(sentence: Sentence, trig: Trigger) -> bool:
    """An "-ing" verb right after a comma: a clause whose subject is the sentence's."""
    return trig.entry.pos == "verb" and sentence.tokens[trig.i].lower.endswith("ing") \
        and trig.i > 0 and sentence.tokens[trig.i - 1].lower == ","


def _charge_span(sentence: Sentence, trig: Trigger) -> tuple[int, int] | None:
    """The characters of what an accusation holds its target did, a gerund after "of" or "for"
    up to the clause's end ("accused the militias of shelling army posts on Sunday night"):
    a time there dates that deed, not the accusation; None without one."""
    toks = sentence.tokens
    for k in range(trig.j, min(len(toks) - 1, trig.j + CHARGE_REACH)):
        if toks[k].text in {",", ";", ":"}:
            return None
        if toks[k].lower in CHARGE_PREPOSITIONS and _verb_form(toks[k + 1].lower) == "ing":
            end = next((t.start for t in toks[k:] if t.text in {",", ";", ":"}), sentence.end)
            return toks[k].start, end
    return None


def _content_start(sentence: Sentence, j: int) -> int:
    """Where the content of a governing verb starts: after a "that" close behind it
    ("demanded on Friday that the United States ..."), else right after the verb."""
    toks = sentence.tokens
    for k in range(j, min(len(toks), j + 4)):
        if toks[k].lower == "that":
            return k + 1
        if toks[k].lower in {",", ";", "to"}:
            break
    return j


#: Words before "have" that make it a modal perfect ("may have struck"): a guess, no tense.
MODAL_PERFECT = frozenset({"may", "might", "must", "could", "would", "should", "to", "will"})
#: Words before a verb's base form that make it no simple present ("to target", "will hit",
#: "did not reject"), or a noun ("the target").
NOT_PRESENT = frozenset({"to", "will", "would", "can", "could", "may", "might", "must", "shall", "should",
                         "do", "does", "did", "let", "'ll", "'d", "has", "have", "had"}) | DETERMINERS
#: The auxiliary of a present perfect.
PERFECT_AUX = frozenset({"has", "have", "'ve"})


#: Forms of "have", which before a past participle are its auxiliary.
HAVE_FORMS = HAVE_FINITE | {"having"}


def _auxiliary(sentence: Sentence, i: int, entry: Entry) -> bool:
    """Whether a verb entry matched at a form of "have" (token ``i``: "have * @meetings") is
    only the auxiliary of the participle after it ("Britain had requested the meeting",
    "has held talks": the words after it may hold the trigger)."""
    toks = sentence.tokens
    if entry.pos != "verb" or toks[i].lower not in HAVE_FORMS:
        return False
    k = i + 1
    while k < len(toks) and (toks[k].lower in ADVERB_GAP or toks[k].lower.endswith("ly")):
        k += 1
    return k < len(toks) and (_verb_form(toks[k].lower) == "past" or toks[k].lower == "been")


def _perfect(sentence: Sentence, trig: Trigger) -> int | None:
    """Where the auxiliary stands if the trigger's act is told in the present perfect: a
    verb after "has" or "have" (adverbs and "been" between: "has long complained", "have been killed"), or a
    noun that is the object or the subject of one ("has carried out repeated air strikes",
    "attacks on ships have slashed revenues"). "had" (a past perfect dates an act of the
    day in reported speech) and a modal perfect ("may have struck") are not."""
    toks = sentence.tokens

    def aux(k: int) -> bool:
        return toks[k].lower in PERFECT_AUX and not (k > 0 and toks[k - 1].lower in MODAL_PERFECT) \
            and not (k + 1 < len(toks) and toks[k + 1].lower == "to")

    k = trig.i - 1
    while k >= 0 and (toks[k].lower in ADVERB_GAP | {"been", "long"} or toks[k].lower.endswith("ly")):
        k -= 1
    if k >= 0 and aux(k):
        return k
    if trig.entry.pos != "noun":
        return None
    return next((m for m in [*range(max(0, trig.i - 5), trig.i - 1), *range(trig.j, min(len(toks) - 1, trig.j + 5))]
                 if sentence.same_clause(m, trig.i) and aux(m) and _verb_form(toks[m + 1].lower) == "past"), None)


def _simple_present(sentence: Sentence, trig: Trigger) -> int | None:
    """Where the verb group begins (adverbs before it included) if a verb trigger stands in
    the simple present ("Egypt hosts 1.2 million", "they target vessels", "routinely beat
    detainees"): its base or "-s" form after a subject, not after "to", a modal or an
    auxiliary; a form the past shares ("hit", "cut") says nothing."""
    toks = sentence.tokens
    word = toks[trig.i].lower
    if trig.entry.pos != "verb" or word in IRREGULAR_PAST or word not in verb_forms(trig.entry.key.split()[0])[:2]:
        return None
    k = trig.i - 1
    while k >= 0 and (toks[k].lower in ADVERB_GAP or toks[k].lower.endswith("ly")):
        k -= 1
    present = k >= 0 and toks[k].lower not in NOT_PRESENT and toks[k].text not in {",", ";", ":", "(", "-"} \
        and not (k > 0 and toks[k - 1].lower in DETERMINERS - {"the"})  # "its full support for": a noun
    return k + 1 if present else None


#: Words after a counted plural event noun that make it a tally over a period ("more than
#: 30 drone strikes since mid-December", "dozens of raids so far this year").
TALLY_PERIODS = (("since",), ("so", "far"), ("over", "the", "past"), ("in", "the", "past"), ("this", "year"))
#: Periods of a year or more after a toll that sum it up ("killed 45,000 people last year").
YEARLY_PERIODS = TALLY_PERIODS + (("last", "year"), ("a", "year"), ("per", "year"), ("each", "year"),
                                  ("every", "year"), ("annually",), ("in", "the", "year"))


def _yearly_toll(sentence: Sentence, trig: Trigger) -> bool:
    """Whether the verb at ``trig`` counts deaths over a year or more, its object a count and
    the period in its stretch of the clause ("Armed violence killed an estimated 45,000 people
    in Brazil last year"): a statistic of many acts, each of its own day, none of them this one."""
    toks = sentence.tokens
    if trig.entry.pos != "verb" or not any(t.lower.replace(",", "").isdigit() for t in toks[trig.j:trig.j + 3]):
        return False  # "the sixth reporter killed in Mexico this year": the news's victim, no count
    for k in range(trig.j, len(toks)):
        thousands = toks[k].text == "," and toks[k - 1].lower.isdigit() and k + 1 < len(toks) \
            and toks[k + 1].lower.isdigit()  # "45,000"
        if not sentence.same_clause(trig.i, k) or toks[k].text in {",", ";"} and not thousands:
            return False
        if any(sentence.match(k, words) for words in YEARLY_PERIODS):
            return True
    return False


#: Spans longer than a day that sum up the events after "of" ("weeks of strikes"); "days of
#: talks" may be one round, the news itself.
LONG_SPANS = frozenset({"weeks", "months", "years", "decades"})
SPAN_OF_REACH = 5  # words from the span to the event noun: "weeks of strikes and street protests"
#: Spans of years that, hyphened to "long" before an event noun, make it years of acts ("a
#: decade-long offensive"); "a week-long strike" may be the news itself.
YEARS_LONG = frozenset({"decade", "decades", "years"})
#: Counts before an event noun that say "several": a number above one or a vague multitude.
MULTITUDES = frozenset({"dozen", "dozens", "hundreds", "scores", "several", "numerous", "thousands"})


def _counted_plural(toks: list, k: int, lexicon: EventLexicon) -> bool:
    """"1,526 convicts", "175,000 pounds", "two strikes", "four laser-guided bombs": an "-s" form
    after a count above one, hyphenated modifiers between, is a plural noun; a verb in "-s"
    agrees with one subject."""
    if k == 0 or not toks[k].lower.endswith("s"):
        return False
    m = k - 1
    while m > 0 and k - m <= COUNTED_MODIFIERS and "-" in toks[m].lower and toks[m].lower.replace("-", "").isalpha():
        m -= 1  # "four laser-guided bombs", "two long-range strikes"
    thousands = m >= 2 and toks[m].lower.isdigit() and toks[m - 1].text == "," and toks[m - 2].lower.isdigit()
    return thousands or _counted(toks[m].lower, lexicon)  # "175,000 pounds": the figure's last group


#: Plural nouns without an "-s" ("two wounded children").
IRREGULAR_PLURALS = frozenset({"children", "people", "men", "women", "police", "personnel", "staff", "youth"})


def _counted_participle(toks: list, k: int, lexicon: EventLexicon) -> bool:
    """"released 153 captured fighters", "two wounded soldiers": an "-ed" form between a count
    and a plural noun modifies the noun it counts (who were taken earlier), no verb; a year
    is no count ("in 2019 killed"). A modifier or two of the noun may stand between ("38
    jailed pro-democracy activists")."""
    if not (0 < k < len(toks) - 1 and toks[k].lower.endswith("ed")):
        return False
    count = toks[k - 1].lower
    year = count.isdigit() and len(count) == 4
    if not _counted(count, lexicon) or year:
        return False
    for m in range(k + 1, min(len(toks), k + 2 + COUNTED_MODIFIERS)):
        head = toks[m].lower
        if not head.replace("-", "").isalpha() or head in BE_FORMS | PRONOUNS | PREPOSITIONS | DETERMINERS:
            return False
        if head.isalpha() and head.endswith("s") or head in IRREGULAR_PLURALS:
            return True
        if toks[m].cap and not (m + 1 < len(toks) and toks[m + 1].lower.isalpha() and not toks[m + 1].cap):
            return False  # a demonym may qualify the noun ("30 wounded Bosnian children")
    return False


#: Modifiers between a counted participle and the plural noun it describes ("38 jailed pro-democracy activists",
#: "four promised IRIS-T air defence systems").
COUNTED_MODIFIERS = 3


def _counted(word: str, lexicon: EventLexicon) -> bool:
    """Whether ``word`` counts more than one ("30", "dozens", "five")."""
    if word.isdigit():
        return int(word) > 1
    return word in MULTITUDES or lexicon.number_words.get(word, 0) > 1


def _idiom(sentence: Sentence, trig: Trigger) -> bool:
    """"would be met with punishment": a passive "meet ... with" is a reaction."""
    toks = sentence.tokens
    return trig.entry.key == "meet" and trig.i > 0 and toks[trig.i - 1].lower in BE_FORMS \
        and trig.j < len(toks) and toks[trig.j].lower == "with"


def _relative_verb(sentence: Sentence, trig: Trigger) -> bool:
    """An event noun right before a relative pronoun and a past verb ("an attack that set a
    cargo ship ablaze", "strikes which hit a school"): the clause tells what the event did,
    so the verb's object is whom it struck."""
    toks = sentence.tokens
    if trig.entry.pos != "noun" or trig.agent is not None or trig.j + 2 >= len(toks) \
            or toks[trig.j].lower not in RELATIVES - {"who"}:
        return False
    return _past_form(toks[trig.j + 1].lower)


def _relative_agent(sentence: Sentence, groups: list[Group], trig: Trigger) -> Group | None:
    """"the sanctions that the EU imposed", "the raid which Israel carried out": an event
    noun (not a content noun such as "accusation that") followed by a relative clause whose
    subject is an actor and whose verb follows it: the act happened, by that actor."""
    toks = sentence.tokens
    if trig.entry.pos != "noun" or trig.entry.complement or trig.j >= len(toks) \
            or toks[trig.j].lower not in RELATIVES:
        return None
    group = next((g for g in groups if trig.j < g.first <= trig.j + 2), None)
    if group is None or group.last >= len(toks):
        return None
    verb = toks[group.last].lower
    return group if verb.isalpha() and verb not in PREPOSITIONS | BE_FORMS | {"and", "or", "has", "have", "had"} \
        and _past_form(verb) else None


def _agent_before_object(sentence: Sentence, groups: list[Group], trig: Trigger) -> Group | None:
    """"the release by Libya's coast guard of 12 fishermen": an act noun whose "by" agent comes
    before its "of" object. The agent does the act; what it is done to is read past the agent
    (see ``_event``), not in the words right after the noun."""
    toks = sentence.tokens
    if trig.entry.pos != "noun" or trig.j + 1 >= len(toks) or toks[trig.j].lower != "by":
        return None
    group = next((g for g in groups if g.first == trig.j + 1), None)
    return group if group is not None and group.last < len(toks) and toks[group.last].lower == "of" else None


def _contact_agent(sentence: Sentence, groups: list[Group], trig: Trigger) -> Group | None:
    """"condemned the punitive steps the US Treasury took against": a judged act noun followed
    by a relative clause with no relative word, a party and its past verb: who did the act."""
    toks = sentence.tokens
    first = trig.j + 1 if trig.j < len(toks) and toks[trig.j].lower in DETERMINERS else trig.j
    group = next((g for g in groups if g.first in (trig.j, first)), None)
    if group is None or group.last >= len(toks):
        return None
    verb = toks[group.last].lower
    return group if verb.isalpha() and verb not in BE_FORMS | HAVE_FINITE | ED_NON_VERBS and _past_form(verb) else None


def _reduced_relative(sentence: Sentence, groups: list[Group], trig: Trigger) -> bool:
    """Whether the verb trigger is a past participle with its own "by" agent right after a
    common noun ("welcomed the declaration signed by X"): a reduced relative clause on that
    noun, not the passive of the clause's subject ("the accord was signed by X")."""
    toks = sentence.tokens
    if trig.entry.pos != "verb" or trig.i == 0 or trig.j >= len(toks) or toks[trig.j].lower != "by" \
            or not _past_form(toks[trig.i].lower):
        return False
    noun = toks[trig.i - 1]
    return noun.lower.isalpha() and not noun.cap and not noun.lower.endswith("ly") \
        and noun.lower not in BE_FORMS | HAVE_FINITE | ADVERB_GAP | PASSIVE_ADVERBS | PREPOSITIONS | DETERMINERS \
        | {"and", "or", "been"} and not any(g.first <= trig.i - 1 < g.last for g in groups)


#: Types of a measure lifted or eased ("lifted the sanctions", "rolled back the restrictions").
LIFTING = frozenset({"RETREAT", "CONCEDE"})


def _relative_target(sentence: Sentence, groups: list[Group], trig: Trigger, lexicon: EventLexicon) -> Group | None:
    """Whom a measure lifted was imposed on, named in a relative clause on the trigger's object
    ("lifted the sanctions it had imposed on X", "the restrictions that were placed on X"): the
    party the lifting relieves. The trigger's key must end in its object ("lift * sanctions")."""
    toks = sentence.tokens
    if trig.entry.pos != "verb" or trig.entry.key.count(GAP) != 1:
        return None
    end = next((e for p in lexicon.candidates(toks[trig.i].lower) if p.entry is trig.entry
                and (e := _match_rest(sentence, trig.i + 1, p, lexicon)) is not None), len(toks))
    if end >= len(toks):
        return None
    k = end + (toks[end].lower in RELATIVES - {"who"})
    subject = next((g for g in groups if g.first == k), None)
    k = subject.last if subject is not None else k + (k < len(toks) and toks[k].lower in VOW_PRONOUNS)
    while k < len(toks) and toks[k].lower in PREDICATE_AUXILIARIES | {"been"}:
        k += 1
    if k == end or k + 2 >= len(toks) or not _past_form(toks[k].lower) or toks[k + 1].lower != "on":
        return None
    return next((g for g in groups if g.first == k + 2 + (toks[k + 2].lower == "the")), None)


def _past_form(word: str) -> bool:
    """Whether lowercase ``word`` may be a past verb after its subject or a relative word
    ("the steps the Treasury took", "an attack that hit"): regular "-ed" or irregular."""
    return word.endswith("ed") or word in IRREGULAR_PAST


LABEL_WORDS = 3  # words of an unquoted label ("denounced as illegal and provocative the")


def _label_end(sentence: Sentence, k: int) -> int:
    """Where a label a judging verb gives its object before naming it ends ("condemned as
    'economic terrorism' the punitive steps", "denounced as illegal the seizure"): the label
    stands between the verb and its object, which follows it; ``k`` when no "as" opens one."""
    toks = sentence.tokens
    if k + 1 >= len(toks) or toks[k].lower != "as":
        return k
    if toks[k + 1].text in QUOTE_TOKENS:
        close = next((n for n in range(k + 2, min(len(toks), k + 3 + SCARE_WORDS)) if toks[n].text in QUOTE_TOKENS),
                     None)
        return close + 1 if close is not None else k
    det = next((n for n in range(k + 2, min(len(toks), k + 2 + LABEL_WORDS)) if toks[n].lower in DETERMINERS), None)
    return det if det is not None and all(t.lower.isalpha() and t.lower not in PREPOSITIONS
                                          for t in toks[k + 1:det]) else k


def _the_two(sentence: Sentence, groups: list[Group], trig: Trigger) -> list[ActorRef]:
    """"Iran and Bahrain will exchange ambassadors after the two foreign ministers put their
    names to a document": a subject "the two ministers / sides / countries" naming no one
    stands for the two parties named before it in the sentence, when exactly two are."""
    start = max(sentence.clause_start(trig.i), trig.i - TWO_SUBJECT)
    k = next((m for m in range(start, trig.i - 2) if sentence.match(m, ("the", "two"))), None)
    if k is None or any(k < g.first < trig.i for g in groups):
        return []
    parties: dict[str, ActorRef] = {}
    for ref in (r for g in groups if g.last <= k for r in g.refs):
        key = ref.country or ref.actor_id
        if key:
            parties.setdefault(key, ref)
    return list(parties.values()) if len(parties) == 2 else []


def _gerund_subject(sentence: Sentence, trig: Trigger, pred: Trigger) -> bool:
    """Whether ``trig`` is a gerund opening the subject of the copular trigger ``pred``
    ("that handing over its arms is 'not on the table'"): what is said of it is refused or
    judged, not done."""
    toks = sentence.tokens
    start = sentence.clause_start(pred.i)
    opens = trig.i == start or trig.i == start + 1 and toks[start].lower in {"that", "whether"}
    return toks[pred.i].lower in BE_WORDS and trig.entry.pos == "verb" and opens and trig.i < pred.i \
        and _verb_form(toks[trig.i].lower) == "ing" and "," not in sentence.words(trig.i, pred.i)


def _near_party(sentence: Sentence, group: Group, trig: Trigger) -> bool:
    """Whether ``group`` stands in the trigger's clause with no comma between them, where a
    party of the act would be named."""
    first, last = sorted((group.first, trig.i))
    return sentence.same_clause(group.first, trig.i) and "," not in sentence.words(first, last)


def _meeting_setting(sentence: Sentence, start: int, trig: Trigger) -> bool:
    """"agreed in a telephone call on Monday to hold", "said during a meeting with": talks named
    after "in", "during" or "at" and an article, right after the governing word (its complement
    not yet begun), are where the governing act was done, so they took place; they are no part
    of what is agreed, said or refused."""
    toks = sentence.tokens
    if trig.entry.pos != "noun" or trig.type != "CONSULT" or trig.i < 2 or trig.i - start > SETTING_REACH \
            or toks[trig.i - 1].lower not in ARTICLES or toks[trig.i - 2].lower not in {"in", "during", "at"}:
        return False
    return not set(sentence.words(start, trig.i - 2)) & {"to", "that", ",", ";", "and", "or"}


def _participle_agent(sentence: Sentence, groups: list[Group], trig: Trigger, reader: PatternRoles) -> Group | None:
    """"hailed the understanding struck by delegates of X and Y": a nominal trigger whose
    own last word is a past participle before "by" ("@accords struck") names who did the act
    in its reduced relative, so the act happened, by that party, whatever governs it."""
    toks = sentence.tokens
    if trig.entry.pos != "noun" or trig.j - trig.i < 2 or _verb_form(toks[trig.j - 1].lower) != "past" \
            or trig.j >= len(toks) or toks[trig.j].lower != "by":
        return None
    return reader.by_agent(sentence, groups, trig.j)


def _enacts(sentence: Sentence, noun: Trigger, trig: Trigger) -> bool:
    """"the pardon decree signed by al-Sharaa": a past participle right after a nominal
    trigger and before "by" is a reduced relative on the noun, whose agent did the noun's
    event (the roles reader gives the noun that agent)."""
    toks = sentence.tokens
    return noun.entry.pos == "noun" and trig.entry.pos == "verb" and noun.j == trig.i \
        and _verb_form(toks[trig.i].lower) == "past" and trig.j < len(toks) and toks[trig.j].lower == "by"


def _relative_on_content(sentence: Sentence, trig: Trigger, triggers: list[Trigger]) -> Trigger | None:
    """"protesting the arrest of yeshiva students who ignored draft orders": a verb in a
    restrictive relative clause ("who", "which", "that" with no comma before) on the phrase of
    an event noun that is itself only the content of a governing word describes who that
    act was done to; it is background, not news of its own. The content noun is returned.
    A relative clause right on the noun that tells the noun's own act ("inspected the
    unloading of a Turkish relief vessel that anchored at Al-Arish") says that act happened."""
    toks = sentence.tokens
    if trig.entry.pos != "verb":
        return None
    r = next((m for m in (trig.i - 1, trig.i - 2) if m > 0 and toks[m].lower in {"who", "which", "that"}), None)
    if r is None or toks[r - 1].lower in {",", ";"}:
        return None
    return next((t for t in triggers if t.governed == "absorb" and t.entry.pos == "noun" and t.j <= r
                 and r - t.j <= RELATIVE_REACH and not {",", ";"} & set(sentence.words(t.j, r))
                 and not (t.j == r and t.type == trig.type)), None)


def _participle_after_agent(sentence: Sentence, groups: list[Group], trig: Trigger) -> Group | None:
    """"surprise at statements issued by the Iraqi side claiming an encroachment": an "-ing"
    participle right after the agent of a passive ("by X") says what X's statement or act
    does, so X does it, whatever governs the phrase."""
    toks = sentence.tokens
    if trig.entry.pos != "verb" or _verb_form(toks[trig.i].lower) != "ing":
        return None
    group = next((g for g in groups if g.last == trig.i), None)
    return group if group is not None and group.first > 0 and toks[governor(sentence, group.first)].lower == "by" \
        else None


def _names_the_event(sentence: Sentence, trig: Trigger) -> bool:
    """"It was the second attack on energy facilities": a pronoun subject of "be" whose
    complement is the event noun stands for the event itself, not for a party that did it."""
    toks = sentence.tokens
    if trig.entry.pos != "noun":
        return False
    for k in range(trig.i - 1, 0, -1):
        if not sentence.same_clause(k, trig.i):
            return False
        if toks[k].lower in BE_FORMS:
            return toks[k - 1].lower in ANAPHORS
    return False


COUNTERFACTUAL_MODALS = frozenset({"would", "could", "might"})
#: Quantifiers of a generic noun ("every missile fired at"), the words its noun may run to,
#: and the modals of a vow or a condition that make what it names a possibility.
GENERIC_QUANTIFIERS = frozenset({"every", "any", "each"})
GENERIC_NOUN_WORDS = 2
FUTURE_MODALS = frozenset({"would", "will", "'ll"})
COUNTERFACTUAL_REACH = 10  # words from the relative's "that" to an event noun in its object


def _counterfactual_relative(sentence: Sentence, trig: Trigger) -> bool:
    """"vetoed a resolution that would have condemned the U.S. bombing of Libya": a relative
    clause in "would / could / might have" on a noun says what the plan, bill or text would
    have done had it passed; it did not, so neither the clause's verb nor the event noun in
    its object happened as told there (the bombing, if real, is background of the veto)."""
    toks = sentence.tokens
    for m in range(trig.i - 1, max(0, trig.i - COUNTERFACTUAL_REACH) - 1, -1):
        if toks[m].text in {",", ";", ":"}:
            return False
        if toks[m].lower in {"that", "which"} and m + 2 < len(toks) and m > 0 \
                and toks[m + 1].lower in COUNTERFACTUAL_MODALS and toks[m + 2].lower == "have":
            return True
    return False


def _generic_participle(sentence: Sentence, trig: Trigger) -> bool:
    """"would pay in blood for every missile fired at the airport", "will answer any shell
    fired at our villages": a participle on a noun counted by "every", "any" or "each", with
    "would" or "will" before it in the sentence, names whatever may come under a vow or a
    condition, no act that took place ("every rocket fired on Sunday was intercepted" is
    told as done, with no such verb before)."""
    toks = sentence.tokens
    if trig.entry.pos != "verb" or not toks[trig.i].lower.endswith("ed"):
        return False
    for m in range(trig.i - 1, max(-1, trig.i - 2 - GENERIC_NOUN_WORDS), -1):
        if toks[m].lower in GENERIC_QUANTIFIERS:
            return m < trig.i - 1 and any(t.lower in FUTURE_MODALS for t in toks[:m])
        if not toks[m].lower.isalpha() or toks[m].cap:
            return False
    return False


def _epistemic(sentence: Sentence, trig: Trigger) -> bool:
    """"must be punished", "must have known": no one is asked to act. A modal heading a
    phrase key with a gap ("will * pay dearly") has its own words after it: "would be made to
    pay dearly" says what the speaker will do."""
    toks = sentence.tokens
    return GAP not in trig.entry.key.split() and trig.j < len(toks) and toks[trig.j].lower in {"be", "have", "been"}


def _fold_mediation(events: list[Event], trace: list[str] | None) -> list[Event]:
    """"Talks between Iranian and American envoys got under way in Muscat under Omani
    mediation": the mediation is the talks' own, its mediator one more party to them, not a
    second meeting with no party in common."""
    talks = next((e for e in events if e.type == "CONSULT" and not _mediation(e)), None)
    if talks is None:
        return events
    kept = []
    for event in events:
        if event is not talks and event.type == "CONSULT" and _mediation(event):
            talks.actors = talks.actors + [a for a in event.actors if not same_actor(a, talks.actors)]
            _note(trace, f"{event.trigger.text!r}: the mediation of {talks.trigger.text!r}, folded into it")
            continue
        kept.append(event)
    return kept


def _boarded_ships(sentence: Sentence, ships: Vessels) -> list[ActorRef]:
    """"The 14 crew members taken off the Nour al-Bahr", "the activists aboard the Madleen":
    the name after "the" where people are aboard a craft or taken off it is a ship's, though
    no ship noun stands by it (a name before a ship noun is :meth:`Vessels.named`'s). A
    definite ship noun later ("after the boat was commandeered") is then that ship."""
    toks = sentence.tokens
    found = []
    for k in range(1, len(toks) - 1):
        before = tuple(t.lower for t in toks[:k])
        if toks[k].lower != "the" or not any(before[-len(cue):] == cue for cue in BOARDED):
            continue
        ship = ships.ship_at(sentence, k)  # the name that follows "the", as after a ship noun
        if ship.actor_id is not None:
            found.append(ship)
    return found


def _rebuttals(sentence: Sentence, events: list[Event], trace: list[str] | None) -> list[Event]:
    """"Kuwait expressed surprise at statements by the Iraqi side claiming an encroachment":
    a disapproval whose object is an accusation by the party it disapproves of (the charge
    a clause on that object, "claiming", "which accused"), made against the disapprover's
    side (or against no one named), answers that accusation. It rejects
    the charge (REJECT, as "rejected the accusations") rather than making a new one, so the
    reply is not coded as a counter-accusation that reverses the parties of the accusation
    it reports; a charge that names no one is against the side that answers it."""
    for reply in events:
        if reply.type != "ACCUSE" or reply.mode != "disapprove" or not reply.recipients or not reply.actors:
            continue
        sides = {a.country for a in reply.actors if a.country}
        charge = next((e for e in events if e.type == "ACCUSE" and e.mode == "allege"
                       and e.trigger.start > reply.trigger.start and e.actors and _clause_on_object(sentence, e)
                       and all(same_actor(a, reply.recipients) for a in e.actors)
                       and not any(same_actor(a, reply.actors) for a in e.actors)
                       and (not e.recipients or any(r.country in sides for r in e.recipients))), None)
        if charge is None:
            continue
        reply.type, reply.mode = "REJECT", None
        if not charge.recipients:
            charge.recipients = list(reply.actors)
        _note(trace, f"{reply.trigger.text!r}: disapproves of the charge {charge.trigger.text!r} made by "
                     "its recipient against its side: a rejection of it")
    return events


#: Acts that, claimed by the side they were done to, make the claim an accusation.
CLAIMED_WRONGS = frozenset({"ASSAULT", "COERCE"})


def _claimed_against_speaker(events: list[Event], claiming: frozenset[str], trace: list[str] | None) -> list[Event]:
    """"Azerbaijan's army claimed that Armenian soldiers had shot at its positions in Kalbajar":
    a hostile act that a party only claims ("claimed", "alleged") was done to its own side (a
    recipient of its country) by a named party of another state is that party's accusation of
    the doer, as "accused Armenian soldiers of shooting" is: PLOVER codes the claim (ACCUSE,
    source the claimant, target the doer, dated by the claim's verb), not the act."""
    for event in events:
        said = event.attribution
        if event.type not in CLAIMED_WRONGS or event.modality != "alleged" or said is None \
                or said.speaker is None or said.cue is None or said.cue.lower() not in claiming \
                or said.start is None or said.end is None or not said.speaker.country:
            continue
        side = said.speaker.country
        if not event.actors or not all(a.country and a.country != side for a in event.actors) \
                or not any(r.country == side for r in event.recipients):
            continue
        _note(trace, f"{event.trigger.text!r}: {said.speaker.text!r} claims that {event.actors[0].text!r} did it "
                     "to its side: its accusation ('claimed that X had shot at its positions'), not the act")
        event.type, event.mode, event.modality = "ACCUSE", "allege", "asserted"
        event.actors, event.recipients = [said.speaker], event.actors
        event.trigger, event.attribution = Span(said.start, said.end, said.cue), None
    return events


def _clause_on_object(sentence: Sentence, event: Event) -> bool:
    """Whether the event's verb opens a participle or relative clause ("statements
    claiming", "remarks which accused"), not a noun ("the Iranian charge d'affaires")."""
    k = sentence.index_at(event.trigger.start)
    return sentence.tokens[k].lower.endswith("ing") or k > 0 and sentence.tokens[k - 1].lower in RELATIVES


def _mediation(event: Event) -> bool:
    return event.trigger.text.lower().startswith("mediat")


def _other_days(date: EventDate, other: EventDate) -> bool:
    """Whether the text dates two events to different days: the previous sentence's scene
    goes on only on its own day ("Hezbollah fired rockets at Metula on Thursday. Wednesday's
    strike also killed two operatives" tells of a strike elsewhere). A date taken from the
    document or a report says nothing of the day, so such a pair is not told apart."""
    return date.basis == other.basis == "explicit" and date.precision == other.precision == "day" \
        and bool(date.value and other.value) and date.value[:10] != other.value[:10]  # type: ignore[index]


def _news_day(events: list[Event], document: Document) -> str:
    """The day the document's news happened: that of its first event dated to a day (the
    lead's "yesterday"), else the day it was published."""
    first = events[0].date if events else None
    if first is not None and first.precision == "day" and first.value:
        return first.value[:10]
    return (document.published or "")[:10]


def _off_news_day(date: EventDate, scene: EventDate, news_day: str) -> bool:
    """Whether an event the text dates only by the document (``date``) falls on another day
    than a previous sentence's scene that the text dates to a day other than the news day
    ("Police broke up a rally in Dhaka on Monday. Troops were deployed": the troops are the
    news day's, not at Monday's rally)."""
    return date.basis == "document" and scene.basis == "explicit" and scene.precision == "day" \
        and bool(scene.value) and scene.value[:10] != news_day  # type: ignore[index]


#: Words that mark a toll as another incident's ("in a separate attack", "elsewhere").
OTHER_INCIDENT = frozenset({"separate", "separately", "another", "elsewhere", "meanwhile", "earlier", "later"})


def _fold_toll(events: list[Event], seen: list[tuple[int, set[int | None]]], event: Event, k: int,
               places: set[int | None], trace: list[str] | None) -> bool:
    """Fold a toll no party is named for into the attack just coded ("Israel struck targets
    near Damascus. Two soldiers were wounded."): the casualties of the sentence after an
    attack, or of its own, are that attack's unless the toll names a place the attack's
    sentence did not, a day of its own, or marks another incident. Coded apart, the toll
    would be a second attack with no one behind it."""
    if event.type != "ASSAULT" or event.actors or not events or seen[-1][0] not in (k, k - 1):
        return False
    attack = events[-1]
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", event.sentence.text)}
    if attack.type != "ASSAULT" or not attack.actors or words & OTHER_INCIDENT \
            or not places <= seen[-1][1] | {None} or event.date.basis not in ("document", attack.date.basis) \
            or (event.date.basis == attack.date.basis and event.date.value != attack.date.value):
        return False
    attack.size = attack.size or event.size
    attack.recipients = attack.recipients + [r for r in event.recipients if not same_actor(r, attack.recipients)]
    _note(trace, f"{event.trigger.text!r}: a toll with no party, of the attack {attack.trigger.text!r}: folded")
    return True


#: Subject pronouns that stand for a party of the previous sentence ("he" and "she" the actors
#: stage resolves itself), and the kinds of party each may stand for.
ANAPHORS = {"it": frozenset({"state", "government", "armed_group", "igo", "ngo", "business", "media", "military"}),
            "they": frozenset({"armed_group", "military"})}


def _speakers(sentence: Sentence, groups: list[Group], cue: Cue, speaker: ActorRef) -> list[ActorRef]:
    """Everyone the cue's speaker stands with: "Iran and Egypt announced the resumption of
    relations", "the Turkish and Iraqi diplomats said they would": a coordinated subject
    speaks, and acts, as one. The cue keeps only its first party as the speaker; a speaker
    named by a phrase of no party keeps the party it is coordinated with ("The Colombian
    government and the rebel negotiators announced that they would sign")."""
    first, last = cue.speaker_span
    group = next((g for g in groups if g.first <= first and last <= g.last), None)
    if group is None and first > 1 and sentence.tokens[first - 1].lower == "and":
        partner = next((g for g in groups if g.last == first - 1), None)
        return [speaker] if partner is None else [*partner.refs, speaker]
    if group is None or speaker not in group.refs:
        return [speaker]
    return list(group.refs)


#: Possessives heading a subject ("its ministers blacklisted", "their fighters fired") and the
#: pronoun whose antecedents they share.
OWNER_PRONOUNS = {"its": "it", "their": "they"}


def _owner_before(sentence: Sentence, groups: list[Group], trig: Trigger, pronoun: str) -> ActorRef | None:
    """The party an "its" or "their" heading the trigger's subject stands for: the nearest
    one before it in the sentence that the pronoun may refer to ("lashed out at the European
    Union after its ministers blacklisted five settlers"). Nearness, not the main clause's
    subject: after a reaction the clause tells the other party's act ("Turkey summoned
    Sweden's envoy after its police allowed ..."); "its" skips plural parties ("Kuwait gave
    two Iranian diplomats 48 hours to leave after its foreign ministry ...": Kuwait)."""
    toks = sentence.tokens
    k = next((k for k in range(trig.i - 1, -1, -1) if toks[k].lower == pronoun), None)
    if k is None:
        return None
    return next((r for g in reversed(groups) if g.last <= k and not _in_modifier(sentence, g) for r in g.refs
                 if _refers(OWNER_PRONOUNS[pronoun], r) and not (pronoun == "its" and _plural_noun(r))), None)


def _in_modifier(sentence: Sentence, group: Group) -> bool:
    """Whether the group stands in a participle phrase modifying a noun before it ("spies
    working for Mossad", "a cell linked to Hezbollah"): a party so embedded tells what the
    noun is, and owns nothing a later possessive names."""
    toks = sentence.tokens
    k = group.first - 1
    return k > 0 and toks[k].lower in {"for", "to", "with", "by"} and toks[k - 1].lower.endswith(("ing", "ed"))


def _plural_noun(ref: ActorRef) -> bool:
    """A party named by a plural common noun ("Iranian diplomats"), which "its" cannot stand for."""
    head = ref.text.split()[-1] if ref.text.split() else ""
    return head.islower() and head.endswith("s")


def _provoked_threat(speaker: ActorRef, roles: Roles) -> bool:
    """Whether a threatened act's subject is the provocation, not the threatener: its party
    (the owner of "a single rocket from Lebanon") is of the very country the act would
    strike, and the speaker of another. No one threatens his own country; the speaker says
    what his side would do in answer."""
    actors = {a.country for a in roles.actors}
    return bool(speaker.country) and bool(roles.actors) and None not in actors \
        and speaker.country not in actors and actors <= {r.country for r in roles.recipients}


def _refers(pronoun: str, ref: ActorRef) -> bool:
    """Whether ``pronoun`` may stand for ``ref``: "it" for a state or an organisation, "they"
    for an armed group, forces or people named by a plural noun ("protesters")."""
    head = ref.text.split()[-1] if ref.text.split() else ""
    if pronoun == "they" and (head.islower() and head.endswith("s")):  # "protesters", "Iranian rebels"
        return True
    return ref.type in ANAPHORS[pronoun] and not (ref.reason or "").startswith(_PLACE_READ)


#: Words that open a relative clause describing a place or an event ("the province, where 28
#: people have been killed this year", "raids in which 20 people were killed").
RELATIVE_PLACE = (("where",), ("in", "which"), ("during", "which"), ("in", "whom"))


def _in_relative_place(sentence: Sentence, event: Event) -> bool:
    """Whether the event's trigger stands in a "where" or "in which" clause: a toll or an act
    told to describe a place or another event, background to the sentence's news."""
    k = sentence.index_at(event.trigger.start)
    if k >= len(sentence.tokens):
        return False
    first = sentence.clause_start(k)
    return any(sentence.match(first - len(words) + 1, words) for words in RELATIVE_PLACE if first - len(words) + 1 >= 0)


def _ongoing_while(sentence: Sentence, event: Event) -> bool:
    """Whether ``event`` stands in a clause that ", while" adds after the news to tell what was
    still going on ("a plane landed with medicines, while the flour shipment that docked on
    Friday was still being distributed"): a progressive predicate ("was still being", "were
    continuing") tells a state, so its clause is background; a concurrent act in the simple
    past (", while rebels shelled the town") is news. Only the while-clause itself is read, up
    to its closing comma: an act told after it (", while aid was still being unloaded, and
    jets struck a depot") is news."""
    toks = sentence.tokens
    k = sentence.index_at(event.trigger.start)
    opener = next((n for n in range(k - 1, 0, -1) if toks[n].lower == "while" or toks[n].text in {",", ";", ":"}), None)
    if opener is None or toks[opener].lower != "while" or toks[opener - 1].text != ",":
        return False  # the trigger stands outside any while-clause
    end = next((n for n in range(k, len(toks)) if toks[n].text in {",", ";", ":"}), len(toks))
    for n in range(opener + 1, end - 1):
        nxt = n + 2 if toks[n + 1].lower == "still" else n + 1
        if toks[n].lower in BE_WORDS and nxt < end and toks[nxt].lower.endswith("ing"):
            return True
    return False


def _in_aside(sentence: Sentence, event: Event, reporting: frozenset[str]) -> bool:
    """Whether the event's trigger stands in a relative clause set off by a comma ("the ship
    Cedar Star, which was detained in May, was freed"): it describes a party of the news,
    background to it, unless the clause is the party's claim of its own act (see
    :func:`_own_claim`)."""
    toks = sentence.tokens
    for n in range(min(len(toks), sentence.index_at(event.trigger.start)) - 1, 0, -1):
        if toks[n].lower in {"which", "who"}:
            return toks[n - 1].text == "," and not _own_claim(sentence, n, reporting)
        if toks[n].text in {",", ";", ":"}:
            return False  # the aside closed before the trigger
    return False


def _own_claim(sentence: Sentence, opening: int, reporting: frozenset[str]) -> bool:
    """Whether the relative word at ``opening`` opens the party's report of its own act
    ("Hezbollah, which said it fired rockets at an Israeli base, warned of more attacks"):
    a claim the party makes of itself is news of the day, told with its attribution, even
    when the verb after the aside is news too."""
    words = sentence.words(opening + 1, opening + 4)
    if words[1:2] == ["that"]:
        words = words[:1] + words[2:]
    return len(words) >= 2 and words[0] in reporting and words[1] in CONTACT_PRONOUNS


def _relative_opening(sentence: Sentence, k: int, reporting: frozenset[str]) -> int | None:
    """Where the relative clause token ``k`` stands in opens (at its pronoun), reaching back
    through the clauses it holds ("which it had tightened after militants fired rockets": at
    "which"); None outside one. "that" opens one only right before its verb ("gangs that have
    kidnapped"); before a subject it is a complementizer ("said that gangs kidnapped"). A
    contact clause of report opens at its pronoun ("a company it said had channelled")."""
    toks = sentence.tokens
    contact = next((m - 1 for m in range(k - 1, max(0, k - CONTACT_REACH), -1)
                    if sentence.same_clause(m, k) and toks[m].text != ","
                    and contact_relative(sentence, m, reporting)), None)
    if contact is not None and "," not in sentence.words(contact, k):
        return contact
    first = sentence.clause_start(k)
    while first > 0 and toks[first].lower in SUBORDINATORS:
        first = sentence.clause_start(first - 1)
    if first < 1 or first + 1 >= len(toks) or toks[first].lower not in RELATIVE_OPENERS \
            or any(sentence.resumes_after_aside(m) for m in range(first + 2, k + 1)) \
            or any(_named_subject_resumes(sentence, first, m) or _noun_subject_resumes(sentence, first, m)
                   for m in range(first + 2, k + 1)) \
            or any(_infinitive_resumes(sentence, m) for m in range(first + 2, k)):
        return None  # "X, whose ministers had met, agreed on Friday to": the clause ended at its comma
    after = toks[first + 1].lower
    # "a bill that would allow": a modal right after "that" has no subject between, so it is the
    # relative clause's verb group, never a complementizer's clause
    if toks[first].lower == "that" and not (after in HAVE_FORMS | BE_WORDS | FINITE_AUXILIARIES
                                            or _verb_form(after) == "past"):
        return None
    return first


def _named_subject_resumes(sentence: Sentence, first: int, k: int) -> bool:
    """Whether the past verb at ``k`` follows a name set after a comma of the relative clause
    opening at ``first`` ("Joining Britain and the United States, which took similar steps
    last week, Canada imposed sanctions"), or after ", and" ("at students who had jumped
    turnstiles, and President Sebastian Pinera declared"), its owner's name included ("In a
    move that stunned his opponents, Nicaragua's government released"): the relative clause
    ended at that comma, and the name opens a main clause as its subject; so does any later
    word of that clause ("..., Algeria's president signed a law granting amnesty")."""
    toks = sentence.tokens
    if not is_past_form(toks[k].lower, load_time_lexicon().tense):
        return False
    name = k
    if name > first + 3 and toks[name - 1].lower.isalpha() and toks[name - 2].lower == "'s":
        name -= 2  # "Nicaragua's government released": the owner's name opens the subject
    while name > first + 2 and k - name < NAME_SUBJECT_WORDS + 2 and name_word(toks[name - 1]):
        name -= 1
        if name > first + 3 and toks[name - 1].lower == "'s" and name_word(toks[name - 2]):
            name -= 1  # "Algeria's President Abdelaziz Bouteflika signed"
    return name < k and (toks[name - 1].text == "," or toks[name - 1].lower == "and" and toks[name - 2].text == ",")


def _noun_subject_resumes(sentence: Sentence, first: int, k: int) -> bool:
    """Whether the past verb at ``k`` follows a noun phrase opened by "the" right after a comma
    of the relative clause opening at ``first`` ("Ending an occupation that began in 1979, the
    last Vietnamese troops left Cambodia"): as after a name (:func:`_named_subject_resumes`),
    the relative clause ended at that comma and the phrase is the main clause's subject. Its
    words are modifiers and a head, no preposition, verb form or punctuation between."""
    toks = sentence.tokens
    if not is_past_form(toks[k].lower, load_time_lexicon().tense):
        return False
    the = next((m for m in range(k - 2, max(first + 1, k - 2 - NAME_SUBJECT_WORDS), -1)
                if toks[m].lower == "the"), None)
    return the is not None and toks[the - 1].text == "," \
        and all(t.lower.isalpha() and t.lower not in PREPOSITIONS and _verb_form(t.lower) is None
                for t in toks[the + 1:k])


#: The most words of a name opening a main clause after a relative clause's comma.
NAME_SUBJECT_WORDS = 4

#: Words from a contact clause's reporting verb to a trigger of its clause ("it said had
#: channelled").
CONTACT_REACH = 4


#: Words from a participle's "by" to the nominal act it names as agent ("destroyed by Bosnian
#: Croat tank fire").
AGENT_NOUN_REACH = 5


def _passive_aside(sentence: Sentence, k: int) -> int | None:
    """The past participle, set off by a comma, whose "by" agent holds the nominal act at
    ``k`` ("the Old Bridge, destroyed by Bosnian Croat tank fire in 1993, reopened"): the act
    is told to describe the participle's noun, the participle's index; None otherwise."""
    toks = sentence.tokens
    for b in range(k - 1, max(1, k - 1 - AGENT_NOUN_REACH), -1):
        if toks[b].text in {",", ";", ":"}:
            return None
        if toks[b].lower == "by":
            past = b - 1
            return past if past > 0 and toks[past - 1].text == "," and _past_form(toks[past].lower) else None
    return None


def _relative_span(sentence: Sentence, opening: int) -> range:
    """The words of the relative clause opening at ``opening``, up to the next comma or the
    sentence's end (the clauses it holds included); a clause with no comma before it ends
    where the main clause's finite verb resumes after a word of its own ("A gang that abducted
    17 missionaries last month has reportedly freed two": at "has")."""
    toks = sentence.tokens
    end = next((n for n in range(opening + 1, len(toks)) if toks[n].text in {",", ";", ":"}), len(toks))
    if opening > 0 and toks[opening - 1].text != "," and toks[opening].lower in RELATIVE_OPENERS:
        end = next((n for n in range(opening + 3, end) if toks[n].lower in RESUMING_FINITES
                    and toks[n - 1].lower.isalnum() and toks[n - 1].lower not in RELATIVE_OPENERS | RESUMING_FINITES
                    and _verb_form(toks[n - 1].lower) is None), end)
    return range(opening + 1, end)


#: Finite words that resume a main clause after a restrictive relative clause on its subject.
RESUMING_FINITES = HAVE_FINITE | {"is", "are", "was", "were", "will", "would"}


#: Words of a hazard's name after its word ("Cyclone Idai", "Hurricane Katrina"), and its comma.
HAZARD_NAME_WORDS = 2
#: Types a natural hazard as subject only seems to do: it kills, menaces ("locust swarms menacing
#: the millet") or "slams into" a coast, and none of it is an attack, a threat or a rebuke.
HAZARD_TYPES = frozenset({"ASSAULT", "THREATEN", "ACCUSE"})

#: Types whose mode is that of the act demanded or refused (``demand_modes`` in events.yaml).
DEMAND_TYPES = frozenset({"REQUEST", "REJECT"})

#: The latest four-figure number read as a year of the past ("in 1945"), not a count.
LATEST_YEAR = 2100


def _year(word: str) -> int | None:
    """The year a four-figure word names, from :data:`~lapwing.pubdate.EARLIEST_YEAR` on
    ("since 1985"); None for any other word or number."""
    return int(word) if word.isdigit() and len(word) == 4 and int(word) >= EARLIEST_YEAR else None


#: Words back from a verb to the year that may name its subject ("the 1979 border war with China killed").
YEAR_SUBJECT_REACH = 6


def _year_subject(sentence: Sentence, trig: Trigger, published_year: int) -> bool:
    """Whether the verb at ``trig`` follows a subject a year before the document's names
    after its article ("estimated that the 1979 border war with China killed far more"), also
    through a relative pronoun ("the 2003 U.S.-led invasion that toppled Saddam Hussein's
    government"): the act is that past event's, history retold."""
    toks = sentence.tokens
    if trig.entry.pos != "verb" or any(t.lower in DAY_WORDS for t in toks[trig.j:trig.j + YEAR_SUBJECT_REACH]):
        return False  # "the 2019 protest movement marched again on Monday": the news day's act
    for n in range(trig.i - 1, max(0, trig.i - 1 - YEAR_SUBJECT_REACH), -1):
        word = toks[n].lower
        if n == trig.i - 1 and word in {"that", "which"}:
            continue  # "the 2003 invasion that toppled": its antecedent is the subject
        hyphened = "-" in word or n > 0 and toks[n - 1].text == "-"  # "U.S.-led" is a modifier
        if toks[n].text in {",", ";", ":"} or word in RELATIVES | {"'s"} \
                or _verb_form(word) is not None and not hyphened:
            return False  # "the 2011 uprising's leaders met": the leaders act
        year = _year(word)
        if year is not None:  # not "Lebanese captured during the 2024 war were freed": an adjunct's year
            return year < published_year and toks[n - 1].lower in {"the", "a", "an"} \
                and not (n > 1 and toks[n - 2].lower in PREPOSITIONS)
    return False


def _unknown_firm(ref: ActorRef) -> str | None:
    """"BUS" for a company the KB does not know and no word gives a country ("a warehouse of
    the food company Empresas Polar in Barquisimeto"): a firm named only at the scene of the
    event is taken for one of the country it stands in, as coders do; known multinationals
    are in the KB with their own country."""
    return "BUS" if ref.sector == "BUS" and (ref.actor_id or "").startswith(PROVISIONAL_ID) else None


#: Periods whose "last X's" names an act of an earlier one ("last year's peace accord").
BYGONE_PERIODS = frozenset({"year", "month"})


def _bygone_owner(toks: list[Token], k: int) -> bool:
    """Whether the word at ``k`` follows "last year's" or "last month's" (the modifiers of a
    compound between): an act of an earlier period, named as history ("completing their
    disarmament under last year's peace accord")."""
    n = k - 1
    while n > 0 and toks[n].lower != "'s" and not toks[n].cap and toks[n].lower.isalpha() and k - n < 3:
        n -= 1
    return n > 1 and toks[n].lower == "'s" and toks[n - 1].lower in BYGONE_PERIODS \
        and toks[n - 2].lower in {"last", "previous"}


def _twice_modified_plural(toks: list[Token], k: int) -> bool:
    """A plural after a preposition and two lower-case modifiers ("with homemade gas-cylinder
    bombs"): a noun, as no clause's subject and verb stand so close after a preposition."""
    if k < 3 or not toks[k].lower.endswith("s") or toks[k - 3].lower not in PREPOSITIONS - {"to"}:
        return False
    return all(not t.cap and t.lower.replace("-", "").isalpha() and t.lower not in NOT_NOUN_HEADS | RELATIVES
               and _verb_form(t.lower) is None and t.lower not in DAY_WORDS for t in toks[k - 2:k])


def _year_modified(toks: list[Token], k: int) -> bool:
    """A word after a year that follows a determiner or a possessive ("a 1981 bombing", "the
    2014 annexation", "Pakistan's 1998 tests"): the year modifies a noun, so no verb."""
    return k > 1 and _year(toks[k - 1].lower) is not None \
        and (toks[k - 2].lower in DETERMINERS or toks[k - 2].text in {"'s", "'"})


def _year_named(sentence: Sentence, trig: Trigger) -> bool:
    """An event noun named by its year after a determiner or a possessive, past at most two
    modifiers ("a 1981 bombing", "the 2019 Pulwama bombing", "the 2018 American exit from the
    deal", "Pakistan's 1998 nuclear tests"): an act of a past year, named as background (a
    cause, a grievance, a model), not the day's news. Hyphens, abbreviations and a plural's
    possessive mark among the modifiers count as theirs ("the 2003 U.S.-led invasion", "the
    1980 metalworkers' strike")."""
    return _naming_year(sentence, trig) is not None


#: Words back from an event noun to the year that names it, modifiers and their marks between.
YEAR_NAMED_REACH = 5


def _naming_year(sentence: Sentence, trig: Trigger) -> int | None:
    """The year that names the event noun at ``trig`` (see :func:`_year_named`), else None."""
    toks = sentence.tokens
    if not _nominal(sentence, trig):
        return None
    for k in range(trig.i - 1, max(0, trig.i - 1 - YEAR_NAMED_REACH), -1):
        if _year(toks[k].lower) is not None:
            return _year(toks[k].lower) if _year_modified(toks, k + 1) else None
        if not (toks[k].lower.replace("-", "").replace(".", "").isalpha() or toks[k].text in {"-", "'"}):
            return None
    return None


def _earlier_time(sentence: Sentence, span: range) -> bool:
    """Whether ``span`` names a time of its own before the news day: a year ("in 1945"), a
    month ("in May"), "last month", "earlier this year", "two years ago" (months and units
    of time are the time lexicon's)."""
    toks, time = sentence.tokens, load_time_lexicon()
    for n in span:
        word = toks[n].lower
        after = toks[n + 1].lower if n + 1 < len(toks) else ""
        year = _year(word)
        if year is not None and year <= LATEST_YEAR or toks[n].text in time.months \
                or word == "ago" or word == "earlier" and after == "this" \
                or word == "last" and time.unit(after) is not None:
            return True
    return False


#: Words after an object relative's verb where its object would stand ("an exercise that
#: Islamabad described as provocative", "an insurgency that New Delhi blames on Islamabad").
OBJECT_GAPS = frozenset({"as", "on", "to", "for", "with", "of", "at", "from", "into", "over", ",", ";", "."})
#: Words the subject of an object relative may have ("that the two armies fought", "that New
#: Delhi blames").
OBJECT_RELATIVE_SUBJECT = 4
#: Pronouns that may be an object relative's subject ("a plan that they rejected").
SUBJECT_PRONOUNS = PRONOUNS - POSSESSIVES
#: Words before "that" that make it a conjunction, no relative pronoun ("so that", "such
#: that", "and that").
CONJUNCTION_HEADS = frozenset({"so", "such", "and", "or", "but"})
#: Words back from "that" in which a reporting verb makes the noun before "that" its
#: addressee ("told reporters that", "warned the Security Council that").
ADDRESSEE_REACH = 4


def _object_relative(sentence: Sentence, k: int, last: int, reporting: frozenset[str],
                     content: frozenset[str]) -> int | None:
    """The "that" opening an object relative the verb at ``k`` stands in ("an Indian military
    exercise that Islamabad described as provocative", "an insurgency in Kashmir that New
    Delhi blames on Islamabad"), or None. A "that" with a subject after it is a relative
    only after a plain noun, not a verb's complement ("told reporters that", "said on Monday
    that"), and not a noun of content ("reports that", "the claim that"); the verb's object
    is missing in the relative ("described as", "blames on"), after the verb's last word
    ``last``."""
    toks = sentence.tokens
    if last + 1 < len(toks) and toks[last + 1].lower not in OBJECT_GAPS:
        return None
    that = next((m for m in range(k - 1, max(0, k - OBJECT_RELATIVE_SUBJECT - 2), -1) if toks[m].lower == "that"), None)
    if that is None or that < 2 or that == k - 1:
        return None
    subject = toks[that + 1:k]
    while len(subject) > 1 and subject[-1].lower in HAVE_FINITE:
        subject = subject[:-1]  # "a pact that Seoul had threatened to scrap": the perfect's auxiliary
    if not (subject[0].cap or subject[0].lower in SUBJECT_PRONOUNS | {"the"}) \
            or any(_verb_form(t.lower) is not None or not t.text[0].isalnum() or t.lower in BE_WORDS | HAVE_FINITE
                   for t in subject):
        return None  # "that it was looking into": a clause with its own auxiliary, no gap
    head = toks[that - 1]
    if not head.text.isalpha() or head.lower in content | reporting | DAY_WORDS | BE_WORDS | PREPOSITIONS \
            or head.lower in CONJUNCTION_HEADS \
            or _verb_form(head.lower) is not None or head.text in load_time_lexicon().months:
        return None
    if any(t.lower in reporting for t in toks[max(0, that - ADDRESSEE_REACH):that - 1]):
        return None  # "told reporters that", "warned the Security Council that"
    return that


#: Words back from a contact relative's noun to the determiner or count opening its phrase
#: ("several relief flights Iraq has promised").
CONTACT_HEAD_REACH = 3


def _zero_relative(sentence: Sentence, k: int, groups: list[Group], reporting: frozenset[str],
                   present: bool) -> int | None:
    """Where a relative clause without a pronoun opens (at its subject) when the verb at ``k``
    is its perfect ("the first of several relief flights Iraq has promised Lebanon", "the aid
    Qatar has pledged") or, when ``present``, a simple present whose object is missing ("the
    militia Baghdad accuses of the bombing"): a party and its verb right after a noun phrase
    tell what the party did before with that thing, or holds of it, or None. Only a noun
    after a determiner or a count heads such a clause, not a time ("over the past week Iraq
    has promised"), a verb or a reporting verb's addressee ("told reporters Iraq has promised")."""
    toks = sentence.tokens
    have = k - 1
    while have > 0 and (toks[have].lower in ADVERB_GAP or toks[have].lower.endswith("ly")):
        have -= 1
    end = have if toks[have].lower in HAVE_FINITE else have + 1 if present else None
    group = next((g for g in groups if g.last == end), None)
    if group is not None:
        # "the militia Baghdad accuses of": the noun before the name is the head, not its title
        first = next((n for n in range(group.first, group.last) if toks[n].cap), group.first) if present \
            else group.first
    elif end is not None and 0 < end < len(toks) and toks[end - 1].lower in CONTACT_PRONOUNS:
        first = end - 1  # "a prime minister they accuse of being in the pocket of": a pronoun subject
    else:
        return None
    if first < 2:
        return None
    head = toks[first - 1]
    if not head.text.isalpha() or head.cap or head.lower in PREPOSITIONS | DETERMINERS | BE_WORDS | DAY_WORDS \
            or _verb_form(head.lower) is not None or load_time_lexicon().unit(head.lower) is not None \
            or any(t.lower in reporting for t in toks[max(0, first - 1 - ADDRESSEE_REACH):first - 1]):
        return None
    for t in reversed(toks[max(0, first - 2 - CONTACT_HEAD_REACH):first - 1]):
        if t.lower in NOUN_DETERMINERS | QUANTIFIERS | MULTITUDES or t.lower.isdigit():
            return first
        if not t.text.isalpha() or t.cap or _verb_form(t.lower) is not None:
            return None
    return None


#: Words that open a reduced relative's adjunct right after its participle ("the embargo
#: demanded by Denmark", "prisoners captured during the war", "a deal reached with Baghdad
#: last year", "an arrangement signed in Hat Yai", "fishermen arrested off the coast", "near",
#: "a cell accused of financing the group").
PARTICIPLE_ADJUNCTS = frozenset({"by", "during", "with", "in", "at", "from", "under", "last", "earlier", "off", "of",
                                 "near", "outside", "inside", "around", "along"})
#: Words from an "-ing" participle on a subject to the clause's verb after it ("leaders meeting
#: in Auckland announced").
ING_SUBJECT_REACH = 5
#: How far back the verb or preposition governing a reduced relative's noun may stand
#: ("released 186 Algerian prisoners of war captured during").
GOVERNOR_REACH = 6


def _recent_time(sentence: Sentence, span: range) -> bool:
    """Whether ``span`` dates its act a short span before the report ("a day earlier", "hours
    earlier", "overnight"): news of its own, as a weekday is."""
    toks, time = sentence.tokens, load_time_lexicon()

    def recent(word: str) -> bool:
        unit = time.unit(word)
        return unit is not None and (unit.time or unit.code == "D")  # hours, minutes or days

    return any(toks[n].lower == "overnight" or toks[n].lower == "earlier" and n > span.start
               and recent(toks[n - 1].lower) for n in span)


#: Words that set a clause's act in a bygone time ("the school where the Khmer Rouge once
#: tortured prisoners", "where judges formerly sat").
BYGONE_WORDS = frozenset({"once", "formerly"})
_DECADE = re.compile(r"^(?:1[0-9]|20)[0-9]0s$")


def _setting_of_news(sentence: Sentence, trig: Trigger, triggers: list[Trigger]) -> str | None:
    """Why ``trig`` only sets the scene of the news it stands beside, None when it does not:
    an infinitive ranking the noun of an apposition, a session set off after its subject, a
    defiance opening the sentence (see each function)."""
    if _ranked_infinitive(sentence, trig.i):
        return ("an infinitive ranking the noun of an apposition ('the only country to have suffered "
                "atomic bombings'): what marks it out, background")
    if _convening_aside(sentence, trig, triggers):
        return ("a session set off by commas after its subject ('the Council, meeting in Addis Ababa, "
                "condemned'): the setting of the act that follows")
    if _opening_defiance(sentence, trig, triggers):
        return ("a participle opening the sentence tells how the main act was done ('Defying a police ban, "
                "thousands marched'): part of it")
    return None


def _ranked_infinitive(sentence: Sentence, i: int) -> bool:
    """Whether the verb at ``i`` is an infinitive ranking the noun of an apposition set off by
    a comma ("Japan, the only country to have suffered atomic bombings, did not sign", "Irish
    voters, the only ones in the bloc to be offered a referendum, have rejected"): it says what
    marks the party out, no act of the news, and governs nothing past the apposition."""
    toks = sentence.tokens
    k = next((m for m in range(i - 1, max(0, i - RANKED_VERB_REACH), -1) if toks[m].lower in {"to", ","}), 0)
    if k < 3 or toks[k].lower != "to":
        return False  # the act may be the infinitive's object: "to have suffered atomic bombings"
    comma = next((m for m in range(k - 1, max(0, k - RANKED_REACH), -1) if toks[m].text in {",", ";"}), None)
    return comma is not None and toks[comma].text == "," and toks[comma + 1].lower == "the" \
        and toks[comma + 2].lower in RANKING_WORDS


#: Words that rank the noun of an apposition before its infinitive ("the only country to").
RANKING_WORDS = frozenset({"only", "first", "last", "sole"})
#: The most words from the apposition's comma to the infinitive's "to", and from "to" to the act.
RANKED_REACH = 10
RANKED_VERB_REACH = 5


def _convening_aside(sentence: Sentence, trig: Trigger, triggers: list[Trigger]) -> bool:
    """Whether ``trig`` is "meeting" opening an aside after its subject and before an act of
    that subject ("EU foreign ministers, meeting in Luxembourg, warned Belarus", "the AU's
    Peace and Security Council, meeting in Addis Ababa ..., condemned the coup"): the session
    where the act was done, which PLOVER codes alone."""
    toks = sentence.tokens
    if trig.type != "CONSULT" or toks[trig.i].lower != "meeting" or trig.i < 2 or toks[trig.i - 1].text != "," \
            or trig.j >= len(toks) or toks[trig.j].lower not in {"in", "at"}:
        return False
    comma = next((k for k in range(trig.j, len(toks)) if toks[k].text == ","), None)
    return comma is not None and any(t.i > comma and t.type is not None for t in triggers)


def _opening_defiance(sentence: Sentence, trig: Trigger, triggers: list[Trigger]) -> bool:
    """Whether ``trig`` is a rejection in "-ing" opening the sentence, its clause closed by a
    comma before a main clause with an act of its own ("Defying a police ban on rallies, tens of
    thousands marched", "Defying warnings from Belgrade, the twelve states recognised"): the
    defiance is the manner of that act, which PLOVER codes alone."""
    return trig.type == "REJECT" and _opening_participle(sentence, trig, triggers)


def _opening_participle(sentence: Sentence, trig: Trigger, triggers: list[Trigger]) -> bool:
    """Whether ``trig`` is an "-ing" verb opening the sentence, its clause closed by a comma
    before a main clause with an act of its own ("Citing the junta's refusal to restore the
    president, the EU suspended budget support"): what it governs ends at that comma."""
    toks = sentence.tokens
    if trig.i != 0 or not toks[0].lower.endswith("ing"):
        return False
    comma = next((k for k in range(trig.j, len(toks)) if toks[k].text == ","), None)
    return comma is not None and any(t.i > comma and t.type is not None for t in triggers)


#: Units of a span of time that, after "for", make an act told in a relative clause a long
#: history ("whose government fought southern rebels for more than two decades"), and the
#: words of the count between "for" and the unit.
HISTORY_SPANS = frozenset({"years", "decades", "generations", "centuries"})
SPAN_COUNT_WORDS = 4


def _bygone_time(sentence: Sentence, span: range | None, published: str | None) -> bool:
    """Whether ``span`` sets its act in history: "once" or "formerly", a decade ("in the
    late 1970s"), a year before the one the document was published in ("the Old Bridge,
    destroyed by tank fire in 1993, reopened") or years or decades it lasted ("fought ... for
    more than two decades"). A relative clause so told describes its noun
    (a place's past), even when the sentence tells nothing else."""
    toks = sentence.tokens

    def bygone(n: int) -> bool:  # a year "since" opens runs to now ("have fought since 1992")
        word, year = toks[n].lower, _year(toks[n].lower)
        return word in BYGONE_WORDS or _DECADE.match(word) is not None \
            or year is not None and published is not None and year < int(published[:4]) \
            and toks[n - 1].lower != "since" \
            or word in HISTORY_SPANS and "for" in sentence.words(n - SPAN_COUNT_WORDS, n)  # "for more than two decades"
    return span is not None and any(bygone(n) for n in span)


#: Ordinals of a rank an act earns (", becoming the first country to quit the court").
EARNED_RANKS = RANKS


def _ranked_again(sentence: Sentence, trig: Trigger) -> bool:
    """Whether the verb at ``trig`` is the infinitive of a rank after a comma (", becoming the
    first country to quit the tribunal", ", the second state to recognise it"): the act the
    clause before told, ranked among others, not a second act."""
    toks = sentence.tokens
    k = trig.i - 1
    if k < 3 or toks[k].lower != "to":
        return False
    rank = next((m for m in range(k - 1, max(0, k - 4), -1) if toks[m].lower in EARNED_RANKS), None)
    return rank is not None and toks[rank - 1].lower == "the" and any(
        toks[m].text == "," for m in range(max(0, rank - 3), rank - 1))


def _participle_modifier(sentence: Sentence, k: int, reporting: frozenset[str], lexicon: EventLexicon,
                         verbs: frozenset[int]) -> bool:
    """Whether the verb at ``k`` is a past participle on the noun before it, a reduced relative
    clause ("four islands seized by Soviet troops", "prisoners of war captured during the
    conflict", "under a deal reached with Baghdad"). A past form right after a noun is a main
    verb when that noun is a clause's subject ("troops fired at the crowd", "said troops fired
    at"), so before an adjunct other than a "by" agent the noun must be an object: a verb or a
    preposition governs it, a past or "-ing" form or a verb trigger of the sentence (``verbs``,
    where its words start: "let go 26 detainees seized from Gaza", whose "let" has no past
    ending). An "-ing" participle on a subject, the clause's past verb after
    its phrase ("leaders meeting in Auckland announced"), describes that subject. After a verb
    of ``object_complement_verbs`` (events.yaml) the participle is its object's state ("kept
    the fighters supplied", "left the town surrounded by troops"), no reduced relative."""
    toks = sentence.tokens
    if not (0 < k < len(toks) - 1 and (toks[k + 1].lower in PARTICIPLE_ADJUNCTS
                                       or "ago" in sentence.words(k + 2, k + 4))):
        return False  # "under a loan deal agreed three years ago": an adjunct of time ends with "ago"
    if toks[k].lower.endswith("ing"):  # "leaders meeting in Auckland announced": the subject's description
        verb = next((m for m in range(k + 2, min(len(toks), k + 2 + ING_SUBJECT_REACH))
                     if toks[m].lower in reporting or _verb_form(toks[m].lower) == "past"
                     or toks[m].text in {",", ";"}), None)
        noun = toks[k - 1].lower  # not "as fighting in eastern Syria raised fears": a gerund subject
        return noun.isalpha() and not toks[k - 1].cap and verb is not None and toks[verb].text not in {",", ";"} \
            and noun not in PREPOSITIONS | SUBORDINATORS | DETERMINERS | {"as", "and", "or", "but", "while"}
    if _verb_form(toks[k].lower) != "past":
        return False
    adverb = k - 1
    while adverb > 1 and toks[adverb].lower.endswith("ly") and not toks[adverb].cap:
        adverb -= 1  # "was allegedly tortured by": a passive past its adverb, no participle on a noun
    if toks[adverb].lower in BE_WORDS | HAVE_FINITE and adverb < k - 1:
        return False
    before = toks[k - 1].lower
    # "a withdrawal from Angola agreed under a 1988 accord": a name a preposition governs after an
    # event noun is no subject ("parties in Togo called off" has one)
    governed_name = k > 2 and toks[k - 2].lower in PREPOSITIONS - SUBORDINATORS - {"like", "than", "including"} \
        and any(p.entry.pos == "noun" and p.entry.type for p in lexicon.candidates(toks[k - 3].lower))
    if not before.isalpha() or toks[k - 1].cap and not governed_name or before in BE_WORDS | HAVE_FINITE | PRONOUNS \
            or _verb_form(before) is not None and toks[k - 2].lower not in PREPOSITIONS | DETERMINERS:
        return False  # "after they clashed with": a clause's subject and its verb; "to crowds gathered": a noun
    if toks[k + 1].lower == "by":
        return True
    for m in range(k - 2, max(-1, k - GOVERNOR_REACH - 2), -1):
        word = toks[m].lower
        if word in reporting | SUBORDINATORS or not (word.isalnum() or word in {"'s", "-"}) \
                or word in {"and", "that", "which", "who"} \
                or word == "as" and not (m > 0 and toks[m - 1].lower in {"such", "well"}):
            return False  # "as tens of thousands rallied in the capital": the "as" clause's subject
        if lexicon.in_class(word, "object_complement_verbs"):
            return False  # "kept Hemedti's fighters supplied": the participle is the object's state
        if word in PREPOSITIONS - {"of"} or _verb_form(word) is not None or m in verbs \
                or m > 0 and toks[m - 1].lower in FINITE_AUXILIARIES:  # "will avenge a member slain in"
            return True
    return False


def _perfect_in(sentence: Sentence, span: range) -> bool:
    """Whether a perfect or past perfect verb group stands in ``span`` ("who had accused",
    "that have kidnapped", "where migrants have been beaten")."""
    toks = sentence.tokens
    for n in span:
        if toks[n].lower not in HAVE_FINITE:
            continue
        m = n + 1
        while m < len(toks) and (toks[m].lower in ADVERB_GAP or toks[m].lower.endswith("ly")):
            m += 1
        if m < len(toks) and (toks[m].lower == "been" or _verb_form(toks[m].lower) == "past"):
            return True
    return False


def _bare_plural(sentence: Sentence, k: int, lexicon: EventLexicon) -> bool:
    """Whether token ``k`` heads a bare plural noun phrase of people ("fight insurgents",
    "against Houthi rebels"): no article, possessive or count before it; such a phrase names
    a kind of people, and a relative clause on it tells what marks the kind."""
    toks = sentence.tokens
    head = toks[k].lower
    if not (head.isalpha() and s_form(head) and not toks[k].cap):
        return False
    if head in lexicon.classes.get("weapons", frozenset()) or head in lexicon.classes.get("vehicles", frozenset()):
        return False
    for m in range(k - 1, max(-1, k - 1 - BARE_PLURAL_REACH), -1):
        word = toks[m].lower
        if word in DETERMINERS | POSSESSIVES or word.endswith("'s") or _counted(word, lexicon) \
                or word.replace(",", "").isdigit() or word in QUANTIFIERS:
            return False
        if not word.isalpha() or word in PREPOSITIONS:
            return True
    return True


#: How many words a verb's object may hold before the noun of the verb's own act.
OWN_OBJECT_WINDOW = 8


def _own_object(sentence: Sentence, outer: Trigger, inner: Trigger, between: list[str]) -> bool:
    """"will provide nearly 25,000 tons of emergency food aid": a noun of the verb's own type
    heading its object, however long the measure before it, names the same act, not another."""
    counts = {n for k in range(outer.j, inner.i) for n in range(k, count_end(sentence, k))}  # "about 12,000"
    words = [w for n, w in enumerate(between, outer.j) if n not in counts]
    return outer.entry.pos == "verb" and inner.entry.pos == "noun" and outer.type is not None \
        and inner.type == outer.type and len(words) <= OWN_OBJECT_WINDOW \
        and sentence.same_clause(outer.i, inner.i) and not set(words) & (PREPOSITIONS - {"of"} | {",", "and", "or"})


def _infinitive_resumes(sentence: Sentence, m: int) -> bool:
    """Whether ", to" and a bare verb at token ``m`` resume the clause a relative aside
    parted ("ordered the militia, which has two million members, to deploy ..., accusing
    Bogota"; see :func:`_infinitive_past_aside`): the aside ended at that comma."""
    toks = sentence.tokens
    return m + 2 < len(toks) and toks[m].text == "," and toks[m + 1].lower == "to" \
        and toks[m + 2].lower.isalpha() and not toks[m + 2].cap and toks[m + 2].lower not in NOUN_DETERMINERS \
        and _verb_form(toks[m + 2].lower) is None


def _infinitive_past_aside(sentence: Sentence, outer: Trigger, inner: Trigger) -> bool:
    """"ordered the country's militia, which he says has two million members, to deploy": a
    relative aside on the verb's short object, closed by a comma right before "to", parts the
    verb from its infinitive, which is the verb's content all the same."""
    toks, k = sentence.tokens, inner.i
    if outer.entry.pos != "verb" or inner.entry.pos != "verb" or k < 3 or not _infinitive_resumes(sentence, k - 2):
        return False
    opening = next((m for m in range(k - 3, outer.j, -1) if toks[m].text == ","), None)
    return opening is not None and toks[opening + 1].lower in {"which", "who"} \
        and opening - outer.j <= OBJECT_BEFORE_ASIDE \
        and not set(sentence.words(outer.j, opening)) & (PREPOSITIONS | {"and", "or"}) \
        and sentence.same_clause(outer.i, opening)


#: The most words of the object a relative aside describes before a verb's infinitive.
OBJECT_BEFORE_ASIDE = 5


#: Words from a protest's "against" or "over" to the act's noun it protests ("against the
#: Group of Eight summit", "over the planned closure").
PROTESTED_GAP = 5


def _protested_object(sentence: Sentence, outer: Trigger, inner: Trigger) -> bool:
    """"Thousands marched through Genoa on Saturday against the Group of Eight summit": a
    noun act after the "against" or "over" of a protest verb in its clause is what the crowd
    protests, however far the route and the day part them, not a second event (its parties
    are not the marchers)."""
    if outer.type != "PROTEST" or outer.entry.pos != "verb" or inner.entry.pos != "noun" \
            or not sentence.same_clause(outer.i, inner.i):
        return False
    toks = sentence.tokens
    for k in range(inner.i - 1, max(outer.j, inner.i - PROTESTED_GAP) - 1, -1):
        if toks[k].lower in PROTESTED_MARKERS - {"at"}:  # a march "at" a square names where it was
            return True
        if not toks[k].lower.isalnum() and toks[k].text not in {"-", "'s"}:
            return False
    return False


def _predicate_plural(toks: list, k: int) -> bool:
    """"would become legitimate targets", "they are targets": a plural after a copula and at
    most one modifier is the predicate noun; a verb's "-s" form never follows "be" or
    "become"."""
    word = toks[k].lower
    if not s_form(word):
        return False
    m = k - 2 if k > 1 and toks[k - 1].lower.isalpha() and toks[k - 1].lower not in COPULAS else k - 1
    return m >= 0 and toks[m].lower in COPULAS


#: Finite verbs that agree with a plural subject only, never following a verb's "-s" form.
PLURAL_AUXILIARIES = frozenset({"are", "were", "have"})


def _plural_subject(toks: list, k: int, after_actor: bool) -> bool:
    """"Sanctions were imposed on the bank": an "-s" form right before a plural auxiliary is
    a plural noun, the auxiliary's subject, unless a party or pronoun before it is that
    subject ("what Iran claims were drone strikes")."""
    return s_form(toks[k].lower) and k + 1 < len(toks) and toks[k + 1].lower in PLURAL_AUXILIARIES \
        and not after_actor and (k == 0 or toks[k - 1].lower not in PRONOUNS)


#: Words between the subject of an absolute clause and its "having" ("Eritrea, for its part,
#: having"; "the army having"), and between "having" and the participle ("having already freed").
ABSOLUTE_GAP = frozenset({"already", "finally", "now", "since", "just", "also", "reportedly"})


def _absolute_subject(sentence: Sentence, groups: list[Group], trig: Trigger) -> list[ActorRef] | None:
    """The subject of the perfect participle at ``trig`` in an absolute clause, whatever the
    roles read: after a comma, the phrase right before "having" ("..., Eritrea having ended
    their detention and returned their boats", "..., Russian forces having pulled out"),
    or opening the sentence, the party right after the comma that closes it ("Having freed
    the crews, Eritrea returned their boats"). The party there acts; None when the participle
    opens no such clause, or where that phrase names no party the roles can take ("the militants having
    torched 20 houses": the roles read the noun). A coordinated participle ("having ended ...
    and returned") shares the clause."""
    toks = sentence.tokens
    if _verb_form(toks[trig.i].lower) != "past" and toks[trig.i].lower not in IRREGULAR_PAST:
        return None
    h = trig.i - 1
    while h >= 0 and toks[h].lower in ABSOLUTE_GAP:
        h -= 1
    if h >= 0 and toks[h].lower == "and":  # "having ended their detention and returned their boats"
        h = next((n for n in range(h - 1, max(-1, h - GOVERNED_WINDOW), -1)
                  if toks[n].lower in {"having", ",", ";"}), -1)
        if h < 0 or toks[h].lower != "having":
            return None
    if h < 0 or toks[h].lower != "having":
        return None
    if h == 0 or toks[h - 1].text in QUOTES:  # fronted: "Having freed the crews, Eritrea returned"
        comma = next((n for n in range(trig.j, len(toks)) if toks[n].text in {",", ";"}), None)
        if comma is None:
            return None
        group = next((g for g in groups if g.first == comma + 1
                      or g.first == comma + 2 and toks[comma + 1].lower in ARTICLES), None)
        return list(group.refs) if group is not None else None
    start = next((n for n in range(h - 1, -1, -1) if toks[n].text in {",", ";", ":"}), None)
    if start is None or h - start > SUBJECT_PHRASE:
        return None
    group = next((g for g in groups if start < g.first and g.last == h), None)
    return list(group.refs) if group is not None else None


def _plural(word: str) -> str:
    """The plural of a noun of places ("governorate" -> "governorates", "county" -> "counties")."""
    return word[:-1] + "ies" if word.endswith("y") and word[-2:-1] not in set("aeiou") else word + "s"


def _weapon_plural(toks: list, k: int, lexicon: EventLexicon) -> bool:
    """"Artillery shells slammed onto the market", "Mortar rounds crashed into": an "-s" form
    after a weapon word and before a past verb is the weapons, the verb's subject; a verb in
    "-s" has no past verb of its own right after it. Nor is one with no object after it
    ("shipped a million artillery shells to Russia": the shells shipped)."""
    m = k + 1
    while m < len(toks) and toks[m].lower in ADVERB_GAP:
        m += 1
    if not (k > 0 and s_form(toks[k].lower) and lexicon.in_class(toks[k - 1].lower, "weapons")):
        return False
    return m >= len(toks) or _verb_form(toks[m].lower) == "past" \
        or not (toks[m].cap or toks[m].lower in DETERMINERS | NOUN_DETERMINERS or toks[m].lower.isdigit())


def _owned_named_plural(toks: list, k: int) -> bool:
    """"Hezbollah and its Lebanese hosts face", "thanked his Qatari hosts": an "-s" form after a
    possessive pronoun and one capitalised modifier is the noun they modify; the pronoun needs
    a noun, so no subject stands there for a verb ("his government attacks" has one)."""
    return k > 1 and s_form(toks[k].lower) and toks[k - 2].lower in POSSESSIVES | {"her"} \
        and toks[k - 1].cap and toks[k - 1].lower.isalpha()


#: Words between a verb and the head of its object noun ("attacked a UN humanitarian convoy").
OBJECT_NOUN_WORDS = 4


def _object_of_act(sentence: Sentence, triggers: list[Trigger], noun: Trigger) -> int | None:
    """The verb whose direct object the event noun ``noun`` (a vehicle of aid) heads
    ("attacked a humanitarian convoy", "stopped a humanitarian convoy", "turned back a Turkish aid convoy", "let a
    Colombian humanitarian convoy cross"): the noun is what that act is done to, no event of
    its own, unless the verb is one of the noun's own type ("sent a humanitarian convoy"). Only
    determiners and modifiers stand between (no preposition, comma or verb form); the verb is a
    past form, with its particle after it, or a trigger's word."""
    if noun.entry.pos != "noun":
        return None
    toks = sentence.tokens
    v = noun.i - 1
    while v >= 0 and noun.i - v <= OBJECT_NOUN_WORDS and (
            toks[v].lower in DETERMINERS or toks[v].lower.isdigit()
            or toks[v].lower.replace("-", "").isalpha() and _verb_form(toks[v].lower) is None
            and toks[v].lower not in PREPOSITIONS | BE_FORMS | HAVE_FINITE | PRONOUNS | PARTICLES
            | {"and", "or", "to"}):
        v -= 1
    if v < 1 or v == noun.i - 1 and toks[v].lower not in PARTICLES and _verb_form(toks[v].lower) is None:
        return None
    if toks[v].lower in PARTICLES:
        v -= 1
    if _verb_form(toks[v].lower) != "past" or toks[v - 1].lower in BE_FORMS | HAVE_FINITE - {"has", "have", "had"}:
        return None
    if toks[v - 1].lower in BE_FORMS:
        return None  # "was stopped": a passive, its object the subject
    covering = next((t for t in triggers if t.i <= v < t.j or t.i == v), None)
    return None if covering is not None and covering.type in (None, noun.type) else v


#: The suffix that makes a noun of a verb ("imprison": "imprisonment").
NOMINAL_SUFFIX = "ment"
#: Finite forms of "be": one with a participle after it inside a key's gap is another verb's passive.
FINITE_BE = frozenset({"is", "are", "was", "were"})
#: Particles of a phrasal verb before its object ("turned back a convoy", "held up aid").
PARTICLES = frozenset({"back", "away", "off", "up", "down", "out"})


def _listed_noun(toks: list, k: int) -> bool:
    """"shut down internet, telephone and banking services": a bare word between a list's comma
    and its "and" (or next comma), after a lowercase word that is no verb form, is one more
    noun of the list, no verb; a list of verbs has a verb form ("arrested, beat and") or an
    infinitive's "to" ("to protect, support and defend") before it."""
    if not (2 < k < len(toks) - 1) or toks[k - 1].text != "," or toks[k + 1].lower not in {"and", "or", ","}:
        return False
    first, word = toks[k - 2].lower, toks[k].lower
    return first.isalpha() and not toks[k - 2].cap and _verb_form(first) is None and _verb_form(word) is None \
        and not s_form(word) and toks[k - 3].lower not in FINITE_AUXILIARIES | PRONOUNS | {"to", "and", "or"}


def _plural_after_verb(toks: list, k: int) -> bool:
    """"confiscating phones and laptops", "seized phones": an "-s" form right after a verb's
    "-ing" or past form is a plural noun, its object; a verb in "-s" has its subject before it."""
    if not (0 < k and s_form(toks[k].lower)):
        return False
    before = toks[k - 1].lower
    return before.isalpha() and not toks[k - 1].cap and (
        before.endswith("ing") and before not in ING_NON_VERBS or _verb_form(before) == "past")


def _listed_plural(toks: list, k: int) -> bool:
    """"containing medical consumables, dialysis supplies and flour": an "-s" form inside a
    list of plural nouns (a plural and a comma before it, "and" or a comma after it) is one
    more noun of the list, no verb."""
    word = toks[k].lower
    if not s_form(word) or k + 1 >= len(toks) or toks[k + 1].lower not in {"and", ","}:
        return False
    comma = next((m for m in range(k - 1, max(0, k - 3), -1) if toks[m].text == ","), None)
    return comma is not None and all(t.lower.isalpha() and not t.cap for t in toks[comma + 1:k]) \
        and toks[comma - 1].lower.endswith("s") and toks[comma - 1].lower.isalpha() and not toks[comma - 1].cap


def _aim_after_for(sentence: Sentence, protest: Trigger, noun: Trigger) -> bool:
    """"demonstrations for the captives' release", "rallied in Tel Aviv on Saturday for the
    return of the hostages": an event noun after "for" in a protest's clause, with only its
    determiner and modifiers between, is what the protest demands, no event of the day."""
    toks = sentence.tokens
    if noun.entry.pos != "noun" or noun.i - protest.j > PURPOSE_WINDOW or not sentence.same_clause(protest.i, noun.i):
        return False
    k = noun.i - 1
    while k >= protest.j and noun.i - k <= AIM_MODIFIERS and toks[k].lower != "for" \
            and (toks[k].lower.isalpha() or toks[k].text in {"'s", "'", "’"}):
        k -= 1
    return k >= protest.j and toks[k].lower == "for" and "," not in sentence.words(protest.j, k)


def _word_or_initials(word: str) -> bool:
    """A word, or initials with their stops ("U.N.", "U.S."): a modifier between a determiner
    and a noun ("a U.N. offer", "the U.S. veto") as much as a word is."""
    return word.replace(".", "").isalpha()


def _plural_possessive(toks: list, k: int) -> bool:
    """"the captives' release", "the workers' strike": the apostrophe closing a plural owner
    makes the word after it a noun, as "'s" does."""
    return k > 1 and _plural_owner(toks, k - 2)


#: The word class of officials, whom a named person next to the verb stands for ("welcomed
#: Joaquim Chissano to Sanjika Palace", "Joaquim Chissano flew into Blantyre for a tete-a-tete").
OFFICIALS_CLASS = "officials"


def _named_person(sentence: Sentence, groups: list[Group], k: int) -> bool:
    """Whether a person the actor KB names stands right before or right after the verb at
    ``k``: a named official, as a title would be. A day between the subject and its verb
    leaves him before it ("Jawara and Diouf this afternoon discussed")."""
    before = k
    while before > 0 and sentence.tokens[before - 1].lower in SUBJECT_DAY_WORDS:
        before -= 1
    return any((g.first == k + 1 or g.last in (k, before)) and g.refs and all(r.type == "person" for r in g.refs)
               for g in groups)


#: Words of a day that may stand between a subject and its verb ("on Monday", "early this afternoon").
SUBJECT_DAY_WORDS = DAY_ADJUNCT_WORDS | {"early", "late"}


def _plural_owner(toks: list, k: int) -> bool:
    """"the five-time champions' history", "the protesters' demands": a plural whose apostrophe
    is glued to it owns the noun after it, so it is a noun itself, no verb."""
    return k + 1 < len(toks) and toks[k].lower.endswith("s") and toks[k + 1].text in {"'", "’"} \
        and toks[k + 1].start == toks[k].end


#: How many words after a counted act's noun the verb of its rise or fall may stand ("kidnappings
#: in Mexico's northern states fell").
TREND_REACH = 8


#: Verbs whose past is their bare form ("a rocket hit the market", "the army shut the road").
BARE_PASTS = frozenset({"hit", "cut", "put", "set", "shut", "spread", "burst", "let", "hurt", "cast", "bid", "shed",
                        "upset", "broadcast", "forecast", "rid", "quit", "thrust", "split", "beat", "slit", "bet"})


def _indefinite_compound(toks: list, k: int) -> bool:
    """"a pardon order endorsed by the president", "an evacuation order": a bare form after an
    indefinite article and its modifiers is the head of a compound noun, not a verb, as a
    singular subject takes "-s" ("a court orders") and a past or participle has its own ending;
    a modal, an auxiliary, "to" or a relative word before it makes it a verb again ("a court
    could order", "a bid to attack"), and so may a plural ("a dozen soldiers attack")."""
    word = toks[k].lower
    if not word.isalpha() or word.endswith(("s", "ed", "ing")) or word in BARE_PASTS or _verb_form(word):
        return False  # "a stray missile hit a village": a past the same as the bare form
    for m in range(k - 1, max(-1, k - INDEFINITE_REACH - 1), -1):
        before = toks[m].lower
        if before in {"a", "an"}:
            return m < k - 1
        if before in NOT_PRESENT | BE_WORDS | RELATIVES | PREPOSITIONS | {"not", "n't", "and", "or", "but"} \
                or not before.replace("-", "").isalpha() or before.endswith("s"):
            return False  # "a hundred protesters march": a plural subject takes the bare form
    return False


def _indefinite_modifiers(toks: list, k: int) -> bool:
    """"a separate Daesh ambush", "another Hamas attack": an indefinite article before a
    name and its modifiers makes the word after them a noun; a definite one does not ("the
    Israeli army attacks Gaza")."""
    for m in range(k - 1, max(-1, k - INDEFINITE_REACH - 1), -1):
        word = toks[m].lower
        if word in INDEFINITES:
            return m < k - 1
        if not _word_or_initials(word) and "-" not in word:
            return False
    return False


#: Phrases before "of", "to", "for" that make the event noun after them what the news reacts
#: to ("in protest of the refusal", "in response to a request by Oman", "in appreciation of
#: Omani mediation").
REACTIONS = (("in", "protest"), ("in", "response"), ("in", "retaliation"), ("in", "reply"), ("in", "appreciation"),
             ("in", "recognition"), ("in", "gratitude"))
#: Participles before "to" that make the event noun after them one the news only relates to
#: ("a gesture linked to the American-brokered talks"): background, never the news itself.
RELATIONS = frozenset({"linked", "related", "tied", "connected",
                       # "Responding to a request from the African Union, Senegal said": what the news answers
                       "responding", "replying", "reacting"})
#: Participles and verbs before "to" that make the event noun after them what the news gives
#: way to ("stepped down, bowing to the largest street protests in decades"): its cause.
YIELDING = frozenset({"bowing", "bowed", "yielding", "yielded"})
#: Prepositions after a feeling that name its motive ("angered by", "furious at", "in anger over"),
#: and how many words may stand between one and the act it names ("by continued American support").
MOTIVE_LINKS = frozenset({"by", "at", "about", "over", "with"})
MOTIVE_REACH = 4


#: Types of material acts an exercise rehearses ("boarding a suspect dhow", "freeing its
#: hostages", "evacuating the wounded"); the drill itself (COOPERATE, MOBILIZE) is the news.
REHEARSABLE = frozenset({"ASSAULT", "COERCE", "RETREAT", "AID"})
#: Words after a trigger in which a stand-in of an exercise may be named ("stormed a mock
#: hijacked ferry", "fired missiles at dummy targets").
SIMULATED_REACH = 5
#: Words of a kin subject's "of" phrase ("relatives of the freed crew welcomed"), and of the
#: object's modifiers before its people noun ("welcomed the six weary men").
KIN_PHRASE = 4
#: Words back from a place before a comma to the start of its phrase ("the recaptured Qayyarah air base").
PLACE_PHRASE = 5
#: Words back from an event noun to the comma opening an apposition it stands in (", a staging
#: hub for the Mosul offensive").
APPOSITION_REACH = 8
#: Prepositions by which an apposition's noun takes an event noun as its complement (", a
#: staging hub for the offensive", ", the scene of fierce clashes").
APPOSITION_LINKS = frozenset({"for", "of"})
#: Nouns of time that head an apposition dating the news (", a day after", ", a week before").
APPOSITION_TIMES = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours",
                              "night", "morning", "evening", "afternoon"})


#: Words that, after "the same day" or "on the day", open a clause of another event told to
#: date the news ("the call came on the same day that the crown prince met the premier").
SAME_TIME_LINKS = frozenset({"that", "when", "as"})


def _interval_clause(sentence: Sentence, trig: Trigger, lexicon: EventLexicon) -> bool:
    """A word in a clause or a noun phrase that a measured interval opens ("..., a day after
    Israeli aircraft bombed the port", "hours before gunmen stormed", "weeks after Britain,
    France and Germany triggered the snapback of UN sanctions", "the blast came the morning
    after a Turkish air raid") or that the same span of time opens ("came on the same day
    that the crown prince met the premier", "on the day when"): it dates the news by another
    event, news of another day told as a time anchor, like "since the 2006 war"; never one
    act with the news, verb or noun. A bare "after" may tell how the news came about ("died
    after soldiers opened fire"), and a bare "as" what goes on with it: neither is one; nor
    is a part of the day without "the" ("struck this morning after talks failed"). The links,
    the units of time and the parts of the day are the time lexicon's (``offset_links``,
    ``units``, ``parts_of_day``), as the places of such a clause are for eventplace.py. A unit
    after a word of ``bounding_prepositions`` ("could be moving within weeks after ministers
    accepted a timetable") bounds the main clause: the clause after it is no earlier event. A
    clause nested in the interval's (:func:`_outer_opening`: "a day after monitors reported that
    troops had shelled a camp") is as much in it."""
    toks, time = sentence.tokens, load_time_lexicon()

    def interval(k: int) -> bool:
        part_of_day = k > 1 and toks[k - 1].lower in time.parts_of_day and toks[k - 2].lower == "the"
        if k < 1 or time.unit(toks[k - 1].lower) is None and not part_of_day:
            return False  # "Hours after gunmen stormed ...": a unit opening the sentence will do
        if k > 1 and lexicon.in_class(toks[k - 2].lower, "bounding_prepositions"):
            return False
        if toks[k].lower in SAME_TIME_LINKS:
            if k < 2:
                return False  # "Day that ...": no "same" nor "on the" before the unit
            same_day = toks[k - 2].lower == "same"  # "the same day that"
            on_the_day = toks[k].lower != "as" and k > 2 and toks[k - 2].lower == "the" and toks[k - 3].lower == "on"
            return same_day or on_the_day  # "on the day when", never "on the day as"
        return toks[k].lower in time.offset_links

    for opening in (sentence.clause_start(trig.i), _outer_opening(sentence, trig.i)):
        if interval(opening) and all(_listing_comma(toks, k) for k in range(opening, trig.i)
                                     if toks[k].lower in {",", ";"}):
            return True
    for k in range(trig.i - 1, max(0, trig.i - ANCHOR_WINDOW - 1), -1):
        if toks[k].lower in time.offset_links:
            return interval(k)
        if not sentence.same_clause(k, trig.i) or toks[k].lower in {",", ";"}:
            return False
    return False


def _anchor_toll(sentence: Sentence, attack: Event, event: Event, casualties: frozenset[str]) -> bool:
    """Whether ``event`` is a casualty verb with no party in a relative clause after the
    anchor noun ``attack`` ("a day after Tuesday's attack on a checkpost that killed five
    policemen"): it tells that earlier attack's toll, not the news of the sentence."""
    k = sentence.index_at(event.trigger.start)
    return event.type == "ASSAULT" and not event.actors and event.trigger.text.lower() in casualties \
        and attack.trigger.start < event.trigger.start and k > 0 and sentence.tokens[k - 1].lower in RELATIVES


#: Personal pronouns that take up a party already named ("a day after Iran released him"); a
#: possessive may point within its own clause ("met his Sudanese counterpart").
TAKEN_UP = frozenset({"he", "she", "it", "they", "him", "her", "them"})


def _story_party(sentence: Sentence, event: Event) -> bool:
    """Whether a party of ``event`` is one the news has named: mentioned before the clause
    of its trigger, or taken up there by a personal pronoun or a definite description with
    no name in it ("the activists taken off the Sea Lark were flown to Cyprus, a day after
    the boat was seized", "landed in Paris, a day after Iran released him"): the clause goes
    on with the news's own story, not another event."""
    toks = sentence.tokens
    k = sentence.index_at(event.trigger.start)
    first = sentence.clause_start(k)
    clause = [n for n in range(first, len(toks)) if sentence.same_clause(n, first)]
    if any(toks[n].lower in TAKEN_UP for n in clause):
        return True

    def named(ref: ActorRef) -> bool:
        if ref.start is None:
            return False
        n = sentence.index_at(ref.start)
        described = not any(w[:1].isupper() for w in ref.text.split())  # "the boat", not "the emir of Qatar"
        return ref.start < toks[first].start or described and 0 < n < len(toks) and toks[n - 1].lower == "the"

    return any(named(r) for r in event.actors + event.recipients)


def _listing_comma(toks: list[Token], k: int) -> bool:
    """A comma between two names of a list ("Britain, France and Germany"): it closes no
    clause, unlike the comma after an opening clause ("Two days after the vote, protesters
    stormed ..."), nor the comma after a fronted clause with a verb of its own whose last word
    is a name, before a subject of names and its verb ("Years after Lithuania declared
    independence from Russia, Poland and Lithuania connected their grids")."""
    if not (toks[k].text == "," and 0 < k < len(toks) - 1 and toks[k - 1].cap and toks[k + 1].cap):
        return False
    joint = next((a for a in range(k + 1, min(len(toks), k + 6)) if toks[a].lower == "and"), None)
    if joint is None or not all(toks[a].cap or toks[a].lower == "the" for a in range(k + 1, joint)):
        return False  # "to Taipei, China sent 18 warplanes and": a verb before "and" ends no list
    end = joint + 1
    while end < len(toks) and (toks[end].cap or toks[end].lower == "the"):
        end += 1
    verb = end < len(toks) and (_verb_form(toks[end].lower) == "past"
                                or toks[end].lower in HAVE_FINITE | BE_FORMS | {"will", "would"})
    fronted = any(t.lower in FRONTED_OPENERS for t in toks[:FRONTED_OPENING_WORDS]) \
        and not any(t.text == "," for t in toks[:k])  # the sentence's first comma closes a clause opening it
    return not (verb and fronted and any(_verb_form(t.lower) == "past" for t in toks[:k]))


#: Conjunctions whose clause, told after the news, gives what brought the news about ("lifted
#: sanctions after Tripoli agreed to give up its weapons").
REASON_LINKS = frozenset({"after"})
#: Types of reactions (condemning, welcoming): an act after them is what they react to.
REACTION_TYPES = JUDGING_TYPES - {"CONCEDE"}
#: Pronouns a reaction takes up what was told before it by ("calling it", "describing them as").
REACTED_PRONOUNS = frozenset({"it", "them", "this"})


def _reason_clause(sentence: Sentence, trig: Trigger, event: Event, earlier: list[Event]) -> bool:
    """A verb in an "after" clause told after another act of the sentence ("Britain broke off
    relations with Libya after a policewoman was shot dead", "massed troops on the border
    after accusing Kuwait of stealing oil"): what brought the news about, an earlier act the
    report gives as the reason, not news of its own. A clause that names its own day tells a
    second piece of news ("..., after Israel shelled the port on Monday"), one of the act's
    own type tells how the news itself came about ("a boy was killed after soldiers opened
    fire"), and one after a condemnation or a welcome names what is reacted to, news told
    with its reaction ("the minister lashed out at London after Britain sanctioned four
    settlers", "Oman welcomed the truce after its ministry hosted envoys"): all stay events;
    but not after a reaction to what was told before it ("..., describing it as a crime after
    a gunman wounded two guards": :func:`_judges_told`). A noun in such a clause is as much
    background ("after he was captured in a raid"), and so is a verb in a clause nested in it
    ("after an incursion that medics said had killed nine")."""
    toks = sentence.tokens
    opening = _outer_opening(sentence, trig.i)
    if toks[opening].lower not in REASON_LINKS \
            or any(w in {",", ";"} for w in sentence.words(opening, trig.i)) \
            and not _name_aside(sentence, opening, trig.i):
        return False
    clause = range(opening, len(toks))
    if any(toks[n].lower in DAY_WORDS for n in clause if sentence.same_clause(n, opening)):
        return False
    told = [e for e in earlier if e.trigger.end <= toks[opening].start]
    return bool(told) and all(e.type != event.type and (e.type not in REACTION_TYPES or _judges_told(sentence, e))
                              for e in told)


#: The most words of a name set off by commas after its subject ("the island's military ruler,
#: Commodore Frank Bainimarama, ignored").
NAME_ASIDE_WORDS = 6


def _name_aside(sentence: Sentence, start: int, end: int) -> bool:
    """Whether the only commas from ``start`` to ``end`` set off a name in apposition ("after
    the island's military ruler, Commodore Frank Bainimarama, ignored"): one clause still."""
    toks = sentence.tokens
    marks = [n for n in range(start, end) if toks[n].text in {",", ";"}]
    return len(marks) == 2 and toks[marks[0]].text == toks[marks[1]].text == "," \
        and 0 < marks[1] - marks[0] - 1 <= NAME_ASIDE_WORDS and all(t.cap for t in toks[marks[0] + 1:marks[1]])


#: Classes of events.yaml whose words or word pairs, after the comma that ends the news, relate
#: it to an event noun of an earlier day: set apart from it ("parting_links"), added to it
#: ("relating_links"), answering it or naming a party by it ("answering_links").
RELATING_CLASSES = ("parting_links", "relating_links", "answering_links")


def _last_comma(sentence: Sentence, i: int) -> int | None:
    """The comma or semicolon nearest before the token at ``i``: the stretch after it is the
    clause or phrase a comma adds to the sentence."""
    return next((k for k in range(i - 1, -1, -1) if sentence.tokens[k].lower in {",", ";"}), None)


def _linked(stretch: list[str], lexicon: EventLexicon, names: tuple[str, ...]) -> bool:
    """Whether a word or word pair of ``stretch`` belongs to one of the classes ``names``."""
    return any(lexicon.in_class(" ".join(stretch[n:n + size]), name)
               for name in names for size in (1, 2) for n in range(len(stretch) - size + 1))


def _set_apart(sentence: Sentence, trig: Trigger, lexicon: EventLexicon) -> bool:
    """An event noun with a day of its own that a stretch after a comma sets apart from the news
    by a pair of ``parting_links`` (", a case separate from the arrests made in Luxor on
    Tuesday"), or, owned by a day before the report's, relates the news to by any of
    :data:`RELATING_CLASSES` (", subject of Monday's consultations", ", in answer to Thursday's
    build-up"): the link and the day name it another act, so it is no news of this report even
    where the news before the comma is no coded event, unlike an act a bare opener (", as
    Friday's build-up went on") sets beside it. Undated, it may be news still (", a meeting
    distinct from the summit with Nigeria"). A verb's plural or gerund is as much a noun
    ("separate from the Luxor antiquities arrests")."""
    toks = sentence.tokens
    if _verb_form(toks[trig.i].lower) == "past" and not _nominal(sentence, trig):
        return False
    comma = _last_comma(sentence, trig.i)
    if comma is None:
        return False
    stretch = sentence.words(comma + 1, trig.i)
    stop = next((n for n in range(trig.j, len(toks)) if toks[n].lower in {",", ";"}), len(toks))
    dated = day_owned(sentence, trig.i) or _dated_after(sentence, trig, lexicon) \
        or any(t.lower in DAY_WORDS for t in toks[trig.j:stop])
    return dated and (_linked(stretch, lexicon, ("parting_links",)) or _parting_variant(stretch, lexicon)
                      or _denied_apposition(stretch)) \
        or day_owned(sentence, trig.i, earlier=True) and _linked(stretch, lexicon, RELATING_CLASSES)


def _parting_variant(stretch: list[str], lexicon: EventLexicon) -> bool:
    """Whether ``stretch`` holds the first word of a pair of ``parting_links`` with another
    preposition after it (", a gift separate to Tuesday's delivery", ", a raid independent from
    Monday's strikes"): the word parts the news from the act whatever preposition it takes."""
    firsts = {link.split()[0] for link in lexicon.classes.get("parting_links", frozenset()) if " " in link}
    return any(word in firsts and nxt in PREPOSITIONS for word, nxt in zip(stretch, stretch[1:]))


#: Words after a denial that link an appositive noun to another act (", a case not part of",
#: ", a donation no part of", ", an attack not tied to"), with the preposition that follows.
DENIED_LINK_WORDS = 2


def _denied_apposition(stretch: list[str]) -> bool:
    """Whether ``stretch`` (the words from a comma to an event noun with a day of its own) is a
    noun in apposition to the news that a denial links to that noun by a preposition (", a
    donation not part of Saturday's relief", ", an arrest not linked to Monday's raid", ", a
    walkout not tied to Sunday's strike"): it denies the news is that act, so the act is
    another one, no news of this report. Only an appositive noun phrase with no verb before the
    denial: ", the governor was not hurt in Monday's attack" tells the attack."""
    d = next((n for n, word in enumerate(stretch) if word in PARTING_DENIALS), None)
    if d is None or not 1 < d <= APPOSITION_WORDS + 1 or stretch[0] not in APPOSITION_OPENERS \
            or any(word in COPULAS or word in HAVE_FINITE or _verb_form(word) for word in stretch[1:d]):
        return False
    return any(word in PREPOSITIONS for word in stretch[d + 1:d + 2 + DENIED_LINK_WORDS])


#: Words that may stand between a copula and the link that parts its subject from another act
#: ("is entirely separate from", "was also unrelated to", "was not linked to").
PARTING_ADVERBS = frozenset({"entirely", "completely", "wholly", "totally", "quite", "also", "apparently",
                             "clearly", "probably", "likely", "seemingly", "reportedly", "believed"})
#: Words that deny a relating link ("was not linked to", "had no connection to").
PARTING_DENIALS = frozenset({"not", "never", "no", "n't"})
#: Determiners of a subject noun that refers back to the news ("The assault", "This protest").
BACK_REFERENCES = frozenset({"the", "this", "that", "these", "those"})


def _parted_subject(sentence: Sentence, trig: Trigger, triggers: list[Trigger], lexicon: EventLexicon) -> bool:
    """An event noun a copular clause sets apart from the news named by its subject, a definite
    event noun referring back to it ("The assault is separate from Thursday's raid on Ngoshe",
    "The demonstration was unrelated to Sunday's wage protest", "Police said the arrest was not
    linked to Monday's bombing"): by a pair of ``parting_links``, or a pair of ``relating_links``
    denied ("not linked to", "no connection to"). The noun is another act, told to part the news
    from it, not news of this report. A subject that is no event noun ("The company is unrelated
    to the protest") parts nothing."""
    toks = sentence.tokens
    if _verb_form(toks[trig.i].lower) == "past" and not _nominal(sentence, trig):
        return False
    cop = next((k for k in range(trig.i - 1, -1, -1) if toks[k].lower in COPULAS | {"had", "has", "have"}
                or toks[k].lower in {",", ";"}), None)
    if cop is None or toks[cop].lower in {",", ";"} or trig.i - cop > 8:
        return False
    words = sentence.words(cop + 1, trig.i)
    n = 0
    denied = False
    while n < len(words) and (words[n] in PARTING_ADVERBS or words[n] in PARTING_DENIALS):
        denied = denied or words[n] in PARTING_DENIALS
        n += 1
    pair = " ".join(words[n:n + 2])
    if not (lexicon.in_class(pair, "parting_links")
            or denied and lexicon.in_class(pair, "relating_links")):
        return False
    if toks[cop].lower in {"had", "has", "have"} and not denied:
        return False
    head = next((t.i for t in triggers if t.j == cop and t is not trig and t.j - t.i <= 2), None)
    if head is None and cop > 0 and any(p.entry.pos == "noun" for p in lexicon.candidates(toks[cop - 1].lower)):
        head = cop - 1  # "The march was ...": a noun that is an event only with its agent is still one
    return head is not None and any(toks[k].lower in BACK_REFERENCES for k in range(max(0, head - 3), head))


def _dated_background(sentence: Sentence, trig: Trigger, earlier: list[Event], lexicon: EventLexicon) -> bool:
    """An event noun named by its own earlier day ("Friday's build-up", "Monday's blockades")
    in a stretch a comma adds after the news, opened by a word of ``dated_background_openers``
    (", as eastern forces kept up Friday's build-up", ", while Friday's build-up drew the
    attention") or by an interval of ``interval_links`` (", a day on from Monday's road
    blockades"), or named in that stretch as what is mourned, buried or included, by a word of
    ``recalling_words`` ("; far away, the town was burying the victims of Friday's bombing",
    ", the latest in a wave of unrest that included Sunday's rallies"), or set apart from the
    news or added to it by a pair of ``relating_links`` (", a message distinct from Thursday's
    threat", ", adding to Thursday's airlift"), or given as what the news answers or as what names
    a party by ``answering_links`` (", in answer to Thursday's build-up", ", a message to the
    faction behind Tuesday's threat"): an act reported before, told as the background
    the news stands against, not news of this report. The news must be told before the comma;
    a dated noun heading the sentence ("Friday's attack killed 12") is news. "As well as"
    joins, it opens none. A verb's plural or gerund owned by the day is as much a noun
    ("Sunday's pensioner rallies", "Friday's car bombing"); its past is the verb of a dated
    subject ("Friday's talks ended"). A noun dated by an earlier time after it (", separate
    from talks with Rome a day earlier": :func:`_dated_after`) is as much owned by its day."""
    toks, time = sentence.tokens, load_time_lexicon()
    if not (day_owned(sentence, trig.i) and (_nominal(sentence, trig) or _verb_form(toks[trig.i].lower) != "past")
            or _nominal(sentence, trig) and _dated_after(sentence, trig, lexicon)):
        return False
    comma = _last_comma(sentence, trig.i)
    if comma is None or not any(e.trigger.end <= toks[comma].start for e in earlier):
        return False
    stretch = sentence.words(comma + 1, trig.i)
    if day_owned(sentence, trig.i, earlier=True) and _verb_form(toks[trig.i].lower) != "past" \
            and not _finite_verb_in(stretch + _to_comma(sentence, trig.j)):
        return True  # ", the ambush and Thursday's shelling of the barracks being unrelated": no clause
    if stretch and lexicon.in_class(stretch[0], "dated_background_openers") and stretch[:2] != ["as", "well"] \
            or any(lexicon.in_class(word, "recalling_words") for word in stretch) \
            or _linked(stretch, lexicon, RELATING_CLASSES):
        return True
    return any(lexicon.in_class(" ".join(stretch[n + 1:n + 3]), "interval_links")
               and time.unit(stretch[n]) is not None
               for n in range(len(stretch) - 2))


def _to_comma(sentence: Sentence, j: int) -> list[str]:
    """The words from ``j`` up to the next comma, semicolon or the sentence's end."""
    words = sentence.words(j, len(sentence.tokens))
    ends = [k for k, w in enumerate(words) if w in {",", ";"}]
    return words[:ends[0]] if ends else words


def _finite_verb_in(words: list[str]) -> bool:
    """Whether ``words`` hold a past form or a finite auxiliary: a clause of its own. What
    follows "being" is the non-finite verb group of an absolute phrase ("being unrelated")."""
    words = words[:words.index("being")] if "being" in words else words
    return any(_verb_form(w) == "past" or w in BE_FORMS | HAVE_FINITE | {"will", "would"} for w in words)


def _dated_after(sentence: Sentence, trig: Trigger, lexicon: EventLexicon) -> bool:
    """Whether a time before the reference one follows the noun of ``trig`` in its phrase,
    before the next comma: a unit with a word of ``earlier_offsets`` next to it ("talks with
    Rome a day earlier", "the summit the day before", "the raid last week")."""
    toks, time = sentence.tokens, load_time_lexicon()
    for n in range(trig.j, len(toks)):
        if toks[n].lower in {",", ";"} or not sentence.same_clause(trig.i, n):
            return False
        if time.unit(toks[n].lower) is not None and any(
                0 <= m < len(toks) and lexicon.in_class(toks[m].lower, "earlier_offsets") for m in (n - 1, n + 1)):
            return True
    return False


#: Words opening a clause after a participle that date the act of the noun before it by an
#: earlier event ("sanctions imposed after the coup", "a blockade tightened since the riots").
EARLIER_LINKS = frozenset({"after", "since"})


def _imposed_before(sentence: Sentence, trig: Trigger) -> bool:
    """An event noun with a past participle after it whose phrase dates the act before the
    news, by an earlier event or time ("to cope with Western sanctions imposed after the coup",
    "an embargo imposed in 1990"): a measure in force, named as a burden or a cause, not news.
    A time word after the link keeps the act on its day ("a raid launched after midnight")."""
    toks = sentence.tokens
    if not _nominal(sentence, trig) or trig.j >= len(toks) or _verb_form(toks[trig.j].lower) != "past":
        return False
    end = trig.j + 1
    while end < len(toks) and toks[end].text not in {",", ";"} and sentence.same_clause(end, trig.j):
        end += 1
    return end < len(toks) and toks[end].lower in EARLIER_LINKS or _earlier_time(sentence, range(trig.j + 1, end))


def _begun_before(sentence: Sentence, trig: Trigger, lexicon: EventLexicon) -> bool:
    """An act whose onset the sentence tells, by a word of ``onset_verbs``: a noun with a
    relative clause on when it began ("ending a detention that began in May") names a state
    that held before the news, and a verb in the "when" clause of such a word ("a siege that
    started when militias blocked the road") tells that earlier start: background, not news;
    unless that clause names a day of its own ("protests began when police arrested a student
    on Tuesday"), news of its own."""
    toks = sentence.tokens
    if _nominal(sentence, trig):
        return trig.j + 1 < len(toks) and toks[trig.j].lower in RELATIVES \
            and lexicon.in_class(toks[trig.j + 1].lower, "onset_verbs")
    opening = sentence.clause_start(trig.i)
    return toks[opening].lower == "when" and opening > 0 and lexicon.in_class(toks[opening - 1].lower, "onset_verbs") \
        and not any(toks[n].lower in DAY_WORDS for n in range(opening, len(toks)) if sentence.same_clause(n, opening))


def _judges_told(sentence: Sentence, reaction: Event) -> bool:
    """Whether a reaction's object is a pronoun taking up what was told before it ("calling
    it a crime", "describing them as reprisals"): it reacts to that, not to a later clause."""
    k = sentence.index_at(reaction.trigger.end)
    return k < len(sentence.tokens) and sentence.tokens[k].lower in REACTED_PRONOUNS


#: Determiners that make an event noun point back to an act already told ("said the threats
#: would not scare them", "these threats").
BACK_POINTING = frozenset({"the", "these", "those", "this", "that", "such"})


#: The wire's two-word synonym of "counterpart" ("received his Egyptian opposite number"),
#: which is of the class of officials the counterpart word is of.
OPPOSITE_NUMBER = ("opposite", "number")
COUNTERPART_WORD = "counterpart"


def _opposite_number(sentence: Sentence, n: int) -> bool:
    """Whether token ``n`` is a word of "opposite number"."""
    toks = sentence.tokens
    first = n if toks[n].lower == OPPOSITE_NUMBER[0] else n - 1
    return 0 <= first and first + 1 < len(toks) and toks[first].lower == OPPOSITE_NUMBER[0] \
        and toks[first + 1].lower in {OPPOSITE_NUMBER[1], OPPOSITE_NUMBER[1] + "s"}


def _told_before(sentence: Sentence, trig: Trigger) -> bool:
    """Whether the noun trigger at ``trig`` follows a determiner that points back ("the threats
    do not scare us"): a speaker answering a threat makes none; "a threat" would be new."""
    return trig.entry.pos == "noun" and trig.i > 0 and sentence.tokens[trig.i - 1].lower in BACK_POINTING


def _nominal(sentence: Sentence, trig: Trigger) -> bool:
    """A noun trigger, or a verb's gerund after an article or a possessive ("over the jailing
    of the mayor", "since Israel's shelling of the port") or owned by its day past a modifier
    ("since Wednesday's car bombing"), or a verb's form other than its past right after an
    anchoring preposition ("despite protests by traders"), or a verb's base or plural form in the
    phrase of an occasion or after "from" (:func:`_occasion_phrase`), which names an act as a noun does."""
    toks = sentence.tokens
    return trig.entry.pos == "noun" or trig.i > 0 and toks[trig.i].lower.endswith("ing") \
        and (toks[trig.i - 1].lower in DETERMINERS or toks[trig.i - 1].text in {"'s", "'"}
             or day_owned(sentence, trig.i)) \
        or trig.i > 0 and toks[trig.i - 1].lower in ANCHOR_PREPS and _verb_form(toks[trig.i].lower) != "past" \
        or _verb_form(toks[trig.i].lower) is None and _occasion_phrase(sentence, trig.i)


#: Types of a participle after the subject that only describe who acts ("guerrillas occupying
#: the residence set free hostages").
DESCRIBING_TYPES = frozenset({"COERCE", "CONSULT"})


def _subject_participle(sentence: Sentence, trig: Trigger, triggers: list[Trigger]) -> bool:
    """A verb's "-ing" form right after the subject's noun, before the clause's own past verb,
    which is a trigger ("guerrillas occupying the ambassador's residence set free 38 more
    hostages", "donor governments meeting in Geneva pledged 700 million dollars"): a hold or a
    meeting it describes who acts by, as a relative clause would (types of
    :data:`DESCRIBING_TYPES`); the news is the verb after it. A protest's participle is the
    news's own kind ("Tunisians protesting joblessness occupied the tracks") and stays."""
    toks = sentence.tokens
    if trig.entry.pos != "verb" or not toks[trig.i].lower.endswith("ing") or trig.i == 0 \
            or trig.type not in DESCRIBING_TYPES:
        return False  # "meeting" too, a noun elsewhere: "donor governments meeting in Geneva pledged"
    before = toks[trig.i - 1].lower
    if not before.isalpha() or before in DETERMINERS | PREPOSITIONS | BE_WORDS or _verb_form(before) is not None:
        return False
    start = sentence.clause_start(trig.i)
    if any(toks[n].text in {",", ";", ":"} or toks[n].lower in BE_WORDS or _verb_form(toks[n].lower) is not None
           for n in range(start, trig.i - 1)):
        return False
    return any(t.i > trig.i and sentence.same_clause(t.i, trig.i) and t.entry.pos == "verb"
               and _verb_form(toks[t.i].lower) == "past" for t in triggers)


def _setting_meeting(sentence: Sentence, trig: Trigger, event: Event) -> bool:
    """A meeting noun after "during" that names no one met, in its phrase or in its roles
    (fewer than two parties): "committed itself to a prisoner swap with the government during a
    meeting in the demilitarised zone" tells where the news was made, as "at a meeting" does;
    "X and Y stressed, during talks in Cairo, ..." and "during a meeting with the bank's
    director" are talks of their own."""
    toks = sentence.tokens
    if trig.type not in VENUE_TYPES or not _nominal(sentence, trig) \
            or len(event.actors) + len(event.recipients) >= 2 or _meeting_party(sentence, trig.j):
        return False
    for k in range(trig.i - 1, max(-1, trig.i - ANCHOR_WINDOW - 1), -1):
        if toks[k].lower in {",", ";", ":", "and", "that", "which", "who"} or toks[k].lower in PREPOSITIONS:
            return toks[k].lower == "during"
    return False


def _meeting_party(sentence: Sentence, j: int) -> bool:
    """Whether the phrase from token ``j`` to the next comma names whom a meeting is held with
    (:data:`MEETING_PARTY_LINKS`: "during talks in Cairo on Sunday between Tehran's foreign
    minister and senior Egyptian officials")."""
    toks = sentence.tokens
    for n in range(j, len(toks)):
        if toks[n].text in {",", ";", ":", "."}:
            return False
        if toks[n].lower in MEETING_PARTY_LINKS:
            return True
    return False


def _posed_danger(sentence: Sentence, trig: Trigger) -> bool:
    """A noun trigger followed by "posed by" or "presented by" (:data:`POSED_WORDS`): "the threat
    posed by anti-government protesters had receded" tells a risk, not a threat made."""
    toks = sentence.tokens
    return trig.entry.pos == "noun" and trig.j + 1 < len(toks) and toks[trig.j].lower in POSED_WORDS \
        and toks[trig.j + 1].lower == "by"


def _occasion_phrase(sentence: Sentence, i: int) -> bool:
    """Whether token ``i`` ends the noun phrase after "ahead of", "on the eve of", "in the run-up
    to" (:data:`OCCASIONS`) or after "from", with no clause break or other preposition between
    ("ahead of Thursday's planned opposition rally", "freed from house arrest"), or after a
    participle of giving way ("bowing to street protests"): a verb's base or plural form there
    is a noun, as no verb follows "of" without its subject."""
    toks = sentence.tokens
    for k in range(i - 1, max(0, i - ANCHOR_WINDOW - 1), -1):
        word = toks[k].lower
        if word in {",", ";", ":", "and", "that", "which", "who"} or word in PREPOSITIONS:
            return word in {"of", "to"} and toks[k - 1].lower in OCCASIONS or word == "from" \
                or word == "to" and toks[k - 1].lower in YIELDING
    return False


def _anchor(sentence: Sentence, trig: Trigger, lexicon: EventLexicon) -> bool:
    """A nominal trigger after "since", "after", "before", "following", "over" or "amid" in its
    phrase ("amid Baghdad's complaints over Turkish strikes"), after "ahead of" or "on the eve
    of" ("ahead of the next round of peace talks"), or after "in protest of/at/against" or "in
    response to" ("a hunger strike in protest of the government's refusal"), or after "linked
    to" ("a gesture linked to the talks") or "bowing to" ("bowing to street protests"): what
    the news answers, is timed by or relates to, not the news. A meeting noun after "at" is the
    news's venue ("endorsed the call at a summit in Abuja"), and so is one after "on the
    sidelines of" ("on the margins of the G20 summit") or after "addressing" ("addressing the
    bloc's summit in Asuncion, voiced support").
    A span of time before "into" counts from the act ("four months into the invasion"), its anchor.
    A detention after "from" is the state a party leaves ("freed her from house arrest"), no act.
    An act after "against" with a modifier of ``GUARDED_MODIFIERS`` ("on alert against possible
    incursions") is a danger guarded against, no act. A noun of ``scenes`` before "of" names a
    place by what went on there before ("a village, the scene of heavy fighting in December"). A partitive before "of"
    (``partitives`` in events.yaml: "ahead of the next round of peace talks") leaves the phrase open."""
    toks = sentence.tokens
    for k in range(trig.i - 1, max(-1, trig.i - ANCHOR_WINDOW - 1), -1):
        word = toks[k].lower
        if word in ANCHOR_PREPS or word in VENUE_PARTICIPLES and trig.type in VENUE_TYPES:
            return True
        if word == "of" and k > 0 and lexicon.in_class(toks[k - 1].lower, "partitives"):
            continue
        if word in {",", ";", ":", "and", "that", "which", "who"} or word in PREPOSITIONS:
            return word in {"of", "at", "against", "to", "for"} and k > 1 \
                and any(sentence.match(k - 2, words) for words in REACTIONS) \
                or word in {"of", "to"} and k > 0 and toks[k - 1].lower in OCCASIONS \
                or word == "at" and trig.type in VENUE_TYPES \
                or word == "of" and k > 0 and toks[k - 1].lower in VENUE_EDGES and trig.type in VENUE_TYPES \
                or word == "against" and any(t.lower in GUARDED_MODIFIERS for t in toks[k + 1:trig.i]) \
                or word == "to" and k > 0 and toks[k - 1].lower in RELATIONS | YIELDING \
                or word == "of" and k > 0 and lexicon.in_class(toks[k - 1].lower, "scenes") \
                or word == "from" and trig.type == "COERCE" and not toks[trig.i].lower.endswith("ing") \
                or word == "into" and k > 0 and load_time_lexicon().unit(toks[k - 1].lower) is not None
    return False


def _motive(sentence: Sentence, trig: Trigger, triggers: list[Trigger], lexicon: EventLexicon) -> bool:
    """"Iranian-backed groups angered by American support for the war", "furious at the
    blockade", "in anger over the raids": an act after a feeling's "by", "at" or "over"
    (``motive_feelings`` in events.yaml) is why a party acts, background to the report. It
    must head that phrase, with no other trigger or comma between ("angered by the raid
    staged a protest": the protest is news), unless the feeling opens an aside set off by
    commas, all of which tells the motive ("EU leaders, furious at the forced landing of a jet
    in Minsk to arrest a journalist, said")."""
    toks = sentence.tokens
    comma = next((k for k in range(trig.i - 1, -1, -1) if toks[k].text in {",", ";", ":"}), None)
    if comma is not None and sentence.aside_opening(_aside_close(sentence, comma)) == comma \
            and lexicon.in_class(toks[comma + 1].lower, "motive_feelings"):
        return True
    for k in range(trig.i - 1, max(0, trig.i - MOTIVE_REACH - 1), -1):
        if toks[k].lower in MOTIVE_LINKS:
            return lexicon.in_class(toks[k - 1].lower, "motive_feelings")
        if toks[k].lower in {",", ";", ":"} or any(t.i <= k < t.j for t in triggers if t is not trig):
            return False
    return False


def _aside_close(sentence: Sentence, comma: int) -> int:
    """The token after the comma that closes the aside the comma at ``comma`` opens (the
    sentence's end when none does): where :meth:`Sentence.aside_opening` reads back from."""
    toks = sentence.tokens
    return next((k + 1 for k in range(comma + 1, len(toks)) if toks[k].text == ","), len(toks))


#: Words back from a clause's "that" in which an anchoring preposition governs the noun of
#: content before it ("after reports that", "amid unconfirmed claims that").
CONTENT_ANCHOR_REACH = 4


def _reported_anchor(sentence: Sentence, trig: Trigger, content: frozenset[str]) -> bool:
    """A verb in the clause of a noun of content after an anchoring preposition ("put its
    forces on alert after reports that Ecuador had flown helicopters into the area", "amid
    claims that militias shelled the camp"): what the news answers, told as hearsay, not
    news of its own."""
    toks = sentence.tokens
    opening = sentence.clause_start(trig.i)
    if trig.entry.pos != "verb" or toks[opening].lower != "that" or opening < 2 \
            or toks[opening - 1].lower not in content:
        return False
    return any(toks[m].lower in ANCHOR_PREPS for m in range(max(0, opening - CONTENT_ANCHOR_REACH), opening - 1))


#: Words back from a clause's "that" to its noun of content past the source's phrase ("Sunday's
#: claims from the armed forces that").
CONTENT_SOURCE_REACH = 6
#: Prepositions naming the source of a noun of content ("claims from the army", "reports by monitors").
SOURCE_LINKS = frozenset({"from", "by"})


def _dated_report(sentence: Sentence, trig: Trigger, content: frozenset[str]) -> bool:
    """A verb in the clause of a noun of content owned by an earlier day ("added a quarrel to
    Sunday's claims from the army that rebel posts had fired on the town", "Friday's reports
    that militias shelled the camp"): an act told on that day, which the news only recalls."""
    toks = sentence.tokens
    opening = sentence.clause_start(trig.i)
    if trig.entry.pos != "verb" or toks[opening].lower != "that":
        return False
    for k in range(opening - 1, max(-1, opening - 1 - CONTENT_SOURCE_REACH), -1):
        if toks[k].lower in content:
            return (k == opening - 1 or toks[k + 1].lower in SOURCE_LINKS) and day_owned(sentence, k, earlier=True)
        if not toks[k].lower.isalpha():
            return False
    return False


def _since_clause(sentence: Sentence, trig: Trigger) -> bool:
    """A verb in a clause that "since" opens, or in a clause nested in it ("the first such
    encounter since the rebels seized the Palace of Justice in 1985", "the first talks since
    Delhi accused Islamabad of backing the gunmen who stormed a hotel"): the starting point the
    news is measured from, or its cause, told before it: background, not news."""
    if trig.entry.pos != "verb":
        return False
    opening = _outer_opening(sentence, trig.i)
    return sentence.tokens[opening].lower == "since" \
        and not any(w in {",", ";"} for w in sentence.words(opening, trig.i))


def _outer_opening(sentence: Sentence, k: int) -> int:
    """The first token of the clause of token ``k`` or, where a relative pronoun or "that"
    opens it with no comma before, of the clause it hangs on, up the chain ("since India
    accused Pakistan of backing the militants who attacked", "a day after monitors reported
    that rebels had burned"): what the outer clause tells of time holds for the nested ones."""
    toks = sentence.tokens
    opening = sentence.clause_start(k)
    while opening > 0 and toks[opening].lower in RELATIVE_OPENERS and toks[opening - 1].text not in {",", ";"}:
        opening = sentence.clause_start(opening - 1)
    return opening


_SPECIAL = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC", "UNK"})


def _force_country(sentence: Sentence, trig: Trigger, states: list[ActorRef], places: set[str],
                   dominant: str | None) -> str | None:
    """The country of a bare force noun acting at ``trig``: the one army named in the
    sentence ("Troops pulled out of Tubas ..., the IDF says"), else the one country of the
    states named outside the trigger's object (what follows the trigger in its clause up to a
    comma: the people detained, the positions shelled) and of the places, where a place of
    the object's own country is no evidence ("Palestinians in Hebron": their home, not the
    troops'), else ``dominant``, the document's country when the sentence names none."""
    toks = sentence.tokens

    def acted_on(r: ActorRef) -> bool:
        n = sentence.index_at(r.start or 0)
        return trig.j <= n < len(toks) and sentence.same_clause(n, trig.i) \
            and not any(t.lower in (",", ";") for t in toks[trig.j:n])  # ", the IDF said": a source

    agents = [r for r in states if not acted_on(r)]
    armies = {r.country for r in agents if r.type == "military" or r.sector == "MIL"}
    objects = {r.country for r in states if acted_on(r)}
    here = armies or {r.country for r in agents} | (places - objects)
    if len(here) == 1:
        return next(iter(here))
    return dominant


def _noun_like(sentence: Sentence, trig: Trigger) -> bool:
    """Whether the trigger names an act as a noun: a noun entry, or a verb's "-ing" form after
    "the" and before "of" ("condemned the targeting of Mitiga airport"), a gerund whose
    phrase, like a noun's, holds its object and doer."""
    toks = sentence.tokens
    return trig.entry.pos == "noun" or (trig.i > 0 and toks[trig.i - 1].lower == "the"
                                        and toks[trig.i].lower.endswith("ing")
                                        and trig.j < len(toks) and toks[trig.j].lower == "of")


def _dominant_country(mentions: list[Mention]) -> str | None:
    """The country of more than half of a document's country-bearing mentions (two at least)."""
    counts: dict[str, int] = {}
    for m in mentions:
        country = (m.actor.country if m.actor else None) or (m.place.country if m.place else None)
        if country and country not in _SPECIAL:
            counts[country] = counts.get(country, 0) + 1
    if not counts:
        return None
    best = max(counts, key=lambda c: counts[c])
    total = sum(counts.values())
    return best if counts[best] >= 2 and counts[best] * 2 > total else None


def _names_party(mention: Mention, refs: list[ActorRef]) -> bool:
    """Whether a place mention overlaps one of the parties ``refs``: the name is an actor, no place."""
    return any((r.start or 0) < mention.end and mention.start < (r.end or 0) for r in refs)


def _state_of(mention: Mention, reason: str = "place: a country named as a place") -> ActorRef:
    """A country named as a place ("visited Russia", "withdrew from Lebanon") as its state:
    a candidate for a recipient (a subject is never read from a prepositional phrase)."""
    place = mention.place
    assert place is not None
    return ActorRef(text=mention.text, start=mention.start, end=mention.end, name=place.name,
                    country=place.country, type="state", reason=reason)


#: What joins an office holder's name to his own country after it ("President Y of Chad").
OF_OWNER = re.compile(r",?\s+of\s+(?:the\s+)?")
#: Reasons of roles read from a place: by metonymy ("the place struck") or a country named as one.
_PLACE_READ = ("metonymy:", "place:")
#: The reason of a force named by its side or role, not its country ("security forces",
#: "regime forces"; events_roles.py).
DOMESTIC_FORCE = "noun: domestic"


def _participant_spans(event: Event) -> list[Span]:
    """Where the event's participants are named, which is never where it happened: every
    actor (the place fired from included: a launch site is not the scene of an attack) and
    every recipient except a place read as one ("fired at Ashkelon", "visited Baghdad",
    "rockets at Israel"), which is where the event happened."""
    refs = [*event.actors, *(r for r in event.recipients if not (r.reason or "").startswith(_PLACE_READ))]
    return [Span(r.start, r.end) for r in refs if r.start is not None and r.end is not None]


def _soft(ref: ActorRef) -> bool:
    """A role read from a place by metonymy ("fired at Ashkelon"): weaker than a named actor.
    A capital the actor stage reads as its government ("Yerevan mobilised reservists") is a
    party named as firmly as its state."""
    reason = ref.reason or ""
    return reason.startswith("metonymy:") and " stands for the government of " not in reason


def _compatible(a: list[ActorRef], b: list[ActorRef], bare: bool = False) -> bool:
    """Whether two role lists may be one event's: one is empty, read from a place only, or
    they share an actor. ``bare``: a mention of no party and no country counts as unnamed
    too ("a camp for Congolese refugees was attacked ..., killing 156 people": those killed
    are some of those struck, no other party)."""
    def firm(ref: ActorRef) -> bool:
        return not _soft(ref) and not (bare and not ref.country and not ref.actor_id)
    a, b = [r for r in a if firm(r)], [r for r in b if firm(r)]
    return not a or not b or any(same_actor(x, b) for x in a)


def _elaborates(told: Event, event: Event) -> bool:
    """Whether ``event`` is a participle clause after a comma that spells out the act ``told``
    before it, by the same actors and of its type, with no target of its own or only the
    actors' own people ("blocked the property of six firms, barring Americans from any
    dealings with them", "listed the firm, freezing its assets"): the measure's scope, not a
    second act. A ban after a sanction ("..., barring its airlines from our airports") is its
    content too, on the actors' people or the sanctioned. Any other target of its own ("...,
    threatening an incursion against the SDF") keeps it an event."""
    home = {a.country for a in told.actors if a.country}
    if told.type in SPELT_OUT:  # a ban's scope: the actors' people or the sanctioned
        home |= {r.country for r in told.recipients if r.country}
    return (told.type == event.type or (event.type, event.mode or "") in SPELT_OUT.get(told.type, ())) \
        and _spells_out(told, event) and all(r.country in home for r in event.recipients) \
        and not _other_modes(told, event)  # ", detaining cabinet ministers": a measure of its own


def _spells_out(told: Event, event: Event) -> bool:
    """Whether ``event`` is a participle after a comma, later than ``told`` in its sentence,
    whose actors are all ``told``'s (", unloading 250 tents", ", freezing its assets")."""
    before = event.sentence.text[:event.trigger.start - event.sentence.start].rstrip()
    return told.trigger.start < event.trigger.start and bool(event.actors) \
        and event.trigger.text.lower().endswith("ing") and before.endswith(",") \
        and all(same_actor(a, told.actors) for a in event.actors)


def _aid_arrivals(events: list[Event], lexicon: EventLexicon, trace: list[str] | None) -> list[Event]:
    """"Eight military cargo planes arrived at the air base, unloading tents and food
    parcels": an arrival (``arriving``, ``entering`` in events.yaml) read as a deployment,
    spelt out by a participle of aid by the same actors, is the aid's delivery: no MOBILIZE."""
    arrivals = lexicon.classes.get("arriving", frozenset()) | lexicon.classes.get("entering", frozenset())
    kept = []
    for event in events:
        delivery = next((e for e in events if e.type == "AID" and _spells_out(event, e)), None) \
            if event.type == "MOBILIZE" and event.trigger.text.lower() in arrivals else None
        if delivery is not None:
            _note(trace, f"{event.trigger.text!r}: the arrival delivering {delivery.trigger.text!r}: "
                         "the aid's delivery, no deployment")
            continue
        kept.append(event)
    return kept


def _prison_terms(sentence: Sentence, events: list[Event], lexicon: EventLexicon,
                  trace: list[str] | None) -> list[tuple[Event, Event]]:
    """"convicted the former ruler of genocide and sentenced him to 80 years in prison": a
    conviction whose sentence is a prison term is also an arrest (the PLOVER manual: court
    sentences that include imprisonment are also COERCE 'arrest'), by the same court, of the
    same person, with the same modality. The sentencing verb must name the term within a few
    words in its clause ("sentenced him in absentia" or "to death" holds no one). Each arrest
    comes with the conviction it copies."""
    toks = sentence.tokens
    sentencing = lexicon.classes.get("sentencing", frozenset())
    terms = lexicon.classes.get("prison_terms", frozenset())
    added = []
    for event in events:
        if event.type != "SANCTION" or event.mode != "convict" or any(
                e.type == "COERCE" and e.mode == "arrest" for e in events):
            continue
        verb = next((n for n in range(sentence.index_at(event.trigger.start), len(toks))
                     if toks[n].lower in sentencing), None)
        term = None if verb is None else next(
            (n for n in range(verb + 1, min(len(toks), verb + 1 + TERM_REACH)) if toks[n].lower in terms
             and sentence.same_clause(verb, n) and "absentia" not in sentence.words(verb, n)), None)
        if term is None:
            continue
        trigger = Span(toks[verb].start, toks[term].end, sentence.span_text(verb, term + 1))
        added.append((replace(event, type="COERCE", mode="arrest", trigger=trigger), event))
        _note(trace, f"{trigger.text!r}: a prison term of the conviction {event.trigger.text!r}: also an arrest")
    return added


def _opposed(a: Event, b: Event) -> bool:
    """Whether the same party (its KB id, or its words) acts in one event and is acted on in
    the other ("the director said, thanking Qatar for its continued support": Qatar
    supports, and is thanked): two acts, never one event. Parties of one country only are
    not the same party ("received his Omani counterpart ... talks Muscat has hosted"), and
    events sharing an actor are one meeting seen from both sides ("al-Sudani's meeting with
    the visiting Turkish foreign minister"). One mention read in both roles is a misreading
    of one of them, not two parties' acts, and parts nothing ("civilians killed in a car
    bombing")."""
    def same(ref: ActorRef, refs: list[ActorRef], other_mention: bool = False) -> bool:
        return any((ref.actor_id and ref.actor_id == r.actor_id or ref.text.lower() == r.text.lower())
                   and not (other_mention and ref.start == r.start) for r in refs)

    def against(x: Event, y: Event) -> bool:
        return any(same(r, y.actors, other_mention=True) for r in x.recipients) \
            and not any(same(a, y.actors) for a in x.actors)
    return against(a, b) or against(b, a)


def _crossed(a: Event, b: Event) -> bool:
    """Whether the later event is a participle describing the earlier one's recipient ("a
    strike had targeted a Hamas cell firing mortars at troops"): two acts, one against the
    other, never one event (unlike "killed two youths and wounded five others")."""
    later, earlier = (a, b) if a.trigger.start > b.trigger.start else (b, a)
    if not later.trigger.text.lower().endswith("ing"):
        return False
    return any(same_actor(r, later.actors) and r.end is not None and r.end <= later.trigger.start
               and len(later.sentence.text[r.end - later.sentence.start:later.trigger.start
                                           - later.sentence.start].split()) <= 1
               for r in earlier.recipients if not _soft(r))


def _firmer(mine: list[ActorRef], other: list[ActorRef]) -> list[ActorRef]:
    """The role list to keep when merging: named actors rather than places by metonymy."""
    if not mine or (all(map(_soft, mine)) and other and not all(map(_soft, other))):
        return other
    return mine


def _note(trace: list[str] | None, line: str) -> None:
    if trace is not None:
        trace.append(line)


@stage("events", reads=["document.text", "document.zones", "mentions", "timexes"],
       assigns=["events"], requires=["actors", "time", "places"],
       default_config={"kb_dirs": []}, scorer="events")
def make_events(config: dict) -> StageFn:
    """PLOVER events with roles, modality, attribution, size, date and place."""
    coder = EventCoder(kb=load_kb(config["kb_dirs"]))

    def run(batch: list[Analysis]) -> None:
        for analysis in batch:
            analysis.events.extend(coder.code(analysis.document, analysis.mentions, analysis.timexes))

    return run


@hookimpl
def register_stages() -> list:
    return [make_events]

