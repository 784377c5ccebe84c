"""The guest contributor's corner of the admin: a menu and dashboard with
only what they can use, and page listings that show only their own posts.
Imported from GuestPostsConfig.ready()."""

from django.contrib import messages
from django.db.models import Q
from django.shortcuts import redirect
from django.urls import reverse
from wagtail import hooks
from wagtail.admin.ui.components import Component

from guestposts.models import GuestPostIndexPage
from guestposts.scoping import ScopedPagesAdminAPIViewSet
from guestposts.setup import is_guest_contributor
from guestposts.states import contributor_posts

CONTRIBUTOR_MENU = {"explorer", "images"}


@hooks.register("construct_main_menu")
def only_what_contributors_use(request, menu_items):
    if is_guest_contributor(request.user):
        menu_items[:] = [item for item in menu_items if item.name in CONTRIBUTOR_MENU]


@hooks.register("construct_explorer_page_queryset")
def only_their_own_pages(parent_page, pages, request):
    if is_guest_contributor(request.user):
        return pages.filter(owner=request.user)
    return pages


@hooks.register("construct_page_chooser_queryset")
def live_pages_and_their_own(pages, request):
    if is_guest_contributor(request.user):
        return pages.filter(Q(live=True) | Q(owner=request.user))
    return pages


@hooks.register("construct_admin_api")
def scoped_pages_endpoint(router):
    router.register_endpoint("pages", ScopedPagesAdminAPIViewSet)


class GuestPostsPanel(Component):
    name = "guest_posts"
    order = 10
    template_name = "guestposts/admin/dashboard_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        index = GuestPostIndexPage.objects.first()
        context["posts"] = contributor_posts(self.user)
        context["new_post_url"] = (
            reverse("wagtailadmin_pages:add", args=["blog", "blogpage", index.pk])
            if index
            else None
        )
        context["request"] = parent_context.get("request")
        return context


@hooks.register("construct_homepage_panels")
def contributor_dashboard(request, panels):
    if is_guest_contributor(request.user):
        # Others' workflows, edits and locks are not theirs to see; their own
        # posts and each one's state are.
        panels[:] = [GuestPostsPanel(request.user)]


# After Wagtail's own hooks (pages, images, documents) have added theirs.
@hooks.register("construct_homepage_summary_items", order=100)
def no_site_summary(request, summary_items):
    if is_guest_contributor(request.user):
        # The page count is the whole guest section's, other contributors'
        # posts included; their own posts are counted in their panel.
        summary_items.clear()


def sent_for_review(request, page):
    """After a contributor submits (or resubmits) a post, back to their
    dashboard, where the post's row says so, with one message in the words
    the dashboard uses instead of Wagtail's "submitted for moderation"."""
    if not is_guest_contributor(request.user) or "action-submit" not in request.POST:
        return None
    if not page.workflow_in_progress:
        return None
    # Going through the queued messages marks them read: Wagtail's goes.
    for _message in messages.get_messages(request):
        pass
    messages.success(
        request,
        f"“{page.get_admin_display_title()}” was sent for review. An editor will read it "
        "and email you, either to say it is approved or to ask for changes.",
    )
    return redirect("wagtailadmin_home")


hooks.register("after_create_page", sent_for_review)
hooks.register("after_edit_page", sent_for_review)
