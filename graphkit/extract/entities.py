"""Finding people, countries, organizations, cities and titles in one article.

Countries, cities, organizations and titles come from the gazetteer. People are found,
never looked up: a name is a run of capitalised words anchored by a title ("Tajik President
Emomali Rahmon"), an honorific ("Dr Moses Hassen"), an apposition ("Liu Xianfa, the Chinese
ambassador"), a verb of saying ("said Aleksandr Lukashenko") or a list of office holders
("Museveni for Uganda"). Later bare surnames and roles ("the Tajik president") resolve to
the people already named in the article.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from spacy.tokens import Doc

from . import patterns
from .components import GazetteerSpan, gazetteer_spans
from .lexicon import Lexicon, load_lexicon
from .tokens import sentence_bounds, token_table

__all__ = ["Mention", "Person", "ArticleEntities", "find_entities", "name_key", "slug"]

# the plural posts a list of envoys follows: "The ambassadors are A from X, B from Y"
_ENVOY_PLURALS = {"ambassadors": "Ambassador", "envoys": "Ambassador",
                  "consuls": "Consul", "high commissioners": "High Commissioner"}
_PARTICLES = {"al", "el", "bin", "ibn", "de", "da", "di", "van", "von", "der", "den", "la", "le",
              "du", "dos", "das", "del", "bint", "abu", "ul", "ter", "zu",
              "e", "y"}  # Portuguese and Spanish "and": "Correia e Silva", "Ortega y Gasset"
_NOT_NAMES = {
    "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "He", "She", "His", "Her",
    "They", "Their", "We", "Our", "I", "You", "In", "On", "At", "For", "With", "By", "From",
    "To", "Of", "And", "But", "Or", "As", "After", "Before", "During", "Following", "While",
    "According", "Also", "However", "Meanwhile", "Moreover", "Furthermore", "Additionally",
    "Lastly", "Earlier", "Later", "Today", "Yesterday", "Tomorrow", "Officially", "Recently",
    "Presently", "Currently", "Both", "Each", "All", "Some", "Many", "Several", "Other",
    "New", "First", "Second", "Third", "Last", "Next", "Former", "Previous", "Current",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
    "Sept", "Oct", "Nov", "Dec", "President", "Minister", "Government", "State", "States",
    "Republic", "Kingdom", "Federation", "Union", "Ministry", "Embassy", "Office", "Agency",
    "Council", "Committee", "Commission", "Organization", "Organisation", "Bank", "Fund",
    "Summit", "Forum", "Conference", "Dialogue", "Day", "Week", "Year", "Note", "Source", "Editor",
    "Photo", "Reuters", "Xinhua", "Meeting", "Talks", "Visit", "North", "South", "East",
    "West", "Central", "Asia", "Africa", "Europe", "America", "Americas", "Middle", "Gulf",
    "Ocean", "Sea", "River", "Lake", "Mountains", "Region", "Province", "City", "Island",
    "Islands", "National", "International", "Global", "Regional", "Joint", "Strategic",
    "Economic", "Political", "Trade", "Cooperation", "Agreement", "Treaty", "Declaration",
    "Memorandum", "Program", "Programme", "Plan", "Strategy", "Initiative", "Project",
    "Secretariat", "Parliament", "Assembly", "Cabinet", "Court", "Party", "Army", "Forces",
    "Heads", "Head", "Chairman", "Leader", "Deputy", "Vice", "Prime", "Foreign", "Affairs",
    "Excellency", "Majesty", "Highness", "Mr", "Mrs", "Ms", "Dr", "Prof", "Sir",
    "Despite", "Security", "Stability", "People", "Peace", "Please", "Follow", "Published",
    "Indeed", "Therefore", "Thus", "Hence", "Then", "There", "Here", "What", "When", "Where",
    "Why", "How", "Who", "Which", "Let", "Lets", "Let’s", "Let's", "If", "So", "Such",
    "Speaking", "Remarks", "Construction", "Historical", "Soon", "Pointing", "Indicating",
    "Within", "Under", "Over", "Into", "Through", "Between", "Among", "Against", "Without",
    "Responsible", "Directorate", "Presidency", "Posted", "Image", "Video", "Read", "More",
    "Share", "Tags", "Comments", "Comment",
    "Agenda", "Agriculture", "Railway", "Agreements", "Partnership", "Relations",
    "Independence", "Constitution", "Development", "Investment", "Industry", "Energy",
    "Tourism", "Culture", "Education", "Health", "Science", "Technology", "Technologies",
    "Transport", "Communications", "Finance", "Economy", "Defence", "Defense", "Justice",
    "Interior", "Labour", "Labor", "Capital", "Museum", "University", "Institute", "School",
    "Church", "Mosque", "Palace", "Hall", "House", "Square", "Street", "Airport", "Port",
    "Hotel", "Centre", "Center", "Group", "Company", "Corporation", "Association", "Alliance",
    "Community", "Nations", "Empire", "Dynasty", "Revolution", "War", "Crisis", "Accord",
    # who speaks in plural at a sentence's start: "Officials said"
    "Officials", "Experts", "Analysts", "Sources", "Diplomats", "Observers", "Participants",
    "Delegates", "Leaders", "Ministers", "Reporters", "Authorities", "Residents", "Critics",
    "Organizers", "Organisers", "Investors", "Businesses", "Companies",
}
_SAY = {"said", "says", "told", "noted", "added", "stressed", "emphasized", "emphasised",
        "stated", "underlined", "announced", "explained", "remarked", "urged", "wrote",
        "recalled", "affirmed", "declared", "highlighted", "pointed", "commented", "indicated",
        "welcomed", "met", "visited", "arrived", "received", "expressed", "reiterated",
        "had", "held", "thanked", "congratulated", "invited", "attended", "hosted", "signed",
        "spoke"}
# "Wang Yi was present at the meeting": a full name that these two words follow is a person's
_PRESENT = {("was", "present"), ("were", "present"), ("took", "part")}
_LONE_SAY = {"said", "says", "told", "added", "noted", "stressed", "emphasized", "emphasised",
             "stated", "underlined", "remarked"}
_SAY_BEFORE = {"said", "says", "added", "according"}
_ON_HIS = {("on", "his"), ("on", "her")}
_TAKING_OFFICE = {"inauguration", "election", "re-election", "reelection", "appointment",
                  "swearing-in", "investiture"}  # "on his inauguration as President of X"
_LED_BY_A_PERSON = {"government", "regime", "administration"}  # "the regime of Bashar al-Assad"
# verbs whose object is a person: "Cho congratulated Gabrielius Landsbergis on", "met with X"
_DONE_TO_A_PERSON = {"met", "congratulated", "thanked", "received", "welcomed", "greeted",
                     "hosted", "telephoned", "phoned", "briefed", "accompanied"}
_MET_WITH = {"met", "meeting", "meetings", "talks", "spoke", "conversation", "call"}  # ... "with" X
_NAME_CUES = _SAY_BEFORE | _LED_BY_A_PERSON | _DONE_TO_A_PERSON | {"with"}
_APPOSITION_DET = {"the", "a", "an"}
_LOCATIVE = {"in", "at", "from", "to", "near", "into", "outside", "inside"}
# a country's name inside a geographic name: "South China Sea", "Korean Peninsula"
# a demonym after these names a region, not the country ("North" + "Korean" is one name)
_REGION_MODIFIERS = {"South", "North", "Latin", "Central", "East", "West", "Pan", "Meso"}
# the words for a country's regions: "Nizhny Novgorod Oblast", "the Western Province"
# the words of the world's regions, as a post's remit names them: "for Europe and Central Asia"
_WORLD_REGION_WORDS = {"Europe", "Asia", "Africa", "America", "Americas", "Latin", "Caribbean",
                       "Pacific", "Middle", "East", "Near", "Far", "Central", "Eastern", "Western",
                       "Southern", "Northern", "South", "North", "West", "Southeast", "Arctic",
                       "Sahel", "Maghreb", "Gulf", "Balkans", "Caucasus", "Region", "Regional",
                       "African", "Asian", "Arab", "Eurasian"}  # "for African Affairs"
_REGION_WORDS = {"Oblast", "Region", "Province", "Governorate", "Prefecture", "County", "Krai",
                 "District", "Emirate", "Canton", "Voivodeship", "Territory"}
# what may stand before a body's head noun in its name: "the Political Bureau of"
_BODY_ADJECTIVES = {"Political", "Central", "Supreme", "General", "Permanent", "Executive",
                    "Standing", "National", "State", "Federal", "Presidential", "Joint", "Special",
                    "High", "Constitutional", "Legislative", "Foreign", "Great", "Grand"}
# a surname with an Arabic article in lower case: "Bashar al-Assad", "Abdel Fattah el-Sisi"
# Arabic's article as transliterated, assimilated or not: "al-", "el-", "ash-Shara"
_ARTICLES = ("al", "el", "ad", "ar", "as", "ash", "at", "az")
_ARTICLE_PREFIXED = patterns.compile(r"(?:" + "|".join(_ARTICLES + ("ul", "ud")) +
                                     r")-[A-Z][a-z]+(?:-[A-Z][a-z]+)*")
# rulers' titles that are also given names: "Foreign Minister Amir Khan Muttaqi"
_RULER_NAMES = {"amir", "emir"}
# titles that are also words of names, between two of a name's words
# what is named after people: "King Khalid Airport", "Aliyev Foundation", "Nelson Mandela Bridge"
_NAMED_AFTER_PEOPLE = {"Airport", "University", "Stadium", "Bridge", "Hospital", "Street", "Avenue",
                       "Road", "Boulevard", "Square", "Mosque", "Mausoleum", "Memorial", "Museum",
                       "Library", "Foundation", "Prize", "Award", "Cup", "Port", "Dam"}
# royal styles that are English surnames too, after two words of a name: "Martin Luther King"
_SURNAME_TITLES = {"King", "Prince"}
_NAME_TITLES = {"Sheikh", "Shaikh", "Amir"}  # "Hassan Sheikh Mohamud", "Hossein Amir Abdollahian"
# surnames that are also English words that start no name ("He" Lifeng, "To" Lam, "An" Duk-geun)
_FUNCTION_WORD_SURNAMES = {"He", "To", "An"}
# an Arabic name's article, capitalised: not counted as one of a name's words
_ARTICLE_PARTICLES = {"Al", "El", "Al-", "El-"}
_INITIAL = patterns.compile(r"[A-Z]\.(?:[A-Z]\.)*")  # "S.", "J.R."
_REGNAL = patterns.compile(r"(?!I$)X{0,2}(?:IX|IV|V?I{1,3}|V)")  # "II" to "XXIX", not "I"
# forms of address, no post: "President His Highness Sheikh" holds the post of President
# styles that come between a post and a name, and belong to the name
_STYLES_OF_NAME = {"Sheikh", "Sheikha", "Dr.", "Dr", "Mr.", "Mrs.", "Ms.", "Prof.", "Professor", "Shri",
                   "Smt.", "Shrimati", "Senator"}
_HONORIFIC = patterns.compile(r"\b(?:(?:His|Her|Their) (?:Highness|Majesty|Excellency|Royal Highness)|"
                              r"H\.E\.|HE|HRH)\b")
_FOREIGN_AFFAIRS = patterns.compile(r"\bminister (?:of|for) (?:foreign|external) affairs\b|"
                                   r"\b(?:foreign|external) affairs minister\b")
_HEAD_OF_GOVERNMENT = patterns.compile(r"chairman of the (?:cabinet of ministers|council of ministers|"
                                       r"government)")
_TITLE_SMALL_WORDS = {"of", "to", "for", "and", "the", "in", "on", "at"}
_PATRONYMIC = {"bin", "ibn", "bint"}
_NAME_SUFFIXES = {"Jr.", "Jr", "Sr.", "Sr"}
# letters after a name that are no part of it: "Malcolm Turnbull MP", "X KC"
_POST_NOMINALS = {"MP", "MPs", "MEP", "MLA", "QC", "KC", "OBE", "CBE", "KBE", "MBE", "PhD"}
_GEOGRAPHIC_HEADS = {"Sea", "Ocean", "Strait", "Straits", "Peninsula", "Basin", "Subcontinent",
                     "Archipelago"}
# the nouns of a post's name, spelt out before its acronym
_POST_NOUNS = {"Chief", "Officer", "Minister", "Secretary", "Director", "President", "Chairman",
               "Chairperson", "Ambassador", "Counsellor", "Envoy", "Representative", "Coordinator",
               "Commissioner", "Adviser", "Advisor"}
_LINE_ENDS = {".", "!", "?", ":", '"', "”", "’", "'", ")"}  # a line ending so is no heading
BUILDING_HEADS = {"House", "Palace", "Hall", "Mansion", "Lodge", "Castle"}
_ORG_HEADS = {"Agency", "Organization", "Organisation", "Bank", "Fund", "Council", "Commission",
              "Community", "Union", "Alliance", "Association", "Forum", "Institute", "Corporation",
              "Company", "Group", "Authority", "Committee", "Programme", "Program", "Conference",
              "Movement", "Partnership", "Cooperation", "Co-operation", "Federation", "Office",
              "Center", "Centre", "Foundation", "Service", "Ministry", "Secretariat", "Court",
              "Parliament", "Assembly", "Network", "Initiative", "Treaty", "Pact", "Bloc"}
# the posts of a country's leader: what "the Vietnamese leader" can name
_LEADER_POSTS = {"president", "prime minister", "chancellor", "king", "emir", "leader",
                 "head of state"}
# bodies named by a head noun before their field ("Ministry of ...") or after it ("... Council")
_BODY_HEADS_FIRST = {"Ministry", "Department", "Bureau", "Office", "Commission", "Committee",
                     "Council", "Agency", "Chamber", "Institute", "Authority",
                     # legislatures: "National Assembly of Vietnam", "Mazhilis of the Parliament"
                     "Assembly", "Parliament", "Senate", "Congress", "Mazhilis", "Majlis",
                     "Duma", "Rada", "Sejm", "Kenesh", "Khural"}
_BODY_HEADS_LAST = {"Council", "Agency", "Bank", "Fund", "Commission", "Corporation", "Company", "Group",
                    "Institute", "Authority", "Bureau", "Foundation", "Association",
                    "Ministry", "Chamber", "Holdings"}
# the last word of a business's name: "Blackrock Investment Company", "Al Mirqab Capital"
_COMPANY_ENDS = {"Company", "Corporation", "Capital", "Holding", "Holdings", "Group", "Partners",
                 "Investments", "Ventures", "Airways", "Airlines", "Inc", "Ltd", "LLC", "PLC"}
# "companies including", "firms such as": a list of company names follows
_COMPANY_LIST = patterns.compile(r"\b(?:[Cc]ompanies|[Ff]irms|[Cc]orporations|[Ee]nterprises|"
                                 r"[Cc]armakers|[Aa]utomakers|[Bb]anks|[Gg]roups)\s*,?\s+"
                                 r"(?:including|such as|like|among them)\s+")
_COMPANY_ITEM = patterns.compile(r"((?:[A-Z][\w&'’.-]*)(?:\s+(?:[A-Z][\w&'’.-]*|&|of)){0,4}"
                                 r"(?<![.]))(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)?")
# nouns for a kind of body, before its name: "sovereign fund ADQ"
_BODY_KINDS = {"fund", "company", "firm", "group", "agency", "bank", "operator", "carrier",
               "developer", "conglomerate", "giant", "producer", "lender", "insurer", "regulator",
               "corporation", "holding", "broadcaster", "airline", "automaker", "carmaker"}
# a post named in the plural for the people of a list: "the foreign ministers of A, B and C"
_PLURAL_POST = patterns.compile(r"\b(?:(?:foreign|prime|trade|defen[cs]e|finance|economy|energy|deputy "
                                r"foreign) ministers|ministers of foreign affairs|presidents|leaders|"
                                r"heads of state|ambassadors)\b")
_PLURAL_POSTS = {"ministers", "presidents", "leaders", "ambassadors", "envoys", "heads"}
_PLURAL_HEAD = patterns.compile(r"\b(minister|president|leader|head|ambassador)s\b")
# the words of a minister's portfolio: "Minister of Agriculture and Rural Development"
_PORTFOLIO_WORDS = {
    "Foreign", "Affairs", "Peoples", "Trade", "Commerce", "Investment", "Investments", "Industry",
    "Industries", "Mines", "Mining", "Petroleum", "Oil", "Gas", "Power", "Electricity", "Energy",
    "Water", "Resources", "Mineral", "Minerals", "Natural", "Environment", "Climate", "Change",
    "Ecology", "Forestry",
    "Fisheries", "Livestock", "Food", "Agriculture", "Rural", "Urban", "Development", "Planning",
    "Economy", "Economic", "Finance", "Budget", "Treasury", "Revenue", "Customs", "Taxes",
    "Transport", "Roads", "Aviation", "Maritime", "Infrastructure", "Public", "Works", "Housing",
    "Communications", "Communication", "Information", "Digital", "Transformation", "Innovation",
    "Technology", "Technologies", "Science", "Research", "Higher", "Education", "Health",
    "Social", "Welfare", "Protection", "Labour", "Labor", "Employment", "Women", "Youth",
    "Sports", "Sport", "Family", "Children", "Culture", "Heritage", "Tourism", "Justice",
    "Interior", "Home", "Internal", "Defence", "Defense", "Security", "Emergency", "Situations",
    "Integration", "Diaspora", "Relations", "Cooperation", "International", "Regional",
    "European", "Local", "Government", "Territorial", "Administration", "Migration",
    "Religious", "Parliamentary", "National", "Strategic", "Worship", "Services", "Financial",
    "Fiscal", "Monetary", "Political", "Consular", "Legal", "Cultural", "Humanitarian", "Military",
    "Veterans", "Statistics", "Business", "Expatriates", "Emigrants", "Overseas", "Enterprise",
    "Enterprises", "Small", "Medium", "Industrial", "Privatization",
}
# "Joko Widodo, widely known as Jokowi"
_KNOWN_AS = patterns.compile(r",?\s*(?:who is\s+)?(?:also |widely |popularly |commonly |better )?known as\b")
# "Comprehensive Economic Partnership Agreement (CEPA)": an agreement or a project, no body
_AGREEMENT_HEADS = {"Agreement", "Treaty", "Partnership", "Corridor", "Initiative", "Accord",
                    "Pact", "Declaration", "Memorandum", "Strategy", "Roadmap", "Framework"}
_APPOSITION_DET_CAPS = {"The", "A", "An", "This", "That", "Its", "His", "Her", "Their"}
# the set differences the rules ask of every word, made once
_NOT_NAMES_BUT_DETERMINERS = _NOT_NAMES - _APPOSITION_DET_CAPS
_NOT_NAMES_BUT_ORG_HEADS = _NOT_NAMES - _ORG_HEADS
_ORG_DESCRIPTION = patterns.compile(
    r"\b[Tt]he (?:(?:\w+|\d+)-(?:member|nation|country|state|strong) (community|bloc|grouping|group|"
    r"organi[sz]ation|alliance|union|association|forum|commonwealth)|"
    # with no size, only the words that name no place or people: "the bloc's member states"
    r"(bloc|grouping|alliance|organi[sz]ation))\b")
_ACRONYM_WINDOW = 400  # characters: ten words of a name, and then some
# "(KOICA)", "(EurAsEC)", and an acronym with its head noun: "(AHA Centre)", "(CARICOM Secretariat)"
_ACRONYM = patterns.compile(r"\(([A-Z][A-Za-z&]{1,9}|[A-Z][A-Z&]{1,9} [A-Z][a-z]+)\)")
_ACRONYM_DEF = patterns.compile(
    r"((?:[A-Z][\w'’.&]*(?:-[\w'’]+)*\s+(?:(?:of|for|on|and|in|the|de|del|des|la|du|el)\s+)*){1,10}"
    r"[A-Z][\w'’.&]*(?:-[\w'’]+)*)\s*" + _ACRONYM.pattern
)


# the kinds of an organization mention that is a body: a country's ("Ministry of Planning") or
# an organization's ("African Union Commission"); neither has member states
BODIES = frozenset({"body", "org body"})


@dataclass
class Mention:
    """One mention: token span, label (Person, Country, Organization, City, Title), node key."""

    start: int
    end: int
    label: str
    key: str
    text: str
    kind: str = ""

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


@dataclass
class Person:
    """A person of one article: fullest name, other forms, and posts held."""

    name: str
    aliases: list[str] = field(default_factory=list)
    offices: list[tuple[str, str | None]] = field(default_factory=list)  # (title, office id)

    @property
    def id(self) -> str:
        return f"person:{slug(self.name)}"

    @property
    def words(self) -> list[str]:
        return name_words(self.name)


@dataclass
class ArticleEntities:
    """Everything :func:`find_entities` found in one document."""

    mentions: list[Mention]
    people: dict[str, Person]
    organizations: dict[str, tuple[str, str]]  # id -> (name, acronym) learnt from the text
    roles: list[tuple[Mention, str, str | None]]  # title mentions with no name: (mention, title, office)
    _starts: list[int] = field(default_factory=list, repr=False)

    def in_span(self, start: int, end: int) -> list[Mention]:
        """The mentions within tokens ``start:end`` (``mentions`` is sorted by position)."""
        if len(self._starts) != len(self.mentions):
            self._starts = [m.start for m in self.mentions]
        first = bisect.bisect_left(self._starts, start)
        last = bisect.bisect_left(self._starts, end, first)
        return [m for m in self.mentions[first:last] if m.end <= end]


_NOT_ALPHANUMERIC = re.compile(r"[^a-z0-9]+")


# letters that are no Latin letter plus an accent, so NFKD keeps them: spelt as English does
_LETTERS_WITHOUT_ACCENTS = str.maketrans({
    "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ß": "ss", "đ": "d",
    "Đ": "D", "ł": "l", "Ł": "L", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ı": "i",
    "ħ": "h", "Ħ": "H"})


@lru_cache(maxsize=65536)  # a person's id is asked for again and again
def slug(text: str) -> str:
    """A stable id part: accents stripped, lower case, words joined by hyphens.

    >>> slug("Krišjanis Karinš"), slug("Jonas Gahr Støre")
    ('krisjanis-karins', 'jonas-gahr-store')
    """
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text.translate(_LETTERS_WITHOUT_ACCENTS))
        text = text.encode("ascii", "ignore").decode()
    return _NOT_ALPHANUMERIC.sub("-", text.lower()).strip("-") or "x"


@lru_cache(maxsize=65536)
def name_key(word: str) -> str:
    """Fold spellings of one name together ("Aleksandr"/"Alexander", "Karinš"/"Karins",
    "Mohammad"/"Mohammed": see ``data/name_spellings.tsv``; "Qasym"/"Kassym", as Kazakh and
    Arabic names are written with either letter).

    >>> name_key("Aleksandr") == name_key("Alexander"), name_key("Mohammad") == name_key("Mohammed")
    (True, True)
    >>> name_key("Toqayev") == name_key("Tokayev"), name_key("Qasym") == name_key("Kassym")
    (True, True)

    Arabic's article, however joined, is no part of the name: "al-Sisi", "El-Sissi" and
    "Sisi" are one name, as "al-Assad" and "Assad" are.

    >>> name_key("El-Sissi") == name_key("al-Sisi") == name_key("Sisi")
    True
    """
    w = slug(word)
    article, _, rest = w.partition("-")
    if rest and article in _ARTICLES and len(rest) > 2:
        w = rest
    w = w.replace("-", "")
    w = load_lexicon().name_spellings.get(w, w)
    w = w.replace("q", "k").replace("ks", "x").replace("iy", "y").replace("yi", "y").replace("ij", "y")
    if w.endswith("er"):
        w = w[:-2] + "r"
    return _undoubled(w)


def _undoubled(word: str) -> str:
    """Each pair of a doubled letter as one, from the left ('aaa' -> 'aa'): what
    ``re.sub(r"(.)\\1", r"\\1", word)`` gives, without the regular expression (new names are
    folded in every article).

    >>> _undoubled("Mohammed"), _undoubled("aaa")
    ('Mohamed', 'aa')
    """
    out, i, n = [], 0, len(word)
    while i < n:
        out.append(word[i])
        i += 2 if i + 1 < n and word[i + 1] == word[i] else 1
    return "".join(out)


def own_name_words(words: list[str]) -> list[str]:
    """The words of a name that can name its bearer alone: not those after "bin" or "ibn",
    which name the father ("King Salman" is not "Mohammed bin Salman").

    >>> own_name_words("Mohammed bin Salman Al Saud".split())
    ['Mohammed', 'bin', 'Al', 'Saud']
    """
    return [w for n, w in enumerate(words) if not (n and words[n - 1].lower() in _PATRONYMIC)]


@lru_cache(maxsize=65536)
def name_keys(name: str) -> tuple[str, ...]:
    """The :func:`name_key` of each word of ``name``: people are told apart by these."""
    return tuple(name_key(w) for w in name_words(name))


# initials written against the name, as Mongolian media write a patronymic's initial before
# the given name: "D.Tsogtbaatar", "Ts.Elbegdorj", "U.Khurelsukh"
_GLUED_INITIALS = re.compile(r"(?<![\w.])((?:[A-Z][a-z]?\.)+)(?=[A-Z][a-z])")


def name_words(name: str) -> list[str]:
    """The words of a name, an initial written against the next word being one of its own:
    "Minister Tsogtbaatar" is later "D.Tsogtbaatar".

    >>> name_words("D.Tsogtbaatar"), name_words("Ts.Elbegdorj"), name_words("A.K. Abdul Momen")
    (['D.', 'Tsogtbaatar'], ['Ts.', 'Elbegdorj'], ['A.K.', 'Abdul', 'Momen'])
    """
    if "." in name:
        name = _GLUED_INITIALS.sub(r"\1 ", name)
    return name.split()


def order_free_keys(name: str) -> tuple[str, ...]:
    """:func:`name_keys`, a two-word name's in either order: "Kishida Fumio" (family name
    first, as Japan writes it) and "Fumio Kishida" are one name.

    >>> order_free_keys("Kishida Fumio") == order_free_keys("Fumio Kishida")
    True
    """
    keys = name_keys(name)
    return tuple(sorted(keys)) if len(keys) == 2 else keys


def name_ends(words: list[str]) -> tuple[str, str] | None:
    """The keys of a name's first and last words, which a middle name given or left out does
    not change ("Rodrigo Duterte", "Rodrigo Roa Duterte"); None for one word, or for a name
    with a father's ("Mohammed bin Salman" is not "Mohammed Salman").

    >>> name_ends("Rodrigo Roa Duterte".split()) == name_ends("Rodrigo Duterte".split())
    True
    """
    if len(words) < 2 or any(w.lower() in _PATRONYMIC for w in words):
        return None
    return name_key(words[0]), name_key(words[-1])


# --- words --------------------------------------------------------------------------------
@dataclass
class _Word:
    start: int
    end: int
    text: str


def _words(texts: list[str], spaces: list[str]) -> tuple[list[int], list[str]]:
    """Tokens joined by in-word hyphens ("Kassym-Jomart", "Al-Sisi") as one word.

    Returns, by token, the end of the word that starts there (-1 inside a word) and the
    word's text: parallel lists, because a document has hundreds of words and most are not
    looked at twice.

    >>> _words(["Al", "-", "Sisi", "met", "-", "x"], [""] * 3 + [" ", " ", ""])
    ([3, -1, -1, 4, 5, 6], ['Al-Sisi', '-', 'Sisi', 'met', '-', 'x'])
    """
    n = len(texts)
    ends, words = list(range(1, n + 1)), list(texts)
    joins = [j for j, t in enumerate(texts) if (t == "-" or t == "‐") and 0 < j < n - 1
             and not spaces[j - 1] and not spaces[j] and texts[j + 1].isalpha()]
    for j in joins:
        if ends[j] < 0:
            continue  # already inside the word of an earlier hyphen
        i = j - 1
        while ends[i] < 0:
            i -= 1
        end = j + 2
        ends[i] = end
        for k in range(i + 1, end):
            ends[k] = -1
        words[i] = "".join(texts[i:end])
    return ends, words


@lru_cache(maxsize=65536)
def _is_name_word(word: str) -> bool:
    # asked of every word of every article, and of most again: remembered, the cheap tests first
    first = word[:1]
    if not first.isalpha():
        return False
    if not first.isupper():  # "al-Assad", "el-Sisi"
        return "-" in word and word not in _NOT_NAMES and bool(_ARTICLE_PREFIXED.fullmatch(word))
    if word in _NOT_NAMES:
        return False
    if "." in word and _INITIAL.fullmatch(word):
        return True  # "S.", "A.K."
    if len(word) > 2 and word.endswith("s") and word[:-1].isupper():
        return False  # "PMs", "MoUs", "NGOs": plural acronyms
    letters = [c for c in word if c.isalpha()]
    if len(letters) < 2 or not any(c.islower() for c in letters):
        return False
    return all(c.isalpha() or c in "-‐'’." for c in word)


def _is_capitalised_surname(word: str) -> bool:
    """'HAYASHI' of 'Mr. HAYASHI Yoshimasa': Japanese official texts write the surname first,
    in capitals."""
    return len(word) >= 3 and word.isalpha() and word.isupper()


def _is_bare_initial(word: str) -> bool:
    """'S' of 'Dr S Jaishankar': an initial written without its stop (not 'A' or 'I')."""
    return len(word) == 1 and word.isupper() and word not in "AI"


def _name_case(text: str) -> str:
    """'HAYASHI Yoshimasa' -> 'Hayashi Yoshimasa'; a hyphen's stray space dropped, as
    'Mashego- Dlamini' is 'Mashego-Dlamini'."""
    text = _STRAY_HYPHEN_SPACE.sub("-", text)
    return " ".join(w.capitalize() if _is_capitalised_surname(w) else w for w in text.split())


_STRAY_HYPHEN_SPACE = re.compile(r"(?<=[^\W\d])-\s+(?=[A-Z])")


# --- the finder ---------------------------------------------------------------------------
def find_entities(doc: Doc) -> ArticleEntities:
    """Find the mentions of one document (the output of the graphkit pipeline)."""
    lex = load_lexicon()
    mentions: list[Mention] = []
    titles: list[GazetteerSpan] = []
    named_words: set[int] = set()  # countries found to be words of a longer name
    for span in gazetteer_spans(doc):
        label = span.label_
        if label == "TITLE":
            titles.append(span)
            continue
        start, end = span.start, span.end
        if label in ("COUNTRY", "DEMONYM"):
            if _is_currency(doc, span) or _in_geographic_name(doc, span) or \
                    _in_airline_name(doc, span):
                continue
            if label == "COUNTRY" and _inside_a_hyphenated_name(doc, span, named_words):
                named_words.update(range(start, end))
                continue
            if _after_region_modifier(doc, span):
                continue  # "the first South American country", "Latin American", "South America"
            text = span.text
            mentions.append(Mention(start, end, "Country", span.id_,
                                    lex.shouted_countries.get(text, text),
                                    "demonym" if label == "DEMONYM" else "name"))
        elif label == "ORG":
            mentions.append(Mention(start, end, "Organization", span.id_, span.text))
        elif label == "CITY":
            if end < len(doc) and doc[end].text in BUILDING_HEADS:
                continue  # "Hyderabad House in New Delhi": a building named after a city
            text = span.text
            mentions.append(Mention(start, end, "City", span.id_,
                                    lex.shouted_cities.get(text, text)))
    mentions += _the_kingdom(doc, mentions)
    _resolve_shared_names(mentions, lex)
    organizations = _learn_acronyms(doc, mentions, lex)
    mentions = _drop_overlaps(mentions)
    title_starts = {t.start for t in titles if t.id_ != "title:honorific"}
    mentions = _drop_overlaps(mentions + _named_bodies(doc, mentions, organizations, title_starts))
    mentions = _drop_overlaps(mentions + _listed_companies(doc, mentions, organizations)
                              + _typed_acronyms(doc, mentions, organizations)
                              + _companies_after_posts(doc, mentions, titles, organizations))
    mentions = sorted(mentions + _org_descriptions(doc, mentions, lex, organizations),
                      key=lambda m: m.start)
    mentions = _given_names_not_countries(doc, mentions, titles)
    blocked = set()
    for m in mentions:
        # "Vladimir Putin": a one-word city's name can be a person's; "Ho Chi Minh City" is not
        if m.label != "City" or m.end - m.start > 1:
            blocked.update(range(m.start, m.end))
    titles = _given_names_not_titles(doc, titles)
    title_tokens = set()
    for t in titles:
        title_tokens.update(range(t.start, t.end))
    finder = _PersonFinder(doc, mentions, titles, blocked | title_tokens)
    finder.run()
    _join_model_entities(doc, finder, mentions, organizations)
    people_tokens = {i for m in finder.person_mentions for i in range(m.start, m.end)}
    mentions = [m for m in mentions if people_tokens.isdisjoint(range(m.start, m.end))]
    all_mentions = sorted(mentions + finder.person_mentions, key=lambda m: (m.start, m.end))
    return ArticleEntities(all_mentions, finder.people, organizations, finder.roles)


def _given_names_not_countries(doc: Doc, mentions: list[Mention],
                               titles: list[GazetteerSpan]) -> list[Mention]:
    """'Israeli Foreign Minister Israel Katz', 'President Jordan Bardella': a one-word country
    right after a post and before a name is the holder's given name."""
    texts = token_table(doc).texts
    post_ends = {t.end for t in titles if t.id_ != "title:honorific"}
    starts = {m.start for m in mentions}
    return [m for m in mentions if not (
        m.label == "Country" and m.end == m.start + 1 and m.start in post_ends
        and m.end < len(texts) and m.end not in starts and _is_name_word(texts[m.end]))]


