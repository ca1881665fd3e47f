CREATE TABLE `account_sign_in_failures` (
	`email` text PRIMARY KEY NOT NULL,
	`failures` integer DEFAULT 0 NOT NULL,
	`last_failure_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `account_sign_in_failures_last` ON `account_sign_in_failures` (`last_failure_at`);--> statement-breakpoint
CREATE TABLE `editor_sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`revoked_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `editor_sessions_expires` ON `editor_sessions` (`expires_at`);--> statement-breakpoint
CREATE TABLE `known_sign_in_addresses` (
	`email` text NOT NULL,
	`ip` text NOT NULL,
	`last_sign_in_at` integer NOT NULL,
	PRIMARY KEY(`email`, `ip`)
);
--> statement-breakpoint
CREATE INDEX `login_attempts_updated` ON `login_attempts` (`updated_at`);