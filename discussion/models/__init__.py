from discussion.models.comments import Comment, CommentQuerySet
from discussion.models.erasures import Erasure
from discussion.models.likes import Like
from discussion.models.settings import CommentSettings

__all__ = ["Comment", "CommentQuerySet", "CommentSettings", "Erasure", "Like"]
