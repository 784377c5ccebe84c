from django.apps import AppConfig


class GuestPostsConfig(AppConfig):
    name = "guestposts"
    verbose_name = "Guest posts"

    def ready(self):
        from guestposts import contributor_admin, notifications, signals, withdrawals  # noqa: F401

        signals.connect_post_migrate(self)
