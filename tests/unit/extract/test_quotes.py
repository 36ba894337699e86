"""Quotes: quote marks, speakers (after, before, colon, pronoun, role), scare and indirect quotes."""

from __future__ import annotations

import pytest

from eventwire.extract.quote_marks import find_quotes
from eventwire.extract.quotes import QuotesStep, extract_quotes
from eventwire.record import Entity, Mention, offset_errors


@pytest.fixture
def quoted(analyse, make_article):
    """Run QuotesStep over ``text`` with entities taken from the scan NER (one entity per name)."""

    def run(text: str):
        analysis = analyse(text)
        grouped: dict[tuple[str, str], list[Mention]] = {}
        for ent in analysis.doc.ents:
            mention = Mention(start=ent.start_char, end=ent.end_char, text=ent.text)
            grouped.setdefault((ent.text, ent.label_), []).append(mention)
        entities = tuple(
            Entity(id=f"e{n}", name=name, type=label, mentions=tuple(mentions))
            for n, ((name, label), mentions) in enumerate(grouped.items(), start=1)
        )
        article = QuotesStep()(make_article(text, entities=entities), analysis)
        assert offset_errors(article) == []
        names = {entity.id: entity.name for entity in article.entities}
        return article, names

    return run


def _only(article, kind: str):
    found = [q for q in article.quotes if q.kind == kind]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    "text, content",
    [
        ("He said: “We will stay.” Then he left.", "We will stay"),
        ('Officials said "the road is closed," and left.', "the road is closed"),
        ("La ministre a dit «nous resterons ici» hier.", "nous resterons ici"),
        ("It offers loans to countries that ‘welcome’ it.", "welcome"),
    ],
)
def test_quotes_marks_give_inner_span(text, content):
    spans = find_quotes(text)
    assert [text[s.start:s.end] for s in spans] == [content]


def test_quotes_marks_run_on_paragraph():
    text = "“The first part goes on.\n\n“The second part ends here,” she said."
    spans = find_quotes(text)
    assert [text[s.start:s.end] for s in spans] == ["The first part goes on", "The second part ends here"]


def test_quotes_marks_keep_apostrophes_out():
    assert find_quotes("China’s ministry and the Taliban’s leaders met.") == []


@pytest.mark.parametrize(
    "text, speaker, cue",
    [
        ("“We will not retreat from the capital,” said Defence Minister Ali Hassan.", "Ali Hassan", "said"),
        ("“The offensive has already begun,” Fatima Yusuf told reporters in Nairobi.", "Fatima Yusuf", "told"),
        ("“Nobody was hurt,” Mayor Carlos Mendez said on Friday.", "Carlos Mendez", "said"),
        ("Prime Minister Imran Khan said: “Pakistan wants peace in Afghanistan.”", "Imran Khan", "said"),
        (
            "Before the talks, Germany’s Foreign Office said it hoped both sides would join the "
            "“ceasefire and reconstruction process.”",
            "Germany’s Foreign Office",
            "said",
        ),
        (
            "Al Jazeera, in its coverage, commented on the vote, saying: “The result was a surprise for Tehran.”",
            "Al Jazeera",
            "saying",
        ),
    ],
)
def test_quotes_speaker_forms(quoted, text, speaker, cue):
    article, names = quoted(text)
    quote = _only(article, "direct")
    assert names[quote.speaker] == speaker
    assert quote.cue == cue


@pytest.mark.parametrize(
    "text, speaker, speaker_text",
    [
        (
            "Interior Minister Fatima Yusuf visited the front line on Monday. "
            "“Our forces are ready for anything,” she added.",
            "Fatima Yusuf",
            "she",
        ),
        (
            "The army spokesman, Colonel Omar Abdi, met reporters in Mogadishu. "
            "“The city is secure,” the spokesman said.",
            "Omar Abdi",
            "the spokesman",
        ),
    ],
)
def test_quotes_pronoun_and_role_resolve_to_person(quoted, text, speaker, speaker_text):
    article, names = quoted(text)
    quote = _only(article, "direct")
    assert names[quote.speaker] == speaker
    assert quote.speaker_text == speaker_text


@pytest.mark.parametrize(
    "text, content",
    [
        ("The Taliban are now seeking international “legitimacy” as they advance.", "legitimacy"),
        ("Beijing extended its “Belt and Road” corridor through the region.", "Belt and Road"),
        ("It offers gigantic loans to countries that ‘welcome’ it.", "welcome"),
    ],
)
def test_quotes_short_phrases_are_scare_quotes(quoted, text, content):
    article, _ = quoted(text)
    quote = _only(article, "scare")
    assert (quote.text, quote.speaker, quote.cue) == (content, None, None)


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        ("Kenyan police said that at least 40 people had been killed in the attack.",
         "at least 40 people had been killed in the attack", "Kenyan"),
        ("President Emmanuel Macron said France would send more troops to Mali.",
         "France would send more troops to Mali", "Emmanuel Macron"),
    ],
)
def test_quotes_indirect_speech(quoted, text, content, speaker):
    article, names = quoted(text)
    quote = _only(article, "indirect")
    assert quote.text == content
    assert names[quote.speaker] == speaker


def test_quotes_plain_function_matches_step(analyse, make_article):
    text = "“Talks will continue,” said envoy Martin Griffiths."
    article = make_article(text)
    quotes, attributions = extract_quotes(article, analyse(text))
    assert [q.text for q in quotes] == ["Talks will continue"]
    assert QuotesStep()(article, analyse(text)).quotes == quotes


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("“The dam will hold,” engineer Li Wei said. “We checked it twice this morning.”", "Li Wei"),
        ("“Aid is on its way,” said Minister Grace Otieno.\n\n“The first trucks left Mombasa at dawn today.”",
         "Grace Otieno"),
    ],
)
def test_quotes_continuation_inherits_speaker(quoted, text, speaker):
    article, names = quoted(text)
    direct = [q for q in article.quotes if q.kind == "direct"]
    assert len(direct) == 2
    assert [names.get(q.speaker) for q in direct] == [speaker, speaker]


def test_quotes_continuation_needs_an_attributed_quote_before(quoted):
    article, _ = quoted("The report was long. “Nobody expected the floods to reach the capital so fast.”")
    assert [q.speaker for q in article.quotes] == [None]


def test_quotes_parse_only_sentences_that_can_hold_speech(analyse, make_article):
    text = ("Heavy rain fell across the north on Monday. Rivers burst their banks near Lahore. "
            "Officials said the army had been deployed to help residents.")
    analysis = analyse(text)
    extract_quotes(make_article(text), analysis)
    parsed = [text[start:end] for start, end in analysis._parsed]
    assert parsed == ["Officials said the army had been deployed to help residents."]
