/*
 * Stem-cell therapy for MS: cost widget. Add this script once, with one tag, and place
 *   <div data-ms-costs data-country="MX" data-currency="EUR" data-lang="es"></div>
 * where the widget should appear. Every data-* option is optional:
 *   data-therapy      HSCT (default) or MSC
 *   data-country      one country, as an ISO 3166-1 alpha-2 code (MX); every country when absent
 *   data-currency     the headline currency, ISO 4217 (EUR); USD when absent
 *   data-lang         the widget's own words: en, es, ru or de; the page's <html lang> when it is one of them, else en
 *   data-locale       number and date format, a BCP 47 tag (es-ES); the page's <html lang> when absent
 *   data-theme        light (default), dark, or auto (follows the reader's colour scheme)
 *   data-transparent  true: no background of its own
 *   data-title        the frame's title for screen readers; one that says what it shows when absent
 * Each such div gets an iframe of /embed/costs that keeps itself sized to its content.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script) {
    return;
  }
  var origin = new URL(script.src, document.baseURI).origin;
  var languages = ["en", "es", "ru", "de"];
  var titles = {
    en: ["Costs of {therapy}", " in {country}", ", in {currency}"],
    es: ["Costes del {therapy}", " en {country}", ", en {currency}"],
    ru: ["Стоимость {therapy}", ": {country}", ", в {currency}"],
    de: ["Kosten von {therapy}", " in {country}", ", in {currency}"]
  };

  function pageLanguage() {
    return (document.documentElement.getAttribute("lang") || "").trim();
  }

  function mount() {
    var boxes = document.querySelectorAll("div[data-ms-costs]");
    for (var i = 0; i < boxes.length; i++) {
      var box = boxes[i];
      if (box.getAttribute("data-ms-costs-mounted")) {
        continue;
      }
      var query = new URLSearchParams();
      ["therapy", "country", "currency", "lang", "locale", "theme", "transparent"].forEach(function (name) {
        var value = box.getAttribute("data-" + name);
        if (value) {
          query.set(name, value);
        }
      });
      var page = pageLanguage();
      if (!query.has("lang") && languages.indexOf(page.slice(0, 2).toLowerCase()) >= 0) {
        query.set("lang", page.slice(0, 2).toLowerCase());
      }
      if (!query.has("locale") && page) {
        query.set("locale", page);
      }
      var lang = query.get("lang") || "en";
      var words = titles[lang] || titles.en;
      var title = words[0].replace("{therapy}", query.get("therapy") || "HSCT")
        + (query.get("country") ? words[1].replace("{country}", query.get("country")) : "")
        + words[2].replace("{currency}", query.get("currency") || "USD");
      var frame = document.createElement("iframe");
      frame.src = origin + "/embed/costs" + (query.toString() ? "?" + query.toString() : "");
      frame.title = box.getAttribute("data-title") || title;
      frame.loading = "lazy";
      frame.style.width = "100%";
      frame.style.minHeight = "120px";
      frame.style.border = "0";
      if (query.get("transparent") === "true") {
        frame.setAttribute("allowtransparency", "true");
        frame.style.background = "transparent";
      }
      box.setAttribute("data-ms-costs-mounted", "true");
      box.appendChild(frame);
    }
  }

  window.addEventListener("message", function (event) {
    if (event.origin !== origin || !event.data || event.data.type !== "ms-costs:resize") {
      return;
    }
    var frames = document.querySelectorAll("div[data-ms-costs] iframe");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(event.data.height) + "px";
      }
    }
  });

  // for pages that add widgets later (the service's own snippet builder does): msCosts.mount()
  window.msCosts = { mount: mount };

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", mount);
  } else {
    mount();
  }
})();
