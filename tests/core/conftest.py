"""Fixtures for core's tests: a Redis of the test's own, on a free port,
which a test may stop, start again or pause (never the machine's Redis)."""

import shutil
import socket
import subprocess
import time

import pytest


class OwnRedis:
    def __init__(self, server, directory):
        self.server, self.directory = server, directory
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = None

    def start(self):
        self.process = subprocess.Popen(
            [self.server, "--port", str(self.port), "--bind", "127.0.0.1"]
            + ["--save", "", "--dir", str(self.directory)],
            stdout=subprocess.DEVNULL,
        )
        for _ in range(50):
            with socket.socket() as attempt:
                if attempt.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            time.sleep(0.1)
        raise RuntimeError("redis-server did not start")

    def stop(self):
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None

    def pause(self, milliseconds):
        """Redis stops answering for a while, keeping what it holds (a
        network blip rather than a restart)."""
        subprocess.run(
            ["redis-cli", "-p", str(self.port), "CLIENT", "PAUSE", str(milliseconds), "ALL"],
            check=True,
            stdout=subprocess.DEVNULL,
        )


@pytest.fixture
def own_redis(tmp_path):
    server = shutil.which("redis-server")
    if server is None or shutil.which("redis-cli") is None:
        pytest.skip("redis-server not installed")
    redis = OwnRedis(server, tmp_path)
    redis.start()
    try:
        yield redis
    finally:
        redis.stop()


@pytest.fixture
def redis_url(own_redis):
    return own_redis.url
