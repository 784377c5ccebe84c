import pytest

from tests.guestposts.factories import GuestPostIndexPageFactory, make_contributor


@pytest.fixture
def guest_index(blog):
    return GuestPostIndexPageFactory(parent=blog)


@pytest.fixture
def contributor(guest_index):
    """(Author, User) of a guest contributor invited to the guest area."""
    return make_contributor("Nadia Farrow")
