"""iCalendar files (RFC 5545) for trainings and dated campaign activities, built with the icalendar package.

An entry with a time of day is written in the time zone of its place (a VTIMEZONE is included); an entry
without one is an all-day entry (VALUE=DATE, end exclusive, RFC 5545 section 3.6.1). Text properties carry the
LANGUAGE parameter of the language they are written in (RFC 5545 section 3.2.10).
"""

import datetime
from dataclasses import dataclass
from urllib.parse import urlparse
from zoneinfo import ZoneInfo

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.text import slugify
from icalendar import Calendar, Event, Timezone

from clarinet_site.languages import DatePrecision
from clarinet_site.site_address import configured_site_url

PRODID = "-//CLARINET//Trainings and campaigns//EN"


def month_end(value: datetime.date) -> datetime.date:
    """Return the last day of `value`'s month (a month-precision end date covers the whole month)."""
    following = value.replace(day=28) + datetime.timedelta(days=4)
    return following - datetime.timedelta(days=following.day)


def uid_for(kind: str, key) -> str:
    """Return a globally unique, stable UID such as "training-12@clarinet.example.org" (RFC 5545 section 3.8.4.7).

    The domain is the site's own (SITE_URL, else WAGTAILADMIN_BASE_URL), so the same entry keeps its UID whatever host name
    a visitor used and calendar programs update it instead of adding a copy.
    """
    address = configured_site_url() or settings.WAGTAILADMIN_BASE_URL
    return f"{kind}-{key}@{urlparse(address).hostname or 'clarinet'}"


@dataclass(frozen=True)
class CalendarEntry:
    """One dated entry: a training or a campaign activity.

    `start`/`end` are dates; a MONTH precision means only the month is known (the entry then covers the whole
    month). `time_zone` is an IANA name such as "Europe/Budapest"; `language` is the code of the language
    `summary`, `location` and `description` are written in.
    """

    uid: str
    summary: str
    start: datetime.date
    time_zone: str
    language: str
    end: datetime.date | None = None
    start_precision: str = DatePrecision.DAY
    end_precision: str = DatePrecision.DAY
    start_time: datetime.time | None = None
    end_time: datetime.time | None = None
    location: str = ""
    description: str = ""
    url: str = ""

    @property
    def last_day(self) -> datetime.date:
        """The last day the entry covers (the end of the month for a month-precision end)."""
        end = self.end or self.start
        precision = self.end_precision if self.end else self.start_precision
        return month_end(end) if precision == DatePrecision.MONTH else end


def build_event(entry: CalendarEntry) -> Event:
    """Return the VEVENT of `entry`: timed in its time zone when it has a start time, else all-day."""
    event = Event()
    event.add("uid", entry.uid)
    event.add("dtstamp", timezone.now().astimezone(datetime.UTC))
    language = {"LANGUAGE": entry.language}
    event.add("summary", entry.summary, parameters=language)
    if entry.start_time and entry.start_precision == DatePrecision.DAY:
        zone = ZoneInfo(entry.time_zone)
        event.add("dtstart", datetime.datetime.combine(entry.start, entry.start_time, tzinfo=zone))
        if entry.end_time:
            event.add(
                "dtend", datetime.datetime.combine(entry.end or entry.start, entry.end_time, tzinfo=zone)
            )
    else:
        event.add(
            "dtstart",
            entry.start.replace(day=1) if entry.start_precision == DatePrecision.MONTH else entry.start,
        )
        event.add("dtend", entry.last_day + datetime.timedelta(days=1))
    if entry.location:
        event.add("location", entry.location, parameters=language)
    if entry.description:
        event.add("description", entry.description, parameters=language)
    if entry.url:
        event.add("url", entry.url)
    return event


def build_calendar(entries: list[CalendarEntry], name: str, language: str) -> bytes:
    """Return the bytes of a VCALENDAR named `name` (in `language`) holding one VEVENT per entry.

    VTIMEZONE components are added for every time zone a timed entry uses, so that calendar programs need
    no outside time-zone database. A calendar without entries (nothing upcoming) gets the site's VTIMEZONE:
    RFC 5545 section 3.6 requires at least one component, so the feed stays valid when empty.
    """
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name, parameters={"LANGUAGE": language})
    for entry in entries:
        calendar.add_component(build_event(entry))
    calendar.add_missing_timezones()
    if not calendar.subcomponents:
        calendar.add_component(Timezone.from_tzid(settings.TIME_ZONE))
    return calendar.to_ical()


def calendar_response(entries: list[CalendarEntry], name: str, language: str, filename: str) -> HttpResponse:
    """Return an HttpResponse that downloads the calendar of `entries` as `<filename>.ics`."""
    response = HttpResponse(
        build_calendar(entries, name, language), content_type="text/calendar; charset=utf-8"
    )
    safe_name = slugify(filename) or "calendar"
    response["Content-Disposition"] = content_disposition_header(True, f"{safe_name}.ics")
    return response
