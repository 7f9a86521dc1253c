"""A corpus of any size in the genre graphkit reads, made on the spot.

Articles are recombined from sentence shapes of diplomatic and trade news, filled with real
country, city and organization names from graphkit's data files and with generated person
names (a few officials per country and post, so that people recur across articles as they do
in a news stream). The same ``seed`` gives the same corpus. Nothing large is committed.

    python benchmarks/corpus.py 10000 corpus.jsonl      # one JSON line per article
    python benchmarks/corpus.py 1000 corpus/             # one .txt file per article

The corpus measures speed and memory, never quality: its sentences are too regular for that.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from graphkit.extract.lexicon import load_lexicon
from graphkit.model import Article

__all__ = ["generate", "write_jsonl", "write_folder"]

_SYLLABLES = ("ka ri mo na sa to le vi an dr el go ur ba sh ir ta me lo ni za ku ra ve "
              "os in de fa ho mi ya be ro sel tan gor vik mar lin dor hak").split()
_POSTS = ("President", "Prime Minister", "Foreign Minister", "Trade Minister")
_SECTORS = ("energy", "transport", "agriculture", "education", "health", "tourism",
            "digital technology", "water management", "mining", "textiles", "banking",
            "culture", "logistics", "security", "science")
_ORG_POSTS = ("Secretary-General", "Director-General", "President", "Executive Secretary")
_OFFICIALS_PER_POST = 3

# Each shape is one sentence; {a} and {b} are the two countries of the article, {c} a third.
_OPENINGS = (
    "{a_dem} {a_post} {a_name} arrived in {b_city} on {weekday} for a {days}-day official visit "
    "at the invitation of {b_dem} {b_post} {b_name}.",
    "{b_dem} {b_post} {b_name} received {a_dem} {a_post} {a_name} in {b_city} on {weekday}.",
    "{a_dem} {a_post} {a_name} met {b_dem} {b_post} {b_name} in {b_city} on {month} {day}.",
    "{a_dem} {a_post} {a_name} held talks with his {b_dem} counterpart {b_name} in {b_city}.",
)
_BODY = (
    "{a_surname} and {b_surname} discussed cooperation in {sector1}, {sector2} and {sector3}.",
    "The two leaders also exchanged views on the situation in {c}.",
    "Trade between {a} and {b} reached ${value} million in {year}, up {pct} percent from a "
    "year earlier.",
    "Bilateral trade turnover amounted to ${value} million last year.",
    "The sides aim to bring bilateral trade to ${target} billion by {future}.",
    "{a} and {b} signed a memorandum of understanding on cooperation in {sector1}.",
    "The delegations signed {count} agreements, including one on {sector2}.",
    "{a_surname} also met {org_post} of the {org} {org_name}.",
    "{a} and {b} established diplomatic relations in {since}.",
    "{a} opened its embassy in {b_city} in {since2}.",
    "Both countries are members of the {org}.",
    "{a_surname} spoke by phone with {c_dem} {c_post} {c_name} on {weekday}.",
    "Companies from {a} have invested ${invest} million in {b}'s {sector3} sector.",
    "{a} supports {b}'s bid to join the {org}.",
)
_FILLER = (
    "The visit comes as both governments seek to expand ties.",
    "Officials said further talks would follow later this year.",
    "Analysts expect the agreements to take effect next year.",
    "The talks took place in a warm and friendly atmosphere.",
    "A joint statement was adopted at the end of the talks.",
    "Local media described the meeting as constructive.",
    "Further details of the programme were not disclosed.",
    "The economy of {a} grew by {pct} percent last year, according to official figures.",
    "{b_city} has hosted several regional forums in recent years.",
    "The programme of the visit includes a tour of an industrial park and a cultural event.",
    "Experts note that demand for {sector1} services is rising across the region.",
    "The delegation includes officials from several ministries and business leaders.",
    "Security was tight in the centre of {b_city} during the talks.",
    "Earlier this month, heavy rains caused flooding in parts of {c}.",
    "The next round of consultations is expected to be held in the first half of {future}.",
    "The two sides noted the importance of people-to-people contacts and tourism.",
)
_HEADLINES = (
    "{a_dem} {a_post} visits {b}",
    "{a} and {b} agree to boost trade",
    "{a}, {b} sign {count} cooperation agreements",
    "Talks between {a} and {b} in {b_city}",
)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


@dataclass(frozen=True)
class _Country:
    name: str
    demonym: str
    cities: tuple[str, ...]


def _countries() -> list[_Country]:
    lex = load_lexicon()
    cities: dict[str, list[str]] = {}
    for city, iso3 in lex.cities.items():
        cities.setdefault(iso3, []).append(city)
    return [_Country(c.name, c.demonyms[0], tuple(sorted(cities[c.iso3])))
            for iso3, c in sorted(lex.countries.items()) if c.demonyms and cities.get(iso3)]


def _organizations() -> list[tuple[str, str]]:
    """(name as written after "the", acronym or "")"""
    return [(o.name, o.acronym) for _, o in sorted(load_lexicon().organizations.items())]


def _person(rng: random.Random) -> str:
    def word(parts: int) -> str:
        return "".join(rng.choice(_SYLLABLES) for _ in range(parts)).capitalize()
    return f"{word(2)} {word(rng.choice((2, 3)))}"


class _People:
    """A few generated officials per country and post, chosen again and again."""

    def __init__(self, seed: int) -> None:
        self._seed = seed
        self._names: dict[tuple[str, str, int], str] = {}

    def pick(self, rng: random.Random, country: str, post: str) -> str:
        key = (country, post, rng.randrange(_OFFICIALS_PER_POST))
        if key not in self._names:
            self._names[key] = _person(random.Random(f"{self._seed}:{key}"))
        return self._names[key]


def generate(n: int, seed: int = 0, start: date = date(2019, 1, 1)) -> Iterator[Article]:
    """Yield ``n`` articles, the same ones for the same ``seed``.

    >>> arts = list(generate(2))
    >>> [a.id for a in arts], all(len(a.text) > 1000 for a in arts)
    (['gen-000000', 'gen-000001'], True)
    """
    rng = random.Random(seed)
    countries, orgs, people = _countries(), _organizations(), _People(seed)
    for i in range(n):
        day = start + timedelta(days=rng.randrange(2000))
        # one or two stories of a visit or a call, each with its own countries: 2 to 4 kB of
        # text and about a dozen relations, like the seeds' and the devset's articles
        stories = [_slots(rng, countries, orgs, people, day) for _ in range(rng.randint(1, 2))]
        paragraphs: list[str] = []
        for slots in stories:
            sentences = [rng.choice(_OPENINGS).format(**slots)]
            body = rng.sample(_BODY, rng.randint(4, 8)) + rng.sample(_FILLER, rng.randint(9, 14))
            rng.shuffle(body)
            sentences += [s.format(**slots) for s in body]
            k = 0
            while k < len(sentences):
                size = rng.randint(1, 3)
                paragraphs.append(" ".join(sentences[k:k + size]))
                k += size
        title = rng.choice(_HEADLINES).format(**stories[0])
        yield Article(f"gen-{i:06d}", title=title, date=day.isoformat(),
                      text=title + "\n\n" + "\n\n".join(paragraphs))


def _slots(rng: random.Random, countries: list[_Country], orgs: list[tuple[str, str]],
           people: _People, day: date) -> dict[str, object]:
    a, b, c = rng.sample(countries, 3)
    org_name, org_acr = rng.choice(orgs)
    slots: dict[str, object] = {
        "b_city": rng.choice(b.cities), "weekday": rng.choice(_WEEKDAYS),
        "month": day.strftime("%B"), "day": rng.randint(1, 28), "days": rng.choice(("two", "three")),
        "c": c.name, "org": org_acr or org_name, "org_post": rng.choice(_ORG_POSTS),
        "org_name": _person(rng), "value": f"{rng.randint(50, 999)}.{rng.randint(0, 9)}",
        "target": rng.randint(1, 20), "year": day.year - 1, "future": day.year + rng.randint(2, 6),
        "pct": rng.randint(2, 40), "count": rng.choice(("three", "five", "seven", "12")),
        "since": rng.randint(1950, 2000), "since2": rng.randint(1992, 2015),
        "invest": rng.randint(10, 900),
    }
    for prefix, country in (("a", a), ("b", b), ("c", c)):
        post = rng.choice(_POSTS)
        name = people.pick(rng, country.name, post)
        slots.update({prefix: country.name, f"{prefix}_dem": country.demonym,
                      f"{prefix}_post": post, f"{prefix}_name": name,
                      f"{prefix}_surname": name.split()[-1]})
    sectors = rng.sample(_SECTORS, 3)
    slots.update(sector1=sectors[0], sector2=sectors[1], sector3=sectors[2])
    return slots


def write_jsonl(n: int, path: str | Path, seed: int = 0) -> Path:
    """Write ``n`` generated articles as JSON Lines (``id``, ``title``, ``date``, ``text``)."""
    path = Path(path)
    with path.open("w", encoding="utf-8") as out:
        for a in generate(n, seed):
            body = a.text.split("\n\n", 1)[1]
            out.write(json.dumps({"id": a.id, "title": a.title, "date": a.date, "text": body},
                                 ensure_ascii=False) + "\n")
    return path


def write_folder(n: int, path: str | Path, seed: int = 0) -> Path:
    """Write ``n`` generated articles as ``.txt`` files in the seeds' layout (date line first)."""
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True)
    for a in generate(n, seed):
        (path / f"{a.id}.txt").write_text(f"date {a.date}\n{a.text}\n", encoding="utf-8")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("n", type=int, help="how many articles")
    parser.add_argument("out", help="a .jsonl file, or a folder for one .txt file per article")
    parser.add_argument("--seed", type=int, default=0, help="the same seed, the same corpus")
    args = parser.parse_args()
    if args.out.endswith(".jsonl"):
        write_jsonl(args.n, args.out, args.seed)
    else:
        write_folder(args.n, args.out, args.seed)
    print(f"{args.n} articles written to {args.out}")


if __name__ == "__main__":
    main()
