"""The Mozilla HTTP Observatory's score, computed locally for one URL of the site served by gunicorn.

The rules are the Observatory's published ones: "Tests & scoring" (https://developer.mozilla.org/en-US/
observatory/docs/tests_and_scoring) as implemented in its source (github.com/mdn/mdn-http-observatory:
`src/grader/charts.js` for the modifiers, `src/analyzer/tests/*.js` for each test, `src/scanner/index.js`
for the sum). A scan starts at 100 and adds one modifier per test (CSP, cookies, CORS, redirection,
Referrer-Policy, HSTS, SRI, X-Content-Type-Options, X-Frame-Options, CORP). Positive modifiers (bonuses)
count only when the score without them is at least 90; 100 and more is an A+.

Differences from the hosted scanner, all because a test has no public host name and no TLS:
- gunicorn speaks plain HTTP; the production proxy terminates TLS and sets `X-Forwarded-Proto: https`. The
  "https" fetches send that header, the "http" fetches do not.
- Membership of the HSTS preload list (+5 for HSTS) is never counted: a test host cannot be on it.
- The hosted scanner scans a host's front page; here the same tests run on any URL (a page type, a static
  file, a document), following its redirects like the scanner does.
- A CSP or Referrer-Policy given in a `<meta http-equiv>` is not read (the site sends them as headers only).
"""

import http.client
from dataclasses import dataclass, field
from html.parser import HTMLParser
from http.cookies import SimpleCookie
from urllib.parse import urljoin, urlsplit

MINIMUM_SCORE_FOR_EXTRA_CREDIT = 90
CORS_ORIGIN = "https://http-observatory.security.mozilla.org"
SIX_MONTHS = 15_552_000  # the scanner's "white lie" for six months of HSTS max-age

DANGEROUSLY_BROAD = {"ftp:", "http:", "https:", "*", "http://*", "http://*.*", "https://*", "https://*.*"}
UNSAFE_INLINE = {"'unsafe-inline'", "data:"}
PASSIVE_DIRECTIVES = {"img-src", "media-src"}
NONCES_HASHES = ("'sha256-", "'sha384-", "'sha512-", "'nonce-")
HTML_TYPES = {"text/html", "application/xhtml+xml"}
REFERRER_GOOD = ["no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"]
REFERRER_BAD = ["origin", "origin-when-cross-origin", "unsafe-url", "no-referrer-when-downgrade"]


@dataclass
class Response:
    """One HTTP response: the URL asked for (scheme as the visitor sees it), status, headers, body."""

    url: str
    status: int
    headers: list[tuple[str, str]]
    body: bytes

    def all(self, name: str) -> list[str]:
        """Every value of the header `name` (case-insensitive), in order."""
        return [value for key, value in self.headers if key.lower() == name.lower()]

    def first(self, name: str) -> str | None:
        values = self.all(name)
        return values[0] if values else None


@dataclass
class Scan:
    """The responses one scan needs: the https one (`auto`), both redirect routes, the CORS preflight."""

    auto: Response
    https_route: list[Response]
    http_route: list[Response]
    cors: Response
    robots: Response
    results: dict[str, tuple[str, int]] = field(default_factory=dict)
    score: int = 0


def fetch(server: str, url: str, method: str = "GET", headers: dict | None = None) -> Response:
    """Send one request for `url` (http:// or https://, any host) to gunicorn at `server` ("host:port").

    An https URL is sent as the TLS-terminating proxy would pass it: plain HTTP with X-Forwarded-Proto.
    """
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(server, timeout=60)
    request_headers = {
        "Host": parts.netloc,
        "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
        **({"X-Forwarded-Proto": "https"} if parts.scheme == "https" else {}),
        **(headers or {}),
    }
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    try:
        connection.request(method, path, headers=request_headers)
        raw = connection.getresponse()
        return Response(url, raw.status, raw.getheaders(), raw.read())
    finally:
        connection.close()


def follow(server: str, url: str, limit: int = 10) -> list[Response]:
    """GET `url` and follow its redirects; return every response of the route, the final one last."""
    route = [fetch(server, url)]
    while 300 <= route[-1].status < 400 and route[-1].first("Location") and len(route) <= limit:
        route.append(fetch(server, urljoin(route[-1].url, route[-1].first("Location"))))
    return route


def retrieve(server: str, host: str, path: str) -> Scan:
    """Make the requests of an Observatory scan of `path` on `host`, served by gunicorn at `server`."""
    https_route = follow(server, f"https://{host}{path}")
    auto = https_route[-1]
    return Scan(
        auto=auto,
        https_route=https_route,
        http_route=follow(server, f"http://{host}{path}"),
        cors=fetch(
            server, auto.url, "OPTIONS", {"Origin": CORS_ORIGIN, "Access-Control-Request-Method": "GET"}
        ),
        robots=fetch(server, f"https://{host}/robots.txt", headers={"Accept": "text/plain,*/*;q=0.8"}),
    )


