// Accounts the fixtures script creates for the browser tests. The tests that lock, disable or
// sign out an account run once (tagged @desk or @server; see playwright.config.ts).
export const e2ePassword = "e2e-password-long-enough";

export const e2eAccounts = {
  admin: "e2e-admin@example.com",
  editor: "e2e-editor@example.com",
  contributor: "e2e-contributor@example.com",
  lockout: "e2e-lockout@example.com",
  disabled: "e2e-disabled@example.com",
  forwarded: "e2e-forwarded@example.com",
  signOut: "e2e-sign-out@example.com",
};
