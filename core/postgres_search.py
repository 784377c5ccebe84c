"""Search on PostgreSQL at scale: Wagtail's database backend, with matches
found through the full-text index and relevance computed for a bounded set
of them.

A search for words in most posts (what the whole blog is about) took 230 ms
at 10,000 posts with the stock backend, spent in two places:

- Finding and counting the matches. PostgreSQL takes testing a document
  against a query to be cheap, so for words in nearly every document it
  reads the table and tests each one, decompressing every document's
  vector (70 ms), where the GIN index (website migration 0006) finds them
  without opening one (10 ms). Matches are found with the query in a
  subquery, a value the planner can't see, so it takes the index however
  common the words are.
- Ranking them. Relevance is computed document by document, and the stock
  backend computed it for every match to show the best ten (120 ms). Here
  it is computed for the first RANKED matches in the queryset's own order
  (newest first, for posts) and the first RANKED whose titles match; the
  other matches follow them, in the queryset's order. A search with no more
  matches than that is ranked as before, ties newest first.
"""

from django.contrib.postgres.search import SearchQuery
from django.db.models import Case, When
from modelsearch.backends.database.postgres.postgres import (
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
    PostgresSearchResults,
)
from wagtail.search.query import Fuzzy, MatchAll, Not

RANKED = 100


class Unseen(SearchQuery):
    """A text search query computed once, in a subquery: the planner plans
    without knowing how common its words are."""

    def __init__(self, query):
        super().__init__(query, search_type="raw")

    def as_sql(self, compiler, connection, **extra_context):
        sql, params = compiler.compile(self.get_source_expressions()[-1])
        return f"(SELECT {sql})", params


class BoundedRankingCompiler(PostgresSearchQueryCompiler):
    # The number of matches, once the results have been counted (a
    # paginator counts them first): with no more than RANKED, every match
    # is a candidate, and ranking them all is cheaper than choosing them.
    matches_counted = None

    def search(self, config, start, stop, score_field=None, backend=None):
        if not self.ranks_the_index(self.query):
            return super().search(config, start, stop, score_field=score_field, backend=backend)
        search_query = self.build_tsquery(self.query, config=config)
        vectors = self.get_index_vectors(search_query)
        rank = self._build_rank_expression(vectors, config)
        (title, _), (body, _) = vectors
        documents = self.queryset.annotate(_vector_=title._combine(body, "||", False))
        matches = documents.filter(_vector_=Unseen(search_query))
        # The candidates are chosen with the query in sight: the planner
        # then finds the newest matches of common words by reading posts
        # newest first, and those of rare words through the index.
        seen = documents.filter(_vector_=search_query)
        order = [*self.queryset.query.order_by, "-pk"]
        newest = seen.order_by(*order).values("pk")[:RANKED]
        titled = seen.annotate(_title_=title).filter(_title_=search_query)
        candidates = newest.union(titled.order_by(*order).values("pk")[:RANKED])
        if self.matches_counted is not None and self.matches_counted <= RANKED:
            results = matches
        elif stop is not None and stop <= RANKED:
            # Within the first RANKED: the candidates alone, by relevance.
            results = matches.filter(pk__in=candidates)
        else:
            rank = Case(When(pk__in=candidates, then=rank))
            results = matches
        results = results.order_by(rank.desc(nulls_last=True), *order)
        if score_field is not None:
            results = results.annotate(**{score_field: rank})
        return results[start:stop]

    def ranks_the_index(self, query):
        """Whether this search orders the index's matches by relevance (not
        a match-all or fuzzy search, nor one in named fields)."""
        if isinstance(query, Not):
            query = query.subquery
        return (
            self.order_by_relevance
            and self.fields is None
            and not isinstance(query, (MatchAll, Fuzzy))
        )


class CountedResults(PostgresSearchResults):
    def _do_count(self):
        count = super()._do_count()
        self.query_compiler.matches_counted = count
        return count


class SearchBackend(PostgresSearchBackend):
    query_compiler_class = BoundedRankingCompiler
    results_class = CountedResults
