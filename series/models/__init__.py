from .pages import SeriesIndexPage, SeriesPage, SeriesPart
from .subscriptions import Notification, PostAnnouncement, Subscription

__all__ = [
    "Notification",
    "PostAnnouncement",
    "SeriesIndexPage",
    "SeriesPage",
    "SeriesPart",
    "Subscription",
]
