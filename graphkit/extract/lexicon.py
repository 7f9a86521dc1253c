"""The data files of ``graphkit/data``, loaded once: countries, cities, organizations, titles,
and the measured precision of each relation rule."""

from __future__ import annotations

import csv
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources

__all__ = ["Country", "Organization", "Lexicon", "load_lexicon"]


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]

    @property
    def id(self) -> str:
        return f"country:{self.iso3}"


@dataclass(frozen=True)
class Organization:
    id: str
    name: str
    acronym: str
    aliases: tuple[str, ...]
    seat: str = ""  # the ISO3 code of the country of its headquarters, where it has one


@dataclass
class Lexicon:
    countries: dict[str, Country] = field(default_factory=dict)
    cities: dict[str, str] = field(default_factory=dict)
    capitals: set[str] = field(default_factory=set)
    organizations: dict[str, Organization] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)
    confidence: dict[str, float] = field(default_factory=dict)
    shared_names: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "Congo": COG, COD
    title_countries: dict[str, str] = field(default_factory=dict)  # "pope": "VAT"
    news_agencies: dict[str, str] = field(default_factory=dict)  # "yonhap": "KOR", lower case
    name_spellings: dict[str, str] = field(default_factory=dict)  # "mohammed": "muhammad"
    royal_posts: dict[str, frozenset[str]] = field(default_factory=dict)  # "emir": {QAT, KWT}

    @cached_property
    def country_forms(self) -> dict[str, tuple[str, str]]:
        """Every written form of a country: form -> (iso3, "name" | "demonym")."""
        forms: dict[str, tuple[str, str]] = {}
        for c in self.countries.values():
            for form in _with_folded(*_abbreviated(c.name, *c.aliases)):
                forms.setdefault(form, (c.iso3, "name"))
            for form in _with_folded(*c.demonyms):
                forms.setdefault(form, (c.iso3, "demonym"))
        # "the Republic of Togo", "the Republic of Cameroon": the style news gives any state
        # (after the data's own forms, so "Republic of China" stays Taiwan's)
        for c in self.countries.values():
            if "Republic" not in c.name:
                for form in _with_folded(f"Republic of {c.name}"):
                    forms.setdefault(form, (c.iso3, "name"))
        return forms

    @cached_property
    def city_forms(self) -> dict[str, str]:
        """Every written form of a city, with and without its accents: form -> iso3."""
        forms: dict[str, str] = {}
        for city, iso3 in self.cities.items():
            for form in _with_folded(city):
                forms.setdefault(form, iso3)
        return forms

    @cached_property
    def shouted_countries(self) -> dict[str, str]:
        """A country's name in capitals, as a dateline or a headline writes it: "KUWAIT" ->
        "Kuwait" (names only: "US" is an alias already in capitals)."""
        return {c.name.upper(): c.name for c in self.countries.values() if c.name.upper() != c.name}

    @cached_property
    def shouted_cities(self) -> dict[str, str]:
        """A city in capitals, as wire copy's dateline writes it: "DHAKA" -> "Dhaka"."""
        return {form.upper(): form for form in self.city_forms if form.upper() != form}

    @cached_property
    def capital_forms(self) -> frozenset[str]:
        """Every written form of a country's capital."""
        return frozenset(_with_folded(*self.capitals))

    @cached_property
    def capital_of(self) -> dict[str, str]:
        """A country's capital: iso3 -> the city's name."""
        return {self.cities[city]: city for city in sorted(self.capitals)}

    @cached_property
    def organization_forms(self) -> dict[str, str]:
        """Every written form of an organization: form -> organization id."""
        forms: dict[str, str] = {}
        for org in self.organizations.values():
            for form in (org.name, org.acronym, *org.aliases):
                if form:
                    forms.setdefault(form, org.id)
        return forms


def _abbreviated(*forms: str) -> list[str]:
    """The forms, then as news abbreviates or typesets them: "St. Lucia", "St Lucia", "Antigua &
    Barbuda", "Côte d’Ivoire".

    >>> _abbreviated("Saint Kitts and Nevis")[1:4]
    ['Saint Kitts & Nevis', 'St. Kitts and Nevis', 'St. Kitts & Nevis']
    """
    out = list(forms)
    out += [f.replace(" and ", " & ") for f in out if " and " in f]
    out += [f.replace("Saint ", abbreviation, 1) for abbreviation in ("St. ", "St ")
            for f in out if f.startswith("Saint ")]
    out += [f.replace("'", "’") for f in out if "'" in f]  # "Côte d’Ivoire", typeset
    return list(dict.fromkeys(out))


def _with_folded(*forms: str) -> list[str]:
    """The forms, then their accent-free spellings: news often writes "Sao Tome", "Bogota"."""
    folded = ["".join(ch for ch in unicodedata.normalize("NFKD", f) if not unicodedata.combining(ch))
              for f in forms]
    return [*forms, *(f for f in folded if f not in forms)]


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("graphkit.data").joinpath(name).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(v for v in (value or "").split("|") if v)


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read every data file once per process."""
    lex = Lexicon()
    for row in _rows("countries.tsv"):
        lex.countries[row["iso3"]] = Country(row["iso3"], row["name"], _split(row["aliases"]),
                                             _split(row["demonyms"]))
    for row in _rows("cities.tsv"):
        lex.cities[row["city"]] = row["iso3"]
        if row.get("capital") == "yes":
            lex.capitals.add(row["city"])
    for row in _rows("organizations.tsv"):
        lex.organizations[row["id"]] = Organization(row["id"], row["name"], row["acronym"],
                                                    _split(row["aliases"]), row.get("seat") or "")
    for row in _rows("titles.tsv"):
        lex.titles[row["title"]] = row["kind"]
        if row.get("country"):
            lex.title_countries[row["title"]] = row["country"]
    for row in _rows("confidence.tsv"):
        lex.confidence[row["rule"]] = float(row["confidence"])
    for row in _rows("shared_names.tsv"):
        lex.shared_names[row["form"]] = _split(row["countries"])
    for row in _rows("name_spellings.tsv"):
        lex.name_spellings[row["spelling"]] = row["name"]
    for row in _rows("monarchies.tsv"):
        for post in _split(row["posts"]):
            lex.royal_posts[post] = lex.royal_posts.get(post, frozenset()) | {row["iso3"]}
    for row in _rows("news_agencies.tsv"):
        for form in (row["name"], *_split(row["aliases"])):
            lex.news_agencies[form.lower()] = row["country"]
    return lex
