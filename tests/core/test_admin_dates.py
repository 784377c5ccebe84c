"""Dates typed into the admin: the UK and the ISO forms both mean what they
say, anything else is refused with the text kept, and the field says what
it expects. (The browser side, where the picker used to put today's date in
place of typed text, is tests/browser/test_admin_dates.py.)"""

import datetime

import pytest
from django.urls import reverse

from series.models import SeriesPage
from tests.hostile import naughty_sample
from tests.series.factories import SeriesIndexPageFactory
from tests.series.test_admin import series_form


@pytest.fixture
def index(home):
    return SeriesIndexPageFactory(parent=home)


def announced(planned_date):
    return [{"post": "", "title": "Still to write", "planned_date": planned_date, "summary": ""}]


@pytest.mark.parametrize("typed", ["2027-02-10", "10/02/2027", " 10/02/2027 "])
def test_a_planned_date_in_either_form_is_kept(admin_client, index, typed):
    add = reverse("wagtailadmin_pages:add", args=["series", "seriespage", index.pk])
    response = admin_client.post(add, series_form("Dated", announced(typed)))
    assert response.status_code == 302
    part = SeriesPage.objects.get(slug="dated").parts.get()
    assert part.planned_date == datetime.date(2027, 2, 10)


def test_the_form_shows_the_expected_format(admin_client, index):
    add = reverse("wagtailadmin_pages:add", args=["series", "seriespage", index.pk])
    html = admin_client.get(add).content.decode()
    assert "Day/month/year, for example 10/02/2027 (2027-02-10 works too)." in html
    assert 'placeholder="dd/mm/yyyy"' in html
    assert '"validateOnBlur": false' in html


@pytest.mark.parametrize("typed", ["next Tuesday", "31/02/2027", *naughty_sample(40)])
def test_anything_else_is_refused_with_the_text_kept(admin_client, index, typed):
    if not typed.strip():
        pytest.skip("blank is allowed: no planned date")
    add = reverse("wagtailadmin_pages:add", args=["series", "seriespage", index.pk])
    response = admin_client.post(add, series_form("Undated", announced(typed)))
    assert response.status_code == 200
    assert not SeriesPage.objects.filter(slug="undated").exists()
    html = response.content.decode()
    assert "Enter a valid date." in html
    if typed in ("next Tuesday", "31/02/2027"):
        assert f'value="{typed}"' in html
