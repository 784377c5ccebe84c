"""Building blocks for guest-post tests: the guest index, contributors with
accounts, editors."""

import wagtail_factories
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from blog.models import Author
from core.roles import EDITORS
from guestposts.models import GuestPostIndexPage
from guestposts.setup import onboard_contributor
from tests.blog.factories import AuthorFactory


class GuestPostIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = GuestPostIndexPage

    title = "Guest posts"
    slug = "guest-posts"


def make_contributor(name, credit=Author.Credit.NAME, **fields):
    slug = name.lower().replace(" ", "-")
    author = AuthorFactory(
        name=name,
        slug=slug,
        kind=Author.Kind.GUEST,
        credit=credit,
        role="Service manager",
        **fields,
    )
    user = get_user_model().objects.create_user(
        f"{slug}@example.org", f"{slug}@example.org", "a-long-password-1", first_name=name
    )
    onboard_contributor(author, user)
    return author, user


def make_editor(name="Edith Editor"):
    user = get_user_model().objects.create_user(
        "editor@example.org", "editor@example.org", "a-long-password-1", first_name=name
    )
    user.groups.add(Group.objects.get(name=EDITORS))
    return user
