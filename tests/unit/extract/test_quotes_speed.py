"""The quotes step's cheap path: light parses, a plan made once, the same records either way."""

from __future__ import annotations

from eventwire.annotate.nlp import Analysis
from eventwire.extract.quotes import PLAN_KEY, QuotesStep, extract_quotes, pos_words

TEXT = ("Officials said the army had been deployed to help residents. Heavy rain fell on Monday.\n\n"
        "“We are doing everything we can,” the governor told reporters. Critics argued that the "
        "warnings had come far too late for the villages.")


def test_pos_words_are_the_one_word_cues():
    words = pos_words()
    assert {"said", "told", "argued"} <= words
    assert all(" " not in w for w in words)


def test_quotes_leave_light_parses_that_a_full_request_completes(analyse, make_article):
    analysis = analyse(TEXT)
    extract_quotes(make_article(TEXT), analysis)
    assert analysis._parsed and set(analysis._light) == set(analysis._parsed)
    said = next(t for p in analysis._parsed.values() for t in p.doc if t.text == "said")
    assert said.pos_ == "VERB" and not said.lemma_
    sentence = next(s for s in analysis.sentences if s.text.startswith("Officials"))
    full = analysis.parse([sentence])[0]
    assert [t.lemma_ for t in full.doc][:3] == ["official", "say", "the"]


def test_prepare_then_run_equals_run_alone(analyse, make_article):
    article = make_article(TEXT)
    alone = QuotesStep()(article, analyse(TEXT))
    analysis = analyse(TEXT)
    step = QuotesStep()
    step.prepare([(article, analysis)])
    assert analysis.memo[PLAN_KEY][0] == TEXT
    prepared = step(article, analysis)
    assert prepared.quotes == alone.quotes and prepared.attributions == alone.attributions
    assert [q.kind for q in prepared.quotes] == ["indirect", "direct", "indirect"]


def test_plan_is_not_reused_for_another_text(analyse, make_article):
    analysis = analyse(TEXT)
    QuotesStep().prepare([(make_article(TEXT), analysis)])
    other = "Police said the road would reopen on Friday morning."
    result = QuotesStep()(make_article(other), Analysis(analyse(other).doc, memo=dict(analysis.memo)))
    assert [q.text for q in result.quotes] == ["the road would reopen on Friday morning"]


def _texts(text):
    from eventwire.extract.quote_marks import find_quotes

    return [text[q.start:q.end] for q in find_quotes(text)]


def test_quote_marks_jump_between_marks_with_the_same_pairing_rules():
    assert _texts("He said “we will win” and „nobody doubts it“ today.") == ["we will win", "nobody doubts it"]
    # an opening never closed before a new opening is dropped; the second one pairs
    assert _texts("An “odd start and then “a real quote” here.") == ["a real quote"]
    # a straight quote is not stopped by a curly opening inside it
    assert _texts('She said "it was «fine» really" later.') == ["it was «fine» really"]
    assert _texts("No marks at all in this line.") == []
