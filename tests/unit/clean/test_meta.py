"""clean.meta: dates normalised without guessing, outlets from the bundled suffix list."""

from __future__ import annotations

import pytest

from eventwire.clean.meta import normalize_date, outlet_of, split_names


@pytest.mark.parametrize(
    "value,expected",
    [
        ("2024-03-05", "2024-03-05"),
        ("2024-03-05T23:30:00-05:00", "2024-03-05"),
        ("Tue, 05 Mar 2024 23:30:00 -0500", "2024-03-05"),
        ("3 March 2024", "2024-03-03"),
        ("Sept. 4, 2023", "2023-09-04"),
        ("March 2024", None),  # no day: not filled from today
        ("Wednesday, July 28", None),  # no year: not filled from today
        ("yesterday", None),
        ("2024-13-45", None),
        ("0001-01-01", None),
        ("", None),
        (None, None),
    ],
)
def test_meta_normalize_date(value, expected):
    assert normalize_date(value) == expected


@pytest.mark.parametrize(
    "url,outlet",
    [
        ("https://www.bbc.co.uk/news/world-asia-58002767", "bbc.co.uk"),
        ("https://edition.cnn.com/2021/07/28/asia/china-taliban", "cnn.com"),
        ("http://news.abc.net.au/story", "abc.net.au"),
        ("https://www.aljazeera.com/news/2021/7/28/x", "aljazeera.com"),
        ("http://192.168.0.10/page", None),
        ("http://localhost/x", None),
        (None, None),
    ],
)
def test_meta_outlet_of(url, outlet):
    assert outlet_of(url) == outlet


@pytest.mark.parametrize(
    "value,names",
    [("Jane Doe; John Roe", ("Jane Doe", "John Roe")), ("Sauli Giliard; sauli giliard", ("Sauli Giliard",)), (None, ())],
)
def test_meta_split_names(value, names):
    assert split_names(value) == names
