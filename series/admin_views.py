from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from core.tasks import enqueue_after_commit
from series.models import Notification
from series.tasks import resend_notification


@require_POST
def resend_unsent(request):
    if not request.user.has_perm("series.change_notification"):
        raise PermissionDenied
    unsent = list(Notification.objects.filter(sent_at=None).values_list("pk", flat=True))
    for pk in unsent:
        enqueue_after_commit(resend_notification, pk)
    messages.success(request, f"{len(unsent)} unsent notification(s) queued to send again.")
    return redirect("series_notification:index")
