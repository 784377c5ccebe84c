from django.apps import AppConfig

from core.xmltext import clean_text_on_save


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
        # These connect signal handlers and admin hooks and use models, which
        # load only once the app registry is ready: Django runs ready() then.
        from guestposts import contributor_admin, signals, withdrawals  # noqa: F401
        from guestposts.models import GuestPostIndexPage, Pitch

        signals.connect_post_migrate(self)

        # A pitch's name becomes an author's, which reaches the feeds.
        clean_text_on_save(GuestPostIndexPage, Pitch)
