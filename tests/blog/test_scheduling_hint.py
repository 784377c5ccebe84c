"""Authors look for scheduling by the post's date, but Wagtail 7.4 puts it
in the Status panel: the date field says where it is."""

from django.urls import reverse


def test_the_date_field_points_at_set_schedule(admin_client, blog):
    add = reverse("wagtailadmin_pages:add", args=["blog", "blogpage", blog.pk])
    html = admin_client.get(add).content.decode()
    assert "choose “Set schedule”" in html
    assert "Set schedule" in html  # Wagtail's own control, which the hint names