def parse_csp(values: list[str]) -> dict[str, set[str]]:
    """Parse CSP header values into {directive: sources}; several policies all apply, so sources intersect."""
    merged: dict[str, set[str]] = {}
    for value in values:
        for policy in value.split(","):
            for directive in policy.split(";"):
                tokens = directive.strip().split()
                if not tokens:
                    continue
                name, sources = tokens[0].lower(), {token.lower() for token in tokens[1:]}
                merged[name] = (merged[name] & sources or {"'none'"}) if name in merged else sources
    return merged


def check_csp(scan: Scan) -> tuple[str, int]:
    """Content Security Policy (src/analyzer/tests/csp.js): the first failing rule, else +10 or +5."""
    csp = parse_csp(scan.auto.all("Content-Security-Policy"))
    if not csp:
        return "csp-not-implemented", -25
    default = csp.get("default-src")
    script_src = set(csp.get("script-src") or default or {"*"})
    style_src = set(csp.get("style-src") or default or {"*"})
    object_src = set(csp.get("object-src") or default or {"*"})
    for sources in (script_src, style_src):
        if any(source.startswith(NONCES_HASHES) for source in sources):
            sources.discard("'unsafe-inline'")
    if any(source.startswith(NONCES_HASHES) for source in script_src) and "'strict-dynamic'" in script_src:
        script_src = {
            s for s in script_src if s not in ("'self'", "'unsafe-inline'") and s not in DANGEROUSLY_BROAD
        }
    elif "'strict-dynamic'" in script_src:
        return "csp-header-invalid", -25
    https = scan.auto.url.startswith("https:")
    active = [
        s for name, sources in csp.items() if name not in PASSIVE_DIRECTIVES | {"script-src"} for s in sources
    ]
    active += list(script_src)
    passive = [s for name in PASSIVE_DIRECTIVES for s in (csp.get(name) or default or set())]
    if script_src & (DANGEROUSLY_BROAD | UNSAFE_INLINE) or object_src & DANGEROUSLY_BROAD:
        return "csp-implemented-with-unsafe-inline", -20
    if https and any(source.startswith(("http:", "ftp:")) for source in active):
        return "csp-implemented-with-insecure-scheme", -20
    if "'unsafe-eval'" in script_src | style_src:
        return "csp-implemented-with-unsafe-eval", -10
    if https and any(source.startswith(("http:", "ftp:")) for source in passive):
        return "csp-implemented-with-insecure-scheme-in-passive-content-only", -10
    if style_src & (DANGEROUSLY_BROAD | UNSAFE_INLINE):
        return "csp-implemented-with-unsafe-inline-in-style-src-only", 0
    if default == {"'none'"}:
        return "csp-implemented-with-no-unsafe-default-src-none", 10
    return "csp-implemented-with-no-unsafe", 5


def check_hsts(scan: Scan) -> tuple[str, int]:
    """Strict-Transport-Security on the https response (strict-transport-security.js), preload not counted."""
    header = scan.auto.first("Strict-Transport-Security")
    if header is None:
        return "hsts-not-implemented", -20
    max_age = None
    for parameter in (item.strip().lower() for item in header.split(";")):
        if parameter.startswith("max-age="):
            max_age = int(parameter[8:128]) if parameter[8:128].isdigit() else None
    if "," in header or max_age is None:
        return "hsts-header-invalid", -20
    if max_age < SIX_MONTHS:
        return "hsts-implemented-max-age-less-than-six-months", -10
    return "hsts-implemented-max-age-at-least-six-months", 0


COOKIE_BADNESS = [
    "cookies-without-secure-flag-but-protected-by-hsts",
    "cookies-without-secure-flag",
    "cookies-session-without-secure-flag-but-protected-by-hsts",
    "cookies-samesite-flag-invalid",
    "cookies-anticsrf-without-samesite-flag",
    "cookies-session-without-httponly-flag",
    "cookies-session-without-secure-flag",
]
COOKIE_MODIFIERS = {
    "cookies-without-secure-flag-but-protected-by-hsts": -5,
    "cookies-without-secure-flag": -20,
    "cookies-session-without-secure-flag-but-protected-by-hsts": -10,
    "cookies-samesite-flag-invalid": -20,
    "cookies-anticsrf-without-samesite-flag": -20,
    "cookies-session-without-httponly-flag": -30,
    "cookies-session-without-secure-flag": -40,
}


