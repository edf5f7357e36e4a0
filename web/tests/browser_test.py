#!/usr/bin/python3
"""The web interface in a real browser: headless Chromium (chromium-driver, python3-selenium)
against the real `thuky serve` in a fresh workspace. Saves a screenshot of every page seen.

Usage: browser_test.py THUKY SCREENSHOT_DIR
"""
import json
import os
import signal
import subprocess
import sys
import tempfile
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ready
from selenium.webdriver.support.ui import WebDriverWait

THUKY, SHOTS = sys.argv[1], sys.argv[2]
os.makedirs(SHOTS, exist_ok=True)
WORK = tempfile.mkdtemp(prefix="thuky-browser-")


def thuky(*args, stdin=None, check=True):
    done = subprocess.run([THUKY, *args], cwd=WORK, input=stdin, capture_output=True, text=True)
    if check and done.returncode != 0:
        raise AssertionError(f"thuky {' '.join(args)}: {done.returncode}\n{done.stderr}")
    return done


def write(name, text):
    path = os.path.join(WORK, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


def browser():
    options = webdriver.ChromeOptions()
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                 "--window-size=1280,900", "--lang=vi"):
        options.add_argument(flag)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def shot(driver, name):
    driver.save_screenshot(os.path.join(SHOTS, f"{name}.png"))


def wait(driver, condition, seconds=10):
    return WebDriverWait(driver, seconds).until(condition)


def log_in(driver, url, name, password):
    driver.get(url)
    wait(driver, ready.url_contains("/login"))
    driver.find_element(By.ID, "login-name").send_keys(name)
    driver.find_element(By.ID, "login-password").send_keys(password)
    driver.find_element(By.ID, "login-submit").click()
    wait(driver, lambda d: d.find_element(By.ID, "who").text.startswith(name))


def rows(driver):
    # Read in one go: the table is replaced whenever a search or save reloads it.
    return driver.execute_script(
        "return [...document.querySelectorAll('#people tbody tr')].map(r => r.innerText)")


def fetch(driver, method, path, csrf=True, body=None):
    """A request from the page's own script: same origin, the session cookie sent."""
    return driver.execute_async_script(
        """
        const [method, path, csrf, body, done] = arguments;
        const headers = {"Content-Type": "application/json"};
        if (csrf) headers["X-CSRF-Token"] = thuky.session.csrf;
        fetch(path, {method, headers, body: body === null ? undefined : JSON.stringify(body)})
          .then(async r => done({status: r.status, type: r.headers.get("Content-Type"),
                                 text: method === "GET" && path.endsWith(".xlsx") ? "" : await r.text()}));
        """, method, path, csrf, body)


def edit_form(driver, code):
    driver.find_element(By.CSS_SELECTOR, f'#people tr[data-code="{code}"] button.edit').click()
    wait(driver, lambda d: d.find_element(By.ID, "person-dialog").is_displayed())
    wait(driver, lambda d: d.find_element(By.ID, "f-name").get_attribute("value") != "")


