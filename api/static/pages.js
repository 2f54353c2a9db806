/* Strategy Lineage pages: progressive enhancement only (every page works without it).
 *
 * A timeline wider than its box (always, on a phone) opens scrolled to the plan in
 * focus (data-focus: the strategy of the page, or a series' newest plan), rather than
 * at its earliest year with that plan off-screen.
 */
(function () {
  "use strict";
  function centre(picture) {
    var id = picture.getAttribute("data-focus");
    var svg = picture.querySelector("svg");
    if (!id || !svg || picture.scrollWidth <= picture.clientWidth) { return; }
    var box = null;
    svg.querySelectorAll("g.strategy").forEach(function (g) { if (g.id === id) { box = g; } });
    if (!box) { return; }
    var rect = box.getBoundingClientRect(), frame = picture.getBoundingClientRect();
    var left = picture.scrollLeft + rect.left - frame.left;
    // The plan's start near the left edge, with its predecessor's arrow still in view.
    var target = rect.width >= frame.width ? left - 8 : left - Math.max(8, (frame.width - rect.width) / 3);
    picture.scrollLeft = Math.max(0, target);
  }
  document.querySelectorAll(".picture[data-focus]").forEach(centre);
}());
