#!/usr/bin/python3
"""`thuky serve` as a process: HTTPS with a certificate made at test time, the refusals of
wrong certificate files (exit 1, naming the file), and Ctrl-C with a request in flight (the
request finishes and is stored whole, then the server exits 0).

Usage: serve_test.py THUKY OPENSSL
"""
import http.client
import json
import os
import shutil
import signal
import sqlite3
import ssl
import subprocess
import sys
import tempfile
import time

THUKY, OPENSSL = os.path.abspath(sys.argv[1]), sys.argv[2]
WORK = tempfile.mkdtemp(prefix="thuky-serve-")
failures = []


def check(condition, what):
    if not condition:
        failures.append(what)
        print("FAIL:", what)


def thuky(*args, stdin=None):
    return subprocess.run([THUKY, *args], cwd=WORK, input=stdin, capture_output=True, text=True)


def path(name):
    return os.path.join(WORK, name)


def openssl(*args):
    subprocess.run([OPENSSL, *args], cwd=WORK, check=True, capture_output=True)


def self_signed(name):
    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
            "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", f"{name}.key", "-out",
            f"{name}.crt")


def serve(*args):
    """Starts `thuky serve --port 0 ARGS`; returns the process and the URL it printed first."""
    server = subprocess.Popen([THUKY, "serve", "--port", "0", *args], cwd=WORK,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return server, server.stdout.readline().strip()


def stop(server):
    server.send_signal(signal.SIGINT)
    return server.wait(timeout=30)


def refused(args, expected):
    done = thuky("serve", "--port", "0", *args)
    check(done.returncode == 1, f"serve {args}: exit {done.returncode}, expected 1")
    check(expected in done.stderr, f"serve {args}: stderr {done.stderr!r} lacks {expected!r}")


def https():
    self_signed("office")
    self_signed("other")
    with open(path("thuky.toml"), "a", encoding="utf-8") as f:
        f.write('\n[serve]\ncertificate = "office.crt"\nkey = "office.key"\n')
    server, url = serve()
    try:
        check(url.startswith("https://127.0.0.1:") and url.endswith("/"), f"first line {url!r}")
        port = int(url.rsplit(":", 1)[1].strip("/"))
        # The client trusts only the office's certificate, and checks it names 127.0.0.1.
        context = ssl.create_default_context(cafile=path("office.crt"))
        conn = http.client.HTTPSConnection("127.0.0.1", port, context=context, timeout=10)
        conn.request("GET", "/api/session", headers={"Host": f"127.0.0.1:{port}"})
        answer = conn.getresponse()
        body = json.loads(answer.read())
        check(answer.status == 200 and body.get("mode") == "local", f"session over TLS: {body}")
        cookie = answer.getheader("Set-Cookie") or ""
        expected = "; Path=/; HttpOnly; SameSite=Strict; Secure"
        check(cookie.startswith("thuky_session=") and cookie.endswith(expected),
              f"cookie {cookie!r} lacks Secure")
        check(conn.sock.version() in ("TLSv1.2", "TLSv1.3"), f"TLS version {conn.sock.version()}")
        conn.close()
        # Plain HTTP on the HTTPS port gets no page.
        plain = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        try:
            plain.request("GET", "/api/session", headers={"Host": f"127.0.0.1:{port}"})
            status = plain.getresponse().status
        except (http.client.HTTPException, OSError):
            status = None
        check(status is None, f"plain HTTP on the HTTPS port answered {status}")
    finally:
        code = stop(server)
    check(code == 0, f"HTTPS server exit {code}: {server.stderr.read()}")

    # Wrong files: exit 1 naming the file, before anything listens.
    refused(["--certificate", path("missing.crt")],
            f"{path('missing.crt')}: the certificate file does not exist")
    refused(["--key", path("other.key")],
            f"{path('other.key')}: this private key does not belong to the certificate "
            f"{path('office.crt')}")
    refused(["--certificate", path("office.key")],
            f"{path('office.key')}: not a PEM certificate (-----BEGIN CERTIFICATE-----)")
    refused(["--key", path("office.crt")],
            f"{path('office.crt')}: not a PEM private key (-----BEGIN PRIVATE KEY-----)")
    openssl("pkey", "-in", "office.key", "-aes256", "-passout", "pass:secret", "-out",
            "locked.key")
    refused(["--key", path("locked.key")],
            f"{path('locked.key')}: the private key is protected by a passphrase")
    shutil.copy(path("office.key"), path("unreadable.key"))
    os.chmod(path("unreadable.key"), 0)
    if os.access(path("unreadable.key"), os.R_OK):  # root reads anything: nothing to see
        print("note: running as root, the unreadable key case is skipped")
    else:
        refused(["--key", path("unreadable.key")],
                f"{path('unreadable.key')}: cannot read the private key file: Permission denied")
    # Back to plain HTTP for the rest.
    with open(path("thuky.toml"), encoding="utf-8") as f:
        text = f.read()
    with open(path("thuky.toml"), "w", encoding="utf-8") as f:
        f.write(text.replace('key = "office.key"\n', ""))
    refused([], f"HTTPS needs the private key of the certificate {path('office.crt')} too")
    with open(path("thuky.toml"), "w", encoding="utf-8") as f:
        f.write(text.replace('\n[serve]\ncertificate = "office.crt"\nkey = "office.key"\n', ""))


def shutdown_in_flight():
    """SIGINT while an import is being handled: the import finishes whole, the answer arrives,
    a new connection is refused, and the server exits 0."""
    people = 20000
    rows = ["Họ và tên,Ngày sinh,Đơn vị"]
    family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Võ", "Đặng", "Bùi"]
    middle = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Xuân"]
    given = ["An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hoa", "Hùng", "Lan",
             "Long", "Mai", "Nam", "Sơn", "Tâm", "Thảo", "Thủy", "Trang", "Tuấn"]
    for i in range(people):  # a name and birth date pair once each: 20000 people
        name = f"{family[i % 10]} {middle[(i // 10) % 8]} {given[(i // 80) % 20]}"
        rows.append(f"{name},{1 + (i // 1600) % 28:02d}/{1 + i % 12:02d}/{1950 + (i // 12) % 40},"
                    f"Thôn {i % 30}")
    data = ("\n".join(rows) + "\n").encode()
    server, url = serve()
    port = int(url.rsplit(":", 1)[1].strip("/"))
    host = {"Host": f"127.0.0.1:{port}"}
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    conn.request("GET", "/api/session", headers=host)
    session = conn.getresponse()
    csrf = json.loads(session.read())["csrf"]
    cookie = session.getheader("Set-Cookie").split(";")[0]
    boundary = "thukyboundary"
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; "
            f"filename=\"nguoi.csv\"\r\nContent-Type: text/csv\r\n\r\n").encode() + data + \
        f"\r\n--{boundary}--\r\n".encode()
    conn.request("POST", "/api/people/import", body=body,
                 headers={**host, "Cookie": cookie, "X-CSRF-Token": csrf,
                          "Content-Type": f"multipart/form-data; boundary={boundary}"})
    time.sleep(0.3)  # the body is sent: the handler is importing
    server.send_signal(signal.SIGINT)
    signalled = time.monotonic()
    answer = conn.getresponse()
    result = json.loads(answer.read())
    # Printed, to see the request was still being handled when the signal came.
    print(f"the import answered {time.monotonic() - signalled:.2f} s after SIGINT")
    check(answer.status == 200 and result.get("added") == people,
          f"import in flight at Ctrl-C: {answer.status} {result}")
    code = server.wait(timeout=60)
    check(code == 0, f"exit {code} after Ctrl-C: {server.stderr.read()}")
    late = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        late.request("GET", "/api/session", headers=host)
        late.getresponse()
        check(False, "a request after the stop was answered")
    except OSError:
        pass
    db = sqlite3.connect(path("thuky.db"))
    stored = db.execute("SELECT count(*) FROM people").fetchone()[0]
    check(stored == people, f"{stored} people stored, expected {people}")
    check(db.execute("PRAGMA integrity_check").fetchone()[0] == "ok", "integrity check")
    db.close()
    log = thuky("log").stdout
    check("POST /api/people/import" in log, f"the import's audit entry is missing:\n{log}")


def main():
    init = thuky("init", ".")
    if init.returncode != 0:
        sys.exit(init.stderr)
    https()
    shutdown_in_flight()
    shutil.rmtree(WORK, ignore_errors=True)
    if failures:
        sys.exit(f"{len(failures)} failure(s)")
    print("serve test passed")


if __name__ == "__main__":
    main()
