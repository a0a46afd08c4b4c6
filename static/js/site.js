// Progressive enhancement only: every page works without JavaScript.
document.documentElement.classList.replace("no-js", "js");

// Mobile menu toggle: the menu is closed on phones by the stylesheet itself (no layout shift when this script
// arrives); the "Menu" link that opens it without JavaScript becomes a button that toggles it, keyboard usable,
// its state announced by aria-expanded (WAI-ARIA disclosure pattern).
const link = document.querySelector("[data-menu-toggle]");
const menu = document.getElementById("main-menu");
if (link && menu) {
    const toggle = document.createElement("button");
    toggle.type = "button";
    toggle.className = link.className;
    toggle.setAttribute("aria-controls", "main-menu");
    toggle.setAttribute("aria-expanded", "false");
    toggle.append(...link.childNodes);
    link.replaceWith(toggle);
    const setOpen = (open) => {
        toggle.setAttribute("aria-expanded", String(open));
        menu.classList.toggle("is-open", open);
    };
    toggle.addEventListener("click", () => setOpen(toggle.getAttribute("aria-expanded") !== "true"));
    document.addEventListener("keydown", (event) => {
        if (event.key === "Escape" && toggle.getAttribute("aria-expanded") === "true") {
            setOpen(false);
            toggle.focus();
        }
    });
}

// Videos load only when the visitor asks: no request to the video host before the click.
function embedUrl(address) {
    const url = new URL(address);
    if (url.hostname === "youtu.be") return `https://www.youtube-nocookie.com/embed/${url.pathname.slice(1)}?autoplay=1`;
    if (url.hostname.endsWith("youtube.com")) return `https://www.youtube-nocookie.com/embed/${url.searchParams.get("v")}?autoplay=1`;
    if (url.hostname.endsWith("vimeo.com")) return `https://player.vimeo.com/video/${url.pathname.split("/").filter(Boolean).pop()}?dnt=1&autoplay=1`;
    return null;
}
document.querySelectorAll("[data-video-load]").forEach((button) => {
    button.addEventListener("click", () => {
        const figure = button.closest("[data-video-url]");
        const src = embedUrl(figure.dataset.videoUrl);
        if (!src) return;
        const iframe = document.createElement("iframe");
        iframe.src = src;
        iframe.title = figure.querySelector(".video__title").textContent;
        iframe.allow = "autoplay; fullscreen; picture-in-picture";
        iframe.allowFullscreen = true;
        figure.querySelector(".video__placeholder").replaceWith(iframe);
        iframe.focus();
    });
});
