ALTER TABLE `article_revisions` ADD `slug` text;--> statement-breakpoint
ALTER TABLE `article_revisions` ADD `section` text;--> statement-breakpoint
ALTER TABLE `article_revisions` ADD `sources` text;--> statement-breakpoint
-- Each article's newest revision is its saved state, so it can carry them; older ones stay unknown.
UPDATE `article_revisions` SET `slug` = (SELECT `slug` FROM `articles` WHERE `articles`.`id` = `article_revisions`.`article_id`), `section` = (SELECT `section` FROM `articles` WHERE `articles`.`id` = `article_revisions`.`article_id`), `sources` = (SELECT `sources` FROM `articles` WHERE `articles`.`id` = `article_revisions`.`article_id`) WHERE `version` = (SELECT `version` FROM `articles` WHERE `articles`.`id` = `article_revisions`.`article_id`);
