"""Inserting many rows of a multi-table model (a Wagtail page type, a
comment) at once. Django's bulk_create refuses models with parents; this
inserts each table's rows in batches, root first, and sets the keys that
tie them together. Like bulk_create it sends no signals: the importer does
what the signal handlers would (search index, caches) once, at the end."""

from django.db import connection

BATCH = 200


def _chain(model):
    """The model's concrete tables, root first."""
    parents = [parent for parent in model._meta.get_parent_list() if not parent._meta.proxy]
    return list(reversed(parents)) + [model]


def insert_roots(model, objs):
    """Inserts the root table's rows and sets every level's key on `objs`."""
    chain = _chain(model)
    root = chain[0]
    fields = [f for f in root._meta.local_concrete_fields if not f.primary_key]
    manager = root._base_manager
    for start in range(0, len(objs), BATCH):
        batch = objs[start : start + BATCH]
        rows = manager._insert(
            batch, fields=fields, returning_fields=root._meta.db_returning_fields, using="default"
        )
        for obj, row in zip(batch, rows, strict=True):
            pk = row[0]
            setattr(obj, root._meta.pk.attname, pk)
            for level in chain[1:]:
                for parent_link in level._meta.parents.values():
                    if parent_link is not None:
                        setattr(obj, parent_link.attname, pk)
            obj._state.adding = False
            obj._state.db = "default"


def insert_children(model, objs):
    """Inserts the rows of every table below the root for `objs`."""
    for level in _chain(model)[1:]:
        fields = list(level._meta.local_concrete_fields)
        batch_size = max(1, min(BATCH, connection.ops.bulk_batch_size(fields, objs) or BATCH))
        for start in range(0, len(objs), batch_size):
            level._base_manager._insert(
                objs[start : start + batch_size], fields=fields, using="default"
            )


def insert_all(model, objs):
    insert_roots(model, objs)
    insert_children(model, objs)
