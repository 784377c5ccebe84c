"""Blog posts, published (back-dated to their date) or scheduled, through
Wagtail's own revisions and publishing."""

import datetime

from django.utils import timezone

from blog.models import BlogPage, BlogPageAuthor, PostWarning
from demo.body import stream_data

# The time of day demo posts go live.
PUBLISHED_AT = datetime.time(9, 0)


def publish(demo, parent, data):
    """The post under parent, published (or scheduled) if it is not there yet."""
    existing = BlogPage.objects.child_of(parent).filter(slug=data["slug"]).first()
    if existing:
        return existing
    if data.get("schedule_in_days"):
        return schedule(demo, parent, data)
    post = unsaved(demo, data, date=data["date"])
    add(parent, post, data)
    post.save_revision().publish()
    published = at_nine(data["date"])
    BlogPage.objects.filter(pk=post.pk).update(
        first_published_at=published, last_published_at=published
    )
    demo.count()
    return post


def schedule(demo, parent, data):
    """A post written ahead and scheduled: Wagtail publishes it on the day."""
    post = unsaved(demo, data, date=None)
    post.go_live_at = at_nine(
        timezone.localdate() + datetime.timedelta(days=data["schedule_in_days"])
    )
    post.live = False
    add(parent, post, data)
    post.save_revision().publish()
    demo.count()
    return post


def unsaved(demo, data, date):
    post = BlogPage(
        slug=data["slug"],
        title=data["title"],
        summary=data["summary"],
        date=date,
        hero_image=demo.images.get(data.get("hero")),
        body=stream_data(demo, data["body"]),
        warning_note=data.get("warning_note", ""),
    )
    post.post_authors = [
        BlogPageAuthor(author=demo.authors[slug], sort_order=order)
        for order, slug in enumerate(data["authors"])
    ]
    post.warnings = [
        PostWarning(warning=demo.warnings[choice["warning"]], intensity=choice["intensity"])
        for choice in data.get("warnings", [])
    ]
    return post


def add(parent, post, data):
    parent.add_child(instance=post)
    post.tags.add(*data["tags"])


def at_nine(date):
    return timezone.make_aware(datetime.datetime.combine(date, PUBLISHED_AT))
