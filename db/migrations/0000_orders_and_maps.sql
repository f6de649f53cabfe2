CREATE TABLE `map_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`map_id` text NOT NULL,
	`name` text NOT NULL,
	`ydoc` blob NOT NULL,
	`snapshot` text NOT NULL,
	`node_count` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`map_id`) REFERENCES `maps`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `map_versions_map_idx` ON `map_versions` (`map_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `maps` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`ydoc` blob NOT NULL,
	`snapshot` text NOT NULL,
	`node_count` integer DEFAULT 0 NOT NULL,
	`store_id` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `maps_updated_at_idx` ON `maps` (`updated_at`);--> statement-breakpoint
CREATE TABLE `customers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`store_id` text NOT NULL,
	`customer_key` text NOT NULL,
	`email` text,
	`purchase_count` integer DEFAULT 0 NOT NULL,
	`net_revenue` real DEFAULT 0 NOT NULL,
	`first_purchase_at` integer,
	`last_purchase_at` integer,
	`first_order_id` text,
	`first_source` text,
	`first_discount_code` text,
	`first_country` text,
	FOREIGN KEY (`store_id`) REFERENCES `stores`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `customers_store_key_idx` ON `customers` (`store_id`,`customer_key`);--> statement-breakpoint
CREATE TABLE `import_rejected_rows` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`import_id` text NOT NULL,
	`row_number` integer NOT NULL,
	`reason` text NOT NULL,
	`cells` text NOT NULL,
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `import_rejected_rows_import_idx` ON `import_rejected_rows` (`import_id`,`row_number`);--> statement-breakpoint
CREATE TABLE `imports` (
	`id` text PRIMARY KEY NOT NULL,
	`store_id` text NOT NULL,
	`file_name` text NOT NULL,
	`format` text NOT NULL,
	`options` text DEFAULT '{}' NOT NULL,
	`status` text NOT NULL,
	`error` text,
	`processed_rows` integer DEFAULT 0 NOT NULL,
	`processed_bytes` integer DEFAULT 0 NOT NULL,
	`total_bytes` integer DEFAULT 0 NOT NULL,
	`orders` integer DEFAULT 0 NOT NULL,
	`purchases` integer DEFAULT 0 NOT NULL,
	`customers` integer DEFAULT 0 NOT NULL,
	`lines` integer DEFAULT 0 NOT NULL,
	`anonymous_orders` integer DEFAULT 0 NOT NULL,
	`revenue` real DEFAULT 0 NOT NULL,
	`skipped` text DEFAULT '{}' NOT NULL,
	`first_order_at` integer,
	`last_order_at` integer,
	`started_at` integer NOT NULL,
	`finished_at` integer,
	FOREIGN KEY (`store_id`) REFERENCES `stores`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `imports_store_idx` ON `imports` (`store_id`,`started_at`);--> statement-breakpoint
CREATE TABLE `mapping_presets` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`mapping` text NOT NULL,
	`options` text DEFAULT '{}' NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `mapping_presets_name_unique` ON `mapping_presets` (`name`);--> statement-breakpoint
CREATE TABLE `order_lines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`order_ref` integer NOT NULL,
	`position` integer NOT NULL,
	`product_name` text DEFAULT '' NOT NULL,
	`sku` text DEFAULT '' NOT NULL,
	`category` text DEFAULT '' NOT NULL,
	`quantity` real NOT NULL,
	`unit_price` real DEFAULT 0 NOT NULL,
	`line_total` real DEFAULT 0 NOT NULL,
	FOREIGN KEY (`order_ref`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `order_lines_order_idx` ON `order_lines` (`order_ref`);--> statement-breakpoint
CREATE TABLE `orders` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`store_id` text NOT NULL,
	`order_id` text NOT NULL,
	`customer_ref` integer,
	`created_at` integer NOT NULL,
	`currency` text DEFAULT '' NOT NULL,
	`total` real DEFAULT 0 NOT NULL,
	`refunded` real DEFAULT 0 NOT NULL,
	`net_revenue` real DEFAULT 0 NOT NULL,
	`discount_code` text DEFAULT '' NOT NULL,
	`source` text DEFAULT '' NOT NULL,
	`country` text DEFAULT '' NOT NULL,
	`status` text DEFAULT '' NOT NULL,
	`is_purchase` integer NOT NULL,
	`exclusion` text,
	`sequence` integer,
	`day_offset` integer,
	`gap_days` integer,
	`import_id` text,
	`row_number` integer,
	FOREIGN KEY (`store_id`) REFERENCES `stores`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `orders_store_order_idx` ON `orders` (`store_id`,`order_id`);--> statement-breakpoint
CREATE INDEX `orders_customer_idx` ON `orders` (`customer_ref`,`created_at`);--> statement-breakpoint
CREATE TABLE `stores` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`is_demo` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL
);
