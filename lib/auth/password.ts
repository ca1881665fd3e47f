import { randomInt } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as commonWords from "@zxcvbn-ts/language-common";
import * as englishWords from "@zxcvbn-ts/language-en";
import { z } from "zod";

// OWASP's argon2id setting: 19 MiB of memory, 2 iterations, 1 lane.
// algorithm 2 is Argon2id (the package exports it as a const enum, which isolated modules cannot read).
const options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

// zxcvbn estimates how many guesses a cracker needs, from lists of common passwords, English
// words and names, keyboard patterns, dates and repeats; 3 means about 10^8 or more.
const MIN_STRENGTH = 3;
let strength: ZxcvbnFactory | undefined;
const estimator = () =>
  (strength ??= new ZxcvbnFactory({
    dictionary: { ...commonWords.dictionary, ...englishWords.dictionary },
    graphs: commonWords.adjacencyGraphs,
    translations: englishWords.translations,
  }));

export const guessableMessage =
  "추측하기 쉬운 비밀번호입니다. 흔한 단어, 연속된 문자나 숫자, 이메일과 이름을 피하고 서로 관계없는 단어 서너 개를 이어 쓰세요 (예: 등대 연필 구름 자전거).";

/** A new password: long enough, and not common or guessable from the account's own email and name. */
export function passwordSchema(account: { email?: string; name?: string } = {}) {
  const personal = [account.email, account.email?.split("@")[0], account.name].filter(
    (value): value is string => Boolean(value),
  );
  return z
    .string()
    .min(12, "비밀번호는 12자 이상이어야 합니다")
    .max(256, "비밀번호는 256자 이하여야 합니다")
    .refine((password) => estimator().check(password, personal).score >= MIN_STRENGTH, {
      message: guessableMessage,
    });
}

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
