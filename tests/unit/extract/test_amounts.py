"""Amounts: money and counts, with values, units, hedges, objects and actions."""

from __future__ import annotations

import pytest

from eventwire.extract.amounts import AmountsStep, extract_amounts, object_after
from eventwire.record import offset_errors

# (sentence, span, value, value_max, unit, approximate)
MONEY = [
    ("Beijing announced a $62 billion investment plan for the corridor.", "$62 billion", 62e9, None, "USD", None),
    ("The fund lost US$1.2 trillion in the crash.", "US$1.2 trillion", 1.2e12, None, "USD", None),
    ("The ministry paid €3.5m to the contractor.", "€3.5m", 3.5e6, None, "EUR", None),
    ("Britain pledged £62bn for defence.", "£62bn", 62e9, None, "GBP", None),
    ("The state will spend Rs 500 crore on flood relief in Assam.", "Rs 500 crore", 5e9, None, "INR", None),
    ("Farmers received Rs 2 lakh each from the Indian government.", "Rs 2 lakh", 2e5, None, "INR", None),
    ("The province lost Rs 300 million in Pakistan's floods.", "Rs 300 million", 3e8, None, "PKR", None),
    ("Moscow froze ₽40 billion of assets.", "₽40 billion", 40e9, None, "RUB", None),
    ("The bank wrote off ¥800 million in loans.", "¥800 million", 8e8, None, "JPY", None),
    ("Delhi approved ₹1,200 crore for the metro.", "₹1,200 crore", 12e9, None, "INR", None),
    ("The deal is worth two billion dollars, officials said.", "two billion dollars", 2e9, None, "USD", None),
    ("Ankara set aside 10 million lira for the victims.", "10 million lira", 1e7, None, "TRY", None),
    ("Investors poured 300 million yuan into the port.", "300 million yuan", 3e8, None, "CNY", None),
    ("The fine came to 5,000 roubles.", "5,000 roubles", 5e3, None, "RUB", None),
    ("The council approved 45 million euros for housing.", "45 million euros", 45e6, None, "EUR", None),
    ("Brussels released EUR 1.5 billion in grants.", "EUR 1.5 billion", 1.5e9, None, "EUR", None),
    ("The rebuilding will cost $2–3 billion, the UN said.", "$2–3 billion", 2e9, 3e9, "USD", "range"),
    ("Damage was estimated at between $10m and $20m.", "between $10m and $20m", 1e7, 2e7, "USD", "range"),
    ("The army spent about $400 million on drones.", "about $400 million", 4e8, None, "USD", "about"),
    ("Smugglers moved more than $5bn out of the country.", "more than $5bn", 5e9, None, "USD", "more_than"),
    ("The loan could reach up to $3 billion.", "up to $3 billion", 3e9, None, "USD", "at_most"),
    ("Ottawa sent C$40 million in aid to Haiti.", "C$40 million", 4e7, None, "CAD", None),
    ("Canberra offered A$150 million to Pacific states.", "A$150 million", 1.5e8, None, "AUD", None),
    ("The tycoon sold HK$3.2bn of shares.", "HK$3.2bn", 3.2e9, None, "HKD", None),
    ("Taipei budgeted NT$8 billion for shelters.", "NT$8 billion", 8e9, None, "TWD", None),
    ("The company was fined nearly $1 billion.", "nearly $1 billion", 1e9, None, "USD", "less_than"),
    # Wire shorthand (newswire style: "mln", "dlrs", "stg", "cts", pre-euro currencies).
    ("The miner posted a loss of 150 mln dlrs for the year.", "150 mln dlrs", 1.5e8, None, "USD", None),
    ("The utility sold 1.5 billion dlrs of bonds.", "1.5 billion dlrs", 1.5e9, None, "USD", None),
    ("The board approved a 40 mln dlr buyback.", "40 mln dlr", 4e7, None, "USD", None),
    ("The bank raised 2.5 bln dlrs in new capital.", "2.5 bln dlrs", 2.5e9, None, "USD", None),
    ("Coffee futures fell to 20 cts a lb.", "20 cts", 0.2, None, "USD", None),
    ("Net profit per share was 45 cents.", "45 cents", 0.45, None, "USD", None),
    ("The brewer paid 50 mln stg for the chain.", "50 mln stg", 5e7, None, "GBP", None),
    ("Tokyo set aside 300 billion yen for roads.", "300 billion yen", 3e11, None, "JPY", None),
    ("The utility bought 75 mln Canadian dlrs of pipe.", "75 mln Canadian dlrs", 7.5e7, None, "CAD", None),
    ("The Bonn firm lost 400 mln marks last year.", "400 mln marks", 4e8, None, "DEM", None),
    ("The Amsterdam bank lent 90 mln guilders.", "90 mln guilders", 9e7, None, "NLG", None),
    ("France spent 3 billion francs on the rail link.", "3 billion francs", 3e9, None, "FRF", None),
    ("Zurich insurers paid 3 billion francs in claims.", "3 billion francs", 3e9, None, "CHF", None),
    ("Stamps went up by 2 pence each.", "2 pence", 0.02, None, "GBP", None),
    ("Sales reached 67.1 mln dlrs.", "67.1 mln dlrs", 67_100_000, None, "USD", None),  # exact value
]

