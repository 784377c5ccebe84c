"""The benchmark's content still builds and renders: `make bench-http` is run
rarely, so a change elsewhere (the demo's picture drawing, a model field)
would otherwise break it unnoticed."""

import re

import pytest

from bench import content
from discussion.models import Comment


@pytest.mark.django_db
def test_the_benchmark_post_builds_with_its_300_comments_and_renders(client):
    post = content.build(threads_per_page=100)

    assert Comment.objects.filter(post=post, is_public=True).count() == 300
    assert [Comment.objects.filter(post=post, level=n).count() for n in range(3)] == [100, 150, 50]
    response = client.get(post.url)
    assert response.status_code == 200
    shown = re.findall(rb'<li class="comment" id="comment-(\d+)"', response.content)
    assert len(set(shown)) == 300
