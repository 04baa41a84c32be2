import { authForm } from "../lib/authForm.ts";

authForm("login");
