/* The push bell: subscribes this browser to new-article notifications, or stops them. */
(() => {
    const bell = document.querySelector("[data-push-bell]");
    if (!bell || !("serviceWorker" in navigator) || !("PushManager" in window) || !("Notification" in window)) {
        return; // the bell stays hidden where the browser cannot do push
    }
    const button = bell.querySelector("button");
    const status = bell.querySelector("[data-push-status]");
    const form = bell.closest("section").querySelector("form");

    const say = (text) => { status.textContent = text; };
    const pressed = (on) => { button.setAttribute("aria-pressed", on ? "true" : "false"); };

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

    const turnOn = async () => {
        const permission = await Notification.requestPermission();
        if (permission !== "granted") {
            say("Notifications are blocked for this site. You can allow them in your browser's site settings.");
            return;
        }
        say("Turning notifications on…");
        const registration = await navigator.serviceWorker.register("/sw.js", { scope: "/" });
        await navigator.serviceWorker.ready;
        const { publicKey } = await (await fetch(bell.dataset.keyUrl)).json();
        let subscription;
        try {
            subscription = await registration.pushManager.subscribe({
                userVisibleOnly: true,
                applicationServerKey: keyBytes(publicKey),
            });
        } catch (error) {
            say("Your browser could not reach its notification service. Please try again later.");
            return;
        }
        const response = await post(bell.dataset.subscribeUrl, subscription.toJSON());
        if (!response.ok) {
            await subscription.unsubscribe();
            say("Sorry, we could not turn notifications on. Please try again later.");
            return;
        }
        pressed(true);
        say("Notifications are on. We will tell you when a new article is published.");
    };

    const turnOff = async () => {
        const subscription = await current();
        if (subscription) {
            await post(bell.dataset.unsubscribeUrl, { endpoint: subscription.endpoint });
            await subscription.unsubscribe();
        }
        pressed(false);
        say("Notifications are off.");
    };

    button.addEventListener("click", async () => {
        button.disabled = true;
        try {
            await (button.getAttribute("aria-pressed") === "true" ? turnOff() : turnOn());
        } catch (error) {
            say("Sorry, something went wrong. Please try again.");
        } finally {
            button.disabled = false;
        }
    });

    bell.hidden = false;
    current().then((subscription) => pressed(Boolean(subscription)), () => pressed(false));
})();
