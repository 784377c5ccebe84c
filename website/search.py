import re

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.shortcuts import render

from blog.queries import cards, searchable_posts

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10


def search(request):
    query = request.GET.get("q", "").strip()
    # Long queries are cut rather than refused: the reader still gets results
    # for what they meant, and the search backend never sees megabytes.
    query = query[:MAX_QUERY_LENGTH].replace("\x00", "")
    results = None
    terms = search_terms(query)
    if terms:
        # Newest first where relevance is not ranked (core.postgres_search).
        results = searchable_posts().search(terms)
        paginator = Paginator(results, RESULTS_PER_PAGE)
        try:
            results = paginator.page(request.GET.get("page", "1"))
        except (PageNotAnInteger, EmptyPage):
            results = paginator.page(1) if paginator.count else None
        if results:
            results.object_list = cards(post.pk for post in results.object_list)
    return render(
        request,
        "website/search.html",
        {"query": query, "results": results},
    )


def search_terms(query):
    """The words of a query, without the punctuation that full-text engines
    read as operators (SQLite's FTS5 fails on a stray brace or quote)."""
    return " ".join(re.findall(r"\w+", query))
