import type { User as PortalUser } from "@/lib/db/schema";

declare module "next-auth" {
  interface User {
    role: PortalUser["role"];
    sessionVersion: number;
  }
  interface Session {
    user?: { name?: string | null; email?: string | null; role?: PortalUser["role"] };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: number;
    role?: PortalUser["role"];
    sessionVersion?: number;
    signedInAt?: number;
    sid?: string;
    revoked?: boolean;
  }
}
