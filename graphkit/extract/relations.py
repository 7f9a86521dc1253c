"""Typed relations read sentence by sentence, with the sentence as evidence.

Each rule states a fact about how English news reports diplomacy: a trigger word or phrase
("met with", "trade turnover", "the Embassy of X in Y") and where its arguments stand.
Referring expressions resolve against the article: "the two countries" and "both sides"
are the article's main pair of countries; "he" is the person last named.
Confidence is the rule's precision measured on the development set (see ``confidence_of``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property
from itertools import combinations, product

from spacy.tokens import Doc

from . import patterns
from .components import gazetteer_spans
from .entities import BODIES, BUILDING_HEADS, ArticleEntities, Mention
from .lexicon import load_lexicon
from .patterns import Trigger
from .tokens import sentence_bounds, token_table
from .values import Money, find_dates, find_money, resolve_year

__all__ = ["RawRelation", "find_relations", "confidence_of", "UNMEASURED"]

# the confidence of a rule not measured yet (a new rule, or one the development set never fires)
UNMEASURED = 0.5


def confidence_of(rule: str) -> float:
    """The measured precision of ``rule`` ("VISITED/travel") on the development set, from
    ``graphkit/data/confidence.tsv`` (written by ``graphkit calibrate``); a rule without its
    own row takes its type's row ("VISITED"), else :data:`UNMEASURED`."""
    table = load_lexicon().confidence
    return table.get(rule, table.get(rule.split("/")[0], UNMEASURED))


# "the two leaders agreed to work together": the countries of the two people just named
# and "the Polish and German presidents met in Warsaw": the holders of the two countries' posts
_PEOPLE_PAIR = (r"\bthe two (?:leaders|presidents|ministers|prime ministers|foreign ministers|"
                r"heads of state|heads of government|pms|delegations)\b|"
                r"\bthe [a-z]+ and [a-z]+ (?:leaders|presidents|prime ministers|foreign ministers)\b")
_PEOPLE_PAIR_REF = Trigger(_PEOPLE_PAIR)
_PAIR_REF = Trigger(
    r"\b(?:the|both|these)\s+(?:two\s+)?(?:countries|nations|states|sides|parties|governments|"
    r"neighbou?rs)\b|\bbilateral(?:ly)?\b|\btheir countries\b|\beach other\b|\bthe pair\b|"
    + _PEOPLE_PAIR)
# a group of more than two: "the three countries" (those just named), "the ministers" (the
# countries of the people just named)
_THEIR_COUNTRIES = Trigger(r"\btheir (?:respective )?countries\b")
_GROUP_REF = Trigger(r"\bthe (?:(three|four|five|six) (?:countries|nations|states|sides)|"
                      r"(?:(three|four|five|six) )?(?:ministers|leaders|presidents|heads of state|"
                      r"foreign ministers))\b")
_JOINED = patterns.compile(r"\s+and\s+(?:the\s+)?|\s*[-–]\s*")
_ANAPHOR = patterns.compile(r"(?:the|both|these)\b", re.IGNORECASE)
_COUNTRIES_WORD = patterns.compile(r"countries|nations|states|governments|neighbou?rs")
_NUMBERS = {"three": 3, "four": 4, "five": 5, "six": 6}
# "Armenia and Azerbaijan have no diplomatic relations"
# "no agreement", and its passive: "no trade deal was signed"
_NO_BEFORE = patterns.compile(r"\bno\s+(?:[a-z]+\s+){0,2}(?:(?:was|were|is|are|has been|have been|"
                              r"had been|will be|would be)\s+)?$", re.IGNORECASE)
# "not only ... but also" affirms
_NEGATED = patterns.compile(r"\b(?:not(?!\s+only\b)|never|no longer|nor)\b|n[’']t\b", re.IGNORECASE)
_MODAL = patterns.compile(r"\b(?:will|would|due to|expected to|scheduled to|plans? to|planned|"
                          r"is to|are to|set to|going to|could|should|intends? to)\b", re.IGNORECASE)
_PROJECTED = patterns.compile(r"\b(?:could|would|will|target|targets|aim|aims|aiming|goal|expected to|"
                              r"plan|potential|projected|forecast|bring|by 20\d\d|rais\w+|towards|"
                              r"increas\w+ it to|boost\w* it to|"
                              # "agreed to increase trade to $1 billion"; "increased by 40% to" is stated
                              r"to (?:increase|boost|double|lift|expand) (?:[\w-]+ ){0,3}to)\b",
                              re.IGNORECASE)
# a figure stated as fact ("which stood at $15 billion"), whatever plans the sentence also states
# "expected to reach $1 billion, increasing from the current $400 million": the current one
_STATED = patterns.compile(r"\b(?:stood at|stands at|reached|amounted to|totall?ed|was|were|hit|"
                           r"rose to|fell to|grew to|exceeded|worth|current|currently)\s+(?:\w+\s+){0,3}$",
                           re.IGNORECASE)
_ARRIVED_IN_PLACE = patterns.compile(r"\b(?:arrived|arrives|arriving)\b(?:\s+[\w-]+){0,4}?\s+in\s+[A-Z]")
_REACHED_BEFORE = patterns.compile(r"\b(?:reaching|reached|stood at|amounted to|totall?ed)\s+"
                                   r"(?:\w+\s+){0,3}$", re.IGNORECASE)
# a trip told before the sentence's own: "Before his trip to Buenos Aires, Blinken visited"
_FRONTED_TRIP = patterns.compile(r"\s*(?:Before|After|Following|Ahead of|Prior to|Since)\s+"
                                 r"(?:his|her|their|the)\s+(?:[\w-]+\s+){0,2}(?:visit|trip|tour)"
                                 r"\b[^,]*,")
# a target the sentence sets before its figure, however long the thing raised: "decided to
# boost the level of their annual bilateral commercial exchange to as much as $10 billion",
# "to reach the trade horizon of $10 billion" (not "trade rose to reach $2 billion", reached)
_TO_RAISE_TO = patterns.compile(r"(?<!rose )(?<!grew )(?<!increased )(?<!jumped )(?<!climbed )"
                                r"\b(?:to (?:increase|boost|double|lift|expand|raise|bring|take|reach)|"
                                # "the target of increasing trade ... to $5 billion"
                                r"(?:of|at|on) (?:increasing|boosting|doubling|lifting|expanding|"
                                r"raising|bringing|taking|reaching))\s+"
                                r"(?:(?:[\w-]+ ){0,9}(?:to|of)\s+)?(?:(?:as much as|about|around|"
                                r"over|more than|nearly|at least|up to) )?(?:US ?)?$", re.IGNORECASE)
# a target stated after its figure: "to $10 billion by 2026"
_TARGET_AFTER = patterns.compile(r"\s*(?:\w+\s+){0,2}by (?:the end of )?(?:20\d\d|the end of)\b",
                                 re.IGNORECASE)
# an earlier figure, for comparison: "fell to $1.6 billion from $4 billion", "up from $2 billion"
_EARLIER = patterns.compile(r"\bfrom\s+(?:more than\s+|over\s+|about\s+|around\s+|nearly\s+|"
                            r"almost\s+|just\s+|some\s+)?$", re.IGNORECASE)
_MEET = Trigger(r"\b(?:met|meet|meets|meeting|meetings|talks|received|receives|welcomed|"
                 r"welcomes|hosted|hosts|negotiations|counterpart|sat down with|discussed|"
                 r"discussions|credentials|letters? of credence|called on|pa(?:id|ys?|ying) a courtesy call|"
                 r"consultations|interacted with|held (?:a |their )?summit (?:meeting |talks )?with|"
                 # "Yoon and Kishida pledged cooperation during the summit", "their summit"
                 r"during (?:the|their) (?:bilateral )?summit|their (?:bilateral )?summit)\b")
# a meeting verb needs its subject named before it
_MEET_VERB = patterns.compile(r"met|meets|received|receives|welcomed|welcomes|hosted|hosts|interacted with|"
                             r"sat down with|called on")
_RECEIVED = patterns.compile(r"\b(?:received|receives|welcomed|welcomes|hosted|hosts)\b", re.IGNORECASE)
# the guests of a host, named before: "held separate talks with each of his guests"
_GUESTS = patterns.compile(r"\bwith\s+(?:each\s+of\s+|both\s+of\s+|all\s+)?(?:his|her|their)\s+(?:\w+\s+)?"
                           r"guests\b|\bwith\s+(?:each\s+of\s+)?the\s+visiting\s+(?:leaders|presidents|"
                           r"heads\s+of\s+state|prime\s+ministers|ministers|delegations)\b")
# a news agency in a dateline: "(Yonhap) --", "/Kabar/"
_AGENCY = patterns.compile(r"[(/]\s*([A-Za-zÀ-ÿ][\w.\- ]{0,24}?)\s*[)/]")
# between a visitor and the visit: "Modi visit", "Modi's two-day state visit"
# a visit "of" a titled name: "the state visit of PM Modi to the US"
_OF_TITLED = patterns.compile(r"\s+of\s+(?:[A-Z][\w.’'-]*\s+){1,3}")
_VISIT_OF = patterns.compile(r"(?:’s|'s)?\s+(?:(?:first|official|state|working|\w+-day|historic)\s+)*")
# a reported clause: "Trump said on social media that ..."
# (or with no "that": "said the crown prince would hold talks with ...")
_SAID_THAT = patterns.compile(r"\b(?:said|says|announced|stated|added)\b(?:(?:\s+[\w-]+){0,4}?\s+that\b|"
                              r"(?=(?:\s+[\w-]+){1,6}?\s+(?:would|will|is to|was to|could|should)\s))")
# a meeting still to come: "will meet", "agreed to hold the next meeting", "would lead talks"
_MEETING_TO_COME = patterns.compile(r"\b(?:will|would|due to|scheduled to|expected to|agreed to|plans? to|"
                                    r"set to|slated to|poised to)\s+(?:also\s+)?(?:meet|hold|lead talks|"
                                    r"have talks|travel|fly)\b")
# a participle clause of the sentence's subject: "..., before being received by X"
_BEING_RECEIVED = patterns.compile(r"\b(?:before|after|while|upon|on)\s+(?:being|(?:he|she|they)\s+"
                                   r"(?:was|were|had\s+been))\s+(?:received|welcomed|hosted|greeted)\s+by\s+")
_PASSIVE = patterns.compile(r"\b(?:was|were|is|are|been|being)\s+(?:\w+\s+)?$", re.IGNORECASE)
_BY_AGENT = re.compile(r"\s+by\b")  # "President Kovind welcomed by President Hamid": a headline's passive
# "hoped it could be concluded soon", "is expected to be signed": not signed yet
# "are to be signed", "will sign": a signing to come
_SIGNING_TO_COME = patterns.compile(r"\b(?:could|would|will|should|may|might|to)\s+(?:soon\s+|also\s+)?"
                                    r"(?:be\s+)?$", re.IGNORECASE)
_ENVOY = patterns.compile(r"\b(?:ambassador|envoy|consul|charg[ée]|high commissioner)", re.IGNORECASE)
_POSTED_TO = re.compile(r"\bto\s+(?:the\s+)?(\S.*)$")  # "Ambassador to [the] Pakistan"
_ATTENDED_BY = patterns.compile(r"\b(?:was|were) (?:also )?attended by\b|\b(?:also )?present (?:were|was)\b|"
                                r"\bin attendance were\b", re.IGNORECASE)
# "The ceremony took place in Hanoi, attended by X": those after it attended
_ATTENDED_BY_CLAUSE = patterns.compile(r",\s+(?:also\s+)?attended\s+by\b")
# "A and B attended the meeting, as did C": those named attended, they did not meet each other
# ("attending ASEAN meetings": one attends, meeting no one of the sentence)
_ATTENDED = patterns.compile(r"\b(?:also\s+)?(?:attended|attending|attends)\s+(?:(?:the|their|this|these|"
                             r"[A-Z][\w-]*)\s+){1,2}(?:meetings?|talks|sessions?|discussions?|"
                             r"ceremony|reception)\b")
# between a meeting verb and the first person after it: that person is not the one met
_OBJECT_BREAK = patterns.compile(r"\b(?:and|by|which|who|where|while|said|that)\b|[;:()]")
# "called on A and held talks with B", "met with A and with B": the subject meets the next too
_MEETS_TOO = patterns.compile(r"^\W*and\s+(?:also\s+)?(?:(?:met|held|had)\b[^,;]*\bwith\b|with\b)")
_WITH = patterns.compile(r"\bwith\b")
_PLACE_THEN_CLAUSE = re.compile(r"\s+(?:in|at)\s+[^,]+,.*\b(?:by|and|which|who|where|while|that)\b")
# a phrase before the subject: "In the meeting with A, B said", "Referring to his talks with A, ..."
_FRONTED_PHRASE = re.compile(r"(?:(?:In|During|At|On|After|Following|Before)\s+|"
                             r"[A-Z][a-z]+ing\s+(?:to|of|about|on)\s+)"
                             r"(?:the|a|an|his|her|their)\b[^,]*")
# what ends a list of the people met: a preposition, a new clause, a purpose
_LIST_BREAK = patterns.compile(r"\b(?:to|in|at|on|for|which|who|whom|where|when|while|after|before|"
                               r"(?:appointed|nominated|named|chosen) by|"
                               r"during|said|says|between|with|from|about|over|that|amid|ahead)\b|[;:()]",
                               re.IGNORECASE)
_CALL = Trigger(r"\b(?:phone|telephone|video\s?call|videoconference|video conference|"
                 r"spoke by|call with|conversation)\b|"
                 # "spoke with X in a call Tuesday" (not "in a call for calm")
                 r"\b(?:in|on|during) (?:a|the|their|his|her) (?:\w+ )?call\b(?! for)")
_VISIT = Trigger(r"\b(?:visit|visits|visited|visiting|arrived|arrives|arrival|trip|tour|"
                  r"travell?ed|flew|landed|(?:left|leaves?|leaving|departed|departs) for|"
                  r"(?:proceeded|proceeds|headed|heads) (?:on |yesterday |today |later )?to)\b")
_TRADE = Trigger(r"\b(?:trade|turnover|commercial exchange|trading|traded)\b")
_INVEST = Trigger(r"\binvest\w*")
# what names a prospect or a setting of investment, not one made
_NO_INVESTMENT_MADE = patterns.compile(r"investments?\s+(?:opportunit\w+|climate|potential|prospects|"
                                       r"environment|forum|conference|promotion|polic\w+|laws?)\b",
                                       re.IGNORECASE)
_SIGN = Trigger(r"\b(?:signed|signing|sign|signs|concluded|inked|conclusion of)\b|\bbased on agreements\b|"
                 r"\bexchang(?:e|ed|ing)(?: of)? (?:the |several |\w+ )?(?:agreements|memorand|"
                 r"documents|instruments|mous?\b)")
_DOCUMENT = patterns.compile(r"\b(?:agreements?|memorand\w*|mou|documents?|deals?|treaty|treaties|"
                             r"(?:action )?plan of|action plan|programmes? of|programs? of|joint statements?|"
                             r"statements? of|declarations?|protocols?|accords?|contracts?|conventions?|"
                             r"notes|pacts?|charters?|communiqu\w+|roadmaps?|"
                             # "signed a framework on cooperation", not "within the framework of"
                             r"frameworks?(?!\s+of\b))\b",
                             re.IGNORECASE)
# a body or a post named by its field, up to the trigger: "Committee on Eastern European
# Economic [Relations]", "Minister of International Relations and [Cooperation]"
_BODY_OF_FIELD = patterns.compile(r"\b(?:Committee|Council|Institute|Centre|Center|Association|"
                                  r"Ministry|Department|Office|Chamber|Commission|School|Agency|"
                                  r"Bureau|Foundation|Minister|Secretary|Commissioner)\s+"
                                  r"(?:of|on|for)\s+(?:the\s+)?(?:(?:[A-Z][\w-]*,?|and|&)\s+)*$")
_COOPERATE = Trigger(r"\b(?:cooperat\w*|co-operat\w*|collaborat\w*|partnership|work together|work with|"
                      r"ties|relations)\b")
_MEMBER = patterns.compile(r"\b(?:within|member\w*|presidency|chairmanship|chair|chairs|chaired|"
                           r"chairing|comprised of|consisting of|"
                           r"made up of|cooperate in|cooperation in)\b", re.IGNORECASE)
# "the bloc comprised of Peru, Chile...", "the presidents of Kenya, Tanzania... (at the summit)"
_MEMBER_LIST = patterns.compile(r"\b(?:comprised of|composed of|consisting of|consists of|"
                                r"comprises|comprising|made up of|members are|"
                                r"members include|member states are|(?:presidents|leaders|heads of state|"
                                r"heads of government|prime ministers) of)\b", re.IGNORECASE)
# "Russia's chairmanship of BRICS", "Indonesia's leadership as chair of ASEAN"
# members in general, no one named: "including the US and most EU members", "other NATO members"
# "most EU members", and a count of them all: "147 countries, out of 193 member states"
_GENERIC_MEMBERS = patterns.compile(r"\b(?:most|all|other|many|some|several|non-)\s*(?:[A-Z][\w-]*\s+)+"
                                    r"members?\b|\bout of\s+(?:the\s+)?\d+\s+members?\b")
_CHAIR_OF = patterns.compile(r"(?:’s|'s)\s+(?:[\w-]+\s+){0,2}(?:chairmanship|presidency|chair)\b")
# "the chairmanship of Turkmenistan in the ECO": the country, then the organization
_CHAIRMANSHIP_OF = patterns.compile(r"\b(?:chairmanship|presidency)\s+of\s+(?:the\s+)?")
_IN_ORG = patterns.compile(r"\s+(?:in|of|over)\s+(?:the\s+)?")
# "his first visit to a member state of the ICC": some member, no country the sentence names
_INDEFINITE_MEMBER = patterns.compile(
    r"\b(?:to|in|of|with|for)\s+an?\s+member\s+(?:state|country|nation)\s+of\b", re.IGNORECASE)
_MEMBER_OF_BEFORE = patterns.compile(r"\bmembers?\s+(?:states?\s+)?of\s+(?:the\s+)?$", re.IGNORECASE)
# between organizations of a list, after an acronym in brackets or a head noun: ") and the ",
# ") forum and the "
_ORG_LIST_GAP = patterns.compile(r"\)?(?:\s+[a-z]+)?\s*(?:,|,?\s+and|,?\s+as well as)\s+"
                           r"(?:(?:also\s+)?(?:founding\s+)?members?\s+of\s+)?(?:the\s+)?")
# membership sought, not held: "Georgia's bid for candidate status", "its path to NATO membership"
_FUTURE_MEMBER = patterns.compile(r"\b(?:becoming|become|join|joining|accession|admission|bid|candidate|"
                                  r"candidacy|aspir\w+|path to|road to|roadmap|seeks?|seeking|"
                                  r"appl(?:y|ied|ies|ication) (?:for|to)|"
                                  # "ASEAN to admit East Timor as its 11th member"
                                  r"(?:to|will|would) (?:admit|accept|induct))\b", re.IGNORECASE)
_NOT_MEMBERS_AFTER = patterns.compile(r"\b(?:(?:together|along) with (?:their|its|the)\s|"
                                      r"(?:dialogue )?partners?\b|observers?\b|guests?\b)",
                                      re.IGNORECASE)
# where a sentence turns to another subject: "..., while Türkiye is a candidate"
_CONTRAST = patterns.compile(r"(?:,\s*(?:while|whereas|but)|;)\s")
_DIPLOMATIC = Trigger(r"\bdiplomatic (?:relations|ties)\b|\brelations\b.{0,80}\bestablished\b")
# relations ended: "decided to sever its diplomatic relations with Taiwan"
_SEVERED = patterns.compile(r"\b(?:sever(?:s|ed|ing)?|broke off|break(?:s|ing)? off|cut(?:s|ting)?"
                            r"(?: off)?|suspend(?:s|ed|ing)?|terminat\w+|end(?:s|ed|ing)?)\s+"
                            r"(?:[\w\"“”'’]+\s+){0,3}[\"“]?$", re.IGNORECASE)
# a Commonwealth country's embassy is its High Commission
_EMBASSY = Trigger(r"\b(?:embass(?:y|ies)|chancer(?:y|ies)|high commissions?)\b")
_OFFICE = Trigger(r"\b(?:offices?|headquarter\w*|secretariat|representation|resident mission)\b")
_RECOGNIZE = Trigger(r"\brecogni[sz]\w*")
_AS_AFTER = patterns.compile(r"\s+as\b")
_SUPPORT = Trigger(r"\b(?:supports?|supported|supporting|backs|backed|endorses|endorsed)\b")
# "Australia would continue to support", "pledged to support": a subject that supports
# the list of those who did it, after what they did: "... India's candidature include A, B"
_LISTED_AS = patterns.compile(r"(?:’s|'s)?\s+(?:[a-z-]+\s+){0,3}?(?:also\s+)?(?:include|includes|"
                              r"included|are|were)\s+(?:the\s+)?")
_WILL_SUPPORT = patterns.compile(r"\b(?:will|would|shall|continues? to|continued to|ready to|pledged to|"
                                 r"vowed to|promised to|to continue to)\s+$", re.IGNORECASE)
# "thanked X for the (strong) support": the one thanked gave it
_THANKED_FOR = patterns.compile(r"\b(?:thank\w*|grateful|gratitude)\b[^.;]*\bfor\s+the\s+(?:[a-z]+\s+)?$",
                                re.IGNORECASE)
_THANKED_FOR_ITS = patterns.compile(r"\bthank\w*\s+(?:\S+\s+){1,4}for\s+(?:its|their)\s+(?:[a-z]+\s+)?$",
                                    re.IGNORECASE)
# where a reported clause begins: "Albanese said [Australia ...]"
_CLAUSE_START = patterns.compile(r"\b(?:said|says|stated|noted|that)\b|[;:]", re.IGNORECASE)
# "Milei's invitation", "at China's invitation": the one whose invitation it is invited
_INVITATION_OF_POSSESSOR = Trigger(r"(?:'s|’s)\s+(?:\w+\s+)?invitation\b")
# one of the subject's own delegation, not someone met: "X, who travelled with Minister Y,"
_COMPANION = Trigger(r"\b(?:accompanied by|travell?(?:ed|ing) with|(?:(?:his|her|the|accompanying) "
                      r"delegation|(?:'s|’s) (?:cabinet|delegation|entourage)),? (?:which |that |who )?"
                      r"(?:included|including|comprising)|"
                      r"(?:greetings|message|letter|regards|wishes) (?:of|from))\b(?! credence)")
# "X led a bipartisan delegation to the Pacific ... The delegation visited A, B and C"
_THE_DELEGATION = re.compile(r"\s*The\s+(?:\w+\s+)?delegation\b")
_LED_DELEGATION = patterns.compile(r"\b(?:led|leads|leading|headed|heads)\s+(?:a|the|an|his|her)\s+"
                                   r"(?:[\w-]+\s+){0,3}delegation\b")
