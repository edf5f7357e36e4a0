#!/usr/bin/python3
"""Load on `thuky serve`: simulated secretaries logging in, browsing, searching and saving (people
edits and meeting attendance) at once, against the real server on loopback, for a fixed time.

    python3 bench/web_load.py [--users 50] [--seconds 60] [--think 1] [--people 5000] [--thuky BIN]

Prints p50/p99 latency per kind of request, the error count (anything but the expected answer),
the lost writes (each user's last acknowledged save, read back from the store after the server
stopped) and the server's peak memory (VmHWM, /proc). Python standard library only; loopback only.
"""
import argparse
import http.client
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
          "Hồ", "Ngô", "Dương", "Lý"]
MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Xuân", "Quốc", "Thu", "Kim", "Đình"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Đức", "Giang", "Hà", "Hải", "Hạnh", "Hoa", "Hùng", "Hương",
         "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Ngọc", "Phúc", "Quang", "Sơn", "Tâm",
         "Thảo", "Thủy", "Trang", "Tuấn", "Vân", "Yến"]
SEARCHES = ["nguyen van", "thi hoa", "tran", "duc", "le thi", "huong", "vo van tam", "dang", "thuy",
            "pham minh", "xyz khong co"]
PASSWORD = "mật khẩu thử tải"


def parse_args():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--users", type=int, default=50)
    p.add_argument("--seconds", type=float, default=60)
    p.add_argument("--people", type=int, default=5000)
    p.add_argument("--think", type=float, default=1.0,
                   help="mean pause in seconds between a user's requests (0: as fast as possible)")
    here = os.path.dirname(os.path.abspath(__file__))
    p.add_argument("--thuky", default=os.path.join(here, "..", "build", "default", "bin", "thuky"))
    return p.parse_args()


class Workspace:
    def __init__(self, thuky):
        self.thuky = os.path.abspath(thuky)
        self.dir = tempfile.mkdtemp(prefix="thuky-load-")

    def run(self, *args, stdin=None):
        done = subprocess.run([self.thuky, *args], cwd=self.dir, input=stdin, capture_output=True,
                              text=True)
        if done.returncode != 0:
            sys.exit(f"thuky {' '.join(args)}: exit {done.returncode}\n{done.stderr}")
        return done.stdout


def prepare(ws, args):
    ws.run("init", ".")
    rows = ["Họ và tên,Ngày sinh,Chức vụ,Đơn vị"]
    for i in range(args.people):
        name = f"{FAMILY[i % 16]} {MIDDLE[(i // 16) % 12]} {GIVEN[(i // 192) % 30]}"
        # Distinct people: the same name with another birth date is another person.
        birth = f"{1 + i % 28:02d}/{1 + (i // 28) % 12:02d}/{1950 + (i // 336) % 50}"
        rows.append(f"{name},{birth},Cán bộ,Thôn {1 + i % 40}")
    with open(os.path.join(ws.dir, "people.csv"), "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")
    ws.run("people", "import", "people.csv")
    # Accounts in one go would each hash a password (Argon2id): fine, a few seconds.
    for u in range(args.users):
        ws.run("users", "add", f"user{u:02d}", "--role", "secretary", "--password-stdin",
               stdin=PASSWORD + "\n")


class Client:
    """One secretary's browser: a keep-alive connection and a session cookie."""

    def __init__(self, port):
        self.port = port
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        self.cookie = ""
        self.csrf = ""

    def request(self, method, path, body=None):
        headers = {"Host": f"127.0.0.1:{self.port}"}
        if self.cookie:
            headers["Cookie"] = self.cookie
        if method != "GET":
            headers["X-CSRF-Token"] = self.csrf
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        for attempt in (0, 1):
            try:
                self.conn.request(method, path, body=data, headers=headers)
                r = self.conn.getresponse()
                payload = r.read()
                break
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError):
                # The server closed an idle keep-alive connection: a browser opens another.
                self.conn.close()
                if attempt == 1:
                    raise
        cookie = r.getheader("Set-Cookie")
        if cookie:
            self.cookie = cookie.split(";")[0]
        return r.status, payload


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.latency = {}
        self.errors = []

    def record(self, kind, ms):
        with self.lock:
            self.latency.setdefault(kind, []).append(ms)

    def error(self, text):
        with self.lock:
            self.errors.append(text)