def main():
    thuky("init", ".")
    write("people.csv", "Họ và tên,Ngày sinh,Chức vụ,Đơn vị\n"
          "Nguyễn Văn An,15/09/1970,Chủ tịch,UBND xã Kỳ Tân\n"
          "Nguyễn Thị Bình,02/03/1985,Thư ký,MTTQ xã Kỳ Tân\n"
          "Trần Văn Đức,1962,Trưởng thôn,Thôn Tân Hòa\n")
    thuky("people", "import", "people.csv")

    # The office network without accounts: refused, saying what to do.
    lan = thuky("serve", "--listen", "0.0.0.0", "--port", "0", check=False)
    assert lan.returncode == 1, lan
    assert "thuky users add" in lan.stderr, lan.stderr

    thuky("users", "add", "lan", "--role", "secretary", "--password-stdin", stdin="mật khẩu của Lan\n")
    thuky("users", "add", "hung", "--role", "secretary", "--password-stdin", stdin="mật khẩu của Hùng\n")
    server = subprocess.Popen([THUKY, "serve", "--listen", "0.0.0.0", "--port", "0"], cwd=WORK,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    url = server.stdout.readline().strip()
    assert url.startswith("http://127.0.0.1:") and url.endswith("/"), url
    a = b = None
    try:
        a = browser()
        # A wrong password is refused on the page.
        a.get(url)
        wait(a, ready.url_contains("/login"))
        shot(a, "01-login")
        a.find_element(By.ID, "login-name").send_keys("lan")
        a.find_element(By.ID, "login-password").send_keys("sai")
        a.find_element(By.ID, "login-submit").click()
        error = wait(a, ready.visibility_of_element_located((By.ID, "login-error")))
        assert "Sai tên đăng nhập hoặc mật khẩu" in error.text, error.text
        shot(a, "02-login-wrong-password")

        log_in(a, url, "lan", "mật khẩu của Lan")
        wait(a, lambda d: len(rows(d)) == 3)
        shot(a, "03-people")
        cookie = a.get_cookie("thuky_session")
        assert cookie["httpOnly"] and cookie["sameSite"] == "Strict", cookie

        # Search without diacritics finds the Nguyễn Văn but not Nguyễn Thị.
        a.find_element(By.ID, "search").send_keys("nguyen van")
        wait(a, lambda d: len(rows(d)) == 1)
        assert "Nguyễn Văn An" in rows(a)[0], rows(a)
        shot(a, "04-people-search")
        a.find_element(By.ID, "search").clear()
        a.find_element(By.ID, "search").send_keys("duc")
        wait(a, lambda d: len(rows(d)) == 1 and "Trần Văn Đức" in rows(d)[0])
        a.find_element(By.ID, "search").clear()
        a.execute_script("document.getElementById('search').dispatchEvent(new Event('input'))")
        wait(a, lambda d: len(rows(d)) == 3)

        # Add a person in the dialog.
        a.find_element(By.ID, "add-person").click()
        wait(a, lambda d: d.find_element(By.ID, "person-dialog").is_displayed())
        a.find_element(By.ID, "f-name").send_keys("Lê Thị Hoa")
        a.find_element(By.ID, "f-unit").send_keys("Hội Phụ nữ xã")
        a.find_element(By.ID, "f-birth").send_keys("31/12/1990")
        shot(a, "05-add-person")
        a.find_element(By.ID, "save").click()
        wait(a, lambda d: len(rows(d)) == 4)
        assert any("Lê Thị Hoa" in r and "31/12/1990" in r for r in rows(a)), rows(a)
        # A wrong date is refused naming the field.
        a.find_element(By.ID, "add-person").click()
        a.find_element(By.ID, "f-name").send_keys("Phạm Văn Sai")
        a.find_element(By.ID, "f-birth").send_keys("31/02/1990")
        a.find_element(By.ID, "save").click()
        error = wait(a, ready.visibility_of_element_located((By.ID, "form-error")))
        assert error.text.startswith("Ngày sinh không hợp lệ"), error.text
        shot(a, "06-add-person-wrong-date")
        a.find_element(By.ID, "cancel").click()
        assert len(rows(a)) == 4

        # A write without the CSRF token is refused, and nothing is written.
        refused = fetch(a, "POST", "/api/people", csrf=False, body={"name": "Kẻ Giả Mạo"})
        assert refused["status"] == 403, refused
        assert "CSRF" in json.loads(refused["text"])["error"]
        accepted = fetch(a, "GET", "/api/people?q=gia%20mao")
        assert json.loads(accepted["text"])["total"] == 0, accepted

        # Two people edit one person: the second save is refused with who and when.
        b = browser()
        log_in(b, url, "hung", "mật khẩu của Hùng")
        wait(b, lambda d: len(rows(d)) == 4)
        edit_form(a, "nguyen-van-an")
        edit_form(b, "nguyen-van-an")
        b.find_element(By.ID, "f-title").clear()
        b.find_element(By.ID, "f-title").send_keys("Phó Chủ tịch")
        b.find_element(By.ID, "save").click()
        wait(b, lambda d: any("Phó Chủ tịch" in r for r in rows(d)))
        a.find_element(By.ID, "f-phone").send_keys("0912345678")
        a.find_element(By.ID, "save").click()
        conflict = wait(a, ready.visibility_of_element_located((By.ID, "conflict-text")))
        assert conflict.text.startswith("hung đã sửa người này lúc "), conflict.text
        shot(a, "07-edit-conflict")
        a.find_element(By.ID, "reload").click()
        assert a.find_element(By.ID, "f-title").get_attribute("value") == "Phó Chủ tịch"
        a.find_element(By.ID, "f-phone").send_keys("0912345678")
        a.find_element(By.ID, "save").click()
        wait(a, lambda d: any("0912345678" in r and "Phó Chủ tịch" in r for r in rows(d)))

        # An account removed by `thuky users remove` is logged out at its next request.
        thuky("users", "remove", "hung")
        gone = fetch(b, "GET", "/api/people")
        assert gone["status"] == 401, gone

        # An import with a wrong cell: its row and column shown, nothing imported.
        bad = write("moi.csv", "Họ và tên,Ngày sinh\nVõ Văn Tâm,01/01/1970\nĐỗ Thị Lan,32/13/1980\n")
        a.find_element(By.ID, "import-file").send_keys(bad)
        a.find_element(By.ID, "import-button").click()
        problem = wait(a, ready.visibility_of_element_located(
            (By.CSS_SELECTOR, "#import-problems tbody tr")))
        cells = [c.text for c in problem.find_elements(By.TAG_NAME, "td")]
        assert cells[:3] == ["3", "B", "Ngày sinh"], cells
        a.execute_script("document.getElementById('import-result').scrollIntoView()")
        shot(a, "08-import-errors")
        assert len(rows(a)) == 4
        good = write("moi-dung.csv", "Họ và tên,Ngày sinh\nVõ Văn Tâm,01/01/1970\n")
        a.find_element(By.ID, "import-file").send_keys(good)
        a.find_element(By.ID, "import-button").click()
        wait(a, lambda d: "Đã nhập: 1 người mới" in d.find_element(By.ID, "import-result").text)
        wait(a, lambda d: len(rows(d)) == 5)
        shot(a, "09-import-done")

        exported = fetch(a, "GET", "/api/people/export.xlsx")
        assert exported["status"] == 200 and "spreadsheetml" in exported["type"], exported
    except Exception:
        for name, driver in (("a", a), ("b", b)):
            if driver:
                shot(driver, f"failed-{name}")
        raise
    finally:
        for driver in (a, b):
            if driver:
                driver.quit()
        server.send_signal(signal.SIGTERM)
        code = server.wait(timeout=20)
    assert code == 0, (code, server.stderr.read())
    log = thuky("log").stdout
    assert "user 'hung': PUT /api/people/nguyen-van-an" in log, log
    assert "user 'lan': POST /api/people/import" in log, log
    print("browser test passed; screenshots in", SHOTS)


if __name__ == "__main__":
    main()
