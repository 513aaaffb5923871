// Shows the fact behind a highlighted passage of an article when it is
// pointed at or clicked, and brings a linked fact (#span-…) into view.
(function () {
  var box = document.getElementById("fact-box");
  if (!box) return;
  function show(el) {
    var facts = [];
    for (var n = el; n && n.classList; n = n.parentElement) {
      if (n.dataset && n.dataset.fact) facts.push(n.dataset.fact);
    }
    if (!facts.length) return;
    box.textContent = facts.join("\n");
    box.style.whiteSpace = "pre-line";
    box.hidden = false;
  }
  document.addEventListener("mouseover", function (e) {
    var el = e.target.closest && e.target.closest("[data-fact]");
    if (el) show(el);
  });
  document.addEventListener("click", function (e) {
    var el = e.target.closest && e.target.closest("[data-fact]");
    if (!el) return;
    var ev = el.closest(".fact.event");
    if (ev) select(ev.dataset.span);
    show(el);
  });
  // A fact is written in pieces where other marks cross it: select them all.
  function select(span) {
    document.querySelectorAll(".selected").forEach(function (s) { s.classList.remove("selected"); });
    document.querySelectorAll('[data-span="' + span + '"]').forEach(function (s) { s.classList.add("selected"); });
  }
  if (location.hash.indexOf("#span-") === 0) {
    var target = document.getElementById(location.hash.slice(1));
    if (target) {
      select(target.dataset.span);
      target.scrollIntoView({ block: "center" });
      show(target);
    }
  }
})();
