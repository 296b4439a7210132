// What partners and readers see, in headless Chromium:
// 1. a partner's page on another origin embeds the cost widget with the one-tag snippet (in English and EUR, in Spanish,
//    EUR and the dark theme, in Russian and RUB, and with a currency it cannot use) and fetches the API (JSON and CSV);
// 2. the landing page's snippet builder makes a snippet, which a partner page then embeds;
// 3. a patient submits the self-check on a 390 px phone;
// 4. axe-core finds no serious or critical accessibility violation on /, /check and /embed/costs.
//
//   node partner-page.test.mjs <api base URL> [screenshot directory]
//
// The API must be running at the base URL (for example the packaged jar; see README, "Browser test").
// Chromium is /usr/bin/chromium (Debian's chromium package) unless CHROMIUM names another binary.
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { AxeBuilder } from "@axe-core/playwright";

const api = (process.argv[2] || "http://127.0.0.1:8080").replace(/\/$/, "");
const screenshots = process.argv[3] || "target/browser";
const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";

// What the partner pastes (README): one div per widget, one script tag. The rest is the partner's own script.
const partnerPage = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A partner site</title></head>
<body style="font-family: sans-serif; margin: 16px">
<h1>What HSCT costs abroad</h1>
<div id="en" data-ms-costs data-therapy="HSCT" data-currency="EUR"></div>
<h2>En español, tema oscuro</h2>
<div id="es" data-ms-costs data-currency="EUR" data-lang="es" data-locale="es-ES" data-theme="dark"></div>
<h2>По-русски, в рублях</h2>
<div id="ru" data-ms-costs data-currency="RUB" data-lang="ru"></div>
<h2>A currency it cannot use</h2>
<div id="xxx" data-ms-costs data-currency="XXX"></div>
<script src="${api}/embed/widget.js" async></script>
<h2>From our own script</h2>
<table id="fetched"><thead><tr><th>Where</th><th>From (EUR)</th><th>To (EUR)</th><th>Rate date</th></tr></thead><tbody></tbody></table>
<p id="status">loading</p>
<script>
(async () => {
  const json = await fetch("${api}/api/v1/costs?therapy=HSCT&currency=EUR&source=article");
  const page = await json.json();
  const csv = await (await fetch("${api}/api/v1/costs?therapy=HSCT&currency=EUR&source=article&format=csv")).text();
  const body = document.querySelector("#fetched tbody");
  for (const cost of page.items) {
    const row = body.insertRow();
    for (const text of [cost.label, cost.converted.min, cost.converted.max ?? "open-ended", cost.converted.rateDate]) {
      row.insertCell().textContent = text;
    }
  }
  window.fetched = { json: page, csv, etag: json.headers.get("ETag"), link: json.headers.get("Link") };
  document.querySelector("#status").textContent = "loaded";
})().catch(error => { document.querySelector("#status").textContent = "failed: " + error; });
</script>
</body>
</html>`;

/** The smallest RFC 4180 reader the check needs: rows of cells. */
function parseCsv(text) {
  const rows = [];
  let row = [], cell = "", quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') { quoted = false; } else { cell += c; }
    } else if (c === '"') { quoted = true; } else if (c === ",") { row.push(cell); cell = ""; } else if (c === "\r") {
      row.push(cell); rows.push(row); row = []; cell = ""; i++;
    } else { cell += c; }
  }
  return rows;
}

// the partner's server: its page at /, and at /built whatever snippet the landing page's builder produced
let builtSnippet = "";
const server = createServer((request, response) => {
  response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
  response.end(request.url.startsWith("/built") ? `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Built</title></head><body>${builtSnippet}</body></html>`
    : partnerPage);
});
await new Promise(resolve => server.listen(0, "127.0.0.1", resolve));
const partner = `http://127.0.0.1:${server.address().port}`;
assert.notEqual(new URL(partner).origin, new URL(api).origin, "the partner page must be on another origin");

/** Waits until the widget in div#id has its content and its height from postMessage; returns its frame locator. */
async function widget(page, id, minHeight = 100) {
  await page.locator(`#${id} iframe`).waitFor({ timeout: 20000 });
  const frame = page.frameLocator(`#${id} iframe`);
  await frame.locator("main h1").waitFor({ timeout: 20000 });
  await page.waitForFunction(([box, min]) => {
    const iframe = document.querySelector(`#${box} iframe`);
    return iframe.style.height && parseInt(iframe.style.height, 10) >= min;
  }, [id, minHeight], { timeout: 10000 });
  return frame;
}