# (sentence, span, value, approximate, unit, object, action)
COUNTS = [
    ("At least 30 people were killed in the blast.", "At least 30", 30, "at_least", "people", "people", "killed"),
    ("Dozens of protesters were arrested outside parliament.", "Dozens", 24, "at_least", "people", "protesters", "arrested"),
    ("Thousands of troops massed along the border.", "Thousands", 2000, "at_least", "people", "troops", None),
    ("Some 2,000 soldiers were deployed to the region.", "Some 2,000", 2000, "about", "people", "soldiers", None),
    ("Five civilians died when the shell hit the market.", "Five", 5, None, "people", "civilians", "killed"),
    ("The bombing killed 14 and wounded 12.", "12", 12, None, "people", None, "injured"),
    ("Tens of thousands of refugees fled across the river.", "Tens of thousands", 20000, "at_least", "people", "refugees", "displaced"),
    ("The airstrike killed nearly 40 villagers.", "nearly 40", 40, "less_than", "people", "villagers", "killed"),
    ("Police detained 15 Afghan journalists at the airport.", "15", 15, None, "people", "journalists", "arrested"),
    ("Gunmen abducted more than 300 students from the school.", "more than 300", 300, "more_than", "people", "students", "kidnapped"),
    ("A dozen soldiers were wounded in the ambush.", "A dozen", 12, None, "people", "soldiers", "injured"),
    ("The floods displaced 1.5 million people in Sindh.", "1.5 million", 1.5e6, None, "people", "people", "displaced"),
    ("The quake destroyed 120 homes in the valley.", "120", 120, None, "buildings", "homes", "destroyed"),
    ("Militants fired 20 rockets at the town.", "20", 20, None, "munitions", "rockets", None),
    ("Hundreds of migrants were rescued off Libya.", "Hundreds", 200, "at_least", "people", "migrants", "rescued"),
    ("The regime executed three prisoners on Monday.", "three", 3, None, "people", "prisoners", "killed"),
]


def run(text: str, make_article):
    article = make_article(text)
    return AmountsStep()(article, None)


@pytest.mark.parametrize("text,span,value,value_max,unit,approximate", MONEY)
def test_amounts_money_phrasing(make_article, text, span, value, value_max, unit, approximate):
    article = run(text, make_article)
    found = {a.text: a for a in article.amounts}
    assert span in found, [a.text for a in article.amounts]
    amount = found[span]
    assert amount.kind == "money"
    assert amount.value == pytest.approx(value)
    assert (amount.value_max and pytest.approx(amount.value_max)) == (value_max and pytest.approx(value_max))
    assert (amount.unit, amount.approximate) == (unit, approximate)
    assert offset_errors(article) == []


@pytest.mark.parametrize("text,span,value,approximate,unit,obj,action", COUNTS)
def test_amounts_count_phrasing(make_article, text, span, value, approximate, unit, obj, action):
    article = run(text, make_article)
    found = {a.text: a for a in article.amounts}
    assert span in found, [a.text for a in article.amounts]
    amount = found[span]
    assert amount.kind == "count"
    assert amount.value == pytest.approx(value)
    assert (amount.approximate, amount.unit, amount.object, amount.action) == (approximate, unit, obj, action)
    assert offset_errors(article) == []


@pytest.mark.parametrize("text,expected", [
    ("Beijing announced a $62 billion investment plan in the war-torn country.", "investment plan"),
    ("The IMF approved $5bn in aid for Egypt.", "aid"),
    ("Donors pledged $2 billion to rebuild Gaza.", None),
    ("They signed a $40m arms deal with Serbia.", "arms deal"),
    ("The quarterly loss was 67.1 mln dlrs vs profit a year ago.", None),  # "vs" is not an object
])
def test_amounts_money_object(make_article, text, expected):
    article = run(text, make_article)
    assert [a.object for a in article.amounts] == [expected]


@pytest.mark.parametrize("text", [
    "The new multi-billion dollar deal links China and Pakistan.",
    "Billions of dollars have been spent on the war.",
    "The 45-year-old minister was sentenced to 12 years.",
    "The ministry received 500 complaints about the vote.",
    "Protests spread to 12 cities over the weekend.",
    "The share index passed the 2,000 mark on Friday.",  # a level, not Deutsche marks
    "The ship carried 5 m tonnes of grain.",  # a detached "m" is not "million"
])
def test_amounts_leaves_out_unsure(make_article, text):
    assert run(text, make_article).amounts == ()


def test_amounts_two_sums_joined_by_and_stay_apart(make_article):
    article = run("The bank lent $5m and the state added $10m.", make_article)
    assert [(a.text, a.value, a.approximate) for a in article.amounts] == [
        ("$5m", 5e6, None), ("$10m", 1e7, None)]


def test_amounts_function_matches_step(make_article):
    article = make_article("At least 30 people were killed and $62 billion was lost.")
    assert extract_amounts(article) == AmountsStep()(article, None).amounts


def test_amounts_object_stops_at_function_word():
    text = "$5m to build schools"
    assert object_after(text, 3) is None


def test_amounts_scaled_values_are_exact_decimals():
    from eventwire.extract.amounts_vocab import scaled

    assert scaled("67.1", "mln") == 67_100_000.0
    assert scaled("0.3", " billion") == 300_000_000.0


def test_a_percentage_is_not_a_sum_of_money(make_article):
    amounts = run("Output of the plant rose 12 pct in the quarter.", make_article).amounts
    assert [(a.text, a.kind, a.unit) for a in amounts] == [("12 pct", "quantity", "percent")]
