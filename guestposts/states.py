"""Where each of a contributor's posts stands, in words they'd use."""

from wagtail.models import WorkflowState

from blog.models import BlogPage


def post_state(post, workflow_state, withdrawal):
    if withdrawal is not None and withdrawal.done_at:
        return "Withdrawn"
    if withdrawal is not None:
        return "Withdrawal requested"
    if post.live:
        return "Published"
    if post.go_live_at and post.latest_revision and post.latest_revision.approved_go_live_at:
        return "Approved, scheduled"
    if workflow_state is not None:
        if workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            return "Changes requested"
        return "Sent for review"
    return "Draft"


def contributor_posts(user):
    posts = list(
        BlogPage.objects.filter(owner=user)
        .select_related("latest_revision")
        .prefetch_related("withdrawals")
        .order_by("-latest_revision_created_at")
    )
    states = {
        int(state.object_id): state
        for state in WorkflowState.objects.active().filter(
            base_content_type__model="page", object_id__in=[str(post.pk) for post in posts]
        )
    }
    for post in posts:
        withdrawals = list(post.withdrawals.all())
        post.contributor_state = post_state(
            post, states.get(post.pk), withdrawals[0] if withdrawals else None
        )
        post.can_ask_to_withdraw = post.live and not withdrawals
        # The live page for what readers see; the draft for what they don't yet.
        post.can_preview = not post.live or post.has_unpublished_changes
    return posts
