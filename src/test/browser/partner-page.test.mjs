// A partner's page, served from another origin, in headless Chromium: it embeds the cost widget with the
// one-tag snippet from the README and fetches the article's costs in EUR (JSON and CSV) with fetch().
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

const api = (process.argv[2] || "http://127.0.0.1:8080").replace(/\/$/, "");
const screenshots = process.argv[3] || "target/browser";
const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";

// What the partner pastes (README): one div, one script tag. The rest is the partner's own script.
const partnerPage = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A partner site</title></head>
<body style="font-family: sans-serif; margin: 16px">
<h1>What HSCT costs abroad</h1>
<div data-ms-costs data-therapy="HSCT" data-currency="EUR"></div>
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

const server = createServer((request, response) => {
  response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
  response.end(partnerPage);
});
await new Promise(resolve => server.listen(0, "127.0.0.1", resolve));
const partner = `http://127.0.0.1:${server.address().port}`;
assert.notEqual(new URL(partner).origin, new URL(api).origin, "the partner page must be on another origin");

// the machine's network is closed: keep Chromium from reaching out (updates, sync, QUIC) at start
const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--disable-quic",
  "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
try {
  mkdirSync(screenshots, { recursive: true });
  const page = await browser.newPage({ viewport: { width: 1024, height: 900 } });
  const problems = [];
  page.on("console", message => { if (message.type() === "error") problems.push(message.text()); });
  page.on("pageerror", error => problems.push(error.message));
  await page.goto(partner + "/");

  // (2) the partner's own fetch() across origins: JSON and CSV, with the same numbers
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
    assert.equal(Number(row[header.indexOf("price.min")]), cost.price.min, cost.id + " price.min in CSV and JSON");
  }
  assert.equal(await page.locator("#fetched tbody tr").count(), 4);

  // (1) the widget: the script turned the div into an iframe of the cost table, in euros
  const frameElement = page.locator("div[data-ms-costs] iframe");
  await frameElement.waitFor({ timeout: 20000 });
  assert.equal(await frameElement.getAttribute("src"), api + "/embed/costs?therapy=HSCT&currency=EUR");
  const frame = page.frameLocator("div[data-ms-costs] iframe");
  await frame.locator("tbody tr").first().waitFor({ timeout: 20000 });
  // one row per HSCT price observation, however many the data holds
  const observations = (await (await fetch(api + "/api/v1/costs?therapy=HSCT")).json()).totalItems;
  assert.equal(await frame.locator("tbody th[scope=row]").count(), observations);
  const table = await frame.locator("table").innerText();
  for (const text of ["India", "Russia", "Mexico", "United States", "48,857.01", "100,000"]) {
    assert.ok(table.includes(text), "the widget shows " + text);
  }
  const widget = await frame.locator("body").innerText();
  assert.ok(widget.includes("Prices must be confirmed with the clinic."));
  assert.ok(widget.includes("2024-09-26"), "the widget names the rate's date");

  // the frame took its content's height from postMessage: no scroll bars inside it
  await page.waitForFunction(() => {
    const iframe = document.querySelector("div[data-ms-costs] iframe");
    return iframe.style.height && parseInt(iframe.style.height, 10) > 200;
  }, null, { timeout: 10000 });
  const fit = await frameElement.evaluate(iframe => ({ height: iframe.clientHeight }));
  const content = await frame.locator("html").evaluate(html => ({ height: html.scrollHeight, width: html.scrollWidth,
    viewport: html.clientWidth }));
  assert.ok(content.height <= fit.height + 1, `content ${content.height}px fits the frame ${fit.height}px`);
  await page.screenshot({ path: join(screenshots, "partner-page.png"), fullPage: true });

  // readable at 320 px: the table reflows, nothing scrolls sideways
  await page.setViewportSize({ width: 320, height: 800 });
  await page.waitForTimeout(500);
  const narrow = await frame.locator("html").evaluate(html => ({ width: html.scrollWidth, viewport: html.clientWidth }));
  assert.ok(narrow.width <= narrow.viewport, `no horizontal scrolling at 320 px (${narrow.width} > ${narrow.viewport})`);
  await page.screenshot({ path: join(screenshots, "partner-page-320px.png"), fullPage: true });

  assert.deepEqual(problems.filter(text => !/favicon/.test(text)), [], "no errors in the browser console");
  console.log(`ok  partner page ${partner} embeds the widget and fetches JSON and CSV from ${api}; screenshots in ${screenshots}`);
} finally {
  await browser.close();
  server.close();
}
