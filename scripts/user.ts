import { parseArgs } from "node:util";
import { generatePassword } from "@/lib/auth/password";
import { migrateDatabase } from "@/lib/db/client";
import { AccountError, createUser, resetUserPassword, setUserDisabled } from "@/lib/users/accounts";

// `npm run user -- add --email … --name … --role admin|editor|contributor` and disable / enable /
// reset-password by --email. A password comes from standard input when it is piped in;
// otherwise one is generated and printed once.

const usage = `usage:
  npm run user -- add --email EMAIL --name NAME --role admin|editor|contributor
  npm run user -- disable --email EMAIL
  npm run user -- enable --email EMAIL
  npm run user -- reset-password --email EMAIL
(pipe a password on standard input to set it; otherwise one is generated and printed)`;

async function readStdin() {
  if (process.stdin.isTTY) return "";
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

async function passwordFromInput() {
  const piped = await readStdin();
  return piped
    ? { password: piped, generated: false }
    : { password: generatePassword(), generated: true };
}

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string" } },
  });
  const [command] = positionals;
  if (!command || !values.email) throw new AccountError(usage);
  await migrateDatabase();

  if (command === "add") {
    const { password, generated } = await passwordFromInput();
    const user = await createUser(
      { email: values.email, name: values.name ?? "", role: values.role ?? "" },
      password,
    );
    console.log(`added ${user.role} ${user.email}${generated ? `\npassword: ${password}` : ""}`);
  } else if (command === "disable" || command === "enable") {
    const user = await setUserDisabled(values.email, command === "disable");
    console.log(`${command}d ${user.email}; their open sessions end at their next request`);
  } else if (command === "reset-password") {
    const { password, generated } = await passwordFromInput();
    const user = await resetUserPassword(values.email, password);
    console.log(`password reset for ${user.email}${generated ? `\npassword: ${password}` : ""}`);
  } else {
    throw new AccountError(`unknown command "${command}"\n${usage}`);
  }
}

main().catch((error) => {
  console.error(error instanceof AccountError ? error.message : error);
  process.exit(1);
});
