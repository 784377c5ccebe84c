"""Dates as WordPress exports them."""

import datetime

from django.utils import timezone


def wp_datetime(gmt, local=""):
    """A WordPress date: GMT when it has one, else the local one read in the
    site's time zone; None for WordPress's empty date."""
    for text, zone in ((gmt, datetime.UTC), (local, timezone.get_current_timezone())):
        text = (text or "").strip()
        if not text or text.startswith("0000"):
            continue
        try:
            moment = datetime.datetime.strptime(text[:19], "%Y-%m-%d %H:%M:%S")
        except ValueError:
            continue
        return moment.replace(tzinfo=zone)
    return None
