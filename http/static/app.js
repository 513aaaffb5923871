// Shows the fact behind a highlighted passage of an article when it is
// clicked, with links to the event, the pair and the other sources, and
// brings a linked fact (#span-…) into view. The box closes with its ×
// button, Escape, or a click elsewhere.
(function () {
  var box = document.getElementById("fact-box");
  if (!box) return;
  var text = box.querySelector(".fact-text");
  var links = box.querySelector(".fact-links");
  function link(href, label) {
    var a = document.createElement("a");
    a.href = href;
    a.textContent = label;
    links.appendChild(a);
    links.appendChild(document.createTextNode(" "));
  }
  function show(el) {
    var facts = [];
    var ev = null;
    for (var n = el; n && n.classList; n = n.parentElement) {
      if (n.dataset && n.dataset.fact) facts.push(n.dataset.fact);
      if (!ev && n.dataset && n.dataset.eventHref) ev = n;
    }
    if (!facts.length) return;
    text.textContent = facts.join("\n\n");
    links.textContent = "";
    if (ev) {
      link(ev.dataset.eventHref, "The event and all its sources");
      if (ev.dataset.pairHref) link(ev.dataset.pairHref, ev.dataset.pairName + " over time");
    }
    box.hidden = false;
  }
  function close() {
    box.hidden = true;
    document.querySelectorAll(".selected").forEach(function (s) { s.classList.remove("selected"); });
  }
  box.querySelector(".close").addEventListener("click", close);
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") close(); });
  document.addEventListener("click", function (e) {
    if (box.contains(e.target)) return;
    var el = e.target.closest && e.target.closest("[data-fact]");
    if (!el) { if (!e.target.closest("a")) close(); return; }
    if (e.target.closest("a.mention")) return; // a name: to its person
    var fact = el.closest(".fact.event");
    if (fact) select(fact.dataset.span);
    show(el);
  });
  // A fact is written in pieces where other marks cross it: select them all.
  function select(span) {
    document.querySelectorAll(".selected").forEach(function (s) { s.classList.remove("selected"); });
    document.querySelectorAll('[data-span="' + span + '"]').forEach(function (s) { s.classList.add("selected"); });
  }
  if (location.hash.indexOf("#span-") === 0) {
    var id = decodeURIComponent(location.hash.slice(1));
    // An older link names the sentence alone (#span-START-END): its first event.
    var target = document.getElementById(id) || document.querySelector('[id^="' + id.replace(/[^\w-]/g, "") + '-"]');
    if (target) {
      select(target.dataset.span);
      target.scrollIntoView({ block: "center" });
      show(target);
    }
  }
})();
