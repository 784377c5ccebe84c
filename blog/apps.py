from django.apps import AppConfig

from core.xmltext import clean_text_on_save


class BlogConfig(AppConfig):
    name = "blog"
    verbose_name = "Blog"
    # What editors manage of this app in the admin (see website/roles.py).
    editor_permissions = {
        "author": ["add", "change", "delete", "view"],
        "contentwarning": ["add", "change", "delete", "view"],
    }

    def ready(self):
        # Models, and modules importing them, load only once the app registry is
        # ready: Django runs ready() then, so they are imported here.
        from taggit.models import Tag

        from blog import signals  # noqa: F401  (connects its receivers)
        from blog.models import Author, BlogIndexPage, BlogPage, ContentWarning

        # Their text reaches the feeds.
        clean_text_on_save(BlogPage, BlogIndexPage, Author, ContentWarning, Tag)
