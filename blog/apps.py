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
        from taggit.models import Tag

        from blog import signals  # noqa: F401
        from blog.models import Author, BlogIndexPage, BlogPage, ContentWarning
        from core.xmltext import clean_text_on_save

        # Their text reaches the feeds.
        clean_text_on_save(BlogPage, BlogIndexPage, Author, ContentWarning, Tag)
