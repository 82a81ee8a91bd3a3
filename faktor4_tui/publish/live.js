(function () {
  "use strict";
  var main = document.querySelector("main");
  var bar = document.getElementById("f4-live");
  if (!main || !bar || !window.fetch || !window.DOMParser) return;
  var follow = document.getElementById("f4-follow");
  var where = document.getElementById("f4-where");
  var page = main.getAttribute("data-page");
  var presenter = null;
  var KEY = "faktor4-follow";
  try { follow.checked = window.localStorage.getItem(KEY) !== "0"; } catch (e) { follow.checked = true; }
  document.documentElement.setAttribute("data-live", "on");

  function slides() { return main.querySelectorAll("section.slide"); }
  function byKey(key) {
    var all = slides();
    for (var i = 0; i < all.length; i++) if (all[i].getAttribute("data-key") === key) return all[i];
    return null;
  }
  function place() {
    var all = slides();
    for (var i = 0; i < all.length; i++) {
      var r = all[i].getBoundingClientRect();
      if (r.bottom > 1) return { key: all[i].getAttribute("data-key"), top: r.top, index: i };
    }
    return null;
  }
  function show(state) {
    var all = slides();
    for (var i = 0; i < all.length; i++) all[i].classList.remove("f4-presenter");
    var at = state ? byKey(state.slide) : null;
    bar.hidden = !at;  // the switch shows only while a presenter is there to follow
    if (!at) return;
    at.classList.add("f4-presenter");
    where.textContent = bar.getAttribute("data-at").replace("{n}", state.number).replace("{total}", state.total);
    where.setAttribute("href", "#" + at.id);
    if (follow.checked) at.scrollIntoView({ block: "start" });
  }
  function swap(text) {
    var fresh = new DOMParser().parseFromString(text, "text/html");
    var freshMain = fresh.querySelector("main");
    if (!freshMain || !freshMain.getAttribute("data-page")) return;
    var at = place();
    var before = {};
    var all = slides();
    for (var i = 0; i < all.length; i++) before[all[i].getAttribute("data-key")] = all[i].getAttribute("data-hash");
    var nodes = [];
    for (var n = freshMain.firstChild; n; n = n.nextSibling) nodes.push(document.importNode(n, true));
    main.replaceChildren.apply(main, nodes);
    page = freshMain.getAttribute("data-page");
    main.setAttribute("data-page", page);
    document.title = fresh.title;
    all = slides();
    for (var j = 0; j < all.length; j++) {
      if (before[all[j].getAttribute("data-key")] !== all[j].getAttribute("data-hash")) all[j].classList.add("f4-changed");
    }
    if (follow.checked && presenter && byKey(presenter.slide)) { show(presenter); return; }
    show(presenter);
    if (!at) return;
    var again = byKey(at.key) || slides()[Math.min(at.index, slides().length - 1)];
    if (again) window.scrollBy(0, again.getBoundingClientRect().top - at.top);
  }
  function same(a, b) {
    return (!a && !b) || (a && b && a.slide === b.slide && a.number === b.number && a.total === b.total);
  }
  function poll() {
    fetch("deck.json", { cache: "no-cache" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (state) {
        if (!state) return null;
        bar.classList.remove("f4-offline");
        var moved = !same(state.presenter, presenter);
        presenter = state.presenter || null;
        if (state.page !== page) {
          return fetch("index.html", { cache: "no-cache" })
            .then(function (r) { return r.ok ? r.text() : null; })
            .then(function (text) { if (text) swap(text); });
        }
        if (moved) show(presenter);
        return null;
      })
      .catch(function () { bar.classList.add("f4-offline"); })
      .then(function () { window.setTimeout(poll, 1000); });
  }
  follow.addEventListener("change", function () {
    try { window.localStorage.setItem(KEY, follow.checked ? "1" : "0"); } catch (e) { /* private mode */ }
    if (follow.checked) show(presenter);
  });
  show(null);
  poll();
})();
