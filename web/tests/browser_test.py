#!/usr/bin/python3
"""The web interface in a real browser: headless Chromium (chromium-driver, python3-selenium)
against the real `thuky serve` in a fresh workspace. Saves a screenshot of every page seen.

Usage: browser_test.py THUKY SCREENSHOT_DIR
"""
import base64
import json
import os
import signal
import subprocess
import sys
import tempfile
import time

from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ready
from selenium.webdriver.support.ui import WebDriverWait

THUKY, SHOTS = sys.argv[1], sys.argv[2]
SAMPLES = os.path.realpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "samples"))
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
    # Pages replace what they show (a card after its save, the page after a redirect).
    return WebDriverWait(driver, seconds,
                         ignored_exceptions=(StaleElementReferenceException,)).until(condition)


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


def download(driver, path):
    """The bytes and headers of a GET made by the page (a download link's target)."""
    got = driver.execute_async_script(
        """
        const [path, done] = arguments;
        fetch(path).then(async r => {
          const bytes = new Uint8Array(await r.arrayBuffer());
          let text = "";
          for (const b of bytes) text += String.fromCharCode(b);
          done({status: r.status, type: r.headers.get("Content-Type"),
                disposition: r.headers.get("Content-Disposition"), data: btoa(text)});
        });
        """, path)
    got["data"] = base64.b64decode(got["data"])
    return got


def pick(driver, box, query, name):
    """Types `query` in the people picker `box` and taps `name` in its results."""
    search = driver.find_element(By.CSS_SELECTOR, f"#{box} input.picker-search")
    search.send_keys(query)
    button = wait(driver, lambda d: next(
        (b for b in d.find_elements(By.CSS_SELECTOR, f"#{box} .results button") if name in b.text),
        False))
    button.click()


def card(driver, name):
    return wait(driver, lambda d: next(
        (c for c in d.find_elements(By.CSS_SELECTOR, ".card")
         if c.find_element(By.CSS_SELECTOR, ".name").text == name), False))


def upload_meeting(a, url):
    a.get(url + "p/minutes/")
    wait(a, lambda d: d.find_element(By.ID, "count").text != "")
    bad = write("hop-sai.toml", 'id = "hop-sai"\ntitle = "Họp thử"\nstarts_at = 2020-09-15T25:00:00\n')
    a.find_element(By.ID, "import-file").send_keys(bad)
    a.find_element(By.ID, "import-button").click()
    wait(a, lambda d: "Không nhập được" in d.find_element(By.ID, "import-result").text)
    said = a.find_element(By.ID, "import-result").text
    # In Vietnamese, with the place in the browser's name for the file.
    assert "hop-sai.toml, dòng 3, cột" in said and "sai cú pháp TOML" in said, said
    assert WORK not in said and "/tmp/" not in said, said
    shot(a, "09b-meeting-upload-error")
    assert "hop-sai" not in thuky("meeting", "list").stdout
    a.find_element(By.ID, "import-file").clear()
    a.find_element(By.ID, "import-file").send_keys(os.path.join(SAMPLES, "ky-anh", "meeting.toml"))
    a.find_element(By.ID, "import-button").click()
    wait(a, lambda d: "Đã nhập cuộc họp" in d.find_element(By.ID, "import-result").text)
    wait(a, lambda d: "Buổi làm việc của Ban Thường trực" in d.find_element(By.ID, "meetings").text)
    shot(a, "09c-meeting-uploaded")
    assert "ky-anh-2020-09-15" in thuky("meeting", "list").stdout


