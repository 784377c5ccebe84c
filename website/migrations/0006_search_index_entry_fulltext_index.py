"""On PostgreSQL, Wagtail's database search backend matches a query against
each index entry's title and body together, `(title || body) @@ query`, which
its own indexes (one per column) can't answer: every search read every entry.
This index is on that expression, so a search reads only the entries that
match. Elsewhere (SQLite's FTS5 table) there is nothing to do."""

from django.db import migrations

INDEX = "website_indexentry_title_body_fts"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry "
            "USING gin ((title || body))"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("website", "0005_sitesettings_privacy_page"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create, drop)]
