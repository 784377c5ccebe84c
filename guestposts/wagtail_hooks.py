from django.template.defaultfilters import linebreaksbr
from django.urls import path, reverse
from django.utils.functional import cached_property
from wagtail import hooks
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton

from blog import hooks as blog_hooks
from core.permissions import WithholdingPermissionPolicy
from guestposts import admin_views
from guestposts.models import Pitch
from guestposts.panels import ConfidentialityPanel
from guestposts.withdrawals import WithdrawalViewSet

# ---------------------------------------------------------------------------
# Pitches: the listing, inspect view and the accept / decline / invite actions.
# (Other guest-posting hooks go below this section.)
# ---------------------------------------------------------------------------


class PitchIndexView(IndexView):
    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        if self.request.user.has_perm(admin_views.PERMISSION):
            buttons.append(
                HeaderButton(
                    "Invite a contributor directly",
                    url=reverse("guestposts_invite"),
                    icon_name="mail",
                )
            )
        return buttons


class PitchInspectView(InspectView):
    def get_outline_display_value(self):
        return linebreaksbr(self.object.outline, autoescape=True)  # escaped, then <br>

    def get_author_display_value(self):
        return self.object.author.name if self.object.author else "Not yet: accept to create one"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        pitch = self.object
        can_act = self.request.user.has_perm(admin_views.PERMISSION)
        context["can_accept"] = (
            can_act and pitch.status != Pitch.Status.ACCEPTED and not pitch.author_id
        )
        context["can_decline"] = can_act and pitch.status == Pitch.Status.NEW
        return context


class PitchViewSet(ModelViewSet):
    model = Pitch
    icon = "user"
    menu_label = "Pitches"
    url_namespace = "guestposts_pitch"
    url_prefix = "guest-posts/pitches"
    index_view_class = PitchIndexView
    inspect_view_class = PitchInspectView
    list_display = ["name", "title", "credit", "status", "created_at"]
    list_filter = ["status", "credit"]
    search_fields = ["name", "email", "title"]
    form_fields = ["status"]  # required by ModelViewSet; the edit view is refused
    inspect_view_enabled = True
    inspect_view_fields = [
        "name",
        "email",
        "organisation",
        "role",
        "title",
        "outline",
        "warnings",
        "credit",
        "status",
        "created_at",
        "author",
    ]
    inspect_template_name = "guestposts/admin/pitch_inspect.html"
    copy_view_enabled = False

    @property
    def permission_policy(self):
        # Pitches come from the public form, and their status only moves
        # through "Accept and invite" and "Decline" (which keep the author
        # profile, invitation and emails in step), so nobody adds or edits one.
        return WithholdingPermissionPolicy(self.model, withheld={"add", "change"})


class GuestPostsGroup(ViewSetGroup):
    menu_label = "Guest posts"
    menu_icon = "user"
    items = (PitchViewSet, WithdrawalViewSet)


@hooks.register("register_admin_viewset")
def register_guest_posts_group():
    return GuestPostsGroup()


@hooks.register("register_admin_urls")
def register_pitch_action_urls():
    return [
        path(
            "guest-posts/pitches/<int:pk>/accept/",
            admin_views.accept_pitch,
            name="guestposts_pitch_accept",
        ),
        path(
            "guest-posts/pitches/<int:pk>/decline/",
            admin_views.decline_pitch,
            name="guestposts_pitch_decline",
        ),
        path("guest-posts/invite/", admin_views.InviteView.as_view(), name="guestposts_invite"),
    ]


# ---------------------------------------------------------------------------
# End of the pitches section.
# ---------------------------------------------------------------------------


@hooks.register(blog_hooks.POST_SUBMIT_PANELS)
def confidentiality_panel():
    return [ConfidentialityPanel(heading="Confidentiality check")]