# "The visit to X follows a successful State Visit to Y": the visit named first, and the other
_THE_VISIT_TO = re.compile(r"\s*The\s+(?:\w+\s+){0,2}?visit\s+to\s+(?:the\s+)?")
_FOLLOWS = patterns.compile(r"\b(?:follows|followed|comes after|came after|after)\b")
_TO_PLACE = re.compile(r"\s+to\s+(?:the\s+)?")
_STAFF_OF = patterns.compile(r"(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?:secretary|spokes(?:man|woman|person)|"
                             r"advis[eo]r|aide|chief of staff)\s+", re.IGNORECASE)
_ACCOMPANYING = re.compile(r"\s*Accompanying\s")
_LISTED_ARE = patterns.compile(r"\b(?:are|is|were|was|will be)\b")
_MESSAGE_FROM = patterns.compile(r"(?:greetings|message|letter|regards|wishes) (?:of|from)$")
_OWN_PARTY = patterns.compile(r"delegation|cabinet|entourage")  # "members of Prabowo's Cabinet"
_THANKED_FOR_INVITING = Trigger(r"\bthank(?:ed|s)\s+[^.;]{1,60}?\s+for\s+(?:his|her|the|their)\s+"
                                r"(?:kind\s+)?invitation\b")
# "at the invitation of", "to honour the invitation of", "in response to the invitation of"
_INVITE_OF = Trigger(r"\b(?:at|on|upon|to honou?r|honou?ring|in response to|accepting|accepted) "
                     r"the invitation of\b|\binvitation from\b")
_INVITE_TO = Trigger(r"\b(?:extended|issued|conveyed|handed)\s+(?:the|an|his|her)?\s*"
                      r"(?:official\s+)?invitation to\b|\binvited\b")
# the words just before a visit that make it one not (yet) made
# "the Cambodian leader's official visit", "Tokayev's two-day visit": who makes the visit
_POSSESSIVE_BEFORE = patterns.compile(r"(?:'s|’s)\s+(?:[a-z][\w-]*\s+){0,3}$")
_ROLE_WORDS = patterns.compile(r"(?:\s+[A-Za-z][\w-]*){1,3}")
_SIGNED_WITH = patterns.compile(r"[^,;.]*?\bwith\s+")  # "signed (a deal) with": its other party
_PRONOUN_AFTER = patterns.compile(r"(?:them|it|him|her|each other|one another)\b", re.IGNORECASE)
# the word before a country that is where a visit goes: "a visit to", "arrived in", "visits Kenya"
_BEFORE_DESTINATION = {"to", "in", "into", "visit", "visits", "visited", "visiting"}
_SET_OFF = {"left", "leaves", "leave", "leaving", "departed", "departs", "departing", "headed",
            "heads", "heading", "bound", "off", "flew", "flies"}  # ... "for" a destination
# "were also in Nairobi": being there; "... for the meeting": attending it, not meeting each other
_PRESENT_IN = patterns.compile(r"\b(?:was|were)\s+(?:also\s+)?(?:present\s+)?in\s+")
_PRESENT_FOR = patterns.compile(_PRESENT_IN.pattern + r"[^,;]*?\bfor\s+the\s+"
                                r"(?:meeting|talks|summit|forum|conference|event)\b")
_TOOK_PLACE = patterns.compile(r"\b(?:took place|(?:was|were) held)\b")
_HELD_IN = patterns.compile(r"\b(?:was|were) (?:held|hosted) in\s+|\btook place in\s+")
# "received on Monday a written message from", "the message was delivered by"
_MESSAGE_RECEIVED = patterns.compile(r"\breceived\b[^.;]{0,40}?\b(?:message|letter)\b", re.IGNORECASE)
_DELIVERED_BY = patterns.compile(r"\b(?:delivered|handed(?: over)?|conveyed|passed on|carried)\s+by\s+",
                                 re.IGNORECASE)
# "President X will on Thursday host President Y for a State Visit": a visit to come
_WILL_HOST = patterns.compile(r"\b(?:will|is to|are to|is due to|is set to|is expected to)\s+(?:\w+\s+){0,3}"
                              r"(?:host|receive|welcome)\b", re.IGNORECASE)
_RANKED_ABOVE = patterns.compile(r"\b(?:after|behind)\s+(?:only\s+)?(?:the\s+)?$")
# a visit returned, or a trip home; "since returning to office" is no journey
_RETURNED_TO = patterns.compile(r"\breturned\s+(?:home\s+)?to\s+(?:the\s+)?")
_RETURNED_FROM = patterns.compile(r"\breturned\s+(?:home\s+)?(?:\w+\s+){0,3}?from\b")
_RETURN = patterns.compile(r"\breturn(?!(?:s|ed|ing)?\s+to\s+(?:office|power|the presidency)\b)")
_JOINED_VERB = patterns.compile(r"\bjoined\s+(?:the\s+)?")
# one congratulates on what is done: "congratulated Egypt on becoming a full member of BRICS"
_CONGRATULATED_ON = patterns.compile(r"\bcongratulat\w*\s+(?P<who>[^,;]{2,40}?)\s+on\s+(?:its\s+|their\s+)?"
                                     r"(?:becoming\s+(?:a\s+)?(?:full\s+|new\s+)?member\s+of|"
                                     r"joining|accession\s+to|admission\s+to)\s+(?:the\s+)?")
# "the RCEP, of which Thailand is a member"
_OF_WHICH = patterns.compile(r"\bof which\s+(?:the\s+)?")
_IS_A_MEMBER = patterns.compile(r"\s+(?:is|was|has been|became|remains)\s+(?:also\s+)?(?:a\s+|an\s+)?"
                                r"(?:founding\s+|full\s+|original\s+)?member\b")
# "is a founding member of the Beijing-based bank": a member of the bank named before
_MEMBER_OF_THE_HEAD = patterns.compile(r"(?:,\s+which)?\s(?:is|are|was|were|has been|have been|became|"
                                       r"remains)\s+(?:also\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,2}?members?\s+of\s+"
                                       r"the\s+(?:[\w-]+\s+){0,3}?(bank|fund|organi[sz]ation|union|alliance|"
                                       r"forum|community|association|court|council|group)\b")
# "Hungary is an observer of the OTS": no member
_OBSERVER = patterns.compile(r"(?:,\s+which)?\s+(?:is|are|was|were|has been|became|remains)\s+(?:an?\s+)?"
                             r"observers?\b|(?:,\s+which)?\s+(?:has|holds)\s+observer\s+status")
_SUPPORT_IN_DOING = patterns.compile(r"\s+(?:in|with)\s+\w+ing\b")
_CALLED = {"calls", "phoned", "phones", "rang", "telephoned"}  # ... a person ("called X a thief": no call)
# "During the talks, the US president congratulated": the talks just told of
_THE_TALKS = patterns.compile(r"(?:during|in|at)\s+(?:the|their|these)\s+(?:talks|conversation|"
                              r"discussions?|exchange)\b", re.IGNORECASE)
# relations established, or diplomatic ones: of their own type, no cooperation
_ESTABLISHED_BEFORE = patterns.compile(r"(?:\bdiplomatic\s+and\s+\w+\s+|\bestablish\w*\s+(?:of\s+)?"
                                       r"(?:(?:the|their|its|bilateral|full)\s+)?)$", re.IGNORECASE)
_TALKS_OR_COUNTERPART = patterns.compile(r"\b(?:talks|counterparts?)\b")
# "since the latter took over office as Prime Minister": a post held, no organization's office
_TOOK_OFFICE = patterns.compile(r"\b(?:took|take|takes|taking|assumed|assume|assumes|assuming|over|"
                                r"left|leave|leaves|leaving|in|into|from|of)\s+$", re.IGNORECASE)
_MET_WORD = patterns.compile(r"\b(?:met|meet|meets|meeting|received|receives|welcomed|hosted)\b",
                             re.IGNORECASE)
_SPOKE_WITH = patterns.compile(r"\b(?:spoke|talked)\s+(?:\w+\s+)?(?:with|to)\b")
_LIST_WORDS = {"and", "also", "the", "of", "'s", "’s", "both", "as", "well"}
_FROM_GAP = patterns.compile(r"\s+from\s+(?:the\s+)?")  # "the first visit from the Maldives"
_PLANNED_BEFORE = patterns.compile(r"\b(?:will|would|shall|due to|expected to|scheduled to|plans? to|"
                                   r"planning to|set to|is to|are to)\s+(?:\w+\s+){0,4}$|\bto\s+$|"
                                   r"\bto\s+(?:pay|make|undertake)\s+(?:\w+\s+){0,3}$|"
                                   r"\b(?:preparations? for|prepare for|preparing for|upcoming|"
                                   r"forthcoming|planned|proposed|possible|next)\s+(?:\w+\s+){0,3}$|"
                                   # "ahead of President Tokayev's official visit"
                                   r"\b(?:ahead of|prior to)\s+(?:[\w'’-]+\s+){0,5}$",
                                   re.IGNORECASE)
_ARRIVED = Trigger(r"\b(?:arrived|arrives|arriving|landed)\b")
_IN_THE_CAPITAL = Trigger(r"\bin the capital\b")
_PRONOUNS = {"he", "she", "him", "her"}
# the first words of a clause put before a sentence's subject: "During her visit, X met"
_FRONTED = {"during", "upon", "on", "after", "before", "at", "in", "while", "following",
            "ahead", "concluding", "wrapping", "throughout"}
_DATELINE_MARKS = {"-", "–", "—", ",", "(", "/", ":"}  # "New Delhi/Washington, Jan 8:", "NEW DELHI:"
# a capital after these is a place, not its government
_NOT_ACTOR_BEFORE = {"in", "at", "from", "to", "near", "into", "outside", "inside", "via", "for",
                     "between", "and", "of", "or", ","}
# "Indonesia's largest source of foreign direct investment", "Kenya's top investors"
_INVESTORS_OF = patterns.compile(r"(?:’s|'s)\s+(?:[\w-]+\s+){0,3}(?:source of (?:foreign (?:direct )?)?"
                                 r"investment|source of FDI|investors?)\b", re.IGNORECASE)
_RECEIVED_INVESTMENT = patterns.compile(r"\b(?:received|receives|attracted|attracts)\s+(?:[\w$.,]+\s+){0,6}?"
                                        r"(?:in\s+)?(?:foreign\s+)?(?:direct\s+)?(?:investments?|FDI)\b")
# "India's top investors": a possessive and up to three words
_POSSESSIVE_GAP = patterns.compile(r"(?:’s|'s)\s+(?:[\w-]+\s+){0,3}")
# "will be in the United Kingdom between March 6 and 9, on a state visit": a stay to come
_PLANNED_STAY = patterns.compile(r"\b(?:will|shall|is to|are to|is due to|is set to|is expected to)\s+"
                                 r"be\s+in\b")
# "a state visit by Tanzanian President X": the visit is X's
_BY_POSTS = patterns.compile(r"\s+by\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,5}")
# "Mulamula is in the country on a two-day visit": the country the report is filed from
_IN_THE_COUNTRY = patterns.compile(r"\s+(?:is|was|are|were)\s+(?:now\s+)?in\s+the\s+country\b")
_SAID_AFTER = patterns.compile(r"\s+(?:said|says|told|added|stated|announced)\b")
# the capitalised words of a post before a name: "President ", "the Prime Minister Dr. "
_POST_WORDS = patterns.compile(r"(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,5}")
# between two people who sign together: "A and B", "A and her Kenyan counterpart B", "A and
# Japanese Foreign Minister B"
# between a subject and its verb: "... and the UAE also signed", "the two leaders then met"
_VERB_GAP = patterns.compile(r"\s+(?:(?:also|jointly|formally|have|has|had|\w+ly)\s+)*")
# and "the two leaders pledged during their summit": a verb and a few words
_VERB_AND_WORDS_GAP = patterns.compile(r"\s+(?:[\w-]+\s+){0,3}")
_COSIGNERS_GAP = patterns.compile(
    r"\s+and\s+(?:(?:his|her)\s+)?(?:[A-Z][\w.-]*\s+){0,5}(?:counterpart,?\s+)?")
# the end of a dateline: "TEHRAN, March 6 (IRNA) - ", "ASTANA, July 4 (AP) -- "
_DATELINE_END = patterns.compile(r"^[A-Z](?:[A-Za-z .,'’]|(?<=\w)-(?=\w)){1,40}?\d{1,2}(?!\d)[^-–—\n]{0,20}?"
                                 r"\s[-–—]{1,2}\s")
# the first word of a date after a dateline's comma: "Dhaka, Aug 13", "Nairobi, Tuesday"
_DATE_WORDS = set("january february march april may june july august september october november "
                  "december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday "
                  "wednesday thursday friday saturday sunday".split())
# what "in the Azerbaijani ..." can name: a place in that country
_PLACE_NOUNS = {"capital", "exclave", "enclave", "city", "port", "province", "region", "island",
                "resort", "town"}
# "Guyanese President Irfaan Ali, the host, held talks with ...": who hosted the others
_THE_HOST = patterns.compile(r",\s+the\s+(?:summit's\s+|meeting's\s+)?host,")
# a meeting at a gathering of many, where neither side need be at home
_SIDELINES = patterns.compile(r"\b(?:sidelines|margins|margin|fringes)\s+of\b", re.IGNORECASE)
# the agent of a passive verb: "was greeted by"
_AGENT_BY = patterns.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+\s+){1,2}by\s+$", re.IGNORECASE)
# the places of a tour: "after stops in Tokyo and Seoul"
_STOPS_IN = patterns.compile(r"\b(?:stops|stopovers|visits)\s+(?:in|to)\s+(?:the\s+)?")
# a situation's place: "the situation in Afghanistan", "the crises in the regions of [Libya]"
_EMBASSY_IN = patterns.compile(r"\b(?:embass(?:y|ies)|consulates?(?: general)?)\s+in\s+(?:the\s+)?$",
                               re.IGNORECASE)
_SITUATION_IN = patterns.compile(r"\b(?:situations?|crisis|crises|conflicts?|wars?|tensions|fighting|"
                                 r"hostilities|developments)(?:,?\s+(?:particularly|especially|notably|"
                                 r"mainly))?\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+)?(?:the\s+)?$")
# between the countries of a list: "Spain, Ireland and Norway"
_COUNTRY_LIST_GAP = patterns.compile(r"\s*(?:,|,?\s+and)\s+(?:the\s+)?")
_APPOSITION_GAP = patterns.compile(r",\s+(?:the|a|an)\s+[^;,]*(?:,\s+[^;,]*)?,\s+(?=and\s)")
_LIST_COMMA = patterns.compile(r"\s*,\s+(?:the\s+)?")  # "Djibouti, Gambia": not the last two
_WITH_LIST = patterns.compile(r"\bwith\s+(?:the\s+)?")  # "relations with Cape Verde, Seychelles and"
# the gap between two ways of trade, not their trade: "the trade deficit with India was"
_BALANCE = patterns.compile(r"\b(?:deficits?|surplus(?:es)?|imbalances?)\b", re.IGNORECASE)
# a country's trade with the world, not with a partner
_OWN_TRADE = patterns.compile(r"\b(?:total|overall|global|foreign|external)\s+(?:foreign\s+|external\s+)?"
                              r"trade\b", re.IGNORECASE)
# a ranking goes on: "Russia came second with $26.6 billion, followed by Italy"
_RANK_CUE = patterns.compile(r"\b(?:second|third|fourth|fifth|next|followed by|came|ranked|behind|"
                             r"accounted for)\b",
                             re.IGNORECASE)
_CLAUSE_CUT = patterns.compile(r",\s+(?:while|whereas)\s+|;\s+")
_OTHER_CURRENCY = patterns.compile(r"\d\s*(?:million|billion|bn|mln)?\s*(?:euros?|yuan|rubles?|roubles?|"
                                   r"pounds?|yen|rupees?|dirhams?|riyals?|lira|shillings?|naira|rand|won|tenge|"
                                   r"som|somoni|manat|baht|ringgit|rupiah|dong|pesos?|reais|zloty|forint|"
                                   r"koruna|kron[aeo]r?|lari|drams?|birr|cedis?|kwacha|dinars?|taka|kyat|"
                                   r"riel|kip|tugriks?|rials?|"
                                   # dollars of another country: "38 billion NZ dollars"
                                   r"(?:NZ|HK|New Zealand|Australian|Canadian|Hong Kong|Singapore|Taiwan|"
                                   r"Brunei|Fiji|Jamaican|Namibian|Zimbabwe)\s+dollars?)\b|"
                                   r"[€£¥₹]\s?\d|\b(?:K?Sh|Tsh|Ush|RM|Rp|R)\s?\d|\b[A-Z]{1,2}\$\s?\d",
                                   re.IGNORECASE)
# "Kenya's exports to Tanzania", "Japan's car imports from Thailand": one way of a pair's trade
_EXPORTS = patterns.compile(r"(?:’s|'s)\s+(?:[a-z-]+\s+){0,2}(?:exports|imports)\s+(?:to|from)\s+(?:the\s+)?")
_DURATION = patterns.compile(r"\b(\w+)-day\b")
# "Brazil's top trading partner", "Kenya's second-largest trade partner"
_PARTNER_OF = patterns.compile(r"(?:’s|'s)\s+(?:[\w-]+\s+){0,3}(?:trading|trade|commercial) partner",
                               re.IGNORECASE)


@dataclass
class RawRelation:
    """A relation before node ids are final: type, endpoints (mention keys), evidence."""

    type: str
    source: str
    target: str
    evidence: str
    properties: dict = field(default_factory=dict)
    confidence: float = 0.5
    at: int = 0  # the sentence's first token: where in the article it was read
    rule: str = ""  # which rule read it: its measured precision is the confidence


@dataclass
class _Sentence:
    start: int  # its first token
    end: int
    start_char: int
    text: str
    people: list[Mention]
    countries: list[Mention]
    orgs: list[Mention]
    cities: list[Mention]
    token_starts: list[int]  # the document's, for offsets
    index: int = 0  # its place among the article's sentences
    people_and_pronouns: list[Mention] | None = None  # set by _Reader.people_in
    whole: str = ""  # the whole sentence, when this is a clause of it (the evidence)

    def offset(self, m: Mention) -> int:
        return self.token_starts[m.start] - self.start_char

    def end_offset(self, m: Mention) -> int:
        """Where mention ``m`` ends in the sentence's text: 'Russia' of "Russia's chairmanship"."""
        return self.offset(m) + len(m.text)

    def before(self, char: int) -> _Sentence:
        """The sentence's text up to offset ``char``, with the mentions that end before it."""
        def inside(ms: list[Mention]) -> list[Mention]:
            return [m for m in ms if self.end_offset(m) <= char]
        return replace(self, text=self.text[:char], people=inside(self.people),
                       countries=inside(self.countries), orgs=inside(self.orgs),
                       cities=inside(self.cities), people_and_pronouns=None,
                       whole=self.whole or self.text)


