/* Public pages are kept by caches and shared by every reader, so their forms carry no
   per-visitor tokens. The first time a reader uses a form, fetch them: a CSRF token (the
   request also sets its cookie) and the timing token that tells a person from a bot.
   Without JavaScript the form is sent as it is and comes back to be checked and sent. */
(() => {
    const fill = async (form) => {
        const scope = form.querySelector("[data-token-scope]");
        const query = scope ? `?scope=${encodeURIComponent(scope.dataset.tokenScope)}` : "";
        const response = await fetch(`/forms/tokens/${query}`, { credentials: "same-origin" });
        if (!response.ok) throw new Error(`tokens: ${response.status}`);
        const tokens = await response.json();
        form.querySelector("[data-csrf]").value = tokens.csrf;
        if (scope) scope.value = tokens.token;
        form.dataset.tokens = "ready";
    };

    // One request per form, however often it is asked for; push.js asks too.
    window.tranquilFormTokens = (form) => {
        form.tokensFetched ||= fill(form).catch((error) => {
            form.tokensFetched = null; // try again on the next use
            throw error;
        });
        return form.tokensFetched;
    };

    document.querySelectorAll("form [data-csrf]").forEach((input) => {
        const form = input.form;
        form.addEventListener("focusin", () => window.tranquilFormTokens(form).catch(() => {}));
        form.addEventListener("submit", (event) => {
            if (form.dataset.tokens === "ready") return;
            event.preventDefault();
            if (form.dataset.tokens === "waiting") return; // a second press while fetching
            form.dataset.tokens = "waiting";
            // Sent without tokens if they cannot be had: the site asks the reader to check it.
            window.tranquilFormTokens(form).catch(() => {}).finally(() => {
                form.dataset.tokens = "ready";
                form.requestSubmit();
            });
        });
    });
})();
