from django.db import models
from django.db.models import Q


class Like(models.Model):
    """One browser's like of a post, or of a comment on it. The reader is the
    random id in that browser's signed cookie; nothing else identifies them."""

    post = models.ForeignKey("blog.BlogPage", on_delete=models.CASCADE, related_name="likes")
    comment = models.ForeignKey(
        "discussion.Comment", null=True, blank=True, on_delete=models.CASCADE, related_name="likes"
    )
    reader = models.CharField(max_length=32, db_index=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["post", "reader"],
                condition=Q(comment=None),
                name="one_post_like_per_reader",
            ),
            models.UniqueConstraint(
                fields=["comment", "reader"],
                condition=Q(comment__isnull=False),
                name="one_comment_like_per_reader",
            ),
        ]

    def __str__(self):
        target = f"comment {self.comment_id}" if self.comment_id else f"post {self.post_id}"
        return f"Like of {target}"
