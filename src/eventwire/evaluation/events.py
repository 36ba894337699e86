"""Event-coding evaluation on the events_gold JSONL sets (PLOVER GSR, PETR-2 GSR …).

Unit = one gold sentence. Each sentence runs through the real extract steps (cleaning is skipped:
gold items are single sentences, not pages). Comparisons are per sentence, on **sets** of labels,
because the gold expands compound and reciprocal actors into one event per source × target
(PLOVER GSR marks them ``reciprocal``) while eventwire keeps compound actors as one event with a
list, PLOVER style; sets make both conventions comparable:

- detected: the set of event "slots" {PLOVER type or CAMEO root}; a sentence with gold events
  and predictions counts min(|pred|, |gold|) as hits;
- plover: the set of PLOVER types (0.5b1 labels mapped: DEMAND→REQUEST, DISAPPROVE→ACCUSE,
  INVESTIGATE→ACCUSE, FIGHT→ASSAULT; CAMEO-coded gold gets its type from the CAMEO code);
- root: the set of CAMEO roots (gold with codes only);
- triple: the set of (source country, target country, root), with our compound and reciprocal
  events expanded to pairs the way the gold does. Reciprocal = several actors, no recipient and a
  cooperative root (03–06); other compound actors without a recipient give (actor, none) pairs;
- dyad: the set of (source country, target country) pairs of the coded events, the same
  country and pair rules as the triple with the code left out: who acted on whom, so that
  actor-role errors are seen apart from code errors;
- actor_type: the set of (source country, target country, PLOVER type), the same country and
  pair rules as the triple with the PLOVER type in place of the root. It scores the actors on
  sets that carry actor codes but no CAMEO codes (PLOVER GSR). A gold record marked
  ``reciprocal`` whose events have no target (PLOVER GSR marks both parties SRC/TAR: "Jordan and
  Britain agreed") is expanded to every ordered pair of its source countries, the same reading
  as our reciprocal expansion; the coded events of a type without such a partner stay
  (source, none).

root_proxy (PLOVER GSR only, records marked ``plover_version: 0.5b1``): the gold there has no
CAMEO codes, and the mapped types above merge FIGHT (CAMEO 19) with ASSAULT (18), DEMAND (10) with
APPEAL (02) and DISAPPROVE (11) with INVESTIGATE (09). The proxy scores each predicted CAMEO root
against the roots the *raw* 0.5b1 label allows (:data:`PLOVER_05_ROOTS`, from the PLOVER 0.5b1
type chapters' CAMEO cross-references): a predicted root is a hit when some gold label of the
sentence allows it, a gold label no predicted root satisfies is a miss. So 18 vs 19 and 10 vs 11
confusions are seen on the CAMEO manual examples the records come from. Every sentence of such a
record counts (a ``no_events`` one gives false positives only).

Negated events are not counted as predictions (a "did not attack" is no ASSAULT; the gold codes
refusals as REJECT, which the coder emits as its own event). ``extra`` counts predicted events
in sentences whose gold says there are none.

Countries in triples come from actor codes on both sides, the same way: the first three letters
of a code (``USAGOV`` → ``USA``, ``IGOUNO`` → ``IGO``), none for ``---``/``~`` codes. A
predicted entity without a coded actor gives none, exactly like a gold null source — unless it is
the only entity on its side and the event carries a code for that side (a country the coder
inferred from the sentence: "President X … in Sudan" → SDNGOV); that code is what the coder says.
Likewise, on a compound side with exactly one uncoded member, the event's code is that member's
when its country is no coded member's (the coder's side code is its first member's code:
"Moscow and Tbilisi agreed" → RUSGOV for Moscow).

Fairness notes. The type and root sets ignore who did what: they measure the event classifier;
the triple measures the full actor–action–recipient structure. Sets make a sentence with five
gold pairs of one compound event count as one hit on type, so a coder is neither rewarded for
cross products nor punished for keeping compound actors as lists.

Only the steps the events step needs run (entities, places, dates, events): quotes, framing
and tone cannot change events and would only slow the harness down.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from .. import codes
from ..record import Article, Source, article_id
from .common import PRF, PerLabel, Split, in_split
from .event_refs import materialise

PLOVER_05_TO_2 = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
                  "FIGHT": "ASSAULT"}
#: CAMEO roots each PLOVER 0.5b1 label allows (root proxy). AGREE takes 05 too (an agreement
#: to a position is CAMEO's 05x endorsement), DEMAND the appeal root 02 (0.5b1 files demands and
#: appeals together), ASSAULT the mass violence root 20; FIGHT is conventional force (19) only.
PLOVER_05_ROOTS = {"AGREE": frozenset({"03", "05"}), "CONSULT": frozenset({"04"}),
                   "SUPPORT": frozenset({"05"}), "COOPERATE": frozenset({"06"}),
                   "AID": frozenset({"07"}), "CONCEDE": frozenset({"08"}),
                   "RETREAT": frozenset({"08"}), "INVESTIGATE": frozenset({"09"}),
                   "DEMAND": frozenset({"10", "02"}), "DISAPPROVE": frozenset({"11"}),
                   "REJECT": frozenset({"12"}), "THREATEN": frozenset({"13"}),
                   "PROTEST": frozenset({"14"}), "MOBILIZE": frozenset({"15"}),
                   "SANCTION": frozenset({"16"}), "COERCE": frozenset({"17"}),
                   "ASSAULT": frozenset({"18", "20"}), "FIGHT": frozenset({"19"})}
SCORED_EXPECT = ("events", "no_events")
#: CAMEO roots where actors without a recipient act on each other ("X and Y met", "agreed to
#: cooperate"); for other roots ("US and British activists protested") they act side by side.
RECIPROCAL_ROOTS = frozenset({"03", "04", "05", "06"})


@dataclass
class GoldItem:
    id: str
    text: str
    date: str | None
    events: list[dict]
    expect: str
    reciprocal: bool = False
    plover_version: str | None = None


@dataclass
class EventScores:
    detected: PRF = field(default_factory=PRF)
    plover: PRF = field(default_factory=PRF)
    root: PRF = field(default_factory=PRF)
    triple: PRF = field(default_factory=PRF)
    actor_type: PRF = field(default_factory=PRF)
    dyad: PRF = field(default_factory=PRF)
    root_proxy: PRF = field(default_factory=PRF)
    root_proxy_sentences: int = 0
    per_type: PerLabel = field(default_factory=PerLabel)
    per_root: PerLabel = field(default_factory=PerLabel)
    sentences: int = 0
    extra: int = 0
    not_included: int = 0  # unit-test records their file's <Include> list does not run

    def to_dict(self) -> dict:
        out = {"sentences": self.sentences, "extra_events": self.extra,
               "detected": self.detected.to_dict(), "plover": self.plover.to_dict(),
               "root": self.root.to_dict(), "triple": self.triple.to_dict(),
               "actor_type": self.actor_type.to_dict(), "dyad": self.dyad.to_dict(),
               "not_included": self.not_included,
               "per_type": self.per_type.to_dict(), "per_root": self.per_root.to_dict()}
        if self.root_proxy_sentences:
            out["root_proxy"] = self.root_proxy.to_dict()
        return out


def score_root_proxy(prf: PRF, predicted_roots: set, allowed: set) -> None:
    """Add one sentence to the 0.5b1 root proxy: ``allowed`` holds one frozenset of roots per
    gold label. A predicted root some label allows is a hit (it may satisfy several labels: one
    "05" meets AGREE and SUPPORT), any other is a false positive; a label no predicted root
    meets is a miss."""
    met: set = set()
    for root in predicted_roots:
        hits = {roots for roots in allowed if root in roots}
        if hits:
            prf.tp += 1
            met |= hits
        else:
            prf.fp += 1
    prf.fn += len(allowed - met)


def load_gold(path: str | Path, split: Split, skipped: list | None = None,
              corpora: str | Path | None = None) -> Iterator[GoldItem]:
    """Scored gold items of one split (``expect`` events or no_events, non-empty text).

    A record with a ``ref`` instead of ``text`` (eventwire's own sets over third-party text) is
    materialised from the corpora root ``corpora`` (:mod:`.event_refs`).

    Unit-test records marked ``in_include_list: false`` (the AGENTS and COMPOUNDx categories,
    which PETRARCH's own unit-test file does not run: events_gold README) are left out and,
    when ``skipped`` is given, their ids are appended to it."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec.get("ref") and not rec.get("text") and in_split(rec["id"], split):
                rec["text"] = materialise(rec["ref"], corpora)
            if rec.get("in_include_list") is False:
                if skipped is not None and in_split(rec["id"], split):
                    skipped.append(rec["id"])
                continue
            if rec.get("expect") in SCORED_EXPECT and rec.get("text") and in_split(rec["id"], split):
                yield GoldItem(rec["id"], rec["text"], rec.get("date"), rec.get("events") or [],
                               rec["expect"], bool(rec.get("reciprocal")),
                               rec.get("plover_version"))


def _country(code: str | None) -> str | None:
    if not code or len(code) < 3 or code.startswith(("---", "~")):
        return None
    return code[:3]


def gold_labels(item: GoldItem) -> dict[str, set]:
    """PLOVER types, CAMEO roots, (source country, target country, root) triples and
    (source country, target country, PLOVER type) actor-type triples of a gold item."""
    types, roots, triples, actor_types, dyads = set(), set(), set(), set(), set()
    open_sources: dict[str, set] = {}  # type -> source countries of events without a target
    proxy: set = set()
    for ev in item.events if item.expect == "events" else []:
        code = (ev.get("code") or "").strip() or None
        if item.plover_version == "0.5b1" and not code and ev.get("plover") in PLOVER_05_ROOTS:
            proxy.add(PLOVER_05_ROOTS[ev["plover"]])
        plover = PLOVER_05_TO_2.get(ev.get("plover") or "", ev.get("plover"))
        if plover is None and code:
            plover = codes.plover_type(code)
        source, target = _country(ev.get("source")), _country(ev.get("target"))
        if plover:
            types.add(plover)
            actor_types.add((source, target, plover))
            if target is None and source is not None:
                open_sources.setdefault(plover, set()).add(source)
        if code and code[:2].isdigit():
            roots.add(code[:2])
            triples.add((source, target, code[:2]))
        if plover or (code and code[:2].isdigit()):
            dyads.add((source, target))
    if item.reciprocal:
        for plover, sources in open_sources.items():
            if len(sources) > 1:  # each party is source and target of the other (SRC/TAR)
                actor_types -= {(a, None, plover) for a in sources}
                actor_types |= {(a, b, plover) for a in sources for b in sources if a != b}
                dyads -= {(a, None) for a in sources}
                dyads |= {(a, b) for a in sources for b in sources if a != b}
    return {"plover": types, "root": roots, "triple": triples, "actor_type": actor_types,
            "dyad": dyads, "root_proxy": proxy}


def _side_countries(ids: tuple, code: str | None, country: dict) -> set:
    """Countries of one side of an event: its entities' codes; a single entity without a code
    of its own takes the event's code for that side, which may hold a country the coder
    inferred from context ("President X … in Sudan" → SDNGOV)."""
    found = {country.get(i) for i in ids}
    if not ids or (len(ids) == 1 and found == {None}):
        return {_country(code)}
    uncoded = [i for i in ids if country.get(i) is None]
    side = _country(code)
    if len(uncoded) == 1 and side and side not in found:
        # compound side: the event's code is its first member's, so a country that no coded
        # member has is the uncoded member's ("Moscow and Tbilisi agreed" → RUSGOV)
        return (found - {None}) | {side}
    return found


def predicted_labels(article: Article) -> dict[str, set]:
    """The same label sets as :func:`gold_labels`, from a coded article."""
    country = {e.id: _country(e.actor.code if e.actor else None) for e in article.entities}
    types, roots, triples, actor_types, dyads = set(), set(), set(), set(), set()
    for ev in article.events:
        if ev.modality == "negated" or not ev.cameo:
            continue
        if ev.plover:
            types.add(ev.plover)
        roots.add(ev.cameo[:2])
        sources = _side_countries(ev.actor, ev.actor_code, country)
        targets = _side_countries(ev.recipient, ev.recipient_code, country)
        if not ev.recipient and len(sources) > 1 and ev.cameo[:2] in RECIPROCAL_ROOTS:
            # reciprocal ("X and Y met"): every ordered pair, as the gold
            pairs = {(a, b) for a in sources for b in sources if a != b}
        else:
            pairs = {(a, b) for a in sources for b in targets}
        triples |= {(a, b, ev.cameo[:2]) for a, b in pairs}
        dyads |= pairs
        if ev.plover:
            actor_types |= {(a, b, ev.plover) for a, b in pairs}
    return {"plover": types, "root": roots, "triple": triples, "actor_type": actor_types,
            "dyad": dyads}


def run_sentence(pipeline, item: GoldItem) -> Article:
    from ..annotate.nlp import analyse_one

    article = Article(id=article_id(item.text), text=item.text,
                      source=Source(uri=item.id, format="txt", published=item.date))
    return pipeline.apply(article, analyse_one(item.text))


def events_pipeline(actors=None):
    """The default pipeline cut down to the steps the events step needs, in order; ``actors``
    (a file or files) extends the actor vocabulary as ``--actors`` does."""
    from ..pipeline import Pipeline, PipelineConfig

    steps = Pipeline.default(PipelineConfig(actors_file=actors) if actors else None).steps
    needed = {"events"}
    kept = []
    for step in reversed(steps):
        if needed & set(step.assigns):
            kept.append(step)
            needed |= set(step.requires)
    return Pipeline(list(reversed(kept)))


def evaluate_events(gold: str | Path, *, split: Split = "dev", pipeline=None,
                    actors=None, corpora=None) -> EventScores:
    """Score the events pipeline (or ``pipeline``) against a gold JSONL file (``corpora``: the
    root that ``ref`` records point into)."""
    pipeline = pipeline or events_pipeline(actors)
    scores = EventScores()
    skipped: list = []
    for item in load_gold(gold, split, skipped, corpora):
        article = run_sentence(pipeline, item)
        g, p = gold_labels(item), predicted_labels(article)
        scores.sentences += 1
        n_pred = sum(1 for e in article.events if e.modality != "negated" and e.cameo)
        n_gold = max(len(g["plover"]), len(g["root"])) if item.expect == "events" else 0
        scores.detected.add(["event"] * n_pred, ["event"] * n_gold)
        if item.expect == "no_events":
            scores.extra += n_pred
        scores.plover.add(p["plover"], g["plover"])
        scores.per_type.add(p["plover"], g["plover"])
        scores.actor_type.add(p["actor_type"], g["actor_type"])
        scores.dyad.add(p["dyad"], g["dyad"])
        if g["root"] or item.expect == "no_events":
            scores.root.add(p["root"], g["root"])
            scores.per_root.add(p["root"], g["root"])
            scores.triple.add(p["triple"], g["triple"])
        if item.plover_version == "0.5b1":
            scores.root_proxy_sentences += 1
            score_root_proxy(scores.root_proxy, p["root"], g["root_proxy"])
    scores.not_included = len(skipped)
    return scores


def evaluate(gold: str | Path, *, split: Split = "dev", actors=None, corpora=None) -> dict:
    """The harness entry point used by ``eventwire eval events`` (``--actors`` files,
    ``--corpora`` root)."""
    return evaluate_events(gold, split=split, actors=actors, corpora=corpora).to_dict()


def render(figures: dict, console) -> None:
    from .common import prf_table

    console.print(f"{figures.get('gold')} split={figures.get('split')}: "
                  f"{figures['sentences']} sentences, {figures['extra_events']} events in "
                  "sentences whose gold has none")
    if figures.get("not_included"):
        console.print(f"{figures['not_included']} unit-test records outside the file's <Include> "
                      "list left out")
    console.print(prf_table("overall", {k: figures[k] for k in ("detected", "plover", "root", "triple",
                                                              "actor_type", "dyad", "root_proxy")
                                              if k in figures}))
    console.print(prf_table("per PLOVER type", figures["per_type"]))
    console.print(prf_table("per CAMEO root", figures["per_root"]))
