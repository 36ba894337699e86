"""Draw the sentences of eventwire's own event-coding set from Reuters-21578 (selection only).

The selection is blind to the event coder: it reads the corpus, spaCy's sentence splitter and
named entities, and eventwire's country facts (``data/countries.csv``), never ``extract``.

1. Stories: a non-empty body and either two or more ``places`` tags or no ``topics`` at all
   (Reuters' topics are economic categories, so a topic-less story is general or political news).
2. Sentences (spaCy ``senter`` on the body with line breaks read as spaces): 15–60 words, not a
   table row (no column gaps of 3+ spaces inside a line, at most a third of the words numeric).
3. Each kept sentence names at least two distinct countries through GPE/NORP entities whose text
   is a country's name, alias, capital or demonym in countries.csv, plus the 1987 names that file
   lacks (:data:`HISTORICAL`).
4. Stories are visited in an order shuffled with a fixed seed over all files; at most
   ``per_doc`` sentences a story (chosen with the same generator) until ``target`` are drawn. The
   output is ordered by sha1 of the record id, so any prefix is a random subset.

``python -m eventwire.evaluation.event_sample CORPUS_DIR OUT.jsonl`` writes skeleton records
(``ref``, ``id``, ``date``; no labels, no text).
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import json
import random
import re
import sys
from datetime import datetime
from pathlib import Path
from typing import Iterator

from .event_refs import make_ref

CORPUS = "news_reuters21578"
SEED = 1987
#: 1987 names of states absent from countries.csv (it lists current ISO 3166-1 states); coded
#: as the project codes their successors (the Federal Republic kept the ISO code DEU; Gorbachev
#: is RUSGOV in people.csv), East Germany under its ISO 3166-3 code DDR.
HISTORICAL = {"Soviet Union": "RUS", "USSR": "RUS", "Soviet": "RUS", "Soviets": "RUS",
              "West Germany": "DEU", "West German": "DEU", "West Germans": "DEU", "Bonn": "DEU",
              "East Germany": "DDR", "East German": "DDR", "East Berlin": "DDR"}
TABLE_GAP = re.compile(r"\S {3,}\S")


def country_lookup() -> dict[str, str]:
    """Country names, aliases, capitals and demonyms (countries.csv) → ISO3, plus HISTORICAL."""
    path = Path(__file__).resolve().parents[1] / "data" / "countries.csv"
    lookup: dict[str, str] = {}
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            for col in ("name", "aliases", "demonyms", "capitals"):
                for value in (row[col] or "").split("|"):
                    if value.strip():
                        lookup.setdefault(value.strip(), row["iso3"])
    lookup.update(HISTORICAL)
    return lookup


def entity_country(text: str, lookup: dict[str, str]) -> str | None:
    """The country an entity's text names, if any ("the U.S.", "Japan's" included)."""
    text = re.sub(r"^[Tt]he\s+", "", " ".join(text.split()))
    text = re.sub(r"(?:'s|')$", "", text)
    return lookup.get(text)


def story_ok(rec: dict) -> bool:
    return bool((rec.get("body") or "").strip()) and (
        len(rec.get("places") or []) >= 2 or not rec.get("topics"))


def sentence_ok(raw: str) -> bool:
    words = raw.split()
    if not 15 <= len(words) <= 60:
        return False
    if any(TABLE_GAP.search(line.strip()) for line in raw.splitlines()):
        return False
    numeric = sum(1 for w in words if re.fullmatch(r"[\d.,/%()+-]+", w))
    return numeric <= len(words) / 3


def iso_date(stamp: str) -> str | None:
    try:
        return datetime.strptime(stamp.strip().split()[0], "%d-%b-%Y").date().isoformat()
    except (ValueError, IndexError, AttributeError):
        return None


def record_id(doc: str, start: int) -> str:
    return f"reuters:{doc}:{start}"


def stories(folder: Path) -> list[dict]:
    out = []
    for path in sorted(folder.glob("*.json.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            out.extend(r for r in json.load(fh) if story_ok(r))
    return out


def candidates(doc, lookup: dict[str, str]) -> Iterator[tuple[int, int]]:
    """(start, end) of the sentences of a spaCy doc that pass the filters."""
    for sent in doc.sents:
        raw = sent.text.strip()
        if not sentence_ok(raw):
            continue
        found = {entity_country(e.text, lookup) for e in sent.ents if e.label_ in ("GPE", "NORP")}
        if len(found - {None}) >= 2:
            start = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
            yield start, start + len(raw)


def draw(folder: Path, target: int = 250, per_doc: int = 2, seed: int = SEED) -> list[dict]:
    import spacy

    from ..annotate.nlp import model_name

    nlp = spacy.load(model_name(), exclude=["tok2vec", "tagger", "parser", "attribute_ruler",
                                             "lemmatizer"])
    if "senter" in nlp.disabled:
        nlp.enable_pipe("senter")
    lookup = country_lookup()
    rng = random.Random(seed)
    pool = stories(folder)
    pool.sort(key=lambda r: int(r["id"]))
    rng.shuffle(pool)
    # cheap pre-filter: two distinct country strings somewhere in the body
    keys = re.compile(r"\b(" + "|".join(re.escape(k) for k in sorted(lookup, key=len,
                                                                      reverse=True)) + r")\b")
    drawn: list[dict] = []
    for rec in pool:
        body = rec["body"]
        if len({lookup[m] for m in keys.findall(body)}) < 2:
            continue
        doc = nlp(body.replace("\n", " "))  # same length: offsets stay those of ``body``
        spans = list(candidates(doc, lookup))
        for start, end in rng.sample(spans, min(per_doc, len(spans))):
            drawn.append({"id": record_id(rec["id"], start), "date": iso_date(rec.get("date", "")),
                          "ref": make_ref(CORPUS, rec["id"], body, start, end)})
        if len(drawn) >= target:
            break
    drawn = drawn[:target]
    drawn.sort(key=lambda r: hashlib.sha1(r["id"].encode("utf-8")).hexdigest())
    return drawn


def main(argv: list[str]) -> None:
    folder, out = Path(argv[0]), Path(argv[1])
    target = int(argv[2]) if len(argv) > 2 else 250
    records = draw(folder, target)
    with open(out, "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec) + "\n")
    print(f"{len(records)} sentences from {len({r['ref']['doc'] for r in records})} stories → {out}")


if __name__ == "__main__":  # pragma: no cover
    main(sys.argv[1:])
