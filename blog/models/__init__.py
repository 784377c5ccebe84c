from .authors import Author
from .index import BlogIndexPage
from .posts import BlogPage, BlogPageAuthor, BlogPageTag

__all__ = ["Author", "BlogIndexPage", "BlogPage", "BlogPageAuthor", "BlogPageTag"]
