#!/usr/bin/env python3
"""Hostile and malformed requests against a running tminus: counts answers by status, 5xx and hangs.

    python3 bench/fuzz.py --base http://127.0.0.1:8000 [--requests 100000] [--workers 16] [--seed 1]

Each request is written raw on its own connection (so that a request line no HTTP library would send
gets through): bad percent-encoding, huge and repeated parameters, SQL and JSON injection strings in
every filter kind, odd methods, odd paths, oversized request lines and headers, broken HTTP. A 5xx,
a request with no answer within --timeout seconds (a hang), or an answer that is not HTTP is a
failure; exit status 1 when there was any. Standard library only.
"""
import argparse
import collections
import random
import socket
import sys
import threading
import time
import urllib.parse

PATHS = ["/2.3.0/events/", "/2.3.0/events/upcoming/", "/2.3.0/events/previous/", "/2.3.0/agencies/",
         "/2.3.0/pads/", "/2.3.0/locations/", "/2.3.0/config/orbits/", "/2.3.0/programs/",
         "/2.3.0/launcher_configurations/", "/2.3.0/celestial_bodies/", "/2.3.0/api-throttle/", "/2.3.0/"]
PARAMS = ["limit", "offset", "mode", "search", "ordering", "id", "date__gt", "date__lte", "type__ids", "year",
          "month", "day", "last_updated__gte", "program", "agency__ids", "featured", "total_launch_count__gt",
          "name__icontains", "format", "upcoming", "hide_recent_previous", "country_code", "lsp__id"]
HOSTILE = ["'", "\"", "' OR '1'='1", "1; DROP TABLE event;--", "1 UNION SELECT NULL--", "%", "%zz", "%e2%28%a1",
           "%00", "%c0%af", "\\", "{}", "{\"$gt\":1}", "[1,2]", "null", "true", "NaN", "Infinity", "-1", "1e999999999",
           "9" * 400, "-9" * 200, "0x10", "1.5", "2026-13-45", "2026-02-30T25:61:61Z", "../../etc/passwd",
           "<script>alert(1)</script>", "\u202e", "😀", "a" * 5000, ",,,", ",1,,2,", "  ", "\t", "%0d%0aX: y",
           "*", "?", "#", "&", "=", "%2F", "%252F", "detailed", "list", "-date", "--date", "date,,name", "__all__"]
METHODS = ["GET", "HEAD", "OPTIONS", "POST", "PUT", "DELETE", "PATCH", "TRACE", "CONNECT", "PROPFIND", "G3T", "get", ""]
ODD_PATHS = ["/2.3.0/events/-1/", "/2.3.0/events/abc/", "/2.3.0/events/1e9/", "/2.3.0/events/99999999999999999999/",
             "/2.3.0/events/1/extra/", "/2.3.0//events/", "/2.3.0/events", "/2.3.0/../2.3.0/events/", "/%2e%2e/",
             "/2.3.0/events/%00/", "/2.3.0/events/%/", "//", "/2.3.0/" + "a" * 3000 + "/", "/metrics?x=%",
             "/health/%ff", "/2.3.0/swagger/../schema/", "/2.3.0/schema/?format=%", "*", "http://evil/2.3.0/events/"]


def target(rng):
    kind = rng.randrange(9)
    path = rng.choice(PATHS)
    if kind == 0:
        return rng.choice(ODD_PATHS)
    if kind == 1:  # huge: many repeated parameters
        name = rng.choice(PARAMS)
        return path + "?" + "&".join(f"{name}={rng.randrange(100)}" for _ in range(rng.choice([50, 500, 1500])))
    if kind == 2:  # raw, not percent-encoded hostile bytes
        return path + "?" + rng.choice(PARAMS) + "=" + rng.choice(HOSTILE)
    pairs = []
    for _ in range(rng.randrange(1, 6)):
        value = rng.choice(HOSTILE) if rng.random() < 0.7 else str(rng.randrange(-5, 3000))
        pairs.append(rng.choice(PARAMS) + "=" + urllib.parse.quote(value, safe="%,"))
    return path + "?" + "&".join(pairs)


