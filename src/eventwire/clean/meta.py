"""Source metadata normalisation: publication dates, outlets, author names.

Dates go through dateparser with settings that never fill a missing part from today's date
(``REQUIRE_PARTS`` day, month and year) and never read relative expressions ("yesterday"):
a date we cannot fix fully is no date. Outlets are registered domains from tldextract's bundled
Public Suffix List snapshot, never fetched from the network.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Iterable, Optional

DATEPARSER_SETTINGS = {
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RETURN_AS_TIMEZONE_AWARE": False,
    "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
}
_ISO_DAY = re.compile(r"\s*(\d{4}-\d{2}-\d{2})(?:$|[T\s])")
#: Dates outside this range in metadata are clerical errors (epoch zero, year 9999 …).
MIN_YEAR, MAX_YEAR = 1800, 2200


def normalize_date(value: Optional[str]) -> Optional[str]:
    """``value`` as ``YYYY-MM-DD`` (the date as written, not converted to UTC), or None."""
    if not value or not value.strip():
        return None
    iso = _ISO_DAY.match(value)
    if iso:
        try:
            return checked(date.fromisoformat(iso.group(1)))
        except ValueError:
            return None
    import dateparser  # slow to import; only needed for non-ISO dates

    parsed = dateparser.parse(value.strip(), languages=["en"], settings=DATEPARSER_SETTINGS)
    return checked(parsed.date()) if parsed else None


def checked(day: date) -> Optional[str]:
    """ISO string of ``day`` when its year is plausible for a news article."""
    return day.isoformat() if MIN_YEAR <= day.year <= MAX_YEAR else None


@lru_cache(maxsize=1)
def domain_extractor():
    """tldextract with its bundled suffix list only: no network, no cache directory."""
    import tldextract

    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def outlet_of(url: Optional[str]) -> Optional[str]:
    """The registered domain of ``url`` ("bbc.co.uk" for www.bbc.co.uk/news/…), or None."""
    if not url:
        return None
    parts = domain_extractor()(url)
    return parts.top_domain_under_public_suffix.lower() or None


def split_names(value: Optional[str]) -> tuple[str, ...]:
    """Author names from trafilatura's ``"Jane Doe; John Roe"`` string."""
    if not value:
        return ()
    return unique(name.strip() for name in value.split(";"))


def unique(names: Iterable[str]) -> tuple[str, ...]:
    """Non-empty names, first occurrence kept (case-insensitively), order kept."""
    seen: dict[str, str] = {}
    for name in names:
        if name and name.casefold() not in seen:
            seen[name.casefold()] = name
    return tuple(seen.values())
