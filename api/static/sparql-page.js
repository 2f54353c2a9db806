/* The /sparql page: YASGUI's own markup made accessible (labels, tab list, keyboard
 * access), run once YASGUI has drawn itself. Loaded after the vendored yasgui.min.js. */
(function () {
  "use strict";
  function label(selector, text) {
    document.querySelectorAll(selector).forEach(function (el) { el.setAttribute("aria-label", text); });
  }

  function fix() {
    label("#yasgui .autocomplete", "SPARQL endpoint");
    label("#yasgui .CodeMirror textarea", "SPARQL query");
    label("#yasgui .tab input[type=text]", "Tab name");
    // A tab list holds tabs only: the "add a tab" button goes after it, not inside it.
    document.querySelectorAll("#yasgui .tabsList").forEach(function (list) {
      var add = list.querySelector(".addTab");
      if (add && add.parentNode !== list.parentNode) { list.parentNode.insertBefore(add.parentNode, list.nextSibling); }
    });
    // The editor's scrolling area is reachable from the keyboard.
    document.querySelectorAll("#yasgui .CodeMirror-scroll").forEach(function (el) { el.setAttribute("tabindex", "0"); });
  }

  fix();
  // YASGUI redraws its tabs and editor (a new tab, a run): keep the fixes applied.
  var root = document.getElementById("yasgui");
  if (root && window.MutationObserver) { new MutationObserver(fix).observe(root, { childList: true, subtree: true }); }
}());
