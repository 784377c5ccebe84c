from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Core"

    def ready(self):
        # Connects the upload signal handler; it needs the image model, which
        # only exists once the app registry is ready.
        from core import (
            dates,
            lookups,
            signals,  # noqa: F401
            uploads,  # noqa: F401
        )

        dates.use_in_admin()
        lookups.register()
