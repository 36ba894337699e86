"""The domestic step parses only sentences with a phrase that can survive the checks needing no
parse (``role_plan``), and its batch ``prepare`` gives the same result as running it alone.
Stories are invented; the first sentences give the UK as home country."""

from __future__ import annotations

from eventwire.extract.actors_domestic import DomesticActorsStep, role_plan


def _upstream(analyse, make_article, text):
    from eventwire.extract.entities import EntitiesStep
    from eventwire.extract.places import PlacesStep

    analysis = analyse(text)
    article = make_article(text, published="2005-03-01")
    for step in (EntitiesStep(), PlacesStep()):
        article = step(article, analysis)
    return article, analysis


def _codes(article) -> dict:
    return {m.text: (e.actor.code if e.actor else None) for e in article.entities for m in e.mentions}


def test_plan_keeps_only_sentences_with_a_free_phrase(analyse, make_article, opening):
    text = opening["UK"] + "The weather was fine. MPs voted against the plan on Monday."
    article, analysis = _upstream(analyse, make_article, text)
    home, planned = role_plan(article, analysis)
    assert home == "GBR"
    assert [sent.text for sent, _ in planned] == ["MPs voted against the plan on Monday."]
    (_, phrases), = planned
    assert [(text[s:e], sectors) for _, _, sectors, s, e in phrases] == [("MPs", ("LEG",))]


def test_plan_is_none_without_a_role_word(analyse, make_article, opening):
    article, analysis = _upstream(analyse, make_article, opening["UK"] + "The weather was fine on Monday.")
    assert role_plan(article, analysis) is None


def test_prepare_then_call_matches_call_alone(analyse, make_article, opening):
    text = opening["UK"] + "MPs voted against the plan. Police arrested two men on Friday."
    step = DomesticActorsStep()
    article, analysis = _upstream(analyse, make_article, text)
    alone = step(article, analysis)
    article, analysis = _upstream(analyse, make_article, text)
    step.prepare([(article, analysis)])
    assert step.name in analysis.memo
    prepared = step(article, analysis)
    assert _codes(prepared) == _codes(alone)
    assert _codes(prepared)["MPs"] == "GBRLEG" and _codes(prepared)["Police"] == "GBRCOP"
    assert step.name not in analysis.memo