class _Reader:
    def __init__(self, doc: Doc, ents: ArticleEntities, article_date: str | None):
        self.doc = doc
        self.tokens = token_table(doc)
        self.ents = ents
        self.date = article_date
        self.out: list[RawRelation] = []
        self.office = {pid: next((o for _, o in p.offices if o), None)
                       for pid, p in ents.people.items()}
        self.named_office = dict(self.office)  # the posts the text gives; the rest is inferred
        self._topics: dict[tuple[int, int], set[str]] = {}  # see topic_countries
        self.sentences = self._sentences(doc)
        self.pair = self._main_pair()
        self._homes: dict[str, str | None] = {}

    @cached_property
    def title_starts(self) -> set[int]:
        """The tokens where a title from the data files starts ("Crown Prince", "Minister")."""
        return {s.start for s in gazetteer_spans(self.doc) if s.label_ == "TITLE"}

    @cached_property
    def reports_a_call(self) -> bool:
        """Whether the article speaks of a call anywhere (searched once, not per sentence):
        a phone or a conversation, or someone called by name ('Obama calls Xi Jinping')."""
        lowers = self.tokens.lowers
        return bool(_CALL.search(self.tokens.text)) or any(
            m.label == "Person" and m.start and lowers[m.start - 1] in _CALLED
            for m in self.ents.mentions)

    # --- context ---------------------------------------------------------------------------
    def _sentences(self, doc: Doc) -> list[_Sentence]:
        """The sentences with their mentions sorted by kind, in one pass over both lists."""
        texts, starts, text = self.tokens.texts, self.tokens.starts, self.tokens.text
        mentions, m = self.ents.mentions, 0
        out = []
        for n, (start, end) in enumerate(sentence_bounds(doc)):
            end_char = starts[end - 1] + len(texts[end - 1])
            sent = _Sentence(start, end, starts[start], text[starts[start]:end_char],
                             [], [], [], [], starts, n)
            kinds = {"Person": sent.people, "Country": sent.countries,
                     "Organization": sent.orgs, "City": sent.cities}
            while m < len(mentions) and mentions[m].start < start:
                m += 1
            k = m
            while k < len(mentions) and mentions[k].start < end:
                if mentions[k].end <= end:
                    kinds[mentions[k].label].append(mentions[k])
                k += 1
            out.append(sent)
        return out

    @cached_property
    def _country_mentions(self) -> tuple[Counter[str], dict[str, int]]:
        """How often each country is named, and where first (the same at each reading)."""
        counts: Counter[str] = Counter()
        first: dict[str, int] = {}
        for m in self.ents.mentions:
            if m.label == "Country" and m.start not in self.repeated_in_brackets:
                counts[m.key] += 1
                first.setdefault(m.key, m.start)
            elif m.label == "City":  # "held in the city of Tashkent": Uzbekistan's part in it
                key = "country:" + m.key.split(":", 1)[1]
                counts[key] += 1
                first.setdefault(key, m.start)
        return counts, first

    @cached_property
    def repeated_in_brackets(self) -> set[int]:
        """Where mentions start that repeat the country just named, in brackets: 'the United
        States of America (USA)' names it once."""
        ends: dict[str, int] = {}
        found = set()
        for m in self.ents.mentions:
            if m.label == "Country":
                if ends.get(m.key) == m.start - 1 and self.tokens.texts[m.start - 1] == "(":
                    found.add(m.start)
                ends[m.key] = m.end
        return found

    def _main_pair(self) -> tuple[str, str] | None:
        counts, first = self._country_mentions
        counts, first = Counter(counts), dict(first)
        # a post counts for its country, or for its organization: "the sides" of a meeting of
        # the President of the European Council with Kazakhstan's are no two countries
        for office in self.office.values():
            if office:
                counts[office] += 2
                first.setdefault(office, 10**9)
        # the headline and the lead name the article's pair; side meetings come later
        leads = [s for s in self.sentences if s.countries or s.people][:2]
        # a lead that lists partners ("Russia, China, Qatar, Saudi Arabia and others") names
        # no pair
        leads = [s for s in leads if len({m.key for m in s.countries}) <= 2]
        for sent in leads:
            for key in {m.key for m in sent.countries} | {
                    self.office.get(p.key) for p in sent.people} - {None}:
                counts[key] += 2
                first.setdefault(key, 10**9)
        ranked = sorted(counts, key=lambda k: (-counts[k], first[k]))
        if len(ranked) > 2 and counts[ranked[1]] == counts[ranked[2]] and \
                len(self.envoys_countries()) > 2:
            return None  # the host of the new ambassadors of many countries, and no second
        # a country named once, past the lead ("our 44th Embassy in Togo"), is no party of it
        if len(ranked) >= 2 and all(k.startswith("country:") for k in ranked[:2]) and \
                counts[ranked[1]] > 1:
            a, b = ranked[:2]
            return (a, b)
        return None

    def add(self, rule: str, source: str, target: str, sent: _Sentence, **props) -> None:
        """A relation read by ``rule`` ("VISITED/travel": its type, then which reading)."""
        if not source or not target or source == target:
            return
        props = {k: v for k, v in props.items() if v is not None and v != []}
        self.out.append(RawRelation(rule.split("/")[0], source, target,
                                    (sent.whole or sent.text).strip(), props,
                                    confidence_of(rule), sent.start, rule))

    def people_in(self, sent: _Sentence) -> list[Mention]:
        """People of the sentence in order, with 'he'/'she' resolved to the person last named,
        or, for the sentence's subject, to the subject before (see :meth:`subject_before`)."""
        if sent.people_and_pronouns is None:
            found = list(sent.people)
            lowers = self.tokens.lowers
            named = {i for m in found for i in range(m.start, m.end)}  # "He" of "He Lifeng"
            for i in range(sent.start, sent.end):
                if lowers[i] in _PRONOUNS and i not in named:
                    pid = (i == sent.start and self.subject_before(sent)) or \
                        self.fronted_subject(sent, i) or self.last_person_before(i)
                    if pid:
                        found.append(Mention(i, i + 1, "Person", pid, self.tokens.texts[i],
                                             "pronoun"))
            sent.people_and_pronouns = sorted(found, key=lambda m: m.start)
        return sent.people_and_pronouns

    def subject_before(self, sent: _Sentence) -> str | None:
        """'Hun Manet laid a wreath at the Mausoleum of President Ho Chi Minh. He is to meet':
        a pronoun that begins a sentence is the subject of the one before, the first person
        it names, not the last; or the pronoun that was its subject ('During the visit, he met
        A, B and C. He also held talks with D': the visitor, not A)."""
        before = self.sentences[sent.index - 1] if sent.index else None
        if before is None or not before.people:
            return None
        return self.people_in(before)[0].key

    def fronted_subject(self, sent: _Sentence, tok: int) -> str | None:
        """'Upon the conclusion of her visit to Gabon, Deputy Minister X proceeded to ...': a
        possessive 'her' in a clause put before the subject is the subject's, who is named
        right after the clause's comma (with a post before the name, if any)."""
        texts, lowers = self.tokens.texts, self.tokens.lowers
        if lowers[tok] != "her" or lowers[sent.start] not in _FRONTED or \
                tok + 1 >= sent.end or not texts[tok + 1].isalpha() or \
                any(m.start < tok for m in sent.people):
            return None
        comma = next((k for k in range(tok, sent.end) if texts[k] == ","), None)
        subject = next((m for m in sent.people if comma is not None and m.start > comma), None)
        if subject is None or subject.start - comma > 6 or not all(
                w[:1].isupper() or w == "the" for w in texts[comma + 1:subject.start]):
            return None
        return subject.key

    def last_person_before(self, tok: int) -> str | None:
        best = None
        for m in self.ents.mentions:
            if m.label == "Person" and m.start < tok:
                best = m.key
        return best

    def topic_countries(self, sent: _Sentence) -> set[str]:
        """The countries a sentence names as the place of a situation ('the situation in
        Afghanistan', 'the crises in the regions of Libya and Syria'): topics, no parties."""
        # asked for one sentence by several rules; a sentence cut short (before()) keeps its
        # index with a shorter text, so its length is part of the key
        key = (sent.index, len(sent.text))
        if key not in self._topics:
            self._topics[key] = self._topic_countries(sent)
        return self._topics[key]

    def _topic_countries(self, sent: _Sentence) -> set[str]:
        found: set[str] = set()
        for c in sent.countries:
            at = sent.offset(c)
            if c.key not in found and _SITUATION_IN.search(sent.text, max(0, at - 60), at):
                found.update(m.key for m in _list_starting(sent, sent.countries, c))
        return found

    def pair_countries(self, sent: _Sentence) -> list[tuple[str, str]]:
        """The country pairs a sentence speaks of: explicit pairs, else 'the two countries'."""
        topics = self.topic_countries(sent)
        explicit = list(dict.fromkeys(m.key for m in sent.countries if m.key not in topics))
        if len(explicit) == 1 and _THEIR_COUNTRIES.search(sent.text):
            envoys = self.envoys_countries()
            if len(envoys) > 2:
                # "relations between China and their countries", of the new ambassadors of many
                return [(explicit[0], c) for c in envoys if c != explicit[0]]
        if _PAIR_REF.search(sent.text):
            pair = self.referent_pair(sent)
            return [pair] if pair else []
        if len(explicit) == 2:
            return [(explicit[0], explicit[1])]
        if len(explicit) > 2:
            listed = self.partners_listed(sent)
            if listed:
                return listed
            # "Iran and Saudi Arabia agreed to restore relations in a deal brokered by China"
            joined = self.joined_pair(sent)
            return [joined] if joined else []
        if len(explicit) == 1 and self.pair and explicit[0] in self.pair:
            if _WITH.search(sent.text):
                other = self.pair[1] if explicit[0] == self.pair[0] else self.pair[0]
                return [(other, explicit[0])]
        return []

    def referent_pair(self, sent: _Sentence) -> tuple[str, str] | None:
        """What 'the two countries', 'both sides', 'bilateral' point at: the pair this sentence
        names (as countries, or as the people who hold office for them), else the pair the
        sentences just before it name, else the article's main pair."""
        at = sent.index
        # "the sides", "bilateral": the parties of a meeting, which may be an organization's;
        # "the two countries" are countries, whoever met
        ref = _PAIR_REF.search(sent.text)
        parties = ref is not None and not _COUNTRIES_WORD.search(ref.group())
        if _PEOPLE_PAIR_REF.search(sent.text):
            # "Lula held talks with Angolan President Lourenço, and the two presidents...":
            # the countries of the two people just named, by name or by their posts
            for earlier in reversed(self.sentences[max(0, at - 3):at + 1]):
                people = list(dict.fromkeys(p.key for p in earlier.people))
                if len(people) > 2:
                    break  # "the two leaders" among three named: leave it to the article
                here = list(dict.fromkeys([m.key for m in earlier.countries] + [
                    self.office[p] for p in people
                    if (self.office.get(p) or "").startswith("country:")]))
                if len(people) == 2 and len(here) == 2:
                    return here[0], here[1]
            return self.pair
        for back, earlier in enumerate(reversed(self.sentences[max(0, at - 3):at + 1])):
            if back == 0 and ref is not None and _ANAPHOR.match(ref.group()):
                # "The two countries, both allies of the United States": what it points back
                # at comes before it, unless the sentence names the two joined ("the sides
                # discussed Kazakh-Hungarian cooperation", "relations between China and Egypt")
                pair = self.joined_pair(earlier) or self.named_pair(earlier.before(ref.start()))
            else:
                pair = self.named_pair(earlier)
            if pair:
                return pair
            if parties and len(earlier.people) > 1 and any(
                    (self.office.get(p.key) or "").startswith("org:") for p in earlier.people):
                return None  # "Michel was received by Aliyev. The sides...": one is no country
            if back == 0 and len({m.key for m in sent.countries}) > 2:
                break  # "the two countries" among three named: leave it to the article
        return self.pair

    def referent_group(self, sent: _Sentence) -> list[str]:
        """Whom 'the three countries' (the countries just named) or 'the ministers' (the
        countries of the people just named) point at, in this sentence or the three before."""
        m = _GROUP_REF.search(sent.text)
        if m is None:
            return []
        size = _NUMBERS.get(m.group(1) or m.group(2) or "")
        for earlier in reversed(self.sentences[max(0, sent.index - 3):sent.index + 1]):
            if m.group(1):  # "the three countries": those named
                group = list(dict.fromkeys(c.key for c in earlier.countries))
            else:
                group = list(dict.fromkeys(
                    self.office[p.key] for p in earlier.people
                    if (self.office.get(p.key) or "").startswith("country:")))
            if len(group) >= 2 and (size is None or len(group) == size):
                return group
        return []

    def joined_pair(self, sent: _Sentence) -> tuple[str, str] | None:
        """The one pair of countries a sentence names joined: 'China and Egypt',
        'Kazakh-Hungarian' (not the last two of a list: 'Djibouti, Gambia, Belize and
        Liechtenstein')."""
        countries = sent.countries
        joined = {(a.key, b.key) for n, (a, b) in enumerate(zip(countries, countries[1:]))
                  if a.key != b.key and _JOINED.fullmatch(sent.text, sent.end_offset(a),
                                                          sent.offset(b))
                  and not (n and _LIST_COMMA.fullmatch(sent.text, sent.end_offset(countries[n - 1]),
                                                        sent.offset(a)))}
        return joined.pop() if len(joined) == 1 else None

    def partners_listed(self, sent: _Sentence) -> list[tuple[str, str]]:
        """'Uzbekistan has established diplomatic relations with Cape Verde, Seychelles and
        Burundi': the one country before 'with' and each of the list that follows it."""
        cue = _WITH_LIST.search(sent.text)
        if cue is None:
            return []
        before = {m.key for m in sent.countries if sent.end_offset(m) <= cue.start()}
        after = [m for m in sent.countries if sent.offset(m) >= cue.end()]
        if len(before) != 1 or not after or sent.offset(after[0]) != cue.end():
            return []
        listed = after[:1]
        for m in after[1:]:
            if not _COUNTRY_LIST_GAP.fullmatch(sent.text, sent.end_offset(listed[-1]),
                                               sent.offset(m)):
                break
            listed.append(m)
        hub = before.pop()
        partners = list(dict.fromkeys(m.key for m in listed if m.key != hub))
        return [(hub, p) for p in partners] if len(partners) >= 2 else []

    def named_pair(self, sent: _Sentence) -> tuple[str, str] | None:
        """The two countries a sentence names, in order, or those its people hold office for
        ("Chinh met Belgian Prime Minister De Croo, and the two governments signed")."""
        topics = self.topic_countries(sent)
        named = list(dict.fromkeys(m.key for m in sent.countries if m.key not in topics))
        if len(named) == 2:
            return named[0], named[1]
        offices = list(dict.fromkeys(self.office[p.key] for p in sent.people
                                     if (self.office.get(p.key) or "").startswith("country:")))
        if len(offices) == 2 and set(named) <= set(offices):
            return offices[0], offices[1]
        people = {p.key for p in sent.people}
        if len(people) == 2 and len(offices) == 1 and any(not self.office.get(p) for p in people):
            self.pair_of_unknown_posts = True  # worth reading again once posts are inferred
        return None

    def capital_referent(self, sent: _Sentence) -> str | None:
        """Whose capital 'in the capital' is: where the article's last visit before it went
        (where its events take place), else the country (or the country of the city) that the
        two sentences before name last, a demonym ('the Brazilian leader') being no place."""
        # by where they were read: a visit is added after the others when its posts came late
        trips = sorted((r for r in self.out if r.type == "VISITED" and r.at < sent.start),
                       key=lambda r: r.at)
        if trips:
            return trips[-1].target
        for earlier in reversed(self.sentences[max(0, sent.index - 2):sent.index]):
            places = [m for m in earlier.countries + earlier.cities if m.kind != "demonym"]
            if places:
                return self.place_of(max(places, key=lambda m: m.start))
        return None

    def actors(self, sent: _Sentence) -> list[Mention]:
        """The countries of a sentence, with capitals that stand for their governments:
        'Ashgabat backed Muscat's mediation', 'thanked Rabat for its support' (a capital that
        follows no preposition and comes before a word or a possessive), not 'in Dakar',
        'flights between Dakar and Rabat'."""
        capitals = load_lexicon().capital_forms
        texts, lowers = self.tokens.texts, self.tokens.lowers
        found = list(sent.countries)
        actor_ends: set[int] = set()
        for c in sent.cities:
            if c.text not in capitals or c.end >= sent.end:
                continue
            before = lowers[c.start - 1] if c.start else ""
            after = texts[c.end]
            # "Riyadh and Damascus restored ties": after "and", if the capital before is an actor
            joined = before == "and" and c.start - 1 in actor_ends
            if (before not in _NOT_ACTOR_BEFORE or joined) and (
                    after in ("'s", "’s") or after.isalpha() and (after.islower() or after == "and")):
                found.append(Mention(c.start, c.end, "Country", self.place_of(c), c.text,
                                     "capital"))
                actor_ends.add(c.end)
        return sorted(found, key=lambda m: m.start) if len(found) > len(sent.countries) else found

    def outside_names(self, trigger: Trigger, sent: _Sentence) -> re.Match | None:
        """The first match of ``trigger`` that is no word of an organization's name, known or
        not ("the German Committee on Eastern European Economic Relations")."""
        m = trigger.search(sent.text)
        if m is None or not sent.orgs and not sent.text[m.start()].isupper():
            return m
        names = [(sent.offset(o), sent.end_offset(o)) for o in sent.orgs]
        return next((m for m in trigger.finditer(sent.text)
                     if not any(a <= m.start() < b for a, b in names)
                     and not _BODY_OF_FIELD.search(sent.text, 0, m.start())), None)

    def is_dateline(self, m: Mention, sent: _Sentence) -> bool:
        """'Brasília - President ...', 'Jakarta (ANTARA) - ...': where the report was filed."""
        texts, spaces, start = self.tokens.texts, self.tokens.spaces, sent.start
        if texts[start].isupper() and start + 2 < sent.end and texts[start + 1] == "-" and \
                not spaces[start] and not spaces[start + 1]:
            start += 2  # "APA-Pretoria (South Africa)": a news agency's code before the city
        elif 2 <= m.start - start <= 5 and texts[m.start - 1] == "," and \
                texts[m.start - 2] in BUILDING_HEADS and \
                all(t[:1].isupper() for t in texts[start:m.start - 1]):
            start = m.start  # "Presidential Palace, Hanoi, Vietnam, Tuesday 15 March 2022 –"
        # "Dar es Salaam. The President of ...": the city alone, as a sentence of its own
        alone = m.end + 1 == sent.end and texts[m.end] == "."
        return m.start == start and m.end < sent.end and (texts[m.end] in _DATELINE_MARKS or alone)

    @cached_property
    def dateline_country(self) -> str | None:
        """The country of the city the report was filed from ('DHAKA, July 10 (BSS) -')."""
        lowers = self.tokens.lowers
        for sent in self.sentences[:2]:
            for first in (sent.cities[:1] + sent.countries[:1]):
                if not self.is_dateline(first, sent):
                    continue
                # a dateline, not a headline's "Laos, Vietnam agree ...": in capitals, or
                # before a dash, a bracket or ", <date>"
                after = lowers[first.end + 1] if first.end + 1 < sent.end else ""
                shouted = self.tokens.span_text(first.start, first.end).isupper()  # "NAIROBI"
                if shouted or lowers[first.end] != "," or \
                        after in _DATE_WORDS or after[:1].isdigit():
                    return self.place_of(first)
        return None

    @cached_property
    def agency_country(self) -> str | None:
        """The country of the national news agency the report is from ('ASTANA, June 12
        (Yonhap) --', 'Bishkek /Kabar/'), named in the first two sentences."""
        agencies = load_lexicon().news_agencies
        for sent in self.sentences[:2]:
            for m in _AGENCY.finditer(sent.text):
                iso3 = agencies.get(m.group(1).strip().lower())
                if iso3:
                    return "country:" + iso3
        return None

    def place_of(self, m: Mention) -> str | None:
        if m.label == "City":
            return "country:" + m.key.split(":", 1)[1]
        return m.key

    # --- rules -----------------------------------------------------------------------------
    def run(self) -> list[RawRelation]:
        self.pair_of_unknown_posts = False
        known = sum(1 for o in self.office.values() if o)
        self.read()
        # the posts inferred at the end ('President Yoon' is Korea's) can change which two
        # countries the article is about, and so what 'the two countries' means; and 'Muizzu
        # met President Xi Jinping and the two countries signed' names its pair by posts that
        # were not known yet: read again
        pair = self._main_pair()
        inferred = sum(1 for o in self.office.values() if o) > known
        if pair != self.pair or (self.pair_of_unknown_posts and inferred):
            self.pair, self.out = pair, []
            self.read()
        return self.out

    def read(self) -> None:
        self.companion_of: dict[str, str] = {}
        self.staff_of: dict[str, str] = {}  # "PM Lee's press secretary X": X -> Lee
        self.planned: list[RawRelation] = []  # meetings to come: sides, not relations
        self.trips_to_come: list[tuple[str, str]] = []  # (visitor, country) of visits to come
        self.invited_to: dict[str, str] = {}  # who invited a visitor, and the country visited
        # visits naming no place, to the dateline's country: kept once posts are inferred
        self.visits_filed_from: list[tuple[str, str, _Sentence]] = []
        self.unplaced: list[tuple[str, str, Mention, _Sentence]] = []  # met where, posts unknown
        self.receptions: list[tuple[str, str, _Sentence]] = []  # (host, guest) met, no venue
        self.thanks: list[tuple[str, str, _Sentence]] = []  # (supporter, thanker) thanked
        self.cosigned: list[tuple[str, str, _Sentence]] = []  # two people who signed together
        self.message_to: tuple[str, int] | None = None  # who received a message, and where
        # the last trade figure's sentence, pairs and year: what the next sentence continues
        self.recent_trade: tuple[int, list[tuple[str, str]], int | None] | None = None
        self.recent_hub: tuple[int, str] | None = None  # the last ranking's sentence and hub
        self.offices()
        for sent in self.sentences:
            if not sent.text.strip():
                continue
            # each rule runs where what it needs is present (the order of the rules is the
            # order of the relations, which later rules read)
            people, places = self.people_in(sent), sent.countries or sent.cities
            if len(people) > 1:
                self.companions(sent)
                self.meetings(sent)
                self.hosting_to_come(sent)
            elif _PEOPLE_PAIR_REF.search(sent.text):
                self.meetings(sent)
            elif people and _GUESTS.search(sent.text):
                self.meetings_with_guests(sent)
            if people:
                self.visits(sent)
                self.presence(sent)
                self.messages(sent)
                self.attendees(sent)
                self.invitations(sent)
            elif places and _THE_VISIT_TO.match(sent.text):
                self.visit_before(sent)
            elif sent.countries and _THE_DELEGATION.match(sent.text):
                self.delegation_visits(sent)
            self.signed(sent)
            self.cooperation(sent)
            if sent.orgs:
                self.membership(sent)
            elif sent.countries and "member" in sent.text:
                self.member_of_referent(sent)
            self.diplomatic(sent)
            if places:
                self.embassies(sent)
            if sent.orgs:
                self.org_offices(sent)
            if sent.countries:
                self.recognition(sent)
            if places:
                self.support(sent)
            self.money(sent)
            if len(sent.countries) + len(sent.cities) + len(sent.orgs) > 1 and \
                    _INVEST.search(sent.text):
                self.investment(sent, find_money(sent.text))
        # "A held talks today with B ... the talks took place during a phone call received by
        # A": talks of no place, between two who spoke by phone, were that call (as was "A
        # congratulated his counterpart")
        calls = {frozenset((r.source, r.target)) for r in self.out if r.type == "SPOKE_WITH"}
        self.out = [r for r in self.out if not (
            frozenset((r.source, r.target)) in calls and (r.rule == "MET_WITH/discussed" or
            r.rule == "MET_WITH" and not r.properties.get("place") and
            _TALKS_OR_COUNTERPART.search(r.evidence) and not _MET_WORD.search(r.evidence)))]
        self.infer_offices()
        for visitor, country, sent in self.visits_filed_from:
            if (self.office.get(visitor) or country) != country:
                self.add("VISITED/dateline", visitor, country, sent)
        for one, other, venue, sent in self.unplaced:
            self.met_there(one, other, venue, sent, deferred=True)
        for host, guest, sent in self.receptions:
            home, own = self.office.get(host) or "", self.office.get(guest) or ""
            # a guest of an organization seated elsewhere came too ("the World Bank's Vice
            # President was received by President Mirziyoyev")
            own = own if own.startswith("country:") else _seat_of(own) or ""
            if home.startswith("country:") and own.startswith("country:") and home != own \
                    and not self.is_envoy(guest):
                self.add("VISITED/welcomed", guest, home, sent)
        self.thanked_support()
        for one, other, sent in self.cosigned:
            self.met_to_sign(one, other, sent)

    def offices(self) -> None:
        for pid, person in self.ents.people.items():
            first = next((m for m in self.ents.mentions if m.key == pid), None)
            sent = self._sent_of(first.start) if first else None
            seen = set()
            for title, office in person.offices:
                if office and office not in seen and sent is not None:
                    seen.add(office)
                    evidence_sent = self._office_sentence(pid, office) or sent
                    self.add("HOLDS_OFFICE/named", pid, office, evidence_sent, title=title)

    def _office_sentence(self, pid: str, office: str) -> _Sentence | None:
        for sent in self.sentences:
            if any(m.key == pid for m in sent.people) and any(
                    m.key == office for m in sent.countries + sent.orgs):
                return sent
        return None

    def _sent_of(self, tok: int) -> _Sentence | None:
        for sent in self.sentences:
            if sent.start <= tok < sent.end:
                return sent
        return None

    def meetings(self, sent: _Sentence) -> None:
        trigger = _MEET.search(sent.text) or _CALL.search(sent.text)
        if trigger is None or _PRESENT_FOR.search(sent.text):
            return
        if trigger.group(0) == "counterpart" and sum(1 for _ in _MEET.finditer(sent.text)) == 1 \
                and _GREETED_COUNTERPART.search(sent.text, 0, trigger.end()):
            return  # "Erdogan congratulated his newly elected Kosovar counterpart X": no talks told
        people = self.meeting_parties(sent)
        if len(people) < 2:
            return
        # "Putin is due to visit Beijing for talks with Xi"; but "announced his plans to visit
        # Yerevan following talks with Mirzoyan" tells talks held
        to_come = _MEETING_TO_COME.search(sent.text) or next(
            (t for t in _VISIT.finditer(sent.text) if t.start() < trigger.start()
             and _PLANNED_BEFORE.search(sent.text, 0, t.start())
             and not _AFTER_BEFORE.search(sent.text, 0, trigger.start())),
            None)
        if to_come:
            # no meeting yet, but who will meet whom tells whose side each is on; those who
            # "would lead talks" together are one side
            if "talks" not in to_come.group(0):
                self.planned += [RawRelation("MET_WITH", people[0], o, "", at=sent.start)
                                 for o in people[1:]]
            return
        # "X spoke today with Y" in the readout of a call is that call, and so are "the talks"
        # it goes on about, unless a meeting was told of before them
        kind = "SPOKE_WITH" if _CALL.search(sent.text) or self.reports_a_call and (
            _SPOKE_WITH.search(sent.text) or _THE_TALKS.match(sent.text) and
            not any(r.type == "MET_WITH" for r in self.out)) else "MET_WITH"
        dates = find_dates(sent.text, self.date)
        # where they met: "in Luanda", "at ... in Astana"; not "invited him to New Delhi"
        venue = next((c for c in sent.cities if c.start and self.tokens.lowers[c.start - 1] in ("in", "at")
                      and not _in_relative_clause(sent.text, sent.offset(c))),
                     None) or self.capital_venue(sent) or self.venue_before(sent) or \
            self.venue_after(sent) or self.dateline_venue(sent) or self.summit_venue(sent)
        place = venue.text if venue else None
        first = people[0]
        before = list(dict.fromkeys(p.key for p in self.people_in(sent)
                                    if p.key in people and sent.offset(p) < trigger.start()))
        after = [p for p in people if p not in before]
        object_at = next((sent.offset(p) for p in self.people_in(sent) if p.key in after), None)
        if len(before) > 1 and object_at is not None and \
                "," in sent.text[trigger.end():object_at]:
            after = []  # "A and B met in Brussels ..., C said": they met each other
        # "A, B and C met in Astana": each met the others; "A met B and C": A met each; "A and
        # B met C and D": each of one side met each of the other
        pairs = combinations(before, 2) if not after else \
            product(before, after) if len(before) > 1 else ((first, o) for o in people[1:])
        if len(after) == 2 and object_at is not None and \
                _BETWEEN_AFTER.fullmatch(sent.text, trigger.end(), object_at):
            pairs = [(after[0], after[1])]  # "negotiations between Putin and Kerry": theirs
        # "They discussed ...": a meeting, unless the article says they spoke by phone
        rule = "MET_WITH/discussed" if kind == "MET_WITH" and not venue and \
            trigger.group(0).lower() in ("discussed", "discussions") else kind
        fronted = self.fronted_country(sent) if kind == "MET_WITH" and not venue else None
        for one, other in pairs:
            self.add(rule, one, other, sent, date=_event_date(sent.text, dates),
                     place=place if kind == "MET_WITH" else None)
            if kind == "MET_WITH" and venue:
                self.met_there(one, other, venue, sent)
        if fronted is not None and before:
            # "In Tanzania, Harris met with President Samia": a report following a trip puts
            # the traveller first (the guest, after a verb of receiving)
            guest = after[0] if _RECEIVED.search(sent.text, trigger.start()) and after else before[0]
            if self.named_office.get(guest) != fronted.key:
                self.add("VISITED/fronted", guest, fronted.key, sent)
        if kind == "MET_WITH" and not venue:
            self.reception(sent, people)
        if kind == "MET_WITH":
            self.received_after(sent, first)

    def meetings_with_guests(self, sent: _Sentence) -> None:
        """'Rahmon held separate talks with each of his guests': the host met each one the
        article has seen come to his country."""
        trigger, guests_at = _MEET.search(sent.text), _GUESTS.search(sent.text)
        if trigger is None or trigger.start() > guests_at.start():
            return
        host = next((p.key for p in self.people_in(sent) if sent.offset(p) < trigger.start()), None)
        home = self.office.get(host or "") or ""
        if not home.startswith("country:"):
            return
        for guest in dict.fromkeys(r.source for r in self.out
                                   if r.type == "VISITED" and r.target == home and r.source != host):
            self.add("MET_WITH/guests", host, guest, sent)

    def received_after(self, sent: _Sentence, subject: str) -> None:
        """'A held talks with B, before being received by C': the subject met C too."""
        m = _BEING_RECEIVED.search(sent.text)
        host = next((p.key for p in self.people_in(sent) if m and sent.offset(p) >= m.end()), None)
        if host and host != subject:
            self.add("MET_WITH/received", subject, host, sent)
            self.receptions.append((host, subject, sent))

    def reception(self, sent: _Sentence, people: list[str]) -> None:
        """'Tokayev welcomed Kyrgyz President Japarov', 'The Sultan was welcomed by President X':
        the guests came to the host's country (asked once the posts are inferred). So did
        those who met 'President Ali, the host,'."""
        appos = _THE_HOST.search(sent.text)
        host = next((p.key for p in self.people_in(sent)
                     if appos and sent.end_offset(p) == appos.start()), None)
        if host is not None:
            self.receptions += [(host, g, sent) for g in people if g != host]
            return
        verb = _RECEIVED.search(sent.text)
        if verb is None:
            return
        before = [p.key for p in self.people_in(sent) if sent.offset(p) < verb.start()]
        after = [p.key for p in self.people_in(sent) if sent.offset(p) > verb.start()]
        who = sent.text.rfind(", who ", 0, verb.start())
        named = [p.key for p in sent.people if sent.offset(p) < who] if who > 0 else []
        if named and not any(who < sent.offset(p) < verb.start() for p in sent.people):
            # "Yoon met King Charles III, who hosted a banquet for him": the king is the host
            hosts = named[-1:]
            guests = [p for p in before + after if p != hosts[0]]
        elif _is_passive(sent.text, verb):
            hosts, guests = after[:1], before[:1]
        else:
            hosts, guests = before[:1], after
        self.receptions += [(h, g, sent) for h in hosts for g in dict.fromkeys(guests)
                            if g != h and g in people and h in people]

    def fronted_country(self, sent: _Sentence) -> Mention | None:
        """The country a sentence opens with as its place: 'In Tanzania, Harris met ...'."""
        first = sent.countries[0] if sent.countries else None
        if first is None or first.kind != "name" or not _IN_COUNTRY_FIRST.fullmatch(
                sent.text, 0, sent.offset(first)) or \
                not sent.text.startswith(",", sent.end_offset(first)):
            return None
        return first

    def venue_before(self, sent: _Sentence) -> Mention | None:
        """'The trilateral meeting ... was held in Tbilisi on Friday. Minister A, Minister B
        and Minister C discussed ...': the city where the sentence before, naming no one,
        says the meeting was held."""
        before = self.sentences[sent.index - 1] if sent.index else None
        if before is None or before.people:
            return None
        held = _HELD_IN.search(before.text)
        if held is None:
            return None
        return next((c for c in before.cities if before.offset(c) == held.end()), None)

    def venue_after(self, sent: _Sentence) -> Mention | None:
        """'Mirziyoyev held talks with Japarov ... The talks took place in Bishkek': the place
        where the sentence after, naming no one, says the meeting took place."""
        after = self.sentences[sent.index + 1] if sent.index + 1 < len(self.sentences) else None
        took = _TOOK_PLACE.search(after.text) if after is not None and not after.people else None
        if took is None or _SIDELINES.search(after.text):
            return None  # a summit's sidelines: neither is the host there, nor need they be
        lowers = self.tokens.lowers
        places = [c for c in after.cities + after.countries if after.offset(c) > took.start()
                  and c.kind != "demonym" and lowers[c.start - 1] == "in"]
        return max(places, key=lambda c: c.start) if places else None

    def summit_venue(self, sent: _Sentence) -> Mention | None:
        """'On the margins of the summit, A met B': where the article said the summit was
        ('the bloc's summit in Vientiane')."""
        if not _SIDELINES.search(sent.text):
            return None
        lowers = self.tokens.lowers
        for earlier in reversed(self.sentences[:sent.index]):
            for c in reversed(earlier.cities):
                if c.start and lowers[c.start - 1] == "in" and \
                        "summit" in lowers[max(earlier.start, c.start - 4):c.start]:
                    return c
        return None

    def dateline_venue(self, sent: _Sentence) -> Mention | None:
        """'ROME, Nov 6 (Reuters) - Meloni and her Albanian counterpart Rama signed ...': a
        meeting the report's first sentence gives no place for is where it was filed, unless
        the sentence names another ('NUR-SULTAN - Tokayev began his visit to Dushanbe')."""
        if not sent.cities or not self.is_dateline(sent.cities[0], sent):
            return None
        lowers = self.tokens.lowers
        # not "the border, which has been closed since the coup in Niamey,": an aside
        places = [c for c in sent.cities[1:] + sent.countries
                  if not _in_relative_clause(sent.text, sent.offset(c))]
        elsewhere = any(c.label == "City" or c.start and lowers[c.start - 1] in
                        _BEFORE_DESTINATION for c in places)  # it holds "in"
        # or a place the data does not know: "who arrived on an official visit in Cholpon-Ata"
        elsewhere = elsewhere or bool(_ARRIVED_IN_PLACE.search(sent.text))
        # nor where the sentence after says it took place: "NEW DELHI: Modi held his first
        # meeting with Ishiba ... The meeting took place on the sidelines of the summit in Laos"
        after = self.sentences[sent.index + 1] if sent.index + 1 < len(self.sentences) else None
        if after is not None and (after.cities or after.countries) and \
                _TOOK_PLACE.search(after.text):
            return None
        return None if elsewhere else sent.cities[0]

    def capital_venue(self, sent: _Sentence) -> Mention | None:
        """'met ... in the Ethiopian capital': that country's capital, as a city named; or the
        country named right after the person met ('met X in Singapore')."""
        lowers = self.tokens.lowers
        for c in sent.countries:
            if c.kind == "demonym" and c.start >= 2 and lowers[c.start - 2:c.start] == ["in", "the"] \
                    and c.end < sent.end and lowers[c.end] == "capital":
                iso3 = c.key.split(":", 1)[1]
                city = load_lexicon().capital_of.get(iso3)
                if city:
                    return Mention(c.start, c.end + 1, "City", "city:" + iso3, city, "capital")
            # "held consultations with X in Singapore": the country right after the person met
            if c.kind != "demonym" and c.start >= 2 and lowers[c.start - 1] == "in" and \
                    any(p.end == c.start - 1 for p in sent.people):
                return c
        return None

    def met_there(self, one: str, other: str, venue: Mention, sent: _Sentence,
                  deferred: bool = False) -> None:
        """Who of two people who met at ``venue`` travelled there: the one whose post is for
        another country, meeting the host's official or an organization's ('von der Leyen met
        X in Brussels'); or an organization's official meeting the host's, where the
        organization is seated elsewhere ('Guterres met Abiy in Addis Ababa', not 'the AU's
        chairperson met Abiy in Addis Ababa'). Where a post is not known yet, asked again once
        posts are inferred."""
        host = self.place_of(venue)
        offices = [self.office.get(a) or "" for a in (one, other)]
        if _SIDELINES.search(sent.text) or all(
                o.startswith("country:") and o != host for o in offices):
            # "Vucic and Kurti met in Brussels": both came from abroad, as to a summit
            self.met_on_sidelines(one, other, venue, host, sent, deferred)
            return
        unknown = False
        for a, b in ((one, other), (other, one)):
            if self.is_envoy(a):
                continue  # an ambassador lives where he is posted: no visit
            office_a, office_b = self.office.get(a) or "", self.office.get(b) or ""
            home = office_a if office_a.startswith("country:") else _seat_of(office_a)
            if home and home != host and (office_b == host or office_b.startswith("org:")
                                          and office_a.startswith("country:")):
                self.add("VISITED/met-there", a, host, sent, city=_city_of(venue))
                return
            unknown = unknown or not office_a or not office_b
        if unknown and not deferred:
            self.unplaced.append((one, other, venue, sent))

    def met_on_sidelines(self, one: str, other: str, venue: Mention, host: str, sent: _Sentence,
                         deferred: bool) -> None:
        """'Pashinyan and Aliyev met in Kazan on the sidelines of the BRICS summit': a summit
        gathers visitors, so each whose post is for another country (or for an organization
        seated elsewhere) travelled there, the host's own official aside."""
        homes = {}
        for a in (one, other):
            office = self.office.get(a) or ""
            homes[a] = office if office.startswith("country:") else _seat_of(office)
        if not deferred and None in homes.values():
            self.unplaced.append((one, other, venue, sent))
            return
        for a, home in homes.items():
            if home and home != host and not self.is_envoy(a):
                self.add("VISITED/sidelines", a, host, sent, city=_city_of(venue))

    def is_envoy(self, pid: str) -> bool:
        person = self.ents.people.get(pid)
        return person is not None and any(_ENVOY.search(t) for t, _ in person.offices)

    def envoys_countries(self) -> list[str]:
        """The countries the article's envoys hold their posts for, in order."""
        return list(dict.fromkeys(self.office[pid] for pid in self.ents.people if self.is_envoy(pid)
                                  and (self.office.get(pid) or "").startswith("country:")))

    def posted_to(self, pid: str) -> set[str]:
        """The countries an envoy's title posts him to ('Ambassador to Pakistan'): where he
        lives, not where he visits."""
        person = self.ents.people.get(pid)
        lex = load_lexicon()
        found = set()
        for title, _ in person.offices if person is not None else ():
            posting = _POSTED_TO.search(title) if _ENVOY.search(title) else None
            place = posting.group(1) if posting else ""
            if place in lex.country_forms:
                found.add("country:" + lex.country_forms[place][0])
            elif place in lex.city_forms:
                found.add("country:" + lex.city_forms[place])
        return found

    def companions(self, sent: _Sentence) -> None:
        """'Milei, who travelled with Foreign Minister Mondino, met ...': the people named after
        the cue are of the delegation of the person named before it (their post is for his
        country; he does not meet them)."""
        people = self.people_in(sent)
        for boss, staff in zip(people, people[1:]):
            # "PM Lee's press secretary Chang Li Lin": of her principal's side
            if _STAFF_OF.fullmatch(sent.text, sent.end_offset(boss), sent.offset(staff)):
                self.staff_of.setdefault(staff.key, boss.key)  # who still meets others
        fronted = _ACCOMPANYING.match(sent.text)
        if fronted:  # "Accompanying Tinubu on this trip are the Minister of Foreign Affairs, X"
            people = self.people_in(sent)
            verb = _LISTED_ARE.search(sent.text, fronted.end())
            if people and verb and sent.offset(people[0]) < verb.start():
                for p in people:
                    if sent.offset(p) > verb.start():
                        self.companion_of.setdefault(p.key, people[0].key)
            return
        cue = _COMPANION.search(sent.text)
        if cue is None:
            return
        people = self.people_in(sent)
        before = [p.key for p in people if sent.offset(p) < cue.start()]
        if not before:
            return
        # the subject travels with them, or sends his greetings; but 'welcomed President X
        # and the accompanying delegation, which included ...' is X's delegation
        lead = before[-1] if _OWN_PARTY.search(cue.group(0)) else before[0]
        # a message's sender (one person) is of the party of the one who conveys it: the
        # subject, or who a relative clause is of ('King Abdullah received Minister Kattan,
        # who delivered to His Majesty a letter from King Salman')
        message = _MESSAGE_FROM.search(cue.group(0)) is not None
        who = sent.text.rfind(", who ", 0, cue.start())
        conveyer = [p.key for p in people if sent.end_offset(p) <= who]
        if message and conveyer:
            lead = conveyer[-1]
        for p in people:
            if sent.offset(p) < cue.end():
                continue
            gap = sent.text[cue.end():sent.offset(p)]
            if _LIST_BREAK.search(gap) or _MEET.search(gap):
                break
            self.companion_of.setdefault(p.key, lead)
            if message:
                break

    def meeting_parties(self, sent: _Sentence) -> list[str]:
        """Who met: the people before the trigger and the list of people right after it.

        'The minister also met A and B': with a verb and no one named before it, who met them
        is unknown (A did not meet B). 'X met Y in Z to prepare a meeting between A and B':
        the people met end where the list does, at a preposition or a new clause.
        """
        people = self.people_in(sent)
        trigger = _MEET.search(sent.text) or _CALL.search(sent.text)
        if trigger is None:
            return list(dict.fromkeys(m.key for m in people))
        people = _quoted_with(sent, people, trigger.start())
        ref = _PEOPLE_PAIR_REF.search(sent.text)
        # "the two leaders pledged during their summit": a verb may stand before "during"
        gap = _VERB_GAP if not trigger.group(0).startswith("during") else _VERB_AND_WORDS_GAP
        if ref and gap.fullmatch(sent.text, ref.end(), trigger.start()) and \
                not any(sent.offset(p) < ref.start() for p in people):
            return self.referent_people(sent)  # "The two leaders met at the palace"
        if _ATTENDED_BY.search(sent.text, trigger.end()):
            return []  # "The meeting was attended by A and B": they attended, they did not meet
        attended = _ATTENDED.search(sent.text)
        if attended and attended.start() <= trigger.start() < attended.end():
            return []  # "A and B attended the meeting"
        if trigger.group(0).lower() in ("hosted", "hosts") and \
                sent.text[trigger.end():trigger.end() + 4] == " by ":
            return []  # "to attend the summit hosted by Macron": an event's host
        said = [m.end() for m in _SAID_THAT.finditer(sent.text, 0, trigger.start())]
        if said:  # "Trump said ... that Rubio and Lutnick would lead talks": the speaker is no party
            people = [p for p in people if sent.offset(p) >= said[-1]]
        before = [p for p in people if sent.offset(p) < trigger.start()
                  and p.key not in self.companion_of]
        after = [p for p in people if sent.offset(p) >= trigger.end()
                 and p.key not in self.companion_of]
        if not before and _MEET_VERB.fullmatch(trigger.group(0).lower()):
            return []
        if not before and after and _WITH.search(sent.text, trigger.end(), sent.offset(after[0])):
            # "the meetings included an interaction with A, B and C": with someone unnamed, but
            # "In the meeting with A on Monday, B sought ...": with the subject after the comma
            comma = sent.text.find(", ", sent.end_offset(after[0]))
            subject = next((p for p in after if sent.offset(p) > comma), None)
            fronted = _FRONTED_PHRASE.match(sent.text)
            if fronted and fronted.end() > trigger.start() and comma > 0 and subject:
                return [subject.key, after[0].key]
            return []
        if trigger.group(0).lower() in _CREDENTIALS and \
                not sent.text.startswith(" to ", trigger.end()):
            after = []  # "presented her credentials, ... the previous ambassador, X": to no one named
        listed = after[:1]
        gap = sent.text[trigger.end():sent.offset(after[0])] if after else ""
        if len({p.key for p in before}) > 1 and _OBJECT_BREAK.search(gap):
            # "A and B also met separately and reviewed a visit by C": they met each other
            listed = []
        elif before and _PLACE_THEN_CLAUSE.match(gap):
            # "A and Saudi Crown Prince met in Cairo, ..., before a trip by President C": met
            # where, then a new clause; C is no one met
            listed = []
        for nxt in after[1:] if listed else []:
            prev = listed[-1]
            if nxt.key == prev.key:
                continue  # "Zhao Leji, the chairman of ...": the post is Zhao's own
            gap = sent.text[sent.end_offset(prev):sent.offset(nxt)]
            # "with Zhao Leji, the chairman of China's NPC, and Chinese Premier Li Qiang": an
            # apposition between two of the list
            apposition = _APPOSITION_GAP.match(gap)
            if apposition:
                gap = gap[apposition.end():]
            if _LIST_BREAK.search(gap) and not _MEETS_TOO.search(gap):
                break
            listed.append(nxt)
        return list(dict.fromkeys(m.key for m in before + listed))

    def visit_to_come(self, sent: _Sentence, trigger: re.Match) -> None:
        """'Putin is due to visit Beijing': no visit yet, but no one visits his own country, so
        the place is not the visitor's (asked when posts are inferred)."""
        visitor = next((p.key for p in self.people_in(sent) if sent.offset(p) < trigger.start()), None)
        place = next((c for c in sorted(sent.cities + sent.countries, key=lambda c: c.start)
                      if sent.offset(c) > trigger.start() and c.kind != "demonym"), None)
        # not "Tokayev invited him to visit Kazakhstan": the guest's trip, not the host's
        if visitor and place is not None and "invit" not in sent.text[:trigger.start()].lower():
            self.trips_to_come.append((visitor, self.place_of(place)))

    def referent_people(self, sent: _Sentence) -> list[str]:
        """Whom 'the two leaders' point at: the two people of the nearest of the three
        sentences before that names people, if it names two; and whom 'the Polish and German
        presidents' do: the one holder named for each country."""
        ref = _PEOPLE_PAIR_REF.search(sent.text)
        named = [c for c in sent.countries if ref and ref.start() < sent.offset(c) < ref.end()]
        if len(named) == 2:
            holders = [[p for p, office in self.named_office.items() if office == c.key]
                       for c in named]
            return [h[0] for h in holders] if all(len(h) == 1 for h in holders) else []
        for earlier in reversed(self.sentences[max(0, sent.index - 3):sent.index]):
            people = list(dict.fromkeys(p.key for p in earlier.people))
            if people:
                return people if len(people) == 2 else []
        return []

    def visits(self, sent: _Sentence) -> None:
        triggers = list(_VISIT.finditer(sent.text))
        # a visit planned ("will visit", "is expected to arrive", "invited him to visit") or
        # returned is not one made; what the sentence says will happen after it is no matter
        if not triggers or _RETURN.search(sent.text) or _WILL_HOST.search(sent.text):
            return
        planned = next((t for t in triggers if _PLANNED_BEFORE.search(sent.text, 0, t.start())), None)
        if planned is None and _PLANNED_STAY.search(sent.text, 0, triggers[0].start()):
            planned = triggers[0]  # "will be in the United Kingdom between March 6 and 9, on a visit"
        if planned is not None:
            self.visit_to_come(sent, planned)
            return
        m = triggers[0]
        # "Before his trip to Buenos Aires, Blinken visited Brazil": the main clause's visit,
        # to the places after the fronted trip
        fronted = _FRONTED_TRIP.match(sent.text)
        main_from = 0
        if fronted and m.start() < fronted.end():
            later = next((t for t in triggers if t.start() >= fronted.end()), None)
            if later is not None:
                m, main_from = later, fronted.end()
        people = _outside_quotes(sent, self.people_in(sent), m.start())
        clause = self.after_fronted_invitation(sent)
        if clause and clause < m.start():  # "At the invitation of A, B began his visit": B's
            people = [p for p in people if sent.offset(p) >= clause]
        if not people:
            return
        visitor = people[0].key
        host = _RECEIVED.search(sent.text)
        by = re.search(r"\b(?:visit|trip|tour) by\b", sent.text)
        if host and _is_passive(sent.text, host):
            host = None  # "..., where he was received by President X": the subject is the visitor
        if host and len(people) > 1:
            after = [p for p in people if sent.offset(p) > host.start()]
            if after:
                visitor = after[0].key
        elif by:
            after = [p for p in people if sent.offset(p) > by.start()]
            if after:
                visitor = after[0].key
        else:
            # "the first official visit to Tallinn ... of Krišjanis Karinš"
            # (not "Putin, on his first visit to North Korea, was greeted by Kim": his host)
            # (or "the state visit of PM Modi to the US", past the visitor's title)
            of = [p for p in people if sent.offset(p) > m.start() and (
                  re.search(r"\b(?:of|by)\s+$", sent.text[:sent.offset(p)]) or
                  _OF_TITLED.fullmatch(sent.text, m.end(), sent.offset(p))) and
                  not _AGENT_BY.search(sent.text[:sent.offset(p)])]
            if of:
                visitor = of[0].key
        # "met Chairman X, who is on an official visit to ...": the visit is X's
        # (or "... Uhuru Kenyatta who was in the country for a two-day state visit")
        who = max([sent.text.rfind(", who ", 0, m.start())] + [
            sent.end_offset(p) for p in people if sent.end_offset(p) < m.start()
            and sent.text.startswith(" who ", sent.end_offset(p))])
        named = [p for p in people if sent.offset(p) < who] if who > 0 else []
        on_visit = bool(named) and not any(who < sent.offset(p) < m.start() for p in people)
        if on_visit:
            visitor = named[-1].key
        if not by:  # "Modi's visit comes after a visit by Al-Sisi to India": the visit by
            visitor = self.visitor_named(sent, m, people) or visitor
        own = self.office.get(visitor) or self.home_returned_to(visitor)
        places = []
        lowers = self.tokens.lowers
        for place in sorted(sent.cities + sent.countries, key=lambda x: x.start):
            if self.is_dateline(place, sent) or sent.offset(place) < main_from:
                continue  # "Brasília - President Lula wrapped up his visit to China"
            if place.end in self.title_starts:
                continue  # "Abu Dhabi Crown Prince X left Islamabad": the post's place
            at = place.start - 1
            if at > 0 and lowers[at] == "the":  # "a state visit to the Kyrgyz Republic"
                at -= 1
            prev = lowers[at] if at >= 0 else ""
            if prev == "for" and at > 0 and lowers[at - 1] in _SET_OFF:
                prev = "to"  # "left for Moscow": whither ("resources for Sierra Leone": for whom)
            elif prev == "of" and at > 1 and lowers[at - 1] in _PLACE_NOUNS:
                # "arrived in the capital of Equatorial Guinea": where the capital is
                before = at - 3 if at > 2 and lowers[at - 2] == "the" else at - 2
                prev = lowers[before] if before >= 0 else prev
            if prev not in _BEFORE_DESTINATION and place.label != "City" or prev == "from":
                continue  # "From Pyongyang, Putin travelled on to Hanoi": whence, not where
            if prev in ("in", "to") and at > 0 and lowers[at - 1] == "back":
                continue  # "arrived back in Hanoi, wrapping up a visit to Indonesia": home
            if place.kind == "demonym" and not (
                    lowers[place.start - 1] == "the" and place.end < sent.end
                    and lowers[place.end] in _PLACE_NOUNS):
                continue  # but "arrived in the Azerbaijani exclave" is a place in Azerbaijan
            country = self.place_of(place)
            if country != own:
                places.append((place, country))
        # "her first visit to Egypt since 2021": not the visit's date
        dates = [d for d in find_dates(sent.text, self.date)
                 if not sent.text[max(0, d[1] - 6):d[1]].lower().endswith("since ")]
        duration = _DURATION.search(sent.text)
        when = {"date": _event_date(sent.text, dates),
                "duration": f"{duration.group(1)}-day" if duration else None}
        after_by = [(p, c) for p, c in places if by and sent.offset(p) > by.start()]
        if after_by:  # "A met B in Cairo, ... before a trip by C to Saudi Arabia": C's place
            places = after_by
        if places and places[0][1] in self.posted_to(visitor):
            return  # "UAE's Ambassador to Pakistan, while announcing the visit": not his
        if places:
            place, country = places[0]
            city = place.text if place.label == "City" else next(
                (c.text for c in sent.cities if self.place_of(c) == country), None)
            self.add("VISITED/travel", visitor, country, sent, city=city, **when)
            for other in self.co_travellers(sent, m, people, visitor):
                if self.office.get(other) != country:
                    self.add("VISITED/travel", other, country, sent, city=city, **when)
            for stop, country in self.stops(sent, places) + self.listed_after(sent, place):
                if country not in (own, places[0][1]):
                    self.add("VISITED/travel", visitor, country, sent,
                             city=stop.text if stop.label == "City" else None)
            return
        # "President of Turkmenistan X received Minister Y, who arrived in the country on a
        # working visit": no place named, the visit is to the country of the one receiving
        receiver = next((p.key for p in people if host and sent.offset(p) < host.start()), None)
        home = self.office.get(receiver or "") or ""
        if home.startswith("country:") and home != own and receiver != visitor:
            self.add("VISITED/received", visitor, home, sent, **when)
            return
        others = list(dict.fromkeys(p.key for p in people if p.key != visitor))
        if on_visit and len(others) == 1:
            # "Museveni and his Kenyan counterpart Ruto, who was on a one-day visit, witnessed":
            # the visit was to the one other person's country (asked once posts are inferred)
            self.receptions.append((others[0], visitor, sent))
        self.arrival_there(sent, visitor, own)
        self.visit_filed_from(sent, m, people, visitor, own)

    def delegation_visits(self, sent: _Sentence) -> None:
        """'Winston Peters ... led a bipartisan delegation to the Pacific. The delegation
        visited Solomon Islands, Papua New Guinea, Vanuatu and Tuvalu': its leader went to each
        (named in one of the three sentences before as the one who led it)."""
        trigger = _VISIT.search(sent.text)
        if trigger is None or _PLANNED_BEFORE.search(sent.text, 0, trigger.start()):
            return
        leader = None
        for earlier in reversed(self.sentences[max(0, sent.index - 3):sent.index]):
            led = _LED_DELEGATION.search(earlier.text)
            people = [p for p in earlier.people if led and earlier.offset(p) < led.start()]
            if people:
                leader = people[0].key
                break
        if leader is None:
            return
        first = next((c for c in sent.countries if sent.offset(c) > trigger.end()), None)
        own = self.office.get(leader)
        for c in _list_starting(sent, sent.countries, first) if first else []:
            if c.key != own:
                self.add("VISITED/delegation", leader, c.key, sent)

    def visit_before(self, sent: _Sentence) -> None:
        """'The visit to Côte d'Ivoire follows a successful State Visit to the Federal Republic
        of Nigeria on 30 November': the one who made the visit named first made the other."""
        first = _THE_VISIT_TO.match(sent.text)
        triggers = list(_VISIT.finditer(sent.text))
        if first is None or len(triggers) < 2:
            return
        to = next((self.place_of(c) for c in sent.cities + sent.countries
                   if sent.offset(c) == first.end()), None)
        visitors = {r.source for r in self.out if r.type == "VISITED" and r.target == to}
        if len(visitors) != 1:
            return
        visitor = visitors.pop()
        for t in triggers[1:]:
            if not _FOLLOWS.search(sent.text, first.end(), t.start()):
                continue
            place = _TO_PLACE.match(sent.text, t.end())
            there = next((c for c in sent.cities + sent.countries
                          if place and sent.offset(c) == place.end()), None)
            if there is not None and self.place_of(there) not in (to, self.office.get(visitor)):
                dates = find_dates(sent.text[t.start():], self.date)
                self.add("VISITED/before", visitor, self.place_of(there), sent,
                         date=_event_date(sent.text[t.start():], dates))

    def visit_filed_from(self, sent: _Sentence, trigger: re.Match, people: list[Mention],
                         visitor: str, own: str | None) -> None:
        """'India, UAE sign treaty during Modi visit', filed from Abu Dhabi: a person's visit
        naming no place is to the country the report is filed from. Kept once posts are
        inferred (it tells them that the visitor is not of that country), unless it is the
        visitor's own."""
        country = self.dateline_country
        if country is None or country == own:
            return
        # "X's visit", "X is in the country on a two-day visit", "a state visit by President X"
        owner = next((p for p in people if p.key == visitor and sent.end_offset(p) <= trigger.start()
                      and (_VISIT_OF.fullmatch(sent.text, sent.end_offset(p), trigger.start()) or
                           _IN_THE_COUNTRY.match(sent.text, sent.end_offset(p)))), None) or next(
            (p for p in people if p.key == visitor and sent.offset(p) > trigger.end() and
             _BY_POSTS.fullmatch(sent.text, trigger.end(), sent.offset(p))), None)
        if owner is not None:
            self.visits_filed_from.append((visitor, country, sent))

    def stops(self, sent: _Sentence, places: list[tuple[Mention, str]]) -> list[tuple[Mention, str]]:
        """'arrived in Manila after stops in Tokyo and Seoul': the places listed after 'stops
        in' (or 'visits to') were visited too."""
        found = []
        for cue in _STOPS_IN.finditer(sent.text):
            last = cue.end()
            for place, country in places:
                at = sent.offset(place)
                if at < cue.end():
                    continue
                if at != last and not _COUNTRY_LIST_GAP.fullmatch(sent.text, last, at):
                    break
                found.append((place, country))
                last = sent.end_offset(place)
        return found

    def listed_after(self, sent: _Sentence, first: Mention) -> list[tuple[Mention, str]]:
        """'state visits to Trinidad and Tobago, Costa Rica and Mexico': the places listed
        right after the first destination were visited too (not 'Spain and Portugal's
        President', whose place is a possessor)."""
        places = [m for m in sent.cities + sent.countries if m.kind != "demonym" or m is first]
        return [(place, self.place_of(place))
                for place in _list_starting(sent, places, first)[1:]]

    def attendees(self, sent: _Sentence) -> None:
        """'Anwar received a courtesy call from the Chinese ambassador ... Also present was
        Foreign Minister X': X is of the host's side (his post is the host's country). So is
        each one of 'Prime Minister A and Foreign Minister B attended the meeting, as did
        Iraqi Foreign Minister C' whose post names no other country."""
        attended = _ATTENDED_BY.search(sent.text)
        after = attended.start() if attended else 0
        if attended is None and not _ATTENDED.search(sent.text):
            return
        # the meeting they attended: the last one before that someone hosted
        hosted = [r for r in self.out if r.type == "MET_WITH" and r.at <= sent.start
                  and (_RECEIVED.search(r.evidence) or "courtesy call" in r.evidence)]
        if not hosted:
            return
        host = hosted[-1].source
        for p in self.people_in(sent):
            if sent.offset(p) >= after and p.key != host:
                self.companion_of.setdefault(p.key, host)

    def hosting_to_come(self, sent: _Sentence) -> None:
        """'President X will on Thursday host President Y': no meeting yet, but host and guest
        are of two sides."""
        m = _WILL_HOST.search(sent.text)
        if m is None:
            return
        people = self.people_in(sent)
        host = next((p.key for p in people if sent.offset(p) < m.start()), None)
        guests = [p.key for p in people if sent.offset(p) > m.end() and p.key != host]
        if host and guests:
            self.planned.append(RawRelation("MET_WITH", host, guests[0], "", at=sent.start))

    def messages(self, sent: _Sentence) -> None:
        """'The Crown Prince received a written message from President X ... The message was
        delivered by Minister Y': Y met the Crown Prince, and came to his country (asked once
        the posts are inferred)."""
        people = self.people_in(sent)
        got = _MESSAGE_RECEIVED.search(sent.text)
        if got:
            before = [p.key for p in people if sent.offset(p) < got.start()]
            if before:
                self.message_to = (before[0], sent.index)
        by = _DELIVERED_BY.search(sent.text)
        if by is None or self.message_to is None or sent.index - self.message_to[1] > 2:
            return
        recipient = self.message_to[0]
        deliverer = next((p.key for p in people if sent.offset(p) >= by.end()), None)
        if deliverer and deliverer != recipient:
            self.add("MET_WITH/message", recipient, deliverer, sent)
            self.receptions.append((recipient, deliverer, sent))

    def presence(self, sent: _Sentence) -> None:
        """'Tanzanian President X and Ghanaian President Y were also in Nairobi for the
        meeting': each person named before it whose post is another country's came there."""
        m = _PRESENT_IN.search(sent.text)
        if m is None:
            self.attended_there(sent)
            return
        place = next((p for p in sent.cities + sent.countries
                      if sent.offset(p) == m.end() and p.kind != "demonym"), None)
        if place is None:
            return
        self.came_to(place, [p for p in self.people_in(sent) if sent.offset(p) < m.start()],
                     sent, "VISITED/present")

    def attended_there(self, sent: _Sentence) -> None:
        """'The ceremony took place in Hanoi on Thursday, attended by Kazakh Deputy Foreign
        Minister X': those who attended an event held in a city of another country came there."""
        m = _ATTENDED_BY.search(sent.text) or _ATTENDED_BY_CLAUSE.search(sent.text)
        if m is None:
            return
        place = next((c for c in sent.cities if sent.offset(c) < m.start() and c.start
                      and self.tokens.lowers[c.start - 1] == "in" and not self.is_dateline(c, sent)
                      and not _in_relative_clause(sent.text, sent.offset(c))), None)
        if place is not None:
            self.came_to(place, [p for p in self.people_in(sent) if sent.offset(p) > m.start()],
                         sent, "VISITED/attended")

    def came_to(self, place: Mention, people: list[Mention], sent: _Sentence, rule: str) -> None:
        """Each of ``people`` whose post is another country's than ``place``'s visited it."""
        country = self.place_of(place)
        city = place.text if place.label == "City" else None
        for p in people:
            own = self.office.get(p.key) or ""
            if own.startswith("country:") and own != country and not self.is_envoy(p.key):
                self.add(rule, p.key, country, sent, city=city)

    def co_travellers(self, sent: _Sentence, trigger: re.Match, people: list[Mention],
                      visitor: str) -> list[str]:
        """'President A, Nepal's Prime Minister B and Bhutan's Prime Minister C also travelled
        to New Delhi': the people listed with the visitor before the verb travel too."""
        # and the one who led the delegation the visitor went with ("MA Momen visited India
        # along with the delegation led by Prime Minister Khaleda Zia")
        led = _DELEGATION_LED_BY.search(sent.text, trigger.end())
        lead = next((p.key for p in people if led and 0 <= sent.offset(p) - led.end() <= 40
                     and p.key != visitor), None)
        leads = [lead] if lead else []
        before = [p for p in people if sent.offset(p) < trigger.start() and p.kind != "pronoun"]
        if len(before) < 2 or before[0].key != visitor:
            return leads
        gap = sent.text[sent.end_offset(before[0]):trigger.start()]
        words = [w.strip(",") for w in gap.split()]
        listed = ("," in gap or " and " in gap) and all(
            not w or w[0].isupper() or w in _LIST_WORDS for w in words)
        return [p.key for p in before[1:] if p.key != visitor] + leads if listed else leads

    def visitor_named(self, sent: _Sentence, trigger: re.Match,
                      people: list[Mention]) -> str | None:
        """Whom the words around a visit name as the visitor: the person X of "X's [official]
        visit", or the one person of the sentence whose post is the country of a role ("the
        Cambodian leader's official visit to Vietnam") or of "a visit from the Maldives"."""
        text = sent.text
        possessive = _POSSESSIVE_BEFORE.search(text, 0, trigger.start())
        if possessive is not None:
            owner = next((p.key for p in people if p.kind != "pronoun" and
                          sent.end_offset(p) == possessive.start()), None)
            if owner is not None:
                return owner
        for country in sent.countries:
            role = possessive is not None and _ROLE_WORDS.fullmatch(
                text, sent.end_offset(country), possessive.start())
            if role or _FROM_GAP.fullmatch(text, trigger.end(), sent.offset(country)):
                holders = {p.key for p in people if self.office.get(p.key) == country.key}
                if len(holders) == 1:
                    return holders.pop()
        return None

    def arrival_there(self, sent: _Sentence, visitor: str, own: str | None) -> None:
        """'Kagame arrived for the summit', no place named: where the visit read in the three
        sentences before went (others arriving for the same event)."""
        if not _ARRIVED.search(sent.text):
            return
        first = self.sentences[max(0, sent.index - 3)].start
        earlier = sorted((r for r in self.out if r.type == "VISITED" and first <= r.at < sent.start),
                         key=lambda r: r.at)
        if earlier and earlier[-1].target != own:
            trip = earlier[-1]
            self.add("VISITED/arrived-there", visitor, trip.target, sent,
                     city=trip.properties.get("city"))

    def invitations(self, sent: _Sentence) -> None:
        people = self.people_in(sent)
        m = _INVITATION_OF_POSSESSOR.search(sent.text)
        if m:
            # the possessor ends right at the "'s": a person, or a country ("at China's invitation")
            inviter = next((x.key for x in people + sent.countries
                            if sent.end_offset(x) == m.start()), None)
            guest = next((p.key for p in people if p.key != inviter), None)
            if inviter and guest:
                self.add("INVITED/possessive", inviter, guest, sent)
                return
        m = _INVITE_OF.search(sent.text)
        if m:
            inviters = [p for p in people if sent.offset(p) > m.start()]
            guests = [p for p in people if sent.offset(p) < m.start()]
            clause = self.after_fronted_invitation(sent)
            if clause:  # "At the invitation of A, B has begun his visit": B is the guest
                inviters = [p for p in inviters if sent.offset(p) < clause]
                guests = [p for p in people if sent.offset(p) >= clause]
            inviter = inviters[0].key if inviters else next(
                (c.key for c in sent.countries if sent.offset(c) > m.start()), None)
            if inviter and guests:
                self.add("INVITED/invitation-of", inviter, guests[0].key, sent)
                # "a state visit to the UK at the invitation of Queen Elizabeth II": the host's
                own = self.office.get(guests[0].key)
                visited = {self.place_of(c) for c in sent.countries + sent.cities
                           if sent.offset(c) < m.start()} - {own}
                if len(visited) == 1:
                    self.invited_to[inviter] = visited.pop()
            return
        m = _THANKED_FOR_INVITING.search(sent.text)
        if m:
            # "Tokayev thanked President Japarov for his invitation": Japarov invited him
            guest = next((p.key for p in people if sent.offset(p) < m.start()), None)
            inviter = next((p.key for p in people if m.start() < sent.offset(p) < m.end()), None)
            if guest and inviter and guest != inviter:
                self.add("INVITED/thanked", inviter, guest, sent)
                return
        m = _INVITE_TO.search(sent.text)
        if m:
            # "He said he looked forward to it, and Xi invited Trump": the inviter is of the
            # verb's own clause
            clause = _clause_start(sent.text, m.start())
            hosts = [p for p in people if clause <= sent.offset(p) < m.start()] or \
                [p for p in people if sent.offset(p) < m.start()]
            guests = [p for p in people if sent.offset(p) > m.start()]
            if hosts and guests:
                self.add("INVITED/invited", hosts[0].key, guests[0].key, sent)

    def after_fronted_invitation(self, sent: _Sentence) -> int | None:
        """Where the main clause begins after 'At the invitation of A, ' opening the sentence:
        after the comma that follows the first person named (the inviter, whose post may come
        before the name: 'At the invitation of Minister of Foreign Affairs of Mongolia X, ')."""
        m = _INVITE_OF.search(sent.text)
        # opening the sentence, or its dateline ("Ulaanbaatar/MONTSAME/. At the invitation")
        if m is None or not sent.text[m.start()].isupper() or any(
                sent.offset(p) < m.start() for p in sent.people):
            return None
        inviter = next((p for p in sent.people if sent.offset(p) > m.end()), None)
        if inviter is None:
            return None
        comma = sent.text.find(", ", sent.end_offset(inviter))
        return comma + 2 if comma >= 0 else None

    def signed(self, sent: _Sentence) -> None:
        trigger = _SIGN.search(sent.text)
        if not (trigger and _DOCUMENT.search(sent.text)) or _negated(sent.text, trigger) or \
                _SIGNING_TO_COME.search(sent.text, 0, trigger.start()):
            return
        if self.signed_with_no_country(sent, trigger):
            return
        if _BLOC_SIGNERS.search(sent.text):
            return  # "signed by the leaders of the SCO countries": all members, no pair of them
        # "the two leaders witnessed the signing of ... on Indonesia's new capital": no party is
        # named before the signing ("Siemens and the Nigerian government signed" names one)
        parties = [m for m in sent.countries if sent.offset(m) < trigger.start()]
        signers = self.listed_signers(sent, trigger, parties)
        partners = self.signed_with_countries(sent, trigger) if not parties else None
        pairs = list(combinations(signers, 2)) if signers else partners if partners is not None \
            else self.pair_countries(sent)
        if not pairs:
            pairs = self.signers_pair(sent, trigger.start(), parties)
        count = re.search(r"\b(\d+)\s+(?:\w+\s+)?(?:documents|agreements|memorand\w*|deals)\b",
                          sent.text)
        doc = _DOCUMENT.search(sent.text)
        dates = find_dates(sent.text, self.date)
        for a, b in pairs:
            self.add("SIGNED", a, b, sent, document=sent.text[doc.start():doc.end()] if doc else None,
                     count=int(count.group(1)) if count else None,
                     date=_event_date(sent.text, dates))
        self.cosigners(sent, trigger)

    def signed_with_countries(self, sent: _Sentence, trigger: re.Match) -> list[tuple[str, str]] | None:
        """'He said we have signed agreements with UAE and Australia': each country after
        'with' signed with the subject's country (the post of who is named before the verb),
        not with the others; None where the countries are not all partners after 'with'."""
        with_at = _WITH.search(sent.text, trigger.end())
        partners = [m.key for m in sent.countries if with_at and sent.offset(m) > with_at.start()]
        if not partners or len(partners) != len(sent.countries) or self.topic_countries(sent):
            return None
        subject = next((p.key for p in self.people_in(sent) if sent.offset(p) < trigger.start()),
                       None)
        own = self.office.get(subject or "") or ""
        if subject and not own:
            self.pair_of_unknown_posts = True  # read again once the subject's post is inferred
        if not own.startswith("country:"):
            return None if len(partners) == 1 else []
        return [(own, c) for c in dict.fromkeys(partners) if c != own]

    def listed_signers(self, sent: _Sentence, trigger: re.Match, parties: list[Mention]) -> list[str]:
        """'Türkiye, Iraq, Qatar and the United Arab Emirates also signed a memorandum': the
        three or more countries listed just before the verb are its parties."""
        if not parties or not _VERB_GAP.fullmatch(sent.text, sent.end_offset(parties[-1]),
                                                     trigger.start()):
            return []
        listed = list(dict.fromkeys(m.key for m in _list_ending(sent, parties, _COUNTRY_LIST_GAP)))
        return listed if len(listed) > 2 else []

    def cosigners(self, sent: _Sentence, trigger: re.Match) -> None:
        """'Landsbergis and Valtonen also signed a memorandum': two people of two countries who
        signed together met to sign it."""
        signers = [p for p in self.people_in(sent) if sent.offset(p) < trigger.start()]
        ref = _PEOPLE_PAIR_REF.search(sent.text[:trigger.start()])
        if ref and _VERB_GAP.fullmatch(sent.text, ref.end(), trigger.start()):
            # "Trump hosted Aliyev and Pashinyan, where the two leaders signed": the two named
            # last before them
            named = list(dict.fromkeys(p.key for p in signers if sent.offset(p) < ref.start()))
            pair = named[-2:] if len(named) >= 2 else self.referent_people(sent)
            if len(pair) == 2 and not self.met_to_sign(pair[0], pair[1], sent):
                self.cosigned.append((pair[0], pair[1], sent))
            return
        partner = self.signed_with_person(sent, trigger)
        if partner is not None and signers and signers[-1].key != partner:
            # "he signed a cooperation agreement with President Alpha Conde"
            if not self.met_to_sign(signers[-1].key, partner, sent):
                self.cosigned.append((signers[-1].key, partner, sent))
            return
        firsts = list({p.key: p for p in reversed(signers)}.values())[::-1]  # each one's first
        if len(firsts) != 2 or len(signers) != 2:
            return  # not "A, B and A's minister signed": two people, each named once
        one, other = firsts
        if _COSIGNERS_GAP.fullmatch(sent.text[sent.end_offset(one):sent.offset(other)]):
            if not self.met_to_sign(one.key, other.key, sent):
                self.cosigned.append((one.key, other.key, sent))

    def signed_with_person(self, sent: _Sentence, trigger: re.Match) -> str | None:
        """The person named right after 'signed (an agreement) with' (a post may come first)."""
        w = _SIGNED_WITH.match(sent.text, trigger.end())
        if w is None:
            return None
        after = [m for m in sent.people + sent.countries + sent.orgs if sent.offset(m) >= w.end()]
        first = min(after, key=lambda m: m.start, default=None)
        if first is None or first.label != "Person" or \
                not _POST_WORDS.fullmatch(sent.text, w.end(), sent.offset(first)):
            return None
        return first.key

    def met_to_sign(self, one: str, other: str, sent: _Sentence) -> bool:
        """Whether the two signers hold posts for two countries (then they met); asked again
        once posts are inferred."""
        offices = {self.office.get(one) or "", self.office.get(other) or ""}
        if len(offices) == 2 and all(o.startswith("country:") for o in offices):
            self.add("MET_WITH/signed", one, other, sent)
            return True
        return False

    def signed_with_no_country(self, sent: _Sentence, trigger: re.Match) -> bool:
        """'a port deal that Ethiopia signed with the breakaway region of Somaliland': the
        other party, named after 'with', is no country, whatever countries the sentence names."""
        if trigger.group().lower() not in ("signed", "sign", "signs", "signing", "inked"):
            return False  # "concluded the meeting with a declaration"
        w = _SIGNED_WITH.match(sent.text, trigger.end())
        if w is None or _PRONOUN_AFTER.match(sent.text, w.end()) or \
                _DOCUMENT.match(sent.text, w.end()) or \
                _DOCUMENT.search(" ".join(sent.text[w.end():].split()[:4])):
            return False
        # a capitalised word after 'with' opens a name or a post, however long ("with the
        # Minister of Foreign Affairs, Cooperation and Regional Integration of Cape Verde")
        named = sent.text[w.end():].removeprefix("the ")[:1].isupper()
        reach = len(sent.text) if named else w.end() + 60
        after = [m for m in sent.people + sent.countries + sent.cities + sent.orgs
                 if w.end() <= sent.offset(m) < reach]
        first = min(after, key=lambda m: m.start) if after else None
        return first is None or first.label == "Organization"

    def signers_pair(self, sent: _Sentence, trigger: int,
                     parties: list[Mention]) -> list[tuple[str, str]]:
        """Whose signing it is when the sentence names no pair: the countries of the people
        who signed ('Minister Wong and her Indonesian counterpart Marsudi signed'), else the
        article's pair when no party is named before the signing ('the two leaders witnessed
        the signing'; 'Siemens and the Nigerian government signed' names one)."""
        group = self.referent_group(sent) if not parties else []
        if len(group) > 2:  # "the ministers signed a joint declaration" (of three countries)
            return list(combinations(group, 2))
        if not parties and any(o.kind not in BODIES and sent.offset(o) < trigger for o in sent.orgs):
            return []  # "The European Union and Mercosur concluded an agreement": the blocs'

        signers = [p.key for p in self.people_in(sent) if sent.offset(p) < trigger]
        countries = list(dict.fromkeys(
            [m.key for m in parties] +
            [self.office[p] for p in signers if (self.office.get(p) or "").startswith("country:")]))
        if len(countries) == 2:
            return [(countries[0], countries[1])]
        unknown = any(not self.office.get(p) for p in signers)
        others = {m.key for m in sent.countries} - set(self.pair or ())
        if self.pair and (not parties and len(others) < 2 or len(set(signers)) > 1 and unknown
                          and set(countries) <= set(self.pair)):
            return [self.pair]
        return []  # "protocols were signed with Togo, Benin, Ghana and Niger": not the pair's

    def cooperation(self, sent: _Sentence) -> None:
        trigger = self.outside_names(_COOPERATE, sent)  # not the Gulf Cooperation Council's
        if trigger and sent.text[max(0, trigger.start() - 11):trigger.start()].lower() == "diplomatic ":
            trigger = None  # "restore diplomatic relations": a relation of its own type
        elif trigger and trigger.group(0).lower() in ("relations", "ties") and _ESTABLISHED_BEFORE.search(
                sent.text, max(0, trigger.start() - 40), trigger.start()):
            trigger = None  # "diplomatic and consular relations", "the establishment of relations"
        sectors = _sectors(sent.text)
        if (not trigger and not sectors) or _negated(sent.text, trigger):
            return
        pairs = self.pair_countries(sent)
        group = self.referent_group(sent) if not pairs and not sent.countries else []
        if len(group) > 1:  # "the three ministers called for cooperation in transport"
            pairs = list(combinations(group, 2))
        if not pairs and sectors:  # "talks on energy and migration" between the two named
            pair = self.named_pair(sent) or self.referent_pair(sent)
            named = {m.key for m in sent.countries}
            pairs = [pair] if pair and named <= set(pair) else []
        for a, b in pairs:
            self.add("COOPERATES_WITH" if trigger else "COOPERATES_WITH/sectors", a, b, sent,
                     sectors=sectors or None)

    def membership(self, sent: _Sentence) -> None:
        # a country's own bodies ("Ministry of Planning and Investment") have no member states
        orgs = [m for m in sent.orgs if m.kind not in BODIES]
        if not orgs:
            return
        if self.members_of_which(sent, orgs):
            return
        listed = _MEMBER_LIST.search(sent.text)
        if listed:
            # "the leaders of ASEAN member states together with their dialogue partners from
            # China, Japan ...": the partners are no members
            others = _NOT_MEMBERS_AFTER.search(sent.text, listed.end())
            cut = others.start() if others else len(sent.text)
            members = [m.key for m in sent.countries if listed.start() < sent.offset(m) < cut]
            org = min(orgs, key=lambda o: abs(sent.offset(o) - listed.start())).key
            for country in dict.fromkeys(members):
                self.add("MEMBER_OF/list", country, org, sent)
            return
        future = _FUTURE_MEMBER.search(sent.text)
        contrast = future and _CONTRAST.search(sent.text, 0, future.start())
        if contrast:  # "Hungary is a member of NATO, while Türkiye is a candidate": the first
            self.membership(sent.before(contrast.start()))
            return
        joined = self.joined_org(sent)
        if joined:
            self.add("MEMBER_OF/joined", *joined, sent)
            return
        member = _MEMBER.search(sent.text)
        if not member or future or _negated(sent.text, member) or \
                _GENERIC_MEMBERS.search(sent.text) or _INDEFINITE_MEMBER.search(sent.text):
            return  # "Albania is not a member of the EU"
        chair = _CHAIR_OF.search(sent.text)
        if chair:  # "Russia's chairmanship of BRICS": Russia's alone
            holder = next((c.key for c in sent.countries
                           if sent.end_offset(c) == chair.start()), None)
            org = next((o.key for o in orgs if sent.offset(o) > chair.start()), None)
            if holder and org:
                self.add("MEMBER_OF/chair", holder, org, sent)
                return
        # "the chairmanship of Turkmenistan in the ECO": Turkmenistan's alone
        chair_of = _CHAIRMANSHIP_OF.search(sent.text)
        holder_at = next((c for c in sent.countries
                          if chair_of and sent.offset(c) == chair_of.end()), None)
        org = next((o.key for o in orgs if holder_at and _IN_ORG.fullmatch(
            sent.text, sent.end_offset(holder_at), sent.offset(o))), None)
        if org:
            self.add("MEMBER_OF/chair", holder_at.key, org, sent)
            return
        appositions = self.member_appositions(sent)
        for country, org in appositions:
            self.add("MEMBER_OF/apposition", country, org, sent)
        if appositions:
            return
        countries = [m.key for m in sent.countries
                     if not _OBSERVER.match(sent.text, sent.end_offset(m))]
        # "Vietnam is a member of ASEAN, which has a partnership with the EU": ASEAN alone
        named = [o for o in orgs if _MEMBER_OF_BEFORE.search(sent.text, 0, sent.offset(o))]
        orgs = self.coordinated(sent, named[0], orgs) if named else orgs
        pair = self.referent_pair(sent) if _PAIR_REF.search(sent.text) else None
        group = self.referent_group(sent) if not pair and not countries else []
        if pair:  # "Both nations are members of APEC"
            countries = list(pair)
        elif group:  # "The three countries are members of BSEC"
            countries = group
        elif not countries and self.pair and re.search(r"\bcooperat", sent.text):
            countries = list(self.pair)
        for org in dict.fromkeys(m.key for m in orgs):
            for country in dict.fromkeys(countries):
                self.add("MEMBER_OF/context", country, org, sent)

    def members_of_which(self, sent: _Sentence, orgs: list[Mention]) -> bool:
        """'... help Sri Lanka join the RCEP, of which Thailand is a member': the country after
        'of which' is a member of the organization before it, whatever else the sentence says."""
        found = False
        for m in _OF_WHICH.finditer(sent.text):
            country = next((c for c in sent.countries if sent.offset(c) == m.end()), None)
            if country is None or not _IS_A_MEMBER.match(sent.text, sent.end_offset(country)):
                continue
            before = [o for o in orgs if sent.end_offset(o) <= m.start()]
            if before:
                self.add("MEMBER_OF/of-which", country.key, before[-1].key, sent)
                found = True
        return found

    def joined_org(self, sent: _Sentence) -> tuple[str, str] | None:
        """'Ethiopia joined the BRICS group in January': the country just before 'joined'
        is a member of the organization right after it; so is the country congratulated 'on
        becoming a full member of BRICS'."""
        m = _JOINED_VERB.search(sent.text) if "joined" in sent.text else None
        if m is not None:
            country = next((c.key for c in sent.countries
                            if sent.end_offset(c) + 1 == m.start()), None)
        else:
            m = _CONGRATULATED_ON.search(sent.text) if "congratulat" in sent.text else None
            if m is None:
                return None
            country = next((c.key for c in sent.countries if sent.offset(c) == m.start("who")
                            and sent.end_offset(c) == m.end("who")), None)
        org = next((o.key for o in sent.orgs if sent.offset(o) == m.end()
                    and o.kind not in BODIES), None)
        return (country, org) if country and org else None

    def coordinated(self, sent: _Sentence, first: Mention, orgs: list[Mention]) -> list[Mention]:
        """``first`` and the organizations listed right after it: 'of the IGAD and the AU'."""
        found, last = [first], first
        for o in orgs:
            if sent.offset(o) <= sent.offset(last):
                continue
            gap = sent.text[sent.end_offset(last):sent.offset(o)]
            if o.key == last.key and gap.strip() == "(":  # its acronym, in brackets
                last = o
                continue
            if not _ORG_LIST_GAP.fullmatch(gap):
                break
            found.append(o)
            last = o
        return found

    def member_appositions(self, sent: _Sentence) -> list[tuple[str, str]]:
        """'Oman, a member of the Gulf Cooperation Council (GCC), opened...': the member is
        the country the apposition follows, not every country of the sentence."""
        lowers, found = self.tokens.lowers, []
        country_ending = {m.end: m for m in sent.countries}
        org_at = {m.start: m for m in sent.orgs if m.kind not in BODIES}
        for k in range(sent.start + 3, sent.end - 2):
            if lowers[k] != "member" or lowers[k + 1] != "of":
                continue
            org = org_at.get(k + 2) or (org_at.get(k + 3) if lowers[k + 2] == "the" else None)
            j = k - 1
            if lowers[j] not in ("a", "an", "the"):
                j -= 1  # "a founding member"
            if org is None or lowers[j] not in ("a", "an", "the") or lowers[j - 1] != ",":
                continue
            country = country_ending.get(j - 1)
            if country is None:
                continue
            found.append((country.key, org.key))
            k = org.end  # "a member of the EU and NATO"
            while k + 1 < sent.end and lowers[k] in ("and", ","):
                k += 2 if lowers[k + 1] == "the" else 1
                if k not in org_at:
                    break
                found.append((country.key, org_at[k].key))
                k = org_at[k].end
        return found

    def diplomatic(self, sent: _Sentence) -> None:
        trigger = _DIPLOMATIC.search(sent.text)
        if not trigger or _negated(sent.text, trigger) or \
                _SEVERED.search(sent.text, max(0, trigger.start() - 40), trigger.start()):
            return
        pairs = self.pair_countries(sent)
        explicit = list(dict.fromkeys(m.key for m in sent.countries))
        if not pairs and len(explicit) == 2:
            pairs = [(explicit[0], explicit[1])]
        if not pairs and not explicit:  # "Riyadh and Damascus restored diplomatic relations"
            capitals = list(dict.fromkeys(m.key for m in self.actors(sent)))
            pairs = [(capitals[0], capitals[1])] if len(capitals) == 2 else []
        # the date said with the relations ("established diplomatic relations in 1992"), not
        # the report's own: "TEHRAN, March 6 (IRNA) - ..., which restored relations ..., the
        # ministry said on Wednesday"
        opening = _DATELINE_END.search(sent.text) if sent.index < 2 else None
        near = range(max(opening.end() if opening else 0, trigger.start() - 40), trigger.end() + 60)
        dates = [d for d in find_dates(sent.text, self.date) if d[1] in near]
        # the nearest: "recognised its independence in 1991, and established diplomatic
        # relations on 16 December 1992"
        since = min(dates, key=lambda d: abs(d[1] - trigger.end()))[0] if dates else None
        for a, b in pairs:
            self.add("HAS_DIPLOMATIC_RELATIONS", a, b, sent, since=since)

    def embassies(self, sent: _Sentence) -> None:
        if not _EMBASSY.search(sent.text):
            return
        lowers, span_text = self.tokens.lowers, self.tokens.span_text
        triggers = [i for i in range(sent.start, sent.end) if _EMBASSY.fullmatch(lowers[i])
                    or lowers[i] in ("commission", "commissions") and lowers[i - 1] == "high"]
        for n, trig in enumerate(triggers):
            stop = triggers[n + 1] if n + 1 < len(triggers) else sent.end
            owners: list[str] = []
            before = [m for m in sent.countries if m.end <= trig and trig - m.end <= 2]
            if before:
                owners = [before[-1].key]
            j = trig + 1
            while j < sent.end and lowers[j] in ("building", "buildings", "compound",
                                                 "premises", "complex"):
                j += 1
            if j < len(lowers) and lowers[j] == "of":
                j += 1 + (j + 1 < len(lowers) and lowers[j + 1] == "the")
                after = [m for m in sent.countries if m.start == j]
                if after:
                    owners = [after[0].key]
                elif re.match(r"(?:the\s+)?two countries", span_text(j, min(j + 3, len(lowers)))) \
                        and self.pair:
                    owners = list(self.pair)
            # "opened its embassy", "it has maintained an embassy": the sentence's subject
            if not owners and any(lowers[k] in ("its", "it")
                                  for k in range(max(sent.start, trig - 5), trig)):
                subj = [m for m in sent.countries if m.start < trig]
                # "A's embassy in X resumed work, and B has reopened its embassy in Y": the
                # subject of its own clause
                turn = max((k + 1 for k in range(sent.start + 1, trig) if lowers[k] in (";", "while")
                            or lowers[k] == "and" and lowers[k - 1] == ","), default=sent.start)
                own = [m for m in subj if m.start >= turn]
                owners = [(own or subj)[0].key] if subj else []
            # "while Turkmenistan has had an embassy": the country a few words before, in the
            # same clause
            if not owners:
                clause_start = max([sent.start] + [k + 1 for k in range(max(sent.start, trig - 6), trig)
                                                   if lowers[k] in (",", ";", "and", "while")])
                subj = [m for m in sent.countries if clause_start <= m.start and m.end <= trig
                        and m.kind != "demonym"]
                owners = [subj[-1].key] if subj else []
            # "in Dushanbe", "in the Maldives"
            places = [m for m in sent.cities + sent.countries if trig < m.start < stop and (
                lowers[m.start - 1] in ("in", "to") or
                lowers[m.start - 1] == "the" and lowers[m.start - 2] in ("in", "to"))]
            places.sort(key=lambda m: m.start)
            dates = find_dates(span_text(trig, stop), self.date)
            for owner in owners:
                for place in places:
                    country = self.place_of(place)
                    if country != owner:
                        self.add("HAS_EMBASSY_IN", owner, country, sent,
                                 city=place.text if place.label == "City" else None,
                                 since=dates[0][0] if dates else None)
                        break

    def org_offices(self, sent: _Sentence) -> None:
        m = self.outside_names(_OFFICE, sent)  # not the "Office" of "the Office of the ..."
        if not m or not sent.orgs or m.group(0).lower() == "office" and \
                _TOOK_OFFICE.search(sent.text, max(0, m.start() - 12), m.start()):
            return
        places = [p for p in sent.cities + sent.countries
                  if self.tokens.lowers[p.start - 1] in ("in", "of") or p.label == "City"]
        orgs = [min(sent.orgs, key=lambda o: abs(sent.offset(o) - m.start()))]
        before = [o for o in sent.orgs if sent.offset(o) < m.start()]
        if before and orgs[0] is before[-1]:
            # "The Asian Development Bank and the Islamic Development Bank also have offices
            # in Tashkent": each of those listed
            orgs = _list_ending(sent, before, _ORG_LIST_GAP)
        for org in dict.fromkeys(o.key for o in orgs):
            if not places:
                country = self.capital_referent(sent) if _IN_THE_CAPITAL.search(sent.text) else None
                if country:
                    self.add("HAS_OFFICE_IN/the-capital", org, country, sent)
                continue
            place = places[0]
            self.add("HAS_OFFICE_IN", org, self.place_of(place), sent,
                     city=place.text if place.label == "City" else None)

    def recognition(self, sent: _Sentence) -> None:
        m = _RECOGNIZE.search(sent.text)
        if not m or _negated(sent.text, m) or _AS_AFTER.match(sent.text, m.end()):
            return  # "Indonesia was recognised as a BRICS partner country": a status, no state
        before = [c for c in sent.countries if sent.offset(c) < m.start()]
        after = [c for c in sent.countries if sent.offset(c) > m.start()]
        if before and _MODAL.search(sent.text, sent.end_offset(before[-1]), m.start()):
            return  # "Slovenia said it would also recognise Palestine"
        if before and after:
            # "Spain, Ireland and Norway formally recognised": each of the countries listed
            for country in _list_ending(sent, before, _COUNTRY_LIST_GAP):
                self.add("RECOGNIZED/explicit", country.key, after[0].key, sent)
        elif len({c.key for c in before}) >= 2 and re.match(
                r"\w*\s+(?:the new state|the new country|its independence|it)\b",
                sent.text[m.start():]):
            # "India ... a year after Uzbekistan declared independence ... recognize the new state"
            self.add("RECOGNIZED/new-state", before[0].key, before[-1].key, sent)

    def support(self, sent: _Sentence) -> None:
        actors = None
        for m in _SUPPORT.finditer(sent.text):
            if _negated(sent.text, m) or sent.text.endswith("mutual ", 0, m.start()):
                continue  # "cooperation and mutual support in customs": no one's for another
            actors = actors or self.actors(sent)
            after = [c for c in actors if sent.offset(c) > m.start()]
            if _SUPPORT_IN_DOING.match(sent.text, m.end()):
                after = []  # "its support in building the Addis Ababa-Djibouti railway"
            if not after:
                self.support_of_thanker(sent, m, actors)
                continue
            target = after[0].key
            prefix = sent.text[:m.start()]
            subjects: list[str] = []
            near = [c for c in actors if sent.offset(c) < m.start()]
            if near and _BY_AGENT.match(sent.text, m.end()):
                # "India's candidature has been endorsed by the group, including China and
                # Pakistan": the agents after "by" support the one before the verb
                self.supporters(sent, near[-1].key, after[0], actors)
                continue
            listed = _LISTED_AS.match(sent.text, sent.end_offset(after[0]))
            if not near and listed:
                # "The countries which have supported India's candidature include A, B and C"
                first = next((c for c in actors if sent.offset(c) >= listed.end()), None)
                if first is not None:
                    self.supporters(sent, target, first, actors)
                continue
            people = [p for p in self.people_in(sent) if sent.offset(p) < m.start()]
            finite = m.group(0).lower() in ("supports", "supported", "backs", "backed", "endorses",
                                            "endorsed")
            orgs_before = [sent.offset(o) for o in sent.orgs if sent.offset(o) < m.start()]
            # "Australia's (strong) support", "thanked Rabat for its (continued) support"
            if re.search(r"(?:’s|'s)\s+(?:[a-z]+\s+){0,2}$", prefix) and near:
                subjects = [near[-1].key]
            elif re.search(r"\b(?:its|their)\s+(?:[a-z]+\s+){0,2}$", prefix) and near and \
                    sent.offset(near[-1]) > max(orgs_before, default=-1):
                subjects = [near[-1].key]  # "thanked Australia for its support for Vietnam"
            elif finite and re.search(r"\band\s+$", prefix):
                # "Australia values Vietnam ... and supports Vietnam's role": the clause's subject
                clause = max((c.end() for c in _CLAUSE_START.finditer(prefix)), default=0)
                first = sorted((sent.offset(x), x.key) for x in near + people
                               if sent.offset(x) >= clause)
                subjects = [first[0][1]] if first else []
            elif finite or _WILL_SUPPORT.search(prefix):
                # the subject is the nearest person or country before the verb
                candidates = [(sent.offset(x), x.key) for x in near + people
                              if sent.offset(x) >= len(prefix) - 60]
                if candidates:
                    subjects = [max(candidates)[1]]
            elif re.search(r"\bfor\s+$", prefix) and near:
                subjects = [near[-1].key]  # "thanked Oman for supporting Turkmenistan's bid"
            elif _THANKED_FOR.search(prefix) and near:
                subjects = [near[-1].key]  # "thanked his Kazakh counterpart for the support of"
            elif re.search(r"\bsupport(?:ing)?\b", m.group(0), re.IGNORECASE) and self.pair and (
                    _PAIR_REF.search(sent.text) or re.search(r"\bministers|leaders\b", prefix)) \
                    and not orgs_before:  # "CARICOM leaders reaffirmed their support": its
                subjects = list(self.pair)
            for s in subjects:
                if s != target:
                    self.add("SUPPORTS", s, target, sent)

    def supporters(self, sent: _Sentence, target: str, first: Mention,
                   actors: list[Mention]) -> None:
        """``first`` and the countries listed after it support ``target``."""
        for c in _list_starting(sent, actors, first):
            if c.key != target:
                self.add("SUPPORTS/listed", c.key, target, sent)

    def support_of_thanker(self, sent: _Sentence, m: re.Match, actors: list[Mention]) -> None:
        """'Aliyev thanked Türkiye for its support': the one thanked supports the thanker's
        country (no other country named after the support)."""
        prefix = sent.text[:m.start()]
        if not _THANKED_FOR_ITS.search(prefix):
            return
        near = [c for c in actors if sent.offset(c) < m.start()]
        thanker = next((p for p in self.people_in(sent) if sent.offset(p) < m.start()), None)
        if near and thanker:
            self.thanks.append((near[-1].key, thanker.key, sent))

    def thanked_support(self) -> None:
        """The thanks of 'Abiy thanked China for its support', once the thanker's post is
        known ('Prime Minister Abiy Ahmed', of no country named, is inferred at the end)."""
        for supporter, thanker, sent in self.thanks:
            home = self.office.get(thanker) or ""
            if home.startswith("country:") and home != supporter:
                self.add("SUPPORTS/thanked", supporter, home, sent)

    def money(self, sent: _Sentence) -> None:
        amounts = find_money(sent.text)
        trade = _TRADE.search(sent.text)
        if not trade:
            self.exports(sent)
            hub = self.recent_hub
            if amounts and hub and hub[0] == sent.index - 1 and _RANK_CUE.search(sent.text) \
                    and not _INVEST.search(sent.text):
                # "China remained Kazakhstan's largest trading partner ... Russia came second
                # with $26.6 billion, followed by Italy": the ranking goes on
                self.partner_figures(sent, amounts, hub[1])
                return
        if not amounts:
            if trade and _OTHER_CURRENCY.search(sent.text):
                self.trade(sent, [])
            return
        if trade:
            # "investment and trade reached $X" is no trade figure; "X is the largest investor,
            # and trade reached $Y" is one
            if not _INVEST.search(sent.text[_clause_start(sent.text, trade.start()):trade.start()]):
                self.trade(sent, amounts)

    def trade(self, sent: _Sentence, amounts: list[Money]) -> None:
        hub = self.trading_hub(sent)
        if hub is not None and amounts:
            self.partner_figures(sent, amounts, hub)
            return
        explicit = list(dict.fromkeys(m.key for m in sent.countries))
        if len(explicit) < 2 and any(o.kind not in BODIES for o in sent.orgs) and \
                re.search(r"\bbetween\b", sent.text):
            return  # "trade between the EU and Vietnam": a bloc's trade, no pair of countries
        if len(explicit) < 2 and _OWN_TRADE.search(sent.text):
            # "Kazakhstan's total foreign trade fell to $139.8 billion in 2023": no partner, but
            # the year and the hub of the partners' figures that follow ("Russia accounted for
            # $4.6 billion")
            if amounts:
                self.recent_trade = (sent.index, [], resolve_year(sent.text, self.date))
                if explicit:
                    self.recent_hub = (sent.index, explicit[0])
            return
        pairs = self.pair_countries(sent) if _PAIR_REF.search(sent.text) and hub is None else []
        if hub is not None:  # "Germany is one of Nigeria's leading trading partners"
            pairs = [(hub, next(c for c in explicit if c != hub))] if len(explicit) > 1 else []
        elif not pairs and len(explicit) >= 2:
            pairs = [(explicit[0], explicit[1])]
        elif not pairs and self.pair and (not explicit or explicit[0] in self.pair):
            pairs = [self.pair]
        elif not pairs and len(explicit) == 1:
            home = self.recent_home(sent)  # "Trade with Taiwan amounted to": Japan's, as before
            pairs = [(home, explicit[0])] if home not in (None, explicit[0]) else []
        if not pairs:
            return
        if not amounts:  # a figure in another currency: the relation, no dollar value
            for a, b in pairs:
                self.add("TRADES_WITH/other-currency", a, b, sent,
                         year=resolve_year(sent.text, self.date),
                         _order=-1)
        for amount in amounts:
            self.trade_figure(sent, amount, len(amounts), self.clause_pair(sent, amount) or pairs)

    def exports(self, sent: _Sentence) -> None:
        """'Kenya's exports to Tanzania rose to Sh90.2 billion': the two trade. The figure is
        one way's, not the pair's trade, so it gives no value, and any trade figure of the
        pair stated elsewhere in the article is kept instead."""
        for m in _EXPORTS.finditer(sent.text):
            exporter = next((c.key for c in sent.countries
                             if sent.end_offset(c) == m.start()), None)
            partner = next((c.key for c in sent.countries if sent.offset(c) == m.end()), None)
            if exporter and partner and exporter != partner:
                self.add("TRADES_WITH/exports", exporter, partner, sent,
                         year=resolve_year(sent.text, self.date), _weak=True)

    def clause_pair(self, sent: _Sentence, amount: Money) -> list[tuple[str, str]]:
        """'Trade between A and B amounted to $1.1 billion, while A-C trade reached $7.6
        billion': a figure belongs to the two countries of its own clause (or to the
        sentence's first country and the one its clause names)."""
        cuts = [m.end() for m in _CLAUSE_CUT.finditer(sent.text)]
        if not cuts:
            return []
        start = max((c for c in cuts if c <= amount.start), default=0)
        end = min((c for c in cuts if c > amount.start), default=len(sent.text))
        own = list(dict.fromkeys(c.key for c in sent.countries
                                 if start <= sent.offset(c) < end))
        if len(own) == 1 and start > 0 and sent.countries and own[0] != sent.countries[0].key:
            # "A's trade with B reached $X, while trade with C amounted to $Y": A's with C
            return [(sent.countries[0].key, own[0])]
        return [(own[0], own[1])] if len(own) == 2 else []

    def recent_home(self, sent: _Sentence) -> str | None:
        """The country that the trade figures of the two sentences before share ('Japan's
        trade with China ... the US was Japan's second-largest partner'): whose trade 'trade
        with Taiwan' is."""
        recent = self.recent_trade
        if not recent or recent[0] < sent.index - 2 or not recent[1]:
            return None
        shared = set(recent[1][0]).intersection(*map(set, recent[1]))
        return next(iter(shared)) if len(shared) == 1 else None

    def trading_hub(self, sent: _Sentence) -> str | None:
        """The country whose partners a sentence ranks: 'China remained Brazil's top trading
        partner ..., followed by the United States'."""
        for m in sent.countries:
            end = sent.end_offset(m)
            if _PARTNER_OF.match(sent.text, end):
                return m.key
        return None

    def partner_figures(self, sent: _Sentence, amounts: list[Money], hub: str) -> None:
        """Each figure of a ranking belongs to the hub and the partner named last before it."""
        self.recent_hub = (sent.index, hub)
        # "second largest trading partner after the United States": the one ranked above
        ranked_above = {c.key for c in sent.countries
                        if _RANKED_ABOVE.search(sent.text, 0, sent.offset(c))}
        for amount in amounts:
            partners = [c.key for c in sent.countries if c.key != hub and
                        c.key not in ranked_above and sent.offset(c) < amount.start]
            others = list(dict.fromkeys(c.key for c in sent.countries if c.key != hub))
            if not partners and len(others) == 1:
                partners = others  # "trade reached $X, making Australia one of Vietnam's top partners"
            if partners:
                self.trade_figure(sent, amount, len(amounts), [(hub, partners[-1])],
                                  rule="TRADES_WITH/partner")

    def trade_figure(self, sent: _Sentence, amount: Money, count: int,
                     pairs: list[tuple[str, str]], rule: str = "TRADES_WITH") -> None:
        """One dollar figure of a trade sentence, unless it is investment or an earlier figure."""
        trade = _TRADE.search(sent.text)
        trade_at = trade.start() if trade else 0  # a ranking's next sentence may not say "trade"
        if _INVEST.search(sent.text[trade_at:amount.start]):
            return
        before = sent.text[max(0, amount.start - 60):amount.start]
        if _EARLIER.search(before) and count > 1:
            return
        if count > 1 and _ONE_WAY_FIGURE.search(before):
            return  # "turnover amounted to $323.6 million, ... exports to $32.5 million": a part
        clause = sent.text[max(0, amount.start - 120):amount.end + 60]
        # "to $10 billion by 2026" is a target, "trade reaching $1.7 billion by the end of 2024"
        # a figure reached
        projected = (bool(_PROJECTED.search(before)) and not _STATED.search(before)) or \
            bool(_TO_RAISE_TO.search(sent.text, max(0, amount.start - 160), amount.start)) or \
            bool(_TARGET_AFTER.match(sent.text, amount.end)) and not (
                _REACHED_BEFORE.search(before) and not _PROJECTED.search(before))
        year = resolve_year(sent.text[amount.start:amount.end + 40], self.date) or \
            resolve_year(clause, self.date)
        recent = self.recent_trade
        if year is None and recent and recent[0] >= sent.index - 1:
            year = recent[2]  # "... followed by South Korea with $79 billion": the year just given
        same = recent[1] if recent and recent[0] == sent.index else []
        self.recent_trade = (sent.index, same + pairs, year)
        if _BALANCE.search(sent.text, trade_at, amount.start):
            # "the trade deficit with India was $27.3 billion": they trade, but the figure is
            # the gap between the two ways, not their trade
            for a, b in pairs:
                self.add(rule, a, b, sent, year=year, _order=-1, _weak=True)
            return
        for a, b in pairs:
            self.add(rule, a, b, sent, value_usd=amount.value_usd, year=year,
                     projected=projected, _order=sent.start_char + amount.start)

    def investment(self, sent: _Sentence, amounts: list[Money]) -> None:
        text = sent.text
        hub = next((c.key for c in sent.countries
                    if _INVESTORS_OF.match(text, sent.end_offset(c))), None) or \
            next((self.investment_receivers[k] for k in range(sent.index, sent.index - 5, -1)
                  if k in self.investment_receivers), None)
        if hub and amounts:
            # "Singapore was Indonesia's largest source of FDI, with $15.4 billion, followed by
            # China with $7.4 billion": each figure is the investor named last before it
            for amount in amounts:
                sources = [c.key for c in sent.countries
                           if c.key != hub and sent.offset(c) < amount.start]
                if sources:
                    self.add("INVESTED_IN/ranking", sources[-1], hub, sent,
                             value_usd=amount.value_usd)
            return
        actors = self.actors(sent)  # "Abu Dhabi's sovereign fund will invest $35 billion"
        for m in _INVEST.finditer(text):
            if _NO_INVESTMENT_MADE.match(text, m.start()):
                continue  # "to discuss investment opportunities in Ethiopia": none made yet
            clause_start = _clause_start(text, m.start())
            sources = sorted(
                [c for c in actors + self.state_bodies(sent) if clause_start <= sent.offset(c) < m.start()],
                key=lambda c: c.start)
            targets = [c for c in sent.countries if sent.offset(c) > m.start()
                       and re.search(r"\b(?:in|into|of)\s+(?:the\s+)?(?:\w+\s+)?$",
                                     text[max(0, sent.offset(c) - 25):sent.offset(c)])]
            if not targets and m.group(0).lower().startswith("investor"):
                # "The UAE is among India's top investors": the possessor is invested in
                targets = [c for c in sent.countries if sent.offset(c) < m.start() and
                           _POSSESSIVE_GAP.fullmatch(text, sent.end_offset(c), m.start())]
                sources = [c for c in sources if targets and sent.offset(c) < sent.offset(targets[0])]
            if not sources or not targets:
                continue
            source, target = sources[-1].key, targets[0].key
            if source == target:
                continue
            end = sent.offset(targets[0]) + 80
            value = next((a.value_usd for a in amounts
                          if sent.offset(sources[-1]) < a.start < end), None)
            self.add("INVESTED_IN", source, target, sent, value_usd=value)

    @cached_property
    def investment_receivers(self) -> dict[int, str]:
        """'Bangladesh received over $28 billion in investment from 45 countries': the
        country that received, by sentence; the figures of investors named with it or in the
        next four sentences are investment in it ('China invested over $8107 million', 'the
        top ten countries ... are: China ($8107 million), the UAE ($7836 million), ...')."""
        found = {}
        for sent in self.sentences:
            m = _RECEIVED_INVESTMENT.search(sent.text)
            if m is None:
                continue
            clause = _clause_start(sent.text, m.start())
            subject = [c for c in sent.countries if clause <= sent.offset(c) < m.start()
                       and c.kind != "demonym"]
            if subject:
                found[sent.index] = subject[-1].key
        return found

    def organization_name(self, m: Mention) -> str:
        """The full name of the organization of mention ``m`` ('AIIB' -> 'Asian Infrastructure
        Investment Bank'), from the data files, else as the article gives it."""
        known = load_lexicon().organizations.get(m.key[4:])
        return known.name if known else self.ents.organizations.get(m.key[4:], (m.text,))[0]

    def member_of_referent(self, sent: _Sentence) -> None:
        """'The United Arab Emirates is a founding member of the Beijing-based bank': the
        organization named last before whose name ends in that head noun."""
        m = _MEMBER_OF_THE_HEAD.search(sent.text)
        # "Mongolia, which is a member of the court, did not arrest Putin": the clause's own
        # negation counts, not the sentence's
        if m is None or re.search(r"\b(?:not|never|no longer)\b", m.group(0)) or \
                _FUTURE_MEMBER.search(sent.text, 0, m.end()):
            return
        subjects = [c for c in sent.countries if sent.end_offset(c) <= m.start()]
        if not subjects or sent.end_offset(subjects[-1]) != m.start():
            return
        head = m.group(1).lower()
        named = [o for o in self.ents.mentions if o.label == "Organization" and o.end <= sent.start
                 and self.organization_name(o).split()[-1].lower() == head]
        if named:
            for country in _list_ending(sent, subjects, _COUNTRY_LIST_GAP):
                self.add("MEMBER_OF/referent", country.key, named[-1].key, sent)

    def state_bodies(self, sent: _Sentence) -> list[Mention]:
        """Organizations named after their country, standing for it as investors: 'the Qatar
        Investment Authority will invest $12 billion', 'Saudi Aramco'."""
        lex = load_lexicon()
        forms = lex.country_forms
        found = []
        for o in sent.orgs:
            words = self.organization_name(o).split()
            country = next((forms[" ".join(words[:k])][0] for k in (2, 1)
                            if len(words) > k and " ".join(words[:k]) in forms), None)
            if country:
                found.append(Mention(o.start, o.end, "Country", "country:" + country, o.text,
                                     "state body"))
        return found

    @cached_property
    def sides_met(self) -> dict[str, set[str]]:
        """'Rubio and Lutnick would lead talks with high-level Mexican representatives': who
        talks with a country's side is not of that country."""
        found: dict[str, set[str]] = {}
        for sent in self.sentences:
            for c in sent.countries:
                side = c.kind == "demonym" and _SIDE_NOUN.match(sent.text, sent.end_offset(c)) \
                    and _WITH_BEFORE.search(sent.text[:sent.offset(c)])
                # "signed seven memoranda with his counterpart, the Minister of Foreign
                # Affairs in Kenya": a country named after the counterpart
                side = side or c.kind == "name" and _COUNTERPART_OF.search(
                    sent.text[:sent.offset(c)])
                if side:
                    sides = [c]
                elif c.kind == "name" and _MET_COUNTRIES.search(sent.text[:sent.offset(c)]):
                    # "held bilaterals with Australia, Spain and Turkey", "meetings with the
                    # leaders of Indonesia, Brazil and Chile": each country of the list
                    sides = _list_starting(sent, sent.countries, c)
                elif c.kind == "name" and _ENVOYS_OF.search(sent.text[:sent.offset(c)]):
                    # "received Ambassadors of Armenia, New Zealand and Peru", "new ambassadors
                    # from Namibia and Lesotho presented their credentials to President X": the
                    # one who receives envoys is of the country they are sent to
                    for p in sent.people:
                        if not self.is_envoy(p.key):
                            found.setdefault(p.key, set()).update(
                                m.key for m in _list_starting(sent, sent.countries, c))
                    continue
                else:
                    continue
                for p in sent.people:
                    if sent.offset(p) < sent.offset(c):
                        found.setdefault(p.key, set()).update(m.key for m in sides)
        return found

    @cached_property
    def only_places(self) -> set[str]:
        """Countries named only as where something is ('our Embassy in Togo', 'developments
        in Mali and Libya'; not 'investment opportunities in Trinidad and Tobago'): no one's
        post is inferred to be theirs."""
        named = set()
        for sent in self.sentences:
            topics = self.topic_countries(sent)
            named.update(c.key for c in sent.countries if c.key not in topics and not
                         _EMBASSY_IN.search(sent.text, max(0, sent.offset(c) - 30), sent.offset(c)))
        return {m.key for m in self.ents.mentions if m.label == "Country"} - named

    def is_former(self, pid: str) -> bool:
        """Whether a person is introduced as one who held the post ('former Brazilian
        President Dilma Rousseff', 'the late King')."""
        lowers = self.tokens.lowers
        first = next((m for m in self.ents.mentions if m.key == pid), None)
        window = lowers[max(0, first.start - 5):first.start] if first is not None else []
        return any(w in _FORMER for w in window) or "over from" in " ".join(window)

    def country_spoken_for(self, pid: str, sent: _Sentence | None) -> str | None:
        """'Ireland will officially recognize Palestine on May 28, Foreign Minister Micheál
        Martin said': who says what a country will do speaks for it."""
        if sent is None or not sent.countries or sent.countries[0].start != sent.start:
            return None
        m = next(p for p in sent.people if p.key == pid)
        comma = sent.text.rfind(", ", 0, sent.offset(m))
        if comma < 0 or not _POST_WORDS.fullmatch(sent.text, comma + 2, sent.offset(m)) or \
                not _SAID_AFTER.match(sent.text, sent.end_offset(m)):
            return None
        return sent.countries[0].key

    @cached_property
    def parallel_countries(self) -> dict[str, str]:
        """'signed between Sri Lanka and Vietnam, in the presence of President A and President
        B': of two people of one post that no country is named for, in a sentence naming two
        countries, each is of the country in the same place."""
        found: dict[str, str] = {}
        unplaced = [pid for pid, person in self.ents.people.items() if not self.named_office.get(pid)
                    and person.offices and person.offices[0][0].lower() in _SOLE_POSTS]
        if len(unplaced) < 2:
            return found
        for sent in self.sentences:
            countries = list(dict.fromkeys(m.key for m in sent.countries))
            people = list(dict.fromkeys(p.key for p in sent.people))
            if len(countries) != 2 or len(people) != 2 or any(
                    self.named_office.get(p) for p in people):
                continue
            titles = {self.ents.people[p].offices[0][0].lower() if self.ents.people[p].offices
                      else "" for p in people}
            if len(titles) == 1 and titles <= _SOLE_POSTS:
                for p, c in zip(people, countries):
                    found.setdefault(p, c)
        return found

    def home_returned_to(self, pid: str) -> str | None:
        """'President Tinubu had returned to Abuja Monday evening from Nairobi': where one
        returns to is home; and 'MANILA - President X returned early Friday from a visit to
        Vietnam', naming no place returned to, is the dateline's."""
        if pid not in self._homes:  # asked at each visit: the sentences are read once a person
            self._homes[pid] = self._home_returned_to(pid)
        return self._homes[pid]

    def _home_returned_to(self, pid: str) -> str | None:
        for sent in self.sentences:
            to = _RETURNED_TO.search(sent.text)
            m = to or _RETURNED_FROM.search(sent.text)
            if m is None or not sent.people or sent.people[0].key != pid or \
                    sent.offset(sent.people[0]) > m.start():
                continue
            if to is None:
                if sent.index <= 2 and self.dateline_country:
                    return self.dateline_country
                continue
            place = next((c for c in sent.cities + sent.countries
                          if sent.offset(c) == m.end() and c.kind != "demonym"), None)
            if place is not None:
                return self.place_of(place)
        return None

    def commemorated(self, pid: str) -> bool:
        """Whether a person is named at their memorial ('laid a wreath at the Mausoleum of
        President Ho Chi Minh', 'paid tribute to President X at his mausoleum'): one who holds
        no post now."""
        lowers = self.tokens.lowers
        for m in self.ents.mentions:
            sent = self._sent_of(m.start) if m.key == pid else None
            if sent is not None and not _MEMORIAL.isdisjoint(
                    lowers[max(sent.start, m.start - 6):min(sent.end, m.end + 4)]):
                return True
        return False

    def host_of_meetings(self, pid: str) -> str | None:
        """The country where ``pid`` met a visitor: the meeting's venue, else the country the
        visitor had last arrived in by then."""
        cities = load_lexicon().city_forms
        meetings = sorted((r for r in self.out + self.planned if r.type == "MET_WITH" and pid in
                           (r.source, r.target)), key=lambda r: r.at)
        for r in meetings:
            if _SIDELINES.search(r.evidence):
                continue  # "on the sidelines of the G20 Summit in Rio": a third country's
            if r.properties.get("place") in cities:
                return "country:" + cities[r.properties["place"]]
            other = r.target if r.source == pid else r.source
            trips = [v for v in self.out if v.type == "VISITED" and v.source == other
                     and v.at <= r.at]
            if trips:
                return max(trips, key=lambda v: v.at).target
            # or met someone in a place not his own, the visit read once posts are known
            own = self.office.get(other) or ""
            venues = [self.place_of(venue) for a, b, venue, sent in self.unplaced
                      if other in (a, b) and sent.start <= r.at and own.startswith("country:")
                      and self.place_of(venue) != own]
            if venues:
                return venues[-1]
        # or was sworn in where a visitor went for it: "his recent visit to Turkiye where he
        # attended the inauguration of President Recep Tayyip Erdogan"
        for sent in self.sentences:
            for p in sent.people:
                at = sent.offset(p)
                if p.key == pid and _INAUGURATION_OF.search(sent.text, max(0, at - 80), at):
                    trips = [v for v in self.out if v.type == "VISITED" and v.at == sent.start
                             and v.source != pid]
                    if trips:
                        return trips[-1].target
        return None

    def infer_offices(self) -> None:
        """A post with no country named: the article's country that the person neither
        visited nor met the holder of ('his official visit in India' -> not India)."""
        visited = {(r.source, r.target) for r in self.out if r.type == "VISITED"} | {
            (visitor, country) for visitor, country, _ in self.visits_filed_from}
        met: dict[str, set[str]] = {}
        for r in self.out + self.planned:
            if r.type in ("MET_WITH", "SPOKE_WITH"):  # a call, like a meeting, is with a foreigner
                met.setdefault(r.source, set()).add(r.target)
                met.setdefault(r.target, set()).add(r.source)
        counts = Counter(m.key for m in self.ents.mentions
                         if m.label == "Country" and m.start not in self.repeated_in_brackets)
        # the dateline's country, named by its city only, where the report's visit went
        # ("Dar es Salaam. ... Kabila arrived Monday evening"): its officials' country (not
        # the host of a summit: "BISSAU - ... met on the sidelines of the ECOWAS summit")
        visits_to = {c for _, c, _ in self.visits_filed_from} | {
            r.target for r in self.out if r.type == "VISITED" and r.rule != "VISITED/sidelines"}
        if self.dateline_country and self.dateline_country not in counts and \
                self.dateline_country in visits_to:
            counts[self.dateline_country] = 1
        # a country has one president (prime minister, ...) at a time: 'President Joko Widodo',
        # of no country named, is not Kazakhstan's when President Tokayev's post is named
        sole_posts_held = {(title.lower(), office) for pid, office in self.named_office.items()
                           if office and not self.is_former(pid)
                           for title, own in self.ents.people[pid].offices
                           if own == office and title.lower() in _SOLE_POSTS}
        travellers = {p for p, _ in visited}
        not_of = self.sides_met
        # who travels first, then who met someone: of two 'President's left without a country,
        # the one who acts holds the post now, not the one a wreath was laid for
        order = sorted(self.ents.people.items(),
                       key=lambda kv: (kv[0] not in travellers, kv[0] not in met))
        bodies = {m.key for m in self.ents.mentions if m.kind == "body"}
        for pid, person in order:
            # a post in a body that names no country ("Director of the Office of the Central
            # Foreign Affairs Commission") is still some country's
            named = self.named_office.get(pid)
            # one who held the post before is no holder now ("took over from impeached
            # President Dilma Rousseff"): whose it was the report need not say
            if (named and named not in bodies) or not person.offices or self.commemorated(pid) \
                    or self.is_former(pid):
                continue
            # nor, for one of a traveller's delegation, where the traveller went
            travelled = {pid, self.companion_of.get(pid)}
            excluded = {c for p, c in visited | set(self.trips_to_come) if p in travelled} | \
                not_of.get(pid, set())
            excluded |= {self.office.get(o) for o in met.get(pid, ()) if self.office.get(o)}
            taken = {office for title, office in sole_posts_held
                     if title == person.offices[0][0].lower()}
            candidates = [c for c, _ in counts.most_common() if c not in excluded
                          and c not in self.only_places]
            sent = next((s for s in self.sentences if any(m.key == pid for m in s.people)), None)
            # a post the report names no country for is its own country's, as a reporter in
            # Dhaka writes 'Foreign Minister X' of Bangladesh's and 'Chinese Premier Y': the
            # dateline's country before the one named most
            # and a national agency filing from abroad follows its own country's official there
            # ("ASTANA (Yonhap) - President Yoon, on a state visit to Kazakhstan"): a traveller
            # is the agency's country's
            priors = [self.dateline_country] + [self.agency_country] * (pid in travellers)
            priors.append(self.country_spoken_for(pid, sent))
            # the weakest, put first: the order of a sentence's two countries and two people
            priors.insert(0, self.parallel_countries.get(pid))
            for prior in priors:
                if prior in candidates:
                    candidates.remove(prior)
                    candidates.insert(0, prior)
            candidates = [c for c in candidates if c not in taken]
            host = self.host_of_meetings(pid) or self.invited_to.get(pid)
            if host and host not in excluded:
                candidates = [host]
            home = self.home_returned_to(pid)
            if home and home not in excluded:
                candidates = [home]
            lead = self.office.get(self.companion_of.get(pid) or self.staff_of.get(pid) or "")
            if lead:
                candidates = [lead]  # one of the delegation of someone whose post is known
            owner = _owner_of_body(named) if named else None
            if owner:
                candidates = [owner]  # "Chairman of the Mazhilis of the Parliament of Kazakhstan"
            if _ORG_POST.search(person.offices[0][0]):
                # "Secretary-General Ban Ki-moon": an organization's post, no country's; the
                # UN's where the report names it, else the one organization it names
                orgs = list(dict.fromkeys(m.key for m in self.ents.mentions
                                          if m.label == "Organization" and m.kind not in BODIES))
                candidates = ["org:UN"] if "org:UN" in orgs else orgs if len(orgs) == 1 else []
            royal = load_lexicon().royal_posts.get(person.offices[0][0].lower())
            if royal is not None:  # "King Salman", no country named: a kingdom's, not Qatar's
                candidates = [c for c in candidates if c.removeprefix("country:") in royal]
            if candidates:
                self.office[pid] = candidates[0]
                title = person.offices[0][0]
                if title.lower() in _SOLE_POSTS and not self.is_former(pid):
                    # and one inferred: 'President Ho Chi Minh' at his mausoleum is neither
                    # the visiting President's nor the host's
                    sole_posts_held.add((title.lower(), candidates[0]))
                if title.lower() == "counterpart":  # the same post as the person met
                    title = next((t for o in met.get(pid, ()) for t, _ in
                                  self.ents.people[o].offices if o in self.ents.people
                                  and t.lower() != "counterpart"), title)
                if sent is not None:
                    self.add("HOLDS_OFFICE/inferred", pid, candidates[0], sent, title=title)


