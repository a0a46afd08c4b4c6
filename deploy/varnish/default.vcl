# Minimal pass-through VCL: Varnish forwards every request to the app servers and stores nothing.
# Stand-in until the caching VCL (purged by Wagtail's frontend cache) takes this place; scripts/scale-out
# rewrites the address of `backend default` to the proxy's loopback listener in front of the app servers.
vcl 4.1;

backend default {
    .host = "127.0.0.1";
    .port = "8080";
}

sub vcl_recv {
    return (pass);
}
