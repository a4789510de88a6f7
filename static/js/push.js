/* The push bell (fixed bottom-right) and its words in the footer: subscribe this browser to
   new-article notifications, or stop them. Pages are cached for every reader, so the on/off
   state is always the browser's own (PushManager.getSubscription). */
(() => {
    const bell = document.querySelector("[data-push-bell]");
    if (!bell || !("serviceWorker" in navigator) || !("PushManager" in window) || !("Notification" in window)) {
        return; // bell and footer words stay hidden where the browser cannot do push
    }
    const button = bell.querySelector(".push-bell__button");
    const tip = bell.querySelector("[data-push-tip]");
    const message = bell.querySelector("[data-push-message]");
    const status = bell.querySelector("[data-push-status]");
    const link = document.querySelector("[data-push-link]");
    const toggles = document.querySelectorAll("[data-push-toggle]");
    const closer = bell.querySelector("[data-push-close]");
    const form = bell.querySelector("form");
    const waitMs = Number(bell.dataset.waitMs) || 10000;
    let on = false;
    let working = false;

    // The status stays in the page (a live region must exist before it speaks); the
    // bubble around it shows only while there is something to say.
    const say = (text) => {
        status.textContent = text;
        message.classList.toggle("push-bell__message--open", Boolean(text));
        closer.hidden = !text;
    };

    const show = (subscribed) => {
        on = subscribed;
        button.setAttribute("aria-pressed", on ? "true" : "false");
        tip.textContent = on ? "Notifications on" : "Notifications off";
        if (link) {
            link.querySelector("button").textContent = on
                ? "Stop notifications of new articles in this browser"
                : "Notify me of new articles in this browser";
        }
    };

    // aria-disabled rather than disabled: a disabled button would drop the keyboard focus.
    const busy = (waiting) => {
        working = waiting;
        toggles.forEach((toggle) => toggle.setAttribute("aria-disabled", waiting ? "true" : "false"));
    };

    // A push service that never answers must not leave the reader waiting for ever.
    const inTime = (promise) => Promise.race([
        promise,
        new Promise((_, reject) => { setTimeout(() => reject(new Error("timeout")), waitMs); }),
    ]);

    const keyBytes = (base64url) => {
        const base64 = (base64url + "===".slice((base64url.length + 3) % 4)).replace(/-/g, "+").replace(/_/g, "/");
        return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    };

    // The page is shared by every reader: the CSRF token comes when it is needed (forms.js).
    const post = async (url, body) => {
        await window.tranquilFormTokens(form);
        const csrf = form.querySelector("[name=csrfmiddlewaretoken]").value;
        return fetch(url, {
            method: "POST",
            credentials: "same-origin",
            headers: { "Content-Type": "application/json", "X-CSRFToken": csrf },
            body: JSON.stringify(body),
        });
    };

    const current = async () => {
        const registration = await navigator.serviceWorker.getRegistration("/");
        return registration ? registration.pushManager.getSubscription() : null;
    };

    const subscribe = async () => {
        const registration = await navigator.serviceWorker.register("/sw.js", { scope: "/" });
        await navigator.serviceWorker.ready;
        const { publicKey } = await (await fetch(bell.dataset.keyUrl)).json();
        return registration.pushManager.subscribe({
            userVisibleOnly: true,
            applicationServerKey: keyBytes(publicKey),
        });
    };

    const turnOn = async () => {
        const permission = await Notification.requestPermission();
        if (permission !== "granted") {
            say("Notifications are blocked for this site. You can allow them in your browser's site settings.");
            return;
        }
        say("Turning notifications on…");
        let subscription;
        try {
            subscription = await inTime(subscribe());
        } catch (error) {
            show(false);
            say("Your browser could not reach its notification service, so notifications are still off. Please try again later.");
            return;
        }
        const response = await inTime(post(bell.dataset.subscribeUrl, subscription.toJSON()));
        if (!response.ok) {
            await subscription.unsubscribe();
            say("Sorry, we could not turn notifications on. Please try again later.");
            return;
        }
        show(true);
        say("Notifications are on. We will tell you when a new article is published.");
    };

    const turnOff = async () => {
        const subscription = await current();
        if (subscription) {
            await inTime(post(bell.dataset.unsubscribeUrl, { endpoint: subscription.endpoint }));
            await subscription.unsubscribe();
        }
        show(false);
        say("Notifications are off.");
    };

    toggles.forEach((toggle) => toggle.addEventListener("click", async () => {
        if (working) return;
        busy(true);
        try {
            await (on ? turnOff() : turnOn());
        } catch (error) {
            say("Sorry, something went wrong. Please try again.");
        } finally {
            busy(false);
        }
    }));

    closer.addEventListener("click", () => {
        say("");
        button.focus();
    });
    document.addEventListener("keydown", (event) => {
        if (event.key === "Escape" && status.textContent) say("");
    });

    bell.hidden = false;
    if (link) link.hidden = false;
    current().then((subscription) => show(Boolean(subscription)), () => show(false));
})();
