#!/usr/bin/env python3
"""quorum serve in a real browser: headless Chromium driven by Selenium (run by ctest).

Usage: serve_browser_test.py QUORUM_BINARY SOURCE_DIR SCREENSHOT_DIR

Indexes corpus/ and tests/fixtures/hostile-minutes into a temporary folder, starts
`quorum serve --port 0` on it, and checks in Chromium: pages load with no console errors, a facet
click narrows the results and changes the URL, Back restores them, a timeline bar narrows the
dates (a year bar, then a month bar of that year's chart), item links into PDFs end with #page=N, hostile documents render as text. A screenshot of
each page goes to SCREENSHOT_DIR. Without Chromium, chromedriver or python3-selenium the test is
skipped (exit 77) loudly, and fails under CI=true.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request

SKIP = 77
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


def missing_browser():
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "python3-selenium is not installed"
    for path in (CHROMIUM, CHROMEDRIVER):
        if not os.path.exists(path):
            return f"{path} is missing (Debian packages chromium, chromium-driver)"
    return None


class Failures:
    def __init__(self):
        self.messages = []

    def check(self, ok, message):
        print(("ok    " if ok else "FAIL  ") + message, flush=True)
        if not ok:
            self.messages.append(message)


def start_archive(quorum, source, work):
    root = os.path.join(work, "archive")
    os.makedirs(root)
    for sub in ("pdf", "html", "text"):
        for name in os.listdir(os.path.join(source, "corpus", sub)):
            shutil.copy(os.path.join(source, "corpus", sub, name), root)
    fixtures = os.path.join(source, "tests", "fixtures", "hostile-minutes")
    for name in os.listdir(fixtures):
        if not name.endswith(".md"):
            shutil.copy(os.path.join(fixtures, name), root)
    db = os.path.join(work, "db")
    subprocess.run([quorum, "index", "--db", db, root], check=True, stdout=subprocess.DEVNULL)
    server = subprocess.Popen([quorum, "serve", "--db", db, "--port", "0"], stdout=subprocess.PIPE, text=True)
    line = server.stdout.readline()
    match = re.search(r"(http://127\.0\.0\.1:\d+)/", line)
    if not match:
        server.kill()
        raise RuntimeError(f"quorum serve printed no URL: {line!r}")
    return server, match.group(1), root


def new_driver(work):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000", f"--user-data-dir={work}/chromium-profile"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)


def console_errors(driver):
    return [e for e in driver.get_log("browser") if e.get("level") == "SEVERE"]


def result_metas(driver):
    from selenium.webdriver.common.by import By
    return [li.find_element(By.CSS_SELECTOR, "div.meta").text
            for li in driver.find_elements(By.CSS_SELECTOR, "ol.results li.result")]


def run_checks(driver, base, root, shots, f):
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.by import By

    def screenshot(name):
        driver.save_screenshot(os.path.join(shots, name + ".png"))

    def no_alert():
        try:
            driver.switch_to.alert
            return False
        except NoAlertPresentException:
            return True

    # The search page loads with no console errors (a CSP violation would be one).
    driver.get(base + "/search?q=cctv")
    f.check("Quorum" in driver.title, "search page title: " + driver.title)
    errors = console_errors(driver)
    f.check(not errors, f"search page: no console errors {errors}")
    screenshot("search")
    first_url = driver.current_url
    first_summary = driver.find_element(By.ID, "summary").text
    before = len(result_metas(driver))

    # A facet click narrows the results and changes the URL.
    facet = driver.find_element(By.CSS_SELECTOR, "section[data-facet=body] li a")
    body = facet.text
    facet.click()
    f.check("body=" in driver.current_url, "facet click puts the filter in the URL: " + driver.current_url)
    after = result_metas(driver)
    f.check(0 < len(after) <= before and all(body in m for m in after),
            f"facet click narrows the results to body {body!r}: {after}")
    f.check(driver.find_element(By.ID, "summary").text != first_summary, "facet click changes the summary")
    chips = driver.find_elements(By.CSS_SELECTOR, ".chips a.chip")
    f.check(any(body in c.text for c in chips), "the filter shows as a chip")
    screenshot("search-filtered")

    # Back restores the previous results.
    driver.back()
    f.check(driver.current_url == first_url, "Back restores the URL")
    f.check(driver.find_element(By.ID, "summary").text == first_summary, "Back restores the results")

    # A timeline bar narrows the dates.
    driver.get(base + "/search?q=")
    bars = driver.find_elements(By.CSS_SELECTOR, "svg.timeline a.bar")
    f.check(len(bars) > 1, f"the timeline has a bar per year ({len(bars)})")
    if bars:
        year = bars[0].get_dom_attribute("data-period")
        bars[0].find_element(By.TAG_NAME, "rect").click()
        f.check(f"from={year}" in driver.current_url and f"to={year}" in driver.current_url,
                f"a timeline bar narrows the dates to {year}: " + driver.current_url)
        metas = result_metas(driver)
        f.check(metas and all(year in m for m in metas), f"results are from {year}: {metas}")
        # Within one year the timeline draws months; a month bar narrows the dates to it.
        months = driver.find_elements(By.CSS_SELECTOR, "svg.timeline a.bar")
        periods = [b.get_dom_attribute("data-period") for b in months]
        f.check(len(months) > 1 and all(re.fullmatch(year + r"-\d\d", p) for p in periods),
                f"the year's timeline has a bar per month: {periods}")
        f.check("per month" in driver.find_element(By.CSS_SELECTOR, "figure.timeline figcaption").text,
                "the chart says it counts per month")
        screenshot("timeline-year")
        if months:
            month = periods[-1]
            months[-1].find_element(By.TAG_NAME, "rect").click()
            f.check(f"from={month}" in driver.current_url and f"to={month}" in driver.current_url,
                    f"a month bar narrows the dates to {month}: " + driver.current_url)
            metas = result_metas(driver)
            f.check(metas and all(month in m for m in metas), f"results are from {month}: {metas}")
            driver.back()
            f.check(f"from={year}" in driver.current_url and f"from={month}" not in driver.current_url,
                    "Back returns to the year: " + driver.current_url)
    screenshot("timeline")

    # Item links into a PDF end with #page=N, and the file is served.
    driver.get(base + "/search?q=cctv&type=minutes")
    pdf_meeting = None
    for link in driver.find_elements(By.CSS_SELECTOR, "ol.results a.result-title"):
        pdf_meeting = link.get_attribute("href")
        driver.get(pdf_meeting)
        if ".pdf" in driver.find_element(By.ID, "original").text:
            break
        driver.back()
        pdf_meeting = None
    f.check(pdf_meeting is not None, "found a PDF meeting from the search results")
    if pdf_meeting:
        links = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "a.page-link")]
        f.check(links and all(re.search(r"/files/d[0-9a-f]{16}#page=\d+$", h) for h in links),
                f"item links end with #page=N: {links[:3]}")
        with urllib.request.urlopen(links[0].split("#")[0]) as r:
            f.check(r.status == 200 and r.headers["Content-Type"] == "application/pdf", "the PDF is served")
        screenshot("meeting")
        f.check(not console_errors(driver), "meeting page: no console errors")

    # Hostile documents and queries render as text.
    for path in ("/search?q=zanzibarite", "/decisions?q=zanzibarite", "/mentions?q=zanzibarite",
                 "/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E"):
        driver.get(base + path)
        f.check(no_alert(), f"{path}: no alert ran")
        f.check(not driver.find_elements(By.CSS_SELECTOR, "main script, main img"), f"{path}: no script or img elements")
        hrefs = [a.get_dom_attribute("href") or "" for a in driver.find_elements(By.CSS_SELECTOR, "a")]
        f.check(not any(h.startswith("javascript:") for h in hrefs), f"{path}: no javascript: links")
        f.check("pwned" not in driver.title, f"{path}: the document's script did not run")
        f.check(not console_errors(driver), f"{path}: no console errors")
    driver.get(base + "/search?q=zanzibarite")
    f.check("<script>" in driver.find_element(By.TAG_NAME, "main").text, "the document's <script> shows as text")
    screenshot("hostile-search")
    driver.get(base + "/mentions?q=onerror")
    f.check('"><img src=x onerror' in driver.find_element(By.TAG_NAME, "main").text, "the onerror break-out shows as text")
    screenshot("mentions")
    driver.get(base + "/decisions?q=cctv")
    screenshot("decisions")
    f.check(not console_errors(driver), "decisions page: no console errors")

    # A malformed query: an error page with the CLI's message, and a way back.
    driver.get(base + "/search?q=%22county+lines")
    main_text = driver.find_element(By.TAG_NAME, "main").text
    f.check("bad query" in main_text and "county lines" in main_text, "a malformed query shows the error: " + main_text[:200])
    # (Chromium logs the page's own 400 status as a console error; anything else is a fault.)
    others = [e for e in console_errors(driver) if "status of 400" not in e.get("message", "")]
    f.check(not others, f"error page: no console errors but its status {others}")
    screenshot("error")

    # Traversal from the browser's side too.
    for target in ("/files/../../etc/passwd", "/files/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/files/" + root + "/x.txt"):
        try:
            urllib.request.urlopen(base + target)
            f.check(False, f"{target}: 404")
        except urllib.error.HTTPError as e:
            f.check(e.code == 404, f"{target}: {e.code}")


def main():
    if len(sys.argv) != 4:
        print(__doc__)
        return 2
    quorum, source, shots = sys.argv[1:]
    why = missing_browser()
    if why:
        if os.environ.get("CI") == "true":
            print(f"FAIL: browser tests cannot run under CI: {why}", file=sys.stderr)
            return 1
        print(f"SKIPPED (loudly): browser tests need Chromium and Selenium: {why}. "
              "Install them with scripts/install-deps.", file=sys.stderr)
        return SKIP
    os.makedirs(shots, exist_ok=True)
    f = Failures()
    with tempfile.TemporaryDirectory(prefix="quorum-browser-") as work:
        server, base, root = start_archive(quorum, source, work)
        driver = None
        try:
            driver = new_driver(work)
            run_checks(driver, base, root, shots, f)
        finally:
            if driver:
                driver.quit()
            server.terminate()
            server.wait(timeout=30)
    print(f"screenshots in {shots}")
    if f.messages:
        print(f"{len(f.messages)} check(s) failed", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
