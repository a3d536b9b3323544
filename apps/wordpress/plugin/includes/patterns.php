<?php
/**
 * Block patterns for block themes: the municipal header and footer, offered when editing the
 * theme's header and footer template parts (Appearance > Editor), and a twin-city page.
 *
 * @package muni-kit
 */

defined( 'ABSPATH' ) || exit;

add_action(
	'init',
	static function () {
		register_block_pattern_category( 'muni-kit', array( 'label' => 'muni-kit' ) );
		register_block_pattern(
			'muni-kit/header',
			array(
				'title'       => __( 'Municipal header (muni-kit)', 'muni-kit' ),
				'description' => __( 'Skip link, service links, language switch, coat of arms and name, today line and the mega-menu, full width.', 'muni-kit' ),
				'categories'  => array( 'muni-kit', 'header' ),
				'blockTypes'  => array( 'core/template-part/header' ),
				'content'     => '<!-- wp:muni-kit/site-header {"align":"full"} /-->',
			)
		);
		register_block_pattern(
			'muni-kit/footer',
			array(
				'title'       => __( 'Municipal footer (muni-kit)', 'muni-kit' ),
				'description' => __( 'Address, phones, office hours with a live status, contacts, social and legal links, full width.', 'muni-kit' ),
				'categories'  => array( 'muni-kit', 'footer' ),
				'blockTypes'  => array( 'core/template-part/footer' ),
				'content'     => '<!-- wp:muni-kit/contact-footer {"align":"full"} /-->',
			)
		);
		register_block_pattern(
			'muni-kit/twin-city-page',
			array(
				'title'       => __( 'Twin city page (muni-kit)', 'muni-kit' ),
				'description' => __( 'Breadcrumbs, the twin city\'s card and its history.', 'muni-kit' ),
				'categories'  => array( 'muni-kit' ),
				'content'     => '<!-- wp:muni-kit/breadcrumbs /--><!-- wp:muni-kit/twin-city-card {"align":"wide"} /--><!-- wp:muni-kit/timeline /-->',
			)
		);
	}
);
