"""Linking a post to a part announced before it was written, in one click
from the post's editor: the series gets a new revision with the post in
that part, published if the series is live."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_POST

from blog.models import BlogPage
from series.models import SeriesPart
from series.part_form import missing_announced_warnings


@require_POST
def link_post_to_part(request, part_pk):
    part = get_object_or_404(SeriesPart.objects.select_related("series"), pk=part_pk)
    post_pk = request.POST.get("link_post", "").strip()
    # A page id: digits a database integer holds (SQLite refuses longer).
    valid = post_pk.isascii() and post_pk.isdigit() and len(post_pk) <= 18
    post = get_object_or_404(BlogPage, pk=int(post_pk) if valid else 0)
    series = part.series.get_latest_revision_as_object()
    permissions = part.series.permissions_for_user(request.user)
    if not (permissions.can_edit() and permissions.can_publish()):
        raise PermissionDenied
    parts = list(series.parts.all())
    target = next((p for p in parts if p.pk == part.pk and not p.post_id), None)
    if target is None or SeriesPart.objects.filter(post=post).exists():
        messages.error(request, "That part has its post already, or this post is in a series.")
        return redirect("wagtailadmin_pages:edit", post.pk)
    problem = missing_announced_warnings(
        post, [(link.warning, link.intensity) for link in target.warnings.all()]
    )
    if problem:
        messages.error(request, problem)
        return redirect("wagtailadmin_pages:edit", post.pk)
    target.post = post
    series.parts = parts
    series.save_revision(user=request.user, log_action=True).publish(user=request.user)
    messages.success(request, f"“{post.title}” is now that part of “{series.title}”.")
    return redirect("wagtailadmin_pages:edit", post.pk)
