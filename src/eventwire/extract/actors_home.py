"""The country a story is about, for the unqualified "the government".

News writes "the government" without a name for the government the story is about: the
outlet's home government in domestic news (a BBC politics story's "the government" is the UK
government even when the only country it names is Iraq), the story's country in foreign news.
Coreference work treats such a bare definite as bound by the discourse topic rather than by the
nearest name (Poesio & Vieira 1998, "larger situation" definites), so the nearest foreign
government named in an earlier sentence is no evidence for it.

The evidence here is the article itself: every resolved place mention (its country) and every
mention of a coded actor with a country (countries, demonyms, coded people and bodies: "Tony
Blair" counts for the UK, "Venezuelan officials" for Venezuela). News media ("Reuters",
``...MED``) are sources, not the topic, and are left out, as are IGOs, NGOs and firms. The story
has a home country when at least :data:`MIN_EVIDENCE` mentions carry a country and one country
has at least :data:`MIN_SHARE` of them; otherwise it has none and "the government" is left to
the nearest-name rules of :mod:`.event_anaphora`, or empty.
"""

from __future__ import annotations

from collections import Counter
from typing import Optional

from ..record import Article

#: Country-bearing mentions a story needs before it has a home country.
MIN_EVIDENCE = 4
#: Share of those mentions the home country must hold (two in three: a clear majority).
MIN_SHARE = 2 / 3
#: Code blocks that name no country, and sectors that are sources rather than topic.
NON_COUNTRY = frozenset({"IGO", "NGO", "IMG", "MNC", "---"})
SOURCE_SECTORS = frozenset({"MED"})


def country_evidence(article: Article) -> Counter:
    """Country → how many mentions (places, coded actors) carry it in ``article``."""
    found: Counter = Counter()
    for place in article.places:
        if place.country:
            found[place.country] += len(place.mentions)
    for entity in article.entities:
        code = entity.actor.code if entity.actor is not None else None
        if not code or len(code) < 3 or code[:3] in NON_COUNTRY:
            continue
        if any(code[i:i + 3] in SOURCE_SECTORS for i in range(3, len(code), 3)):
            continue
        found[code[:3]] += len(entity.mentions)
    return found


def home_country(article: Article) -> Optional[str]:
    """The one country the story is about, by a clear majority of its country evidence."""
    found = country_evidence(article)
    total = sum(found.values())
    if total < MIN_EVIDENCE:
        return None
    country, count = found.most_common(1)[0]
    return country if count >= MIN_SHARE * total else None
