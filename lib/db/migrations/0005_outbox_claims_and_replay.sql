ALTER TABLE `search_outbox` ADD `claimed_until` integer;--> statement-breakpoint
ALTER TABLE `search_outbox` ADD `synced_at` integer;--> statement-breakpoint
CREATE INDEX `search_outbox_pending` ON `search_outbox` (`synced_at`,`id`);