from blog.models import BlogPage
from tests.blog.factories import AuthorFactory, BlogPageFactory
from tests.website.factories import StandardPageFactory


def test_factories_build_valid_live_pages(home, blog):
    author = AuthorFactory()
    post = BlogPageFactory(parent=blog, authors=[author], tag_names=["Supervision"])
    about = StandardPageFactory(parent=home)
    for page in (home, blog, post, about):
        page.full_clean()
        assert page.live
    post = BlogPage.objects.get(pk=post.pk)
    assert post.authors == [author]
    assert [tag.name for tag in post.tag_list] == ["Supervision"]
