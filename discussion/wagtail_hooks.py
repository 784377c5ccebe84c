"""Comments in the Wagtail admin: the "Comments" menu item with the number
awaiting moderation, the listing and a comment's own page, the bulk
actions, the audit-log actions, and erasure records. The views are in
discussion/admin_views/, one module per concern."""

from django.urls import path, reverse
from django.utils.functional import cached_property
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.sidebar import LinkMenuItem
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.utils import get_user_display_name
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton

from blog import hooks as blog_hooks
from core.permissions import WithholdingPermissionPolicy
from discussion.admin_views.bulk import BULK_ACTIONS
from discussion.admin_views.editing import CommentEditForm, CommentEditView
from discussion.admin_views.erase import EraseView
from discussion.admin_views.inspect import CommentInspectView
from discussion.admin_views.listing import CommentIndexView
from discussion.admin_views.moderation import moderate_comment
from discussion.admin_views.permissions import (
    ERASURE_PERMISSION,
    PERMISSION,
    ModerationPermissionPolicy,
)
from discussion.filters import SEARCH_FIELDS, CommentFilterSet
from discussion.models import Comment, Erasure
from discussion.threads import discussion_for, with_comment_counts


class CommentsMenuItem(MenuItem):
    """ "Comments", or "Comments (3)" while three wait for a moderator. Menu
    items are made once and shared, so the count is worked out per request."""

    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)

    def render_component(self, request):
        awaiting = Comment.objects.awaiting().count()
        label = f"{self.label} ({awaiting})" if awaiting else self.label
        return LinkMenuItem(
            self.name,
            label,
            self.url,
            icon_name=self.icon_name,
            classname=self.classname,
            attrs=self.attrs,
        )


class CommentViewSet(ModelViewSet):
    model = Comment
    icon = "comment"
    menu_label = "Comments"
    menu_name = "comments"
    menu_order = 250  # after Pages, before Images
    add_to_admin_menu = True
    menu_item_class = CommentsMenuItem
    url_namespace = "discussion_comment"
    url_prefix = "comments"
    index_view_class = CommentIndexView
    inspect_view_class = CommentInspectView
    edit_view_class = CommentEditView
    index_template_name = "discussion/admin/comment_index.html"
    inspect_template_name = "discussion/admin/comment_inspect.html"
    inspect_view_enabled = True
    copy_view_enabled = False
    # A comment's link to its post would otherwise count as a "usage" of
    # the post, and every comment saved from the site would cost queries.
    add_to_reference_index = False
    filterset_class = CommentFilterSet
    search_fields = SEARCH_FIELDS
    search_backend_name = None  # comments aren't in the search index
    ordering = "-submit_date"
    list_per_page = 50
    edit_handler = ObjectList(
        [FieldPanel("user_name", heading="Name"), FieldPanel("comment", heading="Text")],
        base_form_class=CommentEditForm,
    )

    @cached_property
    def permission_policy(self):
        return ModerationPermissionPolicy()

    @cached_property
    def menu_url(self):
        # The menu is for moderating: it opens on what's waiting.
        return reverse(self.get_url_name("index")) + "?state=awaiting"

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("moderate/<int:pk>/", moderate_comment, name="moderate"),
        ]


class ErasureIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("performed_by")

    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        user = self.request.user
        if user.has_perm(ERASURE_PERMISSION) and user.has_perm(PERMISSION):
            buttons.append(
                HeaderButton(
                    "Erase a commenter’s data",
                    url=reverse("discussion_erasure:erase"),
                    icon_name="bin",
                )
            )
        return buttons


class ErasureViewSet(ModelViewSet):
    model = Erasure
    icon = "bin"
    menu_label = "Erasures"
    url_namespace = "discussion_erasure"
    url_prefix = "comments/erasures"
    index_view_class = ErasureIndexView
    list_display = [
        "action",
        Column("comment_count", label="Comments"),
        Column("like_count", label="Likes"),
        DateColumn("requested_on", label="Requested on"),
        Column(
            "performed_by",
            label="Done by",
            accessor=lambda erasure: (
                get_user_display_name(erasure.performed_by) if erasure.performed_by else "—"
            ),
        ),
        DateColumn("performed_at", label="Done at", sort_key="performed_at"),
    ]
    ordering = "-performed_at"
    form_fields = ["requested_on"]  # required by ModelViewSet; the edit view is refused
    copy_view_enabled = False
    add_to_reference_index = False

    @cached_property
    def permission_policy(self):
        # A record of what was done: made only by the erasure itself, and
        # never changed or removed afterwards.
        return WithholdingPermissionPolicy(self.model, withheld={"add", "change", "delete"})

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("erase/", EraseView.as_view(), name="erase"),
        ]


@hooks.register("register_admin_viewset")
def register_comment_viewsets():
    return [CommentViewSet(), ErasureViewSet()]


for bulk_action in BULK_ACTIONS:
    hooks.register("register_bulk_action", bulk_action)


@hooks.register("register_log_actions")
def register_comment_log_actions(actions):
    actions.register_action("discussion.comment.approve", "Approve comment", "Approved")
    actions.register_action("discussion.comment.remove", "Remove comment", "Removed")
    actions.register_action("discussion.comment.spam", "Mark comment as spam", "Marked as spam")
    actions.register_action(
        "discussion.comment.reply", "Reply from the admin", "Replied from the admin"
    )


# What comments add to posts, through blog's extension points.


@hooks.register(blog_hooks.POST_CONTEXT)
def discussion_thread(post, request, context):
    # The comment view serves the post with the form it refused, to show
    # the reader's words again with what to fix.
    discussion = discussion_for(post, request, context.get("comment_form"))
    # A warned post sent back with the reader's comment opens on arrival,
    # so the reader sees what to fix.
    refused = bool(discussion and discussion.form and discussion.form.errors)
    return {"discussion": discussion, "open_post_gate": refused}


@hooks.register(blog_hooks.TEMPLATES)
def discussion_templates():
    return {"post_end": "discussion/includes/thread.html"}


@hooks.register(blog_hooks.POST_SETTINGS_PANELS)
def comment_settings_panels():
    return [
        MultiFieldPanel(
            [
                # Editors, who moderate comments, decide; guest contributors don't see these.
                FieldPanel("comments_open", permission=PERMISSION),
                FieldPanel("comment_moderation", permission=PERMISSION),
            ],
            heading="Comments",
        )
    ]


@hooks.register(blog_hooks.CARD_QUERYSET)
def comment_counts(posts):
    return with_comment_counts(posts)
