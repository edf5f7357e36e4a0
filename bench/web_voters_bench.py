#!/usr/bin/python3
"""A province's voter lists served by `thuky serve`: a synthetic election day of 1.000.000 voters
(bench_gen_election, as bench/election_bench.sh), imported, then pages and searches of the
polling areas' lists asked over loopback, one at a time.

    python3 bench/web_voters_bench.py [--voters 1000000] [--requests 300] [--build DIR]

Prints p50/p99/max latency of a page (any page of any polling area's list) and of a search
(name without diacritics, or a card number), against the target of 100 ms. Loopback only.
"""
import argparse
import http.client
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.parse

QUERIES = ["nguyen van", "thi hoa", "tran", "hung", "le thi thu", "duc", "pham minh", "vo", "ngoc",
           "xyz"]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--voters", type=int, default=1000000)
    p.add_argument("--requests", type=int, default=300)
    p.add_argument("--build", default=os.path.join(here, "..", "build", "default", "bin"))
    args = p.parse_args()
    bin_dir = os.path.abspath(args.build)
    thuky = os.path.join(bin_dir, "thuky")
    work = tempfile.mkdtemp(prefix="thuky-voters-")
    try:
        return run(args, bin_dir, thuky, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run(args, bin_dir, thuky, work):
    gen, ws = os.path.join(work, "gen"), os.path.join(work, "ws")
    os.makedirs(ws)

    def step(label, *cmd, cwd=ws):
        start = time.monotonic()
        done = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
        if done.returncode != 0:
            sys.exit(f"{label}: exit {done.returncode}\n{done.stderr}")
        print(f"{label:<36} {time.monotonic() - start:7.1f} s")

    step("generate the election day", os.path.join(bin_dir, "bench_gen_election"), str(args.voters),
         gen, cwd=work)
    step("thuky init", thuky, "init", ".")
    step("thuky election import", thuky, "-q", "election", "import",
         os.path.join(gen, "election.toml"))
    step(f"thuky election voters import ({args.voters})", thuky, "-q", "election", "voters",
         "import", os.path.join(gen, "voters.csv"))

    server = subprocess.Popen([thuky, "serve", "--port", "0"], cwd=ws, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    url = server.stdout.readline().strip()
    port = int(url.rsplit(":", 1)[1].strip("/"))
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    headers = {"Host": f"127.0.0.1:{port}"}

    def get(path):
        start = time.perf_counter()
        conn.request("GET", path, headers=headers)
        r = conn.getresponse()
        body = r.read()
        ms = (time.perf_counter() - start) * 1000
        if r.status != 200:
            sys.exit(f"GET {path}: {r.status} {body[:300]!r}")
        if r.getheader("Set-Cookie"):
            headers["Cookie"] = r.getheader("Set-Cookie").split(";")[0]
        return json.loads(body), ms

    get("/api/session")
    day = "bench-2026"
    areas = [a["code"] for a in get(f"/api/p/delegates/days/{day}")[0]["polling_areas"]]
    rnd = random.Random(7)
    pages, searches = [], []
    listed = found = 0
    for _ in range(args.requests):
        area = rnd.choice(areas)
        first, ms = get(f"/api/p/delegates/days/{day}/voters?area={area}&limit=50")
        offset = rnd.randrange(0, max(1, first["total"]))
        page, ms = get(f"/api/p/delegates/days/{day}/voters?area={area}&offset={offset}&limit=50")
        pages.append(ms)
        listed += len(page["voters"])
        q = rnd.choice(QUERIES + [str(rnd.randrange(1, 2000))])
        hit, ms = get(f"/api/p/delegates/days/{day}/voters?area={area}&limit=50&q="
                      + urllib.parse.quote(q))
        searches.append(ms)
        found += hit["total"]
    server.send_signal(signal.SIGINT)
    server.wait(timeout=30)

    def line(label, values):
        values = sorted(values)
        pick = lambda q: values[min(len(values) - 1, int(round(q * (len(values) - 1))))]
        verdict = "under" if pick(0.99) < 100 else "OVER"
        print(f"{label:<36} p50 {pick(0.5):6.1f} ms   p99 {pick(0.99):6.1f} ms   "
              f"max {values[-1]:6.1f} ms   ({verdict} 100 ms at p99)")

    print(f"{args.voters} voters in {len(areas)} polling areas; {args.requests} pages and "
          f"{args.requests} searches ({listed} rows listed, {found} matches counted)")
    line("a page of 50 of an area's list", pages)
    line("a search in an area's list", searches)
    return 0


if __name__ == "__main__":
    sys.exit(main())
