// The header's Menu button is a <details> element and works without JavaScript. With it,
// the button also says whether the menu is open (aria-expanded, for screen readers that do
// not announce a summary's state), and the open menu closes as a dropdown should: on
// Escape, and on a click outside it.
document.querySelectorAll("details.site-menu").forEach((menu) => {
    const button = menu.querySelector("summary");
    const sayState = () => button.setAttribute("aria-expanded", String(menu.open));
    sayState();
    menu.addEventListener("toggle", sayState);
    menu.addEventListener("keydown", (event) => {
        if (event.key === "Escape" && menu.open) {
            menu.open = false;
            button.focus();
        }
    });
    document.addEventListener("click", (event) => {
        if (menu.open && !menu.contains(event.target)) {
            menu.open = false;
        }
    });
});
