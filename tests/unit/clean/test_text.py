"""clean.text: normalisation and line-level cleaning of plain article text."""

from __future__ import annotations

import pytest

from eventwire.clean.text import clean_text, normalize_text
from eventwire.record import Boilerplate

PARAGRAPHS = [
    "Sudan's army said on Sunday it had retaken the main bridge linking Khartoum and Omdurman "
    "after weeks of fighting with the paramilitary Rapid Support Forces.",
    "“We will not negotiate while our cities are occupied,” army spokesman Nabil Abdallah told "
    "reporters, adding that the operation would continue.",
    "The United Nations says more than eight million people have fled their homes since the "
    "war began in April last year.",
]
BODY = "\n\n".join(PARAGRAPHS)


@pytest.mark.parametrize(
    "raw,expected",
    [
        ("One.\r\nTwo.\rThree.", "One.\nTwo.\nThree."),
        ("One.   \n\n\n\n\nTwo.\t ", "One.\n\nTwo."),
        ("\n\n  One.\n\n", "One."),
        ("Cafe\u0301 in Beyrouth", "Café in Beyrouth"),
        ("“Quoted” and ‘scare’ stay curly", "“Quoted” and ‘scare’ stay curly"),
        ("12\xa0000 people\u200b fled", "12 000 people fled"),
        ("bell\x07 and\x00 nul", "bell and nul"),
    ],
)
def test_text_normalize(raw, expected):
    assert normalize_text(raw) == expected


def test_text_furniture_removed_and_recorded():
    raw = f"{PARAGRAPHS[0]}\n\nAdvertisement\n\n{PARAGRAPHS[1]}\n\nShare this article\n\n{PARAGRAPHS[2]}\n\nSign up to receive our latest news!\n\nBy submitting this form, I agree to the terms."
    cleaned = clean_text(raw)
    assert cleaned.text == BODY
    assert [(b.reason, b.text) for b in cleaned.boilerplate] == [
        ("advert", "Advertisement"),
        ("share", "Share this article"),
        ("newsletter", "Sign up to receive our latest news!"),
        ("consent", "By submitting this form, I agree to the terms."),
    ]


@pytest.mark.parametrize(
    "head,title,authors,date_text",
    [
        ("Sudan army retakes key Khartoum bridge\n\nBy Khalid Abdelaziz | Reuters\n\nPublished: 3 March 2024\n\n",
         "Sudan army retakes key Khartoum bridge", ("Khalid Abdelaziz",), "3 March 2024"),
        ("Sudan Army Retakes Key Bridge\n\n", "Sudan Army Retakes Key Bridge", (), None),
        ("By Jane Doe and John Roe\nMarch 3, 2024\n\n", None, ("Jane Doe", "John Roe"), "March 3, 2024"),
        ("", None, (), None),
        ("Sudan army retakes key Khartoum bridge\n", None, (), None),  # no blank line after: not a title
    ],
)
def test_text_title_byline_dateline(head, title, authors, date_text):
    cleaned = clean_text(head + BODY)
    assert (cleaned.title, cleaned.authors, cleaned.date_text) == (title, authors, date_text)
    assert cleaned.text.endswith(BODY)
    if title:
        assert title not in cleaned.text


def test_text_nothing_lost_silently():
    raw = ("Sudan army retakes bridge\n\nBy Jane Doe\n\nRead more: Sudan talks stall\n\n" + BODY
           + "\n\nRelated: Chad border crossings\n\n© 2024 Example News")
    cleaned = clean_text(raw)
    kept = {cleaned.title, *cleaned.text.split("\n"), *(b.text for b in cleaned.boilerplate)}
    assert all(line in kept for line in normalize_text(raw).split("\n") if line)


def test_text_known_title_line_dropped():
    cleaned = clean_text("Sudan army retakes bridge\n" + BODY, known_title="Sudan Army Retakes Bridge")
    assert cleaned.text == BODY and cleaned.title == "Sudan army retakes bridge"


def test_text_byline_only_in_header():
    late = BODY + "\n\nBy Jane Doe"
    head_count = 8
    cleaned = clean_text("\n\n".join(PARAGRAPHS * head_count) + "\n\n" + late)
    assert cleaned.authors == () and cleaned.text.endswith("By Jane Doe")