def _resolve_shared_names(mentions: list[Mention], lex: Lexicon) -> None:
    """'the Democratic Republic of the Congo ... eastern Congo': a name two countries share
    is the one the article names otherwise, where it names only one of them."""
    shared = [m for m in mentions if m.label == "Country" and m.text in lex.shared_names]
    if not shared:
        return
    named = {m.key for m in mentions if m.label in ("Country", "City") and m not in shared}
    named = {"country:" + k.split(":", 1)[1] for k in named}
    for m in shared:
        choices = [c for c in lex.shared_names[m.text] if "country:" + c in named]
        if len(choices) == 1:
            m.key = "country:" + choices[0]


def _join_model_entities(doc: Doc, finder: _PersonFinder, mentions: list[Mention],
                         organizations: dict[str, tuple[str, str]]) -> None:
    """A pretrained pipeline's PERSON and ORG entities join the rule-based ones; where they
    overlap a mention the rules found, the rules win."""
    taken = {i for m in mentions + finder.person_mentions for i in range(m.start, m.end)}
    for ent in doc.ents:
        if not taken.isdisjoint(range(ent.start, ent.end)):
            continue
        text = ent.text.strip()
        if ent.label_ in ("PERSON", "PER") and len(text.split()) >= 2 and _is_name_word(text.split()[0]):
            finder.add_person(ent.start, ent.end, title=None, office=None, kind="model")
        elif ent.label_ == "ORG" and len(text) > 2 and text[:1].isupper():
            org_id = slug(text)
            organizations.setdefault(org_id, (text, ""))
            mentions.append(Mention(ent.start, ent.end, "Organization", f"org:{org_id}", text, "model"))
        else:
            continue
        taken.update(range(ent.start, ent.end))


