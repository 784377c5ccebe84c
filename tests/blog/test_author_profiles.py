"""Authors' avatars and short bios on posts and author pages: a photo when
the author is credited by name and has one, else initials drawn in CSS; a
team or anonymous author's photo, name and (for anonymous) bio stay private."""

import pytest
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from blog.models import Author
from tests.blog.factories import AuthorFactory, BlogPageFactory


@pytest.fixture
def photo(db):
    return get_image_model().objects.create(title="Ruth", file=get_test_image_file())


@pytest.mark.parametrize(
    ("name", "initials"),
    [
        ("Ruth Ellery", "RE"),
        ("Sam", "S"),
        ("mary-jane o'neill", "MO"),
        ("  ", ""),
        ("9 Lives", "L"),
    ],
)
def test_initials(name, initials):
    assert Author(name=name, slug="x").initials == initials


def test_team_and_anonymous_authors_have_no_initials_photo_or_role(photo):
    for credit in (Author.Credit.TEAM, Author.Credit.ANONYMOUS):
        author = Author(
            name="Nadia Farrow", role="Senior PWP", photo=photo, credit=credit, bio="Hi."
        )
        assert (author.initials, author.public_photo, author.public_role) == ("", None, "")
    assert Author(bio="Hi.", credit=Author.Credit.TEAM).public_bio == "Hi."
    assert Author(bio="Hi.", credit=Author.Credit.ANONYMOUS).public_bio == ""


def test_an_authors_avatar_tone_is_stable_and_in_range():
    tones = {Author(slug=f"author-{n}").avatar_tone for n in range(40)}
    assert tones <= set(range(Author.AVATAR_TONES)) and len(tones) > 1
    assert Author(slug="ruth").avatar_tone == Author(slug="ruth").avatar_tone


def test_a_post_shows_each_authors_avatar_and_bio(client, blog, photo):
    ruth = AuthorFactory(name="Ruth Ellery", slug="ruth", photo=photo, bio="Ruth writes.")
    sam = AuthorFactory(name="Sam Okonjo", slug="sam", bio="Sam supervises.")
    post = BlogPageFactory(parent=blog, authors=[ruth, sam])
    html = client.get(post.url).content.decode()
    assert "About the authors" in html
    assert "Ruth writes." in html and "Sam supervises." in html
    assert html.count('class="avatar"') == 2  # Ruth's photo, in the byline and the box
    assert 'alt=""' in html.split('class="avatar"')[0].rsplit("<img", 1)[1]
    assert html.count(f'avatar--tone-{sam.avatar_tone}" aria-hidden="true">SO</span>') == 2


def test_an_anonymous_authors_bio_and_photo_never_reach_the_post(client, blog, photo):
    secret = AuthorFactory(
        name="Rosalind Keane",
        role="Service manager",
        photo=photo,
        bio="A private bio.",
        kind=Author.Kind.GUEST,
        credit=Author.Credit.ANONYMOUS,
    )
    post = BlogPageFactory(parent=blog, authors=[secret])
    html = client.get(post.url).content.decode()
    assert "About the author" in html and "Published anonymously at their request" in html
    for private in ("Rosalind", "A private bio.", "<img"):
        assert private not in html.split('class="post-header"')[1], private


def test_the_author_page_shows_the_avatar_role_and_bio(client, blog):
    author = AuthorFactory(name="Kim Noor", slug="kim", role="Trainee PWP", bio="Kim trains.")
    BlogPageFactory(parent=blog, authors=[author])
    html = client.get("/blog/authors/kim/").content.decode()
    profile = html.split('class="author-profile"')[1].split("</header>")[0]
    assert '<span class="avatar avatar--tone-' in profile and ">KN</span>" in profile
    assert "Posts by Kim Noor" in profile and "Trainee PWP" in profile and "Kim trains." in profile