# and one taken over from, or removed: "Temer, who took over from impeached President Rousseff"
_FORMER = {"former", "ex", "ex-", "late", "previous", "predecessor", "impeached", "ousted",
           "deposed", "succeeded", "replaced"}
_CREDENTIALS = {"credentials", "letters of credence", "letter of credence"}
_MEMORIAL = {"mausoleum", "memorial", "monument", "tomb", "grave", "wreath", "statue"}
# "talks with high-level Mexican representatives": a country's side, met by others
_WITH_BEFORE = patterns.compile(r"\bwith\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,2}$")
_COUNTERPART_OF = patterns.compile(r"\bwith\s+(?:his|her|their)\s+counterparts?,\s+(?:the\s+)?"
                                   r"[A-Z][^,;.]{0,60}?\s+(?:of|in|from)\s+(?:the\s+)?$")
_MET_COUNTRIES = patterns.compile(
    r"\b(?:talks|meetings?|bilaterals|bilateral|met|meets|negotiations|discussions)\s+with\s+"
    r"(?:the\s+)?(?:(?:leaders?|heads?|presidents?|prime\s+ministers?|delegations?|"
    r"representatives)\s+of\s+(?:the\s+)?)?$")
# the members of a bloc as signers: "was signed by the leaders of the SCO countries", "the
# heads of state of the EAEU member states signed"
_BLOC_SIGNERS = patterns.compile(r"\b(?:leaders|heads(?:\s+of\s+state)?|representatives)\s+of\s+"
                                 r"(?:the\s+|all\s+)?(?:[A-Z][\w-]*\s+){1,3}(?:member\s+)?"
                                 r"(?:countries|states|nations|members)\b")
