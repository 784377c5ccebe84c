"""Series from WordPress: PublishPress Series' `series` taxonomy (its part
number in `_series_part` post meta), another taxonomy, or a category chosen
with --series-from. Each becomes a SeriesPage whose parts are the posts in
order: by part number where the export has one, else by date. A scheduled
post is a part like any other; the series page shows it as "available on …"
until it goes live."""

from django.utils.text import slugify

from series.models import SeriesIndexPage, SeriesPage, SeriesPart
from wordpress.dates import wp_datetime
from wordpress.models import ImportedObject

Kind = ImportedObject.Kind
PART_META = "_series_part"


def part_number(item, term_id):
    for key in (f"{PART_META}_{term_id}", PART_META, "series_part"):
        value = item.meta.get(key, "").strip()
        if value.isdigit():
            return int(value)
    return None


def import_series(importer):
    if not (importer.series_taxonomy or importer.series_category):
        return
    terms = {}
    term_ids = {(term.taxonomy, term.slug): term.id for term in importer.export.terms if term.slug}
    descriptions = {(term.taxonomy, term.slug): term.description for term in importer.export.terms}
    for item in importer.items:
        if item.post_type != "post":
            continue
        target = importer.pages.get(item.post_id)
        if not target or target[0] is None:
            continue
        for term in item.terms:
            if importer.is_series_term(term):
                key = (term.domain, term.slug or slugify(term.name))
                terms.setdefault(key, {"name": term.name or term.slug, "items": []})[
                    "items"
                ].append(item)
    if not terms:
        return
    index = SeriesIndexPage.objects.first()
    if index is None:
        index = importer.home.add_child(instance=SeriesIndexPage(title="Series", slug="series"))
        index.save_revision().publish()
        importer.report.created["series index"] += 1

    for (taxonomy, slug), entry in terms.items():
        term_id = term_ids.get((taxonomy, slug)) or slug
        row = importer.mapping(Kind.SERIES, f"{taxonomy}:{slug}")
        series = SeriesPage.objects.filter(pk=row.object_id).first() if row else None
        if series is None:
            summary = (
                descriptions.get((taxonomy, slug)) or f"A series of posts: {entry['name']}."
            )[:400]
            unique = slug
            number = 1
            while index.get_children().filter(slug=unique).exists():
                number += 1
                unique = f"{slug}-{number}"
            series = index.add_child(
                instance=SeriesPage(title=entry["name"][:255], slug=unique, summary=summary)
            )
            series.save_revision().publish()
            importer.remember(Kind.SERIES, f"{taxonomy}:{slug}", series.pk)
            importer.report.created["series"] += 1
        else:
            importer.report.unchanged["series"] += 1
        items = sorted(
            entry["items"],
            key=lambda item: (
                part_number(item, term_id) is None,
                part_number(item, term_id) or 0,
                wp_datetime(item.post_date_gmt, item.post_date) or importer.now,
                item.post_id,
            ),
        )
        post_ids = [importer.pages[item.post_id][0] for item in items]
        present = set(
            SeriesPart.objects.filter(post_id__in=post_ids).values_list("post_id", flat=True)
        )
        last = series.parts.order_by("-sort_order").values_list("sort_order", flat=True).first()
        position = (last if last is not None else -1) + 1
        new = []
        for post_id in post_ids:
            if post_id in present:
                continue
            new.append(SeriesPart(series=series, post_id=post_id, sort_order=position))
            position += 1
        SeriesPart.objects.bulk_create(new)
        importer.report.created["series part"] += len(new)
    importer.save_mappings()
