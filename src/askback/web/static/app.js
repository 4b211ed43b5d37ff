// askback web app: small enhancements on top of server-rendered pages that work without them.
// No inline handlers and no eval: the Content-Security-Policy allows only this file and htmx.
(function () {
  "use strict";

  // ---- Profile sliders: show each slider's value next to it.
  function bindSliders(root) {
    root.querySelectorAll("input[type=range][data-output]").forEach(function (input) {
      var out = document.getElementById(input.dataset.output);
      if (!out) return;
      input.addEventListener("input", function () { out.value = input.value; out.textContent = input.value; });
    });
  }

  // ---- Profile: a deal breaker's confidence box is live only while a level is chosen.
  function bindDependentFields(root) {
    root.querySelectorAll("select[data-needs]").forEach(function (box) {
      var level = document.getElementById(box.dataset.needs);
      if (!level) return;
      var sync = function () { box.disabled = level.value === ""; };
      level.addEventListener("change", sync);
      sync();
    });
  }

  // ---- Charts: show a mark's details under the chart on hover or keyboard focus.
  function bindCharts(root) {
    root.querySelectorAll("figure svg.chart").forEach(function (svg) {
      var caption = svg.closest("figure").querySelector(".chart-detail");
      if (!caption) return;
      var original = caption.textContent;
      svg.querySelectorAll("g.item").forEach(function (item) {
        var show = function () { caption.textContent = item.dataset.detail || original; };
        item.addEventListener("mouseenter", show);
        item.addEventListener("focus", show);
      });
      svg.addEventListener("mouseleave", function () { caption.textContent = original; });
    });
  }

  // ---- Interview screen: drafts in localStorage until the server confirms the save.
  function formState(form) {
    var data = {};
    form.querySelectorAll("textarea, input[type=text], select").forEach(function (el) {
      if (el.name) data[el.name] = el.value;
    });
    var checked = form.querySelector("input[name=rating]:checked");
    data.rating = checked ? checked.value : "";
    var flag = form.querySelector("input[name=red_flag]");
    data.red_flag = flag && flag.checked ? "1" : "";
    return data;
  }

  function applyState(form, data) {
    Object.keys(data).forEach(function (name) {
      if (name === "rating") {
        var radio = form.querySelector("input[name=rating][value='" + CSS.escape(data.rating) + "']");
        if (radio) radio.checked = true;
      } else if (name === "red_flag") {
        var flag = form.querySelector("input[name=red_flag]");
        if (flag) flag.checked = data.red_flag === "1";
      } else {
        var el = form.querySelector("[name='" + CSS.escape(name) + "']");
        if (el && el.type !== "hidden") el.value = data[name];
      }
    });
  }

  function storage() {
    try { return window.localStorage; } catch (e) { return null; }
  }

  function saveDraft(form) {
    var store = storage();
    if (!store || !form.dataset.draft) return;
    form.dataset.dirty = "1";
    try { store.setItem(form.dataset.draft, JSON.stringify(formState(form))); } catch (e) { /* full */ }
  }

  function clearDraft(form) {
    var store = storage();
    delete form.dataset.dirty;
    if (store && form.dataset.draft) store.removeItem(form.dataset.draft);
  }

  function setStatus(form, text, isError) {
    var status = form.querySelector(".save-status");
    if (!status) return;
    status.textContent = text;
    status.classList.toggle("error", !!isError);
  }

  // A draft sent by the closing tab may already be an answer on the page: do not add it twice.
  function savedElsewhere(root, form, draft) {
    if (!draft.notes) return false;
    return Array.prototype.some.call(root.querySelectorAll("form[data-draft]"), function (other) {
      if (other === form) return false;
      var id = other.querySelector("input[name=answer_id]");
      var notes = other.querySelector("textarea[name=notes]");
      return id && id.value && notes && notes.value === draft.notes;
    });
  }

  function restoreDrafts(root) {
    var store = storage();
    if (!store) return;
    root.querySelectorAll("form[data-draft]").forEach(function (form) {
      var raw = store.getItem(form.dataset.draft);
      if (!raw) return;
      var draft;
      try { draft = JSON.parse(raw); } catch (e) { store.removeItem(form.dataset.draft); return; }
      if (savedElsewhere(root, form, draft)) { store.removeItem(form.dataset.draft); return; }
      applyState(form, draft);
      form.dataset.dirty = "1";
      setStatus(form, document.body.dataset.lang === "de"
        ? "Ungespeicherte Notizen wiederhergestellt – wird gespeichert …"
        : "Restored unsaved notes – saving …");
      if (window.htmx) window.htmx.trigger(form, "submit");
    });
  }

  // Drafts whose row is gone (the question was answered, by the page that closed) are
  // dropped once an answer with the same notes is on the page.
  function dropOrphans(root) {
    var store = storage();
    var list = root.querySelector("#questions[data-interview]");
    if (!store || !list) return;
    var prefix = "askback:draft:" + list.dataset.interview + ":";
    var shown = {};
    root.querySelectorAll("form[data-draft]").forEach(function (f) { shown[f.dataset.draft] = true; });
    var saved = Array.prototype.map.call(root.querySelectorAll("form[data-draft] textarea[name=notes]"),
      function (t) { return t.value; });
    Object.keys(store).forEach(function (key) {
      if (key.indexOf(prefix) !== 0 || shown[key]) return;
      try {
        if (saved.indexOf(JSON.parse(store.getItem(key)).notes) >= 0) store.removeItem(key);
      } catch (e) { store.removeItem(key); }
    });
  }

  function markFlag(form) {
    var flag = form.querySelector("input[name=red_flag]");
    form.classList.toggle("flagged", !!(flag && flag.checked));
  }

  function rows() { return Array.prototype.slice.call(document.querySelectorAll("form[data-draft]")); }

  function focusRow(form, where) {
    if (!form) return;
    var target = where === "rating"
      ? (form.querySelector("input[name=rating]:checked") || form.querySelector("input[name=rating]"))
      : form.querySelector("textarea, input[name=question_text]");
    if (target) { target.focus(); form.scrollIntoView({ block: "nearest" }); }
  }

  function move(form, step) {
    var all = rows();
    var i = all.indexOf(form);
    if (i >= 0) focusRow(all[i + step], "notes");
  }

  function setRating(form, value) {
    var radio = form.querySelector("input[name=rating][value='" + value + "']");
    if (!radio) return;
    radio.checked = true;
    radio.focus();
    radio.dispatchEvent(new Event("change", { bubbles: true }));
  }

  function onKey(event) {
    var form = event.target.closest && event.target.closest("form[data-draft]");
    if (!form) return;
    var onRating = event.target.name === "rating";
    if (event.altKey && (event.key === "ArrowDown" || event.key === "ArrowUp")) {
      event.preventDefault();
      move(form, event.key === "ArrowDown" ? 1 : -1);
    } else if (event.ctrlKey && event.key === "Enter") {
      event.preventDefault();
      focusRow(form, "rating");
    } else if (onRating && /^[0-5]$/.test(event.key)) {
      event.preventDefault();
      setRating(form, event.key === "0" ? "" : event.key);
    } else if (onRating && (event.key === "f" || event.key === "F")) {
      event.preventDefault();
      var flag = form.querySelector("input[name=red_flag]");
      flag.checked = !flag.checked;
      flag.dispatchEvent(new Event("change", { bubbles: true }));
    } else if (onRating && event.key === "Enter") {
      event.preventDefault();
      move(form, 1);
    }
  }

  function bindInterview(root) {
    root.querySelectorAll("form[data-draft]").forEach(function (form) {
      if (form.dataset.bound) return;
      form.dataset.bound = "1";
      form.addEventListener("input", function () { saveDraft(form); setStatus(form, "…"); });
      form.addEventListener("change", function () { saveDraft(form); markFlag(form); });
    });
  }

  // The analyzer's "Use 4" button sets the rating of its row.
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("button.use-suggestion");
    if (!button) return;
    var form = document.getElementById("row-" + button.dataset.target);
    if (form) setRating(form, button.dataset.rating);
  });

  document.addEventListener("keydown", onKey);

  document.addEventListener("htmx:beforeRequest", function (event) {
    var form = event.detail.elt;
    if (form && form.matches && form.matches("form[data-draft]")) form.dataset.sent = JSON.stringify(formState(form));
  });

  document.addEventListener("htmx:afterRequest", function (event) {
    var form = event.detail.elt;
    if (!form || !form.matches || !form.matches("form[data-draft]")) return;
    if (event.detail.successful) {
      // Typing may have gone on during the request: only a save of what is shown clears the draft.
      if (form.dataset.sent === JSON.stringify(formState(form))) clearDraft(form);
    } else {
      setStatus(form, document.body.dataset.lang === "de"
        ? "Nicht gespeichert – in diesem Browser aufbewahrt"
        : "Not saved – kept in this browser", true);
    }
  });

  // When the tab closes mid-sentence, send what is unsaved; the draft stays as a fallback.
  // As a urlencoded form, not multipart: the server reads a multipart body only after its token
  // came in a header or the URL, and a beacon can set neither.
  window.addEventListener("pagehide", function () {
    if (!navigator.sendBeacon) return;
    rows().forEach(function (form) {
      if (form.dataset.dirty) {
        navigator.sendBeacon(form.action, new URLSearchParams(new FormData(form)));
      }
    });
  });

  // ---- Language switch: come back to the address as it is now (htmx search pushes the query
  // into the address bar after the page was rendered).
  function bindLanguage(root) {
    root.querySelectorAll("form.lang").forEach(function (form) {
      form.addEventListener("submit", function () {
        var next = form.querySelector("input[name=next]");
        if (next) next.value = window.location.pathname + window.location.search + window.location.hash;
      });
    });
  }

  // ---- Phone menu: the one-line menu scrolls so that the current page's entry is in view.
  function showCurrentMenuEntry(root) {
    var list = root.querySelector("header.site nav ul");
    var current = list && list.querySelector("a[aria-current=page]");
    if (!current || list.scrollWidth <= list.clientWidth) return;
    list.scrollLeft = Math.max(0, current.offsetLeft - list.offsetLeft - 16);
  }

  function init(root) {
    bindSliders(root);
    bindDependentFields(root);
    bindCharts(root);
    bindInterview(root);
  }

  document.addEventListener("DOMContentLoaded", function () {
    init(document);
    bindLanguage(document);
    showCurrentMenuEntry(document);
    dropOrphans(document);
    restoreDrafts(document);
  });
  document.addEventListener("htmx:load", function (event) { init(event.detail.elt); });
})();
