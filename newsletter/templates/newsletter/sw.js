/* The service worker: shows a notification when a new article is published. */
self.addEventListener("push", (event) => {
    let data = {};
    try {
        data = event.data ? event.data.json() : {};
    } catch (error) {
        data = {};
    }
    const title = data.title || "A new article";
    event.waitUntil(
        self.registration.showNotification(title, {
            body: data.body || "",
            icon: "{{ icon_url }}",
            data: { url: data.url || "/articles/" },
        })
    );
});

self.addEventListener("notificationclick", (event) => {
    event.notification.close();
    const target = new URL(event.notification.data.url, self.location.origin);
    if (!["https:", "http:"].includes(target.protocol)) {
        return;
    }
    event.waitUntil(self.clients.openWindow(target.href));
});
