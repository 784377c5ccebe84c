"""The first panel of the admin dashboard: what an author starts from, each
a link straight to its form. blog offers "New post"; the apps above it add
theirs through the DASHBOARD_ACTIONS hook."""

from dataclasses import dataclass

from django.urls import reverse
from wagtail.admin.ui.components import Component

from blog.hooks import dashboard_actions
from blog.models import BlogIndexPage, BlogPage


@dataclass
class Action:
    label: str
    url: str = ""
    note: str = ""  # e.g. how many posts wait; an action without a URL is only its note


def add_page_url(model, parents, user):
    """The add form for `model` under the first of `parents` where `user`
    may create one, or None."""
    for parent in parents:
        if model.can_create_at(parent) and parent.permissions_for_user(user).can_add_subpage():
            meta = model._meta
            return reverse(
                "wagtailadmin_pages:add", args=[meta.app_label, meta.model_name, parent.pk]
            )
    return None


def new_post(request):
    url = add_page_url(BlogPage, BlogIndexPage.objects.order_by("path"), request.user)
    return [Action("New post", url)] if url else []


class AuthoringPanel(Component):
    name = "authoring"
    order = 0  # before Wagtail's own panels
    template_name = "blog/admin/authoring_panel.html"

    def __init__(self, actions):
        self.actions = actions

    def get_context_data(self, parent_context=None):
        return {"actions": self.actions}


def authoring_panel(request):
    """The panel, or None when the user has nothing in it to do."""
    actions = new_post(request) + dashboard_actions(request)
    return AuthoringPanel(actions) if actions else None
