"""Where a comment shows, for the page cache: every page of its post's
thread, and wherever the post's card shows its comment count."""

from blog.models import BlogPage
from blog.pagecache import shown_paths
from core.pagecache import page_path, with_pages
from discussion.models import Comment, CommentSettings
from discussion.threads import PAGE_PARAMETER


def threads_per_page():
    found = CommentSettings.objects.values_list("threads_per_page", flat=True).first()
    return found or CommentSettings._meta.get_field("threads_per_page").default


def comment_paths(pk):
    post_id = Comment.objects.filter(pk=pk).values_list("post_id", flat=True).first()
    post = BlogPage.objects.filter(pk=post_id).first() if post_id else None
    if post is None or page_path(post) is None:
        return set()
    conversations = Comment.objects.filter(post_id=post_id, level=0).count()
    pages = with_pages(page_path(post), conversations, threads_per_page(), PAGE_PARAMETER)
    return shown_paths([post_id]) | set(pages)
