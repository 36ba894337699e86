"""Percentages and measures are amounts of kind "quantity": value as written, canonical unit."""

from __future__ import annotations

import pytest

from eventwire.extract.amounts import AmountsStep, extract_amounts
from eventwire.record import offset_errors

# (sentence, span, value, value_max, unit, approximate, object)
QUANTITIES = [
    ("Unemployment rose to 12.5% in March.", "12.5%", 12.5, None, "percent", None, None),
    ("Inflation eased to 4 %, the bank said.", "4 %", 4.0, None, "percent", None, None),
    ("Exports fell 3 pct in January.", "3 pct", 3.0, None, "percent", None, None),
    ("The party won 41 per cent of the vote.", "41 per cent", 41.0, None, "percent", None, None),
    ("Turnout was five percent lower than in 2019.", "five percent", 5.0, None, "percent", None, None),
    ("Its lead grew by two percentage points.", "two percentage points", 2.0, None, "percentage_point", None, None),
    ("The central bank raised rates by 50 basis points.", "50 basis points", 50.0, None, "basis_point", None, None),
    ("The economy shrank -0.4% in the quarter.", "-0.4%", -0.4, None, "percent", None, None),
    ("Prices could rise 10-15% next year.", "10-15%", 10.0, 15.0, "percent", "range", None),
    ("Support stood between 30 and 35 percent.", "between 30 and 35 percent", 30.0, 35.0, "percent", "range", None),
    ("Yields moved from 5% to 7% within a week.", "5% to 7%", 5.0, 7.0, "percent", "range", None),
    ("About 60 per cent of voters backed the plan.", "About 60 per cent", 60.0, None, "percent", "about", "voters"),
    ("The ship carried 40,000 tonnes of wheat to Alexandria.", "40,000 tonnes", 40000.0, None, "tonne", None, "wheat"),
    ("Police seized 300 kilograms of cocaine.", "300 kilograms", 300.0, None, "kg", None, "cocaine"),
    ("They built a 300-km pipeline across the desert.", "300-km", 300.0, None, "km", None, "pipeline"),
    ("The convoy drove 40 miles north.", "40 miles", 40.0, None, "mile", None, None),
    ("Fires burned more than 20,000 hectares of forest.", "more than 20,000 hectares", 20000.0, None, "ha", "more_than", "forest"),
    ("The field pumps 2 million barrels per day.", "2 million barrels per day", 2e6, None, "barrel_per_day", None, None),
    ("Output reached 1.2 million bpd in June.", "1.2 million bpd", 1.2e6, None, "barrel_per_day", None, None),
    ("The pipeline carries 55 bcm of gas a year.", "55 bcm", 55.0, None, "m3_billion", None, "gas"),
    ("The new dam adds 800 MW to the grid.", "800 MW", 800.0, None, "MW", None, None),
    ("Temperatures hit 48°C in the capital.", "48°C", 48.0, None, "degC", None, None),
    ("The island covers 1,500 square kilometres.", "1,500 square kilometres", 1500.0, None, "km2", None, None),
]


@pytest.mark.parametrize("sentence,span,value,value_max,unit,approx,obj", QUANTITIES)
def test_quantity_phrasings(make_article, sentence, span, value, value_max, unit, approx, obj):
    article = make_article(sentence)
    found = [a for a in extract_amounts(article) if a.kind == "quantity"]
    assert [a.text for a in found] == [span]
    (amount,) = found
    assert (amount.value, amount.value_max, amount.unit, amount.approximate) == (value, value_max, unit, approx)
    assert amount.object == obj
    assert offset_errors(article.model_copy(update={"amounts": tuple(found)})) == []


@pytest.mark.parametrize("sentence", [
    "The 5 mw label is not megawatts.",           # abbreviations match only as written
    "He walked 100 m to the gate.",                # a bare "m" is never a unit (million? metres?)
    "The percentage of voters is unknown.",        # no number, no quantity
    "Percent signs alone: % and pct.",
    "The referee Quittenton waved play on.",        # "ten" inside a name is no number ("ten ton")
])
def test_not_quantities(make_article, sentence):
    assert [a for a in extract_amounts(make_article(sentence)) if a.kind == "quantity"] == []


def test_money_wins_over_a_quantity_reading(make_article):
    article = make_article("The fund lost $5 billion, 12% of its assets.")
    kinds = [(a.text, a.kind) for a in extract_amounts(article)]
    assert kinds == [("$5 billion", "money"), ("12%", "quantity")]


def test_step_keeps_counts_beside_quantities(make_article):
    article = make_article("At least 30 people were killed and 40% of homes destroyed.")
    amounts = AmountsStep()(article, None).amounts
    assert [(a.kind, a.value) for a in amounts] == [("count", 30.0), ("quantity", 40.0)]
