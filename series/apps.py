from django.apps import AppConfig

from core.xmltext import clean_text_on_save


class SeriesConfig(AppConfig):
    name = "series"
    verbose_name = "Series"
    # What editors manage of this app in the admin (see website/roles.py).
    editor_permissions = {
        "subscription": ["change", "delete", "view"],
        "notification": ["change", "view"],
    }

    def ready(self):
        # Models, and modules importing them, load only once the app registry is
        # ready: Django runs ready() then, so they are imported here.
        from series import signals  # noqa: F401  (connects its receivers)
        from series.models import PostAnnouncement, SeriesIndexPage, SeriesPage, SeriesPart

        # Their text reaches the series feeds and emails.
        clean_text_on_save(SeriesIndexPage, SeriesPage, SeriesPart, PostAnnouncement)
