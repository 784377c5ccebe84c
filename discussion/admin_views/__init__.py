"""Moderating readers' comments in the Wagtail admin, one module per concern:
who may (permissions), what a comment's admin pages show of it (display),
approve / remove / spam for one comment (moderation) or many (bulk), the
listing, a comment's own page with the author's reply (inspect), editing,
and erasing a commenter's data on request (erase). discussion/wagtail_hooks.py
puts them in the admin. Every state change goes through
discussion.posting.moderate, so reply emails go out exactly when a comment
is first published."""
