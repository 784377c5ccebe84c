from django.apps import AppConfig
from django.db.models.signals import post_migrate


class WebsiteConfig(AppConfig):
    name = "website"
    verbose_name = "Website"

    def ready(self):
        # website.roles imports auth models and website.signals connects
        # receivers to models: both only once the app registry is ready.
        from website import signals  # noqa: F401
        from website.roles import build_groups_after_migrate

        post_migrate.connect(build_groups_after_migrate, sender=self)
