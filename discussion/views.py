"""The public side of comments: posting, replying, permalinks, the held
comment page and the reply-email links. Posting is CSRF-exempt so it works
from cached pages; `same_origin_post` is its CSRF defence instead."""

from django.conf import settings
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from core.origin import same_origin_post, signed_link_post
from core.ratelimit import over_limit
from discussion import policy, tokens
from discussion.forms import CommentForm, new_stamp
from discussion.likes import new_reader_id, reader_id, remember_reader
from discussion.lookups import public_comment, public_post
from discussion.models import Comment
from discussion.posting import create_comment
from discussion.threads import PAGE_PARAMETER, page_number_of


def comment_location(comment, config):
    page = page_number_of(comment, config)
    query = f"?{PAGE_PARAMETER}={page}" if page > 1 else ""
    return f"{comment.post.url}{query}#{comment.anchor}"


@same_origin_post
@require_POST
def post_comment(request, post_id):
    post = public_post(post_id)
    config = policy.settings_for(request)
    form = CommentForm(request.POST, post=post, config=config, user=request.user)
    if policy.comments_closed(post, config):
        return render(request, "discussion/closed.html", {"post": post, "form": form}, status=403)
    if over_limit(request, "comment", settings.COMMENT_RATE_LIMIT, settings.COMMENT_RATE_WINDOW):
        return render(
            request, "discussion/rate_limited.html", {"post": post, "form": form}, status=429
        )
    if not form.is_valid():
        form.prepare_to_show_again()
        if form.needs_confirmation:
            return render(request, "discussion/confirm.html", {"post": post, "form": form})
        return form_with_errors(request, post, form)
    if form.is_bot():
        # Answered as if held, so the bot learns nothing; nothing is saved.
        return render(request, "discussion/held.html", {"post": post})
    data = form.cleaned_data
    # The browser's like id goes with the comment, so an erasure of this
    # address also finds what this browser liked.
    reader = reader_id(request) or new_reader_id()
    comment = create_comment(
        post,
        text=data["comment"],
        config=config,
        name=data.get("name", ""),
        email=data.get("email", ""),
        url=data.get("url", ""),
        parent=data["parent"],
        user=request.user,
        reader=reader,
        wants_replies=data["followup"],
    )
    if comment.is_published:
        response = redirect(comment_location(comment, config))
    else:
        response = redirect("comment_held", token=tokens.make_token(comment, tokens.HELD))
    remember_reader(response, reader, request)
    return response


def form_with_errors(request, post, form):
    """The reader's own words back, with what to fix: on the reply page for a
    reply, else on the post itself where the form was."""
    parent = form.cleaned_data.get("parent")
    if parent is not None:
        context = {"post": post, "parent": parent, "form": form}
        return render(request, "discussion/reply.html", context, status=400)
    response = post.serve(request, comment_form=form)
    response.status_code = 400
    return response


@require_GET
def reply(request, comment_id):
    parent = public_comment(comment_id)
    config = policy.settings_for(request)
    if policy.comments_closed(parent.post, config) or not policy.can_reply_to(parent):
        return redirect(comment_location(parent, config))
    # Not cached, so it carries its own stamp.
    form = CommentForm(
        initial={"parent": parent.pk, "stamp": new_stamp()},
        post=parent.post,
        config=config,
        user=request.user,
    )
    return render(
        request, "discussion/reply.html", {"post": parent.post, "parent": parent, "form": form}
    )


@require_GET
def permalink(request, comment_id):
    comment = public_comment(comment_id)
    return redirect(comment_location(comment, policy.settings_for(request)))


@require_GET
def held(request, token):
    try:
        comment = tokens.read_token(token, tokens.HELD)
    except tokens.InvalidToken:
        raise Http404 from None
    if comment.is_published:
        return redirect(comment_location(comment, policy.settings_for(request)))
    if comment.is_removed:
        raise Http404
    return render(request, "discussion/held.html", {"post": comment.post, "comment": comment})


# The signed token is the proof of ownership, as for stopping.
@signed_link_post
@require_http_methods(["GET", "POST"])
def confirm_replies(request, token):
    try:
        comment = tokens.read_token(token, tokens.CONFIRM_REPLIES)
    except tokens.InvalidToken as problem:
        return render(
            request, "discussion/token_problem.html", {"reason": problem.reason}, status=400
        )
    if comment.replies_stopped_at is not None:
        return render(request, "discussion/token_problem.html", {"reason": "stopped"}, status=400)
    if request.method == "GET":
        # Mail scanners open links; only the commenter's own click confirms.
        return render(
            request, "discussion/confirm_replies.html", {"comment": comment, "token": token}
        )
    if not comment.followup:
        comment.followup = True
        comment.save(update_fields=["followup"])
    return render(request, "discussion/replies_confirmed.html", {"comment": comment})


# One-click unsubscribe (RFC 8058) posts from the mail client without a CSRF
# token or an Origin; the signed token is the proof of ownership.
@signed_link_post
@require_http_methods(["GET", "POST"])
def stop_replies(request, token):
    try:
        comment = tokens.read_token(token, tokens.STOP_REPLIES)
    except tokens.InvalidToken as problem:
        return render(
            request, "discussion/token_problem.html", {"reason": problem.reason}, status=400
        )
    if request.method == "GET":
        # Link checkers open links; only a deliberate POST changes anything.
        return render(request, "discussion/stop_replies.html", {"comment": comment, "token": token})
    Comment.objects.filter(post_id=comment.post_id).by_address(comment.user_email).update(
        followup=False, replies_stopped_at=timezone.now()
    )
    return render(request, "discussion/replies_stopped.html", {"comment": comment})