# talks told as past before the verb of a planned visit: "following talks with X"
_AFTER_BEFORE = patterns.compile(r"\b(?:following|after)\s+(?:the\s+|his\s+|her\s+|their\s+)?$",
                                re.IGNORECASE)
# "the results of negotiations between Putin and Kerry": the two after it met each other
_BETWEEN_AFTER = patterns.compile(r"\s+between\s+(?:the\s+)?(?:[\w.-]+\s+){0,4}$")
_GREETED_COUNTERPART = patterns.compile(r"\b(?:congratulat\w+|thank\w*|condol\w+|greet\w*)\s+"
                                       r"(?:his|her|their)\s+(?:[\w-]+\s+){0,3}counterpart$",
                                       re.IGNORECASE)
# a figure for one way of the trade a sentence also totals: its last word of trade is "exports"
_ONE_WAY_FIGURE = patterns.compile(r"\b(?:exports?|imports?)\b(?:(?!\b(?:trade|turnover)\b)[^$])*$",
                                   re.IGNORECASE)
# a sentence that opens with its place: "In Tanzania, Harris met ..."
_IN_COUNTRY_FIRST = re.compile(r"\s*(?:Later |Then |Earlier |Next )?(?:[Ii]n|[Ww]hile in)\s+(?:the\s+)?")
# "visited India along with the delegation led by Prime Minister X": X travelled too
_DELEGATION_LED_BY = patterns.compile(r"\b(?:along with|with|as part of|as a member of|in)\s+"
                                     r"(?:the|a|his|her)\s+(?:[\w-]+\s+){0,3}delegation\s+"
                                     r"(?:led|headed)\s+by\b")
