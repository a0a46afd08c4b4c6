// Progressive enhancement for the one-page toolkit: a print button (the page prints fine without it).
document.querySelectorAll("[data-print]").forEach((button) => {
    button.hidden = false;
    button.addEventListener("click", () => window.print());
});
