// Drag and drop upload and live job progress. Plain script, no libraries: the page works
// without it too (the form posts and the job list shows on reload).
(function () {
  "use strict";
  var csrf = document.querySelector('meta[name="csrf"]').content;
  var form = document.getElementById("upload");
  var drop = document.getElementById("drop");
  var input = document.getElementById("files");
  var jobs = document.getElementById("jobs");

  function send(files) {
    var data = new FormData(form);
    data.delete("files");
    for (var i = 0; i < files.length; i++) data.append("files", files[i], files[i].name);
    return fetch("/upload", {method: "POST", body: data, credentials: "same-origin",
                             headers: {"Accept": "application/json", "X-CSRF-Token": csrf}})
      .then(function (r) {
        if (!r.ok) return r.text().then(function (t) { alert(t); });
        return refresh();
      });
  }

  function cell(text, cls) {
    var td = document.createElement("td");
    if (cls) td.className = cls;
    td.textContent = text;
    return td;
  }

  function refresh() {
    return fetch("/jobs.json", {credentials: "same-origin"}).then(function (r) { return r.json(); })
      .then(function (data) {
        var body = jobs.querySelector("tbody");
        var words = JSON.parse(jobs.getAttribute("data-words") || "{}");
        body.textContent = "";
        var busy = false;
        data.jobs.forEach(function (j) {
          var tr = document.createElement("tr");
          tr.setAttribute("data-job", j.id);
          tr.setAttribute("data-status", j.status);
          tr.appendChild(cell(j.name));
          var status = (words[j.status] || j.status) +
            (j.status === "error" ? ": " + (j.error_code || "") + " — " + (j.error_message || "") : "");
          tr.appendChild(cell(status, "status st-" + j.status));
          tr.appendChild(cell(j.status === "done" ? String(j.errors) : ""));
          tr.appendChild(cell(j.status === "done" ? String(j.warnings) : ""));
          var td = document.createElement("td");
          if ((j.status === "done" || j.status === "error") && j.sha256 && j.error_code !== "unsupported-type") {
            var a = document.createElement("a");
            a.href = "/doc/" + j.sha256;
            a.textContent = words.open || "open";
            td.appendChild(a);
          }
          tr.appendChild(td);
          body.appendChild(tr);
          if (j.status === "queued" || j.status === "reading") busy = true;
        });
        if (busy) setTimeout(refresh, 1500);
      });
  }

  if (form && drop && input && jobs) {
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      if (input.files.length) send(input.files).then(function () { input.value = ""; });
    });
    ["dragenter", "dragover"].forEach(function (name) {
      drop.addEventListener(name, function (ev) { ev.preventDefault(); drop.classList.add("over"); });
    });
    ["dragleave", "drop"].forEach(function (name) {
      drop.addEventListener(name, function (ev) { ev.preventDefault(); drop.classList.remove("over"); });
    });
    drop.addEventListener("drop", function (ev) { if (ev.dataTransfer.files.length) send(ev.dataTransfer.files); });
    if (jobs.querySelector('tr[data-status="queued"], tr[data-status="reading"]')) setTimeout(refresh, 1500);
  }
})();