# "attended the inauguration of President X": X is sworn in where the visitor went
_INAUGURATION_OF = patterns.compile(r"\b(?:inauguration|swearing[- ]in|investiture|oath[- ]taking)"
                                   r"(?:\s+ceremony)?\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$",
                                   re.IGNORECASE)
# "received Ambassadors of A, B and C": the receiver is of none of their countries
_ENVOYS_OF = patterns.compile(r"\b(?:ambassadors?|envoys?|high\s+commissioners?)\s+(?:of|from)\s+"
                             r"(?:the\s+)?$", re.IGNORECASE)
_SIDE_NOUN = patterns.compile(r"\s+(?:officials|representatives|delegation|delegations|side|counterparts?|"
                              r"authorities|negotiators)\b")
_ORG_POST = patterns.compile(r"\b(?:secretary|director)[- ]general\b", re.IGNORECASE)
# posts one person holds for a country at a time
_SOLE_POSTS = {"president", "prime minister", "foreign minister", "chancellor", "king", "emir",
               "crown prince"}
# where a list of sectors begins: "in the fields of", "cooperation in", "talks on",
# "agreements on", "relations covering", "in many fields, mainly"
_SECTOR_INTRO = Trigger(
    r"\b(?:in the (?:fields?|areas?|spheres?|sectors?|domains?) of|"
    r"(?:in|across) (?:many |various |several |all |a number of |the )?(?:fields|areas|sectors|"
    r"spheres|domains),? (?:like|such as|including|mainly|namely|notably|especially)|"
    r"(?:cooperat\w+|co-operation|collaboration|partnership|ties|relations|talks|agreements?|"
    r"memorand\w*(?: of understanding)?|deals|accords?|documents|progress|projects|commitments)"
    r"(?:,?\s+including)?\s+(?:in|on|covering|cover|regarding|concerning)|covering|"
    r"work(?:ing)?\s+(?:together|with\s+\w+)\s+on)\s+")
