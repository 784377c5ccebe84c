from django.apps import AppConfig


class GuestPostsConfig(AppConfig):
    name = "guestposts"
    verbose_name = "Guest posts"
    # What editors manage of this app in the admin (see website/roles.py).
    editor_permissions = {
        "pitch": ["add", "change", "delete", "view"],
        "invitation": ["add", "change", "view"],
        "withdrawal": ["change", "view"],
    }

    def ready(self):
        # These connect signal handlers and admin hooks; they use models,
        # which can only be imported once the app registry is ready.
        from guestposts import contributor_admin, signals, withdrawals  # noqa: F401

        signals.connect_post_migrate(self)

        from core.xmltext import clean_text_on_save
        from guestposts.models import GuestPostIndexPage, Pitch

        # A pitch's name becomes an author's, which reaches the feeds.
        clean_text_on_save(GuestPostIndexPage, Pitch)
