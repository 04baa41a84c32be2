/** `partforge admin …`: drive a fresh install from scripts (same data directory and DATABASE_URL as serve). */
import { openStore } from "../store/index.ts";
import { PartforgeError } from "../shared/errors.ts";
import type { AdminCommand } from "./args.ts";
import type { CliIO } from "./main.ts";

export async function runAdmin(command: AdminCommand, io: CliIO): Promise<void> {
  const store = await openStore({ dataDir: command.dataDir, ...(command.databaseUrl ? { databaseUrl: command.databaseUrl } : {}) });
  try {
    if (command.action === "create-account") {
      const account = await store.createAccount({
        email: command.email,
        password: command.password!,
        plan: command.plan ?? "evaluation",
        ...(command.quota !== undefined ? { monthlyQuota: command.quota } : {}),
      });
      io.stdout.write(`created account ${account.email} (${account.plan}${account.monthlyQuota === null ? ", unlimited" : `, ${account.monthlyQuota} downloads a month`})\n`);
    } else if (command.action === "create-key") {
      const account = await store.findAccountByEmail(command.email);
      if (account === undefined) throw new PartforgeError("NOT_FOUND", `no account with email ${command.email}: create it with admin create-account`);
      const { key, secret } = await store.createApiKey(account.id, command.name === undefined ? {} : { name: command.name });
      io.stderr.write(`created API key "${key.name}" (${key.prefix}…) for ${account.email}; it is shown once:\n`);
      io.stdout.write(`${secret}\n`);
    } else {
      const account = await store.setPlan(command.email, command.plan!, command.quota);
      io.stdout.write(`${account.email} is now on ${account.plan}${account.monthlyQuota === null ? " (unlimited)" : ` (${account.monthlyQuota} downloads a month)`}\n`);
    }
  } finally {
    await store.close();
  }
}
