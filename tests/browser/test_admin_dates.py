"""An author types a planned date into the admin, in Chromium: Wagtail's
picker used to replace text it couldn't read with today's date when the
field lost focus. Both the ISO and the UK form now stay as typed and are
saved as the date they name."""

import datetime

from playwright.sync_api import expect

from series.models import SeriesPage
from tests.series.factories import SeriesIndexPageFactory


def test_typed_planned_dates_stay_as_typed_and_are_saved(live_server, site, editor_page):
    page = editor_page
    index = SeriesIndexPageFactory(parent=site["home"])
    page.goto(live_server.url + f"/admin/pages/add/series/seriespage/{index.pk}/")
    page.fill("#id_title", "Dated parts")
    page.fill("#id_summary", "A series.")
    picker = page.locator(".xdsoft_datetimepicker").filter(visible=True)
    for n, typed in enumerate(["2027-02-10", "11/03/2027"]):
        page.get_by_role("button", name="Add part").last.click()
        page.fill(f"#id_parts-{n}-title", f"Part {n + 1}")
        field = page.locator(f"#id_parts-{n}-planned_date")
        expect(field).to_have_attribute("placeholder", "dd/mm/yyyy")
        field.click()
        # The picker opens a moment after the field takes focus; wait for it,
        # or it could open after the click meant to close it.
        expect(picker).to_have_count(1)
        field.fill(typed)
        # A click outside closes the picker and takes focus from the date,
        # as it would for an author (an open picker can cover the footer).
        page.locator("#id_summary").click()
        expect(picker).to_have_count(0)
        expect(field).to_have_value(typed)
    expect(page.get_by_text("Day/month/year, for example 10/02/2027").first).to_be_visible()
    # Publish is the main button; Save draft is under "More actions".
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Save draft").click()
    expect(page.get_by_text("created").first).to_be_visible()
    series = SeriesPage.objects.get(slug="dated-parts").get_latest_revision_as_object()
    assert [part.planned_date for part in series.parts.all()] == [
        datetime.date(2027, 2, 10),
        datetime.date(2027, 3, 11),
    ]