def raw_request(rng, host):
    roll = rng.random()
    if roll < 0.03:  # not HTTP at all
        return rng.choice([b"\x16\x03\x01\x00\xa5\x01\x00", b"hello\r\n\r\n", b"GET\r\n\r\n", b"\r\n\r\n",
                           b"GET / HTTP/9.9\r\n\r\n", b"GET /2.3.0/ HTTP/1.1\r\n\r\n"])
    if roll < 0.06:  # oversized header
        return (f"GET /2.3.0/ HTTP/1.1\r\nHost: {host}\r\nX-Big: " + "b" * rng.choice([9000, 70000])
                + "\r\nConnection: close\r\n\r\n").encode()
    method = rng.choice(METHODS) if rng.random() < 0.25 else "GET"
    headers = [f"Host: {host}", "Connection: close"]
    if rng.random() < 0.1:
        headers.append("Authorization: Token " + rng.choice(["", "x", "' OR 1=1--", "a" * 300, "%00"]))
    if rng.random() < 0.1:
        headers.append("Accept: " + rng.choice(["text/html", "*/*", "application/xml", ";;;", "text/html;q=abc"]))
    if rng.random() < 0.05:
        headers.append("X-Forwarded-For: " + rng.choice(["1.2.3.4, ' OR 1", "::1", "999.1.1.1", "a" * 500]))
    body = b""
    if method in ("POST", "PUT", "PATCH") and rng.random() < 0.5:
        body = rng.choice([b"{}", b"{\"name\": \"x\"}", b"\x00" * 100, b"[" * 1000])
        headers.append(f"Content-Length: {len(body)}")
    line = f"{method} {target(rng)} HTTP/1.1\r\n".encode("utf-8", "surrogateescape")
    return line + ("\r\n".join(headers) + "\r\n\r\n").encode() + body


def send(host, port, data, timeout):
    with socket.create_connection((host, port), timeout=timeout) as s:
        s.sendall(data)
        # Nothing more is coming: a server must answer (or close) now rather than wait for the rest of
        # an incomplete request, so that only a server that never answers counts as a hang.
        s.shutdown(socket.SHUT_WR)
        chunks = []
        deadline = time.monotonic() + timeout
        while True:
            if time.monotonic() > deadline:
                raise socket.timeout()
            try:
                chunk = s.recv(65536)
            except ConnectionResetError:
                break
            if not chunk:
                break
            chunks.append(chunk)
            head = b"".join(chunks)
            if b"\r\n" in head and sum(map(len, chunks)) > 16:
                break  # the status line is what is counted
        head = b"".join(chunks)
    if not head:
        return "closed"  # the server closed without an answer (what Jetty does with non-HTTP bytes)
    first = head.split(b"\r\n", 1)[0].split(b" ")
    if len(first) < 2 or not first[0].startswith(b"HTTP/") or not first[1].isdigit():
        return "not-http"
    return int(first[1])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", default="http://127.0.0.1:8000")
    ap.add_argument("--requests", type=int, default=100000)
    ap.add_argument("--workers", type=int, default=16)
    ap.add_argument("--timeout", type=float, default=15.0)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    url = urllib.parse.urlsplit(a.base)
    host, port = url.hostname, url.port or 80
    counts = collections.Counter()
    failures = []
    lock = threading.Lock()
    next_index = [0]

    def worker(w):
        rng = random.Random(a.seed * 1000 + w)
        while True:
            with lock:
                if next_index[0] >= a.requests:
                    return
                next_index[0] += 1
            data = raw_request(rng, f"{host}:{port}")
            try:
                result = send(host, port, data, a.timeout)
            except socket.timeout:
                result = "hang"
            except OSError as e:
                result = "socket-error"
                with lock:
                    if len(failures) < 20:
                        failures.append((result, str(e), data[:200]))
            with lock:
                counts[result] += 1
                bad = result in ("hang", "not-http") or (isinstance(result, int) and result >= 500 and result != 505)
                if bad and len(failures) < 20:
                    failures.append((result, "", data[:200]))

    started = time.monotonic()
    threads = [threading.Thread(target=worker, args=(w,)) for w in range(a.workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - started
    by_class = collections.Counter()
    for k, v in counts.items():
        by_class[f"{k // 100}xx" if isinstance(k, int) else k] += v
    # 505 is the right answer to an HTTP version that does not exist (HTTP/9.9): counted apart.
    five = by_class.get("5xx", 0) - counts.get(505, 0)
    print(f"fuzz: {sum(counts.values())} requests in {elapsed:.0f} s ({sum(counts.values()) / elapsed:.0f}/s), "
          f"{a.workers} workers, seed {a.seed}")
    print("by class: " + ", ".join(f"{k} {v}" for k, v in sorted(by_class.items())))
    print("by status: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: str(kv[0]))))
    print(f"5xx other than 505 (HTTP Version Not Supported, for HTTP/9.9): {five}, hangs: {counts.get('hang', 0)}, not HTTP: {counts.get('not-http', 0)}, "
          f"socket errors: {counts.get('socket-error', 0)}")
    for f in failures:
        print("  failure:", f)
    sys.exit(1 if five > 0 or counts.get("hang", 0) or counts.get("not-http", 0) else 0)


if __name__ == "__main__":
    main()
