#!/usr/bin/python3
"""The elections and voter-contact pages (the delegates and voter-contact plugins' own pages) in
headless Chromium against the real `thuky serve`, local mode: the sample election's check, tally
entry refusing a total that does not add up and saving one that does, results locked and
reopened; the sample round scheduled, a session pinned, a pin that cannot be honoured explained,
opinions entered from the keyboard; and the page the host makes for samples/hello-plugin, which
has none of its own (its greetings, commands and setting). Saves a screenshot of every page seen.

Usage: plugin_pages_browser_test.py THUKY SOURCE_DIR SCREENSHOT_DIR HELLO_PLUGIN_DIR
"""
import json
import os
import signal
import subprocess
import sys
import tempfile

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as ready
from selenium.webdriver.support.ui import Select, WebDriverWait

THUKY, SOURCE, SHOTS, HELLO = sys.argv[1:5]
os.environ["THUKY_PLUGIN_PATH"] = HELLO  # for every `thuky` run here, `thuky serve` too
os.makedirs(SHOTS, exist_ok=True)
WORK = tempfile.mkdtemp(prefix="thuky-plugin-pages-")
ELECTION = os.path.join(SOURCE, "samples", "election-ha-tinh")
CONTACT = os.path.join(SOURCE, "samples", "voter-contact")
PLAN = "ha-tinh-2026-ky-hop-3"


def thuky(*args, check=True):
    done = subprocess.run([THUKY, *args], cwd=WORK, capture_output=True, text=True)
    if check and done.returncode != 0:
        raise AssertionError(f"thuky {' '.join(args)}: {done.returncode}\n{done.stderr}")
    return done


def browser():
    options = webdriver.ChromeOptions()
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                 "--window-size=1280,1000", "--lang=vi"):
        options.add_argument(flag)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def shot(driver, name):
    driver.save_screenshot(os.path.join(SHOTS, f"{name}.png"))


def wait(driver, condition, seconds=15):
    return WebDriverWait(driver, seconds).until(condition)


def by_id(driver, name):
    return driver.find_element(By.ID, name)


def post(driver, path, body):
    """A POST from the page's own script (same origin, session cookie and CSRF token)."""
    return driver.execute_async_script(
        """
        const [path, body, done] = arguments;
        fetch(path, {method: "POST", body: JSON.stringify(body),
                     headers: {"Content-Type": "application/json",
                               "X-CSRF-Token": thuky.session.csrf}})
          .then(async r => done({status: r.status, body: await r.json()}));
        """, path, body)


def fill(driver, name, value):
    box = by_id(driver, name)
    box.clear()
    box.send_keys(str(value))


def prepare():
    thuky("init", ".")
    thuky("areas", "import", os.path.join(ELECTION, "areas.csv"))
    thuky("election", "import", os.path.join(ELECTION, "election.toml"))
    for name, election in (("candidates-dbqh.csv", "dbqh-2026"),
                           ("candidates-hdnd-tinh.csv", "hdnd-tinh-2026"),
                           ("candidates-hdnd-xa.csv", "hdnd-xa-ky-hoa-2026")):
        thuky("election", "candidates", "import", os.path.join(ELECTION, name), "--election",
              election)
    for table in ("areas", "people", "organisations"):  # what the plan names, as demo.sh does
        thuky(table, "import", os.path.join(CONTACT, table + ".csv"))
    thuky("contact", "import", os.path.join(CONTACT, "plan.toml"))
    with open(os.path.join(WORK, "thuky.toml"), "a", encoding="utf-8") as f:
        f.write('\n[plugins.hello]\ngreeting = "Kính chào"\n')
    for name in ("Nguyễn Thị Lan", "Trần Văn Hùng", "Lê Thị Hoa"):
        thuky("hello", name)


