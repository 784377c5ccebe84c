"""An import adds pages with bulk inserts, which send no signals: readers of
cached listings must still see the imported posts at once."""

from django.core.management import call_command

from blog.models import BlogPage


def test_an_import_refreshes_cached_listings(
    site_tree, wxr, page_cache, client, django_capture_on_commit_callbacks
):
    client.get("/blog/")
    assert client.get("/blog/")["X-Page-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        call_command("import_wordpress", str(wxr / "valid-wxr-1.1.xml"))
    post = BlogPage.objects.live().order_by("-date").first()
    assert post is not None
    response = client.get("/blog/")
    assert response["X-Page-Cache"] != "hit"
    assert post.title in response.content.decode()