def check_cookies(scan: Scan) -> tuple[str, int]:
    """Cookies set on the way to the page and by /robots.txt (cookies.js): Secure, HttpOnly, SameSite."""
    hsts = check_hsts(scan)[1] == 0
    worst: str | None = None
    cookies = []
    for response in [*scan.https_route, scan.robots]:
        for value in response.all("Set-Cookie"):
            jar = SimpleCookie()
            jar.load(value)
            cookies += list(jar.values())
    if not cookies:
        return "cookies-not-found", 0

    def worse(result: str) -> None:
        nonlocal worst
        if worst is None or COOKIE_BADNESS.index(result) > COOKIE_BADNESS.index(worst):
            worst = result

    missing_samesite = False
    for cookie in cookies:
        key = cookie.key.lower()
        session = "login" in key or "sess" in key
        samesite = cookie["samesite"].lower()
        if samesite and samesite not in ("lax", "strict", "none"):
            worse("cookies-samesite-flag-invalid")
        if not cookie["secure"] and samesite == "none":
            worse("cookies-samesite-flag-invalid")
        if not cookie["secure"]:
            worse(
                "cookies-without-secure-flag-but-protected-by-hsts" if hsts else "cookies-without-secure-flag"
            )
        if "csrf" in key and not samesite:
            worse("cookies-anticsrf-without-samesite-flag")
        if session and not cookie["secure"]:
            worse(
                "cookies-session-without-secure-flag-but-protected-by-hsts"
                if hsts
                else "cookies-session-without-secure-flag"
            )
        if session and not cookie["httponly"]:
            worse("cookies-session-without-httponly-flag")
        missing_samesite = missing_samesite or not samesite
    if worst is not None:
        return worst, COOKIE_MODIFIERS[worst]
    if missing_samesite:
        return "cookies-secure-with-httponly-sessions", 0
    return "cookies-secure-with-httponly-sessions-and-samesite", 5


def check_cors(scan: Scan) -> tuple[str, int]:
    """Access-Control-Allow-Origin on a preflight from another origin (cors.js)."""
    allow_origin = scan.cors.first("Access-Control-Allow-Origin")
    if not allow_origin:
        return "cross-origin-resource-sharing-not-implemented", 0
    allow_origin = allow_origin[:256].strip().lower()
    if allow_origin == "*":
        return "cross-origin-resource-sharing-implemented-with-public-access", 0
    credentials = (scan.cors.first("Access-Control-Allow-Credentials") or "").strip().lower()
    if allow_origin == CORS_ORIGIN and credentials == "true":
        return "cross-origin-resource-sharing-implemented-with-universal-access", -50
    return "cross-origin-resource-sharing-implemented-with-restricted-access", 0


def check_redirection(scan: Scan) -> tuple[str, int]:
    """The http:// route (redirection.js): its first redirect goes to https on the same host."""
    route = [urlsplit(response.url) for response in scan.http_route]
    if len(route) == 1:
        return "redirection-missing", -20
    if route[-1].scheme != "https":
        return "redirection-not-to-https", -20
    if route[1].scheme == "http":
        return "redirection-not-to-https-on-initial-redirection", -10
    if route[0].hostname != route[1].hostname:
        return "redirection-off-host-from-http", -5
    return "redirection-to-https", 0


def check_referrer_policy(scan: Scan) -> tuple[str, int]:
    """Referrer-Policy (referrer-policy.js): the last valid policy of the header counts."""
    values = scan.auto.all("Referrer-Policy")
    if not values:
        return "referrer-policy-not-implemented", 0
    valid = [token.strip().lower() for token in ", ".join(values).split(",")]
    valid = [token for token in valid if token in REFERRER_GOOD + REFERRER_BAD]
    if valid and valid[-1] in REFERRER_GOOD:
        return "referrer-policy-private", 5
    if valid:
        return "referrer-policy-unsafe", -5
    return "referrer-policy-header-invalid", -5


class _Scripts(HTMLParser):
    def __init__(self):
        super().__init__()
        self.scripts: list[dict] = []

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self.scripts.append(dict(attrs))


