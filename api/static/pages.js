/* Strategy Lineage pages: progressive enhancement only (every page works without it).
 *
 * A timeline wider than its box (always, on a phone) opens scrolled to the plan in
 * focus (data-focus: the strategy of the page, or a series' newest plan) instead of at
 * its earliest year, and its lane names stay in view while it scrolls.
 */
(function () {
  "use strict";
  function focusBox(picture) {
    var id = picture.getAttribute("data-focus"), found = null;
    picture.querySelectorAll("svg g.strategy").forEach(function (g) { if (g.id === id) { found = g; } });
    return found;
  }

  function openOnFocus(picture) {
    var box = focusBox(picture);
    if (!box || picture.scrollWidth <= picture.clientWidth) { return; }
    var rect = box.getBoundingClientRect(), frame = picture.getBoundingClientRect();
    if (rect.left >= frame.left && rect.right <= frame.right) { return; }  // already in view
    var left = picture.scrollLeft + rect.left - frame.left;
    // The plan's start near the left edge, with the arrow from its predecessor still in view.
    var room = Math.max(8, (frame.width - rect.width) / 3);
    picture.scrollLeft = Math.max(0, rect.width >= frame.width ? left - 8 : left - room);
  }

  function keepLaneNamesInView(picture) {
    var names = picture.querySelectorAll("svg g.lane text");
    if (!names.length) { return; }
    var follow = function () {
      names.forEach(function (t) { t.setAttribute("transform", "translate(" + picture.scrollLeft + " 0)"); });
    };
    picture.addEventListener("scroll", follow, { passive: true });
    follow();
  }

  // A source opened on a passage (#span-START-END): the document's own box scrolls to the
  // passage, and the page stays at its top, so the title and the highlight note stay in view.
  var passage = /^#span-\d+-\d+$/.test(location.hash) && document.getElementById(location.hash.slice(1));
  var text = passage && passage.closest("pre.document");
  if (text) {
    var scrollToPassage = function () {
      text.scrollTop += passage.getBoundingClientRect().top - text.getBoundingClientRect().top - text.clientHeight / 3;
      window.scrollTo(0, 0);
    };
    scrollToPassage();
    window.addEventListener("load", scrollToPassage);
  }

  document.querySelectorAll(".picture").forEach(function (picture) {
    if (picture.hasAttribute("data-focus")) { openOnFocus(picture); }
    keepLaneNamesInView(picture);
  });
}());
