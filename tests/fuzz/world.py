"""The site the fuzzing suite attacks: every page type, a post with tags,
warnings, comments and likes, a series with a published and an announced
part, a guest post, a pitch, an invitation and a subscription; and the four
roles that send the requests."""

import datetime
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from blog.models import ContentWarning, PostWarning
from discussion.models import Comment, Like
from guestposts.models import Pitch
from guestposts.tokens import issue_invitation
from series.models import Subscription
from tests.blog.factories import AuthorFactory, BlogPageFactory
from tests.discussion.factories import ORIGIN, comment_settings, make_comment
from tests.guestposts.factories import GuestPostIndexPageFactory, make_contributor, make_editor
from tests.series.factories import SeriesIndexPageFactory, build_series
from tests.website.factories import StandardPageFactory, build_site

ROLES = ("anonymous", "reader", "guest", "editor")


@dataclass
class World:
    objects: dict = field(default_factory=dict)
    clients: dict = field(default_factory=dict)

    def __getattr__(self, name):
        try:
            return self.objects[name]
        except KeyError:
            raise AttributeError(name) from None


def client_for(role, world):
    client = Client(raise_request_exception=False, HTTP_ORIGIN=ORIGIN)
    if role == "reader":
        # A reader is a browser that has liked something: it holds the cookie.
        client.post("/comments/likes/", {"post": world.post.pk})
    elif role == "guest":
        client.force_login(world.guest_user)
    elif role == "editor":
        client.force_login(world.editor)
    return client


def build_world():
    home, blog = build_site()
    comment_settings(min_seconds=0)
    objects = {"home": home, "blog": blog}
    author = AuthorFactory(name="Sam Rivers", slug="sam-rivers")
    warning = ContentWarning.objects.create(slug="burnout", label="Burnout")
    image = get_image_model().objects.create(title="Hero", file=get_test_image_file())
    post = BlogPageFactory(
        parent=blog,
        title="Holding a caseload kindly",
        slug="holding-a-caseload",
        authors=[author],
        hero_image=image,
        tag_names=["Supervision", "Wellbeing"],
    )
    PostWarning.objects.create(page=post, warning=warning, intensity="mentioned")
    post.save_revision().publish()
    second = BlogPageFactory(parent=blog, title="Second part", slug="second-part", authors=[author])
    draft = BlogPageFactory(parent=blog, title="A draft", slug="a-draft", live=False)
    root = make_comment(post, text="First!", email="root@example.org")
    reply = make_comment(post, text="A reply.", parent=root, email="reply@example.org")
    held = make_comment(post, text="Held.", state=Comment.State.AWAITING)
    Like.objects.create(post=post, reader="0" * 32)
    index = SeriesIndexPageFactory(parent=home)
    later = timezone.localdate() + datetime.timedelta(days=30)
    series = build_series(
        index,
        [post, second, {"title": "Still to come", "planned_date": later, "summary": "Soon."}],
        title="Carrying it well",
        slug="carrying-it-well",
    )
    about = StandardPageFactory(parent=home)
    guest_index = GuestPostIndexPageFactory(parent=blog)
    guest_author, guest_user = make_contributor("Nadia Farrow")
    guest_post = BlogPageFactory(
        parent=guest_index, title="Our team", slug="our-team", authors=[guest_author]
    )
    guest_post.owner = guest_user
    guest_post.save()
    editor = make_editor()
    pitch = Pitch.objects.create(
        name="Priya", email="priya@example.org", title="A pitch", outline="An outline."
    )
    invitee = AuthorFactory(name="Invited One", slug="invited-one", kind="guest")
    invitation = issue_invitation(invitee, "invited@example.org", invited_by=editor)
    subscription = Subscription.objects.create(email="follower@example.org", series=series)
    objects.update(
        author=author,
        warning=warning,
        image=image,
        post=post,
        second=second,
        draft=draft,
        comment=root,
        reply=reply,
        held=held,
        series_index=index,
        series=series,
        about=about,
        guest_index=guest_index,
        guest_author=guest_author,
        guest_user=guest_user,
        guest_post=guest_post,
        editor=editor,
        pitch=pitch,
        invitation=invitation,
        subscription=subscription,
        user_model=get_user_model(),
    )
    world = World(objects)
    world.clients = {role: client_for(role, world) for role in ROLES}
    return world
