"""Who did it, and to whom: actors and recipients of a trigger, from word patterns.

Version 0, before a parser exists. Actor mentions come from the actors stage; the rules:

* coordinated mentions ("the United States and France", "Iran, Syria and Hezbollah") form
  one group, so the event gets a list (PLOVER compound actors);
* passive ("was struck by X", "killed by X"): the agent after "by" acts, the subject receives;
* nominal triggers: a possessor ("Russia's strike") or a country word before the noun
  ("an Israeli air strike") acts;
* otherwise the actor is the nearest group before the trigger in its clause that is not the
  object of a preposition ("in Iraq"), and the recipient is the group right after a verb
  that takes an object, or after a preposition of the entry's frame ("strike on X");
* reciprocal entries put everyone among the actors; ``inverse`` ones swap the two sides.

:class:`PatternRoles` is the whole interface: a parser-based reader implementing
``roles(sentence, i, j, entry)`` can replace it without touching the stage.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace

from lapwing.events_lexicon import Entry, load_lexicon, participant_noun, verb_forms
from lapwing.events_text import (AUDIENCE_VERBS, BE_WORDS, CLAUSE_WORDS, DASHES, DAY_ADJUNCT_WORDS, DAY_PARTS,
                                 DAY_WORDS, HAVE_FINITE, MODAL_AUXILIARIES, NOUN_DETERMINERS, RELATIVE_PRONOUNS,
                                 TIME_WORDS, Sentence, Token, past_day, reporting_at, s_form)
from lapwing.events_vessels import Vessels
from lapwing.knowledge import load_kb
from lapwing.places_recognise import DATELINE, load_lexicon as load_place_lexicon, place_country
from lapwing.records import NO_NATION, ActorRef

#: Words that may stand between two coordinated parties ("Egypt's grid company and a Chinese contractor").
JOINERS = frozenset({",", "and", "&", "as", "well", "both", "the", "a", "an"})
#: Craft and crews a party's mention may end with before "and" joins the next party ("a Mauritian
#: coast guard vessel and a Seychellois patrol boat", "Cape Verdean coast guard sailors and a
#: Portuguese corvette"): the craft or men are the party's, no break in the list.
CRAFT_HEADS = frozenset({"vessel", "vessels", "boat", "boats", "ship", "ships", "craft", "crews",
                         "planes", "jets", "helicopters", "vehicles", "convoys", "patrols",
                         "sailors", "seamen", "personnel", "officers", "units"})
BE_FORMS = BE_WORDS | {"get", "got", "gets"}
ADVERB_GAP = frozenset({"not", "n't", "reportedly", "allegedly", "also", "later", "then",
                        "all", "both", "never", "reported", "said", "believed"})
PREPOSITIONS = frozenset({"in", "at", "on", "near", "from", "to", "for", "with", "by", "of",
                          "during", "into", "onto", "across", "against", "over", "inside", "outside",
                          "towards", "toward", "between", "about", "under", "through", "around",
                          "outside", "after", "before", "like", "than", "including", "within", "throughout"})
#: Words after "at" that make it a count ("at least 15"), not a locative.
AT_QUANTITY = frozenset({"least", "most"})
#: Words that open the count of an object ("kidnapped up to 16 advisers", "expelled more than
#: 1,000 refugees"), and number words that may follow them.
COUNT_LEADS = (("up", "to"), ("more", "than"), ("less", "than"), ("fewer", "than"), ("as", "many", "as"),
               ("nearly",), ("about",), ("some",), ("almost",), ("around",), ("over",), ("roughly",),
               ("approximately",), ("an", "estimated"))
COUNT_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                         "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "hundreds",
                         "thousand", "thousands", "million", "dozen", "dozens", "a"})
REDUCED_NEXT = frozenset({"in", "during", "at", "near", "on", "overnight", ",", ".", "when", "while"})
#: Prepositions by which a verb aims its act at a party ("shot at demonstrators", "fired on the crowd").
AIMED_AT = frozenset({"at", "on"})
#: Words after a past participle that describes the noun before it ("an official convicted
#: of", "a shepherd seized near Shebaa last summer"): a preposition or a time adjunct.
MODIFIER_NEXT = frozenset({"of", "for", "in", "to", "over", "on", "near", "during", "last"})
#: The same after a participle on a clause's subject, with its agent ("Seven Lebanese captured
#: by Israel during the war were"); "to" and "over" are left out, particles of a main verb
#: ("handed over", "sent to").
SUBJECT_MODIFIER_NEXT = MODIFIER_NEXT - {"to", "over"} | {"by", "since"}
#: Finite verbs of being and having that make the clause's predicate after such a subject.
PREDICATE_WORDS = BE_WORDS - {"be", "been", "being"} | {"have", "has", "had"}
#: Words opening a condition: a verb after one belongs to the condition, not to the clause
#: it hangs on.
CONDITIONS = frozenset({"if", "unless"})
#: What may count the victims of a participle coordinated with a passive ("were killed and
#: dozens more wounded").
ELLIPTICAL_COUNTS = frozenset({"others", "another", "more", "dozens", "scores", "several", "many",
                               "hundreds", "at", "least", "some"})
#: Marks inside a dateline before its story ("TOKYO -", "BEIRUT, Lebanon (AP) —").
DATELINE_MARKS = frozenset({"-", "—", "–", ",", "(", ")"})
#: Lower-case nouns that may follow an utterance's maker before a participle describing it
#: ("a statement by UN human rights experts criticising").
MAKER_NOUNS = 3
NAME_MODIFIER_GAP = 1  # words between a name and the noun trigger it modifies ("ISIL sniper fire")
QUANTITIES = frozenset({"millions", "thousands", "hundreds", "dozens", "scores", "tens", "some", "many",
                        "group", "members", "number", "most", "all", "several"})
#: Heads of a small count or a body of vehicles or troops: "A pair of Egyptian Hercules aircraft
#: ferried" is done by the party named inside the "of" phrase, as after a count.
BODY_HEADS = frozenset({"pair", "couple", "fleet", "fleets", "convoy", "convoys", "column", "columns", "contingent",
                        "contingents", "squadron", "squadrons", "detachment", "detachments"})
#: Nouns of a party's following: "supporters of X" acting are X's side, as PLOVER codes them.
SUPPORTERS = frozenset({"supporters", "followers", "loyalists", "partisans", "backers", "sympathizers",
                        "sympathisers", "adherents", "allies"})
PRONOUNS = frozenset({"we", "i", "it", "they", "he", "she", "our", "its", "their", "his"})
#: Possessive pronouns name the owner of the noun they stand before: only right before the
#: trigger ("their latest attack") or forces that act ("the Houthi leader said his forces
#: would hit") do they say who acted; "a strike on their vehicle, the third such strike" has
#: no pronoun actor. "her" is left out: it is as often an object ("arrested her").
POSSESSIVES = frozenset({"our", "its", "their", "his"})
#: Conjunctions that open an adverbial clause set before the main one and closed by its comma.
PREPOSED_CLAUSE_OPENERS = frozenset({"as", "while", "when", "although", "though", "because", "once", "whereas"})
POSSESSIVE_REACH = 3
FRONTED_WORDS = 8  # how long a fronted adverbial before the subject may be ("On Sunday, December 3,")
LIGHT_VERB_WORDS = 5  # "had carried out a group" between forces and a nominal trigger
TITLE_WORDS = 3  # an official's title after a nationality: "counterpart", "foreign minister"
OPPOSITE_NUMBER = ("opposite", "number")  # the wire's synonym of "counterpart"
#: Words a leader's peer is introduced by besides titles: "X and his Kazakh neighbour Y conferred".
PEER_TITLES = frozenset({"neighbour", "neighbor", "ally", "host", "guest"})
#: Words before "to"/"on" that tie a party to a group or an act ("suspected of belonging to ISIS",
#: "attacks blamed on the Pakistani Taliban"): the group is who they are or who acted, not whom
#: the act is done to.
TIES = frozenset({"belonging", "belong", "belongs", "linked", "affiliated", "loyal", "tied", "allied", "blamed"})
#: Words that describe an unnamed object by its suspected tie to a party ("38 people suspected
#: of links to ISIL", "men accused of membership in X"): the party is whom the act aims at.
SUSPICION = frozenset({"suspected", "accused", "alleged"})
LINK_NOUNS = frozenset({"links", "link", "ties", "connections", "membership", "affiliation"})
#: Words before a link noun that give it to the person described ("people with ties to",
#: "suspected of links to", "men having links to"), unlike a party's own ("Iran's ties with").
LINK_HOLDERS = frozenset({"with", "of", "having"})
#: The words that count two states as one subject ("both countries' ministers", "the two sides
#: agreed", the nouns are the ``pair_nouns`` class): the two states the sentence named before act.
PAIR_WORDS = frozenset({"both", "the two"})
#: How many adjectives may stand between the count and its noun ("the two Central Asian neighbours").
PAIR_ADJECTIVES = 3
#: Words that may stand between a subject's head and its verb ("jets had struck").
SUBJECT_AUXILIARIES = frozenset({"had", "has", "have", "was", "were", "is", "are", "been", "also",
                                 "then", "later", "reportedly", "allegedly"})
#: Words at the start of a trigger's clause that may hold its subject's head ("Hundreds of
#: demonstrators ... gathered"), searched when nothing nearer names the actor.
CLAUSE_SUBJECT_WORDS = 3
OBJECT_WINDOW = 4
#: Words between a verb and the noun heading its object ("took delivery yesterday of three
#: Qatari relief shipments").
OBJECT_PHRASE = 7
#: Types whose object may be a wrong done by a party ("protested against taxes imposed by
#: the government", "would respond to any aggression by India"): its doer is the recipient.
GRIEVANCE_TYPES = frozenset({"PROTEST", "THREATEN"})
#: Types that answer another's proposal or demand ("spurned a Russian offer", "bowed to the
#: demands of X"): its maker is the recipient.
ANSWER_TYPES = frozenset({"REJECT", "CONCEDE"})
#: Types of measures whose noun names whom they hit in its complement ("a ban on vessels
#: serving Israel"), and how many words of that complement may stand before the party.
MEASURE_TYPES = frozenset({"SANCTION"})
MEASURE_COMPLEMENT = 2
#: Modes of acts done to one person ("Haniyeh's assassination", "the activist's arrest", "the
#: envoy's expulsion"): a person owning such a noun suffers the act; an invasion or a blockade
#: ("Putin's invasion") is its owner's doing.
PERSONAL_MODES = frozenset({"targeted", "abduct", "arrest", "release", "expel"})
#: Words allowed between a possessor's "'s" and the noun it owns ("Haniyeh's brutal killing").
POSSESSED_GAP = 2
#: The reason given to a participant noun read as a party ("protesters", "thousands of men").
PARTICIPANT = "noun: participant"
#: How far before a gateway noun its owner's country word may stand ("Turkish ports", "Iran's airspace").
GATEWAY_OWNER = 2
#: The longest namer between "what" and its naming verb ("what a senior army official described as").
NAMER_WORDS = 6
#: Words before the head of a clause's subject: articles, "of" ("A group of nurses"), the "that" of a
#: reported clause and the conjunction of an adverbial one ("..., as eastern forces kept up").
SUBJECT_OPENERS = frozenset({"a", "an", "the", "of", "that", "as", "while", "whereas"})
#: Words around an "as" of comparison or measure, which opens no clause ("such as", "as well as",
#: "as soon as", "as many as").
AS_COMPARISONS = frozenset({"such", "well", "so", "as", "soon", "long", "much", "many", "far", "if", "though", "part",
                            # a guise or a role taken ("soldiers posing as aid workers rescued",
                            # "troops disguised as civilians"): "as" names what they pass for
                            "posing", "disguised", "dressed", "masquerading", "acting", "serving"})
#: Words between a claimant and the "behind" of its claim ("said it was behind", "was also behind").
CLAIM_GAP = PRONOUNS | ADVERB_GAP | BE_WORDS
NAMED_ACT_REACH = 14  # words between a passive verb and "in what X called" ("taken into custody in Tehran on Sunday")
#: Nouns of measure before "of": "two hours of talks", "ten days of war games" are talks and
#: exercises of the clause's subject, not background in a prepositional phrase.
MEASURES = frozenset({"hours", "days", "weeks", "months", "rounds", "round", "series", "wave",
                      "waves", "tons", "tonnes", "night", "nights", "day", "week"})
#: Nouns that, right after "in", give the purpose of the clause's act ("in protest at"): the
#: clause's subject is their actor.
PURPOSE_NOUNS = frozenset({"protest", "protests", "solidarity"})
#: How far back a proper-name chunk before a trigger may reach for a country word.
CHUNK_WINDOW = 10
#: Prepositions that also introduce a clause: the group after them may be its subject.
CONJUNCTIONS = frozenset({"before", "after", "since", "until"})
PREP_WINDOW = 8
#: Nouns of the people of a body who act for it ("the Bureau, whose agents arrested"), besides its forces.
MEMBER_NOUNS = frozenset({"agents", "officers", "officials", "members", "men", "staff", "personnel", "operatives",
                          "investigators", "detectives", "inspectors", "employees", "envoys", "delegates"})
#: Verbs that hand out aid to its receivers ("shared it out among refugees", "distributed them to").
DISTRIBUTING = frozenset({"share", "shares", "shared", "sharing", "distribute", "distributes", "distributed",
                          "distributing", "hand", "hands", "handed", "handing", "dole", "doles", "doled", "doling",
                          "divide", "divides", "divided", "dividing", "parcel", "parcelled", "parceled",
                          "allocate", "allocated", "allocates", "allocating", "dispense", "dispensed"})
#: Words of a name that make a body of many states ("International", "World"): none's own public.
INTERNATIONAL_WORDS = frozenset({"international", "world", "global", "worldwide", "transnational", "intercontinental"})
#: Forms of "come" in "come under fire / attack / shelling": the subject undergoes what comes.
COME_FORMS = frozenset({"come", "comes", "came", "coming"})
KEY_TAIL = 2  # the entry's preposition right after the last word of a key with a gap ("door of")
#: Words that tie a member noun to its organisation ("leaders of", "figures in").
MEMBER_LINKS = frozenset({"of", "in", "from", "within"})
#: Prepositions by which a phrase places the participant noun before it ("teachers in Kenya",
#: "workers at Egypt's biggest mill", "protesters from Morocco"); "of" is left out, as "N of
#: X" already has X head the subject ("Delegations of the House agreed").
PLACING_PREPS = frozenset({"in", "from", "at"})
#: Sectors of a state's organs that concede to its own people (an army abroad frees foreigners too).
GRANTING_SECTORS = frozenset({"GOV", "JUD", "LEG", "COP"})
#: Types whose act a state's organs (or its rebels, who hold ground at home) do to people of their
#: own, by the sectors that do it: "granted pardons to prisoners", "FARC rebels freed six hostages".
DOMESTIC_GRANT_TYPES = {"CONCEDE": GRANTING_SECTORS, "RETREAT": GRANTING_SECTORS | {"REB"}}
#: Prepositions whose object receives an act ("aid to Albanian rebels", "sanctions on", "a
#: campaign against"): people there, placed or not, are no subject of a later verb.
RECEIVING_PREPS = frozenset({"to", "on", "against", "for"})
#: Nouns of people heading a sentence for the party after their "of" ("Leaders of ECOWAS").
STANDING_FOR_NOUNS = frozenset({"leaders", "heads", "ministers", "officials"})
#: Types of a spoken act whose participle after a comma (", warning", ", accusing", ", urging")
#: has the main clause's subject for its own.
SPOKEN_PARTICIPLE_TYPES = frozenset({"THREATEN", "ACCUSE", "REQUEST"})
#: Types whose verb befalls people counted right after it ("killed at least 14 people", "rescued
#: 27 women and children", "detained eleven people"): they are its recipients, of the country
#: the place after them names (or, held by a state's police, of that state: events.py).
PEOPLE_OBJECT_TYPES = frozenset({"ASSAULT", "AID", "COERCE"})
#: Prepositions spreading people over a country ("Shoppers across Pakistan", "farmers
#: throughout India"): they are its people, as "in" makes them.
SPREAD_PREPS = frozenset({"across", "throughout"})
#: Particles of a participle before its agent ("the plan put forward by", "a draft drawn up by").
PARTICLES = frozenset({"forward", "up", "out"})
#: Particles of phrasal keys that may stand between the verb and its object ("pull in * X",
#: "round up * X", "lock up * X"): the key's own, no preposition of place.
KEY_PARTICLES = frozenset({"in", "up", "out", "down", "off", "away", "back", "over"})
#: The most words of a place's name in such a phrase ("in Sierra Leone's east": "Sierra Leone").
PLACE_NAME_WORDS = 3
#: The organisation's name must start within this many tokens after the link (an article).
MEMBER_REACH = 2
#: People who speak for a party ("Officials from Sudan and South Sudan met"): with "from" or
#: "of" before named parties, those parties act (with the ``members`` word class).
REPRESENTATIVES = frozenset({"delegations", "delegation", "delegates", "representatives", "envoys",
                             "diplomats", "negotiators", "ministers"})
#: The participles and "by" after a place or post that name who holds it ("positions held by X").
HOLDING_AGENTS = frozenset((verb, "by") for verb in ("held", "controlled", "occupied", "manned"))
#: "aid from the State of Qatar": the giver's name is read within this many tokens.
GIVER_REACH = 4
#: "an aircraft carrying 30 tonnes of humanitarian aid": the carrier word within this many.
CARRIER_REACH = 8
#: Words of the party before its posts in "fire from the Azerbaijani army posts".
POST_OWNER_WORDS = 3
#: Words between a moving force's verb and the "X's" of the border it goes to ("fanned out
#: yesterday along Lebanon's northern borders with Syria").
BORDER_REACH = 6
#: Words of a state's name before "'s" at a border ("United Arab Emirates's").
OWNER_WORDS = 3
#: The longest prepositional phrase between a passive verb and its "by" agent ("sent to
#: southern Malawi by").
PHRASE_BEFORE_AGENT = 4
#: Prepositions of a place phrase that may follow that one before the "by" ("flown to flood
#: victims in eastern Sudan by"): the place tells where the recipients are, no party.
PLACE_PREPOSITIONS = frozenset({"in", "at", "near"})

# how far a passive verb's "by" may stand past phrases of place and time ("shot dead outside
# his home in Bogota on Monday by gunmen"), and the predicative words right after such a verb
SCENE_AGENT_REACH = 14

# acts on an accord or a relation that name its other party after "with" (see _relation_partner)
PARTNERED_TYPES = frozenset({"SUPPORT", "THREATEN", "SANCTION", "AGREE", "REJECT", "CONCEDE"})
RELATION_WORDS = frozenset({"relations", "exchanges", "contacts"})

# asylum asked for within a few words of the trigger, and the missions it is asked at
ASYLUM_WORDS = frozenset({"asylum", "refuge", "sanctuary"})
ASYLUM_REACH = 4
MISSION_NOUNS = frozenset({"embassy", "embassies", "consulate", "consulates", "legation", "nunciature"})
PASSIVE_PREDICATES = frozenset({"dead", "alive", "unconscious", "hostage", "captive"})
#: Prepositions of a phrase that places an act named by a noun ("the release of gas on the Tokyo subway by").
SCENE_PREPOSITIONS = PLACE_PREPOSITIONS | {"on"}
#: The longest retained object between a passive verb of giving and its "by" agent ("was
#: handed a shipment of armoured personnel carriers by").
OBJECT_BEFORE_AGENT = 7
#: The longest complement between a nominal trigger and its "by" agent ("the detention of
#: seven further UN personnel by the authorities").
NOMINAL_PHRASE = 8
#: Extra words each of the complement's owner and a scene phrase lets stand before the "by"
#: ("the suspension of the licences of 13 fuel retailers in Dar es Salaam by the regulator").
OWNED_REACH = 3
#: Modifiers before an act noun that a verb labels or owns up to ("called Sunday's shelling",
#: "took responsibility for the latest attack"), and words between a labelled act and the
#: "a"/"an" of its label ("the strike on the consulate a war crime").
ACT_MODIFIERS = 3
LABEL_REACH = 5
#: Words right before a crowd count that still heads its clause ("On Sunday, thousands marched",
#: "as thousands rallied").
CROWD_OPENERS = frozenset({",", "as", "while", "when", "after", "and", "then"})
#: Lower-case modifiers between "by" and the agent's name ("by the de facto authorities").
AGENT_MODIFIERS = 4
#: Modifiers between "at" and a protest noun ("at an unauthorised rally").
PROTEST_MODIFIERS = 2
#: Words from an arrest verb to the people it holds ("detained more than 1,300 people").
COUNTED_OBJECT = 6
#: Words between a verb ascribing an act and the event noun it ascribes ("blamed Sunday's
#: rocket attack"), and how far after the noun the verb and its doer may stand ("the shelling
#: of the market, attributed by the army to the RSF").
ASCRIBED_OBJECT = 3
ASCRIPTION_REACH = 10
#: Words from an aid trigger to the "courtesy of" naming its giver ("got food parcels, bottled
#: water and bedding yesterday courtesy of X").
COURTESY_REACH = 16
#: Words of an unnamed conjunct after a named doer before the verb ("and Saleh loyalists").
CONJUNCT_WORDS = 4
#: The longest relative clause set off by commas between a subject and its verb.
RELATIVE_WORDS = 30
#: The longest subject of a relative clause without a pronoun ("a move the foreign ministry
#: of the new administration hailed").
CONTACT_SUBJECT_WORDS = 8
#: How many words of place and time adjuncts may stand between a verb and its object.
ADJUNCT_WORDS = 10
#: Words ending in "-ed" that are no verb before a reduced relative ("several hundred people").
ED_NON_VERBS = frozenset({"hundred", "armed", "red", "need", "united", "based", "backed", "led", "aligned",
                          "linked", "affiliated", "detained"})
#: Words ending in "-ing" that are no verb before a reduced relative ("the morning", "the
#: building"); after a verb ("are guilty of violating the agreement signed in March") the
#: participle describes a noun.
ING_NON_VERBS = frozenset({"morning", "evening", "during", "including", "following", "building", "meeting",
                           "nothing", "something", "anything", "everything", "king", "spring", "wedding",
                           "funding", "housing", "ruling", "hearing", "briefing", "warning", "training",
                           "uprising", "bombing", "shooting", "fighting", "killing", "shelling", "sing"})
#: Words between a speaker and its reporting verb ("The IDF said", "The army on Tuesday said").
SPEAKER_GAP = 3
#: Words before a verb that are no noun it could modify (auxiliaries, adverbs, pronouns).
NOT_NOUNS = BE_FORMS | ADVERB_GAP | PRONOUNS | SUBJECT_AUXILIARIES | frozenset({
    "who", "which", "that", "and", "or", "but", "has", "have", "had", "not", "also", "then"})
ARTICLES = frozenset({"the", "a", "an"})
#: How many modifiers may stand between a preposition's article and the noun it governs.
NOUN_MODIFIERS = 3
#: How many tokens past an attack without a doer its "as" clause naming the forces may start
#: ("Barrel bombs rained on Tafas today as government helicopters circled")
AS_FORCES_REACH = 8
#: Sectors of parties that fight: an "as" clause headed by one names an attack's doer
FIGHTING_SECTORS = frozenset({"MIL", "REB", "COP"})
#: How many tokens past a threat its condition ("if", "unless") may start ("would walk out of
#: the talks unless Israel froze")
CONDITION_REACH = 10
#: Tokens back from a noun apposed after a comma to the verb of receiving whose object it sums up
#: ("obtained 5,000 blankets, about 1,800 stoves and warm clothes from the Red Crescent on Sunday, relief").
APPOSED_GOODS_REACH = 25
#: Pronouns that take up a plural or personal object named before ("and led them away").
OBJECT_PRONOUNS = frozenset({"them", "him", "her"})
#: Nouns of a span of time that, after an article, go on with a time adjunct ("killed on Saturday
#: the day after the truce"), not an object.
DAY_PERIODS = DAY_PARTS | frozenset({"day", "week", "weekend", "month", "year"})
#: Pronouns opening a relative clause whose own subject may precede its verb ("whom police arrested").
OBJECT_RELATIVES = frozenset({"whom", "that", "which"})
#: Irregular past forms of verbs, which a past form's "-ed" does not find.
IRREGULAR_PAST = frozenset({"put", "set", "cut", "hit", "struck", "led", "made", "began", "brought",
                            "held", "sent", "took", "fought", "shot", "laid", "won", "drew", "gave",
                            "froze", "threw", "broke", "went", "came", "stood", "kept", "tore", "overran",
                            "sought", "caught", "bought", "found", "sold", "told", "flown", "slain", "taken",
                            "frozen", "chosen", "stolen", "beaten", "driven", "written", "hidden", "withdrawn",
                            "thrown", "broken", "seen", "blown", "torn"})
#: How far after a clemency noun the sentences it cuts may be named ("pardon before the fasting
#: month cancels what remains of the sentences of").
REMITTED_REACH = 14
#: Conjunctions opening the clause that tells who held the subject of an inverse act ("are
#: behind bars after police raided"), and how many adjunct words may stand before them.
HOLDING_LINKS = frozenset({"after", "when"})
HOLDER_REACH = 5
#: participles between a vehicle and its sender ("a ship sent by X")
SENDING = frozenset({"sent", "dispatched", "chartered", "provided", "funded"})
#: Words from a moving force's verb to the comma of the participle naming its sender
#: ("rolled into the town on Friday, sent by").
SENDER_REACH = 10
#: Words of a passive's by-phrase searched for a weapon and its country ("by a missile fired
#: from an Israeli drone").
WEAPON_PHRASE = 8

#: The longest object of a participle that another participle after "and" shares a subject
#: with (", martyring four port workers and wounding").
PARTICIPLE_OBJECT = 16
#: How many words after "delegates of" the first party they represent may stand ("delegates of
#: parliament and the State Council").
REPRESENTED_REACH = 4
#: How far after a name and a comma the "and" closing a list of names may stand ("Iran, Iraq's
#: armed forces and Syria").
LIST_AND_REACH = 6
#: How far back a coordinated noun ("... and attacks") looks for the preposition of its phrase.
COORDINATED_REACH = 8
#: How far after a protest "in protest at" may stand, and the words between it and whom.
PROTESTED_REACH = 16
PROTESTED_LINKS = frozenset({"against", "at", "of", "over", "about", "the", "a", "an"})
#: the words of a protest's demand: "to demand reforms by X", "demanding action by X"
DEMANDING = frozenset({"demand", "demanding", "demands"})
#: Words that end a noun phrase before a "by" that could name its agent.
CLAUSE_LINKS = frozenset({",", ";", "and", "or", "that", "which", "who"})
#: Prepositions that open the reason for an act ("severed relations over Cairo's peace treaty
#: with Israel"): a frame preposition after them belongs to the reason's noun, not the act.
REASON_PREPS = frozenset({"over", "amid", "because", "despite"})
#: Prepositions whose object, after a noun of trade or exchange, is the other party of it
#: ("investment in Burma", "imports from North Korea", "cooperation with Israel").
DEALING_LINKS = frozenset({"with", "in", "from", "to"})
#: Participles of owing: "debts owed by Zambia" names the debtor after "by".
OWING = frozenset({"owed", "owing"})
#: Types whose verb's object, even when the lexicon entry takes none, belongs to the party the
#: act is done to ("froze Libyan assets", "quit the Lebanese town of Khiam").
OWNED_OBJECT_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "RETREAT", "AID"})
#: Types whose target a post or vehicle "of" a force names ("fired at a bunker of the police").
POST_STRIKING_TYPES = frozenset({"ASSAULT", "COERCE"})
#: Actor types of the bodies a generic noun may refer back to ("the agency said": UNICEF).
BODY_TYPES = frozenset({"igo", "ngo"})
#: How many words an apposition after a verb's named object may run ("extradited X, the
#: suspected mastermind of ..., to the United States").
APPOSITION_WORDS = 20
#: How many words a person's title set off by commas may run before "and" joins the next party
#: ("X, Minister of Transport and Communications, and"), and the small words such a title holds.
APPOSED_TITLE_WORDS = 8
TITLE_LINKS = frozenset({"of", "and", "for", "&"})
#: Prepositions that name what a complaint is over, and how far after the trigger they may
#: stand ("complained to the United Nations on Tuesday over two Israeli air raids").
COMPLAINT_REASONS = frozenset({"over", "about"})
COMPLAINT_REACH = 12
#: Words from a participle after a nominal trigger to its "by" ("made public yesterday by").
BY_AFTER_PARTICIPLE = 4
#: Words a passive's subject may run to after the event noun heading it ("A royal pardon
#: covering 174 inmates, 61 foreigners among them, was granted"), and the most words before that
#: noun ("A sweeping royal pardon").
PASSIVE_SUBJECT_REACH = 14
SUBJECT_PREMODIFIERS = 3
#: Prepositions before a meeting noun whose subject held it ("during talks", "at a meeting",
#: "went into a meeting with", "entered into talks with").
MEETING_PREPS = frozenset({"during", "at", "in", "into"})
#: The longest stay before the "for" of its purpose ("was in Kigali, Rwanda, on Monday for").
STAY_PHRASE = 9
#: Lower-case words of a place named by its kind ("was in the Sudanese capital", "in the
#: northern port city yesterday for talks"): a stay's place as a name is.
STAY_PLACE_WORDS = frozenset({"capital", "city", "port", "town", "village", "province", "region",
                              "northern", "southern", "eastern", "western", "central", "coastal",
                              "north", "south", "east", "west", "border", "resort", "island"})
#: Acts done at a frontier whose other side is their target: forces massed "along the border
#: with X" or "near the Indian frontier" face X; troops "pulled back from villages along the
#: border with X" give ground to X; farmers "blocked the border crossing with X" protest at X.
FRONTIER_TYPES = frozenset({"MOBILIZE", "RETREAT", "PROTEST"})
#: How far after the trigger (or how early in a fronted phrase) the frontier noun may stand
#: ("deployed fighter jets to Hotan airbase near the Indian frontier").
FRONTIER_REACH = 12
#: Words that face a frontier to the party across it ("the Yellow Sea border facing North Korea").
FRONTIER_LINKS = frozenset({"with", "facing"})
#: Prepositions that open a fronted phrase of place ("Along its frontier with X, Y massed").
FRONTED_PLACING = frozenset({"along", "near", "on", "at", "across", "beside"})
#: The forces of a show of force are readied "against" whom they face ("placed its air
#: defences on alert against possible Chinese incursions").
FACING_TYPES = frozenset({"MOBILIZE"})
#: Words a target after "against" may follow ("against possible Chinese incursions").
AGAINST_OPENERS = ARTICLES | frozenset({"possible", "any", "potential", "further", "future"})
#: Phrases that aim a show of force at a party ("in a show of force aimed at Tokyo", "in what
#: state television called a message to Washington"), and how far after the trigger they may stand.
AIMING = frozenset({("aimed", "at"), ("directed", "at"), ("targeted", "at"), ("message", "to"), ("warning", "to"),
                    ("signal", "to")})
SHOW_REACH = 16
#: Prepositions placing forces in another state ("strengthened its forces in Lebanon").
SCENE_LINKS = frozenset({"in", "into", "inside"})
#: Goods or forces on their way, "a Syria-bound convoy": the place they head for is the target
#: of a move of forces or of aid.
BOUND_TYPES = frozenset({"MOBILIZE", "AID"})
BOUND_MARK = "-bound"
#: Prepositions by which a protest meets premises: "outside the Russian embassy", "marched on
#: the British embassy", "at a Chinese-owned mine", "under the port's Chinese operator".
PREMISES_PREPOSITIONS = frozenset({"outside", "at", "on", "near", "to", "under", "of", "before"})
#: Words of the premises phrase before its mission or owner noun ("the Turkish consulate").
PREMISES_WORDS = 4
#: Nouns of who runs a site, named by nationality ("the port's Chinese operator").
PREMISES_OWNERS = frozenset({"operator", "operators", "owner", "owners", "management", "employer", "employers"})
#: Compounds that name a site's owner ("a Chinese-owned mine", "the Russian-run plant").
OWNING_MARKS = frozenset({"owned", "run", "operated", "managed"})
ANTI_MARK = "anti-"
#: Acts a state does by its word or its decision, whose passive its officials report ("was
#: told to", "were warned they would be detained", "was rebuffed", "would be scrapped", "were
#: expelled"): the reporting officials, of another state than the one it is done to, did it.
TELLING_TYPES = frozenset({"REQUEST", "THREATEN", "REJECT", "CONCEDE", "SANCTION", "ACCUSE"})
#: Summoning an envoy ("was summoned to the foreign ministry in Ankara"): the key, the offices one
#: is summoned to and how many words their name may take.
SUMMONING = "summon"
OFFICES = frozenset({"ministry", "office", "palace", "headquarters", "chancellery", "department", "building"})
OFFICE_WORDS = 5
#: A state's own nouns after a possessive, which stand for the speaker's state ("said his
#: country would", "said its government will"), as "it" does.
#: Acts addressed to a party that a fronted message names ("In a formal note to Beijing, Ottawa
#: called for"), and the nouns of such messages beside the lexicon's ``utterances``.
ADDRESSED_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT", "AGREE", "CONCEDE"})
#: prepositions that, opening a sentence before its subject, name the act's other party, by
#: the event types they may do so for ("To Kyiv, X promised", "With Lula, X discussed",
#: "Against Ecuador, X issued a warning")
FRONTED_PARTY_WORDS = {
    "to": frozenset({"AGREE", "SUPPORT", "CONCEDE", "AID", "REQUEST", "REJECT", "RETREAT"}),
    "with": frozenset({"CONSULT", "COOPERATE", "AGREE"}),
    "against": frozenset({"THREATEN", "ACCUSE", "PROTEST", "SANCTION", "COERCE", "ASSAULT", "MOBILIZE"}),
}
MESSAGE_NOUNS = frozenset({"letter", "letters", "note", "notes", "memo", "memorandum", "cable", "communique",
                           "complaint", "protest", "reply", "response", "appeal"})
#: Participles between a message noun and the "by" that names its author ("a letter signed by").
SENDING_PARTICIPLES = frozenset({"signed", "sent", "written", "delivered", "issued"})
#: Acts on an extradition whose other state a phrase after the fugitive names ("the extradition
#: of X from Antigua", "extradite two Russians wanted in Britain").
EXTRADITING_TYPES = frozenset({"REQUEST", "REJECT", "AGREE", "CONCEDE", "COOPERATE"})
EXTRADITION_STEM = "extradit"
EXTRADITION_REACH = 16
OWN_STATE_NOUNS = frozenset({"country", "nation", "government", "administration", "state", "kingdom"})

#: The frame of a verb whose object is its recipient, for verbs the lexicon does not list.
_OBJECT_FRAME = Entry(key="", pos="verb", type=None, args=("obj",))

#: Resolves a span of the document (start, end) to an actor, for "an Israeli strike".
Resolver = Callable[[int, int], ActorRef | None]


@dataclass
class Group:
    """Coordinated actor mentions, as token indexes into the sentence."""

    first: int
    last: int  # one past the last token
    refs: list[ActorRef]


@dataclass
class Roles:
    """What the reader found for one trigger, and how (for ``lapwing explain``)."""

    actors: list[ActorRef] = field(default_factory=list)
    recipients: list[ActorRef] = field(default_factory=list)
    passive: bool = False
    pronoun: str | None = None  # "we", "it": the actor may be the speaker
    how: list[str] = field(default_factory=list)
    object_end: int | None = None  # token after the recipient: where a complement may start
    object_found: bool = False  # the recipient is the verb's direct object
    describes: bool = False  # a participle describing a noun ("staff detained in May were freed"): background
    of_subject: bool = False  # ... the clause's subject, with its own agent or place ("captured by Israel ... were")
    object_prep: str | None = None  # the preposition the recipients were read after ("talks between A and B")


def actor_groups(sentence: Sentence, refs: list[ActorRef]) -> list[Group]:
    """Actor mentions of the sentence as groups, coordinated mentions merged."""
    singles: list[Group] = []
    for ref in sorted(refs, key=lambda r: r.start or 0):
        first, last = sentence.name_index(ref.start or 0), sentence.index_before(ref.end or 0)
        if first < last and singles and _brief_of(sentence, singles[-1], first):
            singles[-1].last = last  # "the UN envoy for Yemen told": the brief is part of the holder's phrase
        elif first < last and singles and _staff_of(singles[-1], first, ref):
            singles[-1].last = last  # "Interior Ministry detectives": the body's own staff are the body
        elif first < last:
            singles.append(Group(first, last, [ref]))
    groups: list[Group] = []
    for n, group in enumerate(singles):
        if groups:
            prev = groups[-1]
            between = sentence.words(prev.last, _title_start(sentence, prev.last, group.first))
            while between[:1] and between[0] in CRAFT_HEADS and "and" in between:
                between = between[1:]
            while len(between) > 1 and _count_word(between[-1]):
                between = between[:-1]  # "a priest and three seminarians": the count is the next party's
            # a listed name may bring its own article ("Saudi Arabia, the United Arab Emirates, Qatar")
            comma = between[:1] == [","] and len(between) <= 2 and set(between[1:]) <= ARTICLES
            listed = comma and (_and_ahead(sentence, group.last) or _list_goes_on(sentence, singles, group)) \
                and not _closes_fronted_clause(sentence, singles, n, prev)
            # "aboard an aircraft of the Qatar Fund, and Hiran's governor thanked": after the object of a
            # preposition, ", and" opens a new clause with its own subject
            clause = between == [",", "and"] and sentence.tokens[governor(sentence, prev.first)].lower in PREPOSITIONS
            listed = listed or _apposed_title(sentence, prev, sentence.tokens[prev.last:group.first]) \
                or _partner_named(between)
            # "Protesters stormed parliament in Nairobi and police opened fire": an object, then
            # "and" and a party heading a finite verb, which opens a clause of its own
            clause = clause or between == ["and"] and _subject_of_next_clause(sentence, prev, group)
            if (group.first <= prev.last or listed
                    or (between and set(between) <= JOINERS and {"and", "&"} & set(between) and not clause)):
                prev.last = max(prev.last, group.last)
                # "Syria's foreign minister, Asaad al-Shaibani, and": a title and its apposed name are one party
                prev.refs.extend(r for r in group.refs if not any(_one_party(r, p) for p in prev.refs))
                continue
        groups.append(Group(group.first, group.last, list(group.refs)))
    return groups


def _subject_of_next_clause(sentence: Sentence, prev: Group, group: Group) -> bool:
    """Whether ``group``, after "and", heads a clause of its own: a past verb follows it right
    away and the party before the "and" (``prev``) is the object of a verb of its clause
    ("Protesters stormed parliament and police opened fire"), no comma between, not a subject
    coordinated with it ("Iran and Iraq signed", "Years after Estonia declared independence from
    Russia, Finland and Estonia connected")."""
    toks = sentence.tokens
    if group.last >= len(toks) or toks[group.last].cap or not (
            toks[group.last].lower in IRREGULAR_PAST
            or toks[group.last].lower.endswith("ed") and toks[group.last].lower not in ED_NON_VERBS):
        return False
    verbs = _verbs_in(toks, sentence.clause_start(prev.first), prev.first)
    return bool(verbs) and not any(t.text == "," for t in toks[verbs[-1]:prev.first])


#: Nouns by which a party named after "and his" is the one before's opposite number.
PARTNER_NOUNS = frozenset({"partner", "counterpart", "host", "guest", "ally", "colleague"})


def _possessed_partner(sentence: Sentence, group: Group) -> bool:
    """Whether ``group`` names the nation of a partner joined by "and" and a possessive ("X and
    his Sao Tome opposite number", "and her Chilean counterpart"): the party before "and" heads
    the subject, and :meth:`PatternRoles._possessed_partners` joins the partner to it."""
    toks = sentence.tokens
    after = sentence.words(group.last, group.last + 2)
    return group.first > 1 and toks[group.first - 2].lower == "and" \
        and toks[group.first - 1].lower in POSSESSIVES | {"her"} \
        and (after[:1] and after[0] in PARTNER_NOUNS or tuple(after) == OPPOSITE_NUMBER)


def _partner_named(between: list[str]) -> bool:
    """Whether the words between two parties join the second as the first's partner ("Abdou
    Diouf and his Gambian partner Dawda Jawara", "X and her Chilean counterpart Y"): the two
    are coordinated, the noun only says how they stand to each other."""
    return len(between) <= 5 and between[:1] == ["and"] and between[1:2] in (["his"], ["her"], ["its"]) \
        and between[-1] in PARTNER_NOUNS


def _staff_of(prev: Group, first: int, ref: ActorRef) -> bool:
    """Whether ``ref``, a bare noun of a kind of people starting right after the mention
    ``prev`` of a body of the same state ("Interior Ministry detectives", "Defence Ministry
    officials"), names that body's own staff: one party, the body."""
    return prev.last == first and ref.actor_id is None and ref.name is None and bool(ref.country) \
        and all(r.country == ref.country and r.type in ("government", "state") for r in prev.refs)


def _closes_fronted_clause(sentence: Sentence, singles: list[Group], n: int, prev: Group) -> bool:
    """Whether the comma before ``singles[n]`` closes a clause fronted before the subject, the
    name before it being the last of that clause ("Years after Lithuania declared independence
    from Russia, Poland and Lithuania connected their grids"): the names after it, up to a
    finite verb, are the main clause's subject, no list that goes on from the preposition's
    object ("after talks with Russia, China and India, the minister said": a list)."""
    toks = sentence.tokens
    if toks[governor(sentence, prev.first)].lower not in PREPOSITIONS or any(
            t.text == "," for t in toks[:prev.first]) \
            or not any(t.lower in FRONTED_OPENERS for t in toks[:min(prev.first, FRONTED_OPENING_WORDS)]):
        return False
    end = singles[n].last
    for later in singles[n + 1:]:
        if sentence.words(end, later.first) not in ([","], ["and"], [",", "and"]):
            break
        end = later.last
    word = toks[end].lower if end < len(toks) else ""
    return _past_participle(word) or word in HAVE_FINITE | BE_WORDS | {"will", "would"}


#: Words opening a clause fronted before the main clause's subject ("After ...", "Years after ...").
FRONTED_OPENERS = frozenset({"after", "before", "since", "while", "when", "although", "though", "because",
                             "following", "despite", "amid", "once", "until"})
#: The first words of a sentence among which a fronted clause's opener stands ("Twenty-five years after").
FRONTED_OPENING_WORDS = 4


def _count_word(word: str) -> bool:
    """Whether ``word`` (lower case) counts the noun after it: a number ("12", "1,500") or a
    number word other than "a"."""
    return word.replace(",", "").isdigit() or word in COUNT_WORDS - {"a"}


def _apposed_title(sentence: Sentence, prev: Group, between: list[Token]) -> bool:
    """Whether the words ``between`` a person and the next party are the person's capitalised
    title set off by commas, then "and" ("X, Minister of Transport and Communications, and
    Iran's roads minister signed"): the title only describes X, whom the "and" joins to the next
    party; no party names the title, so it parts no list."""
    if not prev.refs or prev.refs[-1].type != "person" or len(between) < 4 \
            or between[0].text != "," or [t.lower for t in between[-2:]] != [",", "and"]:
        return False
    title = between[1:-2]
    title = title[1:] if title[0].lower in ARTICLES else title
    return 0 < len(title) <= APPOSED_TITLE_WORDS and title[0].cap \
        and all(t.lower in TITLE_LINKS or t.cap and t.lower.isalpha() for t in title)


def _dated_by(sentence: Sentence, j: int) -> int:
    """The "by" after a day's phrase starting at ``j`` ("the walkout on Monday by dockers",
    "the raid yesterday by police"), else ``j``: the day dates the act and parts no noun or
    participle from its doer."""
    dated = past_day(sentence, j)
    return dated if j < dated < len(sentence.tokens) and sentence.tokens[dated].lower == "by" else j


def _brief_of(sentence: Sentence, holder: Group, first: int) -> bool:
    """Whether the mention at token ``first`` names the brief of the office just before it
    ("US special envoy for Yemen", "Kuwait's ambassador to Iraq"): the country the envoy
    deals with or is posted to, no party of what the envoy does."""
    n = governor(sentence, first)
    return n > 0 and sentence.tokens[n].lower in {"for", "to"} and holder.last == n \
        and (holder.refs[-1].reason or "").startswith("title")


def by_after_phrase(sentence: Sentence, j: int) -> int | None:
    """The "by" after one prepositional phrase starting at ``j`` ("sent to Malawi by the
    British government", "imposed on the bank by the Treasury"): the destination stands
    between a passive verb and its "by", which still names who acted. The phrase is a few
    words of the clause with no comma, link or other preposition in it; None when no such
    "by" follows. A day's phrase may stand beside it ("formalised on Wednesday in Riyadh by
    the two ministers"), or a place's after the destination ("flown to flood victims in eastern
    Sudan by Egypt"): two phrases, the second a day's or a place's when the first is no day's."""
    toks = sentence.tokens
    if j + 1 >= len(toks) or toks[j].lower not in PREPOSITIONS - {"by", "of"}:
        return None
    # dated: whether the first phrase is a day's; None once a second phrase has begun
    k, end, dated = j + 2, min(j + PHRASE_BEFORE_AGENT + 2, len(toks)), toks[j + 1].lower in DAY_WORDS
    while k < end:
        if not sentence.same_clause(j, k) or toks[k].lower in {",", ";", "and", "or"}:
            return None
        if toks[k].lower == "by":
            before = toks[k - 1].lower
            # "arrested at a rally in Harare organised by the opposition": the rally's organisers
            return None if before.endswith("ed") and before not in ED_NON_VERBS else k
        if toks[k].lower in PREPOSITIONS:
            if dated is None or toks[k].lower == "of" or k + 1 >= len(toks) \
                    or not (dated or toks[k + 1].lower in DAY_WORDS or toks[k].lower in PLACE_PREPOSITIONS):
                return None
            k, end, dated = k + 2, min(k + PHRASE_BEFORE_AGENT + 2, len(toks)), None  # no third phrase
            continue
        k += 1
    return None


class PatternRoles:
    """Roles from word patterns around the trigger (see the module doc)."""

    def __init__(self, resolver: Resolver | None = None, reporting: frozenset[str] = frozenset(),
                 participants: frozenset[str] = frozenset(), weapons: frozenset[str] = frozenset(),
                 own_means: frozenset[str] = frozenset(),
                 classes: Mapping[str, frozenset[str]] | None = None, participant_heads: tuple[str, ...] = ()):
        self.resolver = resolver
        classes = self.classes = classes or {}
        self.members = classes.get("members", frozenset())
        self.dwellings = classes.get("structures", frozenset()) | classes.get("held_places", frozenset())
        self.freight = classes.get("freight", frozenset())
        self.carriers = classes.get("carriers", frozenset())
        self.crowd_counts = classes.get("crowd_counts", frozenset())
        self.crowd_people = classes.get("crowd_people", frozenset())
        self.streets = classes.get("streets", frozenset())
        self.forces = classes.get("forces", frozenset())
        self.own_bodies = classes.get("own_bodies", frozenset())
        #: a state's forces named without their country ("regime forces", "security forces"),
        #: by sector: they are the forces of the country they act in (events.py places them)
        self.domestic = {"MIL": classes.get("domestic_military", frozenset()),
                         "COP": classes.get("domestic_forces", frozenset())}
        self.vehicles = classes.get("vehicles", frozenset())
        #: events.yaml classes: what a request asks a giver for ("pleaded for European money"),
        #: words opening a noun phrase after "to" ("to any"), places' verbs of holding a party
        #: ("the base housing U.S. forces"), modals of a condition's consequence ("would")
        self.funds = classes.get("funds", frozenset())
        #: a ship's company, which stands for its ship's party ("the crew of a Turkish frigate")
        self.crews = classes.get("crews", frozenset())
        self.quantifiers = classes.get("quantifiers", frozenset())
        self.hosting = classes.get("hosting", frozenset())
        self.consequence_modals = classes.get("consequence_modals", frozenset())
        self.officials = classes.get("officials", frozenset())
        self.naming = classes.get("naming", frozenset())
        self.mediating = classes.get("mediating", frozenset())
        self.gateways = classes.get("gateways", frozenset())
        self.representatives = classes.get("representatives", frozenset())
        self.crossing = classes.get("crossing_participles", frozenset())
        #: nouns for bodies ("agency", "commission"): "the agency said" may be an IGO named before
        self.bodies = classes.get("panels", frozenset())
        #: nouns for what is said ("statement", "message"): "A statement from X said" has X speak
        self.utterances = classes.get("utterances", frozenset())
        #: forms of verbs by which one does an act ("granted", "issued", "carried"), not judges it
        self.doing = frozenset(form for lemma in classes.get("enacting", frozenset()) | classes.get(
            "undertaking", frozenset()) for form in verb_forms(lemma))
        #: participles of judging ("condemned", "welcomed"): their "by" names a judge, not a doer
        self.judging = frozenset(form for lemma in classes.get("factive_governors", frozenset())
                                 for form in verb_forms(lemma))
        #: participles of proposing a meeting ("talks proposed by X"): their "by" names no party
        self.proposing = frozenset(form for lemma in classes.get("meeting_proposers", frozenset())
                                   for form in verb_forms(lemma))
        self.ships = Vessels(classes.get("vessels", frozenset()), resolver)
        self.own_means = own_means
        self.reporting = reporting
        self.participants = participants
        self.participant_heads = participant_heads
        self.weapons = weapons

    def roles(self, sentence: Sentence, groups: list[Group], i: int, j: int, entry: Entry) -> Roles:
        """Roles of the trigger spanning tokens ``i:j`` of ``sentence``, a party named only as
        whom a state backs standing for that state (see :meth:`_patron`)."""
        out = self._read(sentence, groups, i, j, entry)
        if entry.type == "AID" and not out.actors:
            self._courtesy_giver(sentence, groups, i, out)
        if not (out.actors if entry.inverse else out.recipients):
            self._came_under_agent(sentence, groups, i, j, entry, out)
        if entry.type == "AID" and not out.recipients and not entry.inverse:
            self._shared_among(sentence, groups, j, out)
        if entry.type == "CONSULT" and not out.recipients and out.actors and not entry.reciprocal:
            self._talks_partner(sentence, groups, j, out)
        if entry.type == "PROTEST" and entry.pos == "noun" and not out.actors and not out.recipients \
                and _protest_adjunct(sentence, i):
            out.actors = self._main_subject(sentence, groups, i, out, "the subject of the clause the protest is held in") \
                or self._clause_head(sentence, groups, i, out) or []
        if entry.type in PEOPLE_OBJECT_TYPES and not out.recipients and entry.pos == "verb":
            out.recipients = _people_object(sentence, j)  # "killed at least 14 people in a village in Ituri"
        self._place_participants(sentence, out)
        if entry.type in DOMESTIC_GRANT_TYPES:
            if not out.recipients and entry.pos == "verb":
                out.recipients = _people_object(sentence, j)
            self._domestic_grantees(out, DOMESTIC_GRANT_TYPES[entry.type])
            # people no state's organ grants to stay no party: a count alone names no one
            out.recipients = [r for r in out.recipients if r.country or r.text.lower() not in PEOPLE_WORDS]
        for role in ("actors", "recipients"):
            refs = getattr(out, role)
            patrons = [self._patron(sentence, r) for r in refs]
            if any(patrons):
                setattr(out, role, [p or r for p, r in zip(patrons, refs)])
                out.how.append(f"the state backing {role}: {', '.join(p.text for p in patrons if p)!r}")
        return out

    def _talks_partner(self, sentence: Sentence, groups: list[Group], j: int, out: Roles) -> None:
        """"arrived in Harare for talks with Zimbabwean leader Robert Mugabe", "flew to Paris
        for a meeting with Chirac": the party after the meeting noun's "with", later in the
        visit's clause, is whom the visitor meets."""
        toks, meetings = sentence.tokens, self.classes.get("meetings", frozenset())
        for k in range(j, min(len(toks) - 1, j + NOMINAL_PHRASE)):
            if not sentence.same_clause(j - 1, k):
                return
            if toks[k].lower in meetings and toks[k + 1].lower == "with":
                first = k + 2 + (k + 2 < len(toks) and toks[k + 2].lower in ARTICLES)
                partner = next((g for g in groups if g.first in (k + 2, first)), None)
                if partner is not None:
                    out.recipients = [r for r in partner.refs if not _same(r, out.actors)]
                    if out.recipients:
                        out.how.append(f"{out.recipients[0].text!r}, after the visit's '{toks[k].lower} with', "
                                       "is met")
                return

    def _place_participants(self, sentence: Sentence, out: Roles) -> None:
        """"distributed tents to refugees from Darfur", "implored the warring factions in
        Congo-Brazzaville", "residents of the Kibera slum of Nairobi rioted": a participant noun
        of no country that a place right after it puts in one country is of that country, as
        coders give local people the country they are in ("of" only after a dwellers' noun:
        "residents of Gaza")."""
        locals_ = load_kb().cues.get("local_people", frozenset())  # dwellers: "residents of Gaza", not "families of"
        displaced = self.classes.get("displaced", frozenset())
        for role in ("actors", "recipients"):
            refs = getattr(out, role)
            placed = []
            for ref in refs:
                if ref.reason == PARTICIPANT and ref.country is None and ref.end is not None:
                    k = sentence.index_before(ref.end) - 1
                    head = sentence.tokens[k].lower
                    if head in displaced and (k + 1 >= len(sentence.tokens) or sentence.tokens[k + 1].lower != "from"):
                        placed.append(ref)  # "refugees in Chad" are from elsewhere: only "from" places them
                        continue
                    countries = self._located_in(sentence, k, frozenset({"of"}) if head in locals_ else frozenset())
                    if len(countries) == 1:
                        ref = replace(ref, country=countries[0],
                                      reason=f"{PARTICIPANT}; of {countries[0]}, where they are")
                        out.how.append(f"participant {ref.text!r} of {countries[0]}, the place after it")
                placed.append(ref)
            setattr(out, role, placed)

    @staticmethod
    def _domestic_grantees(out: Roles, sectors: frozenset[str]) -> None:
        """"Morocco's king granted pardons to 7,000 prisoners", "the junta freed detainees",
        "Colombia's FARC rebels freed six hostages": a state's organ (of ``sectors``) concedes to
        or frees people at home, so a participant noun of no country that receives the act is of
        that state (coders give them the granting state)."""
        states = {r.country for r in out.actors if r.country and r.sector in sectors}
        if len(states) != 1 or len(out.actors) != len([r for r in out.actors if r.country in states]):
            return
        country = next(iter(states))
        if not any(r.reason == PARTICIPANT and r.country is None for r in out.recipients):
            return
        out.recipients = [replace(r, country=country, reason=f"{PARTICIPANT}; of {country}, whose state grants it")
                          if r.reason == PARTICIPANT and r.country is None else r for r in out.recipients]
        out.how.append(f"participants of no country receive a concession of {country}'s own organs: its people")

    @staticmethod
    def _came_under_agent(sentence: Sentence, groups: list[Group], i: int, j: int, entry: Entry, out: Roles) -> None:
        """"A gendarmerie post came under rocket fire by PKK militants", "the convoy came under
        attack from Shabaab fighters": the party after "by" or "from" past the act "come under"
        names is its doer, the subject undergoes it. An inverse entry has its sides arranged
        already (the subject received), so the doer acts; one read as not inverse (an entry
        with a preposition, see events.py) has its sides swapped by the caller, so the doer is
        put where the object goes. Only a party right after the preposition ("from across the
        border" names none)."""
        toks = sentence.tokens
        if i + 1 >= len(toks) or toks[i].lower not in COME_FORMS or toks[i + 1].lower != "under":
            return
        for k in range(max(j - 1, i + 2), min(len(toks) - 1, j + PREP_WINDOW)):
            if not sentence.same_clause(i, k) or toks[k].text in {",", ";"}:
                return
            if toks[k].lower not in {"by", "from"}:
                continue
            n = k + 1 + (toks[k + 1].lower in ARTICLES)
            group = next((g for g in groups if g.first == n), None)
            if group is not None and entry.inverse:
                out.actors = list(group.refs)
                out.recipients = [r for r in out.recipients if not _same(r, out.actors)]
            elif group is not None:
                out.recipients, out.object_end = list(group.refs), group.last
            if group is not None:
                out.how.append(f"{group.refs[0].text!r}, after {toks[k].lower!r} past 'come under', did it")
            return

    def _shared_among(self, sentence: Sentence, groups: list[Group], j: int, out: Roles) -> None:
        """"A Kuwaiti consignment arrived at the camp, where volunteers shared it out among
        Yemeni refugees": aid handed out later in the sentence (a distributing verb, maybe with
        "out" and a pronoun for the goods, then "among" or "to") goes to the party after the
        preposition, who receive it, not to the place it reached. Not past a report's verb
        (", the prefecture said"), nor to a party that gives it."""
        toks = sentence.tokens
        for k in range(j, len(toks) - 1):
            if self._reports(sentence, k) or toks[k].text == ";":
                return
            if toks[k].lower not in DISTRIBUTING:
                continue
            m = k + 1
            while m < len(toks) and m <= k + 3 and toks[m].lower in {"out", "it", "them", "this", "the", "aid"}:
                m += 1
            if m + 1 >= len(toks) or toks[m].lower not in {"among", "amongst", "to"}:
                continue
            n = m + 1 + (toks[m + 1].lower in ARTICLES)
            n = count_end(sentence, n) if n < len(toks) and toks[n].lower.isdigit() else n
            group = next((g for g in groups if g.first == n), None)
            ref = self._word_ref(sentence, n) if group is None and n < len(toks) else None
            refs = list(group.refs) if group is not None else [ref] if ref is not None else []
            if refs and not any(_same(r, out.actors) for r in refs):
                out.recipients = refs
                out.how.append(f"{refs[0].text!r}, among or to whom the aid is {toks[k].text}, receive it")
            return

    def _courtesy_giver(self, sentence: Sentence, groups: list[Group], i: int, out: Roles) -> None:
        """"got food parcels yesterday courtesy of the Barzani Charity Foundation": the party
        after "courtesy of" in the clause of the aid at ``i`` gave it, whoever received it."""
        toks = sentence.tokens
        for k in range(i + 1, min(len(toks) - 2, i + COURTESY_REACH)):
            if not sentence.same_clause(i, k) or toks[k].text in {";"}:
                return
            if (toks[k].lower, toks[k + 1].lower) != ("courtesy", "of"):
                continue
            group = _agent_after_by(sentence, groups, k + 1)
            if group is not None:
                out.actors = list(group.refs)
                out.recipients = [r for r in out.recipients if not _same(r, out.actors)]
                out.how.append(f"{group.refs[0].text!r}, after 'courtesy of', gave it")
            return

    def _patron(self, sentence: Sentence, ref: ActorRef) -> ActorRef | None:
        """"The Turkish backers of the rebels", "the Russian allies of the army": the state
        whose word stands before a backers noun heading the phrase of ``ref`` is the party
        meant; the one backed only names them (the KB's ``ally_nouns``, which the actors stage
        reads too). None when no such phrase holds ``ref``."""
        if ref.start is None or self.resolver is None:
            return None
        head = self._kin_head(sentence, sentence.name_index(ref.start), load_kb().cues.get("ally_nouns", frozenset()))
        return country_word(sentence, head - 1, head, self.resolver) if head else None

    def _read(self, sentence: Sentence, groups: list[Group], i: int, j: int, entry: Entry) -> Roles:
        """Roles of the trigger spanning tokens ``i:j`` of ``sentence``, as its words name them."""
        out = Roles()
        toks = sentence.tokens
        if entry.pos == "verb" and toks[i].lower.endswith("ing") and j < len(toks) and toks[j].lower in self.utterances:
            # "a menacing statement by X": the participle qualifies the utterance, the act is the noun's
            entry, j = replace(entry, pos="noun"), j + 1
        if entry.pos == "noun" and self._apposed_goods(sentence, groups, i, j, out):
            return self._arrange(out, entry)
        owned_by = _owned_by(sentence, j, entry)
        if owned_by is not None:  # "stood firmly by Damascus": the key's own "by" heads the object, no agent
            j = owned_by + 1
        agent = None if owned_by is not None else self._by_agent(sentence, groups, j) \
            or (nominal_agent(sentence, groups, j) or self._predicate_agent(sentence, groups, i, j)
                if entry.pos == "noun" else None)
        if agent is not None and entry.pos == "noun" and entry.type == "CONSULT" and j < len(toks) \
                and toks[j].lower in self.proposing:
            agent = None  # "border talks proposed by the African Union": who asked for them, no party
            out.how.append(f"the 'by' after {toks[j].text!r} names who proposed the meeting, no party to it")
        if agent is None and entry.pos == "verb" and entry.type == "ASSAULT" and self._weapon_before(sentence, i):
            # "shells fired from the Syrian side by YPG militants fell": the origin stands between
            # the participle on the weapon and its "by", which still names who fired
            agent = self._agent_after_phrase(sentence, groups, j)
        nominal = entry.pos == "noun" or sentence.tokens[i].lower.endswith("ing")  # "the car bombing"
        ascribed = self._ascribed_agent(sentence, groups, i, j) if nominal and agent is None else None
        if ascribed is not None:  # "Sunday's drone attack, which the army attributed to the RSF"
            out.actors, out.how = list(ascribed.refs), [f"the doer the act is ascribed to ({ascribed.refs[0].text!r})"]
            self._recipients(sentence, groups, j, entry, out)
            return self._arrange(out, entry)
        label = self._label_of(sentence, i, j) if nominal and agent is None else None
        if label is not None:  # "He called the bombardment a massacre": the labeller only judges it
            by = next((k for k in range(label, min(len(sentence.tokens), label + NOMINAL_PHRASE))
                       if sentence.tokens[k].lower == "by" and sentence.same_clause(label, k)), None)
            doer = (_agent_after_by(sentence, groups, by) if by is not None else None) \
                or self._modifying_doer(sentence, groups, i)
            out.actors = list(doer.refs) if doer is not None else []
            out.how.append("the act a 'characterising' verb labels: its subject judges it, "
                           + (f"{doer.refs[0].text!r} did it" if doer else "no doer named"))
            self._recipients(sentence, groups, j, entry, out)
            return self._arrange(out, entry)
        progressive = sentence.tokens[i].lower.endswith("ing")  # "is suing": active
        passive = entry.pos == "verb" and (agent is not None
                                           or (self._be_before(sentence, i) and not progressive)
                                           or self._reduced_passive(sentence, groups, i, j, entry)
                                           and self._postponed_object(sentence, groups, j) is None
                                           or self._elliptical_passive(sentence, i))
        host = i - 1 if i < 2 or sentence.tokens[i - 1].lower not in ARTICLES else i - 2
        visitor = self._attributive_doer(sentence, groups, i, j) \
            if entry.type == "CONSULT" and sentence.tokens[host].lower in self.reporting else None
        if visitor is not None:  # "telling visiting French envoy Le Drian that": the envoy visits the teller
            out.actors = list(visitor.refs)
            out.how.append(f"the party the participle describes ({visitor.refs[0].text!r}) visits whom it tells")
            tellers = self._participial_subject(sentence, groups, host, out) \
                or [r for g in [self._subject(sentence, groups, host, out, verb=True)] if g for r in g.refs]
            out.recipients = [r for r in tellers or [] if not _same(r, out.actors)]
            return self._arrange(out, entry)
        opening = self._attributive_doer(sentence, groups, i, j) if entry.type == "CONSULT" and i >= 1 \
            and sentence.tokens[i - 1].lower in ARTICLES and sentence.clause_start(i) == i - 1 else None
        if opening is not None:  # "The visiting Indian foreign secretary conferred with": the visitor
            out.actors = list(opening.refs)
            out.how.append(f"the party the participle opening its clause describes ({opening.refs[0].text!r}) visits")
            return self._arrange(out, entry)
        # "Drones launched by X targeted the airport", "Artillery rounds fired by X crashed into":
        # the launch is the attack, by X
        launched = entry.type == "ASSAULT" and self._weapon_before(sentence, i)
        of_subject = entry.pos == "verb" and not launched and self.subject_relative(sentence, i, j) \
            and self._object_relative(sentence, groups, i) is None \
            and not self._gift_moving_on(sentence, entry, j)  # "suspects that police detained in X were"
        if of_subject or entry.pos == "verb" and agent is None and self._noun_modifier(sentence, groups, i, j, entry):
            out.passive = out.describes = True
            out.of_subject = of_subject
            out.how.append("participle modifying a noun ('an official convicted of'"
                           + (", 'seven Lebanese captured by Israel in the war were'" if of_subject else "")
                           + "): background")
            return out
        if passive:
            out.passive = True
            if agent is None and entry.pos == "verb":
                agent = self._agent_after_phrase(sentence, groups, j) or self._naming_agent(sentence, groups, j) \
                    or self._agent_after_object(sentence, groups, j) or self._agent_past_scene(sentence, groups, j)
            if agent is not None:
                out.actors, out.how = list(agent.refs), ["passive agent after 'by'"]
                out.object_end = agent.last
                if entry.type == "AID":  # "ventilators donated by Kuwait to the ministry": the "to" receives
                    self._recipients(sentence, groups, agent.last, entry, out, passive=True)
                    if out.recipients:
                        return self._arrange(out, entry)
            else:
                weapon_of = self._weapon_agent(sentence, j)
                if weapon_of is not None:
                    out.actors, out.how = [weapon_of], [f"the country of the weapon after 'by' ({weapon_of.text!r})"]
            if self._closed_gateway(sentence, groups, i, j, entry, out):
                return self._arrange(out, entry)
            pair = [] if out.actors else self._pair_between(sentence, groups, i, entry)
            if pair:  # "a peace deal between X and Y was initialled": the pair made it
                out.actors = pair
                out.how.append("the parties after 'between' in the passive's subject made it")
                return self._arrange(out, entry)
            gapped = None if out.actors else self.gapped_subject_passive(sentence, i)
            if gapped is not None:  # "and its leader arrested": the possessive may stand for the speaker
                owner = sentence.tokens[gapped].lower
                out.pronoun = owner if owner in POSSESSIVES else None
                out.how.append("a participle sharing the passive before 'and': its own subject, no party, receives")
                return self._arrange(out, entry)
            member = self._member_body(sentence, groups, i) if entry.type == "SANCTION" else None
            if member is not None:  # "Mali's membership of the AU was suspended (by its leaders)"
                out.recipients = list(member[0].refs)
                out.actors = out.actors or list(member[1].refs)
                out.how.append(f"{member[0].refs[0].text!r} loses its place in {member[1].refs[0].text!r}, "
                               "which takes it away unless a 'by' names who did")
                return self._arrange(out, entry)
            dead = _toll_dead(sentence, i)
            if dead is not None:  # "climbed to 6 dead and 19 injured": the counts are the victims
                patient = next((g for g in groups if g.last == dead), None)
                if patient is None:  # no party named beside the toll: none is hurt by name
                    out.how.append("a toll's count ('6 dead and 19 injured'): its victims, no party named")
                    return self._arrange(out, entry)
            else:
                patient = self._subject(sentence, groups, i, out, verb=True)
            standing_down = sentence.tokens[i].lower in self.classes.get("standing_down", frozenset())
            if patient is not None and (entry.type in self.own_means or standing_down) and not out.actors:
                out.actors = list(patient.refs)
                out.how.append("passive subject: the actor's own forces, "
                               + ("stood down" if standing_down else "moved"))
                self._recipients(sentence, groups, j, entry, out, passive=True)
            elif patient is None and entry.type in self.own_means and not out.actors \
                    and self._forces_heading(sentence, i) is not None \
                    and (mover := self._speakers_forces(sentence, groups, i, out)
                         or self._speaker_after(sentence, groups, i, out)) is not None:
                out.actors = mover  # "A reserve brigade was relocated to the border, the army said": its move
                self._recipients(sentence, groups, j, entry, out, passive=True)
            elif patient is None and entry.type in self.own_means and not out.actors \
                    and (force := self._domestic_head(sentence, i)) is not None:
                out.actors = [force]  # "riot police were deployed in Dhaka": the state's own, where they go
                out.how.append(f"{force.text!r}: domestic forces heading the passive's subject, moved by their state")
                self._recipients(sentence, groups, j, entry, out, passive=True)
            elif patient is not None:
                out.recipients = list(patient.refs)
                out.how.append("passive subject receives")
                body = self._excluding_body(sentence, groups, j, entry)
                if body is not None and not out.actors:  # "Nigeria was suspended from the Commonwealth"
                    out.actors = list(body.refs)
                    out.how.append(f"{body.refs[0].text!r}, the body or state one is suspended or expelled from, acts")
            elif (shared := self._subordinate_subject(sentence, groups, i)
                  or self._subject_before_relative(sentence, groups, i)) is not None:
                out.recipients = shared
                out.how.append(f"{shared[0].text!r}, the main clause's subject, shared by the passive after it")
            elif (named := self._appositive_subject(sentence, groups, i)) is not None:
                out.recipients = named
                out.how.append(f"{named[0].text!r}: the name before an apposition is the passive's subject")
            elif (owner := self._members_owner(sentence, groups, i)) is not None:
                out.recipients = list(owner.refs)
                out.how.append(f"the party whose members head the passive's subject ({owner.refs[0].text!r})")
            elif out.pronoun not in SUBJECT_PRONOUNS and (word := self._untitled_head(sentence, groups, i)) is not None:
                if entry.type == "AID":  # the subject is what is given; its "to" names who receives
                    self._recipients(sentence, groups, j, entry, out, passive=True)
                if not out.recipients:
                    out.recipients = [word]
                    out.how.append(f"word {word.text!r} heading the passive's subject receives")
                elif not out.actors:  # "Kazakh wheat was donated to Kyrgyzstan"
                    out.actors = [word]
                    out.how.append(f"word {word.text!r} heading the goods given names their giver")
            else:
                self._recipients(sentence, groups, j, entry, out, passive=True)
                if not out.recipients:
                    ship = self.ships.before(sentence, self._be_index(sentence, i))
                    if ship is not None:  # "The bulker Nordic Tern was struck"
                        out.recipients = [ship]
                        out.how.append(f"the ship {ship.text!r} before the passive receives")
            if not out.recipients and i == 0 and out.actors:
                # "Arrested by the FSB on the frontier, the Estonian officer was moved": the
                # fronted participle's subject is the main clause's, after its comma
                head = self._fronted_participle_subject(sentence, groups, out.object_end or i)
                if head:
                    out.recipients = [r for r in head if not _same(r, out.actors)]
                    out.how.append(f"{head[0].text!r}, the subject the fronted participle describes, receives")
            if not out.actors and out.recipients and i > 0:
                # "Singled out by Washington in a report, Malaysia was criticised": the fronted
                # participle's "by" names who did the passive's act
                doer = self._fronted_participle_agent(sentence, groups, i)
                if doer is not None:
                    out.actors = [r for r in doer.refs if not _same(r, out.recipients)]
                    out.how.append(f"{doer.refs[0].text!r}, after the fronted participle's 'by', acts")
            if entry.mode == "release" and not out.actors:  # "Nine sailors held by X were freed"
                self._release_holder(sentence, groups, i, out)
            summoner = None if out.actors or not out.recipients else self._summoner(sentence, groups, i, j, entry)
            if summoner:  # "The Dutch envoy was summoned to the foreign ministry in Ankara"
                out.actors = summoner
                out.how.append(f"{summoner[0].text!r}, whose ministry one is summoned to, summons")
            teller = None if out.actors or not out.recipients \
                else self._telling_speaker(sentence, groups, i, entry, out)
            if teller is not None:  # "Bamako was told to hold elections, Senegalese diplomats said"
                out.actors = teller
            return self._arrange(out, entry)
        victim = self._possessed_victim(sentence, groups, i, j, entry)
        if victim is not None:  # "Haniyeh's assassination": he suffered it; a "by" names who did it
            out.recipients, out.actors = list(victim.refs), list(agent.refs) if agent is not None else []
            out.how.append(f"{victim.refs[0].text!r}, the person owning the act, suffers it")
            return self._arrange(out, entry)
        if self._taken_from_owner(sentence, groups, i, j, entry, out):
            return self._arrange(out, entry)
        unnamed = self._unnamed_agent(sentence, j) if agent is None else None
        if unnamed is not None:
            out.how.append(f"an unnamed agent after 'by' ({unnamed!r}): actor unknown")
            self._recipients(sentence, groups, j, entry, out)
            return self._arrange(out, entry)
        if entry.pos == "noun" and self._double_object(sentence, groups, i, out):
            return self._arrange(out, entry)
        if agent is not None and entry.pos == "noun" and sentence.tokens[j].lower != "by":
            # "Saudi relief sent by KSrelief": the participle's agent did the noun's act; a
            # country word before the noun may only tell where the goods or arms come from
            actor = list(agent.refs)
            out.how.append("agent after 'by' of the participle on the nominal trigger")
        else:
            actor = self._crowd(sentence, i, j, entry, out) or self._protesters_after(sentence, groups, j, entry, out) \
                or self._arrested_at(sentence, i, entry, out) \
                or self._nominal_actor(sentence, groups, i, entry, out) \
                or self._partners_inside(sentence, groups, i, j, entry, out) \
                or self._of_agent(sentence, groups, j, entry, out) \
                or self._giver(sentence, groups, i, j, out) or self._donor(sentence, groups, i, j, out) \
                or self._post_owner(sentence, groups, j, out)
        if actor is None and agent is not None:  # "an attack by Hezbollah"
            actor = list(agent.refs)
            out.how.append("agent after 'by'")
        if actor is None and entry.pos == "noun" and self._meeting_of_subject(sentence, i, entry):
            subject = self._main_subject(sentence, groups, i, out, "the subject held the meeting it is in")
            told = self._told_in_meeting(sentence, groups, i) if subject and not out.recipients else None
            if told is not None:  # "Putin told Macron in a phone call": the one told is the other party
                out.recipients = list(told.refs)
                out.how.append(f"{told.refs[0].text!r}, told in the meeting, is the other party")
            # a call with one party named ("the minister went through the figures in a phone call")
            # names no talks; two subjects or a listener do ("X and Y agreed in a telephone call")
            actor = subject if entry.reciprocal or told is not None or len(subject or []) > 1 \
                or _paired_subject(sentence, i) else None
        if actor is None and entry.pos == "verb":
            actor = self._subject_before_relative(sentence, groups, i) \
                or self._restrictive_antecedent(sentence, groups, i)
            if actor is not None:
                out.how.append(f"{actor[0].text!r} before the relative clause acts")
                self._resumed_first_object(sentence, groups, i, out)
        if actor is None and entry.pos == "verb":
            actor = self._claimant(sentence, groups, i, out)
        if actor is None and entry.pos == "verb":
            actor = self._utterance_maker(sentence, groups, i, out)
        if actor is None and entry.pos == "verb":
            actor = self._ascribed_subject(sentence, groups, i, out)
        if actor is None and entry.pos == "noun":
            actor = self._owned_up_to(sentence, groups, i, out)
        if actor is None and entry.pos == "verb":
            actor = self._contact_subject(sentence, groups, i)
            if actor is not None:
                out.how.append(f"{actor[0].text!r}, the subject of a relative clause without a pronoun, acts")
        if actor is None and entry.pos == "verb":
            actor = self._weapon_firer(sentence, groups, i, out)
        if actor is None and entry.addressee_subject:
            actor = self._labelled_doer(sentence, groups, i, out)
        if actor is None and entry.pos == "verb" and (entry.type or entry.hostile) in SPOKEN_PARTICIPLE_TYPES \
                and _participle_comma(sentence, i) == i - 1 and not any(self._reports(sentence, k) for k in range(i)):
            # "gave Niger's junta a week to reinstate the ousted president, warning they could": the
            # main clause's subject warns, not a party of its object (after a report, events.py reads
            # the participle as the speaker's judgement of the party reported)
            actor = self._participial_subject(sentence, groups, i, out)
        light = _light_participle(sentence, i) or _means_participle(sentence, i) \
            or _infinitive_participle(sentence, i) if actor is None else None
        if light is not None:  # ", scoring a direct hit": the main clause's subject, not a party between
            actor = self._participial_subject(sentence, groups, light, out, speaking=light == i)
        conditioning: list[ActorRef] = []
        if actor is None and entry.type == "PROTEST" and entry.pos == "verb":
            # "detained 200 people as tens of thousands rallied": the count heading the verb's
            # own clause protests, not a party of the clause before it
            actor = self._bare_crowd(sentence, i, out)
        if actor is None and entry.pos == "verb":
            actor = self._crowd_doing(sentence, groups, i, out) or self._agent_before(sentence, groups, i, out)
        if actor is None and not (entry.pos == "noun" and (self.in_phrase(sentence, i)
                                                           or self._official_owned(sentence, i))):
            group = self._subject(sentence, groups, i, out, verb=entry.pos == "verb")
            if group is not None and not entry.addressee_subject and self._conditioning(sentence, group, i):
                conditioning = list(group.refs)
                actor, out.pronoun = [], "we"  # the speaker's own warning, as if "we would unleash"
                out.how.append(f"{group.refs[0].text!r} names the condition ('any X push would'): threatened, "
                               "the speaker threatens")
            elif group is not None:  # "..., the two neighbours agreed": a pair after the group counts it in
                actor = self._pair_subject(sentence, groups, i, out, after=group.last) or list(group.refs)
                if actor == list(group.refs):
                    out.how.append("nearest actor before the trigger in its clause")
            else:
                actor = self._pair_subject(sentence, groups, i, out) \
                    or self._fallback(sentence, groups, i, out) \
                    or self._participial_subject(sentence, groups, i, out) \
                    or (self._moving_forces(sentence, groups, i, out) if entry.type in self.own_means else None) \
                    or (self._addressed_head(sentence, i, out) if entry.addressee_subject else None)
        if actor is None and agent is None:
            actor = self._sovereign_giver(sentence, i, entry, out) or self._ruler_of(sentence, groups, i, j, entry, out)
        if actor is None and agent is None and entry.type == "ASSAULT":
            actor = self._as_clause_forces(sentence, groups, j, out)
        out.actors = actor or []
        # "threats by Haftar's spokesman Ahmed al-Mismari against Turkish ships": the noun's
        # other arguments follow its "by" agent, however long that is
        by_end = agent.last if agent is not None and entry.pos == "noun" and j < len(sentence.tokens) \
            and sentence.tokens[j].lower == "by" else j
        self._recipients(sentence, groups, by_end, entry, out)
        addressee = self._fronted_addressee(sentence, groups, i) \
            if entry.type in ADDRESSED_TYPES and not out.object_found else None
        if addressee is not None:  # "In a formal note to Beijing, Ottawa called for": Beijing is asked
            out.recipients = [r for r in addressee if not _same(r, out.actors)] or out.recipients
        relative = self._object_relative(sentence, groups, i) if entry.pos == "verb" and not out.recipients else None
        if relative is not None:  # "suspects whom police arrested": the noun the pronoun follows is the object
            head = next((list(g.refs) for g in groups if g.last == relative), None) \
                or [r for r in [self._head_word(sentence, relative) or self._word_ref(sentence, relative - 1)] if r]
            out.recipients = [r for r in head if not _same(r, out.actors)]
            if out.recipients:
                out.how.append(f"{out.recipients[0].text!r}, the noun before the object relative, receives")
        if conditioning:
            out.recipients = conditioning + [r for r in out.recipients if not _same(r, conditioning)]
        if entry.type in FRONTIER_TYPES | BOUND_TYPES and not out.recipients and out.actors and not entry.reciprocal:
            self._frontier_party(sentence, groups, i, j, entry, out)
        if entry.type == "PROTEST" and not out.recipients:
            self._protested_premises(sentence, groups, i, out)
        if entry.type == "REQUEST" and not out.recipients:
            self._asked_giver(sentence, groups, j, out)
        if entry.type in EXTRADITING_TYPES and not out.recipients:
            self._extradition_party(sentence, groups, i, out)
        if entry.type == "THREATEN" and not out.recipients:
            self.threatened(sentence, groups, i, j, out)
        if entry.type in ANSWER_TYPES and not out.recipients:
            self.appeal_owner(sentence, groups, j, out)
        if entry.type == "CONCEDE" and entry.pos == "noun" and not out.recipients:
            self._sentenced(sentence, groups, j, out)
        if entry.type in MEASURE_TYPES and entry.pos == "verb" and out.actors and not out.recipients:
            self._gateway_shut(sentence, groups, j, out)
        if entry.type == "ACCUSE" and not out.object_found:
            self._complained_wrong(sentence, groups, j, out)
        if not out.recipients and (entry.pos == "noun" or self._goods_form(sentence, i)):
            self._receiver(sentence, groups, i, out)
        if entry.pos == "noun" and entry.type == "ACCUSE" and not out.recipients:
            self._accused_in_content(sentence, groups, j, out)
        if out.actors:
            self._co_actors(sentence, groups, i, out)
        out = self._arrange(out, entry)
        fronted = self._fronted_party(sentence, groups, i, entry) if not out.object_found else None
        if fronted and [a for a in out.actors if not _same(a, fronted)]:
            # "To Kyiv, the minister promised", "With Lula, Macron discussed": the fronted party
            # receives, as it would after the verb ("discussed it with Lula")
            out.actors = [a for a in out.actors if not _same(a, fronted)]
            out.recipients = fronted
            out.how.append(f"{fronted[0].text!r}, the party of the fronted phrase, receives")
        holder = self._holder_after(sentence, groups, j) if entry.inverse and not entry.takes_object \
            and not out.actors else None
        if holder is not None:
            out.actors = holder
            out.how.append(f"{holder[0].text!r}, the state's organ heading the clause after it, held the subject")
        elif entry.mode == "release" and not out.actors:
            self._release_holder(sentence, groups, i, out)
        return out

    def _release_holder(self, sentence: Sentence, groups: list[Group], i: int, out: Roles) -> None:
        """A release with no agent named, active ("set free") or passive ("were freed"): the
        party that held the released frees them (see :meth:`_holder_before`)."""
        held = self._holder_before(sentence, groups, i)
        if held is None:
            return
        out.actors, k = held
        out.how.append(f"{out.actors[0].text!r}, after 'held by' in the subject, frees it")
        out.recipients = [r for r in out.recipients if not _same(r, out.actors)]
        # "Two Syrian shepherds held by an Israeli patrol walked free": the holder is no one freed;
        # the word before the participle names who is
        freed = [r for n in range(k - 1, max(-1, k - 4), -1) if sentence.same_clause(n, k)
                 and (r := self._word_ref(sentence, n)) is not None]
        if not out.recipients and freed:  # "Syrian shepherds": the nation word tells whose they are
            out.recipients = [next((r for r in freed if r.country), freed[0])]

    def _co_actors(self, sentence: Sentence, groups: list[Group], i: int, out: Roles) -> None:
        """Parties an adjunct joins to the actors ("together with Uganda", "alongside Malian
        troops", "in a joint operation with Chadian forces"): they do the act with them, so
        they act too, and are no recipients; right after a recipient the adjunct adds to it."""
        links = self.classes.get("co_actor_links", frozenset())
        toks = sentence.tokens
        for group in groups:
            if not sentence.same_clause(min(group.first, i), max(group.first, i)):
                continue
            lead = next((n for n in range(1, 5) if group.first - n >= 0 and " ".join(
                t.lower for t in toks[group.first - n:group.first]).removesuffix(" the") in links), None)
            if lead is None or any(_same(r, out.actors) for r in group.refs):
                continue
            joined = group.first - lead - 1  # "killed the commander along with his aides": more victims
            if joined >= 0 and any(r.end == toks[joined].end for r in out.recipients):
                continue
            out.actors = out.actors + list(group.refs)
            out.recipients = [r for r in out.recipients if not _same(r, group.refs)]
            out.how.append(f"{group.refs[0].text!r}, joined to the act by "
                           f"{' '.join(t.text for t in toks[group.first - lead:group.first])!r}, acts too")
        self._possessed_partners(sentence, groups, i, out)

    def _possessed_partners(self, sentence: Sentence, groups: list[Group], i: int, out: Roles) -> None:
        """"Royal Saudi Air Force units and their Pakistani peers began the exercise",
        "Egyptian troops and their Saudi counterparts": a subject joined to the actor by "and"
        and a possessive standing for it, with a country word of another state, names that
        state's side of the act (whatever the noun, "peers", "counterparts", "hosts"): it acts
        too. The possessive ties it to the actor; a second state's word makes it a partner, of
        the actor's own kind ("Azerbaijan's prime minister and his Georgian counterpart": the
        Georgian government)."""
        toks = sentence.tokens
        last = max((sentence.index_at(a.end or 0) for a in out.actors if a.end is not None), default=None)
        if last is None:
            return
        home = {a.country for a in out.actors if a.country}
        owner = max((a for a in out.actors if a.end is not None), key=lambda a: a.end or 0)
        for k in range(last, i - 2):
            if toks[k].lower != "and" or toks[k + 1].lower not in POSSESSIVES | {"her"} \
                    or not sentence.same_clause(k, i):
                continue
            named = next((g for g in groups if g.first == k + 2 and len(g.refs) == 1), None)
            partner = named.refs[0] if named is not None else self._word_ref(sentence, k + 2)
            if partner is not None and partner.country and partner.country not in home:
                if partner.sector is None and owner.sector is not None:
                    partner = replace(partner, sector=owner.sector)
                out.actors = out.actors + [partner]
                out.how.append(f"{partner.text!r}, joined to the actor as {toks[k + 1].text!r} partners, acts too")
            return

    def _ascribed_agent(self, sentence: Sentence, groups: list[Group], i: int, j: int) -> Group | None:
        """The doer an event noun at ``i:j`` is ascribed to: "the attack, which the army
        attributed to the RSF", "the shelling, attributed by the army to the RSF", "attacks
        blamed on the militia", "X blamed Sunday's attack on the militia". The party after
        the verb's own preposition ("to" after "attribute", "ascribe"; "on" after "blame",
        "pin") did the act, not whoever ascribes it, who only alleges. Bare plurals ("a
        string of attacks blamed on X") are a tally of acts, whose doers this does not name."""
        toks = sentence.tokens
        head = toks[j - 1].lower
        if s_form(head) and toks[i - 1].lower not in {"the", "'s"}:
            return None  # "the latest of a string of attacks blamed on X": a tally, no one act
        verb = next((k for k in range(i - 1, max(-1, i - 2 - ASCRIBED_OBJECT), -1)
                     if self._ascribing(toks[k].lower)
                     and all(t.lower.isalpha() or t.text == "'s" for t in toks[k + 1:i])), None)
        if verb is None:
            commas = 0
            for k in range(j, min(len(toks), j + ASCRIPTION_REACH)):
                word = toks[k].lower
                commas += word == ","
                if self._ascribing(word):
                    verb = k
                    break
                if commas > 1 or word in {";", "and", "or", "but"} or word in BE_FORMS - {"was", "were"} \
                        or word.endswith("ed") and word not in ED_NON_VERBS:
                    return None
        if verb is None:
            return None
        preposition = self._ascribing(toks[verb].lower)
        found = None
        for k in range(max(verb, j), min(len(toks), max(verb, j) + ASCRIPTION_REACH)):
            if toks[k].lower in {",", ";"} and k > verb:
                break
            if toks[k].lower == preposition:
                found = _agent_after_by(sentence, groups, k) or found
        return found

    def _label_of(self, sentence: Sentence, i: int, j: int) -> int | None:
        """Where the label starts that a ``characterising`` verb gives an act, when the act
        noun at ``i:j`` is that verb's object ("called the bombardment a deliberate massacre",
        "branded Friday's raid on the camp an act of terror": the label's "a"/"an") or the label
        itself ("called the attack on the camp a massacre": the noun's end). Whoever calls an act
        so judges it and did not do it. Only determiners and modifiers stand between verb and
        object, plain words up to the label."""
        toks = sentence.tokens
        characterising = self.classes.get("characterising", frozenset())
        if self._labelling_verb(sentence, i) is not None:  # the label itself
            return j
        verb = next((k for k in range(i - 1, max(-1, i - 2 - ACT_MODIFIERS), -1) if toks[k].lower in characterising),
                    None)
        if verb is None or not _modifiers(toks[verb + 1:i]):
            return None
        return next((k for k in range(j, min(len(toks), j + LABEL_REACH + 1))
                     if toks[k].lower in {"a", "an"} and _plain(toks[j:k])), None)

    def _labelling_verb(self, sentence: Sentence, i: int) -> int | None:
        """The ``characterising`` verb whose label the word at ``i`` heads ("called the attack a
        gross breach": "called" for "breach"), with only the verb's object and the label's
        article and modifiers between; None when ``i`` is no such label."""
        toks = sentence.tokens
        characterising = self.classes.get("characterising", frozenset())
        article = next((k for k in range(i - 1, max(-1, i - 2 - ACT_MODIFIERS), -1) if toks[k].lower in {"a", "an"}),
                       None)
        if article is None or not _plain(toks[article + 1:i]):
            return None
        verb = next((k for k in range(article - 2, max(-1, article - 2 - ACT_MODIFIERS - LABEL_REACH), -1)
                     if toks[k].lower in characterising), None)
        if verb is not None and toks[verb + 1].lower not in PREPOSITIONS and _plain(toks[verb + 1:article]) \
                and "to" not in sentence.words(verb, article):
            return verb
        return None

    def _labelled_doer(self, sentence: Sentence, groups: list[Group], i: int, out: Roles) -> list[ActorRef] | None:
        """"..., the ministry said, calling the attack a gross breach of the truce": the label
        at ``i`` of an accusing key ("breach * @accords") accuses the labelled act's doer, not
        the labeller: a party named in the object ("called Armenia's shelling a breach"), or
        for an act named only by its noun the subject of the main clause that reported it.
        An empty list where no doer apart from the speaker is named; None for no label."""
        verb = self._labelling_verb(sentence, i)
        if verb is None:
            return None
        named = next((list(g.refs) for g in groups if verb < g.first and g.last < i), None)
        if named is not None:
            out.how.append(f"{named[0].text!r}, named in the labelled act, is accused")
            return named
        comma = _participle_comma(sentence, verb)
        subject = self._main_subject(sentence, groups, comma, out, "the doer of the act the label names is accused") \
            if comma is not None else None
        speaker = self.speaker_before(sentence, groups, comma) if comma is not None else None
        return [] if subject is None or any(_same(r, speaker or []) for r in subject) else subject

    def _modifying_doer(self, sentence: Sentence, groups: list[Group], i: int) -> Group | None:
        """The party named right before an act noun at ``i`` that a ``characterising`` verb
        labels ("branded the Houthi mortar attack a war crime", "called Russia's strike a
        crime"): the name modifying or owning the act did it, where the labeller only judges."""
        toks = sentence.tokens
        characterising = self.classes.get("characterising", frozenset())
        group = next((g for g in groups if g.last <= i and i - g.last <= NAME_MODIFIER_GAP), None)
        between = toks[group.last:i] if group is not None else []
        if group is None or not _modifiers(between) or any(t.lower in characterising for t in between):
            return None
        return group

    def _ascribed_subject(self, sentence: Sentence, groups: list[Group], i: int,
                          out: Roles) -> list[ActorRef] | None:
        """"A rocket salvo attributed to Houthi rebels and Saleh loyalists struck a market",
        "shells ascribed to the army hit the camp": the subject of the verb at ``i`` is an act
        or a weapon a participle ascribes to a doer ("attributed to", "blamed on"); the party
        after the participle's preposition, ending the subject right before the verb (a
        conjunct of its own may follow it), did the act. Not "X was attributed to": a finite
        ascription is a clause of its own. None otherwise."""
        toks = sentence.tokens
        start = sentence.clause_start(i)
        for k in range(i - 2, max(start, i - ASCRIPTION_REACH) - 1, -1):
            if toks[k].text in {",", ";"} or k == 0:
                return None
            preposition = self._ascribing(toks[k].lower) if toks[k].lower.endswith("ed") else None
            if preposition is None or toks[k + 1].lower != preposition:
                continue
            before = toks[k - 1]
            if before.cap or not before.lower.isalpha() or before.lower in NOT_NOUNS | PREPOSITIONS:
                return None  # "was attributed to", "which it blamed on": no participle on a subject
            group = _agent_after_by(sentence, groups, k + 1)
            if group is None or group.last > i:
                return None
            rest = toks[group.last:i]  # "and Saleh loyalists": a conjunct the scanner left unnamed
            if rest and (rest[0].lower not in {"and", "&"} or len(rest) > CONJUNCT_WORDS
                         or not all(t.text.isalpha() for t in rest)):
                return None
            out.how.append(f"{group.refs[0].text!r}, whom the subject is {toks[k].text} "
                           f"{preposition}, did it")
            return list(group.refs)
        return None

    def _ascribing(self, word: str) -> str | None:
        """The preposition before the doer that a verb ascribing an act takes ("attributed
        to", "blamed on"), or None for any other word."""
        if word in self.classes.get("ascribing_to", frozenset()):
            return "to"
        return "on" if word in self.classes.get("ascribing_on", frozenset()) else None

    def _accused_in_content(self, sentence: Sentence, groups: list[Group], j: int, out: Roles) -> None:
        """"Iraqi allegations that Turkish dams are starving the Tigris", "claims that
        Algerian troops had crossed": the subject of what an accusation noun says ("that" +
        clause) is whom it accuses: its first party, a group or a country word."""
        toks = sentence.tokens
        if j >= len(toks) or toks[j].lower != "that":
            return
        for k in range(j + 1, min(len(toks), j + 1 + CLAUSE_SUBJECT_WORDS)):
            group = next((g for g in groups if g.first == k), None)
            ref = list(group.refs) if group is not None else ([r] if (r := self._word_ref(sentence, k)) else None)
            if ref and not any(_same(r, out.actors) for r in ref):
                out.recipients = ref
                out.how.append(f"{ref[0].text!r}, subject of what the accusation says, is accused")
                return
            if toks[k].lower in PREPOSITIONS or not sentence.same_clause(k, j + 1):
                return

    def _complained_wrong(self, sentence: Sentence, groups: list[Group], j: int, out: Roles) -> None:
        """"Lebanon complained to the United Nations over two Israeli air raids", "a complaint
        at the World Court over the U.S. mining of its harbours": a complaint is against whoever
        did the wrong it is over or about, not the body it is addressed to. That doer is named
        before the head of the reason's noun phrase (a party, its possessive or a country
        word) or in its "by" phrase; a wrong without a named doer ("over the killing of
        civilians") leaves the roles as they are."""
        toks = sentence.tokens
        k = next((n for n in range(j, min(len(toks), j + COMPLAINT_REACH))
                  if toks[n].lower in COMPLAINT_REASONS | CLAUSE_WORDS and sentence.same_clause(j - 1, n)), None)
        if k is None or toks[k].lower not in COMPLAINT_REASONS:
            return  # "an inquiry into abuses committed since the 2015 crisis over": the crisis's "over"
        start = self._named_object(sentence, k + 1)  # "over what he called raids": "he" only names them
        agent = grievance_agent(sentence, groups, start)
        end = next((n for n in range(start, min(len(toks), start + NOMINAL_PHRASE))
                    if toks[n].lower in PREPOSITIONS | CLAUSE_LINKS), min(len(toks), start + NOMINAL_PHRASE))
        group = next((g for g in groups if start <= g.first < end), None)
        doer = list(agent.refs) if agent is not None else list(group.refs) if group is not None \
            else [ref] if self.resolver and (ref := country_word(sentence, start, end, self.resolver)) else []
        if doer and not any(_same(r, out.actors) for r in doer):
            out.recipients = doer
            out.how.append(f"{doer[0].text!r} did the wrong the complaint is {toks[k].lower!r}")

    def _object_verb(self, sentence: Sentence, i: int) -> int | None:
        """The verb of receiving whose object the noun at ``i`` heads, read back over
        its determiner and modifiers ("three Qatari relief", "a formal"), an "of" and a day
        ("took delivery yesterday of", "on Tuesday of"), in its clause."""
        toks = sentence.tokens
        for k in range(i - 1, max(-1, i - 1 - OBJECT_PHRASE), -1):
            word = toks[k].lower
            if word in PREPOSITIONS and k + 1 < i and toks[k + 1].lower in DAY_WORDS:
                continue  # "took delivery on Tuesday of"
            if not sentence.same_clause(k, i) or word in {",", ";", "and", "or"} or word in PREPOSITIONS - {"of"}:
                return None
            if word in self.classes.get("receiving", frozenset()):
                return k
        return None

    def _double_object(self, sentence: Sentence, groups: list[Group], i: int, out: Roles) -> bool:
        """"Finance Minister Yassine Jaber sent the World Bank a formal request", "handed the
        ambassador a protest note": a noun that is the second object of a verb of handing
        is what its subject gives or asks, and the first object, the party right before the
        noun's phrase, receives it. Whether it was found."""
        toks = sentence.tokens
        k = i - 1
        while k > 0 and i - k <= OBJECT_WINDOW and toks[k].lower.isalpha() and not toks[k].cap \
                and not any(g.first <= k < g.last for g in groups):
            k -= 1  # "a formal", "an official"
        first = next((g for g in groups if g.last == k + 1), None)
        if first is None or first.first == 0:
            return False
        verb = first.first - 1 - (toks[first.first - 1].lower in ARTICLES)
        if verb < 0 or toks[verb].lower not in self.classes.get("handing", frozenset()):
            return False
        subject = self._subject(sentence, groups, verb, Roles(), verb=True)
        if subject is None:
            return False
        out.actors, out.recipients = list(subject.refs), list(first.refs)
        out.how.append(f"second object of {toks[verb].text!r}: its subject gives, the first object "
                       f"({first.refs[0].text!r}) receives")
        return True

    def received_at(self, sentence: Sentence, i: int) -> int | None:
        """The verb of receiving ("received", "accepted", "took delivery") whose object
        the noun at ``i`` heads, if any."""
        return self._object_verb(sentence, i)

    def _apposed_goods(self, sentence: Sentence, groups: list[Group], i: int, j: int, out: Roles) -> bool:
        """"Families obtained blankets from the Red Crescent, relief badly needed": a noun set
        after a comma with its own participle sums up the object of a verb of receiving
        before it, and takes that clause's roles: the giver after "from" gives, the subject
        receives. Whether such a verb was found."""
        toks = sentence.tokens
        participle = j + 1 < len(toks) and toks[j].lower.endswith("ly") and toks[j + 1].lower.endswith("ed")
        if i < 2 or toks[i - 1].lower != "," or not (participle or j < len(toks) and toks[j].lower.endswith("ed")):
            return False
        receiving = self.classes.get("receiving", frozenset())
        verb = next((k for k in range(i - 2, max(-1, i - 2 - APPOSED_GOODS_REACH), -1)
                     if toks[k].lower in receiving), None)
        if verb is None or any(t.lower in {";", ":"} | RELATIVE_PRONOUNS for t in toks[verb:i]):
            return False  # a list of goods has commas and "and", no clause of its own
        giver = next((g for g in groups if verb < g.first < i and "from" in sentence.words(g.first - 2, g.first)), None)
        subject = self._subject(sentence, groups, verb, Roles(), verb=True)
        out.actors = list(giver.refs) if giver is not None else []
        out.recipients = list(subject.refs) if subject is not None \
            else self._clause_head(sentence, groups, verb, out) or []  # "Displaced families obtained"
        out.how.append(f"sums up the object of {toks[verb].text!r}: its subject receives, its 'from' gives")
        return True

    def _goods_form(self, sentence: Sentence, i: int) -> bool:
        """Whether a verb trigger's form at ``i`` is a noun of goods in the object of a verb
        of receiving ("Nepal received medical supplies from China": what was supplied): any
        form but one in "-ed", which stays a verb ("received reports Israel attacked")."""
        return self._object_verb(sentence, i) is not None and not sentence.tokens[i].lower.endswith("ed")

    def _receiver(self, sentence: Sentence, groups: list[Group], i: int, out: Roles) -> None:
        """"The Humanitarian Aid Commission took delivery yesterday of three Qatari relief
        shipments", "the Red Crescent received Saudi aid convoys": goods in the object of a
        verb of receiving go to its subject, whoever gave them."""
        verb = self._object_verb(sentence, i)
        subject = self._subject(sentence, groups, verb, Roles(), verb=True) if verb is not None else None
        if subject is not None and out.actors and all(_same(r, subject.refs) for r in out.actors):
            out.actors = []  # "Sri Lanka accepted relief from Japan": the subject is no giver
        if subject is not None and not any(r in out.actors for r in subject.refs):
            out.recipients = list(subject.refs)
            out.how.append(f"subject of {sentence.tokens[verb].text!r} receives")  # type: ignore[index]
        elif subject is None and verb is not None and out.actors \
                and all(r.start is not None and r.start < sentence.tokens[verb].start for r in out.actors):
            # "displaced families received their first food distribution": a participant noun
            # heading the clause is the receiver's subject, not the giver
            out.actors, out.recipients = [], out.actors
            out.how.append(f"the clause's head, subject of {sentence.tokens[verb].text!r}, receives")

    def subject_of(self, sentence: Sentence, groups: list[Group], k: int) -> list[ActorRef]:
        """The parties that are the subject of the verb at token ``k`` (the nearest group
        before it in its clause), for an act that verb makes real ("consented to a request
        to pardon": the one who consented pardons)."""
        group = self._subject(sentence, groups, k, Roles(), verb=True)
        return list(group.refs) if group is not None else []

    def object_after(self, sentence: Sentence, groups: list[Group], j: int, out: Roles) -> None:
        """The object of a verb that ends at token ``j`` as the recipients ("an attack that
        set a cargo ship ablaze": the ship), read as for any verb that takes an object."""
        self._recipients(sentence, groups, j, _OBJECT_FRAME, out)
        if out.recipients:
            out.how[-1] = "object of the relative clause's verb after the noun"

    def recipients_after(self, sentence: Sentence, groups: list[Group], j: int, entry: Entry,
                         out: Roles) -> None:
        """Recipients of the entry's frame found from token ``j`` on, as after the trigger:
        for "the sanctions that the EU imposed on X", from after the relative verb."""
        self._recipients(sentence, groups, j, entry, out, passive=True)

    def _reports(self, sentence: Sentence, k: int) -> bool:
        """A reporting verb at token ``k`` (see :func:`reporting_at`), not a plural noun
        ("the Gulf states threw", see :func:`plural_noun_subject`), nor one whose object is a
        plan ("announced plans to call up reservists": its subject plans the act and does it)."""
        return reporting_at(sentence, k, self.reporting) and not plural_noun_subject(sentence, k) \
            and not _announces_plan(sentence, k)

    def _official_owned(self, sentence: Sentence, i: int) -> bool:
        """"will travel next month to follow up on the Emir's discussions with X": a noun an
        official's "'s" owns is that official's act, even unresolved, never the clause subject's."""
        toks = sentence.tokens
        k = next((k for k in range(i - 1, max(0, i - 1 - POSSESSED_GAP), -1) if toks[k].lower == "'s"), None)
        return k is not None and k > 0 and toks[k - 1].lower in self.officials and _modifiers(toks[k + 1:i])

    def in_phrase(self, sentence: Sentence, i: int) -> bool:
        """A noun inside a prepositional phrase ("over the strike", also when coordinated:
        "over the detention of aid workers and attacks on shipping") is background: it
        takes no subject from the clause."""
        coordinated = i > 0 and sentence.tokens[i - 1].lower in {"and", "or"}
        for k in range(i - 1, max(-1, i - (COORDINATED_REACH if coordinated else 4)), -1):
            word = sentence.tokens[k].lower
            if word == "of" and k > 0 and sentence.tokens[k - 1].lower in MEASURES:
                # "held two hours of talks": the measure heads; "at the fourth round of talks"
                # is still a prepositional phrase
                return _measure_governor(sentence, k - 1) in PREPOSITIONS
            if word == "in" and k == i - 1 and sentence.tokens[i].lower in PURPOSE_NOUNS:
                return False  # "staged a sit-in in protest against": the purpose of the clause's act
            if word in PREPOSITIONS:
                return not (word == "in" and k > 0 and sentence.tokens[k - 1].lower in PARTAKING)
            if sentence.tokens[k].cap or word in {",", ";"}:
                return False
        return False

    def _meeting_of_subject(self, sentence: Sentence, i: int, entry: Entry) -> bool:
        """"X and Y stressed the need for coordination during talks in Tehran": a meeting
        noun after "during", "at" or "in" is the clause subject's own meeting, a call too ("told
        Macron in a phone call"); so is one after the "for" of the subject's stay ("X was in
        Kigali for talks with Y"), not after any "for" ("X called for talks")."""
        toks = sentence.tokens
        k = _before_meeting_determiners(sentence, i)
        return (entry.reciprocal or entry.mode == "phone") and entry.type in ("CONSULT", "COOPERATE") and k >= 0 \
            and (toks[k].lower in MEETING_PREPS  # "killed in clashes": no meeting of the subject
                 or toks[k].lower == "for" and _stay_before(sentence, k))

    @staticmethod
    def _told_in_meeting(sentence: Sentence, groups: list[Group], i: int) -> Group | None:
        """The group told right before the preposition of a meeting noun at ``i`` ("told Macron
        in a phone call", "told his Iranian counterpart during talks"): the listener."""
        toks, k = sentence.tokens, _before_meeting_determiners(sentence, i)
        return next((g for g in groups if g.last == k and g.first > 0 and toks[g.first - 1].lower in AUDIENCE_VERBS),
                    None)

    def _whose_owner(self, sentence: Sentence, groups: list[Group], k: int) -> Group | None:
        """The party before "whose" that owns the force or member noun at ``k`` ("the Central
        Bureau, whose agents pulled in 9 suspects", "the brigade whose fighters stormed"): its
        people act for it. None when "whose" does not stand right before the noun (past a
        modifier) or no party ends right before it."""
        toks = sentence.tokens
        w = next((m for m in (k - 1, k - 2) if m > 0 and toks[m].lower == "whose"), None)
        if w is None or (w == k - 2 and (toks[k - 1].cap or not toks[k - 1].lower.isalpha())) \
                or toks[k].lower not in self.forces | MEMBER_NOUNS:
            return None
        end = w - (toks[w - 1].text == ",")
        return next((g for g in groups if g.last == end), None)

    def _fallback(self, sentence: Sentence, groups: list[Group], i: int, out: Roles) -> list[ActorRef] | None:
        """No actor mention: a country word ("Israeli missiles struck") or a participant
        noun ("protesters") right before the trigger, in its clause."""
        toks = sentence.tokens
        antecedent = self._relative_antecedent(sentence, groups, i)
        if antecedent is not None:
            out.how.append(f"{antecedent.refs[0].text!r} before the relative pronoun acts")
            return list(antecedent.refs)
        described = self._described_antecedent(sentence, groups, i)
        if described is not None:
            out.how.append(f"word {described.text!r} names the party the relative pronoun points back to")
            return [*self._possessive_conjunct(sentence, groups, described, out), described]
        # the relative pronoun right before the verb, before a verb taking it as an infinitive
        # ("protesters who tried to force the gate") or past an auxiliary ("who had blocked")
        gapped = _relative_pronoun(sentence, i)
        r = i - 1 if i > 1 and toks[i - 1].lower in {"who", "that"} else \
            i - 3 if i > 3 and toks[i - 1].lower == "to" and toks[i - 3].lower in {"who", "that"} else \
            gapped if gapped is not None and toks[gapped].lower == "who" else None
        of_head = _of_phrase_head(sentence, r) if r is not None else None
        if of_head is not None and self._participant(toks[of_head].lower) \
                and not any(self._participant(t.lower) for t in toks[of_head + 2:r]):
            ref = self._word_ref(sentence, of_head)
            if ref is not None:  # "supporters of opposition candidate Bobi Wine who marched"
                out.how.append(f"word {toks[of_head].text!r}, before the 'of' phrase the relative pronoun "
                               "follows, names a party")
                return [ref]
        named = next((g for g in groups if r is not None and g.last == r and toks[r].lower == "who"), None)
        tied = self._tied_head(sentence, groups, named) if named is not None else None
        if tied is not None:  # "fighters loyal to X who overran": the fighters overran
            out.how.append(f"{tied[0].text!r}, tied to the party before the relative pronoun, acts" if tied
                           else "the party before the relative pronoun is only whom its antecedent is tied to")
            return tied or None
        if named is not None:  # "Haredi protesters who had parked themselves": the named antecedent acts
            out.how.append(f"{named.refs[0].text!r} before the relative pronoun acts")
            return list(named.refs)
        if r is not None:
            # "the demonstrators who took to the streets", "an Israeli aggression that targeted"
            for k in range(r - 1, max(-1, r - 4), -1):
                if toks[k].lower in PREPOSITIONS | {",", "the", "a", "an"} or self._reports(sentence, k):
                    break  # "Hamas stated that ...": "that" after a reporting verb opens its content
                owner = self._country_word_before(sentence, groups, k, out) \
                    if toks[k].lower in self.vehicles | self.ships.nouns else None
                if owner is not None:  # "a Turkish relief vessel that anchored": the vehicle's country
                    return owner
                ref = self._word_ref(sentence, k)
                if ref is not None:
                    out.how.append(f"word {toks[k].text!r} before the relative pronoun names a party")
                    return [ref]
        # "A Lebanese shepherd, aged 45, walked free": past the aside, back to its clause's head
        aside = _participle_aside(sentence, i)
        if aside is None:
            aside = self._represented_aside(sentence, groups, i)
        last = i if aside is None else aside
        reach = 5 if aside is None else max(5, aside - sentence.clause_start(aside) + 1)
        for k in range(last - 1, max(-1, last - reach), -1):
            if toks[k].lower == "," and sentence.same_clause(k, last):
                break  # "flour, medicine and tents docked": a list, the vehicle may head the clause
            if k == i - 1 and toks[k].lower in {"and", "or"}:
                break  # "martyring four workers and wounding 27": the word before "and" ends an object
            if not sentence.same_clause(k, last) or self._reports(sentence, k):
                # only forces a report names may act ("announced that army units arrested")
                return self._speakers_forces(sentence, groups, i, out)
            group = next((g for g in groups if g.first <= k < g.last), None)
            if group is not None:  # or the sender of the vehicle it follows: "A vessel chartered by Iraq docked"
                before = _word_before(sentence, group.first)
                found = self._participant_in(sentence, group, out) or self._vehicle_owner(sentence, groups, i, out) \
                    if not _received_phrase(sentence, group.first) else None  # "aid to Albanian rebels in X and"
                if found or before not in PREPOSITIONS and not self._people_of(sentence, group.first):
                    return found
                break  # "lay down on the Ankara ring road and blocked": the head of the clause acts
            if k and toks[k - 1].lower in POSSESSIVES and toks[k].lower in self.forces | self.own_bodies:
                out.pronoun = toks[k - 1].lower  # "said his fighters would strike": the owner's, no party of their own
                return None
            ref = None if toks[k].lower in self.ships.nouns else self._word_ref(sentence, k)  # "a drone boat struck"
            own = self._speakers_forces(sentence, groups, i, out) \
                if ref is not None and ref.reason == PARTICIPANT and toks[k].lower in self.forces else None
            if own:  # "Hamas's spokesman announced that the fighters had ambushed": the speaker's own
                return own
            placed = self._placed_by_word(sentence, k, ref)
            if placed is not None:
                out.how.append(f"participant {placed.text!r} placed by {toks[k].text!r}")
                return [placed]
            owner = self._whose_owner(sentence, groups, k) if ref is not None else None
            if owner is not None:  # "the Bureau, whose agents pulled in 9 suspects": the Bureau's agents
                out.how.append(f"{owner.refs[0].text!r}, whose {toks[k].text!r} they are, acts")
                return list(owner.refs)
            if ref is not None and _benefiting(sentence, k):
                out.how.append(f"{toks[k].text!r} after 'for' benefits from the act, no party doing it")
                break
            if ref is not None:
                out.how.append(f"word {toks[k].text!r} before the trigger names a party")
                return [_public_sector(r) for r in (*self._participant_conjunct(sentence, k, ref, out),
                                                    *self._demonym_conjunct(sentence, k, ref, out),
                                                    *self._located_each(sentence, k, ref, out))]
        ref = self._name_chunk(sentence, groups, i)
        if ref is not None:
            out.how.append(f"name {ref.text!r} before the trigger, placed by a country word in it")
            return [ref]
        return self._vehicle_owner(sentence, groups, i, out) or self._purpose_subject(sentence, groups, i, out) \
            or self._clause_head(sentence, groups, i, out) or self._speakers_forces(sentence, groups, i, out)

    def _participant_conjunct(self, sentence: Sentence, k: int, ref: ActorRef, out: Roles) -> list[ActorRef]:
        """"Relatives of the hostages and their supporters blocked", "students and teachers
        marched": a participant noun joined by "and" to the participant noun ``ref`` at ``k``
        heads the same subject, so it acts too, named first."""
        toks = sentence.tokens
        m = k - 1
        while m > 0 and toks[m].lower in ARTICLES | POSSESSIVES:
            m -= 1
        if ref.reason != PARTICIPANT or m < 1 or toks[m].lower != "and" or not sentence.same_clause(m - 1, k):
            return []
        first = self._word_ref(sentence, m - 1)
        if first is None or first.reason != PARTICIPANT:
            return []
        out.how.append(f"participant {first.text!r}, joined by 'and', acts too")
        return [first]

    def _demonym_conjunct(self, sentence: Sentence, k: int, ref: ActorRef, out: Roles) -> list[ActorRef]:
        """"Georgian and Azerbaijani border commissions agreed": a country word joined by "and"
        to the country word ``ref`` at ``k`` before the noun they share names the other party."""
        toks = sentence.tokens
        if ref.reason == PARTICIPANT or not ref.country or k < 2 or k + 1 >= len(toks) \
                or toks[k - 1].lower != "and" or not toks[k + 1].lower.isalpha() or toks[k + 1].cap:
            return []
        first = self._word_ref(sentence, k - 2)
        if first is None or first.reason == PARTICIPANT or first.country in {None, ref.country}:
            return []
        out.how.append(f"country word {first.text!r}, joined by 'and', names a party too")
        return [first]

    def _possessive_conjunct(self, sentence: Sentence, groups: list[Group], ref: ActorRef,
                             out: Roles) -> list[ActorRef]:
        """"Egypt's transport minister and his Sudanese counterpart, who pledged": the party
        joined by "and" to the possessive before ``ref``'s country word is its partner, and
        the relative clause after the pair tells what both did."""
        toks = sentence.tokens
        k = sentence.index_at(ref.start or 0)
        if k < 2 or toks[k - 1].lower not in POSSESSIVES | {"her"} or toks[k - 2].lower != "and":
            return []
        group = next((g for g in groups if g.last == k - 2), None)
        if group is None or any(r.country == ref.country for r in group.refs):
            return []
        out.how.append(f"{group.refs[0].text!r}, joined to it as {toks[k - 1].text!r} partner, acts too")
        return list(group.refs)

    def _placed_by_word(self, sentence: Sentence, k: int, ref: ActorRef | None) -> ActorRef | None:
        """"Lecturers at the Lebanese University halted classes": a state's word at ``k`` in the
        phrase right after a participant noun, or a noun the KB gives a sector of the public
        (EDU for "lecturers"), places the participants, who act, as :meth:`_participant_in`
        does for a named party."""
        toks = sentence.tokens
        n = governor(sentence, k)
        if ref is None or ref.reason == PARTICIPANT or n < 1 or toks[n].lower not in PLACING_PREPS:
            return None
        tok = toks[n - 1]
        sector = _noun_sector(tok.lower, of_state=False)
        if sector is None and not self._participant(tok.lower):
            return None
        return ActorRef(text=tok.text, start=tok.start, end=tok.end, country=ref.country, sector=sector,
                        reason=f"{PARTICIPANT}; of {ref.country}, where they are")

    def _represented_aside(self, sentence: Sentence, groups: list[Group], i: int) -> int | None:
        """The opening comma of an aside set off by commas right before the verb at ``i`` that
        describes the parties people speak for ("Negotiators from Thailand's government and the
        BRN, the main insurgent group in the far south, held talks"): those people, the parties
        they represent, stay the verb's subject (see :meth:`_participant_in`). None otherwise."""
        toks = sentence.tokens
        opening = _aside_before(sentence, i)
        if opening is None or toks[opening + 1].cap:
            return None
        group = next((g for g in groups if g.last == opening), None)
        n = governor(sentence, group.first) if group is not None else -1
        return opening if n >= 1 and toks[n].lower in {"from", "of"} \
            and toks[n - 1].lower in self.members | REPRESENTATIVES else None

    def _participant_in(self, sentence: Sentence, group: Group, out: Roles) -> list[ActorRef] | None:
        """"Teachers in Kenya went on strike", "rebels in the Ivory Coast blocked": a
        participant noun right before "in"/"from" and a named party acts, not that party; a
        country there places it, as coders give local people the country they are in."""
        toks = sentence.tokens
        n = governor(sentence, group.first)
        if 1 <= n and toks[n].lower in {"from", "of"} and toks[n - 1].lower in self.members | REPRESENTATIVES:
            # "Officials from Sudan and South Sudan met": the states they speak for act
            out.how.append(f"{toks[n - 1].text!r} {toks[n].lower} the parties they represent")
            return list(group.refs)
        if n < 1 or toks[n].lower not in PLACING_PREPS or not self._participant(toks[n - 1].lower):
            return None
        out.how.append(f"participant {toks[n - 1].text!r} {toks[n].lower} {group.refs[0].text!r}")
        if len(group.refs) > 1 and all(r.type == "state" and r.country for r in group.refs):
            # "Fishermen from Spain, Italy and Greece": the people of each state
            return [_placed_participant(toks[n - 1], replace(group, refs=[r])) for r in group.refs]
        return [_placed_participant(toks[n - 1], group)]

    def _placing_group(self, sentence: Sentence, groups: list[Group], k: int) -> Group | None:
        """The party in the phrase right after the participant noun at ``k`` that places it
        ("Workers at Egypt's biggest textile mill", "nurses in Kenya"), also as the owner of
        that phrase's noun."""
        toks = sentence.tokens
        if k + 1 >= len(toks) or toks[k + 1].lower not in PLACING_PREPS:
            return None
        return next((g for g in groups if governor(sentence, g.first) == k + 1), None)

    def _speakers_forces(self, sentence: Sentence, groups: list[Group], i: int, out: Roles) -> list[ActorRef] | None:
        """"The IDF said Wednesday that fighter jets had hit a depot", "the Houthis' military
        spokesman announced that the naval forces had hit a ship": forces no one is named for,
        heading a clause reported by a state, an army or an armed group (or its spokesman), are
        the speaker's own. So is an organisation named by its kind ("Naim Qassem said the party
        would not hand over its weapons"): a member speaking of "the party" or "the movement"
        means his own, when he is known to belong to one."""
        toks = sentence.tokens
        start = self._reported_start(sentence, i)
        window = self._subject_head_window(sentence, start, i)
        # "the party" heads the clause: its first word after "that" and the article
        body = bool(window) and toks[window.start].lower in self.own_bodies and window.start > 0 \
            and toks[window.start - 1].lower == "the"
        if any(start <= g.first < i for g in groups) or not (body or any(toks[k].lower in self.forces for k in window)):
            return None
        for k in range(start - 1, -1, -1):
            if self._reports(sentence, k):
                speaker = next((g for g in groups if g.last <= k and k - g.last <= SPEAKER_GAP), None)
                if speaker is not None and not _news_outlet(sentence.words(speaker.last - 1, k)) \
                        and (armed_or_state(speaker.refs[0]) or body and _member(speaker.refs[0])):
                    out.how.append(f"forces reported by {speaker.refs[0].text!r}: its own")
                    return list(speaker.refs)
                return None
        return None

    def _speaker_after(self, sentence: Sentence, groups: list[Group], i: int, out: Roles) -> list[ActorRef] | None:
        """"A reserve brigade was relocated to the border, Israel's military said": a state, an
        army or an armed group reporting after a comma that forces were moved, by no one named,
        moved its own."""
        toks = sentence.tokens
        k = next((k for k in range(i + 1, len(toks)) if self._reports(sentence, k)), None)
        speaker = None if k is None else next((g for g in groups if i < g.first and g.last <= k
                                               and k - g.last <= SPEAKER_GAP), None)
        if speaker is None or toks[speaker.first - 1].lower != "," or not armed_or_state(speaker.refs[0]) \
                or _news_outlet(sentence.words(speaker.last - 1, k)):
            return None
        out.how.append(f"forces moved, reported by {speaker.refs[0].text!r}: its own")
        return list(speaker.refs)

    def _summoner(self, sentence: Sentence, groups: list[Group], i: int, j: int, entry: Entry) -> list[ActorRef]:
        """Who summons an envoy summoned, in the passive at ``i``, "to" a party's office ("was
        summoned to the foreign ministry in Ankara", "was summoned to Kenya's foreign ministry"):
        the state of that office, named in it or by the seat after it; none when no office is named."""
        toks = sentence.tokens
        if not entry.key.startswith(SUMMONING) or j >= len(toks) - 2 or toks[j].lower != "to":
            return []
        m = j + 1 + (toks[j + 1].lower in ARTICLES)
        group = next((g for g in groups if g.first == m), None)
        if group is not None:
            return [r for r in group.refs if r.country and r.country not in NO_NATION]
        for n in range(m, min(len(toks) - 1, m + OFFICE_WORDS)):
            if toks[n].lower in PREPOSITIONS - {"in"} or not toks[n].lower.isalpha():
                return []
            if toks[n].lower == "in" and n > m and toks[n - 1].lower in OFFICES:
                return [replace(r, sector=r.sector or "GOV") for r in self._party_or_place(sentence, groups, n + 1)]
        return []

    def _telling_speaker(self, sentence: Sentence, groups: list[Group], i: int, entry: Entry,
                         out: Roles) -> list[ActorRef] | None:
        """"Bamako was told to set a date for elections, Senegalese and Ivorian diplomats said",
        "Indian fishermen were released from a Karachi jail, Pakistani officials said": an
        agentless passive of an act a state does by its own word or hand (telling, warning,
        freeing) reported after a comma by officials of another state than the one it is done
        to: those officials did it. Not for harm ("were killed, officials said"), which a state
        reports of others as often as of itself."""
        if not (entry.type in TELLING_TYPES or entry.mode == "release"):
            return None
        toks = sentence.tokens
        k = next((k for k in range(i + 1, len(toks)) if self._reports(sentence, k)), None)
        speaker = None if k is None else next((g for g in groups if i < g.first and g.last <= k
                                               and k - g.last <= SPEAKER_GAP), None)
        if speaker is None or speaker.first < 1 or toks[speaker.first - 1].lower != "," \
                or not all(armed_or_state(r) or r.type == "other" and r.country for r in speaker.refs) \
                or not any(armed_or_state(r) for r in speaker.refs) \
                or _news_outlet(sentence.words(speaker.first, k)):
            return None
        theirs = {r.country for r in speaker.refs if r.country}
        done_to = {r.country for r in out.recipients if r.country}
        if not theirs or theirs & done_to:
            return None
        out.how.append(f"{speaker.refs[0].text!r}, officials of another state reporting it, did it")
        return list(speaker.refs)

    def _claimant(self, sentence: Sentence, groups: list[Group], i: int, out: Roles) -> list[ActorRef] | None:
        """"Al-Shabaab said it was behind the mortar salvo that hit": the act told in a
        relative clause on what a party says it was behind is that party's (PLOVER codes a
        claimed attack with the claimant as its source); "it" there stands for the speaker.
        ("claimed responsibility for" is a trigger of its own that finds the claimant.)"""
        toks = sentence.tokens
        if i < 4 or toks[i - 1].lower not in RELATIVE_PRONOUNS | {"that"}:
            return None
        for k in range(i - 2, max(1, i - 2 - ANTECEDENT_WORDS), -1):
            word, before = toks[k].lower, toks[k - 1].lower
            if word == "behind" and before in BE_WORDS:
                break
            if word in PREPOSITIONS or not word.replace("-", "").isalpha():
                return None
        else:
            return None
        claimant = next((g for g in reversed(groups) if g.last < k), None)
        if claimant is None or not all(toks[m].lower in CLAIM_GAP or self._reports(sentence, m)
                                       for m in range(claimant.last, k)):
            return None
        out.how.append(f"{claimant.refs[0].text!r} owns up to the act the relative clause tells")
        return list(claimant.refs)

    def _owned_up_to(self, sentence: Sentence, groups: list[Group], i: int, out: Roles) -> list[ActorRef] | None:
        """"The Pakistani Taliban took responsibility for the attack", "IS claimed credit for
        Sunday's bombing": the subject of what owns up to the act noun at ``i`` (``claimed_objects``
        right before its noun phrase) did it, as PLOVER codes a claimed attack with its claimant as
        source; "it" there leaves the pronoun to resolve ("said it was behind the raid")."""
        toks = sentence.tokens
        for k in range(i - 1, max(0, i - 2 - ACT_MODIFIERS), -1):
            if f"{toks[k - 1].lower} {toks[k].lower}" in self.classes.get("claimed_objects", frozenset()):
                break
            if not _modifiers([toks[k]]):
                return None
        else:
            return None
        claimant = self._subject(sentence, groups, k - 1, out, verb=True)
        if claimant is None:
            return None
        out.how.append(f"{claimant.refs[0].text!r} owns up to the act ('took responsibility for')")
        return list(claimant.refs)

    def _tied_head(self, sentence: Sentence, groups: list[Group], named: Group) -> list[ActorRef] | None:
        """The party before "loyal to" / "affiliated with" the ``named`` group ("Libyan fighters
        loyal to Haftar who stormed"): the relative pronoun after the phrase points back to
        them, as after "forces of X who"; [] when no party names them, None when no tie
        stands before ``named``."""
        toks = sentence.tokens
        tie = named.first - 2
        if tie < 1 or toks[tie + 1].lower not in {"to", "with"} or toks[tie].lower not in TIES:
            return None
        head = next((g for g in groups if g.last == tie), None)
        word = self._word_ref(sentence, tie - 1) if head is None else None
        return list(head.refs) if head is not None else [word] if word is not None else []

    def _relative_antecedent(self, sentence: Sentence, groups: list[Group], i: int) -> Group | None:
        """", which agreed to": a verb right after a relative pronoun that follows a comma
        and a named party ("a delegation of the Kurdistan Region, which agreed") has that
        party as its subject."""
        r = _comma_relative(sentence, i)
        return None if r is None else next((g for g in groups if g.last == r - 1), None)

    def _described_antecedent(self, sentence: Sentence, groups: list[Group], i: int) -> ActorRef | None:
        """"answering the Egyptian irrigation minister, who earlier this week pinned the
        floods on the dam": the antecedent before ", who" names no actor, but a country word
        or participant noun in it does; a party in a prepositional phrase of it does not."""
        toks = sentence.tokens
        r = _comma_relative(sentence, i)
        if r is None:
            return None
        for k in range(r - 2, max(-1, r - 2 - ANTECEDENT_WORDS), -1):
            if toks[k].lower in PREPOSITIONS or not toks[k].lower.replace("-", "").isalpha() \
                    or any(g.first <= k < g.last for g in groups):
                return None
            ref = self._word_ref(sentence, k)
            if ref is not None:
                return ref
        return None

    def _clause_head(self, sentence: Sentence, groups: list[Group], i: int, out: Roles) -> list[ActorRef] | None:
        """A participant noun opening the trigger's clause, however long the modifier that
        parts it from the verb ("Demonstrators angered by weeks of empty ATMs and long bank
        queues gathered"); no actor mention may stand between, save in a prepositional phrase
        ("Haredi protesters lay down on the Jerusalem light rail tracks and shut")."""
        # "Police said 23 people were arrested during the protests": the speaker of a report
        # is no party of what it reports
        start = _absolute_subject(sentence, _past_as_clause(sentence, self._reported_start(sentence, i), i), i)
        if any(start <= g.first < i and _word_before(sentence, g.first) not in PREPOSITIONS
               and not self._people_of(sentence, g.first) for g in groups):
            return None
        for k in self._subject_head_window(sentence, start, i):
            if sentence.tokens[k].lower in self.vehicles:
                return None  # "40 vehicles carrying fighters deployed": the vehicles head the subject
            if self._participant(sentence.tokens[k].lower):
                out.how.append(f"participant {sentence.tokens[k].text!r} opening the clause")
                placed = _placed_participant(sentence.tokens[k], self._placing_group(sentence, groups, k))
                if placed.country:
                    return [placed]
                police = _police_compound(sentence, k)
                return [police] if police is not None else self._located_each(sentence, k, placed, out)
        return None

    def _subject_head_window(self, sentence: Sentence, first: int, i: int) -> range:
        """Where the head of a clause's subject stands, from the clause's first token: past a
        fronted adverbial up to its comma ("On Sunday, December 3, nurses ..."), the "that" of
        a reported clause or the "as" of an adverbial one ("..., as eastern forces kept up"),
        and a count before the head ("A group of nurses", "Hundreds of
        retirees", "More than a thousand workers")."""
        toks = sentence.tokens
        if first == 0:  # past a dateline: "TOKYO - A Japanese aid worker ... has been freed"
            dateline = DATELINE.match(sentence.text)  # "ALEXANDRIA, Sept 29 (Reuters) - Workers"
            first = min(i, sentence.index_at(sentence.start + dateline.end())) if dateline else first
            while first < i and (toks[first].text.isupper() and len(toks[first].text) > 1
                                 or toks[first].text in DATELINE_MARKS):
                first += 1
        while first < i and toks[first].text in DASHES:  # the clause after a dateline's dash
            first += 1
        if toks[first].lower in PREPOSITIONS:
            commas = [m for m in range(first, min(i, first + FRONTED_WORDS))
                      if toks[m].lower == "," and not thousands_comma(sentence, m)]  # "Around 1,500 troops"
            first = commas[-1] + 1 if commas else first
        while first < i and (toks[first].lower in QUANTITIES or toks[first].lower in SUBJECT_OPENERS
                             or count_end(sentence, first) > first):
            first = max(first + 1, count_end(sentence, first))  # "More than a thousand workers"
        return range(first, min(i, first + CLAUSE_SUBJECT_WORDS))

    def _subordinate_subject(self, sentence: Sentence, groups: list[Group], i: int) -> list[ActorRef] | None:
        """"The supramax Marisol Dawn sustained damage after being struck off Yemen": a
        passive after a subordinator ("after being", "before being", "having been") has no
        subject of its own; it shares the main clause's, a party or a ship opening the sentence."""
        toks = sentence.tokens
        if i >= 1 and toks[i - 1].lower == "being":
            k = i - 2
        elif i >= 2 and sentence.match(i - 2, ("having", "been")):
            k = i - 3
        else:
            return None
        if k >= 0 and toks[k].lower in {",", "after", "before", "while", "when", "since", "upon", "despite"}:
            reports = [n for n in range(k) if self._reports(sentence, n)]
            first = reports[-1] + 1 if reports else 0  # "the army said a soldier died after being shot"
            group = next((g for g in groups if first <= g.first and g.last <= k
                          and not (g.first and toks[g.first - 1].lower in PREPOSITIONS)), None)
            if group is not None:
                return list(group.refs)
            ship = next(filter(None, (self.ships.at(sentence, n) for n in self._subject_head_window(sentence, first, k))),
                        None)
            return [ship] if ship is not None else None
        return None

    def _subject_before_relative(self, sentence: Sentence, groups: list[Group], i: int) -> list[ActorRef] | None:
        """"the crew of the ship Cedar Star, which was detained after ..., were freed", "Hamas,
        which runs Gaza, accused": a relative clause set off by commas parts the subject from
        its verb, and the parties it names are its own; the party or ship right before
        ", which" is the subject."""
        toks = sentence.tokens
        comma = self._be_index(sentence, i) - 1
        while comma > 0 and (toks[comma].lower in SUBJECT_AUXILIARIES | ADVERB_GAP | DAY_ADJUNCT_WORDS
                             or toks[comma].lower.endswith("ly") and not toks[comma].cap):
            comma -= 1  # "Qatar, which has mediated ..., has also condemned", "..., on Tuesday formally endorsed"
        if comma < 1 or toks[comma].text != ",":
            return None
        opening = next((n for n in range(comma - 1, max(0, comma - RELATIVE_WORDS), -1) if toks[n].text == ","), None)
        if opening is None or opening + 1 >= comma or toks[opening + 1].lower not in RELATIVE_PRONOUNS:
            return None
        group = next((g for g in groups if g.last == opening), None) \
            or next((g for g in reversed(groups) if g.last < opening and all(
                t.cap or t.lower == "and" for t in toks[g.last:opening])), None) \
            or next((g for g in groups if g.last + 1 < opening and toks[g.last].text == "," and all(
                t.cap for t in toks[g.last + 1:opening]) and all(
                t.lower in ARTICLES for t in toks[sentence.clause_start(g.first):g.first])), None)
        # "Kazakh citizens Ivan Petrov and Aidos Bekov, who": the names a party heads; "Kenya's envoy,
        # Jane Doe, who": the party opening the clause, then the name of its officeholder
        if group is not None:
            return list(group.refs)
        ship = self.ships.before(sentence, opening)
        return [ship] if ship is not None else None

    def _restrictive_antecedent(self, sentence: Sentence, groups: list[Group], i: int) -> list[ActorRef] | None:
        """"Farmers who lost their crops to the floods went on the rampage", "A gang that abducted
        17 missionaries last month has freed two": a relative clause
        without commas runs on into the verb at ``i`` after it, whose subject is the party or
        participant the "who" follows. The clause has a verb of its own before ``i`` and no
        pronoun or infinitive "to" that could give ``i`` another subject ("farmers who said
        they would strike", "who tried to storm"); a verb right after "who" is the clause's
        own (see :meth:`_fallback`); one closed by a comma is an aside (see
        :meth:`_subject_before_relative`)."""
        toks = sentence.tokens
        r = sentence.clause_start(i)
        if r < 1 or toks[r].lower not in {"who", "that"} or toks[r - 1].text == ",":
            return None
        if toks[r].lower == "that" and not any(g.last == r for g in groups) \
                and not self._participant(toks[r - 1].lower):
            return None  # "said that": a "that" opens a relative only after a party ("A gang that abducted")
        v, before = r + 1, i - 1
        while v < i and toks[v].lower in SUBJECT_AUXILIARIES | ADVERB_GAP:
            v += 1
        if toks[r].lower == "that" and not _verbs_in(toks, v, v + 1):
            return None  # "telling Merz that the deployment flouted": a "that" clause with its own subject
        while before > v and toks[before].lower in SUBJECT_AUXILIARIES | ADVERB_GAP:
            before -= 1
        if before <= v or toks[before].lower in {"to", "or"} \
                or any(t.lower in PRONOUNS - POSSESSIVES or t.text == "," for t in toks[v:i]):
            return None
        group = next((g for g in groups if g.last == r), None)
        screening = self._participle_head(sentence, groups, group.first if group is not None else r - 1)
        if screening is not None:  # "officers screening families who fled ... picked out": the officers
            return screening
        if toks[before].lower == "and":  # "farmers who lost their crops and burned": the clause's own verb
            return None
        if group is not None:
            return list(group.refs)
        ref = self._word_ref(sentence, r - 1)
        return [_public_sector(ref)] if ref is not None and ref.reason == PARTICIPANT else None

    def threatened(self, sentence: Sentence, groups: list[Group], i: int, j: int, out: Roles) -> None:
        """A threat naming no target is made to the party told of it ("Tokyo told Beijing it may
        freeze its loans") or, else, to the party heading its condition ("would walk out unless
        Israel froze settlement building", "if coca growers kept up their blockades"): the threat
        is there to make that party act or stop."""
        toks = sentence.tokens
        directing = self.classes.get("directing", frozenset())
        told = next((g for g in reversed(groups) if 0 < g.first and g.last <= i and toks[g.first - 1].lower in directing
                     and _pronoun_subject(sentence, g.last, i) is not None), None)
        k = next((k for k in range(j, min(len(toks) - 1, j + CONDITION_REACH)) if toks[k].lower in CONDITIONS), None)
        first = k + 1 + (toks[k + 1].lower in ARTICLES) if k is not None else len(toks)
        condition = next((g for g in groups if g.first == first), None)
        if told is not None or condition is not None:
            refs = list((told or condition).refs)
        else:
            refs = [r for n in range(first, min(len(toks), first + 2)) if toks[n].lower not in PRONOUNS
                    for r in [self._word_ref(sentence, n)] if r is not None and r.reason == PARTICIPANT][:1]
        out.recipients = [r for r in refs if not _same(r, out.actors)]
        if out.recipients:
            how = "told of the threat" if told is not None else "heading the threat's condition"
            out.how.append(f"{out.recipients[0].text!r}, {how}, is threatened")

    def _as_clause_forces(self, sentence: Sentence, groups: list[Group], j: int, out: Roles) -> list[ActorRef] | None:
        """"Barrel bombs rained on Tafas as government helicopters circled above": an attack
        whose clause names no doer is that of the armed party heading the "as" clause after it."""
        toks = sentence.tokens
        k = next((k for k in range(j, min(len(toks) - 2, j + AS_FORCES_REACH)) if toks[k].lower == "as"), None)
        if k is None or toks[k - 1].lower in AS_COMPARISONS or not sentence.same_clause(j, k - 1):
            return None
        first = k + 1 + (toks[k + 1].lower in ARTICLES)
        group = next((g for g in groups if g.first == first), None) or self._domestic_agent(sentence, first)
        refs = [r for r in group.refs if r.sector in FIGHTING_SECTORS or r.type == "armed_group"] \
            if group is not None else []
        if not refs and first + 1 < len(toks) and toks[first + 1].lower in self.forces | self.vehicles:
            refs = [r for r in [self._word_ref(sentence, first)] if r is not None and r.country]  # "Israeli tanks"
        if not refs:
            return None
        out.how.append(f"{refs[0].text!r}, the fighting party of the 'as' clause, did the attack with no doer named")
        return refs

    @staticmethod
    def _resumed_first_object(sentence: Sentence, groups: list[Group], i: int, out: Roles) -> None:
        """"... picked out 11 IS members and led them away": the object pronoun of a second verb
        takes up the first verb's object, which receives (as in :meth:`_subject`)."""
        last = next((g for g in reversed(groups) if g.last <= i), None)
        if last is not None and _resumed_object(sentence, last, i):
            out.recipients = list(last.refs)
            out.how.append(f"{last.refs[0].text!r}, the first verb's object, is the pronoun after the second")

    def _participle_head(self, sentence: Sentence, groups: list[Group], a: int) -> list[ActorRef] | None:
        """"Iraqi officers screening families who fled": the noun phrase starting at ``a`` is the
        object of a participle that qualifies the subject before it, which heads the clause."""
        toks = sentence.tokens
        m = a - 1
        while m > 0 and (toks[m].lower in ARTICLES or toks[m].lower.isdigit()):
            m -= 1  # "officers screening the families", "police questioning 40 villagers"
        if m < 1 or toks[m].cap or not toks[m].lower.endswith("ing") or toks[m].lower in PREPOSITIONS \
                or toks[m - 1].lower in ARTICLES | PREPOSITIONS or not toks[m - 1].lower.isalpha():
            return None
        group = self._subject(sentence, groups, m, Roles(), verb=True)
        if group is not None:
            return list(group.refs)
        ref = self._word_ref(sentence, m - 1)
        return [_public_sector(ref)] if ref is not None and ref.reason == PARTICIPANT else None

    def _appositive_subject(self, sentence: Sentence, groups: list[Group], i: int) -> list[ActorRef] | None:
        """"Anna Ivanova, a Russian reporter who wrote on Chechnya, was shot dead", "KCNA,
        the North's news agency, said": a name opening its clause, then an apposition set off
        by commas (a relative clause may end it), then the verb. The name is the subject; a
        name no actor mention covers is known by the party its apposition names first ("a
        Russian reporter"), not one inside a prepositional phrase or the relative clause."""
        toks = sentence.tokens
        comma = self._be_index(sentence, i) - 1
        while comma > 0 and toks[comma].lower in SUBJECT_AUXILIARIES | ADVERB_GAP:
            comma -= 1
        if comma < 1 or toks[comma].text != ",":
            return None
        opening = next((n for n in range(comma - 1, max(0, comma - RELATIVE_WORDS), -1) if toks[n].text == ","), None)
        if not opening:
            return None
        start = sentence.clause_start(opening)
        if start >= opening or toks[opening + 1].lower in RELATIVE_PRONOUNS \
                or not all(t.cap or t.text in {".", "-"} for t in toks[start:opening]):
            return None  # the words before the apposition must be a name alone
        named = next((g for g in groups if g.first >= start and g.last == opening), None)
        if named is not None:
            return list(named.refs)
        end = next((n for n in range(opening + 1, comma) if toks[n].lower in RELATIVE_PRONOUNS), comma)
        described = next((g for g in groups if opening < g.first and g.last <= end), None)
        if described is None or any(t.lower in PREPOSITIONS for t in toks[opening + 1:described.first]):
            return None
        return list(described.refs)

    def _contact_subject(self, sentence: Sentence, groups: list[Group], i: int) -> list[ActorRef] | None:
        """"lifting restrictions, a move the foreign ministry of the new administration hailed
        as a step": the verb at ``i`` ends a relative clause with no pronoun on the noun before
        its subject (an article, a common noun, then a phrase opened by an article, a possessive
        or a name) and is a past form. The clause's subject acts, not the main clause's: the party
        heading it or its "of" phrase, or else the words that name it, unresolved."""
        toks = sentence.tokens
        verb = toks[i].lower
        if not (verb.endswith("ed") and verb not in ED_NON_VERBS or verb in IRREGULAR_PAST):
            return None
        for m in range(i - 1, max(1, i - 1 - CONTACT_SUBJECT_WORDS), -1):
            word = toks[m].lower
            if not (word.isalpha() or word == "'s" or "-" in word) or word in PREPOSITIONS - {"of"} \
                    or word in NOT_NOUNS - ARTICLES - POSSESSIVES:
                return None  # a comma, a verb's auxiliary, a pronoun or an adjunct: no noun phrase alone
            head, det = toks[m - 1], toks[m - 2].lower
            named = toks[m].cap and any(g.first == m and g.last == i for g in groups)  # "a step Damascus hailed"
            if (word in ARTICLES | POSSESSIVES or named) and det in ARTICLES and head.lower.isalpha() \
                    and not head.cap and head.lower not in NOT_NOUNS | PREPOSITIONS \
                    and not head.lower.endswith(("ed", "ing")):
                group = next((g for g in groups if m <= g.first and g.last <= i), None)
                heading = group is not None and (group.first <= m + 1
                                                 or toks[governor(sentence, group.first)].lower == "of")
                if group is not None and heading:
                    return list(group.refs)  # "the foreign ministry of Syria": the party it acts for
                return [ActorRef(text=sentence.span_text(m, i), start=toks[m].start, end=toks[i - 1].end)]
        return None

    def _members_owner(self, sentence: Sentence, groups: list[Group], i: int) -> Group | None:
        """"eight members of a network affiliated with the espionage service of the Zionist
        regime had been arrested": when the passive's subject is members of something, the
        first party named in that subject is whom the act is done to. So too a place of
        people ("a camp for Congolese refugees was attacked", "the homes of Kurdish families
        were burned"): those it houses are struck, not the place."""
        first = sentence.clause_start(i)
        toks = sentence.tokens
        for k in self._subject_head_window(sentence, first, i):
            if k + 1 >= i:
                break
            linked = toks[k + 1].lower
            if toks[k].lower in self.members and linked == "of" or toks[k].lower in self.dwellings \
                    and linked in {"of", "for"}:
                return next((g for g in groups if k < g.first and g.last < i
                             and sentence.same_clause(g.first, i)), None)
        return None

    def _reported_start(self, sentence: Sentence, i: int) -> int:
        """Where the clause of token ``i`` starts, past a reporting verb before it and the day
        adjunct that verb may take: "the spokesman said (on Monday) the forces had downed", a
        reported clause without "that", starts after both."""
        start = sentence.clause_start(i)
        return max([start] + [past_day(sentence, k + 1) for k in range(start, i) if self._reports(sentence, k)])

    def _forces_heading(self, sentence: Sentence, i: int) -> tuple[int, int] | None:
        """``(first, head)``: the words of the subject of the trigger at ``i`` when a force
        noun heads it ("Army reinforcements headed", "A reserve brigade was relocated"); None
        when none does or a vehicle does ("40 vehicles carrying fighters deployed")."""
        toks = sentence.tokens
        start = _past_as_clause(sentence, self._reported_start(sentence, i), i)
        window = self._subject_head_window(sentence, start, i)
        head = next((k for k in window if toks[k].lower in self.forces | self.vehicles), None)
        return None if head is None or toks[head].lower not in self.forces else (window.start, head)

    def _moving_forces(self, sentence: Sentence, groups: list[Group], i: int, out: Roles) -> list[ActorRef] | None:
        """"Army reinforcements headed on Sunday towards the border": forces that move with
        no one named to send them are the source of their own movement, a force of no known
        country (a report by an army or a state makes them its own, see :mod:`lapwing.events`).
        A participle set off after the move names who sent them ("rolled into the town on
        Friday, sent by the Malian government"): that sender moves them."""
        toks = sentence.tokens
        heading = self._forces_heading(sentence, i)
        if heading is None:
            return None
        if any(t.lower in BE_WORDS for t in toks[heading[1]:i]):
            return None  # "reservists were called up and sent to the front": they were moved
        sender = next((k for k in range(i + 1, min(len(toks) - 2, i + 1 + SENDER_REACH)) if toks[k].text == ","
                       and toks[k + 1].lower in SENDING and toks[k + 2].lower == "by"), None)
        group = None if sender is None else next(
            (g for g in groups if sender + 2 < g.first <= sender + 2 + GIVER_REACH), None)
        if group is not None:
            out.how.append(f"{group.refs[0].text!r}, after ', sent by', moved the forces heading the subject")
            return list(group.refs)
        first, last = toks[heading[0]], toks[heading[1]]
        out.how.append(f"forces {last.text!r} heading the subject move of themselves")
        text = sentence.text[first.start - sentence.start:last.end - sentence.start]
        owner = self._border_owner(sentence, i)
        if owner is not None:
            out.how.append(f"along {owner}'s own border with another state: its forces")
            return [ActorRef(text=text, start=first.start, end=last.end, country=owner, sector="MIL",
                             reason=f"noun: forces along the border of {owner} with another state")]
        return [ActorRef(text=text, start=first.start, end=last.end, sector="MIL",
                         reason="noun: domestic force that moves")]

    def _border_owner(self, sentence: Sentence, i: int) -> str | None:
        """The state whose border with another the forces moving at ``i`` go to ("fanned out
        along Lebanon's eastern borders with Syria", "massed on Russia's frontier with
        Ukraine"): each state guards its own side, so they are its forces. A border named
        without the second state ("along Ukraine's border") may be crossed from either side. The
        owner may take several words ("Saudi Arabia's northern border with Jordan"): the longest
        capitalised run before "'s" that names a state."""
        toks = sentence.tokens
        zones = self.classes.get("frontier_zones", frozenset())
        for n in range(i + 1, min(len(toks) - 1, i + 1 + BORDER_REACH)):
            if not sentence.same_clause(i, n):
                return None
            if toks[n].lower != "'s":
                continue
            m = next((m for m in range(n + 1, min(len(toks) - 1, n + 5)) if toks[m].lower in zones), None)
            if m is None or toks[m + 1].lower != "with" or not all(
                    toks[k].lower in {"and", ","} or toks[k].lower.isalpha() and not toks[k].cap
                    for k in range(n + 1, m)):
                return None
            run = next((j for j in range(max(i + 1, n - OWNER_WORDS), n) if all(t.cap for t in toks[j:n])), n)
            return next((owner for j in range(run, n)
                         if (owner := _state_named(sentence.text[toks[j].start - sentence.start:
                                                                 toks[n - 1].end - sentence.start]))), None)
        return None

    def _pair_between(self, sentence: Sentence, groups: list[Group], i: int, entry: Entry) -> list[ActorRef]:
        """The parties joined by "and" after "between" in the subject of the passive at ``i``
        of a joint act ("talks between X and Y were held") or of one on an accord ("A trade
        accord between Sudan and South Sudan was signed"); none when no such phrase heads its
        clause."""
        toks = sentence.tokens
        start = sentence.clause_start(i)
        b = next((k for k in range(start, i) if toks[k].lower == "between"), None)
        if b is None or not (entry.reciprocal or b and toks[b - 1].lower in self.classes.get("accords", ())):
            return []
        pair = [g for g in groups if b < g.first < i]
        refs = [r for g in pair for r in g.refs]
        if len(refs) < 2 or pair[0].first - b > 2 or any(t.lower in PREPOSITIONS | {","}
                                                         for t in toks[b + 1:pair[-1].first]):
            return []
        return refs

    def _domestic_head(self, sentence: Sentence, i: int) -> ActorRef | None:
        """A state's forces named without their country heading the subject of the trigger at
        ``i`` ("Hundreds of riot police were deployed"): those of the country they act in."""
        for k in self._subject_head_window(sentence, sentence.clause_start(i), i):
            for first in (k - 1, k) if k else (k,):  # "riot police", "police"
                words = " ".join(sentence.words(first, k + 1))
                sector = next((s for s, nouns in self.domestic.items() if words in nouns), None)
                if sector is not None:
                    return _domestic_ref(sentence, first, k, sector)
        return None

    def _head_word(self, sentence: Sentence, i: int, first: int | None = None) -> ActorRef | None:
        """A country word heading the clause's subject, which names no party ("A French
        national who had served a sentence was released", "Two Britons were freed"): it
        receives a passive verb; a bare noun ("civilians") leaves the place struck to say
        whose. In a relative clause, the subject is the noun the pronoun follows. ``first``,
        where given, is where the clause starts."""
        if first is None:
            first = sentence.clause_start(i)
            if 0 < first and sentence.tokens[first].lower in {"who", "which"}:
                first = sentence.clause_start(first - 1)
        for k in self._subject_head_window(sentence, first, i):
            ref = self._word_ref(sentence, k)
            if ref is not None and ref.country:
                return ref
        return None

    def _untitled_head(self, sentence: Sentence, groups: list[Group], i: int) -> ActorRef | None:
        """The country word heading the subject of the trigger at ``i`` (see :meth:`_head_word`),
        unless it is part of a person's title ("Libyan Interior Minister X branded the attack a
        crime, saying ... leaving 5 wounded"): the official, not his country, heads that clause,
        and is no party of what he describes."""
        word = self._head_word(sentence, i)
        k = sentence.index_at(word.start or 0) if word is not None else i
        titled = any(g.first <= k < g.last and g.refs[0].type == "person" for g in groups)
        return None if titled else word

    def _addressed_head(self, sentence: Sentence, i: int, out: Roles) -> list[ActorRef] | None:
        """"every American base in the region would be in the crosshairs": the subject of a
        verb that addresses its subject, headed by a country word however long its modifier,
        is that country's, as the subject of a passive is (see :meth:`_head_word`). A word
        before a reporting verb is the speaker ("Ethiopia said any attack on its dam would be
        met with force"), never the side its own warning addresses: the subject starts past
        that verb ("saying the Lebanese state would bear full responsibility")."""
        word = self._head_word(sentence, i)
        k = sentence.index_at(word.start or 0) if word is not None else i
        said = next((m for m in range(k + 1, i) if self._reports(sentence, m)), None)
        if said is not None:
            word = self._head_word(sentence, i, said + 1)
        if word is None:
            return None
        out.how.append(f"word {word.text!r} heading the subject")
        return [word]

    def _purpose_subject(self, sentence: Sentence, groups: list[Group], i: int,
                         out: Roles) -> list[ActorRef] | None:
        """"pensioners gathered on Saturday in front of the governor's office to protest": a
        verb of purpose ("to" + verb) has the subject of its clause, the first party of the
        clause, however far the adjuncts push it back. A party inside a prepositional phrase
        is none, nor one before an "as" that opens the purpose's own clause ("pressed for a
        deal to free the captives still in the Palestinian territory as the cabinet weighed a
        plan to seize": the cabinet plans, neither the territory nor the pressing crowd)."""
        toks = sentence.tokens
        if not (i > 0 and toks[i - 1].lower == "to"):
            return None
        first = i - 1
        while first > 0 and sentence.same_clause(first - 1, i) and toks[first - 1].lower not in {",", ";"} \
                and not _as_clause(toks, first - 1):
            first -= 1
        for k in range(first, i - 1):
            group = next((g for g in groups if g.first == k), None)
            if group is not None:
                if k and toks[governor(sentence, k)].lower in PREPOSITIONS:
                    continue  # "outside the U.N. office": a place, no subject
                out.how.append("subject of the clause the purpose belongs to")
                return list(group.refs)
            ref = self._word_ref(sentence, k)
            if ref is not None and not (k > 1 and toks[k - 1].lower in ARTICLES and toks[k - 2].lower in PREPOSITIONS
                                        or k and toks[k - 1].lower in PREPOSITIONS):
                out.how.append(f"word {toks[k].text!r}, subject of the clause the purpose belongs to")
                return [ref]
        return None

    def _vehicle_owner(self, sentence: Sentence, groups: list[Group], i: int,
                       out: Roles) -> list[ActorRef] | None:
        """"A Turkish ship loaded with flour arrived": a vehicle earlier in the clause (or a
        force heading it: "An Israeli force of 15 vehicles pulled out"), with a country word
        before it or its sender after it ("a ship sent by Türkiye's disaster agency AFAD"),
        is the subject, its long modifier set aside."""
        toks = sentence.tokens
        near = range(i - 1, max(-1, i - 1 - CARRIER_REACH - 4), -1)
        head = self._subject_head_window(sentence, sentence.clause_start(i), i)
        for c in [*near, *(c for c in head if c not in near)]:
            if not sentence.same_clause(c, i):
                break
            if toks[c].lower in self.vehicles and _in_prepositional_phrase(sentence, c):
                continue  # "detected cigarettes in a Belarusian lorry, taking its drivers": no subject
            if toks[c].lower in self.vehicles or (c in head and toks[c].lower in self.forces):
                owner = self._sender_after(sentence, groups, c, out)
                if not owner:  # a vehicle acted on in the passive keeps its flag to itself
                    owner = None if self._passive_after(sentence, c, i) \
                        else self._armed_owner(sentence, c, self._country_word_before(sentence, groups, c, out))
                if owner is not None:  # else the head before: "A Turkish force of 20 vehicles"
                    return owner
        return None

    def _weapon_firer(self, sentence: Sentence, groups: list[Group], i: int, out: Roles) -> list[ActorRef] | None:
        """"Artillery rounds fired by X crashed into homes": the party after the participle on
        the weapon that heads the verb's subject fired it, so it acts (the "by" keeps it from
        being the plain subject)."""
        toks = sentence.tokens
        head = self._subject_head_window(sentence, sentence.clause_start(i), i)
        for k in range(head.start, min(i, head.stop + 1)):  # the participle may end the window
            if toks[k].lower == "by" and k > 1 and _past_participle(toks[k - 1].lower) \
                    and self._weapon_before(sentence, k - 1):
                group = next((g for g in groups if k < g.first <= k + GIVER_REACH and g.last <= i), None)
                if group is None or not all(sentence.same_clause(n, i) and toks[n].lower not in NOT_NOUNS
                                            for n in range(group.last, i)):
                    return None
                out.how.append(f"{group.refs[0].text!r}, who fired the weapon heading the subject, acts")
                return list(group.refs)
        return None

    def _weapon_before(self, sentence: Sentence, i: int) -> bool:
        """Whether a weapon heads the noun right before token ``i`` ("drones launched", or one
        that names the kind of a plain noun: "artillery rounds fired", "mortar bombs fired")."""
        toks = sentence.tokens
        if i > 0 and toks[i - 1].lower in self.weapons:
            return True
        return i > 1 and toks[i - 2].lower in self.weapons and toks[i - 1].lower.isalpha() \
            and not toks[i - 1].cap and toks[i - 1].lower not in NOT_NOUNS

    def _armed_owner(self, sentence: Sentence, c: int, owner: list[ActorRef] | None) -> list[ActorRef] | None:
        """"A Turkish naval ship", "an Emirati military plane": a state's vehicle at ``c``
        marked as its forces' (the ``armed`` words between its country word and it) is sent
        by its military, so two donors' deliveries to one city stay apart."""
        if not owner or owner[0].sector is not None or owner[0].end is None:
            return owner
        toks = sentence.tokens
        between = range(sentence.index_at(owner[0].end), c)
        if not any(toks[k].lower in self.classes.get("armed", frozenset()) for k in between):
            return owner
        return [replace(owner[0], sector="MIL")]

    def _passive_after(self, sentence: Sentence, c: int, i: int) -> bool:
        """Whether a passive verb stands between the vehicle at ``c`` and token ``i`` ("A
        Liberian-flagged carrier was struck ..., injuring"): the vehicle was acted on, and
        its flag or country word names whose it is, not who acted."""
        toks = sentence.tokens
        return any(toks[k].lower in BE_WORDS and (toks[k + 1].lower.endswith(("ed", "en"))
                                                  or toks[k + 1].lower in IRREGULAR_PAST)
                   for k in range(c + 1, i - 1))

    def _sender_after(self, sentence: Sentence, groups: list[Group], c: int, out: Roles) -> list[ActorRef] | None:
        """The party after "sent by" or "from" right after the vehicle at ``c``."""
        toks = sentence.tokens
        k = c + 1
        if k < len(toks) and toks[k].lower in SENDING:
            k += 1
        if k >= len(toks) or toks[k].lower not in {"by", "from"}:
            return None
        group = next((g for g in groups if k < g.first <= k + GIVER_REACH), None)
        if group is None:
            return None
        out.how.append(f"sender of the vehicle {toks[c].text!r}")
        return list(group.refs)

    def _name_chunk(self, sentence: Sentence, groups: list[Group], i: int) -> ActorRef | None:
        """"U.S. Secretary of State Warren Christopher telephoned": a run of capitalised words
        (with "of" and abbreviation dots) right before the trigger that the KB does not know
        acts, placed by the country word inside it."""
        toks = sentence.tokens
        k = i
        while k > 0 and i - k < CHUNK_WINDOW and (toks[k - 1].cap or toks[k - 1].lower in {"of", "."}) \
                and not any(g.first <= k - 1 < g.last for g in groups) and not self._mediator(toks[k - 1]):
            k -= 1
        while k < i and not toks[k].cap:
            k += 1
        if i - k < 2 or self.resolver is None:
            return None
        found = country_word(sentence, k, i, self.resolver)
        if found is None:
            return None
        start, end = toks[k].start, toks[i - 1].end
        return ActorRef(text=sentence.text[start - sentence.start:end - sentence.start], start=start,
                        end=end, country=found.country, type="other",
                        reason=f"unknown: name; country from {found.text!r} in it")

    def _organisation_of(self, sentence: Sentence, groups: list[Group], k: int) -> Group | None:
        """The named organisation whose members token ``k`` counts ("sanctions on five
        leaders of the Nujaba movement", "arrested two commanders in Iraq's Kataib
        Hezbollah"): the people are unnamed, so the event's party is their organisation,
        as coders record a member's group and not the member."""
        toks = sentence.tokens
        if toks[k].lower not in self.members or k + 1 >= len(toks) or toks[k + 1].lower not in MEMBER_LINKS:
            return None
        for n in range(k + 2, min(len(toks), k + 2 + MEMBER_REACH)):
            group = next((g for g in groups if g.first == n), None)
            if group is not None:
                return group
            if toks[n].lower not in {"the", "a", "an"}:
                return None
        return None

    def counted_crowd(self, sentence: Sentence, k: int) -> bool:
        """"people" counted as a crowd ("hundreds of people gathered", "several hundred
        people", "about 2,000 people", "thousands of ultra-Orthodox men"): a party like
        "protesters", though plain "people", or a few of them, is too often mere victims to be one."""
        toks = sentence.tokens
        if toks[k].lower not in self.crowd_people or k < 1:
            return False
        n = k - 1
        if n > 1 and toks[n].lower != "of" and toks[n - 1].lower == "of":
            n -= 1  # one modifier after "of": "thousands of angry men"
        if toks[n].lower == "of":
            return n > 0 and toks[n - 1].lower in self.crowd_counts
        return toks[n].lower in self.crowd_counts or _count_of_a_crowd(toks, k)

    def _bare_crowd(self, sentence: Sentence, i: int, out: Roles) -> list[ActorRef] | None:
        """"Tens of thousands marched through Belgrade", "Thousands rallied in Nairobi": a count
        of a crowd with no noun after it, heading the clause of a protest verb at ``i``, is the
        crowd that protests (placed later where it protests, as "protesters" are)."""
        toks = sentence.tokens
        k = i - 1
        while k >= 0 and toks[k].lower in SUBJECT_AUXILIARIES:
            k -= 1
        if k < 0 or toks[k].lower not in self.crowd_counts or not s_form(toks[k].lower):
            return None
        first = k
        while first > 1 and toks[first - 1].lower == "of" and toks[first - 2].lower in self.crowd_counts:
            first -= 2  # "tens of thousands", "hundreds of thousands"
        opening = sentence.words(sentence.clause_start(i), first)  # "On Sunday,", "BELGRADE -", "as"
        if opening and opening[-1] not in CROWD_OPENERS | DASHES:
            return None
        out.how.append(f"{sentence.span_text(first, k + 1)!r}, a crowd counted with no noun, protests")
        return [ActorRef(text=sentence.span_text(first, k + 1), start=toks[first].start, end=toks[k].end,
                         sector="CVL", reason=PARTICIPANT)]

    def _agent_before(self, sentence: Sentence, groups: list[Group], i: int, out: Roles) -> list[ActorRef] | None:
        """"Three judges were killed by Taliban fire", "destroyed by Serb artillery fire": a
        word read as a verb right after a party named after "by" is that party's means, so the
        party does it, not the people the clause opens with. A past form there is the verb of
        the clause's head ("forces led by Colonel X captured the president": the forces did)."""
        word = sentence.tokens[i].lower
        if word.endswith(("ed", "ing")) or word in IRREGULAR_PAST:
            return None
        named = next((g for g in groups if g.last == i and g.first > 0
                      and sentence.tokens[g.first - 1].lower == "by"), None)
        if named is None:
            return None
        out.how.append(f"{named.refs[0].text!r}, named after 'by' right before it, does it")
        return list(named.refs)

    def _crowd_doing(self, sentence: Sentence, groups: list[Group], i: int, out: Roles) -> list[ActorRef] | None:
        """"fired tear gas at hundreds of people protesting in Dakar", "opened fire on garment
        workers demanding a higher wage": an "-ing" verb right after participants (a noun such as
        "workers", or "people" counted as a crowd) is what they do, however the clause began,
        read as :meth:`_fallback` reads a party word before its verb."""
        toks = sentence.tokens
        if i < 1 or not toks[i].lower.endswith("ing") or self.ships.at(sentence, i - 1) is not None:
            return None
        ref = self._word_ref(sentence, i - 1)
        if ref is None or ref.reason != PARTICIPANT:
            return None
        named = next((g for g in groups if g.last == i), None)
        if named is not None:  # "fired tear gas at opposition supporters demanding": the named crowd
            out.how.append(f"{named.refs[0].text!r}, right before the participle, do it")
            return list(named.refs)
        return self._fallback(sentence, groups, i, out)

    def _participant(self, word: str) -> bool:
        """A participant noun, also as the head of a compound ("steelworkers")."""
        return participant_noun(word, self.participants, self.participant_heads)

    def _kin_head(self, sentence: Sentence, k: int, heads: frozenset[str] | None = None) -> int | None:
        """The kin noun heading the phrase of the people at ``k`` ("relatives of the hostages",
        "families of detainees", "relatives of the jailed activists"): who they are tied to
        only names them. ``heads`` gives other such nouns ("backers of")."""
        toks = sentence.tokens
        m = k - 1
        while m > 0 and toks[m].lower in ARTICLES | POSSESSIVES:
            m -= 1
        if m > 1 and toks[m].lower.isalpha() and not toks[m].cap and toks[m].lower not in PREPOSITIONS:
            m -= 1  # one modifier: "of the detained miners"
            while m > 0 and toks[m].lower in ARTICLES | POSSESSIVES:
                m -= 1
        kin = self.classes.get("kin", frozenset()) if heads is None else heads
        return m - 1 if m > 0 and toks[m].lower == "of" and toks[m - 1].lower in kin else None

    def _street_name(self, sentence: Sentence, k: int) -> bool:
        """Whether the name at ``k`` names a street ("blocking Tripoli Street", "Baghdad
        Road"): a thoroughfare named after a city is no party to what happens on it."""
        after = sentence.tokens[k + 1] if k + 1 < len(sentence.tokens) else None
        return after is not None and after.cap and after.lower in self.streets

    def _word_ref(self, sentence: Sentence, k: int) -> ActorRef | None:
        """A ship (see :mod:`lapwing.events_vessels`), a participant noun (unresolved) or a
        country word (resolved) at token ``k``."""
        tok = sentence.tokens[k]
        ship = self.ships.at(sentence, k)
        if ship is not None:
            return ship
        # "requests from their families": kin owned by a pronoun's person are no party of their own
        owned_kin = k > 0 and tok.lower in self.classes.get("kin", frozenset()) \
            and sentence.tokens[k - 1].lower in POSSESSIVES | {"her"}
        if (self._participant(tok.lower) and not owned_kin and not _verb_use(sentence, k)) \
                or self.counted_crowd(sentence, k):
            kin = self._kin_head(sentence, k)
            if kin is not None:  # "Relatives of the hostages blocked": the relatives act
                tok = sentence.tokens[kin]
            return _police_compound(sentence, k) \
                or ActorRef(text=tok.text, start=tok.start, end=tok.end, reason=PARTICIPANT)
        pair = f"{sentence.tokens[k - 1].lower} {tok.lower}" if k > 0 else ""
        sector = next((s for s, nouns in self.domestic.items() if pair in nouns), None)
        if sector is not None:  # "Regime forces", "security forces": those of the country they act in
            return _domestic_ref(sentence, k - 1, k, sector)
        if tok.lower.endswith(BOUND_MARK) and any(t.lower in self.ships.nouns for t in sentence.tokens[k + 1:k + 4]):
            return None  # "the Malta-bound tanker X": the ship, not where it goes ("Israel-bound shipping" is)
        if tok.cap and self.resolver is not None and (k > 0 or tok.lower not in ARTICLES | PREPOSITIONS) \
                and not self._street_name(sentence, k) and not is_patron_word(tok.text) and not self._mediator(tok) \
                and not names_water(sentence, k) and not _marks_name(sentence, k):
            toks = sentence.tokens
            pair = self.resolver(tok.start, toks[k + 1].end) if k + 1 < len(toks) and toks[k + 1].cap else None
            # two words first when they name a state: "his Central African counterpart", "New Zealand"
            state = pair is not None and pair.country \
                and (pair.type == "state" or (pair.reason or "").startswith("demonym"))
            ref = pair if state else self.resolver(tok.start, tok.end)
            if ref is not None and ref.country:
                return ref
        return None

    def _located_each(self, sentence: Sentence, k: int, ref: ActorRef, out: Roles) -> list[ActorRef]:
        """"Rebels in northern Chad blocked", "dockers from Spain, Italy and Greece blocked": a
        participant noun heading the subject, placed in one or several countries, stands for
        the people of each, one party per country; else ``ref`` alone. Only for the doer: an
        unknown office holder acting on people placed so would lose his country (events.py)."""
        countries = self._located_in(sentence, k) if ref.reason == PARTICIPANT and ref.country is None else []
        local = any(ref.text.lower() in self.classes.get(c, ()) for c in ("domestic_civilians", "domestic_forces"))
        if not countries or local and len(countries) == 1:  # the event's place gives locals theirs (events.py)
            return [ref]
        out.how.append(f"participant {ref.text!r} of {', '.join(countries)}, where they are")
        return [replace(ref, country=c, reason=f"{PARTICIPANT}; of {c}, where they are") for c in countries]

    def _located_in(self, sentence: Sentence, k: int, preps: frozenset[str] = frozenset()) -> list[str]:
        """"Rebels in northern Chad", "militias in Mosul", "farmers from Spain, Italy and
        Greece", "shoppers across Pakistan": the countries of the places the phrase right after the participant noun at
        ``k`` names (a list joined by commas and "and"), by the gazetteer's reading of each, as
        the actors stage names no party in them; coders give local people the country they are
        in. A day or month word there is a time, no place; "the Delta city of Mahalla" and "the
        Jebel Marra area of Darfur" are in the country of the place after "of"."""
        toks = sentence.tokens
        if k + 1 >= len(toks) or toks[k + 1].lower not in PLACING_PREPS - {"at"} | SPREAD_PREPS | preps:
            return []
        lexicon = load_place_lexicon()
        directions, units = lexicon.directions, lexicon.settlement_cues | lexicon.admin_cues | lexicon.anchor_heads
        found: list[str] = []
        m, described = k + 2, None
        while True:
            while m < len(toks) and toks[m].lower in ARTICLES:
                m += 1
            # "northern Chad": a direction before the name is no part of it, but "the West Bank" and
            # "East Jerusalem" are names whole (not Bank, a town in Iran, nor Israel's Jerusalem)
            while m < len(toks) and toks[m].lower in directions \
                    and not (toks[m].cap and place_country(sentence.span_text(m, min(len(toks), m + 2)))):
                m += 1
            end = m
            while end < len(toks) and end - m < PLACE_NAME_WORDS and (toks[end].cap or _name_of(toks, m, end)) \
                    and toks[end].lower not in DAY_WORDS | TIME_WORDS:
                end += 1
            premises = _premises_end(toks, m) if end == m else None
            if premises is not None:
                # "killed 14 people in a village in Ituri province", "abducted schoolgirls from a
                # boarding school in the Nigerian village of Jangebe": the place the premises are in
                m = premises + 2
                continue
            if end + 1 < len(toks) and toks[end].lower in units and toks[end + 1].lower == "of":
                # "the Delta city of Mahalla": the run only describes the place named after "of",
                # though its nationality word places one the gazetteer lacks ("the Nigerian town of Dansadau")
                nationality = country_word(sentence, m, end, self.resolver) if self.resolver and end > m else None
                m, described = end + 2, nationality.country if nationality else None
                continue
            country = next((c for n in range(end, m, -1) if (c := place_country(sentence.span_text(m, n)))), described)
            described = None
            if country is None:
                return list(dict.fromkeys(found))
            found.append(country)
            m = end + (end < len(toks) and toks[end].lower == ",")
            if m < len(toks) and toks[m].lower == "and":
                m += 1
            elif m == end:
                return list(dict.fromkeys(found))

    def _mediator(self, tok: Token) -> bool:
        """A mediator's compound ("American-brokered", "Qatari-mediated"): its country brokers
        the event and is none of its parties."""
        head, _, marker = tok.lower.rpartition("-")
        return bool(head) and marker in self.mediating

    # ----- the pieces

    def _arrange(self, out: Roles, entry: Entry) -> Roles:
        if entry.type in {"ASSAULT", "COERCE"}:  # "Survivors of last week's air raid": no raiders
            sufferers = self.classes.get("sufferers", frozenset())
            out.actors = [r for r in out.actors if not (r.reason == PARTICIPANT and r.text.lower() in sufferers)]
        if entry.reciprocal and out.recipients and not out.actors and out.pronoun in SUBJECT_PRONOUNS:
            out.how.append("reciprocal with a pronoun subject: whom it stands for acts, the object receives")
        elif entry.reciprocal and out.recipients:
            if entry.pos == "noun" and len(out.recipients) > 1 and out.object_prep == "between":
                out.actors = []  # "X dominated talks between A and B", "Y hosted talks between": A and B only
            out.actors = out.actors + [r for r in out.recipients if r not in out.actors]
            out.recipients = []
            out.how.append("reciprocal: all participants are actors")
        elif entry.inverse and out.object_found:
            out.actors, out.recipients = out.recipients, out.actors
            out.how.append("inverse: the object acts (a visit hosted)")
        elif entry.inverse and entry.takes_object and out.passive and out.actors and out.recipients:
            # "a delegation was received by the president": the passive's subject, the visitor, acts
            out.actors, out.recipients = out.recipients, out.actors
            out.how.append("inverse passive: its subject acts (a visitor received)")
        elif entry.inverse and not entry.takes_object and out.actors and not out.passive:
            # "Mandela walked out of prison", "emerged from house arrest": an inverse entry
            # without an object has its subject undergo the act; whoever did it is unnamed,
            # save after the "by" of a passive one ("were set free by the navy": it frees them)
            out.recipients = out.actors + [r for r in out.recipients if r not in out.actors]
            out.actors = []
            out.how.append("inverse without an object: the subject undergoes the act")
        out.recipients = [r for r in out.recipients if not _same(r, out.actors)]
        return out

    def _holder_before(self, sentence: Sentence, groups: list[Group], i: int) -> tuple[list[ActorRef], int] | None:
        """"Fourteen seafarers held by Yemen's Houthi militia were set free": the party after the
        "by" of a holding participle in the released subject's clause held them, so it frees them
        (a country word when no name: "held by an Israeli patrol"); with the participle's index."""
        toks = sentence.tokens
        # the places lexicon's participles of a capture count too ("taken by", "picked up by")
        holding = self.classes.get("holding_participles", frozenset()) | load_place_lexicon().capture_participles
        for k in range(i - 2, -1, -1):
            if not sentence.same_clause(k, i):
                break
            if toks[k + 1].lower == "by" and (toks[k].lower in holding or f"{toks[k].lower} by" in holding
                                              or k > 0 and f"{toks[k - 1].lower} {toks[k].lower}" in holding):
                first = k + 2 + (k + 2 < len(toks) and toks[k + 2].lower in ARTICLES)
                # the article may open the name itself ("held by the Islamic Republic's navy")
                holder = next((list(g.refs) for g in groups if g.first in (k + 2, first) and g.last <= i), None)
                word = self._word_ref(sentence, first) if holder is None and first < i else None
                holder = holder or ([word] if word is not None and word.country else None)
                return (holder, k) if holder else None
        return None

    def _holder_after(self, sentence: Sentence, groups: list[Group], j: int) -> list[ActorRef] | None:
        """"Six men are behind bars tonight after police uncovered a dig": an inverse act without
        an object has its subject undergo it, and a state's organ heading the clause right after
        it ("after police raided", "when Egyptian security forces stormed") did it."""
        toks = sentence.tokens
        c = next((k for k in range(j, min(len(toks), j + HOLDER_REACH + 1))
                  if toks[k].lower in HOLDING_LINKS or toks[k].text in {",", ";"}), None)
        if c is None or toks[c].lower not in HOLDING_LINKS:
            return None
        k = c + 2 if c + 1 < len(toks) and toks[c + 1].lower in ARTICLES else c + 1
        group = next((g for g in groups if g.first == k), None)
        state_sectors = load_kb().state_sectors
        if group is not None:
            refs, end = group.refs, group.last
            if not all(r.sector in state_sectors or r.type == "state" for r in refs):
                return None
        else:
            found = next(((e, sector) for e in (k + 2, k + 1) if e <= len(toks)
                          and (sector := _noun_sector(" ".join(sentence.words(k, e)), of_state=True))), None)
            if found is None:
                return None
            end, sector = found
            first, last = toks[k], toks[end - 1]
            refs = [ActorRef(text=sentence.text[first.start - sentence.start:last.end - sentence.start],
                             start=first.start, end=last.end, sector=sector, reason="noun: a state's organ")]
        verb = toks[end].lower if end < len(toks) else ""
        held = verb.endswith("ed") and verb not in ED_NON_VERBS or verb in IRREGULAR_PAST | HAVE_FINITE
        return refs if held else None

    def _noun_modifier(self, sentence: Sentence, groups: list[Group], i: int, j: int, entry: Entry) -> bool:
        """"handed over a fugitive former official convicted of embezzling": a past participle
        with no object, right before a preposition (an adverb may stand between), is a
        reduced relative clause describing the noun before it, whose own subject did nothing,
        when its clause has a verb of its own, before it or after it ("nine staff detained
        arbitrarily in Yemen were freed"). The noun is a common noun no party names; after a
        comma ("arrested seven suspects, four of them foreigners, accused of financing") any
        noun phrase, since a verb of the clause's subject would take an object. Killings
        are left to the reduced passive ("a man killed in a strike" counts a victim)."""
        toks = sentence.tokens
        if entry.type == "ASSAULT" or i < 2 or j >= len(toks) or not toks[j - 1].lower.endswith("ed") \
                or entry.key.split()[-1] == "that":  # "alleged on Wednesday that": a finite verb of saying
            return False
        nxt = j
        while nxt + 1 < len(toks) and toks[nxt].lower.endswith("ly") and not toks[nxt].cap:
            nxt += 1  # "detained arbitrarily in"
        if toks[nxt].lower not in MODIFIER_NEXT or sentence.resumes_after_aside(i):
            return False  # "X, whose members were split, formally endorsed on Friday": X's verb
        noun, start = toks[i - 1], sentence.clause_start(i)
        if toks[start].lower in PREPOSITIONS | PREPOSED_CLAUSE_OPENERS | {"who", "which", "that"}:
            # a preposed adverbial or a relative closed by its comma holds no verb of the clause:
            # "Under pressure from depositors who stormed banks, the central bank relented", "After
            # protests that paralysed much of Ecuador, the president agreed", "As the number of
            # cases doubled, Liberia's president appealed"
            start = next((k + 1 for k in range(i - 2, start, -1) if toks[k].text == ","), start)
        if self.counted_crowd(sentence, i - 1) or self._object_relative(sentence, groups, i) is not None:
            return False  # "the suspects that police detained in Nairobi": the party is the clause's subject
        # a word of a party's name is no verb: "South Africa's mining union threatened"
        verbs_before = [k for k in _verbs_in(toks, start, i - 1) if not any(g.first <= k < g.last for g in groups)]
        verb_before = bool(verbs_before)
        if noun.text == ",":
            return verb_before and noun.start > toks[start].start
        # a passive after it in its clause, not in a condition ("threatened on Friday to shut
        # the strait if shipments are blocked": the blocking is no verb of the threatener's clause)
        verb_after = any(toks[k].lower in BE_WORDS and k + 1 < len(toks) and toks[k + 1].lower.endswith("ed")
                         for k in range(nxt, len(toks)) if sentence.same_clause(k, i)
                         and not any(t.text in {",", ";"} or t.lower in CONDITIONS for t in toks[nxt:k]))
        if not (verb_before or verb_after):
            return False  # no other verb: "Retirees of the steel industry gathered" is the main verb
        # before the clause's verb the participle cannot be that verb: "Red Cross workers
        # detained in X were released", whatever the noun; after it, people, forces and named
        # parties may be its subject ("... said protesters gathered in the square")
        party = not verb_after and (self._participant(noun.lower) or noun.lower in self.forces | self.vehicles
                                    or any(g.first <= i - 1 < g.last for g in groups)) \
            and self._opens_clause(sentence, verbs_before[-1], i - 1)
        return noun.lower.isalpha() and not noun.cap and noun.lower not in NOT_NOUNS and not party

    def _member_body(self, sentence: Sentence, groups: list[Group], i: int) -> tuple[Group, Group] | None:
        """The owner and the body of a membership heading the subject of a passive sanction at
        ``i`` ("Mali's membership of the African Union was suspended", "Russia's seat in the
        council was suspended"): the owner is shut out, the body is what it is shut out of."""
        toks = sentence.tokens
        memberships = self.classes.get("memberships", frozenset())
        k = next((k for k in range(sentence.clause_start(i) + 2, i - 1) if toks[k].lower in memberships), None)
        if k is None or toks[k - 1].text != "'s" or toks[k + 1].lower not in {"of", "in", "at"}:
            return None
        owner = next((g for g in groups if g.last == k - 1), None)
        body = next((g for g in groups if g.last <= i and governor(sentence, g.first) == k + 1), None)
        return (owner, body) if owner is not None and body is not None else None

    def _excluding_body(self, sentence: Sentence, groups: list[Group], j: int, entry: Entry) -> Group | None:
        """The party right after "from" that a passive sanction shuts its subject out of ("was
        suspended from the Commonwealth", "was expelled from the Arab League"): the body (or
        state) one belongs to or stays in suspends or expels; no one else can. So does the
        state people are deported from ("Afghan migrants were deported from Iran")."""
        toks = sentence.tokens
        if entry.type != "SANCTION" and entry.mode != "deport" or j >= len(toks) or toks[j].lower != "from":
            return None
        first = j + 2 if j + 1 < len(toks) and toks[j + 1].lower in ARTICLES else j + 1
        return next((g for g in groups if g.first == first), None)

    def subject_relative(self, sentence: Sentence, i: int, j: int) -> bool:
        """"Seven Lebanese captured by Israel during the 2024 war were turned over on Friday",
        "two journalists kidnapped in Idlib in 2022 returned home": a past participle right
        after the noun phrase opening its clause, with its own phrase ("by", "in", "during")
        and then the clause's finite verb, is a reduced relative describing the subject. The
        news is what the verb says of those people; what was once done to them is background,
        whoever did it and whatever its type, unless its phrase names a day of its own
        ("soldiers wounded on Monday were flown out", "the tanker hit on August 21 is still
        burning" tell news of that day)."""
        toks = sentence.tokens
        participle = toks[j - 1].lower
        if i < 1 or j + 1 >= len(toks) or not (participle.endswith("ed") or participle in IRREGULAR_PAST) \
                or toks[j].lower not in SUBJECT_MODIFIER_NEXT:
            return False
        noun, start = toks[i - 1], sentence.clause_start(i)
        if not noun.lower.isalpha() or noun.lower in NOT_NOUNS | PREPOSITIONS | ARTICLES | {"those", "these"} \
                or _verbs_in(toks, start, i - 1) or set(sentence.words(start, i)) & PREDICATE_WORDS:
            return False
        for k in range(j + 1, min(len(toks) - 1, j + ADJUNCT_WORDS + 2)):
            word = toks[k].lower
            if word in DAY_WORDS | TIME_WORDS or word in {",", ";", "and", "or"} \
                    or not sentence.same_clause(k, i) and not sentence.same_clause(k, j):  # "jailed since"
                return False
            before = toks[k - 1].lower
            if before.isalnum() and before not in PREPOSITIONS | ARTICLES and (
                    word in PREDICATE_WORDS
                    or (word.endswith("ed") and word not in ED_NON_VERBS or word in IRREGULAR_PAST) and not toks[k].cap
                    and toks[k + 1].lower not in SUBJECT_MODIFIER_NEXT
                    and not noun_participle(toks, k)):
                return True
        return False

    def _gift_moving_on(self, sentence: Sentence, entry: Entry, j: int) -> bool:
        """Whether an aid participle on a subject is followed, in its clause, by a verb that
        moves or brings the goods ("ventilators donated by Kuwait went straight to hospitals",
        "reached Tunis"): the gift arriving is the news, not a description of the goods."""
        toks = sentence.tokens
        moving = self.classes.get("goods_moving", frozenset()) | self.classes.get("arriving", frozenset())
        return entry.type == "AID" and any(toks[k].lower in moving and sentence.same_clause(k, j)
                                           for k in range(j, min(len(toks), j + ADJUNCT_WORDS + 2)))

    def _opens_clause(self, sentence: Sentence, verb: int, noun: int) -> bool:
        """Whether a subject of its own may start after the clause's last verb at ``verb`` and
        end at ``noun``: after a reporting verb, "that" or "and" ("said protesters gathered in
        the square"). After another verb the noun heads its object ("freed 700 prisoners,
        including activists arrested during protests"), and a participle after it describes it."""
        return self._reports(sentence, verb) or any(
            w in {"that", "and"} for w in sentence.words(verb + 1, noun))

    def _be_index(self, sentence: Sentence, i: int) -> int:
        """Where the passive's auxiliary stands ("was reportedly struck": at "was"), so that
        the subject is read before it; ``i`` when there is none."""
        for k in range(i - 1, max(-1, i - 4), -1):
            if be_word(sentence, k):
                return k
        return i

    def _be_before(self, sentence: Sentence, i: int) -> bool:
        """A form of "be" (or "get") right before the verb, adverbs and "not" skipped; "IS"
        written in capitals in a sentence that is not is the Islamic State's acronym ("Militants
        of IS lobbed rockets"), no auxiliary."""
        for k in range(i - 1, max(-1, i - 4), -1):
            word = sentence.tokens[k].lower
            if be_word(sentence, k):
                return True
            if word not in ADVERB_GAP:
                return False
        return False

    def _reduced_passive(self, sentence: Sentence, groups: list[Group], i: int, j: int,
                         entry: Entry) -> bool:
        """"Four soldiers killed in a strike": an actor or a participant noun ("fighters",
        "civilians") right before a past form of a verb
        that needs an object, with no object but a place, time or the end after it. A
        reciprocal verb without its object is intransitive ("Officials from Sudan and South
        Sudan met in Addis Ababa": they met each other), never such a passive."""
        toks = sentence.tokens
        if not entry.takes_object or entry.complement or entry.reciprocal \
                or not (_past_participle(toks[j - 1].lower) or toks[j - 1].lower.endswith("t")):
            return False
        closing = entry.key.split()[-1]
        if "*" in entry.key and j < len(toks) and toks[j].lower == closing and closing in PARTICLES | KEY_PARTICLES:
            j += 1  # "constables blown up on Thursday": the key's particle closes it, with no object between
        nxt = toks[j].lower if j < len(toks) else "."
        if nxt in entry.key.split()[1:2] and nxt in PREPOSITIONS | PARTICLES | KEY_PARTICLES:
            return False  # "pulled in 15 people", "brought in 7 suspects": the key's own particle, no place
        if nxt in entry.args and nxt in AIMED_AT:
            k = j + 1 + (j + 1 < len(toks) and toks[j + 1].lower in ARTICLES)
            if k < len(toks) and (self._participant(toks[k].lower) or any(g.first == k for g in groups)):
                return False  # "soldiers shot at demonstrators": the party aimed at, after an active verb
        after_day = past_day(sentence, j)
        if _counting_at(sentence, after_day) or (after_day > j and after_day + 1 < len(toks) and (
                toks[after_day].lower.replace(",", "").isdigit() or toks[after_day].lower in QUANTITIES
                or toks[after_day].lower in ARTICLES and toks[after_day + 1].lower not in DAY_PERIODS)):
            # "detained at least 15", "released on Saturday 60 prisoners": an object's count;
            # "inspected on Saturday the unloading": the object itself, after the day
            return False
        # "pictures of people killed in the fighting": a noun inside an "of" phrase is no subject
        # of the participle after it, which describes it
        owned = i > 1 and toks[i - 1].lower.isalpha() and not toks[i - 1].cap \
            and toks[governor(sentence, i - 1)].lower == "of"
        # "fishermen arrested for fishing in its waters": the reason of a punishment, no object
        reason = nxt == "for" and j + 1 < len(toks) and toks[j + 1].lower.endswith("ing") \
            and toks[j + 1].lower not in ING_NON_VERBS
        # "The fishermen, arrested for fishing in its waters, returned": set off by a comma
        head = i - 1 if reason and i > 1 and toks[i - 1].text == "," else i
        # "3 infantrymen slain and 4 wounded": a toll's first count, another count's participle after "and"
        toll = nxt == "and" and j + 2 < len(toks) and _past_participle(toks[j + 2].lower) \
            and (toks[j + 1].lower.isdigit() or toks[j + 1].lower in COUNT_WORDS)
        return (nxt in REDUCED_NEXT or reason or toll) and self._object_relative(sentence, groups, i) is None \
            and (any(g.last == head for g in groups) or owned
                 or head > 0 and (self._participant(toks[head - 1].lower) or toks[head - 1].lower in self.forces))

    def _object_relative(self, sentence: Sentence, groups: list[Group], i: int) -> int | None:
        """Where the pronoun stands in "27 suspects whom police arrested in raids", else None:
        a party right before the verb at ``i`` opens a relative clause after "whom", "that" or
        "which", so it is the clause's subject doing the act, not a reduced passive's patient.
        The party may be a bare noun ("police", "security forces"), but a "that" after a
        reporting verb opens its content ("said that police arrested"), no relative clause."""
        group = next((g for g in groups if g.last == i), None)
        word = self._word_ref(sentence, i - 1) if group is None and i > 1 else None
        first = group.first if group is not None else None if word is None \
            else i - 1 - (word.start < sentence.tokens[i - 1].start)
        if first is None or first < 1 or sentence.tokens[first - 1].lower not in OBJECT_RELATIVES \
                or group is None and self._reports(sentence, first - 2):
            return None
        return first - 1

    def _elliptical_passive(self, sentence: Sentence, i: int) -> bool:
        """"Six people were killed and others injured", "four were killed and seven wounded": a
        participle coordinated with a passive (or with "dead": "leaving five dead and nine
        injured"), its count (digits, a number word) or "others" between, shares the
        auxiliary and so is passive too;
        the victims it counts act in nothing. So does a participle after a gapped subject
        headed by a possessive or article ("the cell had been dismantled and its members
        arrested", "was broken up on Sunday and its leader detained"): no object after it, it
        is not the subject's own act."""
        toks = sentence.tokens
        if not toks[i].lower.endswith(("ed", "en")):
            return False
        k = i - 1
        while k > 0 and (toks[k].lower in ELLIPTICAL_COUNTS or toks[k].lower.isdigit()
                         or (toks[k].lower in COUNT_WORDS and toks[k].lower != "a")):
            k -= 1
        if k < i - 1 and k > 0 and toks[k].lower == "and":
            # "leaving five labourers dead and nine injured": a toll, its state coordinated
            return toks[k - 1].lower == "dead" \
                or toks[k - 1].lower.endswith(("ed", "en")) and self._be_before(sentence, k - 1)
        return self.gapped_subject_passive(sentence, i) is not None

    def gapped_subject_passive(self, sentence: Sentence, i: int) -> int | None:
        """Where the gapped subject begins in "... had been dismantled and its members
        arrested", else None: the participle at ``i`` follows
        "and" and a short noun phrase opened by a possessive or article, no object after it,
        and a passive participle stands before the "and" in the same clause (a particle or a
        short adjunct between: "was broken up on Sunday and its leader detained")."""
        toks = sentence.tokens
        k = next((k for k in range(i - 2, max(0, i - 5), -1) if toks[k].lower == "and"), None)
        if k is None or toks[k + 1].lower not in POSSESSIVES | {"the"} \
                or not all(t.text.isalpha() and t.text.islower() for t in toks[k + 1:i]):
            return None
        if i + 1 < len(toks) and toks[i + 1].lower not in REDUCED_NEXT | {"and", "."}:
            return None  # "was hit and its crew abandoned the ship": active, an object follows
        for m in range(k - 1, max(0, k - 5), -1):
            if toks[m].text in {",", ";"}:
                return None
            if toks[m].lower.endswith(("ed", "en")) and self._be_before(sentence, m):
                return k + 1
        return None

    def by_agent(self, sentence: Sentence, groups: list[Group], j: int) -> Group | None:
        """The party after "by" at or right after token ``j`` (see :meth:`_by_agent`), for a
        trigger whose doer events.py needs before its roles are read."""
        return self._by_agent(sentence, groups, j)

    def _by_agent(self, sentence: Sentence, groups: list[Group], j: int) -> Group | None:
        """The group after "by" right after the trigger ("an attack by Hezbollah"), an adverb
        ("struck overnight by") or a participle ("a relief flight operated by KSrelief",
        "a raid carried out by", irregular ones too: "Saudi relief sent by KSrelief")
        allowed between; after a participle also its predicative word and a day word ("the
        royal pardon made public yesterday by Sultan Haitham") or one prepositional phrase
        ("travel bans imposed on its ministers by Canada"). A participle of judging names no
        doer ("the raid condemned by Cairo"). A day's phrase may stand before the "by" ("the
        walkout on Monday by dockers"): it dates the act and parts no noun from its doer."""
        toks = sentence.tokens
        j = _dated_by(sentence, j)
        participle = j < len(toks) and (toks[j].lower.endswith("ed") or toks[j].lower in IRREGULAR_PAST)
        if participle and toks[j].lower in self.judging:
            return None  # "the raid condemned by the UN": who judges an act did not do it
        if participle and j + 1 < len(toks) and toks[j + 1].lower in PREPOSITIONS - {"by", "of"}:
            return self._agent_after_phrase(sentence, groups, j + 1)  # "bans imposed on its officials by X"
        for k in range(j, min(j + (BY_AFTER_PARTICIPLE if participle else 2), len(toks))):
            word = toks[k].lower
            if word == "by":  # "spoke by telephone with X": X is no agent
                start = self._past_count(sentence, k + 1)  # "by tens of thousands of Moroccan teachers"
                return next((g for g in groups if start <= g.first <= start + 2
                             and not any(t.lower in PREPOSITIONS | {",", ";"} for t in toks[start:g.first])), None) \
                    or self._headed_agent(sentence, groups, k) or self._domestic_agent(sentence, start)
            predicative = k == j + 1 and participle and word.isalpha() and not toks[k].cap \
                and word not in PREPOSITIONS | CLAUSE_LINKS and not word.endswith(("ed", "ing"))
            if not (word.endswith("ly") or k == j and participle or predicative or participle and word in DAY_WORDS):
                return None
        return None

    def _domestic_agent(self, sentence: Sentence, k: int) -> Group | None:
        """A state's forces named by their side after "by" ("barrel bombs dropped by regime
        helicopters"): those of the country they act in, as :meth:`_word_ref` reads them."""
        k += int(k < len(sentence.tokens) and sentence.tokens[k].lower in ARTICLES)  # "by the regime forces"
        pair = " ".join(sentence.words(k, k + 2))
        sector = next((s for s, nouns in self.domestic.items() if pair in nouns), None)
        return Group(k, k + 2, [_domestic_ref(sentence, k, k + 1, sector)]) if sector is not None else None

    def _post_owner(self, sentence: Sentence, groups: list[Group], j: int, out: Roles) -> list[ActorRef] | None:
        """The party whose posts or positions the act named by a noun ending at ``j`` came from
        ("gunfire from Azerbaijani posts", "shelling from Houthi positions"): it fired; a place
        after the posts ("in Nakhchivan") is where it stands."""
        toks = sentence.tokens
        if j + 2 >= len(toks) or toks[j].lower != "from" or self.resolver is None:
            return None
        first = j + 1 + (toks[j + 1].lower in ARTICLES)
        posts = self.classes.get("garrisoned", frozenset()) | self.classes.get("post_words", frozenset())
        n = next((n for n in range(first + 1, min(len(toks), first + POST_OWNER_WORDS + 1))
                  if toks[n].lower in posts), None)
        if n is None:
            return None
        owner = next((g.refs for g in groups if first <= g.first and g.last <= n), None)
        ref = country_word(sentence, first, n, self.resolver) if owner is None else None
        found = owner or ([ref] if ref is not None else None)
        if found:
            out.how.append(f"{found[0].text!r}, whose {toks[n].text!r} it came from, fired")
        return found

    def _predicate_agent(self, sentence: Sentence, groups: list[Group], i: int, j: int) -> Group | None:
        """The "by" agent of a passive whose subject the noun at ``i:j`` heads ("A royal pardon
        covering 174 inmates was granted by the Sultan", "an amnesty for 300 prisoners, most of
        them foreigners, was issued by the emir"): who granted or issued it did the act, where
        one who condemned or claimed it did not. The noun opens its sentence (only an article
        or adjectives before it), and no other verb stands between it and the "was" or "were"
        that opens the passive."""
        toks = sentence.tokens
        if i > SUBJECT_PREMODIFIERS or not all(t.lower.isalpha() and not t.cap or t.lower in ARTICLES
                                               for t in toks[:i]):
            return None
        for k in range(j, min(len(toks) - 1, j + PASSIVE_SUBJECT_REACH)):
            word = toks[k].lower
            if word in BE_WORDS:
                return self._by_agent(sentence, groups, k + 1) if toks[k + 1].lower in self.doing else None
            if word in {";", ":"} | RELATIVE_PRONOUNS or word.endswith("ed") and word not in ED_NON_VERBS \
                    or word in IRREGULAR_PAST:
                return None
        return None

    def _agent_after_phrase(self, sentence: Sentence, groups: list[Group], j: int) -> Group | None:
        """The agent of a passive verb after one prepositional phrase ("aid will be sent to
        Malawi by the British government", "supplies were flown to Mozambique by the air
        force"): see :func:`by_after_phrase`."""
        k = by_after_phrase(sentence, j)
        return None if k is None else self._by_agent(sentence, groups, k)

    def _agent_past_scene(self, sentence: Sentence, groups: list[Group], j: int) -> Group | None:
        """The agent of a passive verb past several phrases of place and time ("was shot dead
        outside his home in Bogota on Monday by gunmen", "was abducted near the border late on
        Sunday by armed men"): the "by" still names who acted when only such phrases (a
        predicative word after the verb, places, days) stand between, in the verb's clause with
        no comma, link or participle of its own ("in a rally organised by the opposition": the
        rally's organisers, not the agent)."""
        toks = sentence.tokens
        k = j + (j < len(toks) and toks[j].lower in PASSIVE_PREDICATES)
        if k >= len(toks) or toks[k].lower not in SCENE_PREPOSITIONS | PLACING_PREPS | {"outside", "inside", "late",
                                                                                         "early", "overnight"}:
            return None
        for n in range(k, min(len(toks), k + SCENE_AGENT_REACH)):
            word = toks[n].lower
            if word == "by":
                return self._by_agent(sentence, groups, n) if n > k else None
            if not sentence.same_clause(j, n) or word in CLAUSE_LINKS | {"or", "but", "while", "as", "after"} \
                    or word.endswith("ed") and word not in ED_NON_VERBS and toks[n - 1].lower not in ARTICLES \
                    or word.endswith("ing") and word not in ING_NON_VERBS:
                return None
        return None

    def _agent_after_object(self, sentence: Sentence, groups: list[Group], j: int) -> Group | None:
        """The agent of a passive verb of giving after its retained object ("Jordan was given
        40 tonnes of flour by Kuwait", "Georgia was granted a loan by the World Bank"): the
        subject receives, the thing given stands between the verb and its "by", which still
        names the giver; so does one after words of time ("was received today by"). The object
        is a few words in the verb's clause, with no comma, link or preposition but "of" in it,
        and names no party itself."""
        toks = sentence.tokens
        if j >= len(toks) or toks[j].lower in PREPOSITIONS or any(g.first == j for g in groups):
            return None
        for k in range(j + 1, min(j + OBJECT_BEFORE_AGENT + 1, len(toks))):
            word = toks[k].lower
            if word == "by":
                return self._by_agent(sentence, groups, k)
            if not sentence.same_clause(j, k) or word in CLAUSE_LINKS | (PREPOSITIONS - {"of"}) \
                    or any(g.first == k for g in groups):
                return None
        return None

    def _attributive_doer(self, sentence: Sentence, groups: list[Group], i: int, j: int) -> Group | None:
        """The party an "-ing" trigger at ``i:j`` describes as an adjective ("telling visiting
        French envoy Jean-Yves Le Drian", "told the visiting Syrian president"): the participle
        stands after an article or a teller's "-ing", "-ed" or "told" form (not after its
        subject, a comma or "said"), and a title or name, no article, follows it; that party
        is who does the act. The caller reads only a visit (CONSULT) whose visitor a reporting
        verb addresses, with or without an article between."""
        toks = sentence.tokens
        if not toks[i].lower.endswith("ing") or i < 1 or j != i + 1:
            return None
        before = toks[i - 1]
        if not (before.lower in ARTICLES or before.lower.endswith(("ing", "ed", "told")) and not before.cap
                and before.lower not in BE_FORMS):
            return None
        return next((g for g in groups if j <= g.first <= j + TITLE_WORDS + 1
                     and all(t.lower.isalpha() and t.lower not in ARTICLES | POSSESSIVES | PREPOSITIONS
                             for t in toks[j:g.first])), None)

    def _naming_agent(self, sentence: Sentence, groups: list[Group], j: int) -> Group | None:
        """The state or armed party that names the act of a passive verb ending at ``j`` in a
        free relative after it: "were taken into custody on Sunday in what the Islamic
        Republic called a spy ring bust", "in what the ministry described as a crackdown". A
        state calls its own acts so; a critic who names them ("in what rights groups called a
        purge") did not do them, so only a state, government, military or armed group acts."""
        toks = sentence.tokens
        for k in range(j, min(len(toks) - 1, j + NAMED_ACT_REACH)):
            if toks[k].lower in {";", "but"} or toks[k].lower in self.reporting:
                return None
            if toks[k].lower == "in" and toks[k + 1].lower == "what":
                named = self._named_object(sentence, k + 1)
                group = next((g for g in groups if k + 1 < g.first and g.last < named), None)
                return group if group is not None and named > k + 1 and all(armed_or_state(r) for r in group.refs) \
                    else None
        return None

    def _headed_agent(self, sentence: Sentence, groups: list[Group], k: int) -> Group | None:
        """"a request by the head of the Judiciary", "an attack by members of Hamas": the
        by-phrase names a party through a person or part of it; that party acts."""
        toks = sentence.tokens
        n = self._past_count(sentence, k + 2 if k + 1 < len(toks) and toks[k + 1].lower in ARTICLES else k + 1)
        if n + 1 >= len(toks) or toks[n].cap or not toks[n].lower.isalpha() or toks[n + 1].lower != "of":
            return None
        start = n + 3 if n + 2 < len(toks) and toks[n + 2].lower in ARTICLES else n + 2
        if toks[n].lower in self.representatives:
            # "by delegates of parliament and the State Council": whoever of the parties they
            # speak for is named, past common nouns joined by "and"
            return next((g for g in groups if start <= g.first <= start + REPRESENTED_REACH
                         and all(t.lower.isalpha() and not t.cap and t.lower not in PREPOSITIONS
                                 for t in toks[start:g.first])), None)
        return next((g for g in groups if g.first == start), None)

    def _past_count(self, sentence: Sentence, k: int) -> int:
        """The token after a count of people starting at ``k`` ("some 2,000", "300", "tens of
        thousands of", "dozens of"): the group counted starts there; ``k`` when none does."""
        toks = sentence.tokens
        n = count_end(sentence, k)
        if n == k and k < len(toks) and toks[k].lower.isdigit():
            n = number_end(sentence, k)
        while n + 1 < len(toks) and toks[n].lower in self.crowd_counts and toks[n + 1].lower == "of":
            n += 2
        return n

    def _unnamed_agent(self, sentence: Sentence, j: int) -> str | None:
        """"an attack by the group", "a raid by the militia": the agent is a party the
        sentence does not name (the clause's subject is not it), nor a weapon; the phrase
        that names it, if so."""
        toks = sentence.tokens
        if j + 2 < len(toks) and toks[j].lower == "by" and toks[j + 1].lower in ARTICLES \
                and toks[j + 2].lower.isalpha() and not toks[j + 2].cap and toks[j + 2].lower not in self.weapons:
            return sentence.span_text(j, j + 3)
        return None

    def _weapon_agent(self, sentence: Sentence, j: int) -> ActorRef | None:
        """"hit by an Israeli missile", "struck by a rocket fired from a Houthi drone", "shelled
        by Israeli tanks": the by-phrase names a weapon or a vehicle, not an actor, and the
        country word in it (of the weapon or of what fired it) says who struck, as "an Israeli
        strike" does for a noun."""
        toks = sentence.tokens
        k = next((k for k in range(j, min(j + 2, len(toks))) if toks[k].lower == "by"), None)
        if k is None or self.resolver is None:
            return None
        end = k + 1
        while end < min(len(toks), k + 1 + WEAPON_PHRASE) and sentence.same_clause(k, end) \
                and toks[end].lower not in {",", ";"}:
            end += 1
        if not any(toks[n].lower in self.weapons | self.vehicles for n in range(k + 1, end)):
            return None
        return country_word(sentence, k + 1, end, self.resolver)

    def _subject(self, sentence: Sentence, groups: list[Group], i: int, out: Roles,
                 verb: bool = False) -> Group | None:
        """Nearest group before token ``i`` in its clause, not governed by a preposition
        ("before", "after", "since", "until" before a verb's subject are conjunctions:
        "two days before Iranian and U.S. officials were due to meet")."""
        # "X, insisting that ..., has turned down", "X, whose leaders met, will sign": the auxiliary
        # or modal follows the aside
        aside = _adjunct_aside(sentence, groups, i - (i > 0 and sentence.tokens[i - 1].lower
                                                      in HAVE_FINITE | MODAL_AUXILIARIES)) if verb else None
        # a report inside the aside ("insisting that") reports nothing of the verb after it
        reporting = [k for k in range(i if aside is None else aside) if self._reports(sentence, k)]
        floor = reporting[-1] + 1 if reporting else 0  # "Hamas said Israeli strikes killed"
        # "dismantled a network linked to the Mossad, seizing": the main clause's object, no subject
        comma = _participle_comma(sentence, i) if verb else None
        before_trigger = [g for g in groups if floor <= g.first and g.last <= i]
        for n in range(len(before_trigger) - 1, -1, -1):
            group = before_trigger[n]
            pronoun = _pronoun_subject(sentence, group.last, i) if verb and any(
                self._reports(sentence, k) for k in range(max(0, group.first - 2), group.first)) else None
            if pronoun is not None:  # "Vietnam told Laos it will sign": "it", not whom it told, signs
                out.pronoun = pronoun
                return None
            if aside is not None and group.first > aside:
                continue  # "Pezeshkian, on his trip to Iraq since taking office, conversed": the aside's
            end = aside if aside is not None and group.last <= aside else i
            if not sentence.same_clause(group.first, end) or _as_clause_between(sentence, group.last, end):
                break
            if verb and _coordinated_subject(sentence, group.last, i) and self._word_ref(sentence, i - 1) is not None:
                break  # "supporters rallied ..., and riot police detained 200": the new clause's own subject
            if verb and sentence.relative_aside(group.first) and sentence.tokens[i - 1].text == "," \
                    and not sentence.tokens[i].lower.endswith("ing"):
                continue  # "the bombing, which police attributed to X, killed six": the aside's party
            # "for the Emirates' right": "for"; but "in an ISIS assault": the trigger's own modifier
            before = _word_before(sentence, group.first) if group.last < i or verb else \
                sentence.tokens[group.first - 1].lower if group.first else ""
            quantity = group.first > 1 and sentence.tokens[group.first - 2].lower in QUANTITIES | BODY_HEADS
            # "supporters of the ousted president blocked roads": his side acts
            quantity = quantity or (before == "of" and sentence.tokens[governor(sentence, group.first) - 1].lower
                                    in SUPPORTERS)
            # "Negotiators for the government and the SDF agreed", "negotiators from Kyiv and Moscow
            # held talks": who speak for a party stand for it
            proxy = before in {"of", "for", "from"} \
                and sentence.tokens[governor(sentence, group.first) - 1].lower in self.representatives
            conjunction = verb and before in CONJUNCTIONS and not any(
                g.first > group.first for g in before_trigger)
            if _tied_to(sentence, group.first) and _tie_aside(sentence, before_trigger[:n], group):
                continue  # "the Third Force, loyal to the Presidential Council, moved": whom it is loyal to
            if before in PREPOSITIONS and not (before == "of" and quantity) and not conjunction and not proxy \
                    and not self._owner_of_means(sentence, group.first) and not self._uttered_by(sentence, group) \
                    and not (_tied_to(sentence, group.first) and (comma is None or group.last > comma)) \
                    or _included_at(sentence, group.first) is not None:
                continue  # "arrested six suspects, including two Palestinians, ...": part of an object
            if self._hosted(sentence, group):
                continue  # "Rockets rained on the base housing U.S. forces, injuring": they were hit
            if _possessed_partner(sentence, group):
                continue  # "X and his Sao Tome opposite number": X heads the subject, the partner joins it
            if comma is not None and group.last < comma and _object_phrase_party(sentence, group.first):
                continue  # "broke up a cell recruiting Moroccans for the Islamic State, netting": the object's
            if verb and _kin_of_agent(sentence, group.first):
                continue  # "a Qatari charity run by the family of the emir provided": the charity did
            if verb and _resumed_object(sentence, group, i):
                out.recipients = out.recipients or list(group.refs)
                out.how.append(f"{group.refs[0].text!r}, the first verb's object, is the pronoun after the second")
                continue  # "picked out 11 IS members and led them away": the first verb's subject acts
            if self._people_of(sentence, group.first):
                continue  # "Pensioners of the X Company assembled": its people act, not the company
            if verb and self._indirect_object(sentence, group, i):
                out.recipients = list(group.refs)
                out.how.append(f"{group.refs[0].text!r}, the indirect object before the participle, is addressed")
                continue
            head = self._apposition_head(sentence, before_trigger[:n], group, i)
            relative = None if head else self._relative_head(sentence, before_trigger[:n], group)
            if relative is not None:  # "Ansar Allah, the rebels who control Yemen's north, released"
                earlier = [g for g in before_trigger[:n] if g.first <= relative.first]
                head = self._apposition_head(sentence, earlier[:-1], earlier[-1], i) or relative
            if head is None and _relative_object(sentence, group, i):
                continue  # the relative clause's head, no party named, is the subject
            if head is None:  # the subject of a light verb too ("X and the crew of Y began combined drills")
                return self._with_earlier_conjunct(sentence, before_trigger[:n], group)
            return head or group
        for k in range(i - 1, -1, -1):
            if not sentence.same_clause(k, i):
                break
            if sentence.tokens[k].lower in POSSESSIVES and i - k > POSSESSIVE_REACH \
                    and not self._owned_forces(sentence, k, i, verb) and not self._owned_state(sentence, k, i):
                break
            if sentence.tokens[k].lower in PRONOUNS:
                out.pronoun = sentence.tokens[k].lower
                break
            if _the_country_owner(sentence, k):
                out.pronoun = "its"  # "announced that the country's troops would return home": its troops
                break
        return None

    def _asked_giver(self, sentence: Sentence, groups: list[Group], j: int, out: Roles) -> None:
        """"pleaded for European money to help Syrians resettle", "a request for funding from
        the World Bank": a request for money or aid asks its giver, the party whose word stands
        before the money or who follows it after "from"; those it is for only benefit."""
        toks = sentence.tokens
        end = min(len(toks), j + PREP_WINDOW)
        k = next((n for n in range(j, end) if toks[n].lower == "for" and sentence.same_clause(j, n)), None)
        if k is None:
            return
        n = k + 1 + (k + 1 < len(toks) and toks[k + 1].lower in ARTICLES | {"more", "further", "fresh", "new"})
        ref = self._word_ref(sentence, n) or _donor_ref(toks[n]) \
            if n + 1 < len(toks) and toks[n + 1].lower in self.funds else None
        if ref is not None and ref.country and not _same(ref, out.actors):
            out.recipients = [ref]
            out.how.append(f"{ref.text!r}, whose money is asked for, is asked")
            return
        m = next((m for m in range(k + 1, min(len(toks), k + 4)) if toks[m].lower in self.funds), None)
        group = next((g for g in groups if m is not None and m + 1 < len(toks) and toks[m + 1].lower == "from"
                      and g.first in (m + 2, m + 3)), None)
        if group is not None and not any(_same(r, out.actors) for r in group.refs):
            out.recipients = list(group.refs)
            out.how.append(f"{group.refs[0].text!r}, from whom the money is asked, is asked")

    def appeal_owner(self, sentence: Sentence, groups: list[Group], j: int, out: Roles) -> None:
        """"turned down on Monday a Ukrainian proposal", "stonewalled a request from Germany",
        "bowed to the demands of the farmers": refusing a proposal or demand, or giving in to
        it, answers whoever made it, named by a nation word or name before the noun (past
        the adjuncts the object follows) or after its "from", "of" or "by"; so does refusing
        talks "proposed by" a party. Public, as an act refused "despite rebel demands"
        (events.py) answers the demand's maker too."""
        toks = sentence.tokens
        proposer = self._by_agent(sentence, groups, j) if j < len(toks) and toks[j].lower in self.proposing else None
        if proposer is not None:  # "would not attend border talks proposed by the African Union"
            out.recipients = list(proposer.refs)
            out.how.append(f"{proposer.refs[0].text!r} proposed what is refused")
            return
        nouns = self.classes.get("appeals", frozenset()) | self.classes.get("proposals", frozenset()) \
            | self.classes.get("sought_acts", frozenset()) | self.classes.get("objections", frozenset())
        n = next((n for n in range(j, min(len(toks), j + PREP_WINDOW)) if toks[n].lower in nouns), None)
        if n is None or any(t.text in {",", ";"} for t in toks[j:n]) or not sentence.same_clause(j, n):
            return
        for m in range(n - 1, j - 1, -1):
            if toks[m].lower in PREPOSITIONS:
                break
            group = next((g for g in groups if g.last == m + (toks[m].lower != "'s")), None)
            ref = None if group is not None else self._word_ref(sentence, m) or _public_party(sentence, m)
            if ref is None and group is None and m > j and toks[m - 1].cap and self.resolver is not None \
                    and toks[m - 1].lower not in DAY_WORDS | TIME_WORDS and toks[m].lower not in ARTICLES:
                ref = self.resolver(toks[m - 1].start, toks[m].end)  # "a South Korean offer", not "on Sunday a"
            if group is not None or ref is not None:
                out.recipients = list(group.refs) if group is not None else [ref]  # type: ignore[list-item]
                out.how.append(f"{out.recipients[0].text!r} made the {toks[n].text!r} answered")
                break
        if not out.recipients and n + 2 < len(toks) and toks[n + 1].lower in {"from", "of", "by"}:
            k = n + 2 + (toks[n + 2].lower in ARTICLES)
            how = f"the {toks[n].text!r} answered came from its maker"
            if not self._recipient_at(sentence, groups, k, out, how) and k + 1 < len(toks) and not toks[k].cap:
                self._recipient_at(sentence, groups, k + 1, out, how)  # past a modifier: "demands of rice farmers"
        out.recipients = [_at_home(r, out.actors) for r in out.recipients]

    def _sentenced(self, sentence: Sentence, groups: list[Group], j: int, out: Roles) -> None:
        """"a pardon that cancels what remains of the sentences of 250 inmates": those whose
        sentences the clemency noun's clause cuts receive it (a count may stand before them)."""
        toks = sentence.tokens
        for k in range(j, min(len(toks) - 2, j + REMITTED_REACH)):
            if not sentence.same_clause(j, k):
                return
            if toks[k].lower not in self.classes.get("sentences", frozenset()) or toks[k + 1].lower != "of":
                continue
            n = k + 2 + (toks[k + 2].lower in ARTICLES)
            counted = count_end(sentence, n)
            n = counted if counted > n else n + (n < len(toks) and toks[n].lower.isdigit())
            # past lower-case modifiers: "the jailed Kenyan fishermen", "250 political prisoners"
            last = min(len(toks), n + ACT_MODIFIERS + 1)
            heads = range(n, next((m for m in range(n, last) if toks[m].lower in PREPOSITIONS
                                   or not toks[m].text.replace("-", "").isalnum()), last))
            group = next((g for g in groups if g.first in heads), None)
            word = next((ref for m in heads if (ref := self._word_ref(sentence, m))), None)
            found = list(group.refs) if group is not None else [word] if word is not None else []
            if found:
                out.recipients = found
                out.how.append(f"{found[0].text!r}, whose sentences the clemency cuts, receives it")
            return

    def _infinitive_to(self, sentence: Sentence, k: int) -> bool:
        """Whether "to" at ``k`` marks an infinitive with its own object ("funding to move
        Syrian refugees home", "money to help the displaced"): a lower-case word no party
        names, then a name or a determiner ("respond to any Israeli incursion": a quantifier
        is no verb). Those a request's money would move or help are no recipients of the
        request (aid's are: "an air bridge to help Sudanese" gives to them)."""
        toks = sentence.tokens
        if toks[k].lower != "to" or k + 2 >= len(toks):
            return False
        verb, after = toks[k + 1], toks[k + 2]
        return verb.lower.isalpha() and not verb.cap \
            and verb.lower not in ARTICLES | POSSESSIVES | COUNT_WORDS | self.quantifiers \
            and self._word_ref(sentence, k + 1) is None \
            and (after.cap or after.lower in ARTICLES | POSSESSIVES | {"their", "her", "them"})

    def _protested_premises(self, sentence: Sentence, groups: list[Group], i: int, out: Roles) -> None:
        """"staged a sit-in outside a World Food Programme warehouse": the party whose premises
        a protest gathers outside (or in front of) is whom it is aimed at; the protesters stay
        its actors. A state's mission stands for the state wherever the protest meets it
        ("outside the Russian embassy", "marched on the British embassy", "at the Turkish
        consulate"), and so does a site its owner or operator is named on ("at a Chinese-owned
        copper mine", "under the port's Chinese operator"); a banner or slogan "anti-X" names X."""
        toks = sentence.tokens
        for k in range(i + 1, len(toks)):
            if not sentence.same_clause(i, k):
                break
            owned = self._premises_owner(sentence, groups, k, out)
            if owned is not None:
                out.recipients = [owned]
                out.how.append(f"{owned.text!r}, whose mission or site the protest meets at, is its target")
                return
            front = toks[k].lower == "front" and k > 0 and toks[k - 1].lower == "in" \
                and k + 1 < len(toks) and toks[k + 1].lower == "of"
            if toks[k].lower != "outside" and not front:
                continue
            n = k + 2 if front else k + 1
            n += n < len(toks) and toks[n].lower in ARTICLES
            group = next((g for g in groups if g.first == n and not _same(g.refs[0], out.actors)), None)
            if group is not None:
                # "outside the Central Bank in Beirut": the body is aimed at; its seat stays the place
                seat = next((m for m in range(group.first + 1, group.last) if toks[m].lower in PLACING_PREPS), None)
                out.recipients = list(group.refs) if seat is None else [
                    replace(r, text=sentence.span_text(group.first, seat), end=toks[seat - 1].end) for r in group.refs]
                out.how.append(f"{group.refs[0].text!r}, outside whose premises the protest gathers, is its target")
                return
        for k in range(i + 1, len(toks)):
            if not sentence.same_clause(i, k):
                return
            against = self._anti_party(sentence, k)
            if against is not None and not _same(against, out.actors):
                out.recipients = [against]
                out.how.append(f"{against.text!r}, named by the protest's {toks[k].text!r}, is its target")
                return

    def _premises_owner(self, sentence: Sentence, groups: list[Group], k: int, out: Roles) -> ActorRef | None:
        """The state or owner of the premises a protest meets at, the preposition of place at
        ``k`` ("outside", "at", "on", "near", "to", "under"): a mission of a state ("the Russian
        embassy", "Britain's consulate"), a site whose compound names its owner ("a
        Chinese-owned copper mine") or the owner named by nationality ("the port's Chinese
        operator"). None when the phrase names none of these within a few words."""
        toks = sentence.tokens
        if toks[k].lower not in PREMISES_PREPOSITIONS or self.resolver is None:
            return None
        missions = self.classes.get("missions", frozenset())
        n = k + 1
        while n < len(toks) and (toks[n].lower in ARTICLES or toks[n].lower == "'s"
                                 or toks[n].lower.isalpha() and not toks[n].cap and toks[n].lower not in
                                 missions | PREMISES_OWNERS | PREPOSITIONS and n - k <= 3
                                 and n + 1 < len(toks) and toks[n + 1].lower == "'s"):
            n += 1  # "under the port's": the place the owner runs
        for m in range(n, min(len(toks), n + PREMISES_WORDS)):
            word = toks[m]
            if word.lower in PREPOSITIONS | {",", ";", "and"} or not sentence.same_clause(k, m):
                return None
            head, _, marker = word.text.rpartition("-")
            if head and marker.lower() in OWNING_MARKS and head[:1].isupper():
                ref = self.resolver(word.start, word.start + len(head))
                return ref if ref is not None and ref.country and ref.country not in NO_NATION else None
            if word.lower in missions | PREMISES_OWNERS and m > n:
                group = next((g for g in groups if n <= g.first and g.last <= m), None)
                ref = group.refs[0] if group is not None else country_word(sentence, n, m, self.resolver)
                if ref is None or not ref.country or ref.country in NO_NATION or _same(ref, out.actors):
                    return None
                return ref
        return None

    def _anti_party(self, sentence: Sentence, k: int) -> ActorRef | None:
        """The party an "anti-X" word at ``k`` opposes ("anti-Kremlin banners", "anti-American
        slogans"): a country or a state's seat; None for any other ("anti-government")."""
        tok = sentence.tokens[k]
        if not tok.lower.startswith(ANTI_MARK) or self.resolver is None or not tok.text[len(ANTI_MARK):][:1].isupper():
            return None
        ref = self.resolver(tok.start + len(ANTI_MARK), tok.end)
        return ref if ref is not None and ref.country and ref.country not in NO_NATION else None

    def _conditioning(self, sentence: Sentence, group: Group, i: int) -> bool:
        """"any Houthi push toward Marib would unleash an offensive on Hodeidah": a party under
        "any" heading the subject of a modal of consequence names the condition of a threat;
        the act would answer it, so the party is threatened, not the one who threatens. The
        modal may open the trigger itself ("would bring down on")."""
        toks = sentence.tokens
        if group.first < 1 or toks[group.first - 1].lower != "any" or group.last >= i:
            return False
        return any(toks[n].lower in self.consequence_modals for n in range(group.last, i + 1))

    def _hosted(self, sentence: Sentence, group: Group) -> bool:
        """Whether the party of ``group`` is the object of a place's holding it ("the base housing
        U.S. forces", "the garrison that hosts American troops"): it is where an attack lands,
        not who attacks."""
        toks = sentence.tokens
        k = group.first - 1
        while k > 0 and toks[k].lower in ARTICLES | POSSESSIVES:
            k -= 1
        return k > 0 and toks[k].lower in self.hosting and not toks[k - 1].cap and toks[k - 1].lower.isalpha()

    def _heads_conjunct(self, sentence: Sentence, last: int, first: int) -> bool:
        """Whether the words from token ``last`` to ``first`` join a second subject to the
        party before them by "and" through an official or a member of the party after them
        ("Türkiye's top diplomat and the commander of the eastern-based Libyan National Army
        reviewed"): the commander stands for his party, as coders record a member's group, and
        a crew for its ship's ("cadets and the crew of a Turkish frigate began drills")."""
        words = sentence.words(last, first)
        if len(words) < 3 or words[0] != "and" or "of" not in words:
            return False
        of = words.index("of")
        head = [w for w in words[1:of] if w not in ARTICLES | POSSESSIVES]
        modifiers = [w for w in words[of + 1:] if w not in ARTICLES]
        return 0 < len(head) <= TITLE_WORDS and head[-1] in self.members | self.officials | self.crews \
            and all(w.replace("-", "").isalpha() for w in head + modifiers) and len(modifiers) <= TITLE_WORDS

    def _titled_conjunct(self, sentence: Sentence, last: int, first: int) -> bool:
        """Whether the words from token ``last`` to ``first`` join a named second subject to
        the party before them by "and" and a possessive title ("Foreign Minister X and his
        Azerbaijani counterpart Y met"): the title only introduces the name after it, set off
        by a comma or not ("and her Iraqi opposite number, Y, okayed")."""
        words = sentence.words(last, first)
        title = words[2:-1] if words[-1:] == [","] else words[2:]
        if title[-2:] == list(OPPOSITE_NUMBER):
            title = title[:-2] + ["counterpart"]
        return len(words) >= 3 and words[0] == "and" and words[1] in POSSESSIVES | {"her"} \
            and len(title) <= TITLE_WORDS and title[-1] in self.members | self.officials | PEER_TITLES \
            and all(w.replace("-", "").isalpha() for w in title)

    def _with_earlier_conjunct(self, sentence: Sentence, earlier: list[Group], group: Group) -> Group:
        """The verb's subject ``group`` with the party "and" joins before it through an
        official or member of ``group`` ("Egypt's foreign minister and the commander of the
        Sudanese army held talks", see :meth:`_heads_conjunct`) or a possessive title ("and
        his Azerbaijani counterpart Y", see :meth:`_titled_conjunct`): both act."""
        prior = earlier[-1] if earlier else None
        if prior is not None and (self._heads_conjunct(sentence, prior.last, group.first)
                                  or self._titled_conjunct(sentence, prior.last, group.first)):
            return Group(prior.first, group.last, prior.refs + group.refs)
        return group

    def _closed_gateway(self, sentence: Sentence, groups: list[Group], i: int, j: int, entry: Entry,
                        out: Roles) -> bool:
        """"Turkish ports will be closed to ships carrying cargo to or from Israel": a state's
        ports or skies closed in the passive are closed by their owner, the country word before
        the gateway noun heading the subject, to the country the phrase after "to" names."""
        toks = sentence.tokens
        gate = next((k for k in range(sentence.clause_start(i), i) if toks[k].lower in self.gateways), None)
        if gate is None:
            return False
        owned = next((list(g.refs) for g in groups if gate - GATEWAY_OWNER <= g.last <= gate), None) \
            or [ref for ref in [country_word(sentence, max(0, gate - GATEWAY_OWNER), gate, self.resolver)]
                if ref is not None]
        if not owned:
            return False
        owner = owned[0]
        self._recipients(sentence, groups, j, entry, out, passive=True)
        if not out.recipients and j < len(toks) and toks[j].lower == "to":
            self._barred(sentence, groups, j, [owner], out)
        if out.recipients:
            out.actors = owned
            out.how.append(f"the owner of the {toks[gate].text!r} closed ({owner.text!r}) acts")
        else:
            out.how.append(f"the {toks[gate].text!r} closed to no one named: no measure against anyone")
        return True

    def _barred(self, sentence: Sentence, groups: list[Group], to: int, owners: list[ActorRef], out: Roles) -> None:
        """Make the party named in the phrase after the "to" at ``to`` of a closed gateway
        ("closed to ships carrying cargo to or from Israel"), up to the clause's next comma,
        the recipients: those barred, when not of the owners' own country."""
        toks = sentence.tokens
        end = next((k for k in range(to + 1, len(toks)) if toks[k].lower in {",", ";", "that"}), len(toks))
        barred = next((g.refs for g in groups if to < g.first and g.last <= end), None) \
            or [ref for ref in [country_word(sentence, to + 1, end, self.resolver)] if ref is not None]
        if barred and barred[0].country not in {o.country for o in owners}:
            out.recipients = list(barred)
            out.how.append(f"{barred[0].text!r}, named in the phrase after 'to', is barred")

    def _gateway_shut(self, sentence: Sentence, groups: list[Group], j: int, out: Roles) -> None:
        """"Türkiye shut its ports today to ships transporting cargo to or from Israel": a
        state that closes its own ports or skies in the active voice (the gateway noun heads
        the object) closes them to the party the phrase after "to" names, past adjuncts of
        time ("today", "on Monday")."""
        toks = sentence.tokens
        gate = next((k for k in range(j, min(len(toks), j + GATEWAY_OWNER + 1)) if toks[k].lower in self.gateways),
                    None)
        if gate is None:
            return
        to = next((k for k in range(gate + 1, min(len(toks), gate + 1 + ADJUNCT_WORDS))
                   if toks[k].lower == "to" or toks[k].text in {",", ";"}), None)
        if to is not None and toks[to].lower == "to":
            self._barred(sentence, groups, to, out.actors, out)

    def _indirect_object(self, sentence: Sentence, group: Group, i: int) -> bool:
        """"The minister handed the Turkish ambassador a letter seeking larger releases": a
        party between a past verb and the direct object it is given (an article opens it) is
        whom the thing is addressed to; the participle after them is the thing's, done by the
        verb's subject."""
        toks = sentence.tokens
        head = governor(sentence, group.first)
        if not (toks[i].lower.endswith("ing") and head >= 0 and group.last < i
                and toks[group.last].lower in ARTICLES):
            return False
        word = toks[head].lower
        return (word.endswith("ed") and word not in ED_NON_VERBS) or word in IRREGULAR_PAST

    def _relative_head(self, sentence: Sentence, earlier: list[Group], group: Group) -> Group | None:
        """"IDF troops who operated in southern Syria's Quneitra province have withdrawn": a
        group inside a relative clause ("who"/"which" and its own verb) after an earlier
        group is not the subject of the verb after the clause; the group the pronoun follows is."""
        toks = sentence.tokens
        for r in range(group.first - 1, 0, -1):
            if toks[r].lower in {"who", "which"}:
                head = next((g for g in earlier if g.last == r), None)
                verb_first = r + 1 < group.first and not toks[r + 1].cap
                return head if verb_first and sentence.same_clause(r, group.first) else None
            if toks[r].lower in {",", ";"}:
                return None
        return None

    @staticmethod
    def _owned_state(sentence: Sentence, k: int, i: int) -> bool:
        """Whether the possessive at ``k`` owns a state's noun heading the subject of the
        trigger at ``i`` ("said his country would open talks with", "said its government would
        seek"): the speaker's own state acts, as when he says "it would"; only lower-case
        words of the verb's phrase stand between the noun and the trigger."""
        toks = sentence.tokens
        if k + 1 >= i or toks[k + 1].lower not in OWN_STATE_NOUNS:
            return False
        after = toks[k + 2:i]
        return len(after) <= LIGHT_VERB_WORDS and all(
            t.lower.isalpha() and not t.cap and t.lower not in PREPOSITIONS | CONJUNCTIONS for t in after)

    def _owned_forces(self, sentence: Sentence, k: int, i: int, verb: bool) -> bool:
        """Whether the possessive at ``k`` owns the forces that are the subject of the trigger
        at ``i`` ("its fighter jets had struck", "its forces had carried out a group strike"):
        the owner then acted, however many modifiers stand before the force noun. A verb
        follows the subject with auxiliaries only; a noun, after a light verb and its
        object's modifiers, with no preposition between ("their forces were hit in a strike"
        is another's)."""
        toks = sentence.tokens
        heads = [j for j in range(k + 1, i) if toks[j].lower in self.forces]
        if not heads:
            return False
        before, after = toks[k + 1:heads[-1]], toks[heads[-1] + 1:i]
        if not all(t.lower.isalpha() and not t.cap for t in before):
            return False
        if verb:
            return all(t.lower in SUBJECT_AUXILIARIES for t in after)
        return len(after) <= LIGHT_VERB_WORDS and all(
            t.lower.isalpha() and not t.cap and (t.lower == "out" or t.lower not in PREPOSITIONS) for t in after)

    def _participial_subject(self, sentence: Sentence, groups: list[Group], i: int,
                             out: Roles, speaking: bool = True) -> list[ActorRef] | None:
        """", accusing it of trying": a participle after a comma (or coordinated with one:
        ", martyring four workers and wounding 27") shares the subject of the sentence's main
        clause, its first group outside a prepositional phrase. After a report the speaker
        is its subject, even one who is no party; an event noun in its object (``speaking``
        false: "calling the raid a violation") is no act of that speaker, and an unnamed
        one leaves it to the main clause."""
        comma = _participle_comma(sentence, i)
        if comma is None:
            return None
        speaker = self.speaker_before(sentence, groups, comma)
        if speaker is not None and (speaker or speaking):
            out.how.append("the speaker of the report before the participle"
                           + ("" if speaker else ", no party: unknown"))
            return speaker
        # the main clause's subject stands before the comma: ", chanting against X and closing" has no X do it
        subject = self._main_subject(sentence, groups, comma, out,
                                     "subject of the main clause, shared by the participle")
        if subject is None:  # "Thousands of ultra-Orthodox men blocked Route 4 ..., protesting"
            crowd = next((ref for k in self._subject_head_window(sentence, 0, comma)
                          if (ref := self._word_ref(sentence, k)) is not None and ref.reason == PARTICIPANT), None)
            if crowd is not None:
                out.how.append(f"participant {crowd.text!r} heading the main clause, shared by the participle")
                subject = [crowd]
        return subject

    def speaker_before(self, sentence: Sentence, groups: list[Group], comma: int) -> list[ActorRef] | None:
        """"…, Foreign Minister Hakan Fidan said on Wednesday, charging Israel with": when the
        words just before the participle's comma are a report ("X said ..."), the speaker
        acts, not the first party of the quoted statement; a speaker named by a definite
        noun ("the agency said, thanking") is the party before it whose name or mention holds
        that noun (UNRWA, the "UN Relief and Works Agency"; "the UN refugee agency"). A
        speaker who is no party ("a military source said, describing the attack as") still
        speaks, unknown: no parties (an empty list), never the quoted statement's subject.
        None when no report stands before the comma."""
        toks = sentence.tokens
        for k in range(comma - 1, max(-1, comma - 8), -1):
            if toks[k].lower == ",":
                return None
            if self._reports(sentence, k):
                named = next((g for g in groups if g.last == k), None)
                if named is not None:
                    return list(named.refs)
                named_before = self._named_back(sentence, groups, k - 1) if k > 1 else None
                return [named_before] if named_before is not None else []
        return None

    def _named_back(self, sentence: Sentence, groups: list[Group], n: int) -> ActorRef | None:
        """"the agency said": a definite noun at token ``n`` refers back to the party named before
        whose name holds it (UNRWA, the "UN Relief and Works Agency"; the World Bank for "the
        bank"); a noun for a body that the KB knows as no sector ("agency", "body", not "group")
        to the last international or aid organisation named before (UNICEF for "the agency"),
        also after a word that names the UN ("the UN body")."""
        toks = sentence.tokens
        the = n - 1 if n > 0 and toks[n - 1].lower == "the" else None
        if the is None and n > 1 and toks[n - 2].lower == "the" and self._names_igo(sentence, n - 1):
            the = n - 2
        if the is None:
            return None
        named = _named_by_head(groups, the, toks[n].lower)
        if named is not None or toks[n].lower not in self.bodies or toks[n].cap or self.resolver is None:
            return named
        noun = self.resolver(toks[the].start, toks[n].end)
        if noun is not None and noun.sector:  # "the group": the KB's noun for an armed group
            return None
        return next((r for g in reversed(groups) if g.last <= the for r in g.refs if r.type in BODY_TYPES), None)

    def _names_igo(self, sentence: Sentence, k: int) -> bool:
        """Whether token ``k`` names an international organisation ("UN", "EU")."""
        ref = self.resolver(sentence.tokens[k].start, sentence.tokens[k].end) if self.resolver else None
        return ref is not None and ref.type == "igo"

    def _possessive_back_reference(self, sentence: Sentence, groups: list[Group], n: int) -> ActorRef | None:
        """"the bank's regional director", "the agency's chief": a definite noun owning the
        phrase at token ``n`` refers back to a party named before (see :meth:`_named_back`)."""
        toks = sentence.tokens
        if not (0 < n < len(toks) - 1 and toks[n + 1].lower == "'s" and toks[n].lower.isalpha() and not toks[n].cap):
            return None
        return self._named_back(sentence, groups, n)

    def _main_subject(self, sentence: Sentence, groups: list[Group], i: int, out: Roles,
                      how: str) -> list[ActorRef] | None:
        """The sentence's first group before token ``i`` outside a prepositional phrase (also
        past an article: "a sit-in outside a World Food Programme warehouse")."""
        toks = sentence.tokens
        for n, group in enumerate(groups):
            if group.first >= i:
                return None
            if (not group.first or toks[governor(sentence, group.first)].lower not in PREPOSITIONS
                    and not _object_phrase_party(sentence, group.first)
                    or self._uttered_by(sentence, group) or self._heading_of(sentence, group)) \
                    and not self._hosted(sentence, group):
                out.how.append(how)
                later = groups[n + 1] if n + 1 < len(groups) and groups[n + 1].last <= i else None
                if later is not None and self._heads_conjunct(sentence, group.last, later.first):
                    return group.refs + later.refs  # "Türkiye's top diplomat and the commander of the LNA"
                return list(group.refs)
        return None

    def _heading_of(self, sentence: Sentence, group: Group) -> bool:
        """Whether the group follows the "of" of a noun of people who stand for a party, opening
        the sentence ("Leaders of the Economic Community of West African States gave",
        "Envoys of the two sides met"): they head the clause, for the party they stand for."""
        toks, k = sentence.tokens, governor(sentence, group.first)
        return toks[k].lower == "of" and 0 < k <= 2 \
            and (toks[k - 1].lower in self.representatives or toks[k - 1].lower in STANDING_FOR_NOUNS)

    def _utterance_maker(self, sentence: Sentence, groups: list[Group], i: int,
                         out: Roles) -> list[ActorRef] | None:
        """"threw out a statement by UN human rights experts criticising the revocation",
        "rejected remarks from Iraqi lawmakers questioning the port": a present participle
        right after (no comma) the maker of an utterance, named after the utterance noun's
        "by" or "from" (a few lower-case nouns may follow the name: "human rights experts"),
        is what the maker says: the participle's subject is the noun it modifies, the maker,
        not the clause's subject who answers the utterance. None otherwise."""
        toks = sentence.tokens
        if i < 3 or not toks[i].lower.endswith("ing") or toks[i].lower in ING_NON_VERBS \
                or toks[i - 1].text in {",", ";"} or self._be_before(sentence, i):
            return None
        group = next((g for g in reversed(groups) if g.last <= i), None)
        if group is None or i - group.last > MAKER_NOUNS or not all(
                t.text.isalpha() and t.text.islower() and t.lower not in PREPOSITIONS | NOT_NOUNS | {"and", "or"}
                for t in toks[group.last:i]):
            return None
        n = governor(sentence, group.first)
        if n < 1 or toks[n].lower not in {"by", "from"} or toks[n - 1].lower not in self.utterances \
                or not sentence.same_clause(n, i):
            return None
        out.how.append(f"{group.refs[0].text!r}, the maker of the {toks[n - 1].text!r} the participle "
                       "describes, does it")
        return list(group.refs)

    def _uttered_by(self, sentence: Sentence, group: Group) -> bool:
        """Whether ``group`` is the source of an utterance or message noun that opens the
        sentence ("A statement from Sudan's foreign ministry described ...", "A letter signed
        by Kiribati's president asked ...": the ministry, the president are the subject)."""
        toks = sentence.tokens
        nouns = self.utterances | MESSAGE_NOUNS
        n = governor(sentence, group.first)
        if toks[n].lower not in {"from", "by"} or n < 1:
            return False
        m = n - 1 if toks[n - 1].lower not in SENDING_PARTICIPLES else n - 2
        return 0 <= m <= 2 and toks[m].lower in nouns

    def _people_of(self, sentence: Sentence, first: int) -> bool:
        """Whether the group at ``first`` only names whose civilians stand before its "of"
        ("Pensioners of the Ahvaz Steel Company", "workers of the state railway"): the
        pensioners or workers are the party, placed where they are, not the firm they served;
        a following ("supporters of X") is its side."""
        toks = sentence.tokens
        n = governor(sentence, first)
        word = toks[n - 1].lower if n > 0 and toks[n].lower == "of" else ""
        return word in self.classes.get("domestic_civilians", frozenset()) and self._participant(word) \
            and word not in SUPPORTERS

    def _owner_of_means(self, sentence: Sentence, first: int) -> bool:
        """"a drone of the Zionist enemy targeted", "an aircraft from China landed": the group
        after "of"/"from" owns the weapon, force or vehicle that acts, so it is the actor."""
        toks = sentence.tokens
        n = governor(sentence, first)  # "reinforcements from the Syrian regime": "from"
        return n > 0 and toks[n].lower in {"of", "from"} \
            and toks[n - 1].lower in self.weapons | self.forces | self.vehicles

    def _apposition_head(self, sentence: Sentence, earlier: list[Group], group: Group, i: int) -> Group | None:
        """"Pakistan, a key U.S. ally, has refused": the group before an apposition acts, also
        when a relative clause ends the apposition ("Ansar Allah, the Iran-aligned rebels who
        control Yemen's north, released"). A title no one is known to hold gives way to the
        known person its apposition names ("the UN envoy for Yemen, Hans Grundberg, urged")."""
        if not earlier or "," not in sentence.words(group.last, i):
            return None
        head = earlier[-1]
        after = sentence.tokens[head.last].lower if head.last < len(sentence.tokens) else ""
        adjacent = group.first - head.last <= 2  # ", the Iran-aligned rebels"
        if after == "," and adjacent and _titled_by(head, group):
            return group
        return head if after == "," and (adjacent or sentence.same_clause(head.first, i)) else None

    def _crowd(self, sentence: Sentence, i: int, j: int, entry: Entry, out: Roles) -> list[ActorRef] | None:
        """"hundreds of protesters": a nominal trigger that counts a crowd has the crowd as
        its actor."""
        last = sentence.tokens[j - 1].lower
        if entry.pos != "noun" or j - i < 2 or not self._participant(last):
            return None
        ref = self._word_ref(sentence, j - 1)
        if ref is None:
            return None
        out.how.append("the crowd the trigger counts")
        return [ref]

    def _arrested_at(self, sentence: Sentence, i: int, entry: Entry, out: Roles) -> list[ActorRef] | None:
        """"detained more than 1,300 people at an unauthorised rally": the people arrested at a
        protest named after "at" or "during" (its modifiers between) took part in it."""
        toks = sentence.tokens
        k = i - 1
        while k > i - 1 - PROTEST_MODIFIERS and k > 0 and toks[k].lower.isalpha() and not toks[k].cap \
                and toks[k].lower not in PREPOSITIONS:
            k -= 1  # "an unauthorised", "a banned"
        if entry.pos != "noun" or entry.type != "PROTEST" or k < 2 or toks[k].lower not in {"at", "during"}:
            return None
        verb = next((m for m in range(k - 2, max(-1, k - 2 - COUNTED_OBJECT), -1)
                     if toks[m].lower in self.classes.get("crowd_arrests", frozenset())), None)
        if verb is None:
            return None
        word = self._word_ref(sentence, k - 1) if self._participant(toks[k - 1].lower) else None
        held = _people_object(sentence, verb + 1) or ([word] if word is not None else [])
        if held and held[0].end == toks[k - 1].end:
            out.how.append(f"{held[0].text!r}, arrested at the protest, took part in it")
            return held
        return None

    def _protesters_after(self, sentence: Sentence, groups: list[Group], j: int, entry: Entry,
                          out: Roles) -> list[ActorRef] | None:
        """"a strike by port workers", "a sit-in of textile workers in Dhaka": the participant
        noun after "by" or "of" a protest noun, past its lower-case modifiers, is who protests
        (placed by the state the phrase after it names); a named party there is the agent
        :func:`nominal_agent` finds ("a strike by Kenyan dock workers")."""
        toks = sentence.tokens
        j = _dated_by(sentence, j)  # "the walkout on Monday by dockers"
        if entry.pos != "noun" or entry.type != "PROTEST" or j >= len(toks) or toks[j].lower not in {"by", "of"}:
            return None
        for k in range(j + 1, min(len(toks), j + 2 + AGENT_MODIFIERS)):
            if self._participant(toks[k].lower):
                kin = self._kin_head(sentence, k)
                if kin is not None:  # "a sit-in by relatives of the detainees": the relatives protest
                    k = kin
                out.how.append(f"participant {toks[k].text!r} after {toks[j].lower!r} the protest noun")
                return [_placed_participant(toks[k], self._placing_group(sentence, groups, k))]
            counted = next((g for g in groups if g.first == k), None) \
                if k > 1 and toks[k - 1].lower == "of" and toks[k - 2].lower in self.crowd_counts else None
            if counted is not None:  # "a march by tens of thousands of Moroccan teachers": the crowd counted
                out.how.append(f"crowd {counted.refs[0].text!r} counted after the protest noun")
                return list(counted.refs)
            if not toks[k].lower.replace("-", "").isalpha() or toks[k].lower in PREPOSITIONS - {"of"} | CLAUSE_LINKS \
                    or any(g.first <= k < g.last for g in groups):
                return None
        return None

    def _pair_subject(self, sentence: Sentence, groups: list[Group], i: int, out: Roles,
                      after: int = 1) -> list[ActorRef] | None:
        """"after both countries' ministers gave the go-ahead", "the two sides agreed": a
        subject that counts two states ("both countries", "the two governments") stands for
        the last two states the sentence named before it, by name or by an adjective that is
        no party of its own ("Ethiopia gained a Djiboutian port when both governments signed");
        only a count from token ``after`` on."""
        toks = sentence.tokens
        first = sentence.clause_start(i)
        for k in range(max(first, after, 1), i):
            if toks[k].lower not in self.classes.get("pair_nouns", ()) or not _counted_pair(sentence, k) \
                    or any(toks[m].lower in PREPOSITIONS - {"after", "before"}
                           and toks[m + 1].lower in {"both", "the"}
                           for m in range(max(0, k - PAIR_ADJECTIVES - 2), k - 1)):
                continue  # "hauliers on both sides of the frontier": a place, no subject
            # "The two neighbours struck a deal that lets Kyrgyzstan import Kazakh power": with
            # no two states before the count, the two it goes on to name
            for named, where in ((reversed(self._states_in(sentence, groups, 0, k)), "before"),
                                 (self._states_in(sentence, groups, k + 1, len(toks)), "after")):
                states: list[ActorRef] = []
                for ref in named:
                    if all(r.country != ref.country for r in states):
                        states.append(ref)
                    if len(states) == 2:
                        out.how.append(f"{toks[k].text!r} counting two: the two states named {where} it")
                        return states[::-1] if where == "before" else states
            return None
        return None

    def _states_in(self, sentence: Sentence, groups: list[Group], lo: int, hi: int) -> list[ActorRef]:
        """The states named between tokens ``lo`` and ``hi``, in order: each member of a group
        that is a state or its government, and the state of each country word, also one inside
        a group that shares its noun ("Kenyan and Ugandan officials" names both states)."""
        found: list[tuple[int, ActorRef]] = [(g.first + m, r) for g in groups if lo <= g.first and g.last < hi
                                             for m, r in enumerate(g.refs)
                                             if r.type in ("state", "government") and r.country]
        if self.resolver is not None:
            kb = load_kb()
            found += [(n, replace(ref, actor_id=ref.country, name=kb.actors[ref.country].name, sector=None,
                                  type="state", reason=f"{ref.reason}; one of the two states counted"))
                      for n in range(lo, hi) if all(n < g.first or n >= g.last or lo <= g.first and g.last < hi
                                                    for g in groups)
                      and (ref := country_word(sentence, n, n + 1, self.resolver)) is not None
                      and ref.country in kb.actors]
        return [ref for _, ref in sorted(found, key=lambda pair: pair[0])]

    def _sovereign_giver(self, sentence: Sentence, i: int, entry: Entry, out: Roles) -> list[ActorRef] | None:
        """"after a royal pardon", "a presidential amnesty": the adjective before an act noun
        names its giver, the head of state, of no country of its own words; like a domestic
        force, the state of the report gives it one (see :mod:`lapwing.events`)."""
        toks = sentence.tokens
        if entry.pos != "noun" or i < 1 or toks[i - 1].lower not in self.classes.get("sovereign_adjectives", ()):
            return None
        word = toks[i - 1]
        out.how.append(f"{word.text!r}: the head of state grants it")
        # "600 prisoners are to be freed after a royal pardon": the people heading the clause
        # (the main one, before "after") receive it
        first = sentence.clause_start(i)
        if first > 0 and toks[first].lower in CONJUNCTIONS:
            first = sentence.clause_start(first - 1)
        head = next((k for k in self._subject_head_window(sentence, first, i) if self._participant(toks[k].lower)),
                    None)
        if head is not None:
            out.recipients = [_placed_participant(toks[head], None)]
            out.how.append(f"{toks[head].text!r} heading the clause receive it")
        return [ActorRef(text=word.text, start=word.start, end=word.end, sector="GOV",
                         reason="noun: domestic head of state, named by its adjective")]

    def _ruler_of(self, sentence: Sentence, groups: list[Group], i: int, j: int, entry: Entry,
                  out: Roles) -> list[ActorRef] | None:
        """"quit prison under an amnesty of President John Atta Mills": an office holder of a
        state right after the "of" of an act of clemency (``pardons``) grants it, as his "'s"
        would; "an amnesty of 500 prisoners" names those it spares, no office holder."""
        toks = sentence.tokens
        if entry.pos != "noun" or toks[i].lower not in self.classes.get("pardons", ()) \
                or j >= len(toks) or toks[j].lower != "of":
            return None
        first = j + 1 + (j + 1 < len(toks) and toks[j + 1].lower in ARTICLES)
        ruler = next((g for g in groups if g.first == first), None)
        if ruler is None or not all(r.type == "person" and r.sector == "GOV" for r in ruler.refs):
            return None
        out.how.append(f"{ruler.refs[0].text!r}, the office holder after its 'of', grants it")
        return list(ruler.refs)

    def _possessed_victim(self, sentence: Sentence, groups: list[Group], i: int, j: int,
                          entry: Entry) -> Group | None:
        """The person whose "'s" owns a noun of an act done to people, whose patient its frame
        names after "of" and no "of" follows ("Haniyeh's assassination", "the journalist's
        killing", "Navalny's arrest"): the owner is the patient, as in "the killing of X". A
        state's or group's "'s" ("Iran's arrest of the crew", "Russia's invasion") still acts."""
        toks = sentence.tokens
        word = toks[i].lower
        if entry.pos != "noun" or "of" not in entry.preps or j < len(toks) and toks[j].lower == "of" \
                or entry.mode not in PERSONAL_MODES and word not in load_lexicon().casualty_words:
            return None
        return next((g for g in groups if g.last < i and toks[g.last].lower == "'s" and i - g.last <= POSSESSED_GAP + 1
                     and all(t.lower.isalpha() and not t.cap for t in toks[g.last + 1:i])
                     and all(r.type == "person" for r in g.refs)), None)

    def _taken_from_owner(self, sentence: Sentence, groups: list[Group], i: int, j: int, entry: Entry,
                          out: Roles) -> bool:
        """"the official whose nationality was withdrawn by Bahrain", "the cleric's passport was
        revoked": a noun trigger that is the subject of a passive of its own entry's verb right
        after it ("@nationality_rights * withdrawn", "revoke * @nationality_rights") names what
        was taken from its owner (the party before "whose" or "'s"), who receives; the passive's
        "by" names who took it. An act's owner ("Russia's invasion was condemned") is no such
        owner, as the passive is not the noun's own. False when no owner is named."""
        toks = sentence.tokens
        if entry.pos != "noun" or i < 2 or j + 1 >= len(toks) or toks[j].lower not in BE_WORDS \
                or toks[i - 1].lower not in {"whose", "'s"}:
            return False
        words, participle = entry.key.split(), toks[j + 1].lower
        if not _past_participle(participle) or not (participle == words[-1] or participle.startswith(words[0])):
            return False
        n = i - 2 - (toks[i - 1].lower == "whose" and toks[i - 2].lower == ",")  # the owner's last word
        group = next((g for g in groups if g.first <= n < g.last), None)
        owner = list(group.refs) if group is not None else [r for r in [self._word_ref(sentence, n)] if r]
        if not owner:
            return False
        agent = self._by_agent(sentence, groups, j + 1)
        out.recipients, out.actors = owner, list(agent.refs) if agent is not None else []
        out.how.append(f"{owner[0].text!r}, whose {toks[i].text!r} was taken, receives")
        return True

    def _nominal_actor(self, sentence: Sentence, groups: list[Group], i: int, entry: Entry,
                       out: Roles) -> list[ActorRef] | None:
        """A possessor or a country word right before a nominal trigger."""
        if entry.pos != "noun":
            return None
        toks = sentence.tokens
        for group in groups:
            if group.last <= i and i - group.last <= 4 and sentence.same_clause(group.first, i):
                between = toks[group.last:i]
                if between and between[0].lower == "'s":
                    out.how.append("possessor of the nominal trigger")
                    return list(group.refs)
                # not past a preposition ("held captive by Boko Haram in raids on camps": the raids are another's)
                if len(between) <= NAME_MODIFIER_GAP and all(t.lower.isalpha() and not t.cap
                                                             and t.lower not in PREPOSITIONS for t in between) \
                        and not any(g.first <= i < g.last for g in groups) \
                        and group.first > 0 and toks[group.first - 1].lower == "by":
                    out.how.append("the name modifying the nominal trigger after 'by' ('killed by ISIL sniper fire')")
                    return list(group.refs)
        return self._possessive_subject(sentence, groups, i, out) or self._country_word_before(sentence, groups, i, out)

    @staticmethod
    def _partners_inside(sentence: Sentence, groups: list[Group], i: int, j: int, entry: Entry,
                         out: Roles) -> list[ActorRef] | None:
        """"A joint Russian-Turkish patrol": the parties named inside the gap of a reciprocal
        noun key (between "joint" and "patrol", the trigger ending at ``j`` after "joint") are
        the partners doing it together."""
        if entry.pos != "noun" or not entry.reciprocal or "*" not in entry.key:
            return None
        toks = sentence.tokens
        inside = [r for g in groups if j <= g.first and g.last <= j + entry.gap and g.last < len(toks)
                  and all(t.lower.isalpha() and not t.cap for t in toks[j:g.first]) and toks[g.last].lower.isalpha()
                  and sentence.same_clause(i, g.last) for r in g.refs]
        if inside:
            out.how.append(f"{inside[0].text!r}, inside the reciprocal noun, names its partners")
        return inside or None

    def _possessive_subject(self, sentence: Sentence, groups: list[Group], i: int,
                            out: Roles) -> list[ActorRef] | None:
        """"The two navies set out on their first joint patrol": "their" or "its" right before a
        nominal trigger (its modifiers between) stands for the party heading its clause, who
        does the act, even where the noun sits in a phrase whose clause subject is not sought."""
        toks = sentence.tokens
        k = next((n for n in range(i - 1, max(-1, i - 2 - POSSESSED_GAP), -1)
                  if toks[n].lower in {"its", "their"}), None)
        if k is None or not _modifiers(toks[k + 1:i]):
            return None
        owner = self._subject(sentence, groups, k, out)
        if owner is None:
            return None
        out.how.append(f"{toks[k].text!r} before the nominal trigger stands for {owner.refs[0].text!r}, who acts")
        return list(owner.refs)

    def _of_agent(self, sentence: Sentence, groups: list[Group], j: int, entry: Entry,
                  out: Roles) -> list[ActorRef] | None:
        """The party right after "of" behind a nominal trigger of leaving, whose frame takes
        "from" but no "of" ("the withdrawal of Syrian troops from Lebanon", "the pullout of
        Russian forces"): the one who leaves. A frame with "of" ("the release of the
        hostages") keeps it for whom the act is done to; other frames ("the deployment of
        troops", "in protest of the government's refusal") are left alone, as "of" there
        names what is moved or opposed: for a move of one's own means ("the dispatch of another
        American aircraft carrier to West Asia") that phrase's party or country word is the
        owner, who moves them."""
        toks = sentence.tokens
        if entry.pos == "noun" and entry.type in self.own_means and j < len(toks) and toks[j].lower == "of":
            end = next((k for k in range(j + 1, min(len(toks), j + CHUNK_WINDOW))
                        if toks[k].lower in PREPOSITIONS | {",", ";", "and"} or not sentence.same_clause(j, k)),
                       min(len(toks), j + CHUNK_WINDOW))
            owner = next((list(g.refs) for g in groups if j < g.first < end), None)
            if owner is None and self.resolver is not None:
                word = country_word(sentence, j + 1, end, self.resolver)
                owner = [word] if word is not None else None
            if owner is not None:
                out.how.append("the owner of the means moved, named after 'of', moves them")
            return owner
        if entry.pos != "noun" or "from" not in entry.preps or "of" in entry.preps \
                or j >= len(toks) or toks[j].lower != "of":
            return None
        start = j + 2 if j + 1 < len(toks) and toks[j + 1].lower in ARTICLES else j + 1
        group = next((g for g in groups if g.first == start), None)
        if group is None:
            return None
        out.how.append("the party after 'of' behind the nominal trigger acts")
        return list(group.refs)

    def _country_word_before(self, sentence: Sentence, groups: list[Group], i: int,
                             out: Roles) -> list[ActorRef] | None:
        """A country word ("Qatari", "Iran") at most three lower-case words before token ``i``;
        a mediator's compound ("the American-brokered talks") names no party."""
        toks = sentence.tokens
        k = i - 1
        while k >= 0 and i - k <= 3 and not toks[k].cap and toks[k].lower.isalpha() \
                and toks[k].lower not in PREPOSITIONS | {"the", "a", "an"}:
            k -= 1
        if k >= 0 and self._mediator(toks[k]):
            out.how.append(f"{toks[k].text!r} names a mediator, no party")
            return None
        if k >= 0 and toks[k].cap and self.resolver and not any(g.first <= k < g.last for g in groups):
            ref = self.resolver(toks[k].start, toks[k].end)
            if ref is not None and ref.country:
                out.how.append(f"country word {toks[k].text!r} before the nominal trigger")
                return [ref]
        return None

    def _giver(self, sentence: Sentence, groups: list[Group], i: int, j: int,
               out: Roles) -> list[ActorRef] | None:
        """Who gives goods named by a nominal trigger of the ``freight`` class: the party
        after "from" ("relief aid from the State of Qatar") or the owner of the vehicle that
        carries them ("a Qatari aircraft carrying 30 tonnes of aid"). Aid is reported by
        its cargo far more often than by a verb of giving, and the cargo noun's own
        neighbours name no one."""
        toks = sentence.tokens
        if " ".join(t.lower for t in toks[i:j]) not in self.freight:
            return None
        if j < len(toks) and toks[j].lower == "from":
            for n in range(j + 1, min(len(toks), j + 1 + GIVER_REACH)):
                group = next((g for g in groups if g.first <= n <= g.last), None)
                if group is not None:
                    out.how.append("giver after 'from'")
                    return list(group.refs)
        for c in range(i - 1, max(-1, i - CARRIER_REACH), -1):
            if not sentence.same_clause(c, i):
                break
            if toks[c].lower in self.carriers:
                return self._country_word_before(sentence, groups, c, out)
        return None

    def _donor(self, sentence: Sentence, groups: list[Group], i: int, j: int, out: Roles) -> list[ActorRef] | None:
        """Who gives the goods a ``gifts`` noun at ``i:j`` names: the party right after its
        "of" or "from" ("a gift of the Omani sultanate to Yemen", "a donation from Japan");
        "a donation of 5,000 tents" names what is given."""
        toks = sentence.tokens
        if toks[i].lower not in self.classes.get("gifts", frozenset()):
            return None
        prep = j - 1 if toks[j - 1].lower == "of" else j if j < len(toks) and toks[j].lower in {"of", "from"} else None
        if prep is None:
            return None
        start = prep + 1 + (prep + 1 < len(toks) and toks[prep + 1].lower in ARTICLES)
        group = next((g for g in groups if g.first == start), None)
        if group is None:
            return None
        out.how.append(f"{group.refs[0].text!r}, after the gift's {toks[prep].lower!r}, gives it")
        return list(group.refs)

    def _recipient_at(self, sentence: Sentence, groups: list[Group], k: int, out: Roles, how: str) -> bool:
        """Make the party starting at word ``k`` (an organisation its members stand for, a
        group, or a single known word) the recipients; whether there was one."""
        group = self._organisation_of(sentence, groups, k) or next((g for g in groups if g.first == k), None)
        later = next((g for g in groups if g.first >= group.last), None) if group is not None else None
        if group is not None and later is not None and self._titled_conjunct(sentence, group.last, later.first):
            group = Group(group.first, later.last, group.refs + later.refs)  # "between X and his Saudi counterpart Y"
        ref = None if group else self._word_ref(sentence, k)
        words = [ref] if ref is not None else []
        while words and words[-1].country and k + 2 < len(sentence.tokens) \
                and sentence.tokens[k + 1].lower in {"and", ","}:
            partner = self._word_ref(sentence, k + 2)  # "their Russian and Iranian counterparts"
            if partner is None or not partner.country or partner.country in {w.country for w in words}:
                break
            words.append(partner)
            k += 2
        if ref is not None:  # "his Iranian counterpart Abbas Araghchi": the person, not the nationality
            group = self._titled_name(sentence, groups, k + 1)
        if group is None and ref is None:
            return False
        out.recipients = list(group.refs) if group else words  # type: ignore[list-item]
        out.object_end = group.last if group else k + 1
        out.how.append(how)
        return True

    def _proposer(self, sentence: Sentence, groups: list[Group], n: int) -> Group | None:
        """"backing for the peace plan put forward by X", "against the visit of X": a plan,
        proposal or visit is its owner's, so whoever backs or opposes it backs or opposes the
        owner, named after "of" or as the agent ("by") of a participle on the noun at ``n``."""
        toks = sentence.tokens
        if not any(toks[n].lower in self.classes.get(c, ()) for c in ("proposals", "schemes", "meetings")):
            return None
        m = n + 1
        if m < len(toks) and toks[m].lower != "of":  # "put forward by", "drawn up by", "proposed by"
            verb = toks[m].lower
            if not (verb.endswith("ed") or verb in IRREGULAR_PAST):
                return None
            m += 1 + (m + 1 < len(toks) and toks[m + 1].lower in PARTICLES)
            if m >= len(toks) or toks[m].lower != "by":
                return None
        return next((g for g in groups if governor(sentence, g.first) == m), None)

    def _included_recipients(self, sentence: Sentence, groups: list[Group], out: Roles) -> None:
        """"arrested six suspects, including two Palestinian nationals": the parties the
        object includes are recipients too (they say whose the people are)."""
        end = out.object_end
        if end is None or end + 1 >= len(sentence.tokens) or sentence.tokens[end].lower != ",":
            return
        included = _included_after(sentence, groups, end)
        if included is not None:
            out.recipients += [r for r in included.refs if r not in out.recipients]
            out.how.append("parties the object includes ('including X')")

    def _postponed_object(self, sentence: Sentence, groups: list[Group], j: int) -> Group | None:
        """"received at the People's Palace on Thursday Saudi Foreign Minister X": a verb's
        object after adjuncts of place and time (a long object goes last). The adjuncts open
        with a preposition or a day; the party after them is governed by none, is in the
        verb's clause, and is not the subject of a report ("killed in a strike on Monday,
        Israeli officials said")."""
        toks = sentence.tokens
        if j >= len(toks) or not (toks[j].lower in PREPOSITIONS - {"of", "by"} or toks[j].lower in DAY_WORDS):
            return None
        group = next((g for g in groups if g.first > j), None)
        if group is None or group.first - j > ADJUNCT_WORDS or not sentence.same_clause(j, group.first) \
                or grievance_of(sentence, group) \
                or any(t.lower in {",", ";", "and", "or", "that"} for t in toks[j:group.first]) \
                or any(self._infinitive_to(sentence, n) for n in range(j, group.first)):
            return None  # "met in Riyadh on Saturday to discuss the Iran-Iraq war": the infinitive's object
        before = governor(sentence, group.first)
        # the "of" of a count is no governor ("hacked to death dozens of villagers")
        counted = toks[before].lower == "of" and before > j and toks[before - 1].lower in QUANTITIES
        if toks[before].lower in PREPOSITIONS and not counted or toks[before].lower == "'s" \
                or (group.last < len(toks) and self._reports(sentence, group.last)):
            return None
        return group

    def _named_object(self, sentence: Sentence, k: int) -> int:
        """The token after the naming verb of a free relative "what X described as" /
        "what X called" / "what X said was" at ``k``: what follows is the verb's object, and X
        only names it. ``k`` when no such relative starts there."""
        toks = sentence.tokens
        if toks[k].lower != "what":
            return k
        for n in range(k + 1, min(len(toks), k + 1 + NAMER_WORDS)):
            if toks[n].text in {",", ";"}:
                return k
            if toks[n].lower in self.naming:
                return n + 2 if n + 1 < len(toks) and toks[n + 1].lower in BE_FORMS | {"as"} else n + 1
        return k

    def _titled_name(self, sentence: Sentence, groups: list[Group], k: int) -> Group | None:
        """The named party that an official's title after a nationality word introduces
        ("counterpart Abbas Araghchi", "Deputy Foreign Minister Majid Takht-Ravanchi"), the
        group starting at most ``TITLE_WORDS`` words on, with a title among them or in it."""
        toks = sentence.tokens
        for m in range(k, min(k + TITLE_WORDS + 1, len(toks))):
            group = next((g for g in groups if g.first == m), None)
            if group is not None:
                titled = any(t.lower in self.officials or _opposite_number(sentence, n)
                             for n, t in enumerate(toks[k:group.last], start=k))
                return group if titled else None
            if not toks[m].lower.isalpha() or toks[m].lower in PREPOSITIONS:
                return None  # "invited his Guatemalan counterpart to Mexico City": where, not who
        return None

    def _recipients(self, sentence: Sentence, groups: list[Group], j: int, entry: Entry, out: Roles,
                    passive: bool = False) -> None:
        toks = sentence.tokens
        if entry.takes_object and entry.pos == "verb" and not passive:
            # "pulled in 15 people": the key's own particle ("pull in * X") stands before the object
            particle = j < len(toks) and toks[j].lower in entry.key.split()[1:2] \
                and toks[j].lower in PREPOSITIONS | PARTICLES | KEY_PARTICLES
            if self._object(sentence, groups, j + 1 if particle else j, out):
                return
            if entry.mode == "visit" and j + 1 < len(toks) and toks[j].lower == "to" \
                    and self._recipient_at(sentence, groups, j + 1 + (toks[j + 1].lower in ARTICLES), out,
                                           "the place of a visit named as a noun ('visit to X')"):
                return  # "Narendra Modi's three-day visit to Washington": the verb's form, a noun's use
            comma = next((n for n in range(j, min(len(toks), j + PREP_WINDOW)) if toks[n].text == ","), None)
            included = None if comma is None else _included_after(sentence, groups, comma)
            if included is not None:  # "arrested eight people in Istanbul, including two Iranians"
                out.recipients, out.object_end = list(included.refs), included.last
                out.how.append("parties the unnamed object includes ('including X')")
                return
            late = self._postponed_object(sentence, groups, j)
            if late is not None:
                out.recipients, out.object_end, out.object_found = list(late.refs), late.last, True
                out.how.append("object after adjuncts of place and time")
                return
        k, end, home = j, min(max(j + PREP_WINDOW, _key_end(sentence, j, entry) + KEY_TAIL), len(toks)), j - 1
        while k < end:
            closing = self._object_apposition(sentence, j, k)
            if closing is not None:  # an apposition of the object (its relative clause too) is not the verb's
                end, k, home = min(len(toks), end + closing - k), closing, closing
            if self._object_conjunct(sentence, j, k):  # "handed 20 ambulances and a pair of clinics to X"
                end = min(len(toks), max(end, k + 1 + PREP_WINDOW))
            if toks[k].lower.isdigit() or toks[k].text == "," and 0 < k < len(toks) - 1 \
                    and toks[k - 1].lower.isdigit() and toks[k + 1].lower.isdigit():
                end = min(len(toks), end + 1)  # "2,000 shelter kits": a count takes no room
            if _hyphen_joint(toks, k):
                end = min(len(toks), end + 2)  # "a three-month ceasefire": one word, three tokens
            if toks[k].lower in DAY_WORDS | DAY_PARTS or k + 1 < len(toks) and toks[k].lower == "on" \
                    and toks[k + 1].lower in DAY_WORDS:
                end = min(len(toks), end + 1)  # "spoke by telephone ... on Sunday with": a day takes no room
            if not sentence.same_clause(home, k) or k > j and toks[k].lower in REASON_PREPS - set(entry.preps):
                break  # "severed relations over Cairo's treaty with Israel" (not the particle: "handed over")
            if k > j and k + 1 < len(toks) and toks[k + 1].lower not in ING_NON_VERBS \
                    and _participle_comma(sentence, k + 1) == k:
                break  # "delivered tents to Derna, adding to Algeria's airlift": the participle's object
            if toks[k].lower in entry.preps and not (k and toks[k - 1].lower in TIES) \
                    and not (entry.type == "REQUEST" and k > j and self._infinitive_to(sentence, k)) \
                    and not (entry.pos == "noun" and toks[k].lower == "of"
                             and not (_modifiers(toks[j:k]) and not any(t.lower in ARTICLES for t in toks[j:k]))):
                # an "of" past another noun phrase owns that ("a patrol off the mouth of the river")
                # "to about 1,200 families", "to hundreds of jailed FARC guerrillas": a count
                # before the party takes no room, nor does its "of"
                n = count_end(sentence, k + 1)
                if n == k + 1 and n < len(toks) and toks[n].lower.isdigit():
                    n = number_end(sentence, n)  # "to 1,200 families"
                if n + 1 < len(toks) and toks[n].lower in QUANTITIES and toks[n + 1].lower == "of":
                    n += 2
                n = _past_distance(sentence, max(n, k + 1))  # "to within 200 kilometres of Ukraine's border"
                n, reach = max(n, k + 1), min(len(toks), max(n, k + 1) + 3)
                while n < reach:
                    if toks[n].lower in PREPOSITIONS and self._counterpart_link(sentence, n):
                        n, reach = n + 1, min(len(toks), n + 4)  # "massed troops on its border with Kuwait"
                        continue
                    if self._post_of(sentence, entry, n):
                        n, reach = n + 1, min(len(toks), n + 4)  # "at a bunker of the Border Security Force"
                        continue
                    if toks[n].lower in PREPOSITIONS | {","}:
                        break
                    if self._recipient_at(sentence, groups, n, out, f"object of {toks[k].lower!r}"):
                        out.object_prep = toks[k].lower
                        return
                    proposer = self._proposer(sentence, groups, n)
                    if proposer is not None:  # "support for the plan put forward by X": X's plan
                        out.recipients, out.object_end = list(proposer.refs), proposer.last
                        out.how.append(f"object of {toks[k].lower!r}: {toks[n].text!r} of "
                                       f"{proposer.refs[0].text!r}, its owner")
                        return
                    owner = self._possessive_back_reference(sentence, groups, n)
                    if owner is not None:  # "a meeting with the bank's regional director"
                        out.recipients = [owner]
                        out.how.append(f"object of {toks[k].lower!r}: 'the {toks[n].text}'s' is {owner.text!r}, "
                                       "named before")
                        return
                    n += 1
                # "rallied in a day of rage against X": the phrase is the protest noun's; "would
                # respond to any aggression by India": a threat answers the act's doer
                if entry.type in GRIEVANCE_TYPES and self._grievance_agent(sentence, groups, k + 1, out,
                                                                           entry.pos == "noun" or k > j):
                    return
            k += 1
        if entry.type == "PROTEST":
            self._protested(sentence, groups, j, out)
        elif entry.type in MEASURE_TYPES and entry.pos == "noun" and not out.recipients:
            self._measure_target(sentence, groups, j, out)
        elif entry.type == "REJECT" and entry.pos == "verb" and not passive and not out.recipients:
            self._defied_maker(sentence, groups, j, out)
        elif entry.type == "REQUEST" and not out.recipients:
            self._asylum_host(sentence, groups, j, out)
        elif entry.type in OWNED_OBJECT_TYPES and entry.pos == "verb" and not entry.takes_object \
                and not entry.reciprocal and not entry.needs_object and not passive and out.actors \
                and not out.recipients:
            # "froze Libyan assets", "quit the southern Lebanese town of Khiam": with no party
            # in the entry's own slots, the object's nationality or relation names the target;
            # only of an act with a known doer, as this loose reading must not make an act codable
            self._object(sentence, groups, j, out)
        if entry.type in PARTNERED_TYPES and entry.pos == "verb" and not passive and not out.recipients:
            self._relation_partner(sentence, groups, j, out)

    def _post_of(self, sentence: Sentence, entry: Entry, n: int) -> bool:
        """Whether "of" at ``n`` names the force whose post, camp or vehicle an attack or a
        raid strikes ("fired at a bunker *of* the police", "ambushed a convoy of the army"):
        the force is the target, as its possessive would be ("the police's bunker")."""
        toks = sentence.tokens
        return entry.type in POST_STRIKING_TYPES and toks[n].lower == "of" \
            and n > 0 and toks[n - 1].lower in self.classes.get("owned_posts", frozenset())

    @staticmethod
    def _object_conjunct(sentence: Sentence, j: int, k: int) -> bool:
        """Whether "and" at ``k`` joins a second noun phrase (an article or a number after it)
        to the verb's object that starts at ``j``, before any preposition but "of": the window for the
        preposition naming the recipient runs from the last conjunct, as a list of goods
        ("20 ambulances and a pair of mobile clinics to X") is one object however long."""
        toks = sentence.tokens
        listed = any(t.text == "," for t in toks[j:k])  # "shelter kits, food parcels and water tablets"
        return j < k < len(toks) - 1 and toks[k].lower == "and" \
            and (toks[k + 1].lower in ARTICLES or toks[k + 1].lower.isdigit() or listed) \
            and not any(t.lower in PREPOSITIONS - {"of"} for t in toks[j:k]) and sentence.same_clause(j, k + 1)

    def _counterpart_link(self, sentence: Sentence, k: int) -> bool:
        """Whether the preposition at ``k`` opens the complement that names the other party
        of the relation noun before it: "cooperation with Israel", "investment in Burma",
        "imports from North Korea", "its border with Kuwait", "debts owed by Zambia"."""
        toks = sentence.tokens
        if k == 0:
            return False
        word, before = toks[k].lower, toks[k - 1].lower
        dealings = self.classes.get("exchanges", frozenset()) | self.classes.get("dealings", frozenset())
        return word in DEALING_LINKS and before in dealings \
            or word == "with" and before in self.classes.get("boundaries", frozenset()) | LINK_NOUNS \
            or word == "by" and before in OWING

    def _fronted_addressee(self, sentence: Sentence, groups: list[Group], i: int) -> list[ActorRef] | None:
        """The party a fronted written message is addressed to ("In a formal note to Beijing,
        Ottawa called for ...", "In a letter to the UN, Iran accused ..."): the phrase opens the
        sentence, ends in a comma before the trigger at ``i`` and names the message by a noun
        of writing or saying; whom it is sent to is whom the act is addressed to."""
        toks = sentence.tokens
        if len(toks) < 5 or toks[0].lower != "in":
            return None
        comma = next((k for k in range(1, min(i, FRONTED_WORDS + 2)) if toks[k].text == ","), None)
        if comma is None:
            return None
        nouns = MESSAGE_NOUNS | self.utterances
        to = next((k for k in range(1, comma) if toks[k].lower == "to" and toks[k - 1].lower in nouns), None)
        if to is None:
            return None
        group = next((g for g in groups if to < g.first < comma and g.last <= comma
                      and all(t.lower in ARTICLES for t in toks[to + 1:g.first])), None)
        if group is None:
            return None
        return list(group.refs)

    def _fronted_participle_comma(self, sentence: Sentence, start: int) -> int | None:
        """The comma closing a participle clause that opens the sentence, searched from ``start``
        (within :data:`FRONTED_WORDS` words of it), when no verb of its own stands in between."""
        toks = sentence.tokens
        return next((k for k in range(start, min(len(toks) - 1, start + FRONTED_WORDS + 2))
                     if toks[k].text == ","), None)

    def _fronted_participle_subject(self, sentence: Sentence, groups: list[Group], start: int) -> list[ActorRef] | None:
        """The party heading the main clause after the comma that closes a sentence-opening
        participle clause ("Freed by the rebels after months, two Saudi pilots landed")."""
        comma = self._fronted_participle_comma(sentence, start)
        if comma is None:
            return None
        toks = sentence.tokens
        first = comma + 1 + (comma + 1 < len(toks) and toks[comma + 1].lower in ARTICLES)
        group = next((g for g in groups if first <= g.first <= first + AGENT_MODIFIERS
                      and all(t.lower.isalpha() and t.lower not in PREPOSITIONS for t in toks[first:g.first])), None)
        if group is not None:
            return [r for r in group.refs if r.country] or None
        # "the eleven Chinese engineers": a country word heading the subject names its party
        for k in range(first, min(len(toks), first + AGENT_MODIFIERS + 1)):
            if not toks[k].lower.isalpha() or toks[k].lower in PREPOSITIONS:
                return None
            ref = self._word_ref(sentence, k)
            if ref is not None and ref.country:
                return [ref]
        return None

    def _fronted_participle_agent(self, sentence: Sentence, groups: list[Group], i: int) -> Group | None:
        """The party after the "by" of a past participle opening the sentence ("Singled out by
        Washington in its report, Malaysia was criticised"), its clause closed by a comma
        before the trigger at ``i``."""
        toks = sentence.tokens
        if not (toks[0].cap and _past_participle(toks[0].lower)):
            return None
        comma = self._fronted_participle_comma(sentence, 1)
        if comma is None or comma >= i:
            return None
        by = next((k for k in range(1, min(comma, 4)) if toks[k].lower == "by"), None)
        if by is None:
            return None
        group = _agent_after_by(sentence, groups, by)
        return group if group is not None and group.last <= comma and any(r.country for r in group.refs) else None

    def _fronted_party(self, sentence: Sentence, groups: list[Group], i: int, entry: Entry) -> list[ActorRef] | None:
        """The other party named by a phrase fronted before the subject ("To Kyiv, the Polish
        minister promised ...", "With Brazil's Lula, the French president discussed ...",
        "Against Ecuador, Colombia issued a warning"): the sentence opens with a preposition
        of the act's other party (:data:`FRONTED_PARTY_WORDS`, by event type), whose object is
        one party alone, closed by a comma before the trigger at ``i``. A phrase holding more
        than the party ("Against the backdrop of Ankara's plans") names none."""
        toks = sentence.tokens
        if len(toks) < 5 or toks[0].lower not in FRONTED_PARTY_WORDS:
            return None
        if entry.type not in FRONTED_PARTY_WORDS[toks[0].lower]:
            return None
        comma = next((k for k in range(1, min(i, FRONTED_WORDS + 2)) if toks[k].text == ","), None)
        if comma is None or comma < 2:
            return None
        first = 1 + (toks[1].lower in ARTICLES)
        group = next((g for g in groups if g.first == first and g.last == comma), None)
        if group is not None:
            return [r for r in group.refs if r.country] or None
        if comma - first == 1 and toks[first].cap:  # "To Kyiv,": a capital stands for its state
            country = place_country(toks[first].text)
            tok = toks[first]
            return [ActorRef(text=tok.text, start=tok.start, end=tok.end, country=country,
                             reason=f"place: {tok.text!r} is in {country}")] if country else None
        return None

    def _extradition_party(self, sentence: Sentence, groups: list[Group], i: int, out: Roles) -> None:
        """The other state of an extradition asked for, refused or granted at ``i``: the one
        the fugitive is sought "from" ("sought the extradition of a diamond merchant from
        Antigua") or that wants him ("would not extradite two Russians wanted in Britain")."""
        toks = sentence.tokens
        end = min(len(toks), i + EXTRADITION_REACH)
        at = next((k for k in range(i, min(end, i + 4)) if toks[k].lower.startswith(EXTRADITION_STEM)), None)
        if at is None:
            return
        for k in range(at + 1, end - 1):
            if not sentence.same_clause(at, k) or toks[k].text in {",", ";"}:
                return
            m = k + 1 if toks[k].lower == "from" else k + 2 if toks[k].lower == "wanted" \
                and toks[k + 1].lower in {"in", "by"} else None
            if m is None:
                continue
            m += m < len(toks) and toks[m].lower in ARTICLES
            group = next((g for g in groups if g.first == m), None)
            refs = list(group.refs) if group is not None else [
                r for r in [self._word_ref(sentence, m) if m < len(toks) else None] if r is not None and r.country]
            if not refs and m < len(toks) and toks[m].cap:  # "from Antigua": a place, of its state
                country = place_country(toks[m].text)
                refs = [ActorRef(text=toks[m].text, start=toks[m].start, end=toks[m].end, country=country,
                                 reason=f"place: {toks[m].text!r} is in {country}")] if country else []
            refs = [r for r in refs if not _same(r, out.actors) and r.country not in {a.country for a in out.actors}]
            if refs:
                out.recipients = refs
                out.how.append(f"{refs[0].text!r}, the state the fugitive is sought from, is its other side")
            return

    def _talks_with(self, sentence: Sentence, k: int) -> bool:
        """Whether "with" at ``k`` names the other side of talks that are the object of a
        measure ("suspended peace talks with ELN rebels", "froze negotiations with the
        union"): breaking off talks is done to that side."""
        toks = sentence.tokens
        return 0 < k and toks[k].lower == "with" and toks[k - 1].lower in self.classes.get("meetings", frozenset())

    def _object_apposition(self, sentence: Sentence, j: int, k: int) -> int | None:
        """Where the verb's phrase resumes after an apposition to its named object that opens
        with the comma at ``k`` ("extradited Carlos Lehder, a founder of the cartel who had
        fled, to the United States"): the token after the closing comma, None when ``k``
        opens none. The object is a name of capitalised words right after the verb."""
        toks = sentence.tokens
        if k == j or k + 1 >= len(toks) or toks[k].text != "," or toks[k + 1].lower not in ARTICLES \
                or not all(t.cap for t in toks[j:k]) or k - j > TITLE_WORDS + 1:
            return None
        closing = next((c for c in range(k + 2, min(len(toks) - 1, k + APPOSITION_WORDS))
                        if toks[c].text in {",", ";"} or toks[c].text in DASHES), None)
        if closing is None or toks[closing].text != ",":
            return None
        return closing + 1

    def _object(self, sentence: Sentence, groups: list[Group], j: int, out: Roles) -> bool:
        """Make the party heading the verb's object, within ``OBJECT_WINDOW`` words of token
        ``j`` past counts, an owner's "of" and a relation's complement, the recipients;
        whether there was one."""
        toks = sentence.tokens
        limit = min(len(toks), j + OBJECT_WINDOW + 1)
        k, passed_of = j, False
        while k < limit:
            word = toks[k].lower
            if _counting_at(sentence, k):
                k += 1
                continue  # "detained at least 15 Palestinians": the count of the object
            count = count_end(sentence, k)
            if count > k:  # "kidnapped up to 16 advisers", "more than 1,000 refugees"
                limit, k = min(len(toks), limit + count - k), count
                continue
            if word.isdigit():  # "released the 11 crew members": a count takes no room
                limit, k = min(len(toks), limit + 1), k + 1
                continue
            if word == "of" and k > j and all(t.cap for t in toks[j:k]):
                k += 1  # "received President of the Lebanese Republic Joseph Aoun": a title's "of"
                continue
            if word == "of" and k > j and not passed_of and toks[k - 1].lower.isalpha() \
                    and not toks[k - 1].cap:
                # "expelled thousands of Ethiopian migrants", "seized the assets of an
                # American company": no party heads the object, so the whole or owner its
                # "of" names is whom the act is done to
                passed_of, limit, k = True, min(len(toks), limit + 2), k + 1
                continue
            named = self._named_object(sentence, k)
            if named > k:  # "struck what an official described as a depot": the depot, not the official
                limit, k = min(len(toks), named + OBJECT_WINDOW), named
                continue
            if word in self.dwellings and tuple(sentence.words(k + 1, k + 3)) in HOLDING_AGENTS:
                # "pounded positions held by Armenian forces": whoever holds them is hit
                limit, k = min(len(toks), k + 3 + OBJECT_WINDOW), k + 3
                continue
            tie = _affiliation_end(sentence, k)
            if tie > k:  # "taking 38 people suspected of links to ISIL into custody"
                limit, k = min(len(toks), tie + 3), tie
                continue
            if k > j and word in self.crossing and _after_common_noun(sentence, k):
                return False  # "caught a driver entering Kuwait": the country is where he went, not who was caught
            if word == "and" and k > j and k + 1 < len(toks) \
                    and (toks[k + 1].lower.isdigit() or toks[k + 1].lower in COUNT_WORDS):
                # "the assets of 37 individuals and four organisations linked to Daesh": a
                # second counted noun of the object takes no room
                limit, k = min(len(toks), limit + 2), k + 2
                continue
            patron = self._tied_compound(sentence, k)
            if patron is not None:  # "banned Israeli-linked ships": ships tied to Israel are Israel's
                out.recipients, out.object_end, out.object_found = [patron], k + 1, True
                out.how.append(f"{patron.text!r}, whom the object is tied to ({toks[k].text!r}), is hit")
                return True
            if word in PREPOSITIONS and k > j \
                    and (self._counterpart_link(sentence, k) or self._talks_with(sentence, k)) \
                    and sentence.same_clause(j - 1, k):
                # "suspended military cooperation with Israel", "banned new investment in
                # Burma", "debts owed by Zambia": the object is a relation, its complement the party
                limit, k = min(len(toks), k + 1 + OBJECT_WINDOW), k + 1
                continue
            if word in PREPOSITIONS | {",", "and", "that"} or not sentence.same_clause(j - 1, k) \
                    or k > j and _as_link(toks, k):
                return False  # "rained on Tafas as government helicopters circled": a clause of its own
            if self._recipient_at(sentence, groups, k, out, "object after the verb"):
                out.object_found = True
                self._included_recipients(sentence, groups, out)
                return True
            k += 1
        return False

    def _tied_compound(self, sentence: Sentence, k: int) -> ActorRef | None:
        """The party a compound at token ``k`` ties its noun to ("Israeli-linked ships",
        "Hezbollah-affiliated firms"): the short form of "ships linked to Israel", whose
        people or property are that party's (see :func:`_affiliation_end`)."""
        tok = sentence.tokens[k]
        head, _, marker = tok.text.rpartition("-")
        if not head or marker.lower() not in TIES or self.resolver is None:
            return None
        ref = self.resolver(tok.start, tok.start + len(head))
        return ref if ref is not None and ref.country else None

    def _frontier_party(self, sentence: Sentence, groups: list[Group], i: int, j: int, entry: Entry,
                        out: Roles) -> None:
        """Whom an act at a frontier faces, when no slot of the entry names anyone: the party
        after "with" or "facing" a frontier noun ("along its frontiers with Pakistan and China",
        "toward the Yellow Sea border facing North Korea", "the border crossing with Ukraine"),
        else the state of the nationality word right before the noun ("along the Ethiopian
        border", "near the Indian frontier"). The noun stands in the trigger's clause after it,
        or in a phrase of place fronted before the subject ("Along its frontier with Kyrgyzstan,
        Tajikistan massed armour"). A state the actors are of is their own side, no target.
        Forces readied "against" a party face it too ("on alert against possible Chinese
        incursions"), and a convoy bound for a place ("a Syria-bound convoy") heads for it."""
        toks = sentence.tokens
        own = {r.country for r in out.actors if r.country}
        spots: list[int] = []
        for k in range(j, min(len(toks), j + FRONTIER_REACH) if entry.type in FRONTIER_TYPES else j):
            if not sentence.same_clause(i, k) or toks[k].text == ";":
                break
            spots.append(k)
        start = sentence.clause_start(i)
        if toks[start].lower in FRONTED_PLACING and entry.type in FRONTIER_TYPES:  # "Along its frontier with X, Y"
            comma = next((k for k in range(start, i) if toks[k].text == ","), None)
            spots += list(range(start, comma)) if comma is not None else []
        zones = self.classes.get("frontier_zones", frozenset()) | {"boundary", "boundaries"}
        for k in spots:
            if toks[k].lower in zones:
                found = [r for r in self._across(sentence, groups, k) if r.country and r.country not in own]
                if found:
                    out.recipients = found
                    out.how.append(f"{found[0].text!r}, across the frontier ({toks[k].text!r}), is faced")
                    return
        if entry.type in FACING_TYPES:
            for k in range(j, min(len(toks) - 1, j + SHOW_REACH)):
                if not sentence.same_clause(i, k) or toks[k].text == ";":
                    break
                aimed = toks[k].lower == "against" or (toks[k].lower, toks[k + 1].lower) in AIMING
                if not aimed:
                    continue
                m = k + 1 if toks[k].lower == "against" else k + 2
                while m < len(toks) and toks[m].lower in AGAINST_OPENERS:
                    m += 1
                refs = [r for r in self._party_or_place(sentence, groups, m) if r.country not in own]
                if refs:
                    out.recipients = refs
                    out.how.append(f"{refs[0].text!r}, whom the show of force is aimed at, is faced")
                    return
        if entry.type in BOUND_TYPES:
            bound = self._bound_for(sentence, i)
            if bound is not None and bound.country not in own:
                out.recipients = [bound]
                out.how.append(f"{bound.text!r}, where the convoy is bound, is its target")
                return
        if entry.type in FACING_TYPES and own:
            abroad = self._foreign_scene(sentence, groups, i, j, own)
            if abroad is not None:  # "Israel has strengthened its forces in Lebanon"
                out.recipients = [abroad]
                out.how.append(f"{abroad.text!r}, another state where the forces go or stand, is its target")

    def _foreign_scene(self, sentence: Sentence, groups: list[Group], i: int, j: int,
                       own: set[str]) -> ActorRef | None:
        """The state, other than the actors' own, where forces are moved or strengthened at
        ``i`` ("strengthened its forces in Lebanon", "poured troops into South Sudan"): the
        place after "in", "into" or "inside" in the trigger's clause; a place of the actors' own
        state is only where they stand."""
        toks = sentence.tokens
        for k in range(j, min(len(toks) - 1, j + FRONTIER_REACH)):
            if not sentence.same_clause(i, k) or toks[k].text in {";", ","}:
                return None
            if toks[k].lower not in SCENE_LINKS:
                continue
            m = k + 1 + (toks[k + 1].lower in ARTICLES)
            while m < len(toks) and toks[m].lower in load_place_lexicon().directions:
                m += 1  # "in northern Iraq"
            if m >= len(toks) or not toks[m].cap:
                continue
            refs = self._party_or_place(sentence, groups, m)
            ref = refs[0] if len(refs) == 1 else None
            if ref is not None and ref.country not in own:
                return ref
            return None
        return None

    def _party_or_place(self, sentence: Sentence, groups: list[Group], m: int) -> list[ActorRef]:
        """The parties named at token ``m`` (a group, or a word the resolver reads as one), else
        the state of the place a capitalised name there names ("aimed at Tokyo": the seat stands
        for its state), each with a country of a state."""
        toks = sentence.tokens
        if m >= len(toks):
            return []
        group = next((g for g in groups if g.first == m), None)
        if group is not None:
            return [r for r in group.refs if r.country and r.country not in NO_NATION]
        ref = self._word_ref(sentence, m)
        if ref is not None:
            return [ref] if ref.country and ref.country not in NO_NATION else []
        if not toks[m].cap or toks[m].lower in DAY_WORDS | TIME_WORDS:
            return []
        end = m
        while end < len(toks) and end - m < PLACE_NAME_WORDS and toks[end].cap:
            end += 1
        for n in range(end, m, -1):
            country = place_country(sentence.span_text(m, n))
            if country:
                return [ActorRef(text=sentence.span_text(m, n), start=toks[m].start, end=toks[n - 1].end,
                                 country=country, reason=f"place: {sentence.span_text(m, n)!r} is in {country}")]
        return []

    def _across(self, sentence: Sentence, groups: list[Group], z: int) -> list[ActorRef]:
        """The parties across the frontier noun at ``z``: after its "with" or "facing" (a noun
        of the crossing may stand between: "the border crossing with Ukraine"), else the state
        of a nationality word before it, past one or two lower-case modifiers ("the Lebanese
        northern border"); none for a possessor ("its border", "Ukraine's border": whose side
        it is, which may be the actors' own)."""
        toks = sentence.tokens
        n = z + 1
        if n + 1 < len(toks) and toks[n].lower.isalpha() and not toks[n].cap \
                and toks[n].lower not in FRONTIER_LINKS and toks[n + 1].lower in FRONTIER_LINKS:
            n += 1  # "border crossing with", "border areas facing"
        if n < len(toks) and toks[n].lower in FRONTIER_LINKS:
            m = n + 1 + (n + 1 < len(toks) and toks[n + 1].lower in ARTICLES)
            if m >= len(toks):
                return []
            group = next((g for g in groups if g.first == m), None)
            if group is not None:
                return list(group.refs)
            ref = self._word_ref(sentence, m)
            return [ref] if ref is not None and ref.reason != PARTICIPANT else []
        m = z - 1
        while m > 0 and z - m <= 2 and toks[m].lower.isalpha() and not toks[m].cap \
                and toks[m].lower not in ARTICLES | POSSESSIVES | PREPOSITIONS:
            m -= 1
        first = m
        while first >= 0 and toks[first].cap and m - first < PLACE_NAME_WORDS:
            first -= 1
        if first == m or self.resolver is None or (first >= 0 and toks[first].lower in {"'s", "'"}):
            return []
        ref = country_word(sentence, first + 1, m + 1, self.resolver)
        return [ref] if ref is not None else []

    def _bound_for(self, sentence: Sentence, i: int) -> ActorRef | None:
        """The place a convoy, ship or flight in the clause of the trigger at ``i`` is bound for
        ("A Syria-bound convoy of Turkish armoured vehicles", "a Gaza-bound aid boat"), as a
        party of the state the place is of; None when no such compound stands there."""
        toks = sentence.tokens
        for k in range(len(toks)):
            word = toks[k].text
            if not sentence.same_clause(i, k) or not word.lower().endswith(BOUND_MARK) or self.resolver is None:
                continue
            head = word[:-len(BOUND_MARK)]
            if not head[:1].isupper():
                continue
            ref = self.resolver(toks[k].start, toks[k].start + len(head))
            if ref is not None and ref.country and ref.country not in NO_NATION:
                return ref
            country = place_country(head)  # "Gaza-bound": a place, of its state
            if country:
                return ActorRef(text=head, start=toks[k].start, end=toks[k].start + len(head), country=country,
                                reason=f"place: {head!r} is in {country}")
        return None

    def _relation_partner(self, sentence: Sentence, groups: list[Group], j: int, out: Roles) -> None:
        """"ratified a status-of-forces pact with Australia", "will suspend military exchanges
        with Washington": the other party of the accord or relation the verb's object names,
        after its "with" in the object's phrase (no comma or clause link before it)."""
        toks = sentence.tokens
        nouns = self.classes.get("accords", frozenset()) | self.classes.get("exchanges", frozenset()) \
            | self.classes.get("dealings", frozenset()) | LINK_NOUNS | RELATION_WORDS
        for k in range(j, min(len(toks) - 1, j + OBJECT_PHRASE + 2)):
            word = toks[k].lower
            if not sentence.same_clause(j, k) or word in CLAUSE_LINKS | {"if", "unless", "but"} \
                    or word in PREPOSITIONS - {"of", "with"}:
                return  # "severed relations over Morocco's pact with Israel": the pact is another's
            if word == "with" and k > j and toks[k - 1].lower in nouns \
                    and not any(t.lower == "'s" for t in toks[j:k - 1]):  # "Japan's trade pact with X": Japan's
                n = k + 1 + (toks[k + 1].lower in ARTICLES)
                own = {a.country for a in out.actors if a.country}
                refs = [r for r in self._party_or_place(sentence, groups, n) if r.country not in own]
                if refs:
                    out.recipients = refs
                    out.how.append(f"{refs[0].text!r}, the other party of the {toks[k - 1].text!r}, is its target")
                return

    def _asylum_host(self, sentence: Sentence, groups: list[Group], j: int, out: Roles) -> None:
        """"climbed into the Spanish embassy in Beijing and asked for asylum", "sought asylum at
        the embassy of Canada": who is asked for asylum is the state whose embassy or consulate
        the seekers entered or asked at, the one named by the nationality word before the
        mission noun, a possessive, or the name after its "of"."""
        toks = sentence.tokens
        if not any(t.lower in ASYLUM_WORDS for t in toks[j:j + ASYLUM_REACH]):
            return
        own = {r.country for r in out.actors if r.country}
        spots = sorted((k for k, t in enumerate(toks) if t.lower in MISSION_NOUNS), key=lambda k: abs(k - j))
        for k in spots:
            ref = None
            if k + 2 < len(toks) and toks[k + 1].lower == "of":
                group = next((g for g in groups if g.first in (k + 2, k + 3)), None)
                ref = group.refs[0] if group is not None else self._word_ref(sentence, k + 2 + (
                    toks[k + 2].lower in ARTICLES)) if k + 3 < len(toks) else None
            m = k - 1 - (k > 1 and toks[k - 1].lower == "'s")
            if ref is None and m >= 0:
                group = next((g for g in groups if g.last == m + 1 or g.last == k), None)
                ref = group.refs[0] if group is not None else self._word_ref(sentence, m) if toks[m].cap else None
            if ref is not None and ref.country and ref.country not in own:
                out.recipients = [replace(ref, sector=ref.sector or "GOV")]
                out.how.append(f"{ref.text!r}, whose {toks[k].text!r} the asylum is asked at, is asked")
                return

    @staticmethod
    def _defied_maker(sentence: Sentence, groups: list[Group], j: int, out: Roles) -> None:
        """"defied a ban by the UN mission", "rejected the plan drawn up by the mediators",
        "boycotted elections organised by the junta": a rebuff whose object names its maker
        in the noun phrase's "by" answers that maker (see :func:`grievance_agent`)."""
        agent = grievance_agent(sentence, groups, j)
        if agent is None or any(_same(r, out.actors) for r in agent.refs):
            return
        out.recipients, out.object_end = list(agent.refs), agent.last
        out.how.append(f"{agent.refs[0].text!r} made what is rebuffed ('a ban by X')")

    def _measure_target(self, sentence: Sentence, groups: list[Group], j: int, out: Roles) -> None:
        """"Turkey's ban on vessels serving Israel", "a ban on flights to Qatar": the party
        named in the measure's complement, a few words after the noun and in its phrase, is
        whom the measure hits."""
        toks = sentence.tokens
        group = next((g for g in groups if j <= g.first <= j + MEASURE_COMPLEMENT), None)
        if group is not None and not any(t.text in {",", ";"} or t.lower in BE_FORMS for t in toks[j:group.first]):
            out.recipients = list(group.refs)
            out.how.append(f"{group.refs[0].text!r}, named in the measure's complement, is hit")

    def _protested(self, sentence: Sentence, groups: list[Group], j: int, out: Roles) -> None:
        """Whom a protest is against, named after "in protest at/against/of" or "to protest"
        however far after the trigger ("staged a hunger strike on Sunday in protest of the
        government's refusal"): the first party within a few words, its possessive included;
        the trigger may be that "to protest" itself ("shunned work to protest at settlement of
        Russian immigrants"). A protest's demand of an act done by someone ("staged
        demonstrations to demand reforms by Suharto's government") is addressed to its doer."""
        toks = sentence.tokens
        for k in range(max(0, j - 2), min(len(toks) - 1, j + PROTESTED_REACH)):
            if toks[k].lower in DEMANDING or toks[k].lower == "to" and toks[k + 1].lower in DEMANDING:
                if self._grievance_agent(sentence, groups, k + 1, out, of_noun=False):
                    return
                continue
            if not (toks[k].lower in {"in", "to"} and toks[k + 1].lower in {"protest", "protests"}):
                continue
            n = k + 2
            while n < len(toks) and toks[n].lower in PROTESTED_LINKS:
                n += 1
            for m in range(n, min(len(toks), n + 3)):
                if self._recipient_at(sentence, groups, m, out, f"protested: after {toks[k].lower!r} protest"):
                    return
            self._grievance_agent(sentence, groups, n, out, of_noun=False)
            return

    def _grievance_agent(self, sentence: Sentence, groups: list[Group], k: int, out: Roles,
                         of_noun: bool) -> bool:
        """Whom a protest or a complaint is against when its object is a wrong, not a party:
        "demonstrations against human rights violations by the Israeli military", "protested
        against the new taxes imposed by the government". Whoever did the wrong, named in the
        "by" phrase of the noun phrase starting at word ``k``, is the party the grievance is
        against; whether there was one. After a protest noun, a participle of calling ("a day
        of rage against conscription declared by the faction") names who called the protest:
        its actor, when none is named, and no party it is against. ``of_noun``: the phrase
        at ``k`` is a noun's, not the verb's ("protested against the curfew declared by")."""
        agent = grievance_agent(sentence, groups, k)
        if agent is None:
            return False
        by = governor(sentence, agent.first)
        while by > k and sentence.tokens[by].lower != "by":
            by -= 1
        if of_noun and sentence.tokens[by - 1].lower in self.classes.get("convening", frozenset()):
            if not out.actors:
                out.actors = list(agent.refs)
                out.how.append(f"{agent.refs[0].text!r} called the protest ('a day of rage declared by X')")
            return True
        out.recipients, out.object_end = list(agent.refs), agent.last
        out.how.append(f"{agent.refs[0].text!r} did the wrong the grievance names ('violations by X')")
        return True


def _domestic_ref(sentence: Sentence, first: int, last: int, sector: str) -> ActorRef:
    """The party of a state's forces named without their country (tokens ``first`` to
    ``last``, "riot police", "regime forces"), which events.py places where they act."""
    toks = sentence.tokens
    return ActorRef(text=sentence.text[toks[first].start - sentence.start:toks[last].end - sentence.start],
                    start=toks[first].start, end=toks[last].end, sector=sector,
                    reason="noun: domestic military" if sector == "MIL" else "noun: domestic force")


def _public_party(sentence: Sentence, k: int) -> ActorRef | None:
    """A lower-case noun the KB gives a sector of the public ("opposition": OPP, "rebel": REB)
    at token ``k``, as the party that made a demand ("gave in to opposition demands")."""
    tok = sentence.tokens[k]
    sector = None if tok.cap or not tok.lower.isalpha() else _noun_sector(tok.lower, of_state=False)
    return None if sector is None else ActorRef(text=tok.text, start=tok.start, end=tok.end, sector=sector,
                                                 reason=f"noun: a public party ({sector})")


def _at_home(ref: ActorRef, actors: list[ActorRef]) -> ActorRef:
    """A party of no country whose demands a state's organ or an armed party answers
    ("Thailand's government bowed to the demands of rice farmers", "Moi caved in to
    opposition pressure") is of that party's country: its own public or opposition."""
    countries = {a.country for a in actors if a.country}
    if ref.country or len(countries) != 1 or not all(armed_or_state(a) for a in actors) \
            or set((ref.name or ref.text).lower().split()) & INTERNATIONAL_WORDS:
        return ref  # "the International Trade Union Confederation": a body of many states, none's public
    return replace(ref, country=countries.pop())


def _public_sector(ref: ActorRef) -> ActorRef:
    """A participant noun with the KB's sector of the public ("activists": CVL), which lets
    the place of their act give them its country; a participant the phrase after it placed
    ("schoolteachers in Halabja") takes it too."""
    if not (ref.reason or "").startswith(PARTICIPANT) or ref.sector is not None:
        return ref
    return replace(ref, sector=_noun_sector(ref.text.lower(), of_state=False))


def _placed_participant(tok: Token, placing: Group | None) -> ActorRef:
    """The participant noun ``tok`` as a party, of the country of the one state that the
    phrase after it names ("Teachers in Kenya", "Workers at Egypt's biggest mill"), as coders
    give local people the country they are in; of none when no state places it."""
    place = placing.refs[0] if placing is not None and len(placing.refs) == 1 else None
    country = place.country if place is not None and place.type == "state" else None
    return ActorRef(text=tok.text, start=tok.start, end=tok.end, country=country,
                    sector=_noun_sector(tok.lower, of_state=False),
                    reason=f"{PARTICIPANT}{'; of ' + country + ', where they are' if country else ''}")


def plural_noun_subject(sentence: Sentence, k: int) -> bool:
    """Whether the "-s" form at ``k`` is a plural noun heading its clause's subject, a past verb
    right after it ("Egypt, Jordan and the Gulf states threw their backing behind", "media
    reports suggested"): a reporting verb takes a clause or a name after it, never a verb."""
    toks = sentence.tokens
    if k + 1 >= len(toks) or not toks[k].lower.endswith("s"):
        return False
    after = toks[k + 1].lower
    return after in IRREGULAR_PAST or after.endswith("ed") and after not in ED_NON_VERBS


def country_word(sentence: Sentence, first: int, last: int, resolver: Resolver) -> ActorRef | None:
    """The first capitalised word (or dotted abbreviation: "U.S.") of tokens ``first:last``
    that resolves to a country: the nationality of the phrase it stands in."""
    toks = sentence.tokens
    for n in range(first, last):
        if not toks[n].cap or is_patron_word(toks[n].text) or names_water(sentence, n):
            continue
        end = n + 1
        while end + 1 < len(toks) and toks[end].lower == "." and len(toks[end + 1].text) == 1 \
                and toks[end + 1].cap:
            end += 2  # "U.S.": U . S
        if end < len(toks) and toks[end].lower == "." and end > n + 1:
            end += 1  # the closing dot of the abbreviation
        found = resolver(toks[n].start, toks[end - 1].end)
        if found is not None and found.country and found.country not in NO_NATION:
            return found
    return None


def _verb_use(sentence: Sentence, k: int) -> bool:
    """Whether the bare participant noun at ``k`` is a verb ("elders to police the truce",
    "monitors will police the border"): after a lead word and before its object's determiner
    (the KB's ``verb_*`` cues, which the actors stage reads too), it names no party."""
    toks = sentence.tokens
    return 0 < k and k + 2 < len(toks) and load_kb().verb_use(toks[k - 1].lower, toks[k].lower, toks[k].cap,
                                                              toks[k + 1].text, toks[k + 2].lower)


def _police_compound(sentence: Sentence, k: int) -> ActorRef | None:
    """The participant noun at ``k`` with the word before it, when the KB makes that compound a
    police force and the noun alone none ("anti-narcotics agents" are police, "agents" spies):
    the police's sector lets the place of their act give them its country (see events.py)."""
    if k < 1:
        return None
    first, tok = sentence.tokens[k - 1], sentence.tokens[k]
    if _noun_sector(f"{first.lower} {tok.lower}", of_state=True) != "COP" \
            or _noun_sector(tok.lower, of_state=True) == "COP":
        return None
    return ActorRef(text=sentence.text[first.start - sentence.start:tok.end - sentence.start], start=first.start,
                    end=tok.end, sector="COP", reason=PARTICIPANT)


def _noun_sector(words: str, of_state: bool) -> str | None:
    """The sector the KB gives the noun ``words`` when it names an organ of a state (``of_state``:
    "police", "security forces", "authorities", whose acts are the state's) or, else, people of
    the public ("lecturers": EDU; "officials" is the state's). A closed compound of a trade
    ("schoolteachers") has the trade's sector."""
    kb = load_kb()
    noun = kb.nouns.get(kb.normaliser.key(words)[0]) or kb.trade_compound(words)
    return noun.sector if noun is not None and (noun.sector in kb.state_sectors) == of_state else None


def _news_outlet(words: list[str]) -> bool:
    """Whether one of ``words`` is a noun or name head the KB gives to news media ("Houthi
    media", "Taliban television"): a party's outlet only reports the news, so the forces it
    tells of are no one's own by its word."""
    kb = load_kb()
    keys = [kb.normaliser.key(w)[0] for w in words]
    return any(getattr(kb.nouns.get(k) or kb.org_heads.get(k), "type", None) == "media" for k in keys)


def _state_named(word: str) -> str | None:
    """The id of the one state the KB names ``word`` ("Lebanon"), whatever its use in the text."""
    kb = load_kb()
    ids = {e.actor_id for e in kb.names.get(kb.normaliser.key(word)[0], ())
           if (actor := kb.actors.get(e.actor_id)) is not None and actor.type == "state"}
    return next(iter(ids)) if len(ids) == 1 else None


def names_water(sentence: Sentence, k: int) -> bool:
    """Whether the capitalised word at ``k`` opens the name of a sea ("Indian Ocean",
    "Persian Gulf", "Arabian Sea"): a nationality there names the water, never a party."""
    toks = sentence.tokens
    return k + 1 < len(toks) and toks[k + 1].cap and toks[k + 1].lower in load_place_lexicon().water_cues


def grievance_agent(sentence: Sentence, groups: list[Group], k: int) -> Group | None:
    """The party after "by" in the noun phrase starting at word ``k`` ("the alleged human
    rights violations by the Israeli military", "the taxes imposed by the government",
    "the arrest of students by police"): one noun phrase, its "of" complement allowed and a
    participle only right before the "by" or as an adjective after an article ("the alleged
    beatings"); a comma, conjunction, relative word or other preposition ends it (the "by"
    after it is another phrase's)."""
    toks = sentence.tokens
    for n in range(k, min(len(toks), k + NOMINAL_PHRASE + 1)):
        word = toks[n].lower
        if word == "by":
            return _agent_after_by(sentence, groups, n) if n > k else None
        participle = (word.endswith("ed") and word not in ED_NON_VERBS or word in IRREGULAR_PAST) \
            and not (n + 1 < len(toks) and toks[n + 1].lower == "by") and toks[n - 1].lower not in ARTICLES
        if not sentence.same_clause(k, n) or word in CLAUSE_LINKS or word in PREPOSITIONS - {"of"} or participle:
            return None
    return None


def _plain(tokens: list[Token]) -> bool:
    """Whether ``tokens`` are words and possessives only, no punctuation (one phrase)."""
    return all(t.text.replace("-", "").isalnum() or t.text == "'s" for t in tokens)


def _modifiers(tokens: list[Token]) -> bool:
    """Whether ``tokens`` may stand before a noun as its determiners and modifiers ("the",
    "Sunday's", "latest"): words and possessives, no preposition."""
    return all(t.lower.isalpha() and t.lower not in PREPOSITIONS or t.text == "'s" for t in tokens)


def _opposite_number(sentence: Sentence, n: int) -> bool:
    """Whether word ``n`` is the "number" of "opposite number", the wire's "counterpart"."""
    toks = sentence.tokens
    return n > 0 and (toks[n - 1].lower, toks[n].lower) == OPPOSITE_NUMBER


def _stay_before(sentence: Sentence, k: int) -> bool:
    """Whether a stay ("was in Kigali", "were in Doha on Monday") ends right
    before the word ``k``: a be-form, then "in" or "at" and a place, with only names, articles
    and time words after it."""
    toks = sentence.tokens
    for n in range(k - 1, max(0, k - STAY_PHRASE) - 1, -1):
        word = toks[n].lower
        if word in {"in", "at"}:
            return n > 0 and toks[n - 1].lower in BE_WORDS and n + 1 < k and sentence.same_clause(n, k)
        if not (toks[n].cap or word in ARTICLES | DAY_WORDS | TIME_WORDS | STAY_PLACE_WORDS or word in {"on", ",", "of"}):
            return False
    return False


def _owned_by(sentence: Sentence, j: int, entry: Entry) -> int | None:
    """The word of the "by" that ends ``entry``'s key, within its gap after the trigger ending at
    token ``j`` ("stood firmly by"): that "by" is the key's, not a passive's."""
    if entry.key.split()[-1] != "by":
        return None
    toks = sentence.tokens
    return next((k for k in range(j - 1, min(len(toks), j + entry.gap + 1)) if toks[k].lower == "by"), None)


def _agent_after_by(sentence: Sentence, groups: list[Group], k: int) -> Group | None:
    """The party right after the "by" at word ``k``, lower-case modifiers allowed between
    ("by the de facto authorities")."""
    toks = sentence.tokens
    return next((g for g in groups if k < g.first <= k + 1 + AGENT_MODIFIERS
                 and all(t.lower.isalpha() and not t.cap and t.lower not in PREPOSITIONS
                         for t in toks[k + 1:g.first])), None)


def _relative_object(sentence: Sentence, group: Group, i: int) -> bool:
    """Whether the group is the object in a relative clause with no comma whose main clause
    goes on, by a finite "have" or "be", before token ``i`` ("the bombers who killed eight
    police officers in Quetta had planned the attack"): the relative's head is the subject
    of what follows (see ``_relative_head``), the group only suffered the relative's act."""
    toks = sentence.tokens
    opening = sentence.clause_start(group.first)
    if opening == 0 or toks[opening].lower not in RELATIVE_PRONOUNS or toks[opening - 1].text == "," \
            or group.first <= opening + 1:
        return False
    return any(toks[k].lower in HAVE_FINITE | BE_WORDS - {"be", "been", "being"} for k in range(group.last + 1, i))


def _protest_adjunct(sentence: Sentence, i: int) -> bool:
    """Whether the protest noun at token ``i`` heads a phrase of manner after its clause's verb
    ("miners stayed underground *in a sit-in*", "prisoners *on an open-ended hunger strike*"):
    those the clause is about hold the protest, as its subject would if the verb were "staged".
    An article or a possessive and at most one modifier stand between "in", "on" or "into" and
    the noun."""
    toks = sentence.tokens
    k = i - 1
    if k > 0 and toks[k].lower not in ARTICLES | POSSESSIVES and toks[k].lower.replace("-", "").isalpha() \
            and not toks[k].cap:
        k -= 1  # one modifier: "an indefinite sit-in"
    return k > 0 and toks[k].lower in ARTICLES | POSSESSIVES and toks[k - 1].lower in {"in", "on", "into"}


def nominal_agent(sentence: Sentence, groups: list[Group], j: int) -> Group | None:
    """The party after "by" behind a nominal trigger ending at token ``j`` and its own
    complement ("the detention of seven UN staff by the Houthi authorities", "the shelling of
    the port by Russian forces"): the by-phrase of an event noun names who did it, also when
    the noun's patient comes first after "of". That complement is one noun phrase: no comma,
    conjunction, second preposition or participle parts the noun from its "by" ("crimes
    committed by", "violations by" after "protests against": the by-phrase is theirs); an
    "-ed" word right after an article is an adjective ("the shelling of a crowded market by").
    One phrase of the scene may follow the complement ("the shelling of the port at Odesa by",
    "the release of gas on the Tokyo subway by"): it places the act, its "by" is still the noun's;
    so may the owner of the complement ("the cancellation of the licences of 2 stations by")."""
    toks = sentence.tokens
    if j >= len(toks) or toks[j].lower not in {"of", "by", "for"}:
        return None
    placed = False  # whether a phrase of the scene has been passed
    issued = False  # whether an issuing participle stands right before the "by"
    owned = False  # whether the complement's own "of" has been passed
    k = j - 1
    while k + 1 < min(len(toks), j + NOMINAL_PHRASE + 1 + OWNED_REACH * (placed + owned)):
        k += 1
        word = toks[k].lower
        if word == "by":
            return _agent_after_by(sentence, groups, k) if toks[j].lower != "for" or issued else None
        if k > j and not placed and _scene_phrase(sentence, k):
            placed = True
            continue
        if k > j and word == "of" and toks[j].lower == "of" and not owned and not placed:
            owned = True  # "the cancellation of the licences of 2 stations by": the holder of the patient
            continue
        if thousands_comma(sentence, k):
            continue  # "for some 3,000 rebels"
        # "the amnesty for 3,000 rebels announced by Kathmandu": who issued the measure did it
        issued = word in ISSUING and k + 1 < len(toks) and toks[k + 1].lower == "by"
        participle = word.endswith("ed") and word not in ED_NON_VERBS and toks[k - 1].lower not in ARTICLES \
            and not issued
        if not sentence.same_clause(j, k) or word in CLAUSE_LINKS or (k > j and word in PREPOSITIONS) or participle:
            return None
    return None


# participles of issuing a measure: whoever announced or granted an amnesty, a ban or a pardon
# is its doer ("the pardon for 500 inmates announced by Rabat"); one who reported it is not
ISSUING = frozenset({"announced", "granted", "declared", "decreed", "ordered", "imposed", "issued", "offered",
                     "proposed", "approved", "signed", "extended", "unveiled"})


def _scene_phrase(sentence: Sentence, k: int) -> bool:
    """Whether a phrase of the scene or day opens at token ``k``: a place preposition or "on"
    before a capitalised name, "the" allowed between ("in the Bekaa Valley", "on Monday")."""
    toks = sentence.tokens
    if toks[k].lower not in SCENE_PREPOSITIONS:
        return False
    n = k + 1 + (k + 1 < len(toks) and toks[k + 1].lower == "the")
    return n < len(toks) and toks[n].cap and toks[n].lower.isalpha()


def armed_or_state(actor: ActorRef) -> bool:
    """A state, its government or military, or an armed group (or one who speaks for it, whose
    sector is its party's): a party that has forces to move."""
    return actor.type in ("state", "government", "armed_group") or actor.sector in ("GOV", "MIL", "REB")


def _member(actor: ActorRef) -> bool:
    """A person known to hold a post in an organisation (a sector the KB gives from it)."""
    return actor.type == "person" and actor.sector is not None


def is_patron_word(word: str) -> bool:
    """Is ``word`` a patron tied by an affiliation ("Iran-backed")? The group it describes is
    backed by that country, not of it, so the word gives the phrase no nationality; the
    patron's own groups ("US-led forces") keep it. So is a party after a prefix ("Anti-Israel
    protesters", "Pro-Russian separatists" opening a sentence)."""
    head, _, marker = word.rpartition("-")
    if not head:
        return False
    kb = load_kb()
    prefix = kb.prefixes.get(word.partition("-")[0].lower())
    affiliation = kb.affiliations.get((marker.lower(),))
    return any(a is not None and not a.own for a in (prefix, affiliation))


def _marks_name(sentence: Sentence, k: int) -> bool:
    """Whether token ``k`` is a party's mark on the name after it ("Houthi-controlled Hodeidah",
    "Israeli-occupied Golan"): the place or group named is what is meant, the party is none."""
    toks = sentence.tokens
    head, _, marker = toks[k].text.rpartition("-")
    return bool(head) and k + 1 < len(toks) and toks[k + 1].cap \
        and (marker.lower(),) in load_kb().affiliations


def _tied_to(sentence: Sentence, k: int) -> bool:
    """"gunmen believed to belong to the Islamic State fired": the group after a tie word
    ("belong to", "affiliated with") is who the unnamed subject is, so it acts; so too after
    a link noun the subject is said to have ("men with suspected ties to al-Qaeda were
    held", "people suspected of links to X"), though not a party's own ties ("Iran's ties
    with Russia")."""
    toks = sentence.tokens
    n = governor(sentence, k)
    if n < 1 or toks[n].lower not in {"to", "with", "in"}:
        return False
    if toks[n - 1].lower in TIES:
        return toks[n].lower != "in"
    holder = n - 2  # past a hedge: "with suspected ties to"
    if holder >= 0 and toks[holder].lower in SUSPICION:
        holder -= 1
    return toks[n - 1].lower in LINK_NOUNS and holder >= 0 and toks[holder].lower in LINK_HOLDERS


def _key_end(sentence: Sentence, j: int, entry: Entry) -> int:
    """The token after the last word of a key with a gap ("door" of "lay * at * door") when it
    stands after the trigger's end ``j``, else ``j``: the entry's preposition may follow the key's
    own words ("laid the power crisis at the door of Hamas"), however long the object in the gap."""
    words = entry.key.split()
    if "*" not in words or not words[-1].isalpha():
        return j
    toks = sentence.tokens
    reach = min(len(toks), j + entry.gap * words.count("*") + len(words))
    return next((n + 1 for n in range(j, reach) if toks[n].lower == words[-1]), j)


def _tie_aside(sentence: Sentence, earlier: list[Group], group: Group) -> bool:
    """Whether the tie phrase naming ``group`` ("loyal to X", "allied with X") is an aside set off
    by a comma right after a party named before it: that party is the subject, and ``group`` only
    whom it is tied to."""
    n = governor(sentence, group.first)
    comma = n - 2
    return comma > 0 and sentence.tokens[comma].text == "," and any(g.last == comma for g in earlier)


def _affiliation_end(sentence: Sentence, k: int) -> int:
    """Where the party named by a tie phrase at token ``k`` starts ("suspected of links to",
    "accused of belonging to", "linked to", "affiliated with"), or ``k`` if none stands there:
    an object described by its tie to a party is that party's people."""
    toks = sentence.tokens
    n = k
    if toks[n].lower in SUSPICION and n + 1 < len(toks) and toks[n + 1].lower == "of":
        n += 2
    if n < len(toks) and (toks[n].lower in LINK_NOUNS or toks[n].lower in TIES and n > k):
        n += 1
    elif n == k and toks[n].lower in TIES:
        n += 1
    if n > k and n < len(toks) and toks[n].lower in {"to", "with", "in"}:
        return n + 1
    return k


def _after_common_noun(sentence: Sentence, k: int) -> bool:
    """Whether token ``k`` follows a common noun, not an article or a possessive: a participle
    there describes that noun ("caught a driver entering Kuwait": the country is where he
    went, not whom the act is done to)."""
    before = sentence.tokens[k - 1]
    return before.lower.isalpha() and not before.cap and before.lower not in ARTICLES | POSSESSIVES


#: Words between "of" and the party whom the act before it befell ("the arrest of its West Bank commander X").
GRIEVANCE_REACH = 6


def grievance_of(sentence: Sentence, group: Group) -> bool:
    """Whether ``group`` is whom the act a threat answers befell ("threatened rockets over the
    arrest of its commander X", "ready to answer the brutal arrest of X"): a cause, not the
    party aimed at, who is the one that did it. So is a party or place right after "over"
    ("retaliation over Sheikh Jarrah", "a warning over Taiwan"): the issue, where one owning
    the cause ("over Israel's raids") did it."""
    toks, lexicon = sentence.tokens, load_lexicon()
    if group.first > 0 and toks[governor(sentence, group.first)].lower == "over" \
            and (group.last >= len(toks) or toks[group.last].lower != "'s"):
        return True
    of = next((k for k in range(group.first - 1, max(-1, group.first - GRIEVANCE_REACH), -1)
               if toks[k].lower == "of"), None)
    if of is None or any(t.lower in {",", ";", ":"} for t in toks[of + 1:group.first]):
        return False
    k = of - 1  # the act's noun; before it its articles, possessives and modifiers, then the cue
    while k > 0 and (toks[k - 1].lower in ARTICLES | POSSESSIVES
                     or lexicon.in_class(toks[k - 1].lower, "grievance_modifiers")):
        k -= 1
    return k > 0 and lexicon.in_class(toks[k - 1].lower, "grievance_cues")


def _in_prepositional_phrase(sentence: Sentence, k: int) -> bool:
    """Whether the noun at ``k`` heads the object of a preposition, past its article and up to
    :data:`NOUN_MODIFIERS` modifiers ("in a Belarusian lorry", "aboard the aging ferry")."""
    toks = sentence.tokens
    n = k - 1
    while n >= 0 and k - n <= NOUN_MODIFIERS and toks[n].lower not in PREPOSITIONS | ARTICLES \
            and toks[n].lower.replace("-", "").isalpha():
        n -= 1
    n -= n >= 0 and toks[n].lower in ARTICLES
    return n >= 0 and toks[n].lower in PREPOSITIONS


def governor(sentence: Sentence, k: int) -> int:
    """The index of the word before token ``k``, past one article: where the preposition
    that governs a name stands ("from the Syrian regime"); -1 at the sentence's start."""
    n = k - 1
    if n > 0 and sentence.tokens[n].lower in ARTICLES:
        n -= 1
    return n


#: Words that may stand between a measure noun and what governs it ("at the fourth round of",
#: "launched 10 days of", "during a new round of").
MEASURE_MODIFIERS = frozenset({"the", "a", "an", "first", "second", "third", "fourth", "fifth", "sixth",
                               "seventh", "eighth", "ninth", "tenth", "new", "latest", "final", "last", "next",
                               "another", "further", "fresh", "several", "many", "few", "long", "two", "three",
                               "four", "five", "six", "seven", "eight", "nine", "ten"})


def _measure_governor(sentence: Sentence, k: int) -> str:
    """The word before the measure noun at ``k`` and its numbers and modifiers: a preposition
    ("at the fourth round of talks") puts the whole phrase in a prepositional phrase; a verb
    ("launched 10 days of war games", "held two hours of talks") makes it the verb's object,
    however many adjuncts ("on Monday") stand before that verb."""
    toks = sentence.tokens
    n = k - 1
    while n >= 0 and (toks[n].lower in MEASURE_MODIFIERS or toks[n].lower.replace(",", "").isdigit()):
        n -= 1
    return toks[n].lower if n >= 0 else ""


#: Words before "in" that make the subject a participant of the event noun after it ("took
#: part in a mass rally", "participated in the protest", "were engaged in ethnic cleansing"),
#: not a bystander to it.
PARTAKING = frozenset({"part", "participated", "participate", "participates", "participating", "joined",
                       "engaged", "engage", "engages", "engaging", "involved"})


def _title_start(sentence: Sentence, first: int, k: int) -> int:
    """Where the capitalised title words before the mention at ``k`` start ("the Egyptian and
    Royal Saudi naval forces": at "Royal"), or the lower-case words that rank an office ("X
    and the regional director of the AFD": at "regional"), no further back than ``first``;
    coordination is judged on the words before them."""
    n = k
    while n > first and k - n < TITLE_WORDS and (sentence.tokens[n - 1].cap
                                                 or sentence.tokens[n - 1].lower in OFFICE_RANKS):
        n -= 1
    return n


#: Lower-case words that rank or place an office before its title ("the regional director",
#: "the deputy head", "a senior envoy").
OFFICE_RANKS = frozenset({"regional", "deputy", "senior", "acting", "assistant", "chief", "top", "interim",
                          "provincial", "country", "resident", "special"})


#: Words that open the part of a noun phrase that lists some of its members ("six suspects,
#: including two Palestinians", "several states, such as Qatar").
INCLUSIONS = (("including",), ("such", "as"), ("among", "them"))


def _included_after(sentence: Sentence, groups: list[Group], comma: int) -> Group | None:
    """The party that an inclusion opening right after the comma at ``comma`` names ("six
    suspects, including two Palestinians")."""
    return next((g for g in groups if g.first > comma + 1 and _included_at(sentence, g.first) == comma + 1), None)


def _included_at(sentence: Sentence, first: int) -> int | None:
    """Where the inclusion word stands ("including") when the mention at ``first`` follows it,
    past a count and an article ("including two Palestinian nationals"); else None."""
    toks = sentence.tokens
    k = first - 1
    while k >= 0 and (toks[k].lower in ARTICLES or toks[k].lower in COUNT_WORDS or toks[k].lower.isdigit()):
        k -= 1
    for words in INCLUSIONS:
        n = k - len(words) + 1
        if n >= 0 and sentence.match(n, words):
            return n
    return None


def _and_ahead(sentence: Sentence, k: int) -> bool:
    """Whether an "and" closes a list within a few words from token ``k``, before any verb:
    "Iran, Iraq's armed forces and Syria" is a list; in "In a letter handed to ambassador X,
    Yemen's chairman pressed for a deposit and grants" the comma ends a fronted phrase and
    the "and" joins the verb's objects."""
    for word in sentence.words(k, k + LIST_AND_REACH):
        if word == "and":
            return True
        if word.endswith("ed") and word not in ED_NON_VERBS or word in IRREGULAR_PAST:
            return False
    return False


def _list_goes_on(sentence: Sentence, singles: list[Group], group: Group) -> bool:
    """Whether the comma after ``group`` goes on with a list of names that ends in "and" or
    "or" ("to Iran, Libya, North Korea, Sudan, and Cuba"), however long the list."""
    while True:
        after = sentence.words(group.last, group.last + 2)
        if after[:1] in (["and"], ["or"]) or after in ([",", "and"], [",", "or"]):
            return True
        nxt = next((g for g in singles if g.first == _past_article(sentence, group.last + 1)), None)
        if after[:1] != [","] or nxt is None:
            return False
        group = nxt


def _past_article(sentence: Sentence, k: int) -> int:
    """Token ``k``, or the one after it when ``k`` is an article: where the next name of a list
    starts ("to Iran, the Emirates, and Qatar")."""
    return k + 1 if k < len(sentence.tokens) and sentence.tokens[k].lower in ARTICLES else k


def _resumed_object(sentence: Sentence, group: Group, i: int) -> bool:
    """Whether the trigger at ``i`` is a second verb after "and" whose object pronoun takes up
    ``group``, the object of the first ("detained five smugglers and questioned them"): the
    verbs share their subject, which stands before the group in its clause, past a verb ("A
    court in Lusaka convicted ... and sentenced him": the court heads the clause, no object)."""
    toks = sentence.tokens
    opening = sentence.clause_start(group.first)
    return i + 1 < len(toks) and toks[i - 1].lower == "and" and toks[i + 1].lower in OBJECT_PRONOUNS \
        and any(_past_participle(toks[k].lower) for k in range(opening, group.first)) \
        and sentence.same_clause(group.first, i)


def _as_link(toks: list[Token], k: int) -> bool:
    """Whether the "as" at ``k`` links a clause or a role to what goes before, not a list
    ("as well as", "such as"): no object of a verb lies past it."""
    return toks[k].lower == "as" and k + 1 < len(toks) and toks[k + 1].lower != "well" \
        and not (k > 0 and toks[k - 1].lower in {"such", "well", "so", "as"})


def _as_clause(toks: list[Token], k: int) -> bool:
    """Whether the "as" at ``k`` opens a clause of its own, with a subject after it ("as the
    cabinet weighed"), not a comparison or a list ("as well as", "such as")."""
    return toks[k].lower == "as" and k + 1 < len(toks) and (toks[k + 1].lower in ARTICLES or toks[k + 1].cap) \
        and not (k > 0 and toks[k - 1].lower in {"such", "well", "so", "as"})


#: Nouns that, after "the" and before "'s", point back to a state as "its" does ("the country's troops").
STATE_ANAPHORS = frozenset({"country", "nation", "kingdom", "republic"})


def _the_country_owner(sentence: Sentence, k: int) -> bool:
    """Whether token ``k`` is the "'s" of "the country's" (or "the nation's"): an owner that
    refers back to a state named before, as the possessive pronoun "its" does."""
    toks = sentence.tokens
    return k >= 2 and toks[k].lower == "'s" and toks[k - 1].lower in STATE_ANAPHORS and toks[k - 2].lower == "the"


def _absolute_subject(sentence: Sentence, start: int, i: int) -> int:
    """Where the subject of a perfect participle at ``i`` starts when an absolute clause set off
    by a comma holds it ("..., a navy gunboat having boarded their boat"): after that comma, as
    the clause's own subject did the act; ``start`` otherwise ("Protesters, having marched for
    hours, ...": the comma right before "having" opens an aside of the clause's subject)."""
    toks = sentence.tokens
    if i < 3 or toks[i - 1].lower != "having":
        return start
    comma = next((k for k in range(i - 2, start - 1, -1) if toks[k].text == ","), None)
    return comma + 1 if comma is not None and comma < i - 2 else start


def _verbs_in(toks: list[Token], start: int, end: int) -> list[int]:
    """The tokens from ``start`` to ``end`` that read as verbs of a clause: a past or "-ing"
    form, lower case, that does not itself describe a noun, nor a hyphened compound, an
    adjective ("Russia's state-controlled gas monopoly", "Iran-backed")."""
    return [k for k in range(start, end)
            if (toks[k].lower.endswith("ed") and toks[k].lower not in ED_NON_VERBS
                or toks[k].lower in IRREGULAR_PAST
                or toks[k].lower.endswith("ing") and toks[k].lower not in ING_NON_VERBS | PREPOSITIONS)
            and not toks[k].cap and "-" not in toks[k].lower and not _describing(toks, k)]


def _describing(toks: list[Token], k: int) -> bool:
    """Whether the participle at ``k`` itself describes a noun: a past participle before it,
    after an article or a preposition ("hundreds of prefabricated shelters"), an "-ing" form
    after an article ("the visiting secretary"), or either as a reduced relative right after
    a common noun or a comma and before a preposition ("A vessel loaded
    with flour ... arrived", "The council, chaired by the crown prince, expressed"), or an
    "-ing" form right after a common noun and before its own object ("A navy ship bearing a
    field hospital docked": no auxiliary makes it finite). It is no verb of its clause, so no
    sign that a later participle describes a noun."""
    if k < 1 or k + 1 >= len(toks):
        return False
    before = toks[k - 1]
    if before.lower in ARTICLES:
        return True  # "the visiting foreign secretary conferred": an adjective or a gerund noun
    if before.lower in PREPOSITIONS:
        return toks[k].lower.endswith("ed")  # "guilty of violating the truce": a gerund is a verb
    if toks[k].lower.endswith("ing") and (toks[k + 1].lower in COUNT_WORDS | ARTICLES or toks[k + 1].lower.isdigit()):
        return before.lower.isalpha() and not before.cap and before.lower not in NOT_NOUNS \
            and not _past_participle(before.lower) and not before.lower.endswith("ly")
    return toks[k + 1].lower in PREPOSITIONS and (
        before.text == "," or before.lower.isalpha() and not before.cap and before.lower not in NOT_NOUNS)


def _toll_dead(sentence: Sentence, i: int) -> int | None:
    """Where "dead" stands in a toll "6 dead and 19 injured" whose last participle is at
    ``i`` (a count between "and" and the participle), else None: the counted are the
    participle's patients, so no party read further back is hurt."""
    toks = sentence.tokens
    k = i - 1
    while k > 0 and (toks[k].lower in ELLIPTICAL_COUNTS or toks[k].lower.replace(",", "").isdigit()
                     or toks[k].lower in COUNT_WORDS and toks[k].lower != "a"):
        k -= 1
    if k < i - 1 and k > 0 and toks[k].lower == "and" and toks[k - 1].lower == "dead":
        return k - 1
    return None


def be_word(sentence: Sentence, k: int) -> bool:
    """Whether the token at ``k`` is a form of "be" (or "get"): not a capitalised acronym
    spelled like one ("IS", the Islamic State) in a sentence not written in capitals."""
    tok = sentence.tokens[k]
    if tok.lower not in BE_FORMS:
        return False
    if len(tok.text) > 1 and tok.text.isupper():
        return all(t.text.isupper() for t in sentence.tokens if t.text.isalpha() and len(t.text) > 1)
    return True


def _past_participle(word: str) -> bool:
    """Whether lowercase ``word`` may be a past participle ("fired", "launched", "shot")."""
    return word.endswith(("ed", "en")) or word in IRREGULAR_PAST


def _participle_comma(sentence: Sentence, i: int) -> int | None:
    """The comma that opens the participle clause of the "-ing" verb at ``i``: right before
    it (", accusing it of"), or before the participle it is coordinated with (", martyring
    four workers and wounding 27 others"); None when the verb opens no such clause."""
    toks = sentence.tokens
    if not toks[i].lower.endswith("ing") or i < 1:
        return None
    if toks[i - 1].lower == ",":
        return i - 1
    if toks[i - 1].lower != "and":
        return None
    for k in range(i - 2, max(0, i - 2 - PARTICIPLE_OBJECT), -1):
        if toks[k].lower in {",", ";"} or not sentence.same_clause(k, i):
            return None
        if toks[k - 1].lower == "," and toks[k].lower.endswith("ing") and toks[k].lower not in ING_NON_VERBS:
            return k - 1
    return None


def _counted_pair(sentence: Sentence, k: int) -> bool:
    """Whether the noun at ``k`` is counted as two ("both sides", "the two Central Asian
    neighbours"): a counting word before it, maybe with a few adjectives between."""
    for m in range(k, max(k - PAIR_ADJECTIVES, 1) - 1, -1):
        if m < k and not sentence.tokens[m].text.replace("-", "").isalpha():
            return False
        if any(" ".join(sentence.words(c, m)) in PAIR_WORDS for c in (m - 1, m - 2) if c >= 0):
            return True
    return False


def _light_participle(sentence: Sentence, i: int) -> int | None:
    """The participle whose object is the event noun at ``i`` when it opens a clause after a
    comma (", scoring a direct and precise hit", ", carrying out a raid"): an article and only
    lower-case modifiers stand between, so the noun's doer is the participle's subject, the
    main clause's, never a party named in a relative clause on the object before the comma.
    An auxiliary between makes the trigger the verb of a clause of its own (", saying the
    generals were killing his supporters": the generals kill)."""
    toks = sentence.tokens
    for k in range(i - 1, max(0, i - 2 - LIGHT_VERB_WORDS), -1):
        word = toks[k].lower
        if word.endswith("ing") and word not in ING_NON_VERBS and toks[k - 1].text == "," \
                and toks[k + 1].lower in ARTICLES:
            return k
        if not word.isalpha() or toks[k].cap or word in PREPOSITIONS or word in BE_FORMS | SUBJECT_AUXILIARIES:
            return None
    return None


def _infinitive_participle(sentence: Sentence, i: int) -> int | None:
    """The participle opening a clause after a comma whose infinitive holds the act at ``i``
    (", vowing to continue street protests", ", threatening to stage a strike"): only "to", a
    bare verb and lower-case modifiers stand between, so the act's doer is the participle's
    subject, the main clause's, never a party named in the object before the comma."""
    toks = sentence.tokens
    for k in range(i - 1, max(2, i - 2 - LIGHT_VERB_WORDS), -1):
        word = toks[k].lower
        if word == "to":
            participle = toks[k - 1].lower
            verb = toks[k + 1].lower
            return k - 1 if k + 1 < i and verb.isalpha() and not verb.endswith(("ed", "ing")) \
                and participle.endswith("ing") and participle not in ING_NON_VERBS and toks[k - 2].text == "," \
                else None
        if not word.isalpha() or toks[k].cap or word in PREPOSITIONS | CLAUSE_WORDS \
                or word in BE_FORMS | SUBJECT_AUXILIARIES:
            return None
    return None


def _means_participle(sentence: Sentence, i: int) -> int | None:
    """The participle whose means the gerund at ``i`` after "by" names, when it opens a
    clause after a comma (", closing two bridges by burning tyres"): the gerund's doer is
    that participle's subject, the main clause's, never a party of its object."""
    toks = sentence.tokens
    if i < 2 or toks[i - 1].lower != "by" or not toks[i].lower.endswith("ing") or toks[i].lower in ING_NON_VERBS:
        return None
    start = sentence.clause_start(i)
    verbs = [k for k in _verbs_in(toks, start, i - 1) if toks[k].lower.endswith("ing")
             and not any(t.text in {",", ";"} for t in toks[k + 1:i])]
    return verbs[-1] if verbs and _participle_comma(sentence, verbs[-1]) is not None else None


#: Words of an adjunct that may part a relative pronoun from its verb ("who earlier this week
#: pinned", "which on Sunday seized"), and how many of them.
RELATIVE_GAP = ADVERB_GAP | DAY_WORDS | TIME_WORDS | HAVE_FINITE | {"earlier", "this", "last", "week", "month", "on",
                                                                    "recently", "previously", "first"}
RELATIVE_GAP_WORDS = 4
#: The most words of an antecedent between its country word and ", who" ("the Egyptian
#: irrigation minister, who").
ANTECEDENT_WORDS = 4


#: Subject pronouns that, right before a verb, are its subject however near a party stands before.
SUBJECT_PRONOUNS = PRONOUNS - POSSESSIVES
#: Words that may stand between a subject pronoun and its verb ("it intends to join", "they would not").
PRONOUN_VERB_GAP = 3


def _pronoun_subject(sentence: Sentence, last: int, i: int) -> str | None:
    """A subject pronoun after the party ending before ``last`` and right before the verb at ``i``
    ("told Laos on Tuesday it intends to join"): the verb's own subject, so the party before,
    whom a speaker told, is none of its; a comma or conjunction between makes the pronoun an
    object of its own ("condemned it and would strike")."""
    toks = sentence.tokens
    for k in range(i - 1, max(last - 1, i - 2 - PRONOUN_VERB_GAP), -1):
        word = toks[k].lower
        if word in SUBJECT_PRONOUNS:
            return word if sentence.same_clause(k, i) else None
        if word in {",", "and", "or", "but"} or word in PRONOUNS or toks[k].cap:
            return None
    return None


#: The most words of an "of" phrase between a people noun and the relative pronoun on it
#: ("supporters of opposition presidential candidate Bobi Wine who").
OF_PHRASE_WORDS = 6


def _of_phrase_head(sentence: Sentence, r: int) -> int | None:
    """The noun before an "of" phrase that ends at the relative pronoun ``r``, a phrase of
    words only (no comma, verb form or other preposition): the pronoun's antecedent is that
    noun, the phrase its owner ("supporters of X who marched": the supporters marched)."""
    toks = sentence.tokens
    for k in range(r - 2, max(0, r - 2 - OF_PHRASE_WORDS), -1):
        word = toks[k].lower
        if word == "of":
            return k - 1 if k > 0 else None
        if not word.isalpha() or word in PREPOSITIONS or not toks[k].cap and word.endswith(("ed", "ing")):
            return None
    return None


def _relative_pronoun(sentence: Sentence, i: int) -> int | None:
    """The relative pronoun "which" or "who" whose verb is at ``i``, past an adjunct between,
    or the "be" of a progressive ("students who were marching")."""
    toks = sentence.tokens
    gap = RELATIVE_GAP | BE_WORDS if toks[i].lower.endswith("ing") else RELATIVE_GAP
    k = i - 1
    while k >= 0 and i - k <= RELATIVE_GAP_WORDS and toks[k].lower in gap:
        k -= 1
    return k if k >= 0 and toks[k].lower in {"which", "who"} else None


def _comma_relative(sentence: Sentence, i: int) -> int | None:
    """The relative pronoun of the verb at ``i`` when a comma sets its clause off after a
    word ("the minister, who said"): a non-restrictive clause on the noun before the comma."""
    r = _relative_pronoun(sentence, i)
    return None if r is None or r < 2 or sentence.tokens[r - 1].text != "," else r


#: The most words of a prepositional aside between a subject and its verb.
ASIDE_WORDS = 14
#: Words that open such an aside ("X, on his second trip to Iraq since taking office, met").
ASIDE_OPENERS = PREPOSITIONS | CONJUNCTIONS | {"during", "amid", "despite", "while"}


#: Plain words for people counted as a verb's object ("pardoned 18 people", "freed 20 men"):
#: too often mere victims to be a party (see :meth:`PatternRoles.counted_crowd`), but whom a
#: state's organ pardons or frees (see :meth:`PatternRoles._domestic_grantees`).
PEOPLE_WORDS = frozenset({"people", "persons", "men", "women", "children", "individuals"})
#: Words that may count them first ("at least 18", "more than 200", "some 40").
COUNTING_WORDS = frozenset({"at", "least", "more", "than", "some", "about", "around", "nearly", "over"})


def _received_phrase(sentence: Sentence, k: int) -> bool:
    """Whether the party at ``k``, or the participant noun whose place it names ("rebels in
    Macedonia"), follows a preposition of ``RECEIVING_PREPS`` past at most two modifiers ("aid
    to Albanian rebels in Macedonia"): an object of an earlier act, no subject of a later one."""
    toks = sentence.tokens
    n = governor(sentence, k)
    start = n - 1 if 1 <= n < k and toks[n].lower in PLACING_PREPS else k
    return any(toks[m].lower in RECEIVING_PREPS for m in range(max(0, start - 3), start)
               if all(t.lower.isalpha() and t.lower not in PREPOSITIONS for t in toks[m + 1:start]))


def _coordinated_subject(sentence: Sentence, last: int, i: int) -> bool:
    """Whether ", and" after a party ending at ``last`` opens a clause whose subject (at most
    :data:`COORDINATED_SUBJECT_WORDS` words) stands right before the verb at ``i``
    ("supporters rallied ..., and riot police detained")."""
    toks = sentence.tokens
    return any(toks[n].text == "," and toks[n + 1].lower == "and" and 0 < i - n - 2 <= COORDINATED_SUBJECT_WORDS
               for n in range(last, i - 2))


#: The most words of the subject of a clause coordinated by ", and" ("riot police").
COORDINATED_SUBJECT_WORDS = 3


#: The most lower-case words naming the premises before the place they are in ("a boarding school in").
PREMISES_WORDS = 3


def _premises_end(toks: list[Token], m: int) -> int | None:
    """The last word of a lower-case noun phrase from ``m`` that "in" or "near" and a place
    follow ("a village in Ituri province", "a boarding school in the Nigerian village of
    Jangebe"): people there are of that place; None where no such phrase stands."""
    for n in range(m, min(len(toks) - 2, m + PREMISES_WORDS)):
        word = toks[n]
        if not word.text.isalpha() or word.cap or word.lower in PREPOSITIONS | {"and", "or"} | DAY_WORDS | TIME_WORDS:
            return None
        if toks[n + 1].lower in {"in", "near"}:
            return n
    return None


def _name_of(toks: list[Token], m: int, k: int) -> bool:
    """Whether the "of" at ``k`` joins two capitalised words of one name starting at ``m``
    ("the Democratic Republic of Congo")."""
    return m < k < len(toks) - 1 and toks[k].lower == "of" and toks[k - 1].cap and toks[k + 1].cap


#: Words from "within" to the "of" of its distance ("within 200 kilometres of", "within sight of").
DISTANCE_WORDS = 4


def _past_distance(sentence: Sentence, n: int) -> int:
    """Where the phrase a distance is measured from starts, past "within ... of" at ``n``
    ("moved artillery to within 200 kilometres of Ukraine's eastern border"): the party is
    the place's owner after it; ``n`` itself when no such distance stands there."""
    toks = sentence.tokens
    if n >= len(toks) or toks[n].lower != "within":
        return n
    of = next((m for m in range(n + 1, min(len(toks), n + 2 + DISTANCE_WORDS)) if toks[m].lower == "of"), None)
    return of + 1 if of is not None else n


def _people_object(sentence: Sentence, j: int) -> list[ActorRef]:
    """People counted right after the verb ending at ``j`` ("pardoned 18 people", "freed at
    least 40 men", "detained more than 1,300 people", "shot dead two young men"), as a
    participant of no country yet, or nothing."""
    toks = sentence.tokens
    j += j < len(toks) and toks[j].lower == "dead"  # "shot dead two young men"
    k = j
    while k < min(len(toks), j + 6) and (toks[k].lower in COUNTING_WORDS | COUNT_WORDS
                                         or toks[k].lower.replace(",", "").isdigit() or thousands_comma(sentence, k)):
        k += 1
    if k > j and k + 1 < len(toks) and toks[k].lower.isalpha() and toks[k + 1].lower in PEOPLE_WORDS:
        k += 1  # one word describing them: "two young men"
    if k == j or k >= len(toks) or toks[k].lower not in PEOPLE_WORDS:
        return []
    tok = toks[k]
    return [ActorRef(text=tok.text, start=tok.start, end=tok.end, reason=PARTICIPANT)]


def _before_meeting_determiners(sentence: Sentence, i: int) -> int:
    """The token before a meeting noun at ``i`` and its determiners ("in a phone call", "during
    their talks"): where the preposition that places the meeting stands."""
    toks = sentence.tokens
    k = i - 1
    while k >= 0 and toks[k].lower in {"the", "a", "their", "its", "his", "her"}:
        k -= 1
    return k


def _paired_subject(sentence: Sentence, i: int) -> bool:
    """Whether the clause of token ``i`` opens with two parties joined by "and" before ``i``
    ("Chile's president and his Argentine counterpart agreed in a telephone call"): a pair
    that talks, though the second is named only by a nationality."""
    toks = sentence.tokens
    return any(toks[m].lower == "and" and m + 1 < i and (toks[m + 1].lower in NOUN_DETERMINERS or toks[m + 1].cap)
               for m in range(sentence.clause_start(i) + 1, i))


def _adjunct_aside(sentence: Sentence, groups: list[Group], i: int) -> int | None:
    """The opening comma of a prepositional aside set off by commas between a party and the
    verb at ``i`` ("Iran's President, on his second trip to Iraq since taking office,
    conversed"): the aside's clause words ("since") open no clause of the verb, whose subject
    is the party before the opening comma."""
    toks = sentence.tokens
    if i < 3 or toks[i - 1].text != ",":
        return None
    opening = next((k for k in range(i - 2, max(0, i - 2 - ASIDE_WORDS), -1) if toks[k].text == ","), None)
    if opening is None or (toks[opening + 1].lower not in ASIDE_OPENERS and _participle_aside(sentence, i) is None):
        opening = sentence.aside_opening(i)
    if opening is None or not any(g.last == opening for g in groups):
        return None
    return opening


#: Nouns of a plan a reporting verb may announce ("announced plans to", "declared its intention to").
PLAN_NOUNS = frozenset({"plan", "plans", "intention", "intentions"})


def _announces_plan(sentence: Sentence, k: int) -> bool:
    """Whether the verb at ``k`` announces a plan to act ("announced plans to call up
    reservists", "declared its intention to withdraw"), with at most a determiner between."""
    toks = sentence.tokens
    m = k + 1 + (k + 1 < len(toks) and toks[k + 1].lower in NOUN_DETERMINERS)
    return m + 1 < len(toks) and toks[m].lower in PLAN_NOUNS and toks[m + 1].lower == "to"


def noun_participle(toks: list[Token], k: int) -> bool:
    """Whether the past form at ``k`` describes the bare common noun a preposition governs
    right before it, a preposition after it ("fired on crowds gathered outside the palace",
    "warned in leaflets distributed across the region that"): a participle with its own
    phrase, no finite verb of the clause. After "by" the noun is an agent, and the past form
    after it the clause's verb ("troops backed by bulldozers advanced into two villages")."""
    return 2 <= k < len(toks) - 1 and toks[k - 2].lower in PREPOSITIONS - {"by"} and not toks[k - 1].cap \
        and toks[k - 1].lower.isalpha() and toks[k + 1].lower in PREPOSITIONS


def _aside_before(sentence: Sentence, i: int) -> int | None:
    """The opening comma of a phrase set off by commas right before token ``i``, within
    :data:`ASIDE_WORDS` words; None when no comma closes one there."""
    toks = sentence.tokens
    if i < 3 or toks[i - 1].text != ",":
        return None
    return next((k for k in range(i - 2, max(0, i - 2 - ASIDE_WORDS), -1) if toks[k].text == ","), None) or None


def _participle_aside(sentence: Sentence, i: int) -> int | None:
    """The opening comma of an aside set off by commas right before the verb at ``i`` that
    opens with a past participle ("A shepherd, aged 45, walked free", "a herder from the
    village, taken by a patrol last week, walked free"): it describes the party before it,
    which stays the verb's subject. None when no such aside ends there."""
    opening = _aside_before(sentence, i)
    if opening is None:
        return None
    word = sentence.tokens[opening + 1].lower
    return opening if word.endswith("ed") or word in IRREGULAR_PAST else None


def _past_as_clause(sentence: Sentence, start: int, i: int) -> int:
    """Where the clause of the trigger at ``i`` starts, from ``start``: at the "as" after the
    last comma before it ("Rebels shelled Goma, as army reinforcements moved": the
    reinforcements head the moving, not the rebels), or right after a verb in the past
    ("Villagers cheered as convoys of soldiers drove in": the convoys head the driving)."""
    toks = sentence.tokens
    return next((k for k in range(i - 1, start, -1) if toks[k].lower == "as" and (
        toks[k - 1].text == "," or toks[k - 1].lower.endswith("ed") and toks[k - 1].lower not in ED_NON_VERBS)),
        start)


def _as_clause_between(sentence: Sentence, first: int, last: int) -> bool:
    """", as Jordan-led planes carried out another airdrop": a comma and "as" between
    tokens ``first`` and ``last`` open a subordinate clause with its own subject; so does an
    "as" whose few words up to ``last`` are that subject ("toward the Serail as ministers met")."""
    words = sentence.words(first, last)
    if any(a == "," and b == "as" for a, b in zip(words, words[1:])):
        return True
    n = len(words) - 1 - words[::-1].index("as") if "as" in words else -1
    subject = words[n + 1:]
    return n > 0 and words[n - 1] not in AS_COMPARISONS and 0 < len(subject) <= CLAUSE_SUBJECT_WORDS \
        and subject[0] not in AS_COMPARISONS and not set(subject) & (PREPOSITIONS | {",", "and", "or"})


def _benefiting(sentence: Sentence, k: int) -> bool:
    """Whether the noun at ``k`` is governed by "for" past its modifiers and figures ("trucks
    carrying food for some 90,000 people arrived"): those a delivery is for benefit from it,
    they are not who does it."""
    toks = sentence.tokens
    n = k - 1
    while n >= 0 and k - n <= POSSESSED_GAP + 3 and (
            toks[n].text.isdigit() or toks[n].text == "," and n > 0 and toks[n - 1].text.isdigit()
            or _modifiers([toks[n]]) and toks[n].lower not in {"and", "or"}):
        n -= 1
    return n >= 0 and toks[n].lower == "for"


#: Modifiers that may stand between a participle or preposition and the party it governs
#: ("recruiting young Moroccans", "for the self-styled Islamic State").
OBJECT_PHRASE_MODIFIERS = 3


def _object_phrase_party(sentence: Sentence, k: int) -> bool:
    """Whether the party at ``k`` is governed, past an article and a few lower-case modifiers,
    by a participle ("a cell recruiting young Moroccans") or by a preposition other than "of"
    and the agent's "by" ("for the self-styled Islamic State"): a party named inside the main
    clause's object and its modifiers, which never does what a participle after a comma says
    ("..., netting 9 suspects": the main clause's subject does)."""
    toks = sentence.tokens
    n = k - 1
    for _ in range(OBJECT_PHRASE_MODIFIERS + 1):
        if n < 0:
            return False
        word = toks[n].lower
        if word in PREPOSITIONS - {"of", "by"}:
            return True
        if word.endswith("ing") and word not in ING_NON_VERBS and word.isalpha() and len(word) > 4 \
                and n > 0 and toks[n - 1].lower.isalpha() and not toks[n - 1].cap \
                and toks[n - 1].lower not in ARTICLES | PREPOSITIONS | CONJUNCTIONS | {"and", "or"}:
            return True  # "a cell recruiting young Moroccans", not "thousands of protesting farmers"
        if word in ARTICLES or not toks[n].cap and word.replace("-", "").isalpha() and word not in CONJUNCTIONS \
                or word.replace(",", "").isdigit():  # "covering 80 inmates"
            n -= 1
            continue
        return False
    return False


def _word_before(sentence: Sentence, k: int) -> str:
    """The word before token ``k``, or the preposition governing it past an article ("for
    the Emirates' right"); not "of", whose group may head the subject ("Delegations of the
    House of Representatives agreed")."""
    toks = sentence.tokens
    n = governor(sentence, k)
    if n >= 0 and n < k - 1 and toks[n].lower in PREPOSITIONS - {"of"}:
        return toks[n].lower
    return toks[k - 1].lower if k > 0 else ""


def _kin_of_agent(sentence: Sentence, k: int) -> bool:
    """Whether the party at ``k`` is named inside the "by" agent of a participle modifying the
    subject, through the "of" of another noun ("a charity run by the family of the emir", "a
    firm owned by relatives of the president"): the noun before "of" runs the subject, which
    acts; the party only names whose kin run it."""
    toks = sentence.tokens
    m = governor(sentence, k)
    if m < 3 or toks[m].lower != "of":
        return False
    n = m - 1
    if not (toks[n].lower.isalpha() and not toks[n].cap):
        return False
    n -= 1
    while n > 0 and (toks[n].lower in ARTICLES | POSSESSIVES or toks[n].lower.isalpha() and not toks[n].cap
                     and toks[n].lower != "by" and m - n <= 3):
        n -= 1
    return toks[n].lower == "by" and n > 0 and (_past_participle(toks[n - 1].lower)
                                                 or toks[n - 1].lower in IRREGULAR_PAST | {"run"})


def _count_of_a_crowd(toks: list[Token], k: int) -> bool:
    """Whether the figure before token ``k`` is a hundred or more ("300", "2,000", split by
    the tokenizer into "2" "," "000"): people counted in hundreds are a crowd, a handful are
    victims."""
    if k < 1 or not toks[k - 1].lower.isdigit():
        return False
    thousands = k > 2 and toks[k - 2].text == "," and toks[k - 3].lower.isdigit()
    return thousands or int(toks[k - 1].lower) >= 100


def _named_by_head(groups: list[Group], before: int, head: str) -> ActorRef | None:
    """The last party named before token ``before`` whose name or mention holds the noun
    ``head`` ("the agency": UNRWA, the "UN Relief and Works Agency"; "the bank": the World
    Bank)."""
    return next((r for g in reversed(groups) if g.last <= before for r in g.refs
                 if head in f"{r.name or ''} {r.text}".lower().split()), None)


def _donor_ref(tok: Token) -> ActorRef | None:
    """The body a capitalised adjective names as the giver of money ("European funding": the
    EU, a KB ``donor_demonyms`` word), only where money is asked for."""
    actor = load_kb().donor(tok.text) if tok.cap else None
    return None if actor is None else ActorRef(
        text=tok.text, start=tok.start, end=tok.end, actor_id=actor.id, name=actor.name, country=actor.country,
        sector=actor.sector, type=actor.type, reason=f"donor: {tok.text!r} giving money is {actor.name}")


def _same(ref: ActorRef, refs: list[ActorRef]) -> bool:
    return any(r.start == ref.start and r.end == ref.end for r in refs)


def _titled_by(title: Group, name: Group) -> bool:
    """Whether ``title`` is only an office no KB person holds and ``name`` the known person of
    its country apposed to it ("the UN envoy, Hans Grundberg,"): the name says who acts."""
    held = name.refs[0]
    return held.actor_id is not None and held.type == "person" \
        and all(r.actor_id is None and (r.reason or "").startswith("title") and r.country == held.country
                for r in title.refs)


def _one_party(a: ActorRef, b: ActorRef) -> bool:
    """Whether two mentions name the same known actor in the same capacity: listing it twice
    would count one party as two."""
    return a.actor_id is not None and a.actor_id == b.actor_id and a.sector == b.sector


def _hyphen_joint(toks: list, k: int) -> bool:
    """Whether token ``k`` is a hyphen written inside a word ("three-month", "Saudi-led"):
    the tokenizer splits such a compound in three, but it takes one word's room."""
    return toks[k].text == "-" and 0 < k < len(toks) - 1 \
        and toks[k - 1].end == toks[k].start and toks[k].end == toks[k + 1].start


def count_end(sentence: Sentence, k: int) -> int:
    """The token after a count of the object starting at ``k`` ("up to 16", "more than
    1,000", "nearly 3,000", "some 40"), whose prepositions and thousands' commas end no
    object; ``k`` when no count starts there."""
    toks = sentence.tokens
    n = next((k + len(lead) for lead in COUNT_LEADS if sentence.match(k, lead)), k)
    if n == k or n >= len(toks) or not (toks[n].lower.isdigit() or toks[n].lower in COUNT_WORDS):
        return k
    return number_end(sentence, n)


def number_end(sentence: Sentence, n: int) -> int:
    """The token after the number starting at token ``n`` ("1,000", "two hundred", "30 thousand")."""
    toks = sentence.tokens
    n += 1
    while n + 1 < len(toks) and toks[n].text == "," and toks[n + 1].lower.isdigit() and len(toks[n + 1].text) == 3:
        n += 2  # "1,000": 1 , 000
    while n < len(toks) and toks[n].lower in COUNT_WORDS:
        n += 1  # "two hundred", "30 thousand"
    return n


def thousands_comma(sentence: Sentence, k: int) -> bool:
    """Whether token ``k`` is the comma inside a number ("1,500"), written with no space: it
    ends no phrase."""
    toks = sentence.tokens
    return 0 < k < len(toks) - 1 and toks[k].text == "," and toks[k - 1].text.isdigit() \
        and toks[k + 1].text.isdigit() and len(toks[k + 1].text) == 3 \
        and toks[k - 1].end == toks[k].start and toks[k].end == toks[k + 1].start


def _counting_at(sentence: Sentence, k: int) -> bool:
    """Whether token ``k`` is the "at" of "at least"/"at most": a count, not a locative."""
    toks = sentence.tokens
    return k + 1 < len(toks) and toks[k].lower == "at" and toks[k + 1].lower in AT_QUANTITY
