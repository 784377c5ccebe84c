"""Tags saved before blog.signals gave every tag a usable slug may have an
empty one (a name of punctuation only), which broke every page linking to
them. Give them the slug a new tag of that name gets now."""

import hashlib

from django.db import migrations


def repair(apps, schema_editor):
    Tag = apps.get_model("taggit", "Tag")
    for tag in Tag.objects.filter(slug=""):
        digest = hashlib.sha256(tag.name.casefold().encode("utf-8", "surrogatepass")).hexdigest()
        tag.slug = f"tag-{digest[:10]}"
        tag.save(update_fields=["slug"])


class Migration(migrations.Migration):
    dependencies = [
        ("blog", "0006_comment_policy"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
    ]

    operations = [migrations.RunPython(repair, migrations.RunPython.noop)]
