"""A contributor asks for their published post to be taken down; an editor
unpublishes it in one action; both hear about it by email."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import path
from django.utils import timezone
from django.views.decorators.http import require_POST
from wagtail import hooks
from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.admin.viewsets.model import ModelViewSet

from blog.models import BlogPage
from core.columns import FormCellColumn
from core.permissions import WithholdingPermissionPolicy
from core.tasks import enqueue_after_commit
from guestposts.models import Withdrawal
from guestposts.tasks import send_withdrawal_done, send_withdrawal_requested


@require_POST
def request_withdrawal(request, page_id):
    post = get_object_or_404(BlogPage, pk=page_id, owner=request.user, live=True)
    if post.withdrawals.exists():
        messages.info(request, "You have already asked for this post to be withdrawn.")
        return redirect("wagtailadmin_home")
    with transaction.atomic():
        withdrawal = Withdrawal.objects.create(
            post=post, requested_by=request.user, reason=request.POST.get("reason", "")[:1000]
        )
        enqueue_after_commit(send_withdrawal_requested, withdrawal.pk)
    messages.success(
        request,
        f"We’ve asked the editors to withdraw “{post.title}”. We’ll email you when it’s done.",
    )
    return redirect("wagtailadmin_home")


@require_POST
def complete_withdrawal(request, pk):
    if not request.user.has_perm("guestposts.change_withdrawal"):
        raise PermissionDenied
    withdrawal = get_object_or_404(Withdrawal, pk=pk, done_at=None)
    with transaction.atomic():
        post = withdrawal.post
        if post.live:
            # Editors may withdraw a guest post without holding publish rights
            # on it: handling withdrawals is the permission that counts here.
            UnpublishPageAction(post, user=request.user, log_action=True).execute(
                skip_permission_checks=True
            )
        withdrawal.done_at = timezone.now()
        withdrawal.done_by = request.user
        withdrawal.save(update_fields=["done_at", "done_by"])
        enqueue_after_commit(send_withdrawal_done, withdrawal.pk)
    messages.success(request, f"“{post.title}” is unpublished and its contributor will be told.")
    return redirect("guestposts_withdrawal:index")


class ActionColumn(FormCellColumn):
    cell_template_name = "guestposts/admin/withdrawal_action_cell.html"


class WithdrawalViewSet(ModelViewSet):
    model = Withdrawal
    icon = "warning"
    menu_label = "Withdrawal requests"
    url_namespace = "guestposts_withdrawal"
    list_display = ["post", "reason", "requested_at", "done_at", ActionColumn("action", label="")]
    list_filter = ["done_at"]
    form_fields = ["reason"]
    inspect_view_enabled = True
    copy_view_enabled = False

    @property
    def permission_policy(self):
        # Requests come from contributors and are kept as a record.
        return WithholdingPermissionPolicy(self.model, withheld={"add", "delete"})


@hooks.register("register_admin_urls")
def register_withdrawal_urls():
    return [
        path(
            "guest-posts/<int:page_id>/withdraw/",
            request_withdrawal,
            name="guestposts_request_withdrawal",
        ),
        path(
            "guest-posts/withdrawals/<int:pk>/unpublish/",
            complete_withdrawal,
            name="guestposts_complete_withdrawal",
        ),
    ]
