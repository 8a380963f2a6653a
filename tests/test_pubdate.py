import datetime as dt
import time

import pytest

from lapwing.pubdate import parse_published


@pytest.mark.parametrize("value, expected", [
    ("2024-03-05", "2024-03-05"),
    ("2024-3-5", "2024-03-05"),
    ("2024-03-05T14:22:00Z", "2024-03-05"),
    ("2024/03/05", "2024-03-05"),
    ("Tue, 05 Mar 2024 10:00:00 +0000", "2024-03-05"),
    ("March 5, 2024", "2024-03-05"),
    ("5 March 2024", "2024-03-05"),
    (dt.date(2024, 3, 5), "2024-03-05"),
    (time.strptime("2024-03-05", "%Y-%m-%d"), "2024-03-05"),
    ("", None),
    (None, None),
])
def test_accepted_formats(value, expected):
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", ["2024-02-30", "2024-13-01", "yesterday", "0224-03-01", "3000-01-01", "05/03/2024"])
def test_broken_dates_raise_with_the_value(value):
    with pytest.raises(ValueError, match="date"):
        parse_published(value)
