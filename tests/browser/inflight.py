"""The live server's requests still being answered, for the browser tests'
teardown. Its own module, so that there is one counter however often the
browser conftest is imported (pytest imports it as `conftest`, and test
modules that borrow its helpers as `tests.browser.conftest`)."""

import threading
import time

from django.core.signals import request_finished, request_started


class InFlight:
    """Counts the live server's requests still being answered. A page closed
    mid-request (the admin's editing-session ping, a late fetch) leaves one
    running in the server's thread, on the test's own in-memory SQLite
    connection; the flush that ends a transactional test then fails with the
    table locked, and the next test inherits the rows."""

    def __init__(self):
        self.count = 0
        self.idle = threading.Condition()

    def started(self, **kwargs):
        if served_by_live_server():
            with self.idle:
                self.count += 1

    def finished(self, **kwargs):
        if served_by_live_server():
            with self.idle:
                self.count = max(0, self.count - 1)
                self.idle.notify_all()

    def wait(self, timeout=10, quiet=0.05):
        """Until nothing has been in flight for `quiet` seconds: a request
        already on the wire when the page closed is picked up a moment later."""
        deadline = time.monotonic() + timeout
        with self.idle:
            while time.monotonic() < deadline:
                if self.count:
                    self.idle.wait(deadline - time.monotonic())
                elif not self.idle.wait(quiet) and not self.count:
                    return


def served_by_live_server():
    # The test client answers in the test's own (main) thread; the live server
    # answers each request in a thread of its own.
    return threading.current_thread() is not threading.main_thread()


in_flight = InFlight()
request_started.connect(in_flight.started, dispatch_uid="browser-tests-in-flight")
request_finished.connect(in_flight.finished, dispatch_uid="browser-tests-in-flight")
