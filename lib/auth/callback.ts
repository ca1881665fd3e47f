/** Where to go after sign-in: only a path inside the editor workspace, never another site. */
export function safeCallbackPath(value: unknown) {
  const path = typeof value === "string" ? value : "";
  return path.startsWith("/admin") && !path.startsWith("/admin/login") && !path.includes("//")
    ? path
    : "/admin";
}
