/** The log-in and sign-up forms: email and password, inline errors, then back where the visitor was. */
import { api } from "./api.ts";
import { h, mainElement, replaceChildren, uniqueId } from "./dom.ts";

/** Where to go after logging in: a local path from `?next=`, else the account page. */
export function nextPath(): string {
  const next = new URLSearchParams(location.search).get("next");
  return next !== null && /^\/(?![/\\])/.test(next) ? next : "/account";
}

export function authForm(kind: "login" | "signup"): void {
  const signup = kind === "signup";
  const emailId = uniqueId("email");
  const passwordId = uniqueId("password");
  const email = h("input", { id: emailId, name: "email", type: "email", autocomplete: "email", required: true, spellcheck: "false" });
  const password = h("input", {
    id: passwordId,
    name: "password",
    type: "password",
    autocomplete: signup ? "new-password" : "current-password",
    required: true,
    minlength: signup ? 8 : null,
    "aria-describedby": signup ? `${passwordId}-hint` : null,
  });
  const error = h("p", { class: "form-error", role: "alert", hidden: true });
  const submit = h("button", { type: "submit" }, signup ? "Create account" : "Log in");
  const form = h(
    "form",
    { class: "auth-form", novalidate: true },
    h("div", { class: "field" }, h("label", { for: emailId }, "Email"), email),
    h("div", { class: "field" }, h("label", { for: passwordId }, "Password"), password, signup ? h("p", { class: "hint", id: `${passwordId}-hint` }, "At least 8 characters.") : null),
    error,
    submit,
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    error.hidden = true;
    submit.disabled = true;
    const result = await api("POST", signup ? "/api/accounts" : "/api/session", { email: email.value.trim(), password: password.value });
    submit.disabled = false;
    if (result.ok) {
      location.assign(nextPath());
      return;
    }
    error.textContent = result.problem.detail;
    error.hidden = false;
    (result.problem.param === "password" ? password : email).focus();
  });
  const other = signup
    ? h("p", {}, "Already have an account? ", h("a", { href: `/login${location.search}` }, "Log in"), ".")
    : h("p", {}, "New here? ", h("a", { href: `/signup${location.search}` }, "Sign up"), " — the evaluation plan is free.");
  replaceChildren(mainElement(), h("div", { class: "narrow" }, h("h1", {}, signup ? "Sign up" : "Log in"), form, other));
  email.focus();
}
