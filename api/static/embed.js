/* Strategy Lineage embed: a compact lineage view of one strategy, for any web page.
 *
 *   <script src="https://HOST/static/embed.js" data-strategy="every-day-matters"></script>
 *
 * Optional: data-api="https://HOST" (default: where this script came from),
 * data-target="#css-selector" (default: right after the script tag).
 * The view is drawn in a shadow root, so the host page's styles and ours never mix,
 * and data is only ever inserted as text (never as HTML).
 */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script) { return; }
  var strategy = script.getAttribute("data-strategy");
  var api = (script.getAttribute("data-api") || new URL(script.src, document.baseURI).origin).replace(/\/+$/, "");
  // The words for each relation come from the site's one table (GET /embed/relations.json);
  // the chain reads oldest first, so each link is said from the older plan's side.
  var words = {};
  var DAY = 86400000;

  var host = document.createElement("div");
  host.className = "strategy-lineage-embed";
  var target = script.getAttribute("data-target");
  var parent = target && document.querySelector(target);
  if (parent) { parent.appendChild(host); } else { script.parentNode.insertBefore(host, script.nextSibling); }
  var root = host.attachShadow ? host.attachShadow({ mode: "open" }) : host;
  var style = el("link", { rel: "stylesheet", href: api + "/static/embed.css" });
  root.appendChild(style);
  var box = el("div", { "class": "sl-lineage", "aria-live": "polite" }, "Loading lineage…");
  root.appendChild(box);

  function el(name, attrs, text) {
    var node = document.createElement(name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text) { node.textContent = text; }
    return node;
  }

  function page(id) { return api + "/strategies/" + encodeURIComponent(id); }

  function time(value) { return value ? Date.parse(value + "T00:00:00Z") : null; }

  // As the server orders them: by start (or end, when only that is stated), then title.
  function order(a, b) {
    var x = time(a.period.start_date || a.period.end_date), y = time(b.period.start_date || b.period.end_date);
    return x - y || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0);
  }

  function link(n) {
    // The short name, chosen by the server's labels policy; the full title on hover.
    return el("a", { href: page(n.id), title: n.title }, n.short_name || n.title);
  }

  function draw(lineage) {
    var dated = lineage.nodes.filter(function (n) { return n.period.start_date || n.period.end_date; }).sort(order);
    var undated = lineage.nodes.filter(function (n) { return dated.indexOf(n) < 0; });
    var edges = {};
    lineage.edges.forEach(function (e) { edges[e.from + " " + e.to] = e; });
    var current = lineage.nodes.filter(function (n) { return n.id === lineage.root; })[0];
    box.textContent = "";
    var heading = el("p", { "class": "sl-heading" }, "Lineage of ");
    heading.appendChild(el("a", { href: page(current.id) }, current.title));
    box.appendChild(heading);
    var chain = el("ol", { "class": "sl-chain" });
    dated.forEach(function (n, i) {
      var step = el("li", { "class": "sl-step" });
      if (i > 0) {
        var prev = dated[i - 1];
        var edge = edges[n.id + " " + prev.id];
        var end = time(prev.period.end_date), start = time(n.period.start_date);
        var gap = end !== null && start !== null && start > end + DAY;
        if (edge || gap) {
          var cls = "sl-link" + (edge && edge.inferred ? " sl-inferred" : "") + (gap ? " sl-gap" : "");
          var said = edge ? (words[edge.relation] || {}).older || edge.relation : "";
          var arrow = el("span", { "class": cls });
          arrow.appendChild(el("span", {}, said + (gap ? (edge ? " · " : "") + "gap" : "")));
          step.appendChild(arrow);
        }
      }
      var node = el("div", { "class": "sl-node" + (n.id === lineage.root ? " sl-root" : "") });
      if (n.id === lineage.root) { node.setAttribute("aria-current", "true"); }
      node.appendChild(link(n));
      node.appendChild(el("span", { "class": "sl-period" }, n.period.label));
      step.appendChild(node);
      chain.appendChild(step);
    });
    box.appendChild(chain);
    if (undated.length) {
      var rest = el("p", { "class": "sl-undated" }, "Period not stated: ");
      undated.forEach(function (n, i) {
        if (i > 0) { rest.appendChild(document.createTextNode(", ")); }
        rest.appendChild(link(n));
      });
      box.appendChild(rest);
    }
    host.setAttribute("data-rendered", "true");
  }

  function fail(message) {
    box.textContent = "Lineage unavailable: " + message + " ";
    box.appendChild(el("a", { href: api + "/?q=" + encodeURIComponent(strategy || "") }, "search"));
    host.setAttribute("data-rendered", "error");
  }

  if (!strategy) { fail("no data-strategy attribute on the script tag"); return; }
  function json(url) {
    return fetch(url, { headers: { Accept: "application/json" } }).then(function (response) {
      return response.json().then(function (body) {
        if (!response.ok) { throw new Error(body.detail || response.statusText); }
        return body;
      });
    });
  }

  Promise.all([json(api + "/api/strategies/" + encodeURIComponent(strategy) + "/lineage"), json(api + "/embed/relations.json")])
    .then(function (answers) { words = answers[1]; draw(answers[0]); })
    .catch(function (err) { fail(err.message); });
}());