_AREAS_SUCH_AS = patterns.compile(r"^(?:many |various |several |a number of |the )?(?:areas|fields|sectors|"
                                  r"spheres|domains),? (?:such as|like|including|namely) ")
_FIELDS_OF = patterns.compile(r"^(?:the\s+)?(?:fields?|areas?|spheres?|sectors?|domains?)\s+of\s+")
_SECTOR_SEP = patterns.compile(r"\s*,\s*(?:and\s+|as well as\s+)?|\s+and\s+|\s+as well as\s+")
_SECTOR_ITEM = patterns.compile(r"[a-z][a-z-]*(?: [a-z][a-z-]*){0,3}")
# words that end a sector's name: "culture through direct flights", "energy said the minister"
_SECTOR_STOP = {"the", "a", "an", "this", "that", "these", "which", "who", "said", "says", "is",
                "are", "was", "were", "will", "would", "with", "to", "between", "their", "its",
                "through", "by", "for", "from", "including", "in", "at", "during", "while",
                "among", "other", "issues", "matters", "both", "two", "sides", "countries",
                "agreed", "signed", "discussed", "noted", "stressed", "reviewed", "expressed",
                "held", "has", "have", "had", "be", "been", "can", "could", "should", "also",
                "as", "on", "under", "via", "within", "and", "cooperation", "co-operation",
                "after", "before", "following", "amid", "since", "until", "when", "ahead", "according",
                "one", "ones", "place",  # "an MoU on health and one on ...", "with the deal in place"
                "various", "many", "several", "different",  # "cooperation in various areas restored"
                "continues", "continue", "remains", "remain"}  # "oil and gas continues to act"
