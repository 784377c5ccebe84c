from django.apps import AppConfig


class BlogConfig(AppConfig):
    name = "blog"
    verbose_name = "Blog"
    # What editors manage of this app in the admin (see website/roles.py).
    editor_permissions = {
        "author": ["add", "change", "delete", "view"],
        "contentwarning": ["add", "change", "delete", "view"],
    }

    def ready(self):
        from blog import signals  # noqa: F401
