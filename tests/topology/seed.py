"""Run as `python -m tests.topology.seed` with the topology's environment:
migrates the scratch database and adds what the topology test reads (a post,
an editor, comment settings), then prints the URLs it needs as JSON."""

import json

EDITOR = ("editor", "topology-editor-password")


def main():
    # Set up here, not on import (the test imports EDITOR from this module);
    # models load only after django.setup(), so they are imported below it.
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.urls import reverse
    from wagtail.models import Page, Site

    from blog.models import BlogIndexPage, BlogPage
    from discussion.models import CommentSettings
    from website.models import HomePage

    call_command("migrate", verbosity=0)
    # Production settings serve hashed static names from a manifest.
    call_command("collectstatic", "--no-input", verbosity=0)
    root = Page.get_first_root_node()
    for placeholder in root.get_children():
        placeholder.delete()
    home = root.add_child(instance=HomePage(title="Commonroom", slug="home"))
    Site.objects.all().delete()
    site = Site.objects.create(
        hostname="127.0.0.1", port=80, root_page=home, is_default_site=True, site_name="Commonroom"
    )
    blog = home.add_child(instance=BlogIndexPage(title="Blog", slug="blog"))

    def published(title, slug, paragraph):
        post = blog.add_child(
            instance=BlogPage(
                title=title,
                slug=slug,
                summary=f"{title}: a post the topology test reads.",
                body=json.dumps([{"type": "paragraph", "value": paragraph}]),
            )
        )
        post.save_revision().publish()
        return post

    post = published(
        "Two instances, one conversation", "two-instances", "<p>Shared state only.</p>"
    )
    other = published("A post taken down", "taken-down", "<p>Here for a while.</p>")
    config = CommentSettings.for_site(site)
    config.min_seconds = 0
    config.save()
    get_user_model().objects.create_superuser(EDITOR[0], "editor@example.org", EDITOR[1])
    print(
        json.dumps(
            {
                "post_id": post.pk,
                "post_url": post.url,
                "other_id": other.pk,
                "other_url": other.url,
                "moderate_url": reverse("discussion_comment:moderate", args=[0]),
            }
        )
    )


if __name__ == "__main__":
    main()