def meetings_in_browser(a, b, url):
    """The minutes plugin's pages: a meeting made in the form, attendance at the door, its
    papers rendered, previewed and downloaded, two people saving one meeting, the tasks."""
    a.get(url)
    wait(a, lambda d: d.find_elements(By.LINK_TEXT, "Cuộc họp"))
    a.find_element(By.LINK_TEXT, "Cuộc họp").click()
    wait(a, ready.url_contains("/p/minutes/"))
    wait(a, lambda d: d.find_element(By.ID, "count").text == "1 cuộc họp")  # the Kỳ Anh sample
    shot(a, "10-meetings")
    a.find_element(By.ID, "new-meeting").click()
    wait(a, ready.url_contains("meeting.html"))
    wait(a, lambda d: d.find_element(By.ID, "who").text.startswith("lan"))
    a.find_element(By.ID, "f-id").send_keys("hoi-nghi-ky-tan")
    a.find_element(By.ID, "f-title").send_keys("Hội nghị triển khai công tác bầu cử xã Kỳ Tân")
    a.find_element(By.ID, "f-place").send_keys("Hội trường UBND xã Kỳ Tân")
    # Missing fields are named beside the field; nothing is saved.
    a.find_element(By.ID, "save").click()
    error = wait(a, ready.visibility_of_element_located((By.ID, "form-error")))
    assert "địa danh" in error.text, error.text
    shot(a, "11-meeting-form-missing")
    a.find_element(By.ID, "f-place_name").send_keys("Kỳ Tân")
    a.find_element(By.ID, "f-date").send_keys("05/12/2026")
    a.find_element(By.ID, "f-starts").send_keys("8:00")
    a.find_element(By.ID, "f-ends").send_keys("11h00")
    pick(a, "chair", "nguyen van an", "Nguyễn Văn An")
    pick(a, "secretary", "binh", "Nguyễn Thị Bình")
    pick(a, "invitee-picker", "duc", "Trần Văn Đức")
    pick(a, "invitee-picker", "hoa", "Lê Thị Hoa")
    pick(a, "invitee-picker", "tam", "Võ Văn Tâm")
    a.find_element(By.ID, "f-conclusions").send_keys("Hoàn thành danh sách cử tri trước ngày 15/12/2026.")
    shot(a, "12-meeting-form")
    a.find_element(By.ID, "save").click()
    wait(a, lambda d: d.find_element(By.ID, "heading").text.startswith("Sửa cuộc họp"))
    assert "id=hoi-nghi-ky-tan" in a.current_url, a.current_url

    # The door: a tablet, large buttons.
    a.set_window_size(1024, 768)
    a.get(url + "p/minutes/attendance.html?id=hoi-nghi-ky-tan")
    wait(a, lambda d: len(d.find_elements(By.CSS_SELECTOR, ".card")) == 5)
    arrived = card(a, "Trần Văn Đức").find_element(By.CSS_SELECTOR, "button.arrived")
    assert arrived.size["height"] >= 60, arrived.size
    arrived.click()
    wait(a, lambda d: "Có mặt" == card(d, "Trần Văn Đức").find_element(By.CSS_SELECTOR, ".state").text)
    card(a, "Nguyễn Văn An").find_element(By.CSS_SELECTOR, "button.arrived").click()
    wait(a, lambda d: "Có mặt" == card(d, "Nguyễn Văn An").find_element(By.CSS_SELECTOR, ".state").text)
    hoa = card(a, "Lê Thị Hoa")
    next(x for x in hoa.find_elements(By.TAG_NAME, "button") if x.text == "Vắng").click()
    hoa.find_element(By.CSS_SELECTOR, ".more input").send_keys("Đi công tác tỉnh")
    hoa.find_element(By.CSS_SELECTOR, ".more button").click()
    wait(a, lambda d: "Đi công tác tỉnh" in card(d, "Lê Thị Hoa").text)
    tam = card(a, "Võ Văn Tâm")
    next(x for x in tam.find_elements(By.TAG_NAME, "button") if x.text == "Cử người thay").click()
    tam.find_element(By.CSS_SELECTOR, ".more input").send_keys("Võ Thị Hạnh")
    tam.find_element(By.CSS_SELECTOR, ".more button").click()
    wait(a, lambda d: "Võ Thị Hạnh" in card(d, "Võ Văn Tâm").text)
    summary = a.find_element(By.ID, "summary").text
    assert summary.startswith("Có mặt 3/5 · Vắng 1"), summary
    a.execute_script("window.scrollTo(0, 0)")
    shot(a, "13-attendance-tablet")
    # Two tablets: the second one's stale save says who saved the person first.
    b.set_window_size(1024, 768)
    b.get(url + "p/minutes/attendance.html?id=hoi-nghi-ky-tan")
    wait(b, lambda d: len(d.find_elements(By.CSS_SELECTOR, ".card")) == 5)
    card(a, "Nguyễn Thị Bình").find_element(By.CSS_SELECTOR, "button.arrived").click()
    wait(a, lambda d: "Có mặt" == card(d, "Nguyễn Thị Bình").find_element(By.CSS_SELECTOR, ".state").text)
    binh = card(b, "Nguyễn Thị Bình")
    next(x for x in binh.find_elements(By.TAG_NAME, "button") if x.text == "Vắng").click()
    binh.find_element(By.CSS_SELECTOR, ".more input").send_keys("Ốm")
    binh.find_element(By.CSS_SELECTOR, ".more button").click()
    note = wait(b, lambda d: card(d, "Nguyễn Thị Bình").find_element(By.CSS_SELECTOR, ".note").text)
    assert note.startswith("lan đã sửa lúc "), note
    assert card(b, "Nguyễn Thị Bình").find_element(By.CSS_SELECTOR, ".state").text == "Có mặt"
    shot(b, "14-attendance-conflict")
    a.set_window_size(1280, 900)
    b.set_window_size(1280, 900)

    # The papers: rendered, previewed in the page, downloaded; the minutes' text checked.
    a.get(url + "p/minutes/meeting.html?id=hoi-nghi-ky-tan")
    wait(a, lambda d: d.find_element(By.ID, "f-place").get_attribute("value") != "")
    a.find_element(By.ID, "render").click()
    wait(a, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#documents .doc")) >= 5, 60)
    minutes_row = next(r for r in a.find_elements(By.CSS_SELECTOR, "#documents .doc")
                       if r.text.startswith("Biên bản"))
    minutes_row.find_element(By.TAG_NAME, "button").click()
    preview = wait(a, ready.visibility_of_element_located((By.ID, "preview")))
    assert "bien-ban.pdf" in preview.get_attribute("src"), preview.get_attribute("src")
    time.sleep(3)  # the PDF viewer draws the page (only for the screenshot)
    shot(a, "15-documents-preview")
    link = minutes_row.find_element(By.TAG_NAME, "a").get_attribute("href")
    pdf = download(a, link[len(url) - 1:])
    assert pdf["status"] == 200 and pdf["type"] == "application/pdf", pdf["status"]
    assert pdf["disposition"].startswith("attachment"), pdf["disposition"]
    pdf_file = os.path.join(WORK, "bien-ban-tai-ve.pdf")
    with open(pdf_file, "wb") as f:
        f.write(pdf["data"])
    extracted = subprocess.run(["pdftotext", pdf_file, "-"], capture_output=True, text=True,
                               check=True).stdout
    text = " ".join(extracted.split())
    assert "triển khai công tác bầu cử xã Kỳ Tân" in text, text
    # What was typed in the form and tapped on the tablet, line by line in the minutes.
    lines = [" ".join(line.split()) for line in extracted.splitlines()]
    for line in ("Thời gian bắt đầu: 8 giờ 00 phút, ngày 05 tháng 12 năm 2026.",
                 "- Đồng chí Trần Văn Đức, Trưởng thôn;",
                 "- Võ Thị Hạnh (dự thay đồng chí Võ Văn Tâm).",
                 "- Đồng chí Lê Thị Hoa (lý do: Đi công tác tỉnh);",
                 "Chủ trì (chủ tọa): Đồng chí Nguyễn Văn An, Phó Chủ tịch.",
                 "- Hoàn thành danh sách cử tri trước ngày 15/12/2026."):
        assert line in lines, (line, lines)
    # A file the audit log does not list is not served.
    outside = fetch(a, "GET", "/api/document?path=" + os.path.join(WORK, "thuky.toml"))
    assert outside["status"] == 404, outside

    # Two people save one meeting: the second is told who saved it first, and when.
    b.get(url + "p/minutes/meeting.html?id=hoi-nghi-ky-tan")
    wait(b, lambda d: d.find_element(By.ID, "f-place").get_attribute("value") != "")
    a.find_element(By.ID, "f-place").clear()
    a.find_element(By.ID, "f-place").send_keys("Nhà văn hóa thôn Tân Hòa")
    a.find_element(By.ID, "save").click()
    wait(a, lambda d: d.find_element(By.ID, "form-error").text == "Đã lưu.")
    b.find_element(By.ID, "f-ends").clear()  # b changes something else, from a stale form
    b.find_element(By.ID, "f-ends").send_keys("11:30")
    b.find_element(By.ID, "save").click()
    conflict = wait(b, ready.visibility_of_element_located((By.ID, "conflict-text")))
    assert conflict.text.startswith("lan đã sửa lúc "), conflict.text
    shot(b, "16-meeting-conflict")
    b.find_element(By.ID, "reload").click()
    wait(b, lambda d: d.find_element(By.ID, "f-place").get_attribute("value") == "Nhà văn hóa thôn Tân Hòa")

    # A meeting with tasks (the Kỳ Anh sample, imported on the command line meanwhile).
    a.get(url + "p/minutes/")
    wait(a, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#meetings tbody tr")) == 2)
    shot(a, "17-meetings-two")
    a.get(url + "p/minutes/tasks.html")
    wait(a, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#tasks tbody tr")) >= 2)
    open_tasks = len(a.find_elements(By.CSS_SELECTOR, "#tasks tbody tr"))
    a.find_element(By.CSS_SELECTOR, "#tasks tbody button").click()
    wait(a, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#tasks tbody tr")) == open_tasks - 1)
    a.find_element(By.ID, "all").click()
    wait(a, lambda d: any(c.text.startswith("Đã xong ngày")
                          for c in d.find_elements(By.CSS_SELECTOR, "#tasks td.ok")))
    shot(a, "18-tasks")


def password_in_browser(a):
    """The account's own password, changed in the page."""
    wrong = fetch(a, "POST", "/api/password", body={"current": "sai", "new": "mật khẩu mới của Lan"})
    assert wrong["status"] == 400 and json.loads(wrong["text"])["field"] == "current", wrong
    short = fetch(a, "POST", "/api/password", body={"current": "mật khẩu của Lan", "new": "ngắn"})
    assert short["status"] == 400 and json.loads(short["text"])["field"] == "password", short
    a.find_element(By.ID, "password-button").click()
    a.find_element(By.ID, "pw-current").send_keys("mật khẩu của Lan")
    a.find_element(By.ID, "pw-new").send_keys("mật khẩu mới của Lan")
    a.find_element(By.ID, "pw-again").send_keys("mật khẩu mới của Lan")
    a.find_element(By.ID, "pw-save").click()
    wait(a, lambda d: d.find_element(By.ID, "pw-message").text == "Đã đổi mật khẩu.")
    shot(a, "19-password")


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
    thuky("users", "add", "mai", "--role", "secretary", "--password-stdin", stdin="mật khẩu của Mai\n")
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
        assert cells[3].startswith("“32/13/1980” không phải là ngày tháng (viết như 15/09/1970"), cells
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

        # The Kỳ Anh sample by upload: its people on the directory page, its meeting file on the
        # meetings page (a file with a mistake first: named as the browser sent it, with its
        # line, and nothing stored).
        a.find_element(By.ID, "import-file").send_keys(os.path.join(SAMPLES, "ky-anh", "people.csv"))
        a.find_element(By.ID, "import-button").click()
        wait(a, lambda d: "Đã nhập:" in d.find_element(By.ID, "import-result").text)
        upload_meeting(a, url)

        log_in(b, url, "mai", "mật khẩu của Mai")
        meetings_in_browser(a, b, url)
        password_in_browser(a)
        # A plugin's write without the CSRF token is refused too.
        refused = fetch(a, "POST", "/api/p/minutes/tasks/1/done", csrf=False)
        assert refused["status"] == 403, refused
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
    assert "user 'lan': POST /api/p/minutes/meetings/import" in log, log
    assert "user 'lan': POST /api/p/minutes/meetings/hoi-nghi-ky-tan/attendance" in log, log
    assert "user 'lan': POST /api/password" in log, log
    print("browser test passed; screenshots in", SHOTS)


if __name__ == "__main__":
    main()
