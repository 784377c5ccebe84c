"""The moderations as bulk actions on the comment listing's selection."""

from django.template.defaultfilters import pluralize
from wagtail.admin.views.bulk_action import BulkAction
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin

from discussion.admin_views.display import comment_url, excerpt
from discussion.admin_views.moderation import MODERATIONS
from discussion.admin_views.permissions import ModerationPermissionPolicy
from discussion.filters import comments_in_listing
from discussion.lookups import parse_id
from discussion.models import Comment


class CommentBulkAction(PermissionCheckedMixin, BulkAction):
    models = [Comment]
    permission_policy = ModerationPermissionPolicy()
    permission_required = "change"
    template_name = "discussion/admin/confirm_bulk_moderate.html"
    moderation_name = None

    @classmethod
    def moderation(cls):
        return MODERATIONS[cls.moderation_name]

    @classmethod
    def get_queryset(cls, model, object_ids):
        # Ids come from the query string: anything not an id names nothing.
        # ("Select all in listing" hands over the listing's own ids, already ints.)
        object_ids = [pk if isinstance(pk, int) else parse_id(pk) for pk in object_ids]
        object_ids = [pk for pk in object_ids if pk is not None]
        return list(
            Comment.objects.filter(pk__in=object_ids)
            .select_related("post")
            .order_by("-submit_date")
        )

    def get_all_objects_in_listing_query(self, parent_id):
        # "All comments in the listing": the listing's own filters and search
        # arrive with the request, so act on exactly those.
        return comments_in_listing(self.request.GET, self.request).values_list("pk", flat=True)

    def object_context(self, comment):
        return {"item": comment, "url": comment_url(comment), "excerpt": excerpt(comment)}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        moderation = self.moderation()
        context["moderation"] = moderation
        context["confirm_label"] = f"Yes, {moderation.verb.lower()}"
        context["question"] = moderation.ask(len(context["items"]))
        return context

    def get_execution_context(self):
        return {"user": self.request.user}

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        moderation = cls.moderation()
        changed = sum(moderation.apply(comment, user) for comment in objects)
        return changed, 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        moderation = self.moderation()
        unchanged = len(self.actionable_objects) - num_parent_objects
        message = f"{moderation.done} {num_parent_objects} comment{pluralize(num_parent_objects)}."
        if unchanged:
            message += f" {unchanged} left as {'it was' if unchanged == 1 else 'they were'}."
        return message


class ApproveBulkAction(CommentBulkAction):
    display_name = "Approve"
    action_type = "approve"
    aria_label = "Approve the selected comments"
    action_priority = 10
    moderation_name = "approve"


class RemoveBulkAction(CommentBulkAction):
    display_name = "Remove"
    action_type = "remove"
    aria_label = "Remove the selected comments"
    action_priority = 20
    moderation_name = "remove"


class SpamBulkAction(CommentBulkAction):
    display_name = "Mark as spam"
    action_type = "spam"
    aria_label = "Mark the selected comments as spam"
    action_priority = 30
    moderation_name = "spam"


BULK_ACTIONS = [ApproveBulkAction, RemoveBulkAction, SpamBulkAction]
