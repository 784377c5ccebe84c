"""Series and their parts: posts published with the series, and announced
parts not yet written."""

from demo import posts
from series.models import SeriesPage, SeriesPart


def load(demo, index, sections, data):
    """The series, with its part posts published in the section each names
    (the blog unless it says otherwise), if the series is not there yet."""
    if SeriesPage.objects.child_of(index).filter(slug=data["slug"]).exists():
        return
    parts = []
    for entry in data["part"]:
        if "post" in entry:
            post = entry["post"]
            parent = sections[post.get("section", "blog")]
            parts.append(SeriesPart(post=posts.publish(demo, parent, post)))
        else:
            parts.append(
                SeriesPart(
                    title=entry["title"],
                    summary=entry["summary"],
                    planned_date=entry.get("planned_date"),
                )
            )
    series = SeriesPage(
        slug=data["slug"],
        title=data["title"],
        summary=data["summary"],
        introduction=data["introduction"],
        cover_image=demo.images[data["cover"]],
    )
    series.parts = parts
    index.add_child(instance=series)
    series.save_revision().publish()
    demo.count()


def join(slug, post):
    """Adds a post to a series after its published parts, as an editor
    would, and republishes the series."""
    series = SeriesPage.objects.get(slug=slug)
    parts = list(series.parts.all())
    if any(part.post_id == post.pk for part in parts):
        return
    published = [i for i, part in enumerate(parts) if part.post_id]
    parts.insert((published[-1] + 1) if published else 0, SeriesPart(post=post))
    for position, part in enumerate(parts):
        part.sort_order = position
    series.parts = parts
    series.save_revision().publish()