/** The frame is as tall as its content (no scroll bar inside) and nothing in it scrolls sideways. */
async function fits(page, id) {
  const frame = page.frameLocator(`#${id} iframe`);
  // Chromium throttles frames out of view: look at it as a reader would, then give it time to post its new height
  await page.locator(`#${id}`).scrollIntoViewIfNeeded();
  let height = 0;
  let content = {};
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(250);
    height = await page.locator(`#${id} iframe`).evaluate(iframe => iframe.clientHeight);
    content = await frame.locator("html").evaluate(html => ({ height: html.scrollHeight, width: html.scrollWidth,
      viewport: html.clientWidth }));
    if (content.height <= height + 1) {
      break;
    }
  }
  assert.ok(content.height <= height + 1, `#${id}: content ${content.height}px fits the frame ${height}px`);
  assert.ok(content.width <= content.viewport, `#${id}: no horizontal scrolling (${content.width} > ${content.viewport})`);
}

const enumCode = /\b[A-Z]{2,}_[A-Z_]{2,}\b/;

// the machine's network is closed: keep Chromium from reaching out (updates, sync, QUIC) at start
const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--disable-quic",
  "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
try {
  mkdirSync(screenshots, { recursive: true });
  const page = await browser.newPage({ viewport: { width: 1024, height: 900 } });
  const problems = [];
  page.on("console", message => { if (message.type() === "error" && !/400 \(Bad Request\)/.test(message.text())) problems.push(message.text()); });
  page.on("pageerror", error => problems.push(error.message));
  await page.goto(partner + "/");

  // (1a) the partner's own fetch() across origins: JSON and CSV, with the same numbers
  await page.waitForFunction(() => document.querySelector("#status").textContent !== "loading", null, { timeout: 20000 });
  assert.equal(await page.textContent("#status"), "loaded");
  const fetched = await page.evaluate(() => window.fetched);
  assert.equal(fetched.json.items.length, 4);
  assert.ok(fetched.etag, "ETag is exposed to scripts of other origins");
  assert.ok(fetched.link, "Link is exposed to scripts of other origins");
  const ruiz = fetched.json.items.find(cost => cost.id === "hsct-mx-clinica-ruiz");
  assert.equal(ruiz.price.min, 54500);
  assert.equal(ruiz.converted.min, 48857.01);
  assert.equal(ruiz.converted.max, 51994.62);
  assert.equal(ruiz.converted.rateDate, "2024-09-26");
  assert.equal(ruiz.converted.rateSource.id, "ecb-eurofxref-2024-09-26");
  const [header, ...rows] = parseCsv(fetched.csv);
  assert.equal(rows.length, 4);
  for (const cost of fetched.json.items) {
    const row = rows.find(cells => cells[header.indexOf("id")] === cost.id);
    assert.ok(row, "CSV has " + cost.id);
    assert.equal(Number(row[header.indexOf("converted.min")]), cost.converted.min, cost.id + " converted.min in CSV and JSON");
  }

  // (1b) the English widget: a frame of the cost widget in euros, one row per price observation, the page's language
  assert.equal(await page.locator("#en iframe").getAttribute("src"), api + "/embed/costs?therapy=HSCT&currency=EUR&lang=en&locale=en");
  assert.match(await page.locator("#en iframe").getAttribute("title"), /HSCT.*EUR/);
  const en = await widget(page, "en", 200);
  const observations = (await (await fetch(api + "/api/v1/costs?therapy=HSCT")).json()).totalItems;
  assert.equal(await en.locator("tbody th[scope=row]").count(), observations);
  const enText = await en.locator("body").innerText();
  for (const text of ["India", "Russia", "Mexico", "United States", "€48,857", "$100,000 or more", "Prices must be confirmed with the clinic."]) {
    assert.ok(enText.includes(text), "the English widget shows " + text);
  }
  assert.doesNotMatch(enText, enumCode, "labels are words, not enum codes");

  // (1c) Spanish, EUR, dark: the chart's bars cheapest first, the headline currency, the footer, the stale rates
  const es = await widget(page, "es", 200);
  assert.equal(await es.locator("html").getAttribute("class"), "theme-dark");
  assert.equal((await es.locator(".headline .symbol").innerText()).trim(), "€");
  assert.ok((await es.locator(".headline").innerText()).startsWith("Precios en"));
  const summary = await (await fetch(api + "/api/v1/costs/summary?therapy=HSCT&currency=EUR")).json();
  const labels = await es.locator(".bars li.country .label").allInnerTexts();
  assert.deepEqual([...labels].sort(), summary.countries.map(country => country.country.name).sort(), "one bar per country");
  const starts = await es.locator(".bars li.country rect.range").evaluateAll(rects => rects.map(rect => parseFloat(rect.getAttribute("x"))));
  assert.deepEqual(starts, [...starts].sort((a, b) => a - b), "bars cheapest first");
  const lowest = Object.fromEntries(summary.countries.map(country => [country.country.name, country.lowest]));
  assert.deepEqual(labels.map(label => lowest[label]), labels.map(label => lowest[label]).slice().sort((a, b) => a - b),
    "the order of the bars is the order of the lowest figures");
  assert.ok((await es.locator(".bars li.open-ended").count()) > 0, "open-ended prices drawn as open");
  assert.ok((await es.locator(".stale").innerText()).includes("de hace más de 1 año"), "the stale-rate notice, in Spanish");
  // the footer: each source once, and the data behind what is shown
  const sources = await es.locator("footer .sources a").allInnerTexts();
  assert.equal(new Set(sources).size, sources.length, "each source once");
  const csvUrl = await es.locator("footer a.csv").getAttribute("href");
  assert.ok(csvUrl.startsWith(api + "/api/v1/costs?therapy=HSCT&currency=EUR"), csvUrl);
  const [csvHeader, ...csvRows] = parseCsv(await (await fetch(csvUrl)).text());
  assert.equal(csvRows.length, observations, "the CSV has exactly the rows shown");
  const esText = (await es.locator("body").innerText()).replace(/\s/g, " ");
  const spanish = new Intl.NumberFormat("es-ES", { maximumFractionDigits: 0 });
  for (const row of csvRows) {
    const min = Math.round(Number(row[csvHeader.indexOf("converted.min")]));
    if (min >= 10000) {
      assert.ok(esText.includes(spanish.format(min) + " €"), `the frame shows ${spanish.format(min)} € as the CSV has ${min}`);
    }
  }
  assert.doesNotMatch(esText, enumCode);
  await fits(page, "es");
  await page.locator("#es").screenshot({ path: join(screenshots, "widget-es-dark.png") });

  // (1d) Russian, RUB: the headline in roubles; the data has no rate for it, and says so
  const ru = await widget(page, "ru", 150);
  assert.equal((await ru.locator(".headline .symbol").innerText()).trim(), "₽");
  assert.ok((await ru.locator("body").innerText()).includes("В данных нет курса для RUB"));
  await fits(page, "ru");
  await page.locator("#ru").screenshot({ path: join(screenshots, "widget-ru-rub.png") });

  // (1e) a currency it cannot use: a short message in the frame with what it accepts, never JSON; the frame still fits
  const xxx = await widget(page, "xxx", 50);
  const message = await xxx.locator("[role=alert]").innerText();
  assert.ok(message.includes("XXX") && message.includes("EUR") && message.includes("USD"), message);
  assert.ok(!(await xxx.locator("body").innerText()).trim().startsWith("{"), "no JSON");
  await fits(page, "xxx");
  await page.screenshot({ path: join(screenshots, "partner-page.png"), fullPage: true });

  // readable at 320 px: every widget reflows, nothing scrolls sideways
  await page.setViewportSize({ width: 320, height: 800 });
  for (const id of ["en", "es", "ru", "xxx"]) {
    await fits(page, id);
  }
  await page.locator("#es").screenshot({ path: join(screenshots, "widget-es-dark-320px.png") });
  await page.screenshot({ path: join(screenshots, "partner-page-320px.png"), fullPage: true });
  assert.deepEqual(problems.filter(text => !/favicon/.test(text)), [], "no errors in the browser console of the partner page");

  // (2) the landing page: a first request with its answer, and a snippet builder whose snippet a partner page embeds
  const landing = await browser.newPage({ viewport: { width: 1024, height: 900 } });
  const landingProblems = [];
  landing.on("console", message => { if (message.type() === "error") landingProblems.push(message.text()); });
  await landing.goto(api + "/");
  assert.ok((await landing.locator("main").innerText()).includes("curl " + api + "/api/v1/countries/MX"));
  assert.ok((await landing.locator("main").innerText()).includes('"name" : "Mexico"'), "the first request's real answer");
  await landing.selectOption("#b-country", "MX");
  await landing.selectOption("#b-currency", "EUR");
  await landing.selectOption("#b-lang", "es");
  await landing.selectOption("#b-theme", "dark");
  builtSnippet = await landing.locator("#snippet").innerText();
  assert.ok(builtSnippet.includes('data-country="MX"') && builtSnippet.includes('data-lang="es"'), builtSnippet);
  const previewSrc = await landing.locator("#preview iframe").getAttribute("src");
  assert.ok(previewSrc.includes("country=MX") && previewSrc.includes("lang=es") && previewSrc.includes("theme=dark"), previewSrc);
  await landing.setViewportSize({ width: 320, height: 800 });
  await landing.waitForTimeout(300);
  const landingWidth = await landing.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  assert.ok(landingWidth[0] <= landingWidth[1], `the landing page does not scroll sideways at 320 px (${landingWidth})`);
  assert.deepEqual(landingProblems, [], "no errors (a favicon 404 included) in the landing page's console");
  await landing.setViewportSize({ width: 1024, height: 900 });
  await landing.screenshot({ path: join(screenshots, "landing.png") });
  const built = await browser.newPage({ viewport: { width: 800, height: 900 } });
  await built.goto(partner + "/built");
  await built.locator("div[data-ms-costs] iframe").waitFor({ timeout: 20000 });
  const builtFrame = built.frameLocator("div[data-ms-costs] iframe");
  await builtFrame.locator("main h1").waitFor({ timeout: 20000 });
  assert.equal(await builtFrame.locator("main h1").innerText(), "Cuánto cuesta el HSCT en Mexico");
  assert.equal(await built.locator("div[data-ms-costs] iframe").getAttribute("src"), previewSrc, "the snippet embeds what the preview showed");

  // (3) the self-check on a phone: the answer is in view, nothing scrolls sideways, every control is named, no codes
  const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await phone.goto(api + "/check");
  const unnamed = await phone.evaluate(() => [...document.querySelectorAll("input, select, button")]
    .filter(control => !(control.labels && control.labels.length) && !control.getAttribute("aria-label") && !control.textContent.trim())
    .map(control => control.name || control.outerHTML));
  assert.deepEqual(unnamed, [], "every form control has an accessible name");
  await phone.selectOption("#msType", "RRMS");
  await phone.fill("#edssScore", "4");
  await phone.fill("#age", "40");
  await phone.fill("#yearsSinceDiagnosis", "3");
  await phone.selectOption("#dmtResponse", "POOR");
  await phone.selectOption("#recentActivity", "YES");
  await Promise.all([phone.waitForNavigation(), phone.click("button[type=submit]")]);
  assert.ok(phone.url().endsWith("#result"), phone.url());
  await phone.waitForTimeout(500);
  const inView = await phone.locator("#reading").evaluate(heading => {
    const box = heading.getBoundingClientRect();
    return box.top >= -2 && box.top < window.innerHeight;
  });
  assert.ok(inView, "the reader lands on the result");
  const phoneWidth = await phone.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  assert.ok(phoneWidth[0] <= phoneWidth[1], `no horizontal scrolling at 390 px (${phoneWidth})`);
  const checkText = await phone.locator("main").innerText();
  assert.doesNotMatch(checkText, enumCode, "results in words, not codes");
  assert.ok(checkText.includes("Meets") && checkText.includes("Does not meet"), "outcomes in words");
  assert.ok(checkText.includes("Centres whose published criteria you might meet"));
  await phone.screenshot({ path: join(screenshots, "check-390px.png"), fullPage: true });
  // an error names the field as the form labels it
  await phone.goto(api + "/check");
  await phone.fill("#edssScore", "3.25");
  // past the browser's own check of the field (step 0.5), as an old browser would send it
  await phone.evaluate(() => { document.querySelector("form").noValidate = true; });
  await Promise.all([phone.waitForNavigation(), phone.click("button[type=submit]")]);
  assert.ok((await phone.locator("[role=alert]").innerText()).includes("EDSS score"), "errors use the form's labels");

  // (4) accessibility: no serious or critical violations
  for (const path of ["/", "/check", "/embed/costs?currency=EUR&lang=es&theme=dark", "/embed/costs?currency=EUR"]) {
    const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
    const audited = await context.newPage();
    await audited.goto(api + path);
    await audited.waitForTimeout(500);
    const results = await new AxeBuilder({ page: audited }).analyze();
    const serious = results.violations.filter(violation => ["serious", "critical"].includes(violation.impact));
    assert.deepEqual(serious.map(violation => `${violation.id}: ${violation.nodes.map(node => node.target.join(" ")).join(", ")}`), [],
      "axe on " + path);
    await context.close();
  }
  console.log(`ok  partner page ${partner} embeds the widget (en, es dark, ru RUB, a refused currency), the landing page builds a `
    + `snippet that embeds, /check works on a phone, axe finds nothing serious; screenshots in ${screenshots}`);
} finally {
  await browser.close();
  server.close();
}
