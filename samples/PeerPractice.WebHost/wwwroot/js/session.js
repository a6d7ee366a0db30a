// PeerPractice session page: pushed updates over SignalR, commands as form posts.
// A static file (no build step, no inline script): the page works under a CSP without 'unsafe-inline'.
(function () {
  "use strict";
  var app = document.getElementById("app");
  if (!app || !window.signalR) { return; }
  var sessionId = app.dataset.session;
  var token = app.dataset.token || null;
  var lastSequence = Number(app.dataset.sequence || "0");
  var view = null;
  var shownAt = Date.now();
  var leftAtShow = Number(document.getElementById("countdown").dataset.left || "0");
  var timerState = document.getElementById("countdown").dataset.state || "none";
  window.peerPractice = { received: [], lastSequence: function () { return lastSequence; } };

  function text(id, value) { var el = document.getElementById(id); if (el && el.textContent !== value) { el.textContent = value; } }
  function show(id, visible) { var el = document.getElementById(id); if (el) { el.hidden = !visible; } }
  function minutes(seconds) {
    var sign = seconds < 0 ? "-" : ""; var total = Math.floor(Math.abs(seconds));
    var s = total % 60; return sign + Math.floor(total / 60) + ":" + (s < 10 ? "0" : "") + s;
  }
  function status(message) { text("status", message); }
  function list(id, items, build) {
    var ul = document.getElementById(id); if (!ul) { return; }
    while (ul.firstChild) { ul.removeChild(ul.firstChild); }
    items.forEach(function (item) { var li = document.createElement("li"); build(li, item); ul.appendChild(li); });
  }
  function commandForm(kind, label, fields) {
    var form = document.createElement("form");
    form.className = "cmd inline"; form.method = "post"; form.action = actionUrl();
    var all = [["kind", kind]].concat(fields || []);
    all.forEach(function (f) { var input = document.createElement("input"); input.type = "hidden"; input.name = f[0]; input.value = f[1]; form.appendChild(input); });
    var button = document.createElement("button"); button.type = "submit"; button.textContent = label; form.appendChild(button);
    return form;
  }
  function actionUrl() { return token ? "/s/" + sessionId + "/p/" + token + "/command" : "/organiser/s/" + sessionId + "/command"; }
  function phaseText(v) {
    switch (v.phase) {
      case "NotStarted": case "AgreementsPending": return "Not started: everyone acknowledges the agreements first.";
      case "InItem": return v.paused ? "Paused." : "In progress.";
      case "WrapUp": return v.paused ? "Wrap-up (paused)." : "Wrap-up: add action items, then finish.";
      case "Finished": return "Finished. Thank you.";
      case "Abandoned": return "Abandoned.";
      default: return v.phase;
    }
  }
  function timerText(state) {
    return state === "warning" ? "Time is nearly up." : state === "time-up" ? "Time is up." : state === "paused" ? "The clock is paused." : "";
  }

  function render(v) {
    view = v;
    text("phase", phaseText(v));
    var item = document.getElementById("item");
    while (item.firstChild) { item.removeChild(item.firstChild); }
    if (v.itemId) {
      item.appendChild(document.createTextNode("Item " + v.itemNumber + " of " + v.itemCount + ": "));
      var strong = document.createElement("strong"); strong.textContent = v.prompt; item.appendChild(strong);
    }
    text("floor", v.speakers.length === 0 ? "" : "Speaking: " + v.speakers.join(", ") + "." + (v.listeners.length ? " Listening: " + v.listeners.join(", ") + "." : ""));
    var countdown = document.getElementById("countdown");
    countdown.className = "countdown " + v.timerState;
    countdown.dataset.state = v.timerState;
    countdown.dataset.left = String(v.timeLeftSeconds);
    leftAtShow = v.timeLeftSeconds; shownAt = Date.now(); timerState = v.timerState;
    text("countdown", v.timerState === "none" ? "" : minutes(v.timeLeftSeconds));
    text("timer-state", timerText(v.timerState));
    var organiser = !token;
    show("steer", v.canSteer || (organiser && !v.closed));
    var steer = document.getElementById("steer");
    if (steer) {
      while (steer.firstChild) { steer.removeChild(steer.firstChild); }
      steer.appendChild(commandForm(v.paused ? "resume" : "pause", v.paused ? "Resume" : "Pause"));
      steer.appendChild(commandForm("next", "Move on"));
      steer.appendChild(commandForm("extend", "+2 minutes"));
    }
    show("finish", v.canFinish || (organiser && !v.closed));
    show("start", v.canStart);
    text("waiting", v.waiting.length ? "Waiting for: " + v.waiting.join(", ") : "");
    list("agreements", v.agreements, function (li, a) {
      li.appendChild(document.createTextNode(a.text + " "));
      if (a.acknowledged) { var done = document.createElement("span"); done.className = "done"; done.textContent = "(you agreed)"; li.appendChild(done); }
      else if (v.me && (v.phase === "NotStarted" || v.phase === "AgreementsPending")) { li.appendChild(commandForm("acknowledge", "I agree", [["agreement", a.id]])); }
    });
    list("shares", v.shares, function (li, s) { li.textContent = s.name + ": " + minutes(s.seconds) + " (" + s.share + "%)"; });
    list("notes", v.notes, function (li, n) {
      if (n.isPrivate) { var tag = document.createElement("span"); tag.className = "tag"; tag.textContent = "private"; li.appendChild(tag); li.appendChild(document.createTextNode(" ")); }
      li.appendChild(document.createTextNode(n.text + " "));
      var by = document.createElement("span"); by.className = "by"; by.textContent = "(" + n.author + ")"; li.appendChild(by);
    });
    list("actions", v.actionItems, function (li, a) {
      li.appendChild(document.createTextNode(a.text + " "));
      var by = document.createElement("span"); by.className = "by"; by.textContent = "(" + a.owner + (a.due ? ", due " + a.due : "") + ")"; li.appendChild(by);
    });
    app.dataset.sequence = String(lastSequence);
  }

  // Batches arrive in order per connection; after a reconnect or a gap, ask for what was missed.
  function receive(batch) {
    var events = batch.events || [];
    if (events.length && events[0].sequence > lastSequence + 1) { catchUp(); return; }
    var fresh = false;
    events.forEach(function (e) { window.peerPractice.received.push(e); if (e.sequence > lastSequence) { lastSequence = e.sequence; fresh = true; } });
    if (fresh || events.length === 0 || batch.view.sequence >= lastSequence) { render(batch.view); }
  }

  var connection = new signalR.HubConnectionBuilder()
    .withUrl("/hub")
    .withAutomaticReconnect([0, 1000, 2000, 5000, 10000, 10000, 30000])
    .build();
  connection.on("events", receive);
  function join() {
    return token ? connection.invoke("Join", sessionId, token, lastSequence) : connection.invoke("JoinAsOrganiser", sessionId, lastSequence);
  }
  function catchUp() { return join().then(receive).catch(function () { status("Could not catch up; reload the page."); }); }
  connection.onreconnecting(function () { status("Connection lost; reconnecting…"); });
  connection.onreconnected(function () { status("Reconnected."); catchUp(); });
  connection.start().then(catchUp).then(function () { app.dataset.live = "true"; }).catch(function () { status("Live updates are unavailable; reload the page to see changes."); });

  // Commands: every form of class "cmd" posts with fetch; the answer's reason is shown, the update arrives pushed.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.classList || !form.classList.contains("cmd")) { return; }
    event.preventDefault();
    var body = new URLSearchParams(new FormData(form));
    fetch(form.action, { method: "POST", body: body, headers: { "Accept": "application/json" }, credentials: "same-origin" })
      .then(function (response) {
        var type = response.headers.get("Content-Type") || "";
        return type.indexOf("json") >= 0 ? response.json().then(function (j) { return j.reason || (response.ok ? "" : "Not done."); }) : response.text();
      })
      .then(function (reason) {
        status(reason || "Done.");
        if (!reason) { var area = form.querySelector("textarea, input[name=text]"); if (area) { area.value = ""; } }
      })
      .catch(function () { status("Not sent: check your connection and try again."); });
  });

  // The countdown runs locally between pushes; warnings and time-up come from the server's events.
  setInterval(function () {
    if (timerState === "none" || timerState === "paused") { return; }
    var left = leftAtShow - (Date.now() - shownAt) / 1000;
    text("countdown", minutes(Math.ceil(left)));
  }, 1000);
})();
