"""The dashboard's "Posts awaiting review": how many pages in a workflow wait
for this user's decision, linked to Wagtail's workflow report showing just
those. Any workflow counts (guest post review is the one the site sets up)."""

from django.urls import reverse
from wagtail.models import GroupApprovalTask, TaskState

from blog.dashboard import Action

REPORT_FILTER = "?reviewable=true&status=in_progress"


def reviews_anyone(user):
    return (
        user.is_superuser
        or GroupApprovalTask.objects.filter(active=True, groups__in=user.groups.all()).exists()
    )


def posts_awaiting_review(request):
    if not reviews_anyone(request.user):
        return []
    waiting = TaskState.objects.reviewable_by(request.user).count()
    if not waiting:
        return [Action("Posts awaiting review", note="none just now")]
    url = reverse("wagtailadmin_reports:workflow") + REPORT_FILTER
    return [Action("Posts awaiting review", url, note=str(waiting))]
