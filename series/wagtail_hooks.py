from django.urls import path
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from blog import hooks as blog_hooks
from blog.dashboard import Action, add_page_url
from core.permissions import WithholdingPermissionPolicy
from series.admin_views import resend_unsent
from series.linking import link_post_to_part
from series.models import Notification, SeriesIndexPage, SeriesPage, Subscription
from series.panels import SeriesMembershipPanel
from series.parts import attach_series, next_part_without, series_for_post


class SubscriptionViewSet(ModelViewSet):
    model = Subscription
    icon = "mail"
    menu_label = "Followers"
    url_namespace = "series_subscription"
    list_display = [
        "email",
        Column("target_name", label="Following"),
        "status",
        "created_at",
        "confirmed_at",
    ]
    list_filter = ["status", "series"]
    search_fields = ["email"]
    form_fields = ["status"]
    inspect_view_enabled = True
    copy_view_enabled = False

    @property
    def permission_policy(self):
        # Followers subscribe themselves (double opt-in); editors may see and
        # remove them but never sign anyone up.
        return WithholdingPermissionPolicy(self.model, withheld={"add"})


class NotificationViewSet(ModelViewSet):
    model = Notification
    icon = "mail"
    menu_label = "Notifications sent"
    url_namespace = "series_notification"
    list_display = [
        Column("post", label="Post"),
        Column("subscription", label="Subscription"),
        Column("state", label="State"),
        "attempts",
        "last_error",
        "created_at",
        "sent_at",
    ]
    list_filter = ["sent_at", "post"]
    form_fields = []
    inspect_view_enabled = True
    copy_view_enabled = False
    index_template_name = "series/admin/notification_index.html"

    @property
    def permission_policy(self):
        # Notifications are made by publishing, never by hand.
        return WithholdingPermissionPolicy(self.model, withheld={"add"})


class FollowingGroup(ViewSetGroup):
    menu_label = "Following"
    menu_icon = "mail"
    items = (SubscriptionViewSet, NotificationViewSet)


@hooks.register("register_admin_viewset")
def register_following():
    return FollowingGroup()


@hooks.register("register_admin_urls")
def register_resend_url():
    return [
        path("following/resend/", resend_unsent, name="series_resend_unsent"),
        path("series/parts/<int:part_pk>/link/", link_post_to_part, name="series_link_part"),
    ]


# What series adds to posts, through blog's extension points.


@hooks.register(blog_hooks.POST_CONTEXT)
def series_banner(post, request, context):
    return {"series_view": series_for_post(post, request)}


@hooks.register(blog_hooks.TEMPLATES)
def series_templates():
    return {
        "post_top": "series/includes/series_banner.html",
        "post_footer": "series/includes/part_nav.html",
        "index_aside": "series/includes/follow_blog.html",
    }


@hooks.register(blog_hooks.POST_PANELS)
def series_membership_panel():
    return [SeriesMembershipPanel(heading="Series")]


@hooks.register(blog_hooks.DECORATE_CARDS)
def series_positions(posts):
    attach_series(posts)


@hooks.register(blog_hooks.SKIP_TARGET)
def next_part(post, warning_slugs, context):
    return next_part_without(context.get("series_view"), warning_slugs)


@hooks.register(blog_hooks.DASHBOARD_ACTIONS)
def new_series(request):
    url = add_page_url(SeriesPage, SeriesIndexPage.objects.order_by("path"), request.user)
    return [Action("New series", url)] if url else []