@pytest.mark.parametrize("second_line", [
    "By Maya Hartono and Daniel Reeve", "Published: 21 May 2024", "Share this article",
])
def test_text_title_directly_above_a_byline_or_dateline(second_line):
    body = ("Indonesia and Australia sign maritime pact\n" + second_line + "\n\n"
            "JAKARTA — The foreign ministers of both countries signed a maritime security "
            "agreement on Monday that commits their navies to joint patrols in the Arafura Sea.")
    cleaned = clean_text(body)
    assert cleaned.title == "Indonesia and Australia sign maritime pact"
    assert not cleaned.text.startswith("Indonesia and Australia")


def test_text_first_sentence_followed_by_prose_is_not_a_title():
    body = ("Officials in Nairobi said on Monday the talks would resume\n"
            "after a pause of two weeks, according to the foreign ministry, which gave no reason.")
    assert clean_text(body).title is None


@pytest.mark.parametrize(
    "tail,removed",
    [
        # a link list after its header goes with it; the prose after the list stays
        ("You may also like...\n\nSudan talks stall in Jeddah\n\nWho is Hemedti?", 3),
        ("DON'T MISS\n\nFloods in Darfur displace thousands [PICTURES]\n\nRSF accused of looting aid [LATEST]", 3),
        ("Tags\n\nSudan, Khartoum, RSF, civil war", 2),
    ],
)
def test_text_link_list_after_header_removed(tail, removed):
    cleaned = clean_text(f"{PARAGRAPHS[0]}\n\n{tail}\n\n{PARAGRAPHS[1]}\n\n{PARAGRAPHS[2]}")
    assert cleaned.text == BODY
    assert len(cleaned.boilerplate) == removed
    assert {b.reason for b in cleaned.boilerplate} == {"related"}


def test_text_link_list_stops_at_prose():
    prose = "Related talks in Jeddah collapsed last month after both sides accused each other."
    cleaned = clean_text(f"{PARAGRAPHS[0]}\n\nRelated\n\n{prose}\n\n{PARAGRAPHS[1]}")
    assert prose in cleaned.text and PARAGRAPHS[1] in cleaned.text
    assert [b.text for b in cleaned.boilerplate] == ["Related"]


def test_text_title_repeated_later_is_removed():
    title = "Sudan army retakes Khartoum bridge"
    raw = f"{title}\n\n{PARAGRAPHS[0]}\n\n{PARAGRAPHS[1]}\n\n{title}\n\n{PARAGRAPHS[2]}"
    cleaned = clean_text(raw, known_title=title)
    assert cleaned.text == BODY and cleaned.title == title
    assert [(b.reason, b.text) for b in cleaned.boilerplate] == [("title-repeat", title)]


CAPS_PROSE = (
    "Lawmakers in Nairobi voted on Tuesday to extend the state of emergency by three months.\n\n"
    "{line}\n\n"
    "The opposition said it would challenge the vote in the High Court."
)


@pytest.mark.parametrize(
    "line,removed",
    [
        ("KENYAN OPPOSITION LEADER VOWS MASS PROTESTS OVER DISPUTED TAX BILL", True),
        ("2 SOLDIERS KILLED AS GUNMEN ATTACK ARMY BASE IN NORTHERN MALI", True),
        ("WHAT HAPPENS NEXT?", False),  # a short section subhead is content
        ("WILL THE GOVERNOR SIGN THE NEW BUDGET INTO LAW?", False),  # explainer question subhead
        ("BREAKING THE NEWS TO THE WORLD", False),
        ("THE SENATE VOTED 61 TO 38 TO EXTEND THE EMERGENCY POWERS.", False),  # a sentence
        ("| KES | KENYAN SHILLING PER US DOLLAR | 129.2 | 128.7 |", False),  # a table row
    ],
)
def test_text_caps_headline_inside_article(line, removed):
    cleaned = clean_text(CAPS_PROSE.format(line=line), detect_title=False)
    assert (line not in cleaned.text) is removed
    assert (Boilerplate(text=line, reason="related") in cleaned.boilerplate) is removed
    assert "extend the state of emergency" in cleaned.text


def test_text_caps_only_wire_text_is_kept():
    text = ("LAGOS, NIGERIA (WIRE) - FUEL QUEUES RETURNED TO THE CITY ON MONDAY\n\n"
            "TRADERS SAID PUMP PRICES HAD DOUBLED SINCE THE SUBSIDY ENDED IN JUNE")
    assert clean_text(text, detect_title=False).text == text
