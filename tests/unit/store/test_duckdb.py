"""The store keeps records whole: what goes in comes back identical, duplicates are no-ops."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.record import (
    Actor, Amount, Article, Attribution, Boilerplate, DateRef, Entity, Event, Framing, Mention,
    Place, Quote, Source, Span, Tone, Warning, article_id,
)
from eventwire.store.duckdb import Store

words = st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=0x2FF), max_size=12)
maybe = lambda s: st.none() | s  # noqa: E731
small = st.integers(min_value=0, max_value=10_000)
fin = st.floats(allow_nan=False, allow_infinity=False, min_value=-1e12, max_value=1e12)
mention = st.builds(Mention, start=small, end=small, text=words)
actor = st.builds(Actor, code=maybe(words), country=maybe(words),
                  sectors=st.tuples(words), group=maybe(words), description=maybe(words))
entity = st.builds(Entity, id=words, name=words, type=words,
                   mentions=st.lists(mention, max_size=3).map(tuple), actor=maybe(actor),
                   confidence=maybe(fin))
place = st.builds(Place, id=words, name=words, geonameid=maybe(small), country=maybe(words),
                  lat=maybe(fin), lon=maybe(fin), mentions=st.lists(mention, max_size=2).map(tuple))
date = st.builds(DateRef, start=small, end=small, text=words, value=words,
                 granularity=maybe(st.sampled_from(["day", "year"])))
amount = st.builds(Amount, start=small, end=small, text=words, value=maybe(fin), unit=maybe(words))
quote = st.builds(Quote, start=small, end=small, text=words, speaker=maybe(words))
attribution = st.builds(Attribution, start=small, end=small, text=words, cue=maybe(words))
event = st.builds(Event, id=words, sentence=st.builds(Span, start=small, end=small),
                  trigger=mention, actor=st.lists(words, max_size=2).map(tuple),
                  cameo=maybe(words), goldstein=maybe(fin), quad_class=maybe(small))
framing = st.builds(Framing, start=small, end=small, text=words, technique=words)


@st.composite
def articles(draw):
    text = draw(st.text(min_size=1, max_size=200))
    return Article(
        id=article_id(text),
        source=Source(uri=draw(words), format="txt", published=draw(maybe(words))),
        title=draw(maybe(words)), authors=tuple(draw(st.lists(words, max_size=2))), text=text,
        boilerplate=tuple(draw(st.lists(st.builds(Boilerplate, text=words, reason=words), max_size=2))),
        entities=tuple(draw(st.lists(entity, max_size=2))),
        places=tuple(draw(st.lists(place, max_size=2))),
        dates=tuple(draw(st.lists(date, max_size=2))),
        amounts=tuple(draw(st.lists(amount, max_size=2))),
        quotes=tuple(draw(st.lists(quote, max_size=2))),
        attributions=tuple(draw(st.lists(attribution, max_size=2))),
        events=tuple(draw(st.lists(event, max_size=2))),
        tone=draw(maybe(st.builds(Tone, tone=fin, word_count=small))),
        framing=tuple(draw(st.lists(framing, max_size=2))),
        themes=tuple(draw(st.lists(words, max_size=2))),
        warnings=tuple(draw(st.lists(st.builds(Warning, code=words, message=words), max_size=1))),
        steps=tuple(draw(st.lists(words, max_size=3))),
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article=articles())
def test_duckdb_round_trip_gives_the_same_record(article):
    with Store(":memory:") as store:
        store.write([article])
        assert store.read(article.id).to_dict() == article.to_dict()


def test_duckdb_duplicate_is_a_no_op(make_article):
    article = make_article("Officials met in Geneva on Tuesday to discuss the ceasefire.")
    with Store(":memory:") as store:
        assert store.write([article, article]) == [True, False]
        assert store.write([article]) == [False]
        assert store.count() == 1


def test_duckdb_failed_batch_leaves_nothing(make_article, monkeypatch):
    """A write that fails half-way (after the articles table) rolls the whole batch back."""
    import eventwire.store.duckdb as mod

    real = mod._to_arrow

    def fail_on_mentions(rows, schema):
        if "item_id" in schema.names:
            raise RuntimeError("disk full")
        return real(rows, schema)

    ent = Entity(id="e1", name="Nairobi", type="GPE", mentions=(Mention(start=0, end=7, text="Nairobi"),))
    article = make_article("Nairobi saw protesters gather outside parliament on Monday.", entities=(ent,))
    with Store(":memory:") as store:
        monkeypatch.setattr(mod, "_to_arrow", fail_on_mentions)
        try:
            store.write([article])
        except RuntimeError:
            pass
        monkeypatch.undo()
        assert store.count("articles") == 0 and store.count("entities") == 0


def test_duckdb_mentions_table_indexes_entity_mentions(make_article):
    text = "Kenya and Uganda signed a trade pact. Kenya hailed it."
    ents = (Entity(id="e1", name="Kenya", type="GPE",
                   mentions=(Mention(start=0, end=5, text="Kenya"), Mention(start=38, end=43, text="Kenya"))),)
    with Store(":memory:") as store:
        store.write([make_article(text, entities=ents)])
        rows = store.sql("SELECT start, text FROM mentions WHERE item_id = 'e1' ORDER BY ord")
        assert rows == [{"start": 0, "text": "Kenya"}, {"start": 38, "text": "Kenya"}]


def test_duckdb_store_from_an_older_release_gains_new_columns(make_article, tmp_path):
    """SCHEMA.md lets fields be added: a store written before ``Article.steps`` existed opens,
    its old rows read back with the field's default, and new records keep theirs."""
    path = tmp_path / "old.duckdb"
    old = make_article("Delegations from Chile and Peru met in Lima on Monday.")
    with Store(path) as store:
        store.write([old])
        store.con.execute('ALTER TABLE articles DROP COLUMN "steps"')  # as an older release left it
    new = make_article("Ghana and Togo reopened their border crossing on Friday.",
                       steps=("spacy:model-1.0", "eventwire.events.v9"))
    with Store(path) as store:
        assert store.read(old.id).steps == ()
        store.write([new])
        assert store.read(new.id).steps == ("spacy:model-1.0", "eventwire.events.v9")
    with Store(path, read_only=True) as store:
        assert store.read(new.id) == new
