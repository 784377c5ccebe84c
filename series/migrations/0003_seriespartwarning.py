"""Announced parts' warnings carry an intensity, as posts' do: each becomes
a SeriesPartWarning, at "discussed" (a post warning's default). The post
field says what choosing one does."""

import django.db.models.deletion
import modelcluster.fields
from django.db import migrations, models


def warnings_with_intensity(apps, schema_editor):
    SeriesPart = apps.get_model("series", "SeriesPart")
    SeriesPartWarning = apps.get_model("series", "SeriesPartWarning")
    SeriesPartWarning.objects.bulk_create(
        SeriesPartWarning(part=part, warning=warning, intensity="discussed")
        for part in SeriesPart.objects.prefetch_related("warnings")
        for warning in part.warnings.all()
    )


def warnings_without_intensity(apps, schema_editor):
    SeriesPartWarning = apps.get_model("series", "SeriesPartWarning")
    for link in SeriesPartWarning.objects.select_related("part"):
        link.part.warnings.add(link.warning_id)


class Migration(migrations.Migration):
    dependencies = [
        ("blog", "0002_contentwarning_blogpage_warning_note_and_more"),
        ("series", "0002_seriespart_warnings"),
    ]

    operations = [
        migrations.CreateModel(
            name="SeriesPartWarning",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "intensity",
                    models.CharField(
                        choices=[
                            ("mentioned", "mentioned"),
                            ("discussed", "discussed"),
                            ("detailed", "described in detail"),
                        ],
                        default="discussed",
                        max_length=12,
                    ),
                ),
                (
                    "part",
                    modelcluster.fields.ParentalKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="announced_warnings",
                        to="series.seriespart",
                    ),
                ),
                (
                    "warning",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="blog.contentwarning",
                    ),
                ),
            ],
            options={
                "constraints": [
                    models.UniqueConstraint(
                        fields=("part", "warning"), name="one_intensity_per_part_warning"
                    )
                ],
            },
        ),
        migrations.RunPython(warnings_with_intensity, warnings_without_intensity),
        migrations.RemoveField(model_name="seriespart", name="warnings"),
        migrations.AlterField(
            model_name="seriespart",
            name="post",
            field=models.ForeignKey(
                blank=True,
                help_text=(
                    "Leave empty to announce a part that is not written yet. Once a post is "
                    "chosen, the part shows the post’s title, summary and warnings when it is "
                    "published."
                ),
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="series_parts",
                to="blog.blogpage",
            ),
        ),
        migrations.AlterField(
            model_name="seriespartwarning",
            name="part",
            field=modelcluster.fields.ParentalKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="warnings",
                to="series.seriespart",
            ),
        ),
    ]
