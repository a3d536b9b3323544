<?php
/**
 * The kit's bundle (an ES module), its stylesheet and the data-file preload. Loaded only on
 * pages that show an element: each block or shortcode asks for them when it renders.
 *
 * @package muni-kit
 */

defined( 'ABSPATH' ) || exit;

/** Whether this request renders a muni-kit element (set by the renderers). */
function muni_kit_assets_wanted( ?bool $set = null ): bool {
	static $wanted = false;
	if ( null !== $set ) {
		$wanted = $wanted || $set;
	}
	return $wanted;
}

/** The bundle's URL; its version is the plugin's, so an update busts every cache. */
function muni_kit_bundle_url(): string {
	return plugins_url( 'assets/muni-kit.js', MUNI_KIT_FILE );
}

/**
 * Enqueues the bundle and the stylesheet. The bundle is a module: through the Script Modules
 * API from WordPress 6.5, before that as a classic script handle printed with type="module".
 */
function muni_kit_enqueue_assets(): void {
	muni_kit_assets_wanted( true );
	wp_enqueue_style( 'muni-kit', plugins_url( 'assets/muni-kit-wordpress.css', MUNI_KIT_FILE ), array(), MUNI_KIT_VERSION );
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( 'muni-kit', muni_kit_bundle_url(), array(), MUNI_KIT_VERSION );
	} else {
		wp_enqueue_script( 'muni-kit', muni_kit_bundle_url(), array(), MUNI_KIT_VERSION, false );
	}
}

add_filter(
	'script_loader_tag',
	static function ( $tag, $handle ) {
		if ( 'muni-kit' !== $handle && 'muni-kit-settings' !== $handle ) {
			return $tag;
		}
		// Classic handles become modules (before 6.5, and the settings page's script).
		$tag = preg_replace( '/\stype=([\'"])text\/javascript\1/', '', $tag );
		return preg_replace( '/<script\s/', '<script type="module" ', $tag, 1 );
	},
	10,
	2
);

/**
 * Whether the page being served will show an element, known before <head> is printed: block
 * themes render the whole template first; classic themes are asked about the post's content.
 */
function muni_kit_page_shows_elements(): bool {
	if ( muni_kit_assets_wanted() ) {
		return true;
	}
	$post = is_singular() ? get_post() : null;
	if ( ! $post ) {
		return false;
	}
	return false !== strpos( $post->post_content, '<!-- wp:muni-kit/' ) || has_shortcode( $post->post_content, 'muni_kit' );
}

/** In <head>: preloads the data file, so it does not wait for the bundle. */
add_action(
	'wp_head',
	static function () {
		$url = muni_kit_data_url();
		if ( '' === $url || ! muni_kit_page_shows_elements() ) {
			return;
		}
		muni_kit_enqueue_assets();
		printf( '<link rel="preload" href="%s" as="fetch" crossorigin>' . "\n", esc_url( $url ) );
	},
	1
);

/** The block editor previews the elements: it needs the bundle too. */
add_action(
	'enqueue_block_editor_assets',
	static function () {
		muni_kit_enqueue_assets();
	}
);
