"""Real values for a route's placeholders, so every view is reached with
something it can find before hostile values replace them one at a time."""

from django.contrib.auth.models import Group
from wagtail.models import Collection, Site, Task, Workflow

from discussion import tokens as comment_tokens
from guestposts import invitations as invitation_tokens
from series import tokens as subscription_tokens

# For `pk`, the model is named by the path before it.
PK_BY_PATH = [
    ("snippets/blog/author", lambda w: w.author.pk),
    ("snippets/blog/contentwarning", lambda w: w.warning.pk),
    ("choose/blog/author", lambda w: w.author.pk),
    ("choose/blog/contentwarning", lambda w: w.warning.pk),
    ("comments", lambda w: w.comment.pk),
    ("pitches", lambda w: w.pitch.pk),
    ("users", lambda w: w.editor.pk),
    ("groups", lambda w: Group.objects.first().pk),
    ("sites", lambda w: Site.objects.first().pk),
    ("collections", lambda w: Collection.objects.first().pk),
    ("workflows/tasks", lambda w: Task.objects.first().pk),
    ("workflows", lambda w: Workflow.objects.first().pk),
    ("pages", lambda w: w.post.pk),
    ("images", lambda w: w.image.pk),
]

BY_NAME = {
    "page_id": lambda w: w.post.pk,
    "page_pk": lambda w: w.post.pk,
    "page_to_move_id": lambda w: w.second.pk,
    "destination_id": lambda w: w.blog.pk,
    "parent_page_id": lambda w: w.blog.pk,
    "image_id": lambda w: w.image.pk,
    "revision_id": lambda w: w.post.latest_revision_id,
    "collection_id": lambda w: Collection.objects.first().pk,
    "comment_id": lambda w: w.comment.pk,
    "post_id": lambda w: w.post.pk,
    "series_id": lambda w: w.series.pk,
    "workflow_pk": lambda w: Workflow.objects.first().pk,
    "task_id": lambda w: Task.objects.first().pk,
    "app_label": lambda w: "blog",
    "app_name": lambda w: "blog",
    "content_type_app_name": lambda w: "blog",
    "model_name": lambda w: "blogpage",
    "content_type_model_name": lambda w: "blogpage",
    "action": lambda w: "publish",
    "action_name": lambda w: "approve",
    "filter_spec": lambda w: "fill-100x100",
    "object_id": lambda w: w.post.pk,
    "tag": lambda w: "supervision",
    "slug": lambda w: "sam-rivers",
    "author": lambda w: "sam-rivers",
    "year": lambda w: w.post.date.year,
    "month": lambda w: f"{w.post.date.month:02d}",
}


def token_for(route, world):
    template = route.template
    if "follow/confirm" in template:
        return subscription_tokens.make_token(world.subscription, subscription_tokens.CONFIRM)
    if "follow/unsubscribe" in template:
        return subscription_tokens.make_token(world.subscription, subscription_tokens.UNSUBSCRIBE)
    if "replies/confirm" in template:
        return comment_tokens.make_token(world.comment, comment_tokens.CONFIRM_REPLIES)
    if "replies/stop" in template:
        return comment_tokens.make_token(world.comment, comment_tokens.STOP_REPLIES)
    if "held" in template:
        return comment_tokens.make_token(world.held, comment_tokens.HELD)
    if "invitation" in template:
        return invitation_tokens.make_token(world.invitation)
    return "token"


def plausible(route, world):
    values = {}
    for placeholder in route.placeholders:
        name = placeholder.name
        if name == "token":
            values[name] = token_for(route, world)
        elif name == "pk":
            values[name] = next(
                (pick(world) for part, pick in PK_BY_PATH if part in route.template), 1
            )
        elif name in BY_NAME:
            values[name] = BY_NAME[name](world)
        else:
            values[name] = 1 if placeholder.numeric else "x"
    return values
