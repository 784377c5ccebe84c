from django.apps import AppConfig


class GuestPostsConfig(AppConfig):
    name = "guestposts"
    verbose_name = "Guest posts"

    def ready(self):
        from guestposts import contributor_admin, notifications, signals, withdrawals  # noqa: F401

        signals.connect_post_migrate(self)

        from core.xmltext import clean_text_on_save
        from guestposts.models import GuestPostIndexPage, Pitch

        # A pitch's name becomes an author's, which reaches the feeds.
        clean_text_on_save(GuestPostIndexPage, Pitch)
