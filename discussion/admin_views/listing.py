"""The comment listing: its columns, with a row's moderation buttons, and its header buttons."""

from django.urls import reverse
from django.utils.functional import cached_property
from wagtail.admin.ui.tables import BulkActionsCheckboxColumn, Column, DateColumn, TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.widgets.button import Button, HeaderButton

from core.columns import FormCellColumn
from discussion.admin_views.display import author_name, comment_url, excerpt
from discussion.admin_views.moderation import moderations_for
from discussion.admin_views.permissions import ERASURE_PERMISSION
from discussion.models import Comment


class PostColumn(Column):
    cell_template_name = "discussion/admin/post_cell.html"


class ModerateColumn(FormCellColumn):
    """Approve / remove / spam buttons for each row, as small POST forms."""

    cell_template_name = "discussion/admin/moderate_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        request = parent_context.get("request")
        context["moderations"] = moderations_for(instance)
        context["next"] = listing_url(parent_context["table"].base_url, request)
        return context


def listing_url(index_url, request):
    """The listing as the editor sees it (filters, search, page), even when
    the rows were fetched as a fragment from the results URL."""
    if request is None:
        return index_url
    params = request.GET.copy()
    params.pop("_w_filter_fragment", None)
    return f"{index_url}?{params.urlencode()}" if params else index_url


class CommentIndexView(IndexView):
    page_title = "Comments"

    def get_base_queryset(self):
        return Comment.objects.select_related("post")

    @cached_property
    def columns(self):
        title_column_class = self._get_title_column_class(TitleColumn)
        return [
            BulkActionsCheckboxColumn("bulk_actions", obj_type="comment"),
            title_column_class(
                "comment",
                label="Comment",
                accessor=excerpt,
                get_url=comment_url,
                get_title_id=lambda comment: f"comment_{comment.pk}_title",
            ),
            Column("user_name", label="Name", accessor=author_name, sort_key="user_name"),
            Column("user_email", label="Email", sort_key="user_email"),
            PostColumn("post", label="Post"),
            DateColumn("submit_date", label="Date", sort_key="submit_date"),
            Column("state", label="State", accessor="get_state_display"),
            Column("held_reason", label="Held because"),
            ModerateColumn("moderate", label="Moderate"),
        ]

    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        awaiting = reverse("discussion_comment:index") + "?state=awaiting"
        buttons.append(HeaderButton("Awaiting moderation", url=awaiting, icon_name="comment"))
        return buttons

    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        user = self.request.user
        if user.has_perm(ERASURE_PERMISSION):
            buttons.append(
                Button(
                    "Erase a commenter’s data",
                    url=reverse("discussion_erasure:erase"),
                    icon_name="bin",
                    priority=50,
                )
            )
        if user.has_perm("discussion.view_erasure"):
            buttons.append(
                Button(
                    "Erasure records",
                    url=reverse("discussion_erasure:index"),
                    icon_name="list-ul",
                    priority=60,
                )
            )
        return buttons
