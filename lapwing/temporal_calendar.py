"""Calendar periods and their TIMEX3 values: the arithmetic under the temporal grammar.

Every calendar expression ends up as a :class:`Period`: its TIMEX3 value (``2020-12``,
``2022-W10``, ``2009-Q3``, ``199``) together with the first and last day it covers. Keeping
the value and the bounds together is what lets an event carry an interval and a precision
rather than a bare string. Nothing here reads text.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
from dataclasses import dataclass, replace

from lapwing.records import DatePrecision

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
#: How far each modifier narrows a period: START, MID and END take a third each.
MODIFIER_THIRDS = {"START": 0, "MID": 1, "END": 2}


@dataclass(frozen=True)
class Period:
    """A calendar stretch: TIMEX3 ``value``, first and last day (``None`` if unknown), precision."""

    value: str
    start: dt.date | None
    end: dt.date | None
    precision: DatePrecision


def day(date: dt.date) -> Period:
    """The single day ``date``."""
    return Period(date.isoformat(), date, date, "day")


def month(year: int, number: int) -> Period:
    """A calendar month."""
    last = calendar.monthrange(year, number)[1]
    return Period(f"{year:04d}-{number:02d}", dt.date(year, number, 1), dt.date(year, number, last), "month")


def year(number: int) -> Period:
    """A calendar year."""
    return Period(f"{number:04d}", dt.date(number, 1, 1), dt.date(number, 12, 31), "year")


def week_of(date: dt.date) -> Period:
    """The ISO week (Monday to Sunday) containing ``date``, valued ``YYYY-Www``."""
    iso_year, week, weekday = date.isocalendar()
    start = date - dt.timedelta(days=weekday - 1)
    return Period(f"{iso_year:04d}-W{week:02d}", start, start + dt.timedelta(days=6), "week")


def weekend_of(date: dt.date) -> Period:
    """The Saturday and Sunday of the ISO week containing ``date``, valued ``YYYY-Www-WE``."""
    week = week_of(date)
    assert week.start is not None
    saturday = week.start + dt.timedelta(days=5)
    return Period(week.value + "-WE", saturday, saturday + dt.timedelta(days=1), "week")


def season(year_number: int, code: str) -> Period:
    """A meteorological season; winter belongs to the year of its December."""
    first, last = SEASON_MONTHS[code]
    end_year = year_number + (last - 1) // 12
    end_month = (last - 1) % 12 + 1
    return Period(
        f"{year_number:04d}-{code}",
        dt.date(year_number, first, 1),
        dt.date(end_year, end_month, calendar.monthrange(end_year, end_month)[1]),
        "season",
    )


def quarter(year_number: int, number: int) -> Period:
    """A calendar quarter, ``YYYY-Qn``."""
    first = month(year_number, 3 * number - 2)
    last = month(year_number, 3 * number)
    return Period(f"{year_number:04d}-Q{number}", first.start, last.end, "quarter")


def half(year_number: int, number: int) -> Period:
    """A half year, ``YYYY-Hn``."""
    first = month(year_number, 6 * number - 5)
    last = month(year_number, 6 * number)
    return Period(f"{year_number:04d}-H{number}", first.start, last.end, "quarter")


def decade(first_three_digits: int) -> Period:
    """A decade written by its first three digits (``199`` = the 1990s)."""
    start = first_three_digits * 10
    return Period(f"{first_three_digits:03d}", dt.date(start, 1, 1), dt.date(start + 9, 12, 31), "decade")


def century(first_two_digits: int) -> Period:
    """A century by its first two digits (``19`` = 1900-1999, "the 20th century" in TIMEX3)."""
    start = max(first_two_digits * 100, 1)
    return Period(f"{first_two_digits:02d}", dt.date(start, 1, 1), dt.date(first_two_digits * 100 + 99, 12, 31),
                  "century")


def period_of(date: dt.date, unit: str) -> Period:
    """The calendar period of kind ``unit`` (day, week, weekend, month, ...) containing ``date``."""
    if unit == "day":
        return day(date)
    if unit == "week":
        return week_of(date)
    if unit == "weekend":
        return weekend_of(date)
    if unit == "month":
        return month(date.year, date.month)
    if unit == "quarter":
        return quarter(date.year, (date.month - 1) // 3 + 1)
    if unit == "half":
        return half(date.year, (date.month - 1) // 6 + 1)
    if unit == "year":
        return year(date.year)
    if unit == "decade":
        return decade(date.year // 10)
    if unit == "century":
        return century(date.year // 100)
    raise ValueError(f"no calendar period called {unit!r}")


#: Units :func:`shift` understands, in months (calendar) or days (fixed length).
_MONTHS_PER = {"month": 1, "quarter": 3, "half": 6, "year": 12, "decade": 120, "century": 1200}
_DAYS_PER = {"day": 1, "week": 7, "weekend": 7, "fortnight": 14}


def shift(date: dt.date, unit: str, count: int) -> dt.date:
    """``date`` moved by ``count`` units; month-based units clamp the day (31 Jan + 1 month = 28 Feb)."""
    if unit in _DAYS_PER:
        return date + dt.timedelta(days=_DAYS_PER[unit] * count)
    if unit in _MONTHS_PER:
        months = date.year * 12 + date.month - 1 + _MONTHS_PER[unit] * count
        new_year, new_month = divmod(months, 12)
        new_month += 1
        return dt.date(new_year, new_month, min(date.day, calendar.monthrange(new_year, new_month)[1]))
    raise ValueError(f"cannot shift a date by {unit!r}")


def shift_fraction(date: dt.date, unit: str, amount: float) -> dt.date:
    """Like :func:`shift` for a possibly fractional ``amount`` (1.5 years), rounded to days."""
    whole = math.floor(amount)
    moved = shift(date, unit, whole)
    if amount == whole:
        return moved
    following = shift(moved, unit, 1)
    return moved + dt.timedelta(days=round((following - moved).days * (amount - whole)))


_SECONDS_PER = {"second": 1, "minute": 60, "hour": 3600}


def move(date: dt.date, unit: str, amount: float) -> dt.date:
    """``date`` moved by ``amount`` units (negative: back); clock units round out to whole days."""
    if unit in _SECONDS_PER:
        days = math.ceil(abs(amount) * _SECONDS_PER[unit] / 86400)
        return date + dt.timedelta(days=days if amount >= 0 else -days)
    return shift_fraction(date, unit, amount)


#: Precisions from the finest up; a season and a quarter are of a size.
_PRECISION_RANK = {"day": 0, "week": 1, "weekend": 1, "month": 2, "season": 3, "quarter": 3, "half": 3,
                   "year": 4, "decade": 5, "century": 6}


def coarser(precision: str, unit: str) -> bool:
    """Is a period of ``precision`` too coarse to place a ``unit`` ("2008" cannot say which day)?"""
    return _PRECISION_RANK.get(precision, 7) > _PRECISION_RANK.get(unit, 7)


#: The precision of a date reached by counting units ("two weeks ago" is a week).
_GRANULARITY = {"second": "day", "minute": "day", "hour": "day", "fortnight": "week", "decade": "year",
                "century": "year"}


def granularity(unit: str) -> str:
    """The calendar period a date reached by counting ``unit`` s is named by ("3 hours ago": a day)."""
    return _GRANULARITY.get(unit, unit)


def narrow(period: Period, modifier: str | None) -> Period:
    """The early (START), middle (MID) or late (END) third of ``period``; value unchanged.

    TIMEX3 has no value for "early December" (it uses a ``mod`` attribute), so the value stays
    ``2020-12`` and the bounds carry the modifier. A period shorter than three days is kept whole.
    """
    if modifier not in MODIFIER_THIRDS or period.start is None or period.end is None:
        return period
    days = (period.end - period.start).days + 1
    if days < len(MODIFIER_THIRDS):  # "late Monday": a day has no thirds to speak of
        return period
    index = MODIFIER_THIRDS[modifier]
    start = period.start + dt.timedelta(days=days * index // 3)
    end = period.start + dt.timedelta(days=days * (index + 1) // 3 - 1)
    return replace(period, start=start, end=end)


def nth_weekday(year_number: int, month_number: int, weekday: int, nth: int) -> dt.date | None:
    """The ``nth`` ISO ``weekday`` of a month (``nth=-1``: the last), e.g. US Thanksgiving; ``None`` if none."""
    first = dt.date(year_number, month_number, 1)
    days = [first + dt.timedelta(days=k) for k in range(calendar.monthrange(year_number, month_number)[1])]
    matching = [d for d in days if d.isoweekday() == weekday]
    if nth == -1:
        return matching[-1]
    return matching[nth - 1] if 1 <= nth <= len(matching) else None


def easter(year_number: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year_number % 19, year_number // 100, year_number % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 - the algorithm's own name
    m = (a + 11 * h + 22 * l) // 451
    month_number, day_number = divmod(h + l - 7 * m + 114, 31)
    return dt.date(year_number, month_number, day_number + 1)


#: 1 Muharram AH 1 is 16 July 622 in the Julian calendar, 19 July in Python's proleptic Gregorian.
_HIJRI_EPOCH = dt.date(622, 7, 19).toordinal() - 1


def hijri_to_gregorian(hijri_year: int, hijri_month: int, hijri_day: int) -> dt.date:
    """A day of the arithmetic (tabular) Islamic calendar; may differ by a day from sighting."""
    days = (
        hijri_day
        + math.ceil(29.5 * (hijri_month - 1))
        + (hijri_year - 1) * 354
        + (3 + 11 * hijri_year) // 30
    )
    return dt.date.fromordinal(_HIJRI_EPOCH + days)


def hijri_years_near(gregorian_year: int) -> range:
    """The Islamic years that overlap ``gregorian_year`` (give or take one)."""
    approx = round((gregorian_year - 622) * 33 / 32)
    return range(approx - 1, approx + 3)


def hijri_month_period(hijri_year: int, hijri_month: int) -> tuple[dt.date, dt.date]:
    """First and last Gregorian day of an Islamic month."""
    start = hijri_to_gregorian(hijri_year, hijri_month, 1)
    if hijri_month == 12:
        following = hijri_to_gregorian(hijri_year + 1, 1, 1)
    else:
        following = hijri_to_gregorian(hijri_year, hijri_month + 1, 1)
    return start, following - dt.timedelta(days=1)


def precision_of(value: str) -> DatePrecision:
    """The precision a TIMEX3 date value states (``2020-12`` -> month, ``199`` -> decade)."""
    head = value.split("T")[0]
    if not head[:1].isdigit() and not head.startswith("X"):
        return "unknown"  # durations, sets and PAST_REF-style references
    if len(head) == 10 and head[4] == "-" and head[7] == "-":
        return "day"
    if re.search(r"-W\d", head):  # a week ("2020-W05"), not winter ("2020-WI")
        return "week"
    if len(head) == 7:
        kind = head[5]
        if kind in "QH":
            return "quarter"
        return "month" if kind in "0123456789X" else "season"
    return {4: "year", 3: "decade", 2: "century"}.get(len(head), "unknown")
