"""Builds the demo site from demo/data/. Every step finds what it needs
before it creates it, so running the loader again changes nothing."""

from blog.models import BlogIndexPage
from demo import (
    accounts,
    authors,
    content_warnings,
    discussions,
    guestposts,
    pages,
    pictures,
    posts,
    series,
)
from demo.datafiles import read
from guestposts.models import GuestPostIndexPage
from series.models import SeriesIndexPage


class Demo:
    """What the steps share: where to report, how many objects they created,
    and what earlier steps made that later data names by key or slug."""

    def __init__(self, log):
        self.log = log
        self.created = 0
        self.warnings = {}
        self.images = {}
        self.authors = {}

    def count(self, created=1):
        self.created += created


def load(log=print):
    """Loads whatever of the demo is missing; returns how many objects it created."""
    # In this order: later steps name what earlier ones made, and sibling
    # pages keep the order they were added in (menus, admin listings).
    demo = Demo(log)
    site = read("site")
    home = pages.home_page(demo, site["home"])
    pages.site(home, site["site"])
    blog = pages.child(demo, home, BlogIndexPage, **site["blog"])
    series_index = pages.child(demo, home, SeriesIndexPage, **site["series"])
    content_warnings.load(demo, read("warnings")["warning"])
    pictures.load(demo, read("pictures"))
    authors.load(demo, read("authors")["author"])
    pages.standard_pages(demo, home, read("pages")["page"])
    pages.site_settings(home, site["site"])
    for data in read("posts")["post"]:
        posts.publish(demo, blog, data)

    guests = read("guests")
    guest_index = pages.child(demo, blog, GuestPostIndexPage, **site["guest_posts"])
    authors.load(demo, guests["contributor"])
    sections = {"blog": blog, "guest-posts": guest_index}
    for data in read("series")["series"]:
        series.load(demo, series_index, sections, data)
    logins = read("accounts")
    contributor = guestposts.contributor_account(
        demo, guests["contributor"], logins["contributor"]["password"]
    )
    guestposts.pitch(demo, guests["pitch"], contributor)
    for data in guests["post"]:
        guestposts.guest_post(demo, guest_index, data, contributor)

    admin = accounts.admin_user(demo, logins["admin"])
    accounts.link_editor(demo, admin, logins["admin"]["writes_as"])
    discussions.load(demo, read("discussions"))
    return demo.created