def elections(d, url):
    d.get(url + "p/delegates/")
    wait(d, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#check tbody tr")) > 0)
    wait(d, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#units .unit")) == 4)
    # No voter list yet: every polling area breaks the voters rule, and is highlighted first.
    first = d.find_element(By.CSS_SELECTOR, "#check tbody tr")
    assert first.get_attribute("class") == "check-fail", first.get_attribute("class")
    assert "Không đạt" in first.text, first.text
    assert "không đúng quy định" in by_id(d, "check-summary").text
    unit = d.find_element(By.CSS_SELECTOR, '#units .unit[data-election="hdnd-tinh-2026"]')
    assert "HĐND tỉnh — Đơn vị bầu cử số 1" in unit.text, unit.text
    shot(d, "20-elections")
    candidates_upload(d)
    papers(d)


def candidates_upload(d):
    """The list of a level by upload: refused by row and column, then the valid rows kept."""
    with open(os.path.join(ELECTION, "candidates-dbqh.csv"), encoding="utf-8") as f:
        text = f.read().replace("12/05/1978", "31/02/1978")
    bad = os.path.join(WORK, "ung-cu-vien-dbqh.csv")
    with open(bad, "w", encoding="utf-8") as f:
        f.write(text)
    Select(by_id(d, "import-election")).select_by_value("dbqh-2026")
    by_id(d, "import-file").send_keys(bad)
    by_id(d, "import-button").click()
    problem = wait(d, ready.visibility_of_element_located(
        (By.CSS_SELECTOR, "#import-problems tbody tr")))
    assert problem.text.startswith("2 C Ngày sinh"), problem.text
    assert "“31/02/1978” không phải là ngày tháng" in problem.text, problem.text
    d.execute_script("document.getElementById('import-result').scrollIntoView({block: 'center'})")
    shot(d, "20a-elections-import-refused")
    by_id(d, "import-skip").click()
    by_id(d, "import-button").click()
    link = wait(d, ready.visibility_of_element_located((By.ID, "rejects-link")))
    assert link.text == "ung-cu-vien-dbqh.rejected.csv", link.text
    rejects = d.execute_async_script(
        "const done = arguments[1]; fetch(arguments[0]).then(async r => done([r.status, "
        "await r.text()]))", link.get_attribute("href"))
    assert rejects[0] == 200 and "Trần Thị Thu Hằng" in rejects[1], rejects
    d.execute_script("document.getElementById('import-result').scrollIntoView({block: 'center'})")
    shot(d, "20b-elections-import-skipped")
    # Back to the committee's whole list for what follows.
    thuky("election", "candidates", "import", os.path.join(ELECTION, "candidates-dbqh.csv"),
          "--election", "dbqh-2026")


def papers(d):
    """A unit's ballot printed and previewed in the page."""
    Select(by_id(d, "ballot-unit")).select_by_value("dbqh-2026/3")
    by_id(d, "print-ballot").click()
    wait(d, lambda d: by_id(d, "papers-status").text == "Đã in 1 tệp.")
    frame = wait(d, ready.visibility_of_element_located((By.ID, "preview")))
    assert "dbqh-2026-dv03-phieu-bau.pdf" in frame.get_attribute("src"), frame.get_attribute("src")
    Select(by_id(d, "voters-area")).select_by_value("KV01")
    by_id(d, "print-voters").click()
    wait(d, lambda d: "danh-sach-cu-tri.pdf" in by_id(d, "papers").text)
    shot(d, "20c-elections-voter-list-preview")


def tally(d, url):
    d.get(url + "p/delegates/tally.html?day=ha-tinh-2026")
    wait(d, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#votes input")) == 4)
    assert "KV01" in by_id(d, "tally-title").text and "ĐBQH" in by_id(d, "tally-title").text
    counts = {"listed": 1245, "voted": 1198, "issued": 1198, "returned": 1198, "valid": 1180,
              "invalid": 19}
    for key, value in counts.items():
        fill(d, f"t-{key}", value)
    for n, value in enumerate((389, 708, 920, 319), start=1):
        fill(d, f"t-votes{n}", value)
    # 1180 + 19 is not the 1198 returned: the rule is shown beside its count, no saving.
    problem = wait(d, ready.visibility_of_element_located(
        (By.CSS_SELECTOR, '#problems li[data-field="valid"]')))
    assert "không bằng số phiếu thu vào (1.198)" in problem.text, problem.text
    assert "wrong" in by_id(d, "t-valid").get_attribute("class")
    assert not by_id(d, "save").is_enabled()
    shot(d, "21-tally-inconsistent")
    # The server refuses the same count on its own, naming the field.
    path = "/api/p/delegates/days/ha-tinh-2026/tally/KV01/dbqh-2026"
    refused = post(d, path, {**counts, "votes": [389, 708, 920, 319], "version": 0})
    assert refused["status"] == 400 and refused["body"]["field"] == "valid", refused
    assert "KV01" not in thuky("election", "tally", "list").stdout

    # Someone else saves this count first (another browser): this page's save is refused.
    other = post(d, path, {**counts, "invalid": 18, "votes": [389, 708, 920, 319], "version": 0})
    assert other["status"] == 200 and other["body"]["version"] == 1, other
    fill(d, "t-invalid", 18)
    wait(d, lambda d: by_id(d, "rules").text == "Các số liệu khớp nhau.")
    by_id(d, "t-votes4").send_keys(Keys.ENTER)  # Enter on the last box saves
    conflict = wait(d, ready.visibility_of_element_located((By.ID, "conflict-text")))
    assert "đã sửa lúc" in conflict.text and "chưa được lưu" in conflict.text, conflict.text
    shot(d, "22-tally-conflict")
    by_id(d, "reload").click()
    wait(d, lambda d: not by_id(d, "conflict").is_displayed())
    wait(d, lambda d: by_id(d, "saved").text == "Đã có kết quả lưu trước đây.")
    assert by_id(d, "t-invalid").get_attribute("value") == "18"
    by_id(d, "t-votes4").send_keys(Keys.ENTER)
    wait(d, lambda d: by_id(d, "saved").text.startswith("Đã lưu kết quả KV01"))
    shot(d, "22a-tally-saved")
    stored = json.loads(thuky("--json", "election", "tally", "list", "--area", "KV01").stdout)["tallies"]
    assert [(r["election"], r["valid"], r["invalid"]) for r in stored] == [("ĐBQH", 1180, 18)], stored


def results(d, url):
    thuky("election", "tally", "import", os.path.join(ELECTION, "tally.csv"))
    d.get(url + "p/delegates/results.html?day=ha-tinh-2026")
    wait(d, lambda d: len(d.find_elements(By.CSS_SELECTOR, ".unit")) == 4)
    assert len(d.find_elements(By.CSS_SELECTOR, "tr.elected")) > 0
    shot(d, "23-results")
    d.find_element(By.CSS_SELECTOR, '[data-lock="dbqh-2026"]').click()
    wait(d, lambda d: "Đã công bố chính thức kết quả ĐBQH" in by_id(d, "message").text)
    wait(d, lambda d: len(d.find_elements(By.CSS_SELECTOR, '[data-reopen="dbqh-2026"]')) == 1)
    d.find_element(By.CSS_SELECTOR, '[data-reopen="dbqh-2026"]').click()
    wait(d, lambda d: by_id(d, "message").text == "Hãy ghi lý do mở lại kết quả.")
    shot(d, "24-results-official")
    d.find_element(By.CSS_SELECTOR, '[data-reason="dbqh-2026"]').send_keys("KV02 cộng nhầm")
    d.find_element(By.CSS_SELECTOR, '[data-reopen="dbqh-2026"]').click()
    wait(d, lambda d: "Đã mở lại kết quả ĐBQH" in by_id(d, "message").text)


def schedule(d, url):
    d.get(url + "p/voter-contact/")
    wait(d, lambda d: "7 buổi chưa được xếp lịch" in by_id(d, "unscheduled").text)
    by_id(d, "schedule").click()
    wait(d, lambda d: len(d.find_elements(By.CSS_SELECTOR, ".session")) == 7)
    shot(d, "25-schedule")
    Select(by_id(d, "pin-group")).select_by_value("to-2")
    Select(by_id(d, "pin-locality")).select_by_value("18343")
    d.execute_script("document.getElementById('pin-date').value = '2026-11-24'")
    Select(by_id(d, "pin-slot")).select_by_value("sang")
    by_id(d, "pin").click()
    wait(d, lambda d: len(d.find_elements(
        By.CSS_SELECTOR, '.session.pinned[data-locality="18343"]')) == 1)
    cell = d.find_element(By.CSS_SELECTOR, '.session.pinned').find_element(By.XPATH, "..")
    assert cell.get_attribute("data-date") == "2026-11-24", cell.get_attribute("data-date")
    # Vũng Áng cannot host on 23/11: refused, explained, nothing moved.
    Select(by_id(d, "pin-group")).select_by_value("to-1")
    Select(by_id(d, "pin-locality")).select_by_value("18076")
    d.execute_script("document.getElementById('pin-date').value = '2026-11-23'")
    by_id(d, "pin").click()
    reason = wait(d, ready.visibility_of_element_located((By.CSS_SELECTOR, "#pin-explanation li")))
    assert reason.text == ("phường Vũng Áng (Tổ đại biểu số 1): đã cố định vào buổi sáng "
                           "23/11/2026, nhưng xã, phường không tổ chức được"), reason.text
    assert len(d.find_elements(By.CSS_SELECTOR, ".session.pinned")) == 1
    d.execute_script("document.getElementById('pin-error').scrollIntoView({block: 'center'})")
    shot(d, "26-schedule-pin-refused")
    for kind in ("plan",):
        d.find_element(By.CSS_SELECTOR, f'[data-papers="{kind}"]').click()
        wait(d, lambda d: by_id(d, "papers-message").text.startswith("Đã in"))
        names = [li.text for li in d.find_elements(By.CSS_SELECTOR, "#papers li")]
        assert f"{PLAN}-ke-hoach.pdf" in names, names
    # The plan's PDF opens from its link (the host serves what the audit log recorded).
    link = d.find_element(By.CSS_SELECTOR, "#papers a").get_attribute("href")
    opened = d.execute_async_script(
        "const done = arguments[1]; fetch(arguments[0]).then(r => done([r.status, "
        "r.headers.get('Content-Type')]))", link)
    assert opened == [200, "application/pdf"], opened
    shot(d, "27-schedule-papers")


def opinions(d, url):
    d.get(url + f"p/voter-contact/opinions.html?plan={PLAN}")
    wait(d, lambda d: len(Select(by_id(d, "o-session")).options) == 7)
    Select(by_id(d, "o-session")).select_by_visible_text("xã Cẩm Xuyên — Tổ đại biểu số 2")
    session = by_id(d, "o-session").get_attribute("value")
    by_id(d, "o-voter").click()
    # From the keyboard only: the voter, Tab to the address, Tab to the content, Enter.
    d.switch_to.active_element.send_keys("Lê Văn Thành", Keys.TAB, "Thôn Trung Hà", Keys.TAB,
                                         "Đề nghị sửa đường liên thôn Trung Hà.", Keys.ENTER)
    wait(d, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#opinions tbody tr")) == 1)
    assert by_id(d, "o-saved").text == "Đã lưu ý kiến số 1 (xã Cẩm Xuyên)."
    assert d.switch_to.active_element.get_attribute("id") == "o-voter"
    assert by_id(d, "o-session").get_attribute("value") == session
    assert by_id(d, "o-content").get_attribute("value") == ""
    d.switch_to.active_element.send_keys("Phan Thị Lan", Keys.TAB, Keys.TAB,
                                         "Đề nghị sửa chữa đường liên thôn Trung Hà.", Keys.ENTER)
    wait(d, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#opinions tbody tr")) == 2)
    # The two say the same: suggested as one request, confirmed by the secretary.
    group = wait(d, lambda d: d.find_element(By.CSS_SELECTOR, "#groups .group"))
    assert len(group.find_elements(By.CSS_SELECTOR, "tr")) == 2
    d.find_element(By.CSS_SELECTOR, "#groups [data-confirm]").click()
    # Read in one go: the groups are drawn again after every change.
    wait(d, lambda d: d.execute_script(
        "const g = document.querySelector('#groups .group'); return g && g.className")
         == "group confirmed")
    by_id(d, "o-voter").click()
    # Without a content: refused, the box marked.
    d.switch_to.active_element.send_keys("Cử tri không nói gì", Keys.ENTER)
    wait(d, lambda d: by_id(d, "o-error").text == "Hãy ghi nội dung ý kiến.")
    shot(d, "28-opinions")
    stored = json.loads(thuky("--json", "contact", "opinions", "list", PLAN).stdout)["opinions"]
    assert [(o["locality"], o["voter"]) for o in stored] == [
        ("xã Cẩm Xuyên", "Lê Văn Thành"), ("xã Cẩm Xuyên", "Phan Thị Lan")], stored


def answers(d, url):
    """The agencies' answers: the requests still open, one answered in the dialog."""
    d.get(url + f"p/voter-contact/answers.html?plan={PLAN}")
    row = wait(d, lambda d: d.find_element(By.CSS_SELECTOR, "#answers tbody tr"))
    assert "Đề nghị sửa đường liên thôn Trung Hà." in row.text, row.text
    assert "Chưa trả lời" in row.text, row.text
    shot(d, "29-answers")
    row.find_element(By.CSS_SELECTOR, "button").click()
    wait(d, ready.visibility_of_element_located((By.ID, "a-answer")))
    fill(d, "a-agency", "UBND xã Cẩm Xuyên")
    fill(d, "a-answer", "Đã đưa vào kế hoạch sửa đường năm 2027.")
    shot(d, "29a-answer-dialog")
    by_id(d, "a-save").click()
    wait(d, lambda d: by_id(d, "none").is_displayed())  # only open ones are listed
    by_id(d, "only-open").click()
    row = wait(d, lambda d: d.find_element(By.CSS_SELECTOR, "#answers tbody tr"))
    assert "Đã trả lời" in row.text and "UBND xã Cẩm Xuyên" in row.text, row.text
    shot(d, "29b-answers-all")
    listed = json.loads(thuky("--json", "contact", "opinions", "unanswered", PLAN).stdout)
    assert listed["unanswered"] == [], listed


def opinions_upload(d, url):
    """Opinions from a file: a wrong cell refused by row and column, nothing imported."""
    with open(os.path.join(CONTACT, "opinions.csv"), encoding="utf-8") as f:
        text = f.read().replace("trung ương", "liên bang", 1)
    bad = os.path.join(WORK, "y-kien-cu-tri.csv")
    with open(bad, "w", encoding="utf-8") as f:
        f.write(text)
    d.get(url + f"p/voter-contact/opinions.html?plan={PLAN}")
    wait(d, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#opinions tbody tr")) == 2)
    by_id(d, "import-file").send_keys(bad)
    by_id(d, "import-button").click()
    problem = wait(d, ready.visibility_of_element_located(
        (By.CSS_SELECTOR, "#import-problems tbody tr")))
    assert problem.text.startswith("2 H Thẩm quyền"), problem.text
    assert "không thuộc các giá trị" in problem.text, problem.text  # the catalogue's words
    d.execute_script("document.getElementById('import-result').scrollIntoView({block: 'center'})")
    shot(d, "28a-opinions-import-refused")
    assert len(d.find_elements(By.CSS_SELECTOR, "#opinions tbody tr")) == 2


def hello(d, url):
    """samples/hello-plugin has no pages: its link leads to the page the host makes from its
    manifest, with the greetings `thuky hello` stored, its commands and its setting."""
    d.get(url)
    link = wait(d, lambda d: d.find_element(By.CSS_SELECTOR, 'header nav a[href="/p/hello/"]'))
    assert link.text == "Hello", link.text
    link.click()
    rows = "#list-hello-list tbody tr"
    wait(d, lambda d: len(d.find_elements(By.CSS_SELECTOR, rows)) == 3)
    shown = [[td.text for td in tr.find_elements(By.TAG_NAME, "td")]
             for tr in d.find_elements(By.CSS_SELECTOR, rows)]
    listed = json.loads(thuky("--json", "hello-list").stdout)["greetings"]
    expected = [[g["name"], "/".join(reversed(g["day"].split("-")))] for g in listed]
    assert [g["name"] for g in listed] == ["Nguyễn Thị Lan", "Trần Văn Hùng", "Lê Thị Hoa"], listed
    assert shown == expected, (shown, expected)
    headers = [th.text for th in d.find_elements(By.CSS_SELECTOR, "#list-hello-list thead th")]
    assert headers == ["Họ và tên", "Ngày"], headers
    assert d.find_element(By.CSS_SELECTOR, "#list-hello-list .count").text == "3 dòng"
    assert by_id(d, "name").text == "Hello"
    assert by_id(d, "version").text == "Phần mở rộng “hello”, phiên bản 1.1.0"
    current = d.find_element(By.CSS_SELECTOR, 'header nav a[aria-current="page"]')
    assert current.get_attribute("href") == url + "p/hello/", current.get_attribute("href")
    commands = [tr.find_element(By.TAG_NAME, "td").text
                for tr in d.find_elements(By.CSS_SELECTOR, "#commands tbody tr")]
    assert commands == ["thuky hello", "thuky hello-import", "thuky hello-list",
                        "thuky hello-card"], commands
    setting = [td.text for td in d.find_elements(
        By.CSS_SELECTOR, '#settings tr[data-key="greeting"] td')]
    assert setting == ["greeting", "Kính chào", "Xin chào", "The word of greeting"], setting
    title = d.find_element(By.CSS_SELECTOR, "#list-hello-list h2").text
    assert title == "Danh sách của lệnh thuky hello-list", title
    assert not d.find_element(By.CSS_SELECTOR, "#list-hello-list .pager").is_displayed()
    shot(d, "30-hello-plugin-page")
    d.execute_script("document.getElementById('settings').scrollIntoView({block: 'center'})")
    shot(d, "30b-hello-plugin-settings")
    # A plugin with pages of its own keeps its link to them.
    assert d.find_element(By.CSS_SELECTOR, 'header nav a[href="/p/delegates/"]')


def main():
    prepare()
    server = subprocess.Popen([THUKY, "serve", "--port", "0"], cwd=WORK, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    url = server.stdout.readline().strip()
    assert url.startswith("http://127.0.0.1:") and url.endswith("/"), url
    d = None
    try:
        d = browser()
        d.get(url)
        wait(d, lambda d: by_id(d, "who").text != "")
        elections(d, url)
        tally(d, url)
        results(d, url)
        schedule(d, url)
        opinions(d, url)
        answers(d, url)
        opinions_upload(d, url)
        hello(d, url)
    except Exception:
        if d:
            shot(d, "failed-plugin-pages")
        raise
    finally:
        if d:
            d.quit()
        server.send_signal(signal.SIGTERM)
        code = server.wait(timeout=20)
    assert code == 0, (code, server.stderr.read())
    log = thuky("log").stdout
    assert "POST /api/p/delegates/days/ha-tinh-2026/tally/KV01/dbqh-2026" in log, log
    print("plugin pages browser test passed; screenshots in", SHOTS)


if __name__ == "__main__":
    main()
