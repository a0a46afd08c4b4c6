// The gallery of a page (templates/includes/gallery.html): without JavaScript each thumbnail links to its large image; with it, the link opens the
// image in a modal <dialog> (focus stays inside, Escape closes, arrow keys and buttons move between images,
// focus returns to the thumbnail on close). Labels come from data-label-* attributes, translated server-side.
const gallery = document.querySelector("[data-gallery]");

if (gallery && typeof HTMLDialogElement === "function") {
    const links = [...gallery.querySelectorAll("[data-gallery-link]")];
    const labels = gallery.dataset;
    let current = 0;

    const button = (label, action) => {
        const element = document.createElement("button");
        element.type = "button";
        element.className = "button";
        element.textContent = label;
        element.addEventListener("click", action);
        return element;
    };

    const dialog = document.createElement("dialog");
    dialog.className = "lightbox";
    dialog.setAttribute("aria-label", labels.labelDialog);
    const figure = document.createElement("figure");
    figure.className = "lightbox__figure";
    const image = document.createElement("img");
    image.className = "lightbox__image";
    const caption = document.createElement("figcaption");
    caption.className = "gallery__caption";
    figure.append(image, caption);
    const controls = document.createElement("div");
    controls.className = "lightbox__controls";
    const count = document.createElement("p");
    count.className = "lightbox__count";
    count.setAttribute("aria-live", "polite");
    const close = button(labels.labelClose, () => dialog.close());
    controls.append(count);
    if (links.length > 1) {
        controls.append(
            button(labels.labelPrevious, () => show(current - 1)),
            button(labels.labelNext, () => show(current + 1)),
        );
    }
    controls.append(close);
    dialog.append(figure, controls);
    document.body.append(dialog);

    function show(index) {
        current = (index + links.length) % links.length;
        const link = links[current];
        const thumbnail = link.querySelector("img");
        image.src = link.href;
        image.alt = thumbnail ? thumbnail.alt : "";
        const text = link.closest("figure").querySelector("figcaption");
        caption.textContent = text ? text.textContent.trim() : "";
        count.textContent = labels.labelCount.replace("{n}", current + 1).replace("{total}", links.length);
    }

    links.forEach((link, index) => {
        link.addEventListener("click", (event) => {
            event.preventDefault();
            show(index);
            dialog.showModal();
            close.focus();
        });
    });
    dialog.addEventListener("keydown", (event) => {
        if (event.key === "ArrowLeft") show(current - 1);
        if (event.key === "ArrowRight") show(current + 1);
    });
    dialog.addEventListener("close", () => links[current].focus());
}