def timed(stats, kind, client, method, path, body=None, expect=(200,)):
    start = time.perf_counter()
    try:
        status, payload = client.request(method, path, body)
    except Exception as e:  # noqa: BLE001 - every failure is an error of the run
        stats.error(f"{kind} {method} {path}: {e!r}")
        return None
    stats.record(kind, (time.perf_counter() - start) * 1000)
    if status not in expect:
        stats.error(f"{kind} {method} {path}: {status} {payload[:200]!r}")
        return None
    return json.loads(payload) if payload[:1] in (b"{", b"[") else payload


def user_run(u, port, deadline, stats, owned, acked, start_gate, think):
    rnd = random.Random(u)
    c = Client(port)
    start_gate.wait()
    s = timed(stats, "login", c, "POST", "/api/login", {"name": f"user{u:02d}", "password": PASSWORD})
    if s is None:
        return
    c.csrf = s["csrf"]
    person_code, meeting, position = owned[u]
    person = timed(stats, "browse", c, "GET", f"/api/people/{person_code}")["person"]
    attendees = timed(stats, "browse", c, "GET", f"/api/p/minutes/meetings/{meeting}/attendees")
    attendee = next(a for a in attendees["attendees"] if a["position"] == position)
    saves = 0
    while time.monotonic() < deadline:
        if think > 0:  # a person reads the page before the next click
            time.sleep(rnd.uniform(0.5 * think, 1.5 * think))
        roll = rnd.random()
        if roll < 0.35:
            what = rnd.choice(("people", "meetings", "page"))
            if what == "people":
                timed(stats, "browse", c, "GET", f"/api/people?offset={rnd.randrange(0, 4800)}&limit=50")
            elif what == "meetings":
                timed(stats, "browse", c, "GET", "/api/p/minutes/meetings")
            else:
                timed(stats, "browse", c, "GET", rnd.choice(("/", "/assets/people.js", "/p/minutes/")))
        elif roll < 0.65:
            q = rnd.choice(SEARCHES).replace(" ", "%20")
            timed(stats, "search", c, "GET", f"/api/people?q={q}&limit=50")
        elif roll < 0.83:
            saves += 1
            phone = f"09{u:02d}{saves:06d}"
            body = {k: person[k] for k in ("name", "title", "unit", "gender", "email")}
            body.update(birth_date=person["birth_date"], phone=phone, version=person["version"])
            got = timed(stats, "save person", c, "PUT", f"/api/people/{person_code}", body)
            if got is not None:
                person = got["person"]
                acked["people"][u] = (person["name"], phone)
        else:
            saves += 1
            state = rnd.choice(("arrived", "absent", "none"))
            body = {"person": position, "state": state, "version": attendee["version"]}
            if state == "absent":
                body["reason"] = f"Bận việc lần {saves}"
            got = timed(stats, "save attendance", c, "POST",
                        f"/api/p/minutes/meetings/{meeting}/attendance", body)
            if got is not None:
                attendee = got["attendee"]
                acked["attendance"][u] = (meeting, position, attendee["state"], attendee["reason"])


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def memory_kib(pid, field):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def main():
    args = parse_args()
    ws = Workspace(args.thuky)
    t0 = time.monotonic()
    prepare(ws, args)
    print(f"workspace {ws.dir}: {args.people} people, {args.users} accounts "
          f"({time.monotonic() - t0:.1f} s to prepare)")
    server = subprocess.Popen([ws.thuky, "serve", "--listen", "127.0.0.1", "--port", "0"],
                              cwd=ws.dir, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    url = server.stdout.readline().strip()
    port = int(url.rsplit(":", 1)[1].strip("/"))
    stats = Stats()
    # Setup as the first account: one meeting per five users, each user owning one attendee.
    admin = Client(port)
    admin.csrf = timed(stats, "setup", admin, "POST", "/api/login",
                       {"name": "user00", "password": PASSWORD})["csrf"]
    codes = [p["code"] for p in timed(stats, "setup", admin, "GET", "/api/people?limit=200")["people"]]
    owned = {}
    meetings = (args.users + 4) // 5
    for m in range(meetings):
        base = 5 * m
        meeting = {"id": f"hop-tai-{m:02d}", "title": f"Hội nghị thử tải số {m + 1}",
                   "place": "Hội trường UBND xã", "place_name": "Kỳ Tân", "date": "2026-12-05",
                   "starts": "08:00", "ends": "11:00", "chair": {"code": codes[100 + base]},
                   "secretary": {"code": codes[101 + base]},
                   "invitees": [{"code": codes[102 + base + k]} for k in range(3)]}
        timed(stats, "setup", admin, "POST", "/api/p/minutes/meetings", meeting, expect=(201,))
        got = timed(stats, "setup", admin, "GET", f"/api/p/minutes/meetings/{meeting['id']}/attendees")
        for k, a in enumerate(got["attendees"][:5]):
            if base + k < args.users:
                owned[base + k] = (codes[base + k], meeting["id"], a["position"])
    if stats.errors:
        sys.exit("setup failed:\n" + "\n".join(stats.errors))
    stats.latency.clear()

    acked = {"people": {}, "attendance": {}}
    gate = threading.Barrier(args.users + 1)
    deadline = time.monotonic() + args.seconds
    threads = [threading.Thread(target=user_run, args=(u, port, deadline, stats, owned, acked, gate, args.think))
               for u in range(args.users)]
    for t in threads:
        t.start()
    gate.wait()
    peak_rss = 0
    while any(t.is_alive() for t in threads):
        peak_rss = max(peak_rss, memory_kib(server.pid, "VmRSS"))
        time.sleep(0.2)
    hwm = memory_kib(server.pid, "VmHWM")
    server.send_signal(signal.SIGINT)
    code = server.wait(timeout=30)
    if code != 0:
        stats.error(f"thuky serve exited {code}: {server.stderr.read()[-500:]}")

    # Lost writes: every acknowledged save must be in the store, read without the server.
    db = sqlite3.connect(os.path.join(ws.dir, "thuky.db"))
    lost = []
    for u, (name, phone) in acked["people"].items():
        if phone not in [r[0] for r in db.execute("SELECT phone FROM people WHERE full_name = ?", (name,))]:
            lost.append(f"user{u:02d}: phone {phone} of {name}")
    for u, (meeting, position, state, reason) in acked["attendance"].items():
        row = db.execute("SELECT attendance, reason FROM minutes_participants WHERE meeting_id = ? "
                         "AND position = ?", (meeting, position)).fetchone()
        if row != (state, reason):
            lost.append(f"user{u:02d}: attendance {meeting}/{position} {state!r} stored as {row!r}")
    db.close()

    total = sum(len(v) for v in stats.latency.values())
    print(f"{args.users} users for {args.seconds:.0f} s on loopback, {args.think:g} s mean pause: "
          f"{total} requests ({total / args.seconds:.0f}/s)")
    print(f"{'kind':<16} {'count':>7} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8}")
    for kind in ("login", "browse", "search", "save person", "save attendance"):
        v = stats.latency.get(kind, [])
        if v:
            print(f"{kind:<16} {len(v):>7} {percentile(v, 50):>8.1f} {percentile(v, 99):>8.1f} "
                  f"{max(v):>8.1f}")
    print(f"errors: {len(stats.errors)}")
    for e in stats.errors[:10]:
        print("  ", e)
    print(f"lost writes: {len(lost)} (of {len(acked['people']) + len(acked['attendance'])} users' "
          f"last saves checked)")
    for e in lost[:10]:
        print("  ", e)
    print(f"server memory: peak RSS {max(peak_rss, hwm) / 1024:.0f} MiB (VmHWM), "
          f"{peak_rss / 1024:.0f} MiB sampled during the run")
    print(f"server stopped with SIGINT: exit {code}")
    subprocess.run(["rm", "-rf", ws.dir])
    return 1 if stats.errors or lost or code != 0 else 0


if __name__ == "__main__":
    sys.exit(main())
