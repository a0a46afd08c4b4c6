// Progressive enhancement only: every page works without JavaScript.
document.documentElement.classList.replace("no-js", "js");

// Mobile menu toggle: collapsed below 60em, keyboard usable, state announced by aria-expanded.
const toggle = document.querySelector(".menu-toggle");
const menu = document.getElementById("main-menu");
if (toggle && menu) {
    const wide = window.matchMedia("(min-width: 60em)");
    toggle.hidden = false;
    menu.classList.add("is-collapsed");
    toggle.addEventListener("click", () => {
        const open = toggle.getAttribute("aria-expanded") === "true";
        toggle.setAttribute("aria-expanded", String(!open));
        menu.classList.toggle("is-collapsed", open);
    });
    document.addEventListener("keydown", (event) => {
        if (event.key === "Escape" && toggle.getAttribute("aria-expanded") === "true" && !wide.matches) {
            toggle.setAttribute("aria-expanded", "false");
            menu.classList.add("is-collapsed");
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
