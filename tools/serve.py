#!/usr/bin/env python3
"""Serves a folder on 127.0.0.1 with the right MIME type for .wasm and .mjs (standard library only)."""
import argparse
import functools
import http.server


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".mjs": "text/javascript",
        ".json": "application/json",
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, default=8000)
    ap.add_argument("dir", nargs="?", default="www")
    a = ap.parse_args()
    handler = functools.partial(Handler, directory=a.dir)
    with http.server.ThreadingHTTPServer(("127.0.0.1", a.port), handler) as httpd:
        httpd.serve_forever()


if __name__ == "__main__":
    main()
