"""Factories for the blog's models. tests/blog/test_factories.py keeps them
valid."""

import datetime

import factory
import wagtail_factories
from django.utils import timezone

from blog.models import Author, BlogIndexPage, BlogPage, BlogPageAuthor


class AuthorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Author

    name = factory.Sequence(lambda n: f"Author {n}")
    slug = factory.Sequence(lambda n: f"author-{n}")
    role = "Psychological Wellbeing Practitioner"
    bio = "Writes about low-intensity practice."


class BlogIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = BlogIndexPage

    title = "Blog"
    slug = "blog"


class BlogPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = BlogPage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Post number {n}")
    slug = factory.Sequence(lambda n: f"post-{n}")
    summary = "A short, plain summary of the post."
    date = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=1))
    body = factory.LazyFunction(
        lambda: [("paragraph", "<p>Guided self-help, one session at a time.</p>")]
    )

    @factory.post_generation
    def authors(self, create, extracted, **kwargs):
        for author in extracted or []:
            BlogPageAuthor.objects.create(page=self, author=author)

    @factory.post_generation
    def tag_names(self, create, extracted, **kwargs):
        if extracted:
            self.tags.add(*extracted)
            self.save_revision().publish()
