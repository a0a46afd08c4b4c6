"""Dates of trainings and campaigns: month-precision storage and the whole-month calendar span.

The wording of dates in every language is tested with the site's formatter in tests/test_dates.py.
"""

import datetime

from campaigns.ical import month_end

D = datetime.date


def test_month_end_handles_february_and_december():
    assert month_end(D(2024, 2, 10)) == D(2024, 2, 29)
    assert month_end(D(2021, 2, 1)) == D(2021, 2, 28)
    assert month_end(D(2021, 12, 5)) == D(2021, 12, 31)
