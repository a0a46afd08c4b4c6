"""Settings shared by every environment. Everything that varies comes from the environment."""

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.utils.translation import gettext_lazy as _

from clarinet_site.security_headers import add_static_file_headers

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    """Read a boolean environment variable ("1", "true", "yes", "on" are true)."""
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    """Read a comma-separated environment variable into a list of non-empty, stripped items."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # First so that its `migrate` (which completes the page translation columns) wins.
    "clarinet_site.dbsetup",
    # wagtail_modeltranslation must come before the Wagtail admin apps it patches.
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "clarinet_site",
    # After clarinet_site: its translation registrations extend the base page's.
    "clarinet_site.contact",
    "toolkit",
    "campaigns",
    "news",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_countries",
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "csp",
    # Background tasks (contact e-mail, Wagtail's own slow work) and login lockouts.
    "django_tasks",
    "django_tasks_db",
    "axes",
]

MIDDLEWARE = [
    # First: a cached anonymous page is answered before any other work (clarinet_site/page_cache.py).
    "clarinet_site.page_cache.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # HTML compressed (static files come compressed from WhiteNoise, which answers before this). BREACH:
    # Django masks the CSRF token anew in every response and pads the gzip header with random bytes
    # ("Heal the Breach", Django 4.2+); the contact form's page is the only one with a token.
    "django.middleware.gzip.GZipMiddleware",
    # What a page reads several times (private sections, site root paths, its ancestors) is read once.
    "clarinet_site.request_memo.RequestMemoMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    # Permissions-Policy and Cross-Origin-Resource-Policy (see the security headers block below).
    "clarinet_site.security_headers.SecurityHeadersMiddleware",
    # Wagtail's RedirectMiddleware, aware of the language prefixes and keeping query strings.
    "clarinet_site.redirects.LanguageRedirectMiddleware",
    # Last: turns a login refused during a lockout into the translated lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "clarinet_site.urls"
WSGI_APPLICATION = "clarinet_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# SQLite only as the zero-set-up default for a first local run; PostgreSQL elsewhere.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        # A persistent connection dropped by a database restart is noticed and replaced before use.
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    # The cache is an optimisation: with Redis stopped or hanging, a cache call gives up within REDIS_TIMEOUT
    # seconds and counts as a miss; then Redis is left alone for REDIS_RETRY_SECONDS (clarinet_site.cache,
    # one warning logged) and pages are built from the database.
    REDIS_TIMEOUT = float(os.environ.get("REDIS_TIMEOUT", "0.25"))
    REDIS_RETRY_SECONDS = float(os.environ.get("REDIS_RETRY_SECONDS", "10"))
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "clarinet",
            "TIMEOUT": 600,
            "OPTIONS": {
                "CLIENT_CLASS": "clarinet_site.cache.CircuitBreakerClient",
                "SOCKET_CONNECT_TIMEOUT": REDIS_TIMEOUT,
                "SOCKET_TIMEOUT": REDIS_TIMEOUT,
                "IGNORE_EXCEPTIONS": True,
            },
        }
    }
    # Sessions (logged-in editors only) in the shared cache, written through to the database: any app
    # server reads them, and a Redis restart logs nobody out.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Each process's own memory, for the page frame's fragments: their keys carry the content generation, so a
# local copy is never stale and costs no network round trip (clarinet_site/page_cache.py).
# Fragments include each served page's row (1-35 KB pickled on the demo): up to 1,000 entries (Django's default
# 300 would drop them on a site of a few hundred pages), a few MB per worker.
CACHES["local"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "fragments",
    "OPTIONS": {"MAX_ENTRIES": 1000},
}

# The page cache for anonymous visitors (clarinet_site/page_cache.py): browsers keep a page PAGE_CACHE_MAX_AGE
# seconds, a shared cache in front (Varnish) PAGE_CACHE_S_MAXAGE, as long as the app keeps it; publishing
# makes it fresh at once everywhere.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", True)
PAGE_CACHE_MAX_AGE = int(os.environ.get("PAGE_CACHE_MAX_AGE", "60"))
PAGE_CACHE_S_MAXAGE = int(os.environ.get("PAGE_CACHE_S_MAXAGE", "600"))
PAGE_CACHE_EXCLUDED_PATHS = ["/admin/", "/django-admin/", "/documents/"]
# Learn a new content generation from PostgreSQL's NOTIFY instead of one query per request.
PAGE_CACHE_LISTEN = env_bool("PAGE_CACHE_LISTEN", True)
# A cache in front (Varnish, deploy/varnish/default.vcl), purged by Wagtail's frontend cache module for every
# language URL a change affects (clarinet_site/content_changes.py), e.g. FRONTEND_CACHE_URL=http://127.0.0.1:6081
FRONTEND_CACHE_URL = os.environ.get("FRONTEND_CACHE_URL", "")
if FRONTEND_CACHE_URL:
    WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": FRONTEND_CACHE_URL,
        }
    }
# The contact form's rate limit lets posts through while the cache does not answer (README: failing services).
RATELIMIT_FAIL_OPEN = True

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages, in the order of the design: English is the default and the fallback of every field.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("it", _("Italian")),
    ("de", _("German")),
    ("sl", _("Slovenian")),
    ("el", _("Greek")),
    ("ro", _("Romanian")),
    ("bg", _("Bulgarian")),
    ("hu", _("Hungarian")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Rome"

MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)
# One page tree with a column per language (modeltranslation), not Wagtail's per-locale trees.
WAGTAIL_I18N_ENABLED = False
# Wagtail's automatic redirects ignore language prefixes; clarinet_site/redirects.py makes them per language.
WAGTAILREDIRECTS_AUTO_CREATE = False
WAGTAILMODELTRANSLATION_LOCALE_PICKER = False

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Let Django serve MEDIA_URL itself (always on with DEBUG); leave off when a proxy or S3 serves media.
SERVE_MEDIA = env_bool("SERVE_MEDIA", False)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

WAGTAIL_SITE_NAME = "CLARINET"
# The site's public address, e.g. https://clarinet.example.org: every absolute URL (canonical, hreflang,
# sitemap, feeds, calendar files, e-mails) starts with it (clarinet_site/site_address.py). Empty: the
# Site record's host name and port decide, as in Wagtail.
SITE_URL = os.environ.get("SITE_URL", "").rstrip("/")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL") or SITE_URL or "http://127.0.0.1:8000"
WAGTAILIMAGES_IMAGE_MODEL = "clarinet_site.CustomImage"
WAGTAILDOCS_DOCUMENT_MODEL = "clarinet_site.CustomDocument"
# Keep the original file name on download (Content-Disposition) and let Wagtail check privacy.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No third-party requests, in the admin either: no Gravatar avatars.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# Wagtail's snippets index (/admin/snippets/, the "Snippets" breadcrumb of the partner and theme lists) lists by
# default only snippets without a menu item of their own; partners and themes have one, so it listed nothing
# and refused everyone. It lists them all; its own menu item is left out (clarinet_site/wagtail_hooks.py).
WAGTAILSNIPPETS_MENU_SHOW_ALL = True

# Countries first in lists: the 8 CLARINET partner countries (django-countries translates every name).
COUNTRIES_FIRST = ["IT", "AT", "SI", "CY", "GR", "RO", "BG", "HU"]
COUNTRIES_FIRST_BREAK = "──────────"

# Content Security Policy (django-csp 4): only this site's own scripts, styles, fonts and images; videos
# come from the two hosts the video block accepts, and only once a visitor asks. The admin is excluded
# because Wagtail's admin uses inline scripts.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:", *env_list("CSP_EXTRA_IMG_SRC")],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": ["https://www.youtube-nocookie.com", "https://player.vimeo.com"],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}

# --- Security headers beyond Django's and django-csp's (clarinet_site/security_headers.py) ---
# No page is ever framed: X-Frame-Options (for browsers without CSP) says what frame-ancestors 'none'
# says. Wagtail's preview views, under /admin/ (outside the CSP), allow their own same-origin frame.
X_FRAME_OPTIONS = "DENY"
# A window this site opens, or that opens it, shares no browsing context group with another origin.
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Other sites may not embed this site's pages, images or files (no-cors loads); "cross-origin" when a
# partner site must show images straight from here.
CROSS_ORIGIN_RESOURCE_POLICY = os.environ.get("CROSS_ORIGIN_RESOURCE_POLICY", "same-site")
# Browser features the site never uses are off; the video block's player (the CSP frame-src hosts) may
# autoplay after the visitor's click and go full screen.
_VIDEO_PLAYERS = ["self", *CONTENT_SECURITY_POLICY["DIRECTIVES"]["frame-src"]]
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "browsing-topics": [],
    "camera": [],
    "display-capture": [],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "midi": [],
    "payment": [],
    "usb": [],
    "autoplay": _VIDEO_PLAYERS,
    "fullscreen": _VIDEO_PLAYERS,
    "picture-in-picture": _VIDEO_PLAYERS,
}
# Static files get the page headers too (WhiteNoise answers them before the inner middleware runs).
WHITENOISE_ADD_HEADERS_FUNCTION = add_static_file_headers

# E-mail: SMTP settings from the environment; the console backend is the safe default for a first run.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "CLARINET website <noreply@example.org>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Contact form (clarinet_site.contact): how long messages are kept, and the spam and abuse limits.
CONTACT_RETENTION_DAYS = int(os.environ.get("CONTACT_RETENTION_DAYS", "365"))
CONTACT_MIN_FILL_SECONDS = int(os.environ.get("CONTACT_MIN_FILL_SECONDS", "3"))
CONTACT_RATE_LIMIT = os.environ.get("CONTACT_RATE_LIMIT", "10/h")
CONTACT_MAX_LINKS = int(os.environ.get("CONTACT_MAX_LINKS", "2"))
CONTACT_MESSAGE_MAX_LENGTH = int(os.environ.get("CONTACT_MESSAGE_MAX_LENGTH", "5000"))
# The rate limit counts per client address: REMOTE_ADDR, or behind a proxy the last address in this header
# (e.g. "HTTP_X_FORWARDED_FOR", the one the site's own proxy appended).
CONTACT_CLIENT_IP_HEADER = os.environ.get("CONTACT_CLIENT_IP_HEADER", "")
# A refused form (missing CSRF cookie) explains itself in the visitor's language.
CSRF_FAILURE_VIEW = "clarinet_site.contact.views.csrf_failure"

# Anonymous pages set no cookies; the session cookie exists only for logged-in editors.
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
LANGUAGE_COOKIE_AGE = None

# Django's own messages (requests, errors) from DJANGO_LOG_LEVEL up (default INFO; scripts/bench sets ERROR, so
# its thousands of 404s are not each logged); everything else (Wagtail's task chatter included) only from
# LOG_LEVEL up. `django` does not propagate, so no line is printed twice.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    "loggers": {
        "django": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO"), "propagate": False}
    },
}

# Uploads and private files (clarinet_site/uploads/). Documents live outside MEDIA_ROOT, where no media or
# static server reaches them; Wagtail's serve view is their only reader. Any storage may replace the local
# folder, e.g. an S3 private bucket (README: "Uploads and private files").
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "private-media"))
STORAGES["documents"] = {"BACKEND": "clarinet_site.uploads.storage.PrivateFileSystemStorage"}
# Object storage (S3-compatible, django-storages) when AWS_STORAGE_BUCKET_NAME is set, so that app servers
# keep nothing on their own disks (README: "Scaling out"). Images and renditions go to a public prefix
# (served by the proxy or the bucket's own address); documents to a private bucket or prefix that only
# Wagtail's serve view reads. Credentials come from boto3's usual sources (AWS_ACCESS_KEY_ID ...).
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    _S3_OPTIONS = {
        "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
        "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
        # Access is decided by the buckets' policies, not per-object ACLs (often disabled on buckets).
        "default_acl": None,
        "file_overwrite": False,
    }
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            **_S3_OPTIONS,
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "location": os.environ.get("AWS_MEDIA_PREFIX", "media"),
            # Public URLs without signatures; on the site's own host when the proxy passes /media/ to the
            # bucket (deploy/nginx/clarinet.conf), so the CSP and the upload headers stay the site's.
            "querystring_auth": False,
            "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
            "url_protocol": os.environ.get("AWS_S3_URL_PROTOCOL", "https:"),
            "object_parameters": {"CacheControl": "public, max-age=86400"},
        },
    }
    STORAGES["documents"] = {
        "BACKEND": "clarinet_site.uploads.storage.PrivateS3Storage",
        "OPTIONS": {
            **_S3_OPTIONS,
            "bucket_name": os.environ.get("AWS_PRIVATE_STORAGE_BUCKET_NAME") or AWS_STORAGE_BUCKET_NAME,
            "location": os.environ.get("AWS_PRIVATE_PREFIX", "private"),
        },
    }
WAGTAILDOCS_DOCUMENT_FORM_BASE = "clarinet_site.uploads.forms.DocumentForm"
WAGTAILIMAGES_IMAGE_FORM_BASE = "clarinet_site.uploads.forms.ImageForm"
# Documents: an allow-list checked by extension (Wagtail) and by content (clarinet_site.uploads.content).
WAGTAILDOCS_EXTENSIONS = [
    "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp", "csv", "txt", "zip",
]  # fmt: skip
# Only PDF opens in the browser; everything else is downloaded, never rendered on this origin.
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = int(os.environ.get("DOCUMENT_MAX_UPLOAD_MB", "30")) * 1024 * 1024
# Images: no SVG (it can carry scripts and has no raster to resize); re-encoded on upload without metadata.
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = int(os.environ.get("IMAGE_MAX_UPLOAD_MB", "10")) * 1024 * 1024
# 40 megapixels decode to about 160 MB: a 2 GB worker renders them; 121 megapixels took 2.9 GB.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = int(os.environ.get("IMAGE_MAX_MEGAPIXELS", "40")) * 1_000_000

# Login protection (django-axes): after LOGIN_FAILURE_LIMIT wrong passwords for one account from one client
# address, logins of that account from that address are refused for LOGIN_LOCKOUT_MINUTES, on the admin
# login and the private-page login alike. The address is the contact form's (CONTACT_CLIENT_IP_HEADER).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = float(os.environ.get("LOGIN_LOCKOUT_MINUTES", "30")) / 60
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_CLIENT_IP_CALLABLE = "clarinet_site.contact.spam.client_ip"
AXES_LOCKOUT_CALLABLE = "clarinet_site.lockouts.lockout_response"
AXES_RESET_ON_SUCCESS = True
# Attempts are kept in the database (not the cache), so lockouts hold while Redis is down.
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"

# Background tasks (django-tasks, database backend): `manage.py db_worker` runs them. Contact e-mails are
# retried CONTACT_DELIVERY_RETRIES times (after 1, 4, 16 ... minutes) before waiting for the cron command.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
CONTACT_DELIVERY_RETRIES = int(os.environ.get("CONTACT_DELIVERY_RETRIES", "5"))