def check_sri(scan: Scan) -> tuple[str, int]:
    """Subresource Integrity of the HTML's scripts (subresource-integrity.js)."""
    mime = (scan.auto.first("Content-Type") or "").split(";")[0].strip()
    if mime and mime not in HTML_TYPES:
        return "sri-not-implemented-response-not-html", 0
    parser = _Scripts()
    parser.feed(scan.auto.body.decode("utf-8", "replace"))
    if not parser.scripts:
        return "sri-not-implemented-but-no-scripts-loaded", 0
    host = urlsplit(scan.auto.url).hostname
    https = scan.auto.url.startswith("https:")
    result = None
    foreign = False
    badness = [
        "sri-implemented-and-all-scripts-loaded-securely",
        "sri-implemented-and-external-scripts-loaded-securely",
        "sri-implemented-but-external-scripts-not-loaded-securely",
        "sri-not-implemented-but-external-scripts-loaded-securely",
        "sri-not-implemented-and-external-scripts-not-loaded-securely",
    ]
    for script in parser.scripts:
        src = script.get("src")
        if not src:
            continue
        integrity = script.get("integrity")
        protocol_relative = src.startswith("//")
        relative = not protocol_relative and not src.startswith(("http://", "https://"))
        same_host = relative or (not protocol_relative and urlsplit(src).hostname == host)
        secure = src.startswith("https://") or (relative and https)
        if same_host:
            if integrity and secure and result is None:
                result = badness[0]
            continue
        foreign = True
        if integrity and not secure:
            outcome = badness[2]
        elif not integrity and secure:
            outcome = badness[3]
        elif not integrity:
            outcome = badness[4]
        else:
            continue
        if result is None or badness.index(outcome) > badness.index(result):
            result = outcome
    if result is None:
        result = badness[1] if foreign else "sri-not-implemented-but-all-scripts-loaded-from-secure-origin"
    modifiers = {badness[0]: 5, badness[1]: 5, badness[2]: -20, badness[3]: -5, badness[4]: -50}
    return result, modifiers.get(result, 0)


def check_x_content_type_options(scan: Scan) -> tuple[str, int]:
    """X-Content-Type-Options: nosniff (x-content-type-options.js)."""
    header = scan.auto.first("X-Content-Type-Options")
    if header is None:
        return "x-content-type-options-not-implemented", -5
    if header[:256].strip().lower() == "nosniff":
        return "x-content-type-options-nosniff", 0
    return "x-content-type-options-header-invalid", -5


def check_x_frame_options(scan: Scan) -> tuple[str, int]:
    """X-Frame-Options, or better CSP frame-ancestors (x-frame-options.js)."""
    if "frame-ancestors" in parse_csp(scan.auto.all("Content-Security-Policy")):
        return "x-frame-options-implemented-via-csp", 5
    header = scan.auto.first("X-Frame-Options")
    if header is None:
        return "x-frame-options-not-implemented", -20
    value = header[:1024].strip().lower()
    if value in ("deny", "sameorigin"):
        return "x-frame-options-sameorigin-or-deny", 0
    if value.startswith("allow-from"):
        return "x-frame-options-allow-from-origin", 0
    return "x-frame-options-header-invalid", -20


def check_corp(scan: Scan) -> tuple[str, int]:
    """Cross-Origin-Resource-Policy (cross-origin-resource-policy.js)."""
    header = scan.auto.first("Cross-Origin-Resource-Policy")
    if header is None:
        return "cross-origin-resource-policy-not-implemented", 0
    value = header[:256].strip().lower()
    results = {
        "same-site": ("cross-origin-resource-policy-implemented-with-same-site", 10),
        "same-origin": ("cross-origin-resource-policy-implemented-with-same-origin", 10),
        "cross-origin": ("cross-origin-resource-policy-implemented-with-cross-origin", 0),
    }
    return results.get(value, ("cross-origin-resource-policy-header-invalid", -5))


TESTS = {
    "content-security-policy": check_csp,
    "cookies": check_cookies,
    "cross-origin-resource-sharing": check_cors,
    "redirection": check_redirection,
    "referrer-policy": check_referrer_policy,
    "strict-transport-security": check_hsts,
    "subresource-integrity": check_sri,
    "x-content-type-options": check_x_content_type_options,
    "x-frame-options": check_x_frame_options,
    "cross-origin-resource-policy": check_corp,
}


def score(scan: Scan) -> Scan:
    """Run every test on `scan` and set its `results` ({test: (result, modifier)}) and `score`.

    scanner/index.js: start at 100 and add every modifier; when the score with only the penalties is
    below 90 (MINIMUM_SCORE_FOR_EXTRA_CREDIT), the bonuses are dropped.
    """
    scan.results = {name: test(scan) for name, test in TESTS.items()}
    modifiers = [modifier for _result, modifier in scan.results.values()]
    uncurved = 100 + sum(m for m in modifiers if m < 0)
    scan.score = max(0, 100 + sum(modifiers) if uncurved >= MINIMUM_SCORE_FOR_EXTRA_CREDIT else uncurved)
    return scan


def observatory_scan(server: str, host: str, path: str) -> Scan:
    """Retrieve and score `path` of `host` (e.g. "127.0.0.1:8000") served by gunicorn at `server`."""
    return score(retrieve(server, host, path))


def grade(points: int) -> str:
    """The Observatory's letter grade for a score (grader/charts.js: 100 and above is A+)."""
    chart = [(100, "A+"), (90, "A"), (85, "A-"), (80, "B+"), (70, "B"), (65, "B-"), (60, "C+"), (50, "C")]
    chart += [(45, "C-"), (40, "D+"), (30, "D"), (25, "D-"), (0, "F")]
    return next(letter for floor, letter in chart if points >= floor)
