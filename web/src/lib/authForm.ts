/** The log-in and sign-up forms: email and password (and, signing up, an optional public name), inline errors, then back where the visitor was. */
import { sameOriginPath } from "../../../src/shared/localPath.ts";
import { api } from "./api.ts";
import { h, mainElement, replaceChildren, uniqueId } from "./dom.ts";

/** Where to go after logging in: a same-origin path from `?next=` in `search`, else the account page. */
export function nextPath(search: string): string {
  return sameOriginPath(new URLSearchParams(search).get("next")) ?? "/account";
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
  const nameId = uniqueId("display-name");
  const displayName = signup
    ? h("input", { id: nameId, name: "displayName", type: "text", autocomplete: "nickname", maxlength: 40, spellcheck: "false", "aria-describedby": `${nameId}-hint` })
    : null;
  const error = h("p", { class: "form-error", role: "alert", hidden: true });
  const submit = h("button", { type: "submit" }, signup ? "Create account" : "Log in");
  const form = h(
    "form",
    { class: "auth-form", novalidate: true },
    h("div", { class: "field" }, h("label", { for: emailId }, "Email"), email),
    h("div", { class: "field" }, h("label", { for: passwordId }, "Password"), password, signup ? h("p", { class: "hint", id: `${passwordId}-hint` }, "At least 8 characters.") : null),
    displayName
      ? h(
          "div",
          { class: "field" },
          h("label", { for: nameId }, "Public name (optional)"),
          displayName,
          h("p", { class: "hint", id: `${nameId}-hint` }, "Shown as the author of the models you publish; never your email. 2–40 letters, digits, spaces, - _ or . — you can change it later on your account page."),
        )
      : null,
    error,
    submit,
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    error.hidden = true;
    submit.disabled = true;
    const credentials = { email: email.value.trim(), password: password.value };
    // Sign-up answers the same whether or not the email had an account; logging in tells the owner.
    const name = displayName?.value.trim() ?? "";
    const signedUp = signup ? await api("POST", "/api/accounts", { ...credentials, ...(name !== "" ? { displayName: name } : {}) }) : undefined;
    const result = signedUp === undefined || signedUp.ok ? await api("POST", "/api/session", credentials) : signedUp;
    submit.disabled = false;
    if (result.ok) {
      location.assign(nextPath(location.search));
      return;
    }
    error.textContent =
      signup && signedUp?.ok && result.status === 401
        ? "This email already has an account with another password: log in with that password instead."
        : result.problem.detail;
    error.hidden = false;
    (result.problem.param === "password" ? password : result.problem.param === "displayName" && displayName ? displayName : email).focus();
  });
  const other = signup
    ? h("p", {}, "Already have an account? ", h("a", { href: `/login${location.search}` }, "Log in"), ".")
    : h("p", {}, "New here? ", h("a", { href: `/signup${location.search}` }, "Sign up"), " — the evaluation plan is free.");
  replaceChildren(mainElement(), h("div", { class: "narrow" }, h("h1", {}, signup ? "Sign up" : "Log in"), form, other));
  email.focus();
}
