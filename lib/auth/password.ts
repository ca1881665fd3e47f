import { randomInt } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";
import { z } from "zod";

// OWASP's argon2id setting: 19 MiB of memory, 2 iterations, 1 lane.
// algorithm 2 is Argon2id (the package exports it as a const enum, which isolated modules cannot read).
const options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const passwordSchema = z
  .string()
  .min(12, "비밀번호는 12자 이상이어야 합니다")
  .max(256, "비밀번호는 256자 이하여야 합니다");

export function hashPassword(password: string) {
  return hash(password, options);
}

export function verifyPassword(passwordHash: string, password: string) {
  return verify(passwordHash, password);
}

// No look-alike characters (0/O, 1/l/I), so a printed password can be read back.
const alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A random 20-character password (about 116 bits). */
export function generatePassword(length = 20) {
  return Array.from({ length }, () => alphabet[randomInt(alphabet.length)]).join("");
}
