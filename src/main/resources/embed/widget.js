/*
 * Stem-cell therapy for MS: cost table widget. Add this script once, with one tag, and place
 *   <div data-ms-costs data-country="MX" data-currency="EUR"></div>
 * where the table should appear (data-therapy, data-country and data-currency are optional).
 * Each such div gets an iframe of /embed/costs that resizes itself to its content.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script) {
    return;
  }
  var origin = new URL(script.src, document.baseURI).origin;

  function mount() {
    var boxes = document.querySelectorAll("div[data-ms-costs]");
    for (var i = 0; i < boxes.length; i++) {
      var box = boxes[i];
      if (box.getAttribute("data-ms-costs-mounted")) {
        continue;
      }
      var query = new URLSearchParams();
      ["therapy", "country", "currency"].forEach(function (name) {
        var value = box.getAttribute("data-" + name);
        if (value) {
          query.set(name, value);
        }
      });
      var frame = document.createElement("iframe");
      frame.src = origin + "/embed/costs" + (query.toString() ? "?" + query.toString() : "");
      frame.title = box.getAttribute("data-title") || "Stem-cell therapy costs";
      frame.loading = "lazy";
      frame.style.width = "100%";
      frame.style.minHeight = "120px";
      frame.style.border = "0";
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

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", mount);
  } else {
    mount();
  }
})();
