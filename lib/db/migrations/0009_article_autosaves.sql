CREATE TABLE `article_autosaves` (
	`article_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`base_version` integer NOT NULL,
	`fields` text NOT NULL,
	`saved_at` integer NOT NULL,
	PRIMARY KEY(`article_id`, `user_id`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