def _given_names_not_titles(doc: Doc, titles: list[GazetteerSpan]) -> list[GazetteerSpan]:
    """'acting Foreign Minister Amir Khan Muttaqi': a ruler's title right after a minister's,
    before a name, is a given name (a minister is no emir); so is one joined by a hyphen to a
    name ('Hossein Amir-Abdollahian')."""
    ending = {t.end: t for t in titles}
    table = token_table(doc)
    texts, spaces = table.texts, table.spaces
    return [t for t in titles if not (
        t.text.lower() in _RULER_NAMES and t.end < len(texts) and (
            t.start in ending and ending[t.start].id_ not in ("title:royal", "title:honorific")
            and _is_name_word(texts[t.end]) or
            texts[t.end] == "-" and not spaces[t.end - 1] and t.end + 1 < len(texts)
            and not spaces[t.end] and _is_name_word(texts[t.end + 1])))]


def _the_kingdom(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'the Kingdom's bid': the one kingdom the article names (Saudi Arabia, Morocco...)."""
    texts = token_table(doc).texts
    at = [i for i in range(1, len(texts) - 1) if texts[i] == "Kingdom" and
          texts[i - 1].lower() == "the" and texts[i + 1] != "of"]
    if not at:
        return []
    countries = load_lexicon().countries
    iso3s = {m.key.split(":", 1)[1] for m in mentions if m.label == "Country"}
    kingdoms = {countries[c].id for c in iso3s if c in countries and
                "Kingdom" in " ".join((countries[c].name, *countries[c].aliases))}
    if len(kingdoms) != 1:
        return []
    taken = {i for m in mentions for i in range(m.start, m.end)}
    key = next(iter(kingdoms))
    return [Mention(i, i + 1, "Country", key, "Kingdom", "referent") for i in at if i not in taken]


def _is_currency(doc: Doc, span: GazetteerSpan) -> bool:
    """'US dollars', 'U.S. $': a currency, not the country."""
    lowers = token_table(doc).lowers
    nxt = lowers[span.end] if span.end < len(lowers) else ""
    return nxt.startswith("dollar") or nxt in ("$", "dollar")


def _after_region_modifier(doc: Doc, span: GazetteerSpan) -> bool:
    before = token_table(doc).texts[max(0, span.start - 2):span.start]
    return bool(before) and (before[-1] in _REGION_MODIFIERS or
                             before[-2:] in (["Pan", "-"], ["Meso", "-"]))


# "Air India", "Qatar Airways", "Turkish Airlines": an airline, named after its country (not
# "the Indian Air Force", the country's own)
_AIRLINE_HEADS = {"Airlines", "Airways", "Airline"}


def _in_airline_name(doc: Doc, span: GazetteerSpan) -> bool:
    """'the purchase of Boeing aircraft by Air India': an airline, not the country."""
    texts = token_table(doc).texts
    return (span.start > 0 and texts[span.start - 1] == "Air") or (
        span.end < len(texts) and texts[span.end] in _AIRLINE_HEADS)


def _in_geographic_name(doc: Doc, span: GazetteerSpan) -> bool:
    """'the South China Sea', 'the Korean Peninsula': a place named after, not the country."""
    texts = token_table(doc).texts
    return span.end < len(texts) and texts[span.end] in _GEOGRAPHIC_HEADS


def _inside_a_hyphenated_name(doc: Doc, span: GazetteerSpan, named_words: set[int]) -> bool:
    """'the Lamu Port-South Sudan-Ethiopia Transport corridor': a country's name hyphened
    to a capitalised word that is no country (or to one that is itself such a word) is a word
    of a name, not the country ('Sino-Russian', a demonym, is not asked)."""
    texts = token_table(doc).texts
    k = span.start - 2
    return k >= 0 and texts[span.start - 1] == "-" and texts[k][:1].isupper() and \
        (k in named_words or not any(s.start <= k < s.end and s.label_ in ("COUNTRY", "DEMONYM")
                                     for s in gazetteer_spans(doc)))


def _drop_overlaps(mentions: list[Mention]) -> list[Mention]:
    taken: set[int] = set()
    kept = []
    for m in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        if taken.isdisjoint(range(m.start, m.end)):
            kept.append(m)
            taken.update(range(m.start, m.end))
    return sorted(kept, key=lambda m: m.start)


def _learn_acronyms(doc: Doc, mentions: list[Mention], lex) -> dict[str, tuple[str, str]]:
    """'Korea International Cooperation Agency (KOICA)': an organization and its acronym."""
    learnt: dict[str, tuple[str, str]] = {}
    known = lex.organization_forms
    countries = lex.country_forms
    for m in _acronym_definitions(token_table(doc).text):
        name, acronym = m.group(1), m.group(2)
        words = name.split()
        # "President of the African Development Bank (AfDB)": the name starts at a capital
        while words and (words[0] in _NOT_NAMES_BUT_ORG_HEADS or words[0].lower() in _PARTICLES
                         or words[0].islower()):
            words = words[1:]
        if "and" in words and " ".join(words[:words.index("and")]) in known:
            words = words[words.index("and") + 1:]  # "KazMunayGas and Korea Gas Corporation (KOGAS)"
        words = _acronym_tail(words, acronym)
        name = " ".join(words)
        if len(words) < 2 or name in countries:
            continue
        org_id = known.get(name) or known.get(acronym)
        if org_id is None:
            if not (set(words) & _ORG_HEADS or _initials_match(words, acronym)) or \
                    words[-1] in _AGREEMENT_HEADS:
                continue
            if not set(words) & _ORG_HEADS and set(words) & _POST_NOUNS:
                continue  # "Deputy Chief of Mission (DCM)", "Chief Executive Officer (CEO)": a post
            org_id = acronym.replace(" ", "-")
            learnt[org_id] = (name, acronym)
        key = f"org:{org_id}"
        start = m.start() + m.group(0).find(name)
        span = doc.char_span(start, start + len(name), alignment_mode="expand")
        if span is not None:
            mentions.append(Mention(span.start, span.end, "Organization", key, span.text, "name"))
        texts, parts = token_table(doc).texts, acronym.split()
        for i in range(len(texts) - len(parts) + 1):
            if texts[i:i + len(parts)] == parts:
                mentions.append(Mention(i, i + len(parts), "Organization", key, acronym,
                                        "acronym"))
    return learnt


def _org_descriptions(doc: Doc, mentions: list[Mention], lex,
                      learnt: dict[str, tuple[str, str]]) -> list[Mention]:
    """'the nine-member community', 'the 10-nation bloc': the organization named before whose
    name has that head noun ('Community of Portuguese Language Countries'), or else the only
    organization named before."""
    table = token_table(doc)
    orgs = [m for m in mentions if m.label == "Organization" and m.kind not in BODIES]

    def name(m: Mention) -> str:
        org_id = m.key.split(":", 1)[1]
        known = lex.organizations.get(org_id)
        return (known.name if known else learnt.get(org_id, (m.text, ""))[0]).lower()

    found = []
    for match in _ORG_DESCRIPTION.finditer(table.text):
        before = [m for m in orgs if table.starts[m.start] < match.start()]
        head = (match.group(1) or match.group(2)).lower()
        named = list(dict.fromkeys(m.key for m in before if head in name(m).split()))
        keys = named or list(dict.fromkeys(m.key for m in before))
        if len(named) > 1 or (not named and len(keys) != 1):
            continue  # more than one it could be
        start = match.start() + len("the ")
        span = doc.char_span(start, match.end(), alignment_mode="expand")
        if span is not None:
            found.append(Mention(span.start, span.end, "Organization", keys[-1], span.text,
                                 "description"))
    return found


def _named_bodies(doc: Doc, mentions: list[Mention], learnt: dict[str, tuple[str, str]],
                  title_starts: set[int] = frozenset()) -> list[Mention]:
    """Bodies named by their head noun: 'Ministry of Planning and Investment', 'Department of
    Statistics', 'Brazil-China Business Council', 'the Kazakh Foreign Ministry'. A country
    named with it ('Brazil's Ministry of ...', 'the Estonian Ministry ...') is part of its id:
    every country has a Ministry of Foreign Affairs."""
    table = token_table(doc)
    texts, lowers = table.texts, table.lowers
    at = {m.start: m for m in mentions}
    taken = {i for m in mentions if m.label != "City" for i in range(m.start, m.end)}
    # "China Development Bank", "Brazil-China Business Council": countries inside the name
    taken_not_countries = {i for m in mentions if m.label not in ("City", "Country")
                           for i in range(m.start, m.end)}
    # "ECOWAS Authority of Heads of State", "UN Commission on ...": the body of an organization
    org_ending = {m.end: m for m in mentions if m.label == "Organization"}
    org_starts = {m.start for m in org_ending.values()}
    ending = {m.end - 1: m for m in mentions if m.label == "Country"}
    found = []
    for i, word in enumerate(texts):
        if word in _BODY_HEADS_FIRST and i + 2 < len(texts) and lowers[i + 1] in ("of", "for"):
            start, end = i, _body_name_end(texts, lowers, at, title_starts, i)
            while start > 0 and texts[start - 1] in _BODY_ADJECTIVES and start - 1 not in taken:
                start -= 1  # "the Political Bureau of ...", "the State Council of ..."
            while end > i + 2 and lowers[end - 1] == "the":
                end -= 1  # "Committee of the | Kyrgyz Republic"
            owner_at = i + 3 if lowers[i + 2] == "the" else i + 2
            if end == i + 2 and owner_at in at and at[owner_at].label == "Country":
                # "the National Assembly of Vietnam", "the National Statistical Committee of the
                # Kyrgyz Republic": the country is its owner, the words before are its name
                start, end = min(start, _name_words_start(texts, at, i)), i + 1
                if start == i:
                    continue
            elif end == i + 2:
                continue
            if not taken.isdisjoint(range(start, end)):
                continue
            if i in org_ending:
                start = org_ending[i].start
        elif word in _BODY_HEADS_LAST and i in org_ending and org_ending[i].kind not in BODIES:
            start, end = org_ending[i].start, i + 1  # "African Union Commission", "ASEAN Secretariat"
            if end < len(texts) and _capitalised(texts[end]) and end not in at and \
                    end not in title_starts:
                continue
        elif word in _BODY_HEADS_LAST:
            start, end = _name_words_start(texts, at, i), i + 1
            if start == i or not taken_not_countries.isdisjoint(range(start, end)):
                continue
            if texts[i - 1] == "High" and word == "Commission":
                continue  # "New Zealand's High Commission in Suva": an embassy, no body
            if end < len(texts) and texts[end] == "for":  # "Saudi Fund for Development"
                k = end + 1
                while k < len(texts) and _capitalised(texts[k]) and k not in at and \
                        k not in title_starts:
                    k += 1
                end = k if k > end + 1 else end
            if end < len(texts) and _capitalised(texts[end]) and end not in at and \
                    end not in title_starts:
                continue  # "Extended Fund Facility": the head is not the name's last word
        else:
            continue
        taken.update(range(start, end))
        name = table.span_text(start, end)
        owner = _owner_country(texts, at, start, end)
        org_id = (owner.split(":", 1)[1].lower() + "-" if owner else "") + slug(name)
        # "Ministry of Foreign Affairs of Turkmenistan" is its name, the country a mention apart
        full = name
        after = _country_after_of(texts, at, end)
        if owner and after is not None and after.key == owner:
            full = table.span_text(start, after.end)
        elif owner and start - 1 in ending and ending[start - 1].kind == "demonym":
            full = table.span_text(ending[start - 1].start, end)  # "Azerbaijani Foreign Ministry"
        if len(full) > len(learnt.get(org_id, ("",))[0]):
            learnt[org_id] = (full, "")
        # an organization's own body ("African Union Commission") is no country's
        kind = "org body" if start in org_starts else "body"
        found.append(Mention(start, end, "Organization", "org:" + org_id, name, kind))
    return found


def _listed_companies(doc: Doc, mentions: list[Mention],
                      learnt: dict[str, tuple[str, str]]) -> list[Mention]:
    """'companies including Hyundai Motor Company and LG Energy Solution': the names a list of
    companies gives are organizations."""
    text = token_table(doc).text
    if not _COMPANY_LIST.search(text):
        return []
    # a company can be named after a city ("Toyota Tsusho")
    taken = {i for m in mentions if m.label != "City" for i in range(m.start, m.end)}
    found = []
    for intro in _COMPANY_LIST.finditer(text):
        pos = intro.end()
        for item in _COMPANY_ITEM.finditer(text, pos):
            if item.start() != pos:
                break
            name = item.group(1)
            span = doc.char_span(item.start(1), item.end(1))
            if span is None:
                break
            pos = item.end()
            if not taken.isdisjoint(range(span.start, span.end)):
                continue  # a name already known ("Hyundai Motor Company" as a body)
            org_id = slug(name)
            learnt.setdefault(org_id, (name, ""))
            found.append(Mention(span.start, span.end, "Organization", "org:" + org_id, name,
                                 "company"))
    return found


def _companies_after_posts(doc: Doc, mentions: list[Mention], titles: list[GazetteerSpan],
                           learnt: dict[str, tuple[str, str]]) -> list[Mention]:
    """'Senior Managing Director of Blackrock Investment Company Adebayo Ogunlesi', 'Chairman of
    the Board of Al Mirqab Capital Hamad bin Jassim Al Thani': a business named between a
    post and its holder's name is an organization."""
    table = token_table(doc)
    texts, lowers, n = table.texts, table.lowers, len(table.texts)
    taken = {i for m in mentions for i in range(m.start, m.end)}
    post_starts = {t.start for t in titles}
    found = []
    for t in titles:
        k = t.end
        if t.id_ == "title:honorific" or k + 1 >= n or lowers[k] != "of":
            continue
        k += 2 if lowers[k + 1] == "the" else 1
        if k + 1 < n and lowers[k] == "board" and lowers[k + 1] == "of":  # "of the Board of"
            k += 3 if k + 2 < n and lowers[k + 2] == "the" else 2
        start, end = k, None
        while k < n and k not in taken and k not in post_starts and _capitalised(texts[k]):
            if texts[k] in _COMPANY_ENDS:
                end = k + 1
            k += 1
        if end is None or end - start < 2 or texts[start] in _PORTFOLIO_WORDS or \
                not (end + 1 < n and _is_name_word(texts[end]) and (
                    _is_name_word(texts[end + 1]) or lowers[end + 1] in _PARTICLES)):
            continue
        name = table.span_text(start, end)
        learnt.setdefault(slug(name), (name, ""))
        found.append(Mention(start, end, "Organization", "org:" + slug(name), name, "company"))
        taken.update(range(start, end))
    return found


def _typed_acronyms(doc: Doc, mentions: list[Mention],
                    learnt: dict[str, tuple[str, str]]) -> list[Mention]:
    """'the sovereign fund ADQ', 'state oil company SOCAR': an acronym that a noun for a kind
    of body introduces names one."""
    texts = token_table(doc).texts
    # most articles have no such noun before a word in capitals: test the noun first
    candidates = [i for i in range(1, len(texts)) if texts[i - 1] in _BODY_KINDS
                  and 2 <= len(texts[i]) <= 8 and texts[i].isupper() and texts[i].isalpha()]
    if not candidates:
        return []
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found = []
    for i in candidates:
        if i not in taken:
            word = texts[i]
            learnt.setdefault(word, (word, word))
            found.append(Mention(i, i + 1, "Organization", "org:" + word, word, "acronym"))
    return found


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and word[:1].isalpha()


def _name_words_end(texts: list[str], lowers: list[str], at: dict[int, Mention], j: int) -> int:
    """The end of the capitalised words from ``j`` joined by 'and', ',', 'of' ('Development,
    Industry, Trade and Services'), stopping before a country or city."""
    if j < len(texts) and lowers[j] == "the":
        j += 1
    end = j
    while j < len(texts) and _capitalised(texts[j]):
        if j in at:
            # "the Communist Party of China Central Committee": a country inside the name
            inner = _head_after_country(texts, at, j)
            if inner is None:
                break
            end = j = inner
            continue
        end = j = j + 1
        while j < len(texts) and lowers[j] in (",", "and", "&", "of", "for"):
            j += 1
    return end


def _head_after_country(texts: list[str], at: dict[int, Mention], j: int) -> int | None:
    """Where a name goes on past the country at ``j``: up to an organization's head noun in
    the capitalised words right after it ('China | Central Committee'), else None."""
    m = at[j]
    if m.label != "Country":
        return None
    k = m.end
    while k < len(texts) and k < m.end + 3 and _capitalised(texts[k]) and k not in at:
        if texts[k] in _ORG_HEADS:
            return k + 1
        k += 1
    return None


def _body_name_end(texts: list[str], lowers: list[str], at: dict[int, Mention],
                   title_starts: set[int], head: int) -> int:
    """The end of a body's name that starts with its head ('Office of the Central Foreign
    Affairs Commission'): not into a title that follows ('... Central Committee and Director
    of'), nor into the name of a person after an inner head ('... Commission Wang Yi')."""
    end = _name_words_end(texts, lowers, at, head + 2)
    titled = next((k for k in range(head + 2, end) if k in title_starts), None)
    if titled is not None:
        end = titled
        while end > head + 2 and lowers[end - 1] in (",", "and", "&", "of", "for"):
            end -= 1
    inner = [k for k in range(head + 2, end) if texts[k] in _ORG_HEADS]
    if inner and all(texts[k] not in _PORTFOLIO_WORDS and texts[k] not in _NOT_NAMES
                     for k in range(inner[-1] + 1, end)):
        end = inner[-1] + 1
    # nor into the name of a person after its remit ('Commission for External Relations Le
    # Hoai Trung'): two to four name words after the last word of a portfolio
    remit = [k for k in range(head + 2, end) if texts[k] in _PORTFOLIO_WORDS]
    if remit and 2 <= end - remit[-1] - 1 <= 4 and all(
            _is_name_word(texts[k]) and texts[k] not in _PORTFOLIO_WORDS and
            texts[k] not in _ORG_HEADS for k in range(remit[-1] + 1, end)):
        end = remit[-1] + 1
    return end


def _name_words_start(texts: list[str], at: dict[int, Mention], head: int) -> int:
    """The start of the capitalised words before a head noun ('Brazil-China Business'), after
    a demonym of its own ('the Kazakh | Foreign Ministry')."""
    start = head
    while start > 0 and (_capitalised(texts[start - 1]) or (
            texts[start - 1] == "-" and start > 1 and _capitalised(texts[start - 2]))):
        if texts[start - 1] in _APPOSITION_DET_CAPS:
            break
        start -= 1
    m = at.get(start)
    if m is not None and m.label == "Country" and m.kind == "demonym" and m.end < head:
        start = m.end
    return start


def _owner_country(texts: list[str], at: dict[int, Mention], start: int, end: int) -> str | None:
    """The country a body belongs to: named just before it ('Brazil's', 'Estonian') or after
    it ('of Kazakhstan')."""
    for m in at.values():
        if m.label == "Country" and (m.end == start or (m.end == start - 1 and texts[start - 1] in
                                                         ("'s", "’s"))):
            return m.key
    after = _country_after_of(texts, at, end)
    return after.key if after is not None else None


def _country_after_of(texts: list[str], at: dict[int, Mention], end: int) -> Mention | None:
    """The country of 'of Kazakhstan', 'of the Republic of Türkiye' at token ``end``."""
    if end >= len(texts) or texts[end] != "of":
        return None
    k = end + 2 if end + 1 < len(texts) and texts[end + 1].lower() == "the" else end + 1
    after = at.get(k)
    return after if after is not None and after.label == "Country" else None


def _acronym_definitions(text: str) -> Iterator[re.Match]:
    """The matches of ``_ACRONYM_DEF``, tried only before a "(ACR)": the full pattern, tried
    at every capital of an article, costs more than tokenizing it."""
    done = 0
    for paren in _ACRONYM.finditer(text):
        # a name of up to ten words ends at the parenthesis: start at a word boundary before it
        start = max(done, paren.start() - _ACRONYM_WINDOW)
        if start > done:
            start = text.find(" ", start) + 1 or start
        for m in _ACRONYM_DEF.finditer(text, start, paren.end()):
            if m.end() == paren.end():
                done = m.end()
                yield m


def _acronym_tail(words: list[str], acronym: str) -> list[str]:
    """'the European Union and the Economic Community of West African States (ECOWAS)': the
    name an acronym defines is the shortest tail after an 'and' whose capitals spell it."""
    cuts = [i + 1 for i, w in enumerate(words) if w == "and"]
    for cut in cuts:
        tail = words[cut:]
        if tail and tail[0] == "the":
            tail = tail[1:]
        if len(tail) >= 2 and _capitals_in(tail, acronym):
            return tail
    # "arrived in Nairobi on Monday for the International Development Association (IDA)": the
    # longest tail after a small word whose capitals spell the acronym, when the whole does not
    if not _spells(words, acronym):
        for i in range(1, len(words) - 1):
            if words[i - 1].islower() and words[i][:1].isupper() and _spells(words[i:], acronym):
                return words[i:]
    return words


def _spells(words: list[str], acronym: str) -> bool:
    """The capitals of ``words`` are the acronym's letters ("International Development
    Association", "IDA"; "Asia-Pacific Economic Cooperation", "APEC")."""
    capitals = "".join(part[0] for w in words for part in w.split("-") if part[:1].isupper())
    return capitals == acronym.upper().replace(" ", "")


def _capitals_in(words: list[str], acronym: str) -> bool:
    """The capitals of ``words`` appear in ``acronym`` in order (ECWAS in ECOWAS)."""
    caps = [w[0] for w in words if w[:1].isupper()]
    it = iter(acronym.upper())
    return len(caps) >= 2 and all(c in it for c in caps)


def _initials_match(words: list[str], acronym: str) -> bool:
    initials = "".join(w[0] for w in words if w[:1].isupper())
    return sorted(initials) == sorted(acronym.upper()) or acronym.upper() in initials


# nouns that make the name before them a thing's: "Mexico's Sembrando Vida programme"
_THING_HEADS = {"programme", "program", "project", "initiative", "plan", "scheme", "peninsula",
                "region", "province", "port", "field", "plant", "zone", "corridor", "airport",
                "railway", "pipeline", "dam", "island", "islands", "river", "site", "complex",
                "park", "centre", "center", "fund", "company", "brand", "policy", "law"}
# between a country and a post, words that say the post is held now: "Nigeria's newly elected
# president", "Peru's new interim president" (not "former", "late" or "outgoing")
_HELD_NOW = {"new", "newly", "elected", "appointed", "interim", "acting", "incumbent", "current",
             "sitting"}  # and "re-elected", three tokens, read in office_before


class _PersonFinder:
    def __init__(self, doc: Doc, mentions: list[Mention], titles: list[GazetteerSpan], blocked: set[int]):
        self.doc = doc
        table = token_table(doc)
        self.texts, self.spaces, self.lowers = table.texts, table.spaces, table.lowers
        self.span_text = table.span_text
        # by token: the end of the word starting there (-1 inside a word), and its text
        self.word_end, self.word_text = _words(self.texts, self.spaces)
        self._names: dict[tuple[int, int], tuple[int, int] | None] = {}
        # the words a name can start at: most words are not names, and most rules look
        # only for names
        self.name_words = [_Word(i, end, word) for i, (end, word)
                           in enumerate(zip(self.word_end, self.word_text))
                           if end > 0 and _is_name_word(word)]
        self.mention_at = {m.start: m for m in mentions}
        self.mention_ending = {m.end: m for m in mentions}
        self.titles = titles
        self.title_at = {t.start: t for t in titles}
        self.title_ending = {t.end: t for t in titles}
        self.blocked = blocked
        self.people: dict[str, Person] = {}
        self.person_mentions: list[Mention] = []
        self.roles: list[tuple[Mention, str, str | None]] = []
        self.claimed: set[int] = set()
        self.nickname_of: dict[str, str] = {}  # "Jokowi" -> person:joko-widodo
        self.headline_end = _title_case_headline_end(doc)

    # names --------------------------------------------------------------------------------
    def name_at(self, tok: int, max_words: int = 4) -> tuple[int, int] | None:
        """The run of name words starting at token ``tok``: (start, end) or None."""
        if (tok, max_words) not in self._names:
            self._names[tok, max_words] = self._name_at(tok, max_words)
        return self._names[tok, max_words]

    def _name_at(self, tok: int, max_words: int) -> tuple[int, int] | None:
        texts, spaces, word_end, word_text = self.texts, self.spaces, self.word_end, self.word_text
        n = len(texts)
        if not 0 <= tok < n or word_end[tok] < 0:
            return None
        end = None
        count = 0
        k = tok
        while k < n and count < max_words:
            w_end, w_text = word_end[k], word_text[k]
            if end is not None and w_text in _NAME_TITLES and w_end < n and \
                    word_end[w_end] > 0 and _is_name_word(word_text[w_end]):
                k = w_end  # "Hassan Sheikh Mohamud": a title's word inside a name is the name's
                continue
            if count >= 2 and w_text in _SURNAME_TITLES and not (
                    w_end < n and word_end[w_end] > 0 and _is_name_word(word_text[w_end])):
                end = w_end  # "Inga Rhonda King, Permanent Representative": the surname
                break
            if not self.blocked.isdisjoint(range(k, w_end)):
                break
            if w_text.endswith(".") and not _INITIAL.fullmatch(w_text) and \
                    w_text not in _NAME_SUFFIXES:
                break  # "join the CoE. Videro spoke": a stop ends the name
            if end is not None and (w_text in _ARTICLE_PARTICLES or w_text.lower() in _PARTICLES) \
                    and w_end < n and _is_name_word(word_text[w_end]):
                # "... bin Abdulaziz Al Saud", "Maria Da Conceicao De Souse Pilar": a particle
                # is part of the name, not a word of it
                k = w_end
                continue
            if _is_name_word(w_text) or ((
                    (count == 0 and _is_capitalised_surname(w_text)) or _is_bare_initial(w_text) or
                    (count == 0 and w_text == "Jan"))  # "Jan Lipavsky", not "Jan 5"
                    and w_end < n and word_end[w_end] > 0 and _is_name_word(word_text[w_end])) or (
                    count > 0 and w_text == "May" and  # "Theresa May", not "May 5"
                    not (w_end < n and texts[w_end][:1].isdigit())):
                end = w_end
                count += 1
            elif w_text.lower() in _PARTICLES and end is not None:
                pass
            elif end is not None and (_REGNAL.fullmatch(w_text) or w_text in _NAME_SUFFIXES):
                end = w_end  # "Mohammed VI", "Ferdinand Marcos Jr.": the numeral ends the name
                break
            else:
                break
            if spaces[w_end - 1] == "" and w_end < n and \
                    texts[w_end] not in ("’s", "'s", "’", "'"):
                if not texts[w_end].isspace():
                    k = w_end
                    if k < n and not _is_name_word(word_text[k]):
                        break
                    continue
            if "\n" in spaces[w_end - 1]:
                break
            k = w_end
            if k + 1 < n and texts[k] in ("'", "’") and spaces[k - 1] == "" and spaces[k] and \
                    word_end[k + 1] > 0 and _is_name_word(word_text[k + 1]) and \
                    not self.quote_open_before(tok):
                k += 1  # "Mohammed Shia' al-Sudani": an ayn written as an apostrophe, no quote
        if end is None:
            return None
        return (tok, end)

    def after_bracketed_acronym(self, tok: int) -> int:
        """Past an organization's acronym in brackets, and the rest of its name before a comma:
        'President of the African Development Bank (AfDB), Dr. X', 'Chairperson of the African
        Union (AU) Commission, Moussa Faki Mahamat'."""
        texts = self.texts
        if tok + 2 < len(texts) and texts[tok] == "(" and texts[tok + 2] == ")" and \
                sum(c.isupper() for c in texts[tok + 1]) >= 2:  # "AU", "AfDB"
            tok += 3
            if tok + 1 < len(texts) and _capitalised(texts[tok]) and texts[tok + 1] == ",":
                tok += 1
        return tok

    def quote_open_before(self, tok: int) -> bool:
        """Whether a single quote opens in the sentence before token ``tok``."""
        k = tok - 1
        while k >= 0 and self.texts[k] not in (".", "!", "?") and "\n" not in self.spaces[k]:
            if self.texts[k] in ("'", "‘"):
                return True
            k -= 1
        return False

    def name_length(self, span: tuple[int, int]) -> int:
        """How many words a name has, a glued initial one of them ('Z.Enkhbold': two, a full
        name, as 'Z. Enkhbold')."""
        return len(name_words(self.span_text(*span)))

    def add_person(self, start: int, end: int, title: str | None, office: str | None,
                   kind: str) -> None:
        text = self.span_text(start, end)
        if any(i in self.claimed for i in range(start, end)):
            known = next((m for m in self.person_mentions if m.start == start), None)
            if known is not None and title:
                self.people[known.key].offices.append((title, office))
            return
        if self.in_headline(start):
            return
        if text.endswith(".") and text.split()[-1] not in _NAME_SUFFIXES:
            return
        if text.lower() in load_lexicon().news_agencies:
            return  # "according to Deutsche Welle and Reuters": a broadcaster
        after = end + (end < len(self.texts) and self.texts[end] == "International")
        if after < len(self.texts) and self.texts[after] in _NAMED_AFTER_PEOPLE:
            return  # "at the King Khalid Airport", "Julius Nyerere International Airport"
        person = self._person_for(text, title)
        if title:
            person.offices.append((title, office))
        self.person_mentions.append(Mention(start, end, "Person", person.id, text, kind))
        self.claimed.update(range(start, end))

    def title_start(self, tok: int) -> int:
        """Where the title whose post word is at token ``tok`` begins: 'U.S. [Treasury]
        Secretary X', 'Kenyan [Trade] Minister X' (the portfolio is the title's, the country
        before it the office's); '[Chief Adviser to the] President of Brazil X' (the adviser's
        post, of the president's country); '[Kurdistan Region] President X' (a region's)."""
        texts, lead = self.texts, tok
        while lead > 0 and texts[lead - 1] in _PORTFOLIO_WORDS and lead - 1 not in self.blocked:
            lead -= 1
        if lead >= 3 and self.lowers[lead - 2:lead] == ["to", "the"]:
            words_end = lead - 2
        elif lead > 1 and texts[lead - 1] in _REGION_WORDS:
            words_end = lead - 1
        else:
            return lead
        k = words_end
        while k > 0 and _capitalised(texts[k - 1]) and k - 1 not in self.blocked:
            k -= 1
        return k if k < words_end else lead

    def initials_before_name(self, tok: int) -> tuple[int, int] | None:
        """'Foreign Minister AK Abdul Momen': after a post, initials written together
        without stops, then the name."""
        if tok >= len(self.texts) or tok in self.blocked or self.in_headline(tok):
            return None
        word = self.texts[tok]
        if not (2 <= len(word) <= 3 and word.isupper() and word.isalpha()):
            return None
        rest = self.name_at(tok + 1, 4)
        return (tok, rest[1]) if rest is not None else None

    def surname_of_a_function_word(self, tok: int) -> tuple[int, int] | None:
        """'Vice Premier He Lifeng', 'President To Lam': after a post, a surname that is also
        an English word, with the rest of the name after it."""
        if tok >= len(self.texts) or self.texts[tok] not in _FUNCTION_WORD_SURNAMES or \
                self.in_headline(tok) or tok in self.blocked:
            return None
        rest = self.name_at(tok + 1, 3)
        return (tok, rest[1]) if rest is not None else None

    def after_aside(self, tok: int) -> int:
        """'Minister of Foreign Affairs of the Seychelles (East Africa) Sylvestre Radegonde':
        where the name after a short aside in brackets starts; else ``tok``."""
        texts = self.texts
        if tok >= len(texts) or texts[tok] != "(":
            return tok
        close = next((k for k in range(tok + 1, min(tok + 10, len(texts))) if texts[k] == ")"),
                     None)
        if close is None:
            return tok
        span = self.name_at(close + 1)
        return close + 1 if span and self.name_length(span) >= 2 else tok

    def in_a_list_of_people(self, tok: int) -> bool:
        """Whether token ``tok`` opens an item of a list ("They are A, B; and C")."""
        texts = self.texts
        before = texts[tok - 1] if tok else ""
        return before in (",", ";", "are") or before == "and" and tok > 1 and \
            texts[tok - 2] in (",", ";")

    def of_a_country(self, tok: int) -> bool:
        """Whether 'of' and a country's name follow at token ``tok``."""
        m = self.mention_at.get(tok + 1) if tok < len(self.lowers) and self.lowers[tok] == "of" \
            else None
        return m is not None and m.label == "Country" and m.kind == "name"

    def post_follows(self, tok: int) -> bool:
        """'met with Chief Adviser to the President of Brazil': capitalised words that go on
        with 'to' or 'of' name a post, not a person."""
        return tok < len(self.lowers) and self.lowers[tok] in ("to", "of")

    def in_headline(self, tok: int) -> bool:
        """A Title Case first line ('Egypt's Sisi Welcomes India's PM Modi') hides which words
        are names: people are not discovered there, only recognised."""
        return tok < self.headline_end

    def _person_for(self, text: str, title: str | None = None) -> Person:
        text = _name_case(text)
        words, keys = text.split(), name_keys(text)
        for p in self.people.values():
            if order_free_keys(p.name) == order_free_keys(text):
                if text != p.name:
                    p.aliases.append(text)
                return p
        # "Salman bin Abdulaziz" ends "Mohammed bin Salman bin Abdulaziz" and is his father
        patronymic = any(w.lower() in _PATRONYMIC for w in words)
        longer = [p for p in self.people.values() if len(p.words) > len(words) >= 2
                  and not patronymic and name_keys(p.name)[-len(words):] == keys]
        if len(longer) == 1:  # "Van Klaveren", "Vila Nova": a name without its given name
            longer[0].aliases.append(text)
            return longer[0]
        shorter = [p for p in self.people.values() if len(words) > len(p.words) >= 2
                   and not patronymic and keys[-len(p.words):] == name_keys(p.name)]
        if len(shorter) == 1:  # and the other way: "Al Moualem" found first, then "Walid al Moualem"
            return self._renamed(shorter[0], text)
        # "Rodrigo Duterte" and "Rodrigo Roa Duterte": one name with a middle name and without
        ends = name_ends(words)
        middle = [p for p in self.people.values() if ends is not None and
                  len(p.words) != len(words) and 2 in (len(p.words), len(words)) and
                  name_ends(p.words) == ends]
        if len(middle) == 1:
            if len(middle[0].words) > len(words):
                middle[0].aliases.append(text)
                return middle[0]
            return self._renamed(middle[0], text)
        if len(words) >= 2:
            own = {name_key(w) for w in own_name_words(words)}
            for p in list(self.people.values()):
                if len(p.words) == 1 and name_key(p.words[0]) in own and \
                        not _other_rank(p, title):
                    return self._renamed(p, text)
        else:
            match = self._match_surname(words[0])
            if match is not None and not _other_rank(match, title):
                if text not in match.aliases:
                    match.aliases.append(text)
                return match
        person = Person(text)
        self.people[person.id] = person
        return person

    def _renamed(self, p: Person, name: str) -> Person:
        """``p`` under the fuller ``name`` it turned out to have (its id changes with it)."""
        old_id = p.id
        del self.people[old_id]
        p.aliases.append(p.name)
        p.name = name
        self.people[p.id] = p
        for m in self.person_mentions:
            if m.key == old_id:
                m.key = p.id
        return p

    def _match_surname(self, word: str) -> Person | None:
        """The one person already named whose surname ``word`` is, else whose given name it is:
        'President Samia' after 'Samia Suluhu Hassan', 'Prime Minister Anwar' after 'Anwar
        Ibrahim' (Tanzanian, Malay and Arab usage names the leader by the given name)."""
        key = name_key(word)
        found = [p for p in self.people.values() if len(p.words) >= 2 and _surname_keys(p) & {key}]
        if not found:
            found = [p for p in self.people.values() if len(p.words) >= 2
                     and key in {name_key(w) for w in p.words[:-1]}]
        if len(found) == 1:
            return found[0]
        return None

    # offices ------------------------------------------------------------------------------
    def office_before(self, tok: int) -> str | None:
        """A country or organization right before token ``tok`` ("Tajik", "Kenya's", "EAC"),
        past words that say the post is held now ("Nigeria's newly elected president")."""
        j = tok
        while j >= 2 and (self.lowers[j - 1] in _HELD_NOW or
                          self.lowers[j - 1] == "-" and self.lowers[j - 2] == "re"):
            j -= 2 if self.lowers[j - 1] == "-" else 1
        if j >= 1 and self.texts[j - 1] in ("’s", "'s", "’", "'"):
            j -= 1
        elif j >= 2 and self.lowers[j - 1] == "whose" and self.texts[j - 2] == ",":
            j -= 2  # "the East African Community, whose secretary general, X,"
        elif j >= 3 and self.texts[j - 1] == ")" and self.texts[j - 3] == "(":
            j -= 1  # "International Monetary Fund (IMF) Managing Director X": its acronym
        if j >= 2 and j == tok - 1 and self.lowers[j - 2] == "the" and j - 1 not in self.mention_at:
            named = self.organization_called(self.texts[j - 1], j - 2)
            if named is not None:
                return named  # "The Bank's Vice President X", after "the World Bank"
        m = self.mention_ending.get(j)
        if m is not None and m.label in ("Country", "Organization"):
            return m.key
        return None

    def organization_called(self, head: str, before: int) -> str | None:
        """The one organization named before token ``before`` whose name ends in ``head``
        ('the Bank' after 'the World Bank'), else None."""
        if not head[:1].isupper():
            return None
        keys = {m.key for m in self.mention_at.values() if m.label == "Organization" and m.end <= before
                and self.texts[m.end - 1] == head}
        return keys.pop() if len(keys) == 1 else None

    def office_after(self, tok: int, origin: bool = False) -> tuple[str | None, int]:
        """'of the Russian Federation', 'for Uganda', or a bare country: (office, next token);
        with ``origin``, 'from Timor-Leste' too ('his counterpart from Timor-Leste, Mr Taur
        Matan Ruak'; but 'withdrawing its high commissioner from Canada' is his posting)."""
        doc = self.doc
        j = tok
        if j < len(doc) and (self.lowers[j] in ("of", "for") or origin and self.lowers[j] == "from"):
            j += 1
            if j < len(doc) and self.lowers[j] == "the":
                j += 1
            if self.lowers[j:j + 2] == ["board", "of"]:  # "Chairman of the Board of X"
                j += 3 if j + 2 < len(doc) and self.lowers[j + 2] == "the" else 2
        m = self.mention_at.get(j)
        if m is not None and m.label in ("Country", "Organization") and m.kind != "demonym":
            return m.key, m.end
        if m is not None and m.label == "City" and j > tok:  # "Deputy Ruler of Abu Dhabi"
            return "country:" + m.key.split(":", 1)[1], m.end
        return None, tok

    def office_after_name(self, tok: int) -> str | None:
        """'President Carlos Vila Nova of São Tomé and Príncipe'."""
        if tok < len(self.doc) and self.lowers[tok] == "of":
            return self.office_after(tok)[0]
        return None

    def represented(self, tok: int) -> str | None:
        """'Timor-Leste ... was represented by Foreign Minister X': the country X acts for."""
        if tok < 2 or self.lowers[tok - 2:tok] != ["represented", "by"]:
            return None
        sent = self.doc[tok].sent
        subjects = [m for m in self.mention_at.values()
                    if sent.start <= m.start < tok and m.label == "Country"]
        return min(subjects, key=lambda m: m.start).key if subjects else None

    def _word_starts(self, first: int, stop: int) -> Iterator[int]:
        """The tokens in ``first:stop`` that start a word."""
        word_end = self.word_end
        k = first
        while k < stop and word_end[k] < 0:
            k += 1
        while k < stop:
            yield k
            k = word_end[k]

    # rules --------------------------------------------------------------------------------
    def run(self) -> None:
        self.titled_names()
        self.honorific_and_cue_names()
        self.appositions()
        self.office_lists()
        self.envoy_lists()
        self.possessive_names()
        self.plural_post_lists()
        self.nicknames()
        self.surnames()
        self.lone_speakers()
        self.role_references()

    def portfolio_end(self, tok: int) -> int:
        """Where a minister's portfolio ends: 'Minister of Foreign Affairs [and Trade] of
        Hungary', 'Minister of Industry [and Trade]': capitalised words joined by 'and' or
        'of', up to a country, a title or a lower-case word."""
        texts, n = self.texts, len(self.texts)
        end = tok
        # "Minister of Trade, Industry and Energy": a comma between portfolio words too
        while end + 1 < n and self.lowers[end] in ("and", "of", "&", ","):
            k = end + 1
            while k < n and texts[k] in _PORTFOLIO_WORDS and k not in self.mention_at:
                k += 1
            if k == end + 1:
                break
            end = k
        return end

    def region_end(self, tok: int) -> int:
        """Where a region's name after a post ends: 'Governor [of Nizhny Novgorod Oblast] of
        Russia', 'Governor [of the Western Province]': capitalised words up to a word for a
        region; else ``tok``."""
        texts, n = self.texts, len(self.texts)
        if tok >= n or self.lowers[tok] != "of":
            return tok
        k = tok + 1
        if k < n and self.lowers[k] == "the":
            k += 1
        while k < n and _capitalised(texts[k]) and texts[k] not in _REGION_WORDS and \
                k not in self.title_at and self.mention_at.get(k, None) is None:
            k += 1
        if k < n and texts[k] in _REGION_WORDS and k > tok + 1:
            return k + 1
        if k > tok + 1 and k < n and texts[k] == "," and self.full_name_at(k + 1):
            return k  # "the Governor [of Uruzgan], Assadullah Hamdam": a region by its name
        return tok

    def full_name_at(self, tok: int) -> bool:
        """Whether a name of two words or more starts at token ``tok``."""
        span = self.name_at(tok)
        return span is not None and self.name_length(span) >= 2

    def remit_end(self, tok: int) -> int:
        """Where a post's remit after 'for' ends: 'Vice President [for Europe and Central
        Asia] Antonella Bassani', 'Commissioner [for Trade]': portfolio and region words
        joined by 'and'; else ``tok``."""
        texts, n = self.texts, len(self.texts)
        if tok >= n or self.lowers[tok] != "for":
            return tok
        def remit_word(k: int) -> bool:
            return k < n and (texts[k] in _PORTFOLIO_WORDS or texts[k] in _WORLD_REGION_WORDS) \
                and k not in self.mention_at

        k = tok + 2 if tok + 1 < n and self.lowers[tok + 1] == "the" else tok + 1
        end = tok
        while remit_word(k):
            k += 1
            end = k
            if k < n and self.lowers[k] in ("and", ",", "&"):
                # "for South Asia and the Pacific"
                after = k + 2 if k + 1 < n and self.lowers[k + 1] == "the" else k + 1
                if remit_word(after):
                    k = after
        return end

    def _title_chain_end(self, t: GazetteerSpan) -> GazetteerSpan:
        """'Deputy Prime Minister and Minister of Foreign Affairs': the last title of a chain."""
        cur = t
        while True:
            nxt = cur.end
            if nxt < len(self.doc) and self.lowers[nxt] in ("and", ",", "&"):
                after = self.title_at.get(nxt + 1)
                # not "his Saudi counterpart, Prince Faisal": a royal style opens the name;
                # nor "Abu Dhabi crown prince, PM Imran": a post in lower case, then a name's
                if after is not None and after.id_ != "title:honorific" and not (
                        self.lowers[nxt] == "," and (after.id_ == "title:royal" or (
                            self.texts[cur.start].islower() and
                            not self.texts[after.start].islower()))):
                    cur = after
                    continue
            after = self.title_at.get(nxt)
            # "Prime Minister Datuk Seri Anwar Ibrahim": a form of address after a post is
            # the name's, not the post's
            if after is not None and after is not cur and (
                    after.id_ != "title:honorific" or cur.id_ == "title:honorific"):
                cur = after
                continue
            return cur

    def titled_names(self) -> None:
        seen_chain_ends: set[int] = set()
        carried: dict[int, tuple[int, str | None]] = {}  # a title's start -> (lead, office)
        for t in self.titles:
            if t.start in seen_chain_ends:
                continue
            last = self._title_chain_end(t)
            seen_chain_ends.add(last.start)
            lead, office = carried.get(t.start) or (self.title_start(t.start), None)
            office = office or self.office_before(lead)
            title_end = self.remit_end(self.region_end(self.portfolio_end(last.end)))
            title_text = self.span_text(lead, title_end)
            after_office, nxt = self.office_after(title_end, origin=last.id_ == "title:counterpart")
            if after_office and not (last.end < len(self.doc) and self.lowers[last.end] == "to"):
                office = office or after_office
                owner = self.mention_at.get(nxt + 1)
                if nxt + 1 < len(self.doc) and self.lowers[nxt] == "of" and owner is not None \
                        and owner.label == "Country":
                    nxt = owner.end  # "Chairman of the Mazhilis of the Parliament of Kazakhstan X"
            else:
                nxt = title_end
            if office and nxt + 1 < len(self.doc) and self.lowers[nxt] == "and" and \
                    nxt + 1 in self.title_at:
                # "Deputy Prime Minister of Qatar and Minister of State for Defence Affairs X":
                # one holder of both posts, the country named with the first
                carried[nxt + 1] = (lead, office)
                continue
            if nxt < len(self.doc) and self.lowers[nxt] == "to":
                # "Ambassador to Kenya", "ambassador to Tehran": the posting, not the office's
                m = self.mention_at.get(nxt + 1)
                if m is not None and m.label in ("Country", "City"):
                    title_text = self.span_text(t.start, m.end)
                    nxt = m.end
                elif m is None and t.id_ == "title:envoy" and nxt + 1 < len(self.texts) and \
                        _capitalised(self.texts[nxt + 1]) and self.full_name_at(nxt + 2):
                    # "Ambassador to Abkhazia Semyon Grigoryev": a place the data does not
                    # know, then the name
                    title_text = self.span_text(t.start, nxt + 2)
                    nxt += 2
            if t.id_ == "title:envoy" and nxt + 2 < len(self.doc) and \
                    self.lowers[nxt] in ("to", "at") and self.lowers[nxt + 1] == "the":
                # "Permanent Representative to the UN Syed Akbaruddin": the body he sits in
                m = self.mention_at.get(nxt + 2)
                if m is not None and m.label == "Organization":
                    title_text = self.span_text(t.start, m.end)
                    nxt = m.end
            nxt = self.after_bracketed_acronym(nxt) if after_office else nxt
            comma = False
            if nxt < len(self.doc) and self.texts[nxt] == ",":
                comma = True
                nxt += 1
                if nxt < len(self.doc) and self.lowers[nxt] == "of":
                    nxt += 1
            if t.id_ != "title:honorific":
                # "Prime Minister of Australia, H.E. Mr. Anthony Albanese", "Minister Datuk
                # Seri Mohamad Hasan": the forms of address before the name
                while nxt in self.title_at and (
                        self.title_at[nxt].id_ == "title:honorific" or comma and
                        self.title_at[nxt].id_ == "title:royal" and
                        self.full_name_at(self.title_at[nxt].end)):
                    # "The Emir of Qatar, Sheikh Tamim bin Hamad Al Thani": a royal style
                    # after the post's comma is the name's
                    nxt = self.title_at[nxt].end
            if t.id_ == "title:honorific":
                continue
            nxt = self.after_aside(nxt)
            span = self.name_at(nxt, 5) or self.initials_before_name(nxt) or \
                self.surname_of_a_function_word(nxt)
            if span is not None and comma and self.name_length(span) < 2:
                span = None
            if span is not None:
                office = office or self.office_after_name(span[1]) or self.represented(t.start)
                title = _clean_title(title_text)
                if _title_head(title) == "counterpart":  # "his Lithuanian counterpart X"
                    title = self.title_of_last_person_before(t.start, office) or title
                own = load_lexicon().title_countries.get(title.lower())  # "Pope Francis"
                office = office or ("country:" + own if own else None)
                self.add_person(*span, title=title, office=office, kind="titled")
            else:
                role = Mention(t.start, last.end, "Role", office or "", title_text, t.id_)
                self.roles.append((role, _clean_title(title_text), office))

    def honorific_and_cue_names(self) -> None:
        doc = self.doc
        for t in self.titles:
            if t.id_ == "title:honorific":
                span = self.name_at(t.end)
                # a rank names a person by his full name ("General Asim Munir"); "General
                # Motors" is a company
                if span is not None and self.lowers[t.end - 1] in _RANKS and \
                        self.name_length(span) < 2:
                    span = None
                if span is not None:
                    self.add_person(*span, title=None, office=None, kind="honorific")
        for i in [i for i, lower in enumerate(self.lowers) if lower in _NAME_CUES]:
            lower = self.lowers[i]
            # "according to X", and "the government of Bashar al-Assad": a person's government
            if lower in _SAY_BEFORE or lower in _LED_BY_A_PERSON and i + 1 < len(doc) and \
                    self.lowers[i + 1] == "of":
                j = i + 1
                if lower in _LED_BY_A_PERSON or lower == "according" and j < len(doc) and \
                        self.lowers[j] == "to":
                    j += 1
                span = self.name_at(j, 3)
                if span and self.name_length(span) >= 2:
                    self.add_person(*span, title=None, office=None, kind="cue")
            elif lower in _DONE_TO_A_PERSON or lower == "with" and i and \
                    self.lowers[i - 1] in _MET_WITH:
                span = self.name_at(i + 1)
                if span and self.name_length(span) >= 2 and \
                        not self.post_follows(span[1]):
                    self.add_person(*span, title=None, office=None, kind="cue")
        for w in self.name_words:
            span = self.name_at(w.start, 3)
            if not span or self.name_length(span) < 2:
                continue
            nxt = span[1]
            if span[0] and self.texts[span[0] - 1] in _NOT_NAMES_BUT_DETERMINERS:
                continue  # "a New Global Financing Pact hosted by": the end of a longer name
            if nxt < len(doc) and (self.lowers[nxt] in _SAY or
                                   tuple(self.lowers[nxt:nxt + 2]) in _PRESENT):
                self.add_person(*span, title=None, office=None, kind="cue")
            elif tuple(self.lowers[nxt:nxt + 2]) in _ON_HIS and nxt + 3 < len(doc) and \
                    self.lowers[nxt + 2] in _TAKING_OFFICE and self.lowers[nxt + 3] == "as":
                self.took_office(span, nxt + 4)
            elif self.of_a_country(nxt) and self.in_a_list_of_people(span[0]):
                # "They are Patrice Talon of Benin Republic, Umaro Sissoco Embalo of
                # Guinea-Bissau": people of a list, each with the country they are of
                self.add_person(*span, title=None, office=None, kind="cue")

    def took_office(self, span: tuple[int, int], at: int) -> None:
        """'a telegram to Prabowo Subianto on his inauguration as President of the Republic of
        Indonesia': the person of the post named after 'as'."""
        t = self.title_at.get(at)
        if t is None or t.id_ == "title:honorific":
            return
        last = self._title_chain_end(t)
        office, _ = self.office_after(last.end)
        self.add_person(*span, title=_clean_title(self.span_text(t.start, last.end)), office=office,
                        kind="cue")

    def appositions(self) -> None:
        """'Liu Xianfa, the Chinese ambassador', 'Gaston Sindimwo 1st Vice-president of Burundi'."""
        doc = self.doc
        # "Sheikh Mohamed bin Zayed Al Nahyan, President of the UAE": a long name already found
        titled = {m.start: (m.start, m.end) for m in self.person_mentions}
        for w in self.name_words:
            span = titled.get(w.start) or self.name_at(w.start, 3)
            if not span or self.name_length(span) < 2:
                continue
            if span[0] and self.lowers[span[0] - 1] in _LOCATIVE:
                continue  # "In São Tomé, the Brazilian leader": a place
            j = span[1]
            if j < len(doc) and self.texts[j] in _POST_NOMINALS:
                j += 1  # "the Hon. Scott Morrison MP, Prime Minister of ..."
            comma = j < len(doc) and self.texts[j] == ","
            if comma:
                j += 1
            if not comma and self.title_at.get(j) is not None and \
                    self.title_at[j].id_ == "title:royal":
                continue  # "Martin Luther King": a royal style stands before its name, or after a comma
            if j < len(doc) and self.lowers[j] in _APPOSITION_DET:
                j += 1
            office = None
            m = self.mention_at.get(j)
            if m is not None and m.label == "Country":
                office = m.key
                j = m.end
                if j < len(doc) and self.texts[j] in ("’s", "'s"):
                    j += 1
                    # "Mohamad Hasan, Malaysia's Foreign Affairs Minister": the portfolio first
                    while j < len(doc) and self.texts[j] in _PORTFOLIO_WORDS and \
                            j not in self.title_at:
                        j += 1
            t = self.title_at.get(j)
            title_from = self.title_start(j) if t is not None else j
            if t is None or t.id_ == "title:honorific":
                continue
            last = self._title_chain_end(t)
            if self.name_at(last.end) is not None:
                continue  # "A, Chinese President B and ...": the next item of a list
            end = self.region_end(last.end)
            after_office, after = self.office_after(end)
            if after < len(doc) and self.texts[after] == "," and self.full_name_at(after + 1):
                continue  # "A, the Governor of Uruzgan, B and C": B's post
            if after_office is not None and after > end and self.full_name_at(after):
                continue  # "A, Ambassador of France B, High Commissioner of ...": B's post
            after_office, _ = self.office_after(last.end)
            if after_office is None:
                m2 = self.mention_at.get(last.end)
                if m2 is not None and m2.label == "Country":
                    after_office = m2.key
            self.add_person(*span, title=_clean_title(self.span_text(title_from, last.end)),
                            office=office or after_office, kind="apposition")

    def office_lists(self) -> None:
        """'President John Magufuli for Tanzania, Museveni for Uganda, Uhuru Kenyatta for Kenya'."""
        doc = self.doc
        heads = {t.start for t in self.titles if t.id_ == "title:head"}
        title_tokens = {i for t in self.titles for i in range(t.start, t.end)}
        for sent_start, sent_end in sentence_bounds(doc):
            if not any(sent_start <= h < sent_end for h in heads):
                continue
            for start in self._word_starts(sent_start + 1, sent_end):
                before = start - 1
                if self.texts[before] not in (",", ";") and self.lowers[before] != "and" and \
                        before not in title_tokens:
                    continue
                span = self.name_at(start, 3)
                if not span or span[1] + 1 >= len(doc) or self.lowers[span[1]] != "for":
                    continue
                m = self.mention_at.get(span[1] + 1)
                if m is not None and m.label == "Country":
                    self.add_person(*span, title="Head of State", office=m.key, kind="list")
        # the heads in the list also hold office for the country they are "for"
        for pm in self.person_mentions:
            j = pm.end
            if j + 1 < len(doc) and self.lowers[j] == "for":
                m = self.mention_at.get(j + 1)
                if m is not None and m.label == "Country":
                    person = self.people.get(pm.key)
                    if person and not any(o for _, o in person.offices):
                        person.offices.append(("Head of State", m.key))

    def envoy_lists(self) -> None:
        """'The ambassadors are Selim Belortaja from Albania, Jose Bernal from Mexico and ...':
        each name of the list, with the country it is from, holds the plural's post."""
        lowers = self.lowers
        for sent_start, sent_end in sentence_bounds(self.doc):
            k = sent_start + (lowers[sent_start] == "the")
            k += lowers[k] in ("new", "newly") if k < sent_end else 0
            post = _ENVOY_PLURALS.get(lowers[k]) if k < sent_end else None
            if post is None or k + 1 >= sent_end or lowers[k + 1] not in ("are", "were"):
                continue
            start = k + 2
            while start < sent_end:
                span = self.name_at(start, 4)
                if not span or span[1] + 1 >= sent_end or lowers[span[1]] not in ("from", "of"):
                    break
                at = span[1] + 1 + (lowers[span[1] + 1] == "the")
                country = self.mention_at.get(at)
                if country is None or country.label != "Country":
                    break
                self.add_person(*span, title=post, office=country.key, kind="list")
                start = country.end
                while start < sent_end and lowers[start] in (",", "and"):
                    start += 1

    def possessive_names(self) -> None:
        """'The foreign ministers of A, B and C ... A's Jeyhun Bayramov, B's Ilia Darchiashvili':
        a full name after a country's possessive is a person of that country; the post is the
        one the sentence or the one before gives in the plural."""
        bounds = sentence_bounds(self.doc)
        for k, (start, end) in enumerate(bounds):
            for i in range(start + 1, end - 1):
                country = self.mention_ending.get(i)
                if country is None or country.label != "Country" or \
                        self.texts[i] not in ("'s", "’s"):
                    continue
                span = self.name_at(i + 1, 3)
                if span is None or self.name_length(span) < 2 or \
                        any(w in _ORG_HEADS for w in self.span_text(*span).split()):
                    continue
                context = self.span_text(bounds[max(0, k - 1)][0], end).lower()
                post = _PLURAL_POST.search(context)
                if post is None or self.names_a_thing(span[1]):
                    continue  # "Mexico's Sembrando Vida programme", "Egypt's Ras El-Hekma"
                title = _clean_title(_PLURAL_HEAD.sub(r"\1", post.group(0)))
                self.add_person(*span, title=title, office=country.key, kind="possessive")

    def plural_post_lists(self) -> None:
        """'negotiated by their foreign ministers, Jeyhun Bayramov and Ararat Mirzoyan': the
        names listed after a post in the plural hold it; after 'their', for the people named
        before it, in turn ('Aliyev and Pashinyan ... their foreign ministers')."""
        texts, lowers = self.texts, self.lowers
        for start, end in sentence_bounds(self.doc):
            for at in range(start + 1, end - 2):
                if lowers[at] not in _PLURAL_POSTS:
                    continue
                # "The heads of the foreign agencies of Russia and the United States, Sergey
                # Lavrov and Mike Pompeo": the countries in turn
                owners, comma = self.countries_of_plural(at, end)
                if texts[comma] != ",":
                    continue
                names = self.listed_names(comma + 1, end)
                if len(names) < 2:
                    continue
                first = at
                while first > start and lowers[first - 1].capitalize() in _PORTFOLIO_WORDS:
                    first -= 1
                title = _clean_title(_PLURAL_HEAD.sub(r"\1", " ".join(lowers[first:at + 1])))
                owners = owners or self.owners_before_their(start, first - 1)
                offices = owners if len(owners) == len(names) else [None] * len(names)
                for span, office in zip(names, offices):
                    self.add_person(*span, title=title, office=office, kind="list")

    def countries_of_plural(self, at: int, end: int) -> tuple[list[str], int]:
        """The countries listed after the plural post at token ``at`` ('heads of the foreign
        affairs agencies of Russia and the United States'), and the token after the post or
        the list."""
        k = next((k for k in range(at + 1, min(at + 7, end)) if self.lowers[k] == "of" and
                  (self.mention_at.get(k + 1) or self.mention_at.get(k + 2))), None)
        if k is None:
            return [], at + 1
        owners: list[str] = []
        k += 1
        while k < end:
            k += self.lowers[k] == "the"
            m = self.mention_at.get(k)
            if m is None or m.label != "Country":
                break
            owners.append(m.key)
            k = m.end
            if k < end and self.lowers[k] == "and":
                k += 1
        return (owners, k) if len(owners) >= 2 else ([], at + 1)

    def listed_names(self, tok: int, end: int) -> list[tuple[int, int]]:
        """The full names listed from token ``tok``: 'A B, C D and E F'."""
        names: list[tuple[int, int]] = []
        sep = ""
        while tok < end:
            span = self.name_at(tok, 4)
            if span is None or self.name_length(span) < 2:
                # "A B and C D, during a call,": the list ended at the comma of an aside
                return names if sep == "," and len(names) >= 2 else []
            names.append(span)
            tok = span[1]
            if tok + 1 < end and self.lowers[tok] == "," and self.lowers[tok + 1] == "and":
                tok, sep = tok + 2, "and"
            elif tok < end and self.lowers[tok] in ("and", ","):
                tok, sep = tok + 1, self.lowers[tok]
            else:
                break
        return names

    def owners_before_their(self, start: int, their: int) -> list[str]:
        """The offices, in order, of the people named before 'their' at token ``their``:
        those whose surname is a word of the sentence before it."""
        if their < start or self.lowers[their] != "their":
            return []
        found = []
        for person in self.people.values():
            office = next((o for _, o in person.offices if o), None)
            at = next((k for k in range(start, their) if self.texts[k] == person.words[-1]), None)
            if office and at is not None:
                found.append((at, office))
        return list(dict.fromkeys(office for _, office in sorted(found)))

    def names_a_thing(self, end: int) -> bool:
        """The lower-case words right after a name end in a noun for a thing, not a person:
        'Sembrando Vida tree-planting programme', 'Ras El-Hekma peninsula'."""
        k = end
        while k < len(self.texts) and k < end + 5 and (self.texts[k] == "-" or self.texts[k].islower()):
            if self.texts[k] in _THING_HEADS:
                return True
            k += 1
        return False

    def nicknames(self) -> None:
        """'President Joko Widodo (Jokowi)', 'Joko Widodo, widely known as Jokowi': one more
        name of the person, by which later sentences may call him."""
        texts = self.texts
        for pm in list(self.person_mentions):
            j = pm.end
            if j + 2 < len(texts) and texts[j] == "(" and texts[j + 2] == ")":
                k = j + 1
            else:
                cue = _KNOWN_AS.match(self.span_text(j, min(j + 7, len(texts))))
                if cue is None:
                    continue
                k = j + len(cue.group(0).split())
            if k >= len(texts) or not _is_name_word(texts[k]) or k in self.claimed or \
                    k in self.blocked or (k + 1 < len(texts) and _is_name_word(texts[k + 1])):
                continue
            person = self.people.get(pm.key)
            if person is None or texts[k] in person.words:
                continue
            person.aliases.append(texts[k])
            self.nickname_of[name_key(texts[k])] = person.id
            self.person_mentions.append(Mention(k, k + 1, "Person", person.id, texts[k], "nickname"))
            self.claimed.add(k)

    def surnames(self) -> None:
        """Later bare mentions of a person already named: 'Rahmon', 'Sisi', 'Lee'."""
        if not self.people:
            return
        keys: dict[str, set[str]] = {k: {pid} for k, pid in self.nickname_of.items()}
        for p in self.people.values():
            for k in _surname_keys(p):
                keys.setdefault(k, set()).add(p.id)
            for k in {name_key(w) for w in p.words}:
                keys.setdefault("any:" + k, set()).add(p.id)
        # every person's name starts with a name word, so only name words can repeat one
        taken = self.claimed | self.blocked
        for w in self.name_words:
            start, end = w.start, w.end
            if not taken.isdisjoint(range(start, end)):
                continue
            span = self.name_at(start, 4) or (start, end)
            text = self.span_text(*span)
            words = text.split()
            ids = None
            if len(words) == 1:
                ids = keys.get(name_key(words[0])) or keys.get("any:" + name_key(words[0]))
            else:
                full = [p for p in self.people.values() if name_keys(p.name) == name_keys(text)]
                if full:
                    ids = {full[0].id}
                else:
                    last = keys.get(name_key(words[-1]))
                    if last and len(last) == 1 and not _other_given_name(
                            words, self.people[next(iter(last))]):
                        ids = last
            if ids and len(ids) == 1:
                pid = next(iter(ids))
                person = self.people[pid]
                if text != person.name and text not in person.aliases:
                    person.aliases.append(text)
                self.person_mentions.append(Mention(span[0], span[1], "Person", pid, text, "surname"))
                self.claimed.update(range(span[0], span[1]))
                taken.update(range(span[0], span[1]))

    def lone_speakers(self) -> None:
        """'Rahmon told reporters': a single name that speaks is a person (named in full in
        another article, resolution joins them), unless it is a place or a known body."""
        doc = self.doc
        for w in self.name_words:
            if w.end >= len(doc) or self.lowers[w.end] not in _LONE_SAY:
                continue
            if w.start in self.mention_at or w.start in self.claimed or w.start in self.blocked:
                continue
            if w.start and self.lowers[w.start - 1] == "the":
                continue  # "The Presidency said", "the Kremlin said": an institution
            if self.name_at(w.start, 1) == (w.start, w.end) and not self.in_headline(w.start):
                self.add_person(w.start, w.end, title=None, office=None, kind="cue")

    def role_references(self) -> None:
        """Titles with no name ('the Tajik president', 'the head of state') point at a person."""
        resolved = []
        for role, title, office in self.roles:
            if "a" in self.lowers[max(0, role.start - 2):role.start] or \
                    "an" in self.lowers[max(0, role.start - 2):role.start]:
                continue  # "the last visit by a Portuguese President": no one in particular
            person = self.resolve_role(title, office, role.start)
            if person is not None:
                if _title_head(title) == "counterpart":  # the post of the one it mirrors
                    title = self.title_of_last_person_before(role.start, office) or title
                if office and not any(o for _, o in person.offices):
                    # "Prime Minister X ... the Vietnamese leader": X's post is Vietnam's
                    person.offices[:] = [(t, office) for t, _ in person.offices] or \
                        [(title, office)]
                resolved.append(Mention(role.start, role.end, "Person", person.id, role.text, "role"))
        self.person_mentions.extend(resolved)

    def first_mentions(self) -> dict[str, int]:
        """Where the article first names each person: person id -> token."""
        first: dict[str, int] = {}
        for m in self.person_mentions:
            first[m.key] = min(first.get(m.key, m.start), m.start)
        return first

    def people_in_order(self) -> list[Person]:
        """The people found, in the order the article first names them."""
        first = self.first_mentions()
        return [self.people[k] for k in sorted(first, key=first.get) if k in self.people]

    def people_near(self, at: int, sentences: int = 3) -> set[str]:
        """The people named at most ``sentences`` sentences before or after token ``at``:
        'the Russian President' gives his post to an unplaced president named just before
        (or just after: 'Azerbaijani Minister of Transport ... Minister Ramin Guluzade'), not
        to President Erdogan of two paragraphs up."""
        section = self.heading_section(at)
        if section is not None:  # "Meeting with the President of Kyrgyzstan": what follows
            return {m.key for m in self.person_mentions if section[0] <= m.start < section[1]}
        starts = self.sentence_starts
        here = bisect.bisect_right(starts, at)
        return {m.key for m in self.person_mentions
                if abs(here - bisect.bisect_right(starts, m.start)) <= sentences}

    def heading_section(self, tok: int) -> tuple[int, int] | None:
        """If token ``tok`` is in a heading (a short line of its own with no closing stop),
        the tokens of the heading and of the paragraph under it; else None."""
        texts, spaces = self.texts, self.spaces
        first = tok
        while first > 0 and "\n" not in spaces[first - 1] and "\n" not in texts[first - 1]:
            first -= 1
        last = tok
        while last + 1 < len(texts) and "\n" not in spaces[last] and "\n" not in texts[last + 1]:
            last += 1
        if first == 0 or last + 1 - first > 12 or texts[last] in _LINE_ENDS:
            return None  # the first line is the headline, read apart
        end = last + 1
        while end < len(texts) and texts[end].isspace():
            end += 1  # the blank lines under the heading
        while end < len(texts) and texts[end].count("\n") < 2 and "\n\n" not in spaces[end]:
            end += 1  # the paragraph under it, to the next blank line
        return first, end

    def last_person_before(self, at: int) -> Person | None:
        """The person named last before token ``at``, by a name found or by a surname of one
        ('When Qureshi was received by his Afghan counterpart X', before surnames are read)."""
        before = [m for m in self.person_mentions if m.start < at]
        last = max(before, key=lambda m: m.start) if before else None
        for k in range(at - 1, max(last.end if last else 0, at - 60) - 1, -1):
            word = self.texts[k]
            if word[:1].isupper() and k not in self.claimed and _is_name_word(word):
                surnamed = self._match_surname(word)
                if surnamed is not None:
                    return surnamed
        return self.people.get(last.key) if last else None

    @cached_property
    def sentence_starts(self) -> list[int]:
        """The token where each sentence starts, for the role rules that ask per role."""
        return [start for start, _ in sentence_bounds(self.doc)]

    def met_by(self, at: int) -> Person | None:
        """Who a role at token ``at`` is with: 'Bolsonaro had already met with the Argentinian
        president' is not Bolsonaro (the person named last before it in its sentence, with
        'with' between)."""
        start = self.sentence_start(at)
        before = [m for m in self.person_mentions if start <= m.start and m.end <= at]
        if not before:
            return None
        last = max(before, key=lambda m: m.start)
        return self.people.get(last.key) if "with" in self.lowers[last.end:at] else None

    def apposed_to(self, at: int) -> Person | None:
        """The person named right before a role at token ``at``, a comma between, if the role
        closes with a comma or the sentence ('X, Minister for Foreign Affairs of Japan, held'),
        not a list ('met X, the Prime Minister and the Minister of Finance')."""
        if at < 2 or self.texts[at - 1] != ",":
            return None
        named = next((m for m in self.person_mentions if m.end == at - 1), None)
        if named is None:
            return None
        k = at
        while k < len(self.texts) and self.texts[k] not in (",", ".", ";") and \
                "\n" not in self.spaces[k]:
            if self.lowers[k] in ("and", "or", "&"):
                return None
            k += 1
        return self.people.get(named.key)

    def sentence_start(self, at: int) -> int:
        """The token where the sentence of token ``at`` starts."""
        starts = self.sentence_starts
        return starts[bisect.bisect_right(starts, at) - 1] if starts else 0

    def introduced_as_party(self, at: int) -> bool:
        """Whether a name at token ``at`` opens its sentence (after quotes or brackets) or
        follows a meeting's word in it ('met with X', 'received X')."""
        start = self.sentence_start(at)
        before = self.lowers[start:at]
        return not any(w.isalnum() for w in before) or not _MEETING_WORDS.isdisjoint(before)

    def named_before_in_sentence(self, at: int) -> set[str]:
        """The people named earlier in the sentence of token ``at``, but for one the role
        stands against ('Tokayev, the Kazakh President'): 'President Phuc invited the President
        of Mexico' is someone else, as one acts on another."""
        start = self.sentence_start(at)
        return {m.key for m in self.person_mentions if start <= m.start and m.end <= at
                and any(w.isalpha() and w != "the" for w in self.lowers[m.end:at])}

    def mirrored_by(self, at: int, office: str | None) -> Person | None:
        """Whose counterpart a counterpart at token ``at`` is: the person named last before it,
        unless of the counterpart's own country ``office`` ('meet Argentine President Macri
        and his Argentine counterpart X': the Brazilian visitor's), then the one before."""
        person = self.last_person_before(at)
        if office is None or person is None or all(o != office for _, o in person.offices):
            return person
        earlier = sorted((m for m in self.person_mentions if m.start < at and m.key in self.people),
                         key=lambda m: -m.start)
        return next((self.people[m.key] for m in earlier
                     if all(o != office for _, o in self.people[m.key].offices)), None)

    def title_of_last_person_before(self, at: int, office: str | None = None) -> str | None:
        """The title of the person a counterpart at token ``at`` mirrors (see
        :meth:`mirrored_by`): what 'his counterpart' is."""
        return _post_mirrored(self.mirrored_by(at, office))

    def resolve_role(self, title: str, office: str | None, at: int) -> Person | None:
        head = _title_head(title)
        if head == "head of our state":
            # a press service's own leader, the one it names first
            return next((p for p in self.people_in_order() if any(
                _title_head(t) in _LEADER_POSTS for t, _ in p.offices)), None)
        mirrored = None  # whose counterpart: never the counterpart itself
        if head == "counterpart":
            # "Safadi held talks with his Japanese counterpart": Japan's holder of Safadi's post
            mirrored = self.mirrored_by(at, office)
            head = _title_head(_post_mirrored(mirrored) or title)
        apposed = self.apposed_to(at)
        if apposed is not None and mirrored is None and not (
                office and any(o and o != office for _, o in apposed.offices)):
            return apposed  # "Ms. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan, held"
        near = self.people_near(at) if office else set()
        met = self.met_by(at)
        # the post of a named country: not of one who acts in the sentence and has no country
        actors = self.named_before_in_sentence(at) if office else set()
        candidates = [p for p in self.people.values()
                      if _holds_role(p, head, office) and p is not mirrored and p is not met
                      and (not office or p.id in near or any(o for _, o in p.offices))
                      and not (p.id in actors and not any(o for _, o in p.offices))]
        if not candidates and office and head in ("leader", "head of state"):
            # "the Vietnamese leader" and the one leader named with no country of his own
            candidates = [p for p in self.people.values()
                          if all(o is None for _, o in p.offices)
                          and any(_title_head(t) in _LEADER_POSTS for t, _ in p.offices)]
        if len(candidates) == 1:
            return candidates[0]
        named_for = [p for p in candidates if office and any(o == office for _, o in p.offices)]
        if len(named_for) == 1:
            return named_for[0]  # "Morocco's King Mohammed VI ... The Moroccan King", not Abdullah
        last = self.last_person_before(at)
        if last in candidates and not office:
            return last  # "the minister" after two ministers: the one just named
        if not candidates and office:
            holders = [p for p in self.people.values() if any(o == office for _, o in p.offices)]
            if len(holders) == 1:
                return holders[0]
            if not holders and (head in _LEADER_POSTS or mirrored is not None):
                # "Vladimir Putin had a telephone conversation with President X ... The President
                # of Russia": the one person named before it with no post at all, as a party
                # to talks where first named (the subject, or the one met; not "Mr. X",
                # congratulated by the President); "Cho met his Lithuanian counterpart ...
                # congratulated Gabrielius Landsbergis": the one named anywhere
                first = self.first_mentions()
                untitled = [p for p in self.people_in_order() if not p.offices and
                            p is not mirrored and p is not met and p.id not in actors and
                            (mirrored is not None or first[p.id] < at and
                             self.introduced_as_party(first[p.id]))]
                if len(untitled) == 1:
                    return untitled[0]
        if not candidates and head == "head of state":
            heads = [p for p in self.people.values()
                     if any(_title_head(t) in ("president", "king", "emir") for t, _ in p.offices)]
            if len(heads) == 1:
                return heads[0]
        return None


def _title_case_headline_end(doc: Doc) -> int:
    """The token end of a Title Case first line without final punctuation, else 0."""
    table = token_table(doc)  # read from the table: a Token per word is dearer
    texts, spaces = table.texts, table.spaces
    end = 0
    for i, (text, space) in enumerate(zip(texts, spaces)):
        end = i + 1
        if "\n" in space or "\n" in text:
            break
    if end > 40:  # a headline is short; a long first line is text
        return 0
    line = table.span_text(0, end).strip()
    if not line or line[-1] in ".!?\"”":
        return 0
    words = [t for t in texts[:end] if t.isalpha() and len(t) > 3]
    if len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words):
        return end
    return 0


