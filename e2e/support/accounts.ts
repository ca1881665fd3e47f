// Accounts the fixtures script creates for the browser tests. Each project (desktop, mobile) has
// its own lockout and disable targets, because both run at once against one portal.
export const e2ePassword = "e2e-password-long-enough";

export const e2eAccounts = {
  admin: "e2e-admin@example.com",
  editor: "e2e-editor@example.com",
  contributor: "e2e-contributor@example.com",
  lockout: (project: string) => `e2e-lockout-${project}@example.com`,
  disabled: (project: string) => `e2e-disabled-${project}@example.com`,
  forwarded: (project: string) => `e2e-forwarded-${project}@example.com`,
  signOut: (project: string) => `e2e-sign-out-${project}@example.com`,
};

export const e2eProjects = ["desktop", "mobile"];
