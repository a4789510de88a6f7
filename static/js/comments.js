// Reply links work without JavaScript (they reload the page with ?replyto=). With it,
// the form moves under the comment being answered, without a reload.
document.querySelectorAll(".comment__reply a").forEach((link) => {
    link.addEventListener("click", (event) => {
        const form = document.getElementById("respond");
        const comment = link.closest(".comment");
        if (!form || !comment) return;
        event.preventDefault();
        const id = comment.id.replace("comment-", "");
        const name = comment.querySelector(".comment__author").dataset.name;
        form.querySelector('input[name="parent"]').value = id;
        form.querySelector("#respond-heading").textContent = `Reply to ${name}`;
        link.closest("article").after(form);
        form.querySelector("input:not([type=hidden]):not([tabindex='-1']), textarea").focus();
    });
});
