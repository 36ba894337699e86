"""Page furniture in plain text: whole short lines that are newsletter sign-ups, share bars …

The patterns are data (``data/boilerplate.tsv``: reason, regex). A line is furniture only when
it is short and one pattern matches the *whole* stripped line, so a news sentence that mentions
"subscribe" in passing is never removed.
"""

from __future__ import annotations

import csv
import io
import re
from functools import lru_cache
from importlib import resources
from typing import Optional

#: Lines this long or longer are prose, never furniture.
MAX_FURNITURE_CHARS = 200


def data_rows(name: str) -> list[dict[str, str]]:
    """Rows of a tab-separated file in ``eventwire/data`` (header row gives the keys)."""
    text = resources.files("eventwire").joinpath("data", name).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE))


@lru_cache(maxsize=1)
def furniture_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(reason, compiled pattern) pairs from ``boilerplate.tsv``, in file order."""
    return tuple(
        (row["reason"], re.compile(row["regex"], re.IGNORECASE))
        for row in data_rows("boilerplate.tsv")
    )


def furniture_reason(line: str) -> Optional[str]:
    """The reason ``line`` is page furniture ("newsletter", "share" …), or None for content."""
    stripped = line.strip()
    if not stripped or len(stripped) >= MAX_FURNITURE_CHARS:
        return None
    for reason, pattern in furniture_patterns():
        if pattern.fullmatch(stripped):
            return reason
    return None