# a list of no sector at all: "cooperation in all areas"
# and no sector but an act upon the relations: "talks on restoring ties"
# and an adjective of the relations themselves: "progress in bilateral cooperation"
_PRONOUN_SUBJECTS = {"he", "she", "they", "it", "we"}
_NOT_SECTORS = patterns.compile(r"(?:\w+ )*(?:areas?|fields?|spheres?|sectors?|domains?|directions?)|"
                                # "relations in first phone call": an occasion, no sector
                                r"(?:\w+ )*(?:calls?|conversations?|meetings?|visits?|summits?|"
                                r"sessions?|ceremon(?:y|ies)|years?|months?|weeks?)|"
                                r"[a-z]+ing (?:[a-z-]+ )*(?:ties|relations|contacts)|"
                                r"(?:bilateral|multilateral|mutual|mutually beneficial|comprehensive|"
                                r"practical|strategic|multifaceted|all-round|overall|further|closer|"
                                r"regional|international|global)")
# "people to people", "business to business": one modifier, not a list ending at "to"
_REDUPLICATED = patterns.compile(r"\b([a-z]+) to \1\b")
# adjectives that only qualify the next item of a list: "new and renewable energy"
_SHARED_MODIFIERS = {"new", "other", "traditional", "modern", "emerging", "related", "relevant",
                     "existing", "future", "promising", "priority", "key", "major"}
_DETERMINERS = {"a", "an", "the", "this", "these", "that", "their", "its", "his", "her"}
_SECTOR_END = patterns.compile(r"[.;:!?()\"“”‘’]")

def _seat_of(office: str) -> str | None:
    """The country an organization is seated in ('org:UN' -> 'country:USA'), if known."""
    known = load_lexicon().organizations.get(office[4:]) if office.startswith("org:") else None
    return "country:" + known.seat if known is not None and known.seat else None


def _owner_of_body(org_key: str) -> str | None:
    """The country a body is named with, which its id starts with ('org:kaz-mazhilis-...')."""
    iso3 = org_key[4:7].upper()
    if len(org_key) > 8 and org_key[7] == "-" and iso3 in load_lexicon().countries:
        return "country:" + iso3
    return None


def _city_of(venue: Mention) -> str | None:
    return venue.text if venue.label == "City" else None


def _list_starting(sent: _Sentence, mentions: list[Mention], first: Mention) -> list[Mention]:
    """``first`` and the ``mentions`` listed right after it ('Angola, Sao Tome and Principe
    and Mozambique'), up to one that is a possessor ('Spain and Portugal's President')."""
    listed, last = [first], sent.end_offset(first)
    for m in sorted(mentions, key=lambda x: x.start):
        at = sent.offset(m)
        if at <= sent.offset(first):
            continue
        if not _COUNTRY_LIST_GAP.fullmatch(sent.text, last, at):
            break
        last = sent.end_offset(m)
        if sent.text.startswith(("'s", "’s"), last):
            break
        listed.append(m)
    return listed


def _list_ending(sent: _Sentence, mentions: list[Mention], gap: re.Pattern) -> list[Mention]:
    """The run of ``mentions`` (in text order) that ends with the last of them, each joined to
    the next by ``gap``: 'Spain, Ireland and Norway'."""
    listed = mentions[-1:]
    for prev in reversed(mentions[:-1]):
        if not gap.fullmatch(sent.text, sent.end_offset(prev), sent.offset(listed[0])):
            break
        listed.insert(0, prev)
    return listed


def _event_date(text: str, dates: list[tuple[str, int]]) -> str | None:
    """The date of what a sentence tells of: its first full date, else its first year that is
    no period or target ('trade, which stood at $900 million in 2017, during their talks on
    March 5'; 'a cooperation plan for 2019-2020').

    >>> _event_date("a plan for 2019-2020 signed in 2018", [("2019", 11), ("2018", 31)])
    '2018'
    """
    full = next((d for d, _ in dates if len(d) == 10), None)
    if full:
        return full
    return next((d for d, at in dates if not _PERIOD_BEFORE.search(text, max(0, at - 8), at)), None)


_PERIOD_BEFORE = patterns.compile(r"\b(?:for|by|until|till|to|through|since)\s+$")


def _in_relative_clause(text: str, at: int) -> bool:
    """Whether offset ``at`` lies in a ', which ...,' aside."""
    which = text.rfind(", which ", 0, at)
    return which >= 0 and "," not in text[which + 8:at]


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding offset ``at`` begins: after ', and ', ', while' or ';'."""
    return max(text.rfind(", and ", 0, at), text.rfind(", while ", 0, at),
               text.rfind(", whereas ", 0, at), text.rfind(";", 0, at), 0)


def _negated(text: str, match: re.Match | None) -> bool:
    """A negation within a few words of the trigger: 'relations are not on the agenda'."""
    if match is None:
        return False
    return bool(_NEGATED.search(text[max(0, match.start() - 30):match.end() + 12])) or \
        bool(_NO_BEFORE.search(text, max(0, match.start() - 40), match.start()))


def _quotes(text: str) -> list[tuple[int, int]]:
    """The quotations of ``text`` as (opening, closing) offsets of their marks, paired in
    order. An odd mark closes a quotation opened in an earlier sentence where punctuation ends
    it ('... issues," C tweeted': from -1); any other odd number of marks says nothing."""
    if '"' not in text and "“" not in text and "”" not in text:
        return []  # most sentences quote no one: no scan of their characters
    marks = [m.start() for m in _QUOTE_MARK.finditer(text)]
    if len(marks) % 2:
        if not (marks[0] > 0 and text[marks[0] - 1] in ",.!?"):
            return []
        marks.insert(0, -1)
    return list(zip(marks[::2], marks[1::2]))


def _outside_quotes(sent: _Sentence, people: list[Mention], at: int) -> list[Mention]:
    """``people`` without those named inside a quotation when offset ``at`` is outside every
    one: '"In my meeting with President X, ..." President Y said in his arrival speech' is
    Y's arrival."""
    quotes = _quotes(sent.text)
    if any(a < at < b for a, b in quotes):
        return people
    return [p for p in people if not any(a < sent.offset(p) < b for a, b in quotes)]


def _quoted_with(sent: _Sentence, people: list[Mention], at: int) -> list[Mention]:
    """``people`` without those named outside the quotation offset ``at`` is in, unless it
    speaks in the first person: '"A and B met and discussed trade," spokesperson C tweeted'
    is no meeting of C's, but '"I met A," B said' is B's."""
    quote = next(((a, b) for a, b in _quotes(sent.text) if a < at < b), None)
    if quote is None or _FIRST_PERSON.search(sent.text, *quote):
        return people
    return [p for p in people if quote[0] < sent.offset(p) < quote[1]]


_QUOTE_MARKS = frozenset('"“”')
_QUOTE_MARK = re.compile('["“”]')
_FIRST_PERSON = patterns.compile(r"\b(?:I|me|my|we|us|our)\b")


def _is_passive(text: str, verb: re.Match) -> bool:
    """Whether the verb matched is passive: 'was received by', or a headline's 'welcomed by'."""
    return bool(_PASSIVE.search(text, 0, verb.start()) or _BY_AGENT.match(text, verb.end()))


def _sectors(text: str) -> list[str]:
    """The sectors a sentence lists after its first list intro, lower-case common nouns only.

    >>> _sectors("They agreed to expand cooperation in mining, green energy and tourism.")
    ['mining', 'green energy', 'tourism']
    >>> _sectors("Cooperation with Baku, Minister X said.")
    []
    >>> _sectors("relations covering trade, new and renewable energy and people to people contacts")
    ['trade', 'renewable energy', 'people-to-people contacts']
    >>> _sectors("agreements covering agriculture, the environment and border security")
    ['agriculture', 'environment', 'border security']
    >>> _sectors("talks on the situation in Gaza and Sudan")
    []
    >>> _sectors("progress in bilateral cooperation and in energy")
    []
    >>> _sectors("a cooperation agreement on providing a grant"), _sectors("cooperation in mining")
    ([], ['mining'])
    >>> _sectors("Mohamed bin Zayed, Biden discuss bilateral relations in first phone call")
    []
    """
    for intro in _SECTOR_INTRO.finditer(text):
        tail = _SECTOR_END.split(text[intro.end():], 1)[0]
        tail = _AREAS_SUCH_AS.sub("", tail, count=1)  # "agreements in areas such as trade"
        tail = _FIELDS_OF.sub("", tail, count=1)  # "memoranda of understanding in the fields of"
        items: list[str] = []
        first_has_article = False
        for part in _SECTOR_SEP.split(_REDUPLICATED.sub(r"\1-to-\1", tail)):
            words = part.split()
            # "agriculture, the environment and ...": an article opens a noun of the list; on
            # the first item, only in a list of three or more ("on the situation in Gaza")
            if words and words[0] in _PRONOUN_SUBJECTS:
                break  # "... recognition of visas, he added": the sentence's speaker
            if words and words[0] in ("the", "a", "an"):
                words = words[1:]
                first_has_article = first_has_article or not items
            cut = next((k for k, w in enumerate(words) if w in _SECTOR_STOP), len(words))
            item = " ".join(words[:cut])
            if not _SECTOR_ITEM.fullmatch(item) or _NOT_SECTORS.fullmatch(item) or \
                    item.endswith(" of"):
                break
            if cut < len(words) and words[cut] in _DETERMINERS and item.endswith("ing") and \
                    " " not in item:
                break  # "an agreement on providing a grant": an act upon its object, not mining
            if item in _SHARED_MODIFIERS:
                continue  # "new and renewable energy": an adjective of the next item
            items.append(item)
            if cut < len(words):
                break
        if items and not (first_has_article and len(items) < 3):
            return list(dict.fromkeys(items))[:12]
    return []


def find_relations(doc: Doc, ents: ArticleEntities, article_date: str | None) -> list[RawRelation]:
    """Every relation the rules read in ``doc``; see the module docstring."""
    return _Reader(doc, ents, article_date).run()


def best_trade_figures(relations: Iterable[RawRelation]) -> list[RawRelation]:
    """One trade figure per pair: the latest stated figure (by year, then by position),
    preferring stated figures over projected ones."""
    out, trades = [], {}
    for r in relations:
        if r.type != "TRADES_WITH":
            out.append(r)
            continue
        key = tuple(sorted((r.source, r.target)))
        rank = (not r.properties.get("projected"), not r.properties.get("_weak"),
                r.properties.get("year") or 0, r.properties.get("_order", 0))
        if key not in trades or rank > trades[key][0]:
            trades[key] = (rank, r)
    for _, r in trades.values():
        r.properties.pop("_order", None)
        r.properties.pop("_weak", None)
        out.append(r)
    return out
