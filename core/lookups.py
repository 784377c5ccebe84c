"""Integer `__in` lookups that leave out values the column can't hold.

Django already answers an out-of-range integer in an exact or comparison
lookup with "no match", but `__in` sends it to the database, and SQLite
refuses it ("Python int too large to convert to SQLite INTEGER"): every
admin filter and chooser given a 30-digit id answered 500. A value outside
the column's range matches nothing, so leaving it out changes no result.
"""

from django.db.models import ForeignKey, IntegerField
from django.db.models.fields.related_lookups import RelatedIn
from django.db.models.lookups import In


def integer_column(field):
    while getattr(field, "target_field", None) is not None:
        field = field.target_field
    return field


class InRange:
    def process_rhs(self, compiler, connection):
        if self.rhs_is_direct_value():
            internal_type = integer_column(self.lhs.output_field).get_internal_type()
            if internal_type in connection.ops.integer_field_ranges:
                low, high = connection.ops.integer_field_range(internal_type)
                self.rhs = [value for value in self.rhs if not out_of_range(value, low, high)]
        return super().process_rhs(compiler, connection)


def out_of_range(value, low, high):
    if not isinstance(value, int):
        return False
    return (low is not None and value < low) or (high is not None and value > high)


class IntegerIn(InRange, In):
    pass


class RelatedIntegerIn(InRange, RelatedIn):
    pass


def register():
    IntegerField.register_lookup(IntegerIn)
    ForeignKey.register_lookup(RelatedIntegerIn)
