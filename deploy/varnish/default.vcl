vcl 4.1;
# Varnish (Debian's varnish 7) in front of the CLARINET app servers.
#
# - Caches anonymous GET/HEAD answers by URL (and host) for as long as the app's `s-maxage` says
#   (clarinet_site/page_cache.py: public pages 600 s); the app's Cache-Control decides what is cacheable.
# - Never caches for a visitor with a session, CSRF or messages cookie, an Authorization header, or in the
#   admin, previews and documents (served through Wagtail's privacy checks): those requests are passed.
# - Other cookies do not change a page (the language is in the path), so they are removed before lookup.
# - PURGE <path> (Wagtail's frontend cache module, HTTP backend, FRONTEND_CACHE_URL) drops that path, its query
#   string variants (filtered listings, pagination) and the page's sub-routes (calendar files), which the app
#   marks with `X-Page-Path`; BAN drops everything (snippets, settings, images, moves). Both from loopback
#   only (the `purgers` ACL).
#
# The backend is gunicorn on loopback; `-p` / the environment of varnishd does not reach VCL, so edit the
# port here or start varnishd with `-b` instead of this backend block (the tests do the latter with -f and a
# rewritten copy).

backend default {
    .host = "127.0.0.1";
    .port = "8000";
}

acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE" || req.method == "BAN") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        if (req.method == "BAN") {
            ban("obj.status != 0");
            return (synth(200, "Banned"));
        }
        # Exact string comparisons: no regular expression built from a URL.
        set req.http.x-purge-path = regsub(req.url, "\?.*$", "");
        ban("obj.http.x-path == " + req.http.x-purge-path);
        ban("obj.http.x-page-path == " + req.http.x-purge-path);
        return (synth(200, "Purged"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/(admin|django-admin|documents)(/|$)" || req.url ~ "^/[a-z]{2}/admin/") {
        return (pass);
    }
    if (req.http.Authorization) {
        return (pass);
    }
    # A session, CSRF token or pending message makes the answer personal (Django's default cookie names).
    if (req.http.Cookie ~ "(^|;\s*)(sessionid|csrftoken|messages)=") {
        return (pass);
    }
    # Any other cookie changes nothing on the server side: drop it so that every visitor shares one copy.
    unset req.http.Cookie;
    return (hash);
}

sub vcl_backend_response {
    # Remembered with the object for lurker-friendly bans (PURGE above compares these, not the URL).
    set beresp.http.x-path = regsub(bereq.url, "\?.*$", "");
    if (beresp.http.X-Page-Path) {
        set beresp.http.x-page-path = beresp.http.X-Page-Path;
    }
    # An answer that sets a cookie is personal; never store it (Varnish's built-in rule, made explicit).
    if (beresp.http.Set-Cookie) {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
}

sub vcl_deliver {
    # Internal bookkeeping stays inside.
    unset resp.http.x-path;
    unset resp.http.x-page-path;
    unset resp.http.X-Page-Path;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
