from django.apps import AppConfig


class BlogConfig(AppConfig):
    name = "blog"
    verbose_name = "Blog"

    def ready(self):
        from taggit.models import Tag

        from blog import signals  # noqa: F401
        from blog.models import Author, BlogIndexPage, BlogPage, ContentWarning
        from core.xmltext import clean_text_on_save

        # Their text reaches the feeds.
        clean_text_on_save(BlogPage, BlogIndexPage, Author, ContentWarning, Tag)
