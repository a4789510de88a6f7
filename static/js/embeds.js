// Consent-first embeds: a provider's player is only loaded when the reader asks for it.
document.querySelectorAll("[data-embed]").forEach((figure) => {
    const template = figure.querySelector("template");
    const consent = figure.querySelector(".embed__consent");
    if (!template || !consent) return;
    consent.hidden = false;
    figure.querySelector("[data-embed-load]").addEventListener("click", () => {
        figure.replaceChildren(template.content.cloneNode(true));
    });
});