_RANKS = {"general", "admiral", "marshal", "colonel"}  # the military ranks of titles.tsv
_MEETING_WORDS = {"with", "met", "meets", "received", "receives", "welcomed", "welcomes", "hosted",
                  "hosts"}
_MINISTERS = {"foreign minister", "deputy minister", "deputy foreign minister"}


def _holds_role(p: Person, head: str, office: str | None) -> bool:
    """Whether ``p`` is 'the [Japanese] <head>': the post ('the minister' is any minister),
    or, for 'the Japanese leader', any post for that country."""
    if office and any(o and o != office for _, o in p.offices):
        return False  # "President El-Sisi of Egypt" is no "UAE President"
    for t, o in p.offices:
        # "Crown Prince and Prime Minister": the one is either
        posts = {_title_head(part) for part in re.split(r",\s*|\s+and\s+", t)}
        # "the minister" is any minister's; "the deputy minister" is not the minister's
        if head in posts or (head == "minister" and not posts.isdisjoint(_MINISTERS)):
            return True
        if office and o == office and head in ("leader", "head of state"):
            return True
    return False


def ranks_differ(titles: Iterable[str], others: Iterable[str]) -> bool:
    """Whether two people's titles tell a monarch from a commoner: 'King Abdullah' is not
    'Prime Minister Abdullah Ensour', whose full name starts with the King's one name.

    >>> ranks_differ(["King"], ["Prime Minister"]), ranks_differ(["King"], ["Mr."])
    (True, False)
    """
    kinds = load_lexicon().titles
    one = [kinds.get(t.lower()) for t in titles if kinds.get(t.lower()) != "honorific"]
    other = [kinds.get(t.lower()) for t in others if kinds.get(t.lower()) != "honorific"]
    return bool(one) and bool(other) and ("royal" in one) != ("royal" in other)


