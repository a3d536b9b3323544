<?php
/**
 * Plugin Name:       muni-kit
 * Description:       Accessible, bilingual municipal header, menus, breadcrumbs, history timeline, contact footer and twin-city cards as blocks and a shortcode, driven by one JSON data file.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       muni-kit
 *
 * @package muni-kit
 */

defined( 'ABSPATH' ) || exit;

define( 'MUNI_KIT_VERSION', '0.1.0' );
define( 'MUNI_KIT_FILE', __FILE__ );
define( 'MUNI_KIT_DIR', __DIR__ );

require_once __DIR__ . '/includes/data-file.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/elements.php';
require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/patterns.php';
