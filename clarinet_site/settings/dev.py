"""Settings for a local run: DEBUG on, a throw-away secret key unless one is given."""

from .base import *  # noqa: F403
from .base import env_bool, os

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = os.environ.get("SECRET_KEY") or "dev-only-insecure-key-do-not-use-in-production"  # noqa: S105
# A local run works with DEBUG off too (to see the real error pages): static files straight from the
# source folders and uploaded media from this process.
WHITENOISE_USE_FINDERS = True
SERVE_MEDIA = env_bool("SERVE_MEDIA", True)
# `load_demo_content` adds one demo user per role (README, "Editors and roles"); never in production.
DEMO_USERS = True