def _post_mirrored(person: Person | None) -> str | None:
    """The post a counterpart of ``person`` holds: ``person``'s own, not a counterpart's."""
    titles = [t for t, _ in person.offices] if person else []
    return next((t for t in titles if _title_head(t) != "counterpart"), None)


def _other_rank(p: Person, title: str | None) -> bool:
    return ranks_differ([t for t, _ in p.offices], [title] if title else [])


def _other_given_name(words: list[str], p: Person) -> bool:
    """Whether a name with ``p``'s surname has a given name that ``p``'s has not: 'Akylbek
    Japarov' is not 'Sadyr Japarov' (an initial, 'S. Japarov', may be his)."""
    own = {name_key(w) for w in p.words}
    return any(_is_name_word(w) and len(w.rstrip(".")) > 1 and name_key(w) not in own
               for w in words[:-1])


def _surname_keys(p: Person) -> set[str]:
    words = p.words
    if len(words) > 1 and (_REGNAL.fullmatch(words[-1]) or words[-1] in _NAME_SUFFIXES):
        words = words[:-1]  # "Abdullah II" is "Abdullah" later
    # "Mohammed bin Salman": the last word after "bin" is his father's name ("King Salman"),
    # no surname of his
    keys = set() if len(words) > 2 and words[-2].lower() in _PATRONYMIC else {name_key(words[-1])}
    if any(w.lower() in _PATRONYMIC for w in words[1:-1]):
        keys.add(name_key(words[0]))  # "Mohamed bin Zayed Al Nahyan" is "Sheikh Mohamed" later
    last = words[-1]
    if "-" in last:
        head, _, tail = last.partition("-")
        if head.lower() in _PARTICLES:
            keys.add(name_key(tail))
    return keys


