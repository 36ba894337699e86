"""An article's text cut into highlightable segments, and its events as display rows.

Items overlap (an entity inside a quote inside a framing span), so the text is split at every
item boundary; each segment lists every item covering it. Event sentence boundaries are cut
too, so clicking an event can highlight its sentence segment by segment.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..record import Article

#: Highlight kinds in drawing priority (the first covering kind gives the background).
KINDS = ("entity", "place", "date", "amount", "quote", "framing", "trigger")


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str
    label: str  # what hovering shows


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    text: str
    marks: tuple[Mark, ...] = field(default=())

    @property
    def kinds(self) -> list[str]:
        present = {m.kind for m in self.marks}
        return [k for k in KINDS if k in present]

    @property
    def title(self) -> str:
        return "\n".join(f"{m.kind}: {m.label}" for m in self.marks)


def _join(*parts: object) -> str:
    return " · ".join(str(p) for p in parts if p not in (None, "", ()))


def marks(article: Article) -> list[Mark]:
    """Every highlightable range of ``article`` with its hover label."""
    found: list[Mark] = []
    for e in article.entities:
        code = e.actor.code if e.actor else None
        found += [Mark(m.start, m.end, "entity", _join(e.name, e.type, code)) for m in e.mentions]
    for p in article.places:
        found += [Mark(m.start, m.end, "place", _join(p.name, p.feature, p.country))
                  for m in p.mentions]
    found += [Mark(d.start, d.end, "date", _join(d.value, d.type, d.anchor)) for d in article.dates]
    found += [Mark(a.start, a.end, "amount", _join(a.value, a.unit, a.object, a.action))
              for a in article.amounts]
    found += [Mark(q.start, q.end, "quote", _join(q.kind, q.speaker_text, q.cue))
              for q in article.quotes]
    found += [Mark(f.start, f.end, "framing", f.technique) for f in article.framing]
    found += [Mark(v.trigger.start, v.trigger.end, "trigger",
                   _join(v.id, v.cameo, v.plover, v.modality)) for v in article.events]
    return [m for m in found if 0 <= m.start < m.end <= len(article.text)]


def segments(article: Article) -> list[Segment]:
    """``article.text`` cut at every mark and event-sentence boundary; concatenated, the text."""
    found = marks(article)
    text = article.text
    cuts = {0, len(text)}
    for m in found:
        cuts.update((m.start, m.end))
    for v in article.events:
        cuts.update((min(v.sentence.start, len(text)), min(v.sentence.end, len(text))))
    bounds = sorted(cuts)
    return [
        Segment(a, b, text[a:b], tuple(m for m in found if m.start <= a and b <= m.end))
        for a, b in zip(bounds, bounds[1:])
    ]


def event_rows(article: Article) -> list[dict[str, object]]:
    """One display row per event: who did what to whom, where and when, with its sentence."""
    names = {e.id: e.name for e in article.entities}
    places = {p.id: p.name for p in article.places}
    return [
        {
            "id": v.id, "start": v.sentence.start, "end": v.sentence.end,
            "trigger": v.trigger.text,
            "actor": _join(", ".join(names.get(i, i) for i in v.actor), v.actor_code),
            "recipient": _join(", ".join(names.get(i, i) for i in v.recipient), v.recipient_code),
            "cameo": v.cameo, "plover": _join(v.plover, v.plover_mode),
            "place": places.get(v.place or "", None), "date": v.date, "modality": v.modality,
            "goldstein": v.goldstein, "quad_class": v.quad_class,
        }
        for v in article.events
    ]
