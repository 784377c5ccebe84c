from .base import *  # noqa: F403
from .base import env

DEBUG = True
SECRET_KEY = env("SECRET_KEY", "dev-only-not-secret-commonroom")
ALLOWED_HOSTS = ["*"]

# No page cache while developing: an edited template shows at once.
# PAGECACHE_SECONDS=600 make run tries it as production has it.
PAGECACHE_SECONDS = int(env("PAGECACHE_SECONDS", "0"))