_PEER = re.compile(r"\bpeer\b")


def _title_head(title: str) -> str:
    """The post a title names, spellings folded: 'Deputy Premier' -> 'deputy prime minister'."""
    t = title.lower().replace("premier", "prime minister").replace("vice-", "vice ")
    t = _PEER.sub("counterpart", t)  # "his Argentine peer Mauricio Macri"
    # the head of government's title in several countries: "Chairman of the Cabinet of Ministers"
    t = _HEAD_OF_GOVERNMENT.sub("prime minister", t)
    t = t.replace("vice minister", "deputy minister").replace("vice foreign", "deputy foreign")
    t = _FOREIGN_AFFAIRS.sub("foreign minister", t)  # "Minister of Foreign Affairs and Trade"
    for head in ("deputy prime minister", "prime minister", "head of state", "vice president",
                 "president", "deputy foreign minister", "foreign minister", "deputy minister",
                 "minister", "ambassador", "king", "emir", "chancellor", "secretary-general",
                 "leader"):
        if head in t:
            return head
    return t


def _clean_title(title: str) -> str:
    """'foreign minister' -> 'Foreign Minister', 'ambassador of Morocco to Senegal' ->
    'Ambassador of Morocco to Senegal'."""
    words = _HONORIFIC.sub(" ", title.rstrip(" ,")).split() or title.split()
    if len(words) > 1 and words[-1] in _STYLES_OF_NAME:
        # "Amir Sheikh Tamim", "External Affairs Minister Dr. S. Jaishankar": the post is
        # Amir, the style is the name's
        words = words[:-1]
    return " ".join(w if (w.isupper() and len(w) <= 3) or (k and w in _TITLE_SMALL_WORDS)
                    else w[:1].upper() + w[1:] for k, w in enumerate(words))
