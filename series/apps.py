from django.apps import AppConfig


class SeriesConfig(AppConfig):
    name = "series"
    verbose_name = "Series"

    def ready(self):
        from series import signals  # noqa: F401
