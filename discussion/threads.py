"""A post's comments as the page shows them: whole conversations, oldest
first, a page of them at a time, in a fixed number of queries however many
comments and likes there are."""

import datetime
from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils.safestring import mark_safe

from discussion import policy, rendering, threadcache
from discussion.forms import CommentForm
from discussion.models import Comment, Like

PAGE_PARAMETER = "comments"
# Page numbers shown either side of the current page and at each end; the
# runs between them are an ellipsis.
PAGES_EACH_SIDE = 2
PAGES_AT_ENDS = 1


@dataclass(slots=True)
class ShownComment:
    """What the thread shows of one comment (discussion/rendering.py,
    policy.can_reply_to). Read as plain values: a long thread is hundreds of
    rows, and building model instances for them cost as much as rendering."""

    pk: int
    parent_id: int
    level: int
    user_name: str
    user_url: str
    submit_date: datetime.datetime
    comment: str
    badge: str
    state: str

    FIELDS = (
        "pk",
        "parent_id",
        "level",
        "user_name",
        "user_url",
        "submit_date",
        "comment",
        "badge",
        "is_public",
        "is_removed",
        "is_spam",
    )

    @classmethod
    def from_row(cls, row):
        *shown, is_public, is_removed, is_spam = row
        return cls(*shown, Comment.state_of(is_public, is_removed, is_spam))

    @property
    def is_published(self):
        return self.state == Comment.State.PUBLISHED

    @property
    def badge_label(self):
        return Comment.Badge(self.badge).label


@dataclass
class Node:
    comment: ShownComment
    children: list = field(default_factory=list)
    likes: int = 0

    @property
    def shown(self):
        """A comment that is not published still holds its place when
        published replies hang from it."""
        return self.comment.is_published or bool(self.children)

    @property
    def can_reply(self):
        return policy.can_reply_to(self.comment)


def published_threads(post):
    """The thread of each published comment on `post`, oldest first: its
    length is the comment count, its distinct values the conversations."""
    return list(
        Comment.objects.published()
        .filter(post=post)
        .order_by("thread_id")
        .values_list("thread_id", flat=True)
    )


def page_number_of(comment, config):
    earlier = (
        Comment.objects.published()
        .filter(post_id=comment.post_id, thread_id__lt=comment.thread_id)
        .order_by()
        .values("thread_id")
        .distinct()
        .count()
    )
    return earlier // config.threads_per_page + 1


def build_tree(comments, likes):
    """Nests `comments` (in thread order) and keeps the nodes worth showing."""
    nodes, roots = {}, []
    for comment in comments:
        node = Node(comment, likes=likes.get(comment.pk, 0))
        nodes[comment.pk] = node
        parent = nodes.get(comment.parent_id) if comment.parent_id != comment.pk else None
        (parent.children if parent else roots).append(node)

    def prune(node):
        node.children = [child for child in node.children if prune(child)]
        return node.shown

    return [root for root in roots if prune(root)]


def like_counts(post):
    """{comment id: likes} for the post's comments, with the post's own likes
    under None."""
    rows = Like.objects.filter(post=post).values("comment_id").annotate(n=Count("pk")).order_by()
    return dict(rows.values_list("comment_id", "n"))


def page_href(number, anchor="comments"):
    return f"?{PAGE_PARAMETER}={number}#{anchor}"


@dataclass
class PageLink:
    number: int | None  # None for a run of pages left out
    href: str = ""
    current: bool = False


@dataclass
class Discussion:
    post: object
    closed: bool
    form: object
    page: object
    html: str
    count: int
    post_likes: int
    conversations: list

    @property
    def paginated(self):
        return self.page.paginator.num_pages > 1

    @property
    def page_links(self):
        paginator = self.page.paginator
        numbers = paginator.get_elided_page_range(
            self.page.number, on_each_side=PAGES_EACH_SIDE, on_ends=PAGES_AT_ENDS
        )
        return [
            PageLink(None)
            if number == paginator.ELLIPSIS
            else PageLink(number, page_href(number), number == self.page.number)
            for number in numbers
        ]

    @property
    def newest_href(self):
        """Where the newest conversation starts (the last on the last page),
        or "" while there is only one conversation to read."""
        if len(self.conversations) < 2:
            return ""
        anchor = f"comment-{self.conversations[-1]}"
        if not self.paginated:
            return f"#{anchor}"
        return page_href(self.page.paginator.num_pages, anchor)


@dataclass
class Summary:
    """What every page of a post's thread shows besides its conversations."""

    threads: list
    count: int
    likes: dict

    @property
    def post_likes(self):
        return self.likes.get(None, 0)


def summary_for(post):
    threads = published_threads(post)
    return Summary(
        threads=list(dict.fromkeys(threads)), count=len(threads), likes=like_counts(post)
    )


def conversations_html(post, page, likes, closed):
    rows = (
        Comment.objects.filter(post=post, thread_id__in=list(page.object_list))
        .order_by("thread_id", "order")
        .values_list(*ShownComment.FIELDS)
    )
    comments = (ShownComment.from_row(row) for row in rows)
    return rendering.comment_list(build_tree(comments, likes), closed)


def discussion_for(post, request, form=None):
    """None for a post not saved yet (a preview of a new post): it has no thread."""
    if post.pk is None:
        return None
    config = policy.settings_for(request)
    closed = policy.comments_closed(post, config)
    if form is None and not closed:
        form = CommentForm(post=post, config=config, user=request.user)
    # Read before the comments, so nothing older than it is stored under it.
    prefix = threadcache.versions(post.pk) if threadcache.enabled() else None
    summary = threadcache.kept(
        prefix and threadcache.summary_key(prefix), lambda: summary_for(post)
    )
    paginator = Paginator(summary.threads, config.threads_per_page)
    page = paginator.get_page(request.GET.get(PAGE_PARAMETER))
    html = threadcache.kept(
        prefix and threadcache.page_key(prefix, page.number, config.threads_per_page, closed),
        lambda: str(conversations_html(post, page, summary.likes, closed)),
    )
    return Discussion(
        post=post,
        closed=closed,
        form=form,
        page=page,
        html=mark_safe(html),  # noqa: S308 (built escaped by discussion/rendering.py)
        count=summary.count,
        post_likes=summary.post_likes,
        conversations=summary.threads,
    )


def with_comment_counts(posts):
    """`posts` annotated with `comment_count`, their published comments,
    counted inside the listing's own query."""
    count = (
        Comment.objects.published()
        .filter(post=OuterRef("pk"))
        .order_by()
        .values("post")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return posts.annotate(comment_count=Coalesce(Subquery(count), 0))
