CREATE TABLE `cache_tag_expirations` (
	`tag` text PRIMARY KEY NOT NULL,
	`expired_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `cache_tag_expirations_expired_at` ON `cache_tag_expirations` (`expired_at`);