# Varnish in front of Tranquil: it keeps what the site says any cache may keep, and no more.
#
# The site decides: a public page fetched anonymously comes with
# "Cache-Control: public, max-age=…, s-maxage=…" and sets no cookie; everything personal is
# "private" or "no-store", and Varnish's built-in rules never store those. This file only
# makes sure anonymous readers share one copy, keeps signed-in people away from it, and lets
# the site purge what changed (Wagtail's frontend_cache HTTPBackend sends PURGE <path>).
#
# The backend below is the address `make varnish` serves; the benchmark writes its own port
# over it.
vcl 4.1;

import std;

backend default {
    .host = "127.0.0.1";
    .port = "8000";
    .first_byte_timeout = 60s;
}

# Only the site itself, on this machine, may purge.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        # A purge drops the path with every query string it was cached under (?page=2,
        # ?cpage=3), whichever host name it was asked by.
        ban("obj.http.x-path == " + regsub(req.url, "\?.*$", ""));
        return (synth(200, "Purged"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # Signed-in people, and anyone with a message waiting ("Thank you, your comment..."),
    # see their own pages; so do account, admin, portal and form-token requests.
    if (req.url ~ "^/(accounts|admin|portal|forms)/"
        || req.http.Cookie ~ "(^|;\s*)(sessionid|messages)=") {
        return (pass);
    }
    # Anything else a reader's browser carries (the CSRF cookie) changes nothing a public
    # page shows; without it, every reader shares one copy.
    unset req.http.Cookie;
    set req.url = std.querysort(req.url);
    return (hash);
}

sub vcl_backend_response {
    # What a ban matches on: the path without its query string.
    set beresp.http.x-path = regsub(bereq.url, "\?.*$", "");
    # A short grace keeps serving the old copy while a fresh one is fetched after expiry;
    # a purge (ban) removes copies outright, grace or not.
    set beresp.grace = 30s;
    # Everything else is Varnish's built-in logic: no store for Set-Cookie, private,
    # no-store or no-cache; s-maxage before max-age for how long.
}

sub vcl_deliver {
    unset resp.http.x-path;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
