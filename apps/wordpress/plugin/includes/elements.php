<?php
/**
 * The elements as blocks (one per element, rendered on the server from block.json) and as the
 * [muni_kit] shortcode. Both write the custom element with escaped, known attributes only, so
 * authors without unfiltered_html can place them and the HTML filter never sees markup or JSON.
 *
 * @package muni-kit
 */

defined( 'ABSPATH' ) || exit;

/** The block metadata of every element, by element name without "muni-" ("site-header"). */
function muni_kit_elements(): array {
	static $elements = null;
	if ( null === $elements ) {
		$elements = array();
		foreach ( glob( MUNI_KIT_DIR . '/blocks/*/block.json' ) as $file ) {
			$metadata = json_decode( (string) file_get_contents( $file ), true );
			if ( is_array( $metadata ) ) {
				$elements[ basename( dirname( $file ) ) ] = $metadata;
			}
		}
	}
	return $elements;
}

/** "twinCity" -> "twin-city": a block attribute's element attribute. */
function muni_kit_attribute_name( string $block_attribute ): string {
	return strtolower( (string) preg_replace( '/[A-Z]/', '-$0', $block_attribute ) );
}

/** The path of the page being served, for the menus' "current page". */
function muni_kit_current_path(): string {
	$uri = isset( $_SERVER['REQUEST_URI'] ) ? wp_unslash( (string) $_SERVER['REQUEST_URI'] ) : '/';
	$path = wp_parse_url( $uri, PHP_URL_PATH );
	return is_string( $path ) ? $path : '/';
}

/** Strings of the fallback shown when the kit's script cannot run, in the elements' language. */
function muni_kit_fallback_text( string $language ): string {
	$texts = array(
		'bg' => 'Тази част от страницата не можа да се зареди. Моля, презаредете страницата.',
		'en' => 'This part of the page could not be loaded. Please reload the page.',
	);
	return $texts[ $language ] ?? $texts['en'];
}

/**
 * The HTML of one element: `<muni-NAME src lang …>` with the given attributes, those the
 * element knows and that are set. `$wrapper` holds extra, already escaped attributes (the
 * block's class and alignment). Light-DOM fallback, assigned to no slot: the page shows it only
 * when the element never upgrades (the bundle did not load), after a delay (see the stylesheet).
 */
function muni_kit_render_element( string $name, array $attributes, string $wrapper = '' ): string {
	$elements = muni_kit_elements();
	if ( ! isset( $elements[ $name ] ) ) {
		return '';
	}
	muni_kit_enqueue_assets();
	$language = muni_kit_language();
	$html     = array(
		'src'  => muni_kit_data_url(),
		'lang' => $language,
	);
	foreach ( $elements[ $name ]['attributes'] as $key => $schema ) {
		if ( ! empty( $schema['muniKitBlockOnly'] ) ) {
			continue;
		}
		$value = $attributes[ $key ] ?? null;
		if ( null === $value || '' === $value || false === $value ) {
			continue;
		}
		if ( 'currentUrl' === $key && '.' === $value ) {
			$value = muni_kit_current_path();
		}
		if ( isset( $schema['enum'] ) && ! in_array( $value, $schema['enum'], true ) ) {
			continue;
		}
		$html[ muni_kit_attribute_name( $key ) ] = true === $value ? '' : (string) $value;
	}
	$inner = '';
	if ( 'site-header' === $name && ! empty( $attributes['withMenu'] ) ) {
		$menu = array(
			'currentUrl' => $attributes['currentUrl'] ?? '.',
		);
		$inner = muni_kit_render_element( 'mega-menu', $menu );
	}
	$out = '<muni-' . $name;
	foreach ( $html as $attribute => $value ) {
		$out .= ' ' . $attribute . ( '' === $value ? '' : '="' . esc_attr( $value ) . '"' );
	}
	$out .= ( '' === $wrapper ? '' : ' ' . $wrapper ) . '>';
	$out .= $inner;
	$out .= '<p slot="muni-kit-fallback" class="muni-kit-fallback" role="status">' . esc_html( muni_kit_fallback_text( $language ) ) . '</p>';
	return $out . '</muni-' . $name . '>';
}

/** The blocks: block.json metadata from blocks/, rendered by muni_kit_render_element. */
add_action(
	'init',
	static function () {
		wp_register_script(
			'muni-kit-blocks',
			plugins_url( 'editor/blocks.js', MUNI_KIT_FILE ),
			array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render', 'wp-i18n' ),
			MUNI_KIT_VERSION,
			true
		);
		$metadata = array();
		foreach ( muni_kit_elements() as $name => $block ) {
			register_block_type(
				MUNI_KIT_DIR . '/blocks/' . $name,
				array(
					'render_callback' => static function ( $attributes ) use ( $name ) {
						return muni_kit_render_element( $name, $attributes, get_block_wrapper_attributes() );
					},
				)
			);
			$metadata[] = $block;
		}
		wp_add_inline_script( 'muni-kit-blocks', 'window.muniKitBlocks = ' . wp_json_encode( $metadata ) . ';', 'before' );
		add_shortcode( 'muni_kit', 'muni_kit_shortcode' );
	}
);

/**
 * [muni_kit element="timeline" twin-city="kochani" heading-level="2"]: the same element as the
 * block, with the element's own attribute names.
 */
function muni_kit_shortcode( $atts ): string {
	$atts     = is_array( $atts ) ? $atts : array();
	$name     = isset( $atts['element'] ) ? preg_replace( '/^muni-/', '', strtolower( (string) $atts['element'] ) ) : '';
	$elements = muni_kit_elements();
	if ( ! isset( $elements[ $name ] ) ) {
		return '';
	}
	$attributes = array();
	foreach ( $elements[ $name ]['attributes'] as $key => $schema ) {
		$given = $atts[ muni_kit_attribute_name( $key ) ] ?? null;
		if ( null === $given ) {
			continue;
		}
		switch ( $schema['type'] ?? 'string' ) {
			case 'boolean':
				$attributes[ $key ] = ! in_array( strtolower( (string) $given ), array( '', '0', 'false', 'no' ), true );
				break;
			case 'integer':
			case 'number':
				$attributes[ $key ] = is_numeric( $given ) ? $given + 0 : null;
				break;
			default:
				$attributes[ $key ] = (string) $given;
		}
	}
	foreach ( $elements[ $name ]['attributes'] as $key => $schema ) {
		if ( ! array_key_exists( $key, $attributes ) && array_key_exists( 'default', $schema ) ) {
			$attributes[ $key ] = $schema['default'];
		}
	}
	return muni_kit_render_element( $name, $attributes, 'class="wp-block-muni-kit-' . esc_attr( $name ) . '"' );
}
