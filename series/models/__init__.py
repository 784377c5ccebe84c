from .pages import SeriesIndexPage, SeriesPage, SeriesPart, SeriesPartWarning
from .subscriptions import Notification, PostAnnouncement, Subscription

__all__ = [
    "Notification",
    "PostAnnouncement",
    "SeriesIndexPage",
    "SeriesPage",
    "SeriesPart",
    "SeriesPartWarning",
    "Subscription",
]
