def test_post_page_renders(client, post):
    response = client.get(post.url)
    assert response.status_code == 200
    assert b"Holding a caseload kindly" in response.content
