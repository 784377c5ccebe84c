"""Posting a public form as a browser on our own pages does: the forms carry
no CSRF token, and core.origin accepts a POST only with our Origin."""

ORIGIN = "http://testserver"
FROM_OUR_PAGES = {"HTTP_ORIGIN": ORIGIN}
