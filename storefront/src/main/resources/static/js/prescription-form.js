// Prescription form: checks the whole entry on the server when a field loses focus and shows the engine's
// message at the fields the customer has already been to. The form works the same without this script;
// the server reads every value again on submit.
(function () {
    "use strict";
    var form = document.querySelector("form[data-check]");
    if (!form || !window.fetch || !window.URLSearchParams || !window.FormData) {
        return;
    }
    var touched = {};
    var pending = null;

    // "Someone else" shows the new family member's fields; without the script they are always visible.
    var newWearer = form.querySelector("#new-wearer");
    function showNewWearer() {
        var chosen = form.querySelector("input[name=wearer]:checked");
        if (newWearer) {
            newWearer.hidden = !(chosen && chosen.value === "new");
        }
    }
    if (newWearer) {
        form.querySelectorAll("input[name=wearer]").forEach(function (radio) {
            radio.addEventListener("change", showNewWearer);
        });
        showNewWearer();
    }

    function note(id, text) {
        var element = document.getElementById(id);
        if (!element) {
            return;
        }
        element.textContent = text || "";
        element.hidden = !text;
    }

    function mark(key, problem, warning) {
        var input = document.getElementById(key);
        note(key + "-error", problem);
        note(key + "-warning", warning);
        if (input) {
            input.setAttribute("aria-invalid", problem ? "true" : "false");
            var holder = input.closest(".cell, .field");
            if (holder) {
                holder.classList.toggle("has-error", !!problem);
                holder.classList.toggle("has-warning", !!warning);
            }
        }
    }

    function fieldKey(element) {
        // a prism base select belongs to its amount's message
        return element.name.replace(/Base$/, "");
    }

    function check() {
        var body = new URLSearchParams(new FormData(form));
        var request = fetch(form.getAttribute("data-check"), {
            method: "POST",
            body: body,
            credentials: "same-origin",
            headers: {"Accept": "application/json"}
        });
        pending = request;
        request.then(function (response) {
            return response.ok ? response.json() : null;
        }).then(function (result) {
            if (!result || pending !== request) {
                return;
            }
            var problems = {};
            var warnings = {};
            result.problems.forEach(function (p) { problems[p.field] = p.message; });
            result.warnings.forEach(function (w) {
                warnings[w.field] = warnings[w.field] ? warnings[w.field] + " " + w.message : w.message;
            });
            Object.keys(touched).forEach(function (key) {
                mark(key, problems[key], warnings[key]);
            });
            // warnings about fields not typed in yet, or about the whole prescription, still help
            Object.keys(warnings).forEach(function (key) {
                if (!touched[key]) {
                    note(key + "-warning", warnings[key]);
                }
            });
            note("rx-warning", warnings.rx);
        }).catch(function () {
            // no connection: the server checks everything on submit anyway
        });
    }

    form.addEventListener("focusout", function (event) {
        var element = event.target;
        if (!element.name || element.type === "hidden" || element.type === "radio" || element.name === "_csrf") {
            return;
        }
        if (element.value === "" && !touched[fieldKey(element)] && element.tagName !== "SELECT") {
            return; // tabbing through an empty field is not a mistake yet
        }
        touched[fieldKey(element)] = true;
        check();
    });
})();
