"""clean.header: title, byline and dateline lines recognised by shape."""

from __future__ import annotations

import pytest

from eventwire.clean.header import dateline_date, looks_like_title, parse_byline, same_title


@pytest.mark.parametrize(
    "line,expected",
    [
        ("Taliban Leaders Meet Chinese Foreign Minister in Tianjin", True),
        ("Floods kill dozens in northern Nigeria", True),
        ("Why Kenya's finance bill sparked nationwide protests?", True),
        ("2024 Indian election: what to know", True),
        ("Chinese Foreign Minister Wang Yi met senior Taliban leaders in Tianjin on Wednesday.", False),
        ("the minister said talks would resume", False),
        ("Officials said:", False),
        ("Nigeria " * 30, False),
    ],
)
def test_header_looks_like_title(line, expected):
    assert looks_like_title(line) is expected


@pytest.mark.parametrize(
    "line,authors",
    [
        ("By Jane Doe", ("Jane Doe",)),
        ("By Jane Doe and John Roe | Reuters", ("Jane Doe", "John Roe")),
        ("By AMINA YUSUF, Foreign Correspondent", ("Amina Yusuf",)),
        ("By Mohammed bin Salman al-Rashid", ("Mohammed bin Salman al-Rashid",)),
        ("Written by Priya Natarajan & Tomás Ortega", ("Priya Natarajan", "Tomás Ortega")),
        ("By Jane Doe, March 3, 2024", ("Jane Doe",)),
        ("By Reuters", ()),
        ("By Tuesday, the rebels had taken the city.", None),
        ("By the end of the week, talks had collapsed", None),
        ("By signing the accord Ethiopia ended the war", None),
        ("Byron Bay residents were evacuated", None),
    ],
)
def test_header_parse_byline(line, authors):
    assert parse_byline(line) == authors


@pytest.mark.parametrize(
    "line,date_text",
    [
        ("Published: 3 March 2024", "3 March 2024"),
        ("March 3, 2024", "March 3, 2024"),
        ("Updated 10:15 GMT, 4 March 2024", "4 March 2024"),
        ("Tuesday 5 March 2024 08.00 EST", "5 March 2024"),
        ("Last updated on Sept. 4, 2023 at 5:30 p.m. ET", "Sept. 4, 2023"),
        ("2024-03-05", "2024-03-05"),
        ("The talks ended on 3 March 2024 without agreement", None),
        ("Published by the ministry of health", None),
        ("05/03/2024", None),  # day/month order unknown: not guessed
    ],
)
def test_header_dateline_date(line, date_text):
    assert dateline_date(line) == date_text


@pytest.mark.parametrize(
    "line,title,same",
    [
        ("Who is Kenya’s new police chief?", "Who is Kenya's new police chief", True),
        ("Floods in Pakistan kill 40 as monsoon rains intensify", "Floods in Pakistan kill 40", True),
        ("Ukraine says it downed 30 drones over Kyiv region overnight",
         "Kyiv region: Ukraine says it downed 30 drones overnight", True),
        # a lede sentence repeating the headline's words is not the headline
        ("Floods in Pakistan kill 40 as monsoon rains intensify, officials said.",
         "Floods in Pakistan kill 40", False),
        ("Pakistan", "Floods in Pakistan kill 40", False),
        ("Talks resume in Doha", "Floods in Pakistan kill 40", False),
    ],
)
def test_header_same_title(line, title, same):
    assert same_title(line, title) is same
