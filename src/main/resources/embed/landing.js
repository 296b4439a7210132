/*
 * The landing page's snippet builder: the snippet shown and the live preview follow the choices, and one button
 * copies the snippet. Without this script the page still shows the default snippet and its preview.
 */
(function () {
  "use strict";
  var form = document.getElementById("builder");
  var snippet = document.getElementById("snippet");
  var preview = document.getElementById("preview");
  var copy = document.getElementById("copy");
  var status = document.getElementById("copy-status");
  if (!form || !snippet || !preview) {
    return;
  }
  var base = form.getAttribute("data-base");

  function options() {
    var chosen = [];
    ["therapy", "country", "currency", "lang", "theme"].forEach(function (name) {
      var value = form.elements[name].value;
      if (value) {
        chosen.push([name, value]);
      }
    });
    return chosen;
  }

  function update() {
    var chosen = options();
    var attributes = chosen.map(function (pair) { return " data-" + pair[0] + "=\"" + pair[1] + "\""; }).join("");
    snippet.textContent = "<div data-ms-costs" + attributes + "></div>\n<script src=\"" + base + "/embed/widget.js\" async></script>";
    var box = document.createElement("div");
    box.setAttribute("data-ms-costs", "");
    chosen.forEach(function (pair) { box.setAttribute("data-" + pair[0], pair[1]); });
    preview.replaceChildren(box);
    if (window.msCosts) {
      window.msCosts.mount();
    }
  }

  form.addEventListener("change", update);
  if (copy) {
    copy.hidden = false;
    copy.addEventListener("click", function () {
      navigator.clipboard.writeText(snippet.textContent).then(function () {
        status.textContent = "Copied.";
      }, function () {
        status.textContent = "Select the snippet and copy it.";
      });
    });
  }
  update();
})();
