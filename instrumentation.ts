// Runs once when the server starts: migrations, then the background search sync.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startBackgroundWork } = await import("@/lib/background");
    await startBackgroundWork();
  }
}
