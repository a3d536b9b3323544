<?php
/**
 * The municipality data file (one JSON document for every element) and the language the
 * elements render in.
 *
 * @package muni-kit
 */

defined( 'ABSPATH' ) || exit;

/** The option holding the data file's URL, as the settings page saved it. */
const MUNI_KIT_DATA_OPTION = 'muni_kit_data_url';

/**
 * The data file's URL for the elements' `src`: site-relative when the file is on this site (so
 * that it works behind a proxy, over http and https alike), else as saved. Empty when not set.
 */
function muni_kit_data_url(): string {
	$url = (string) get_option( MUNI_KIT_DATA_OPTION, '' );
	if ( '' === $url ) {
		return '';
	}
	$site = wp_parse_url( home_url() );
	$file = wp_parse_url( $url );
	if ( isset( $file['host'], $site['host'] ) && strtolower( $file['host'] ) === strtolower( $site['host'] )
		&& ( $file['port'] ?? null ) === ( $site['port'] ?? null ) ) {
		return wp_make_link_relative( $url );
	}
	return $url;
}

/**
 * The language of the page being served, as a BCP 47 primary language ("bg", "en"): Polylang's
 * or WPML's current language when one of them is active, else the site language.
 */
function muni_kit_language(): string {
	$language = '';
	if ( function_exists( 'pll_current_language' ) ) {
		$language = (string) pll_current_language( 'slug' );
	} elseif ( defined( 'ICL_LANGUAGE_CODE' ) ) {
		$language = (string) ICL_LANGUAGE_CODE;
	}
	if ( '' === $language ) {
		$language = get_locale();
	}
	$primary = strtolower( (string) preg_replace( '/[-_].*$/', '', $language ) );
	return preg_match( '/^[a-z]{2,3}$/', $primary ) ? $primary : 'en';
}

/** Where the sample data is installed: wp-content/uploads/muni-kit/. */
function muni_kit_sample_dir(): array {
	$uploads = wp_upload_dir( null, false );
	return array(
		'path' => trailingslashit( $uploads['basedir'] ) . 'muni-kit',
		'url'  => trailingslashit( $uploads['baseurl'] ) . 'muni-kit',
	);
}

/**
 * Copies the sample data (Kazanlak, with its coat of arms) shipped in the plugin into
 * wp-content/uploads/muni-kit/ and returns its URL, or a WP_Error.
 *
 * @return string|WP_Error
 */
function muni_kit_install_sample() {
	$target = muni_kit_sample_dir();
	if ( ! wp_mkdir_p( $target['path'] ) ) {
		return new WP_Error( 'muni_kit_sample', __( 'The uploads folder is not writable.', 'muni-kit' ) );
	}
	foreach ( array( 'kazanlak.json', 'kazanlak-coat-of-arms.svg' ) as $file ) {
		if ( ! copy( MUNI_KIT_DIR . '/sample/' . $file, $target['path'] . '/' . $file ) ) {
			return new WP_Error( 'muni_kit_sample', __( 'The sample data could not be copied into the uploads folder.', 'muni-kit' ) );
		}
	}
	return $target['url'] . '/kazanlak.json';
}

/**
 * Lets administrators upload a data file into the media library (WordPress allows no .json by
 * default, and PHP's type detection often calls JSON plain text).
 */
add_filter(
	'upload_mimes',
	static function ( $mimes ) {
		if ( current_user_can( 'manage_options' ) ) {
			$mimes['json'] = 'application/json';
		}
		return $mimes;
	}
);
add_filter(
	'wp_check_filetype_and_ext',
	static function ( $data, $file, $filename ) {
		if ( current_user_can( 'manage_options' ) && preg_match( '/\.json$/i', (string) $filename ) ) {
			return array(
				'ext'             => 'json',
				'type'            => 'application/json',
				'proper_filename' => false,
			);
		}
		return $data;
	},
	10,
	3
);
