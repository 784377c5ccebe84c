from .authors import Author
from .index import BlogIndexPage
from .posts import BlogPage, BlogPageAuthor, BlogPageTag
from .warnings import ContentWarning, PostWarning

__all__ = [
    "Author",
    "BlogIndexPage",
    "BlogPage",
    "BlogPageAuthor",
    "BlogPageTag",
    "ContentWarning",
    "PostWarning",
]
