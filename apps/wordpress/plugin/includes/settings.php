<?php
/**
 * Settings > muni-kit: the data file, from the media library or a URL, checked by the kit's own
 * decoder in the browser before it is saved (the same rules and paths as muni-validate).
 *
 * @package muni-kit
 */

defined( 'ABSPATH' ) || exit;

add_action(
	'admin_init',
	static function () {
		register_setting(
			'muni_kit',
			MUNI_KIT_DATA_OPTION,
			array(
				'type'              => 'string',
				'default'           => '',
				'sanitize_callback' => 'muni_kit_sanitize_data_url',
			)
		);
	}
);

/** Keeps an http(s) or site-relative URL; anything else is refused with a message. */
function muni_kit_sanitize_data_url( $value ): string {
	$value = trim( (string) $value );
	if ( '' === $value ) {
		return '';
	}
	$clean = esc_url_raw( $value, array( 'http', 'https' ) );
	if ( '' === $clean || ! preg_match( '#^(https?://|/[^/])#i', $clean ) ) {
		add_settings_error( MUNI_KIT_DATA_OPTION, 'muni_kit_url', __( 'The data file must be an http(s) URL or a path on this site.', 'muni-kit' ) );
		return (string) get_option( MUNI_KIT_DATA_OPTION, '' );
	}
	if ( empty( $_POST['muni_kit_checked'] ) ) { // phpcs:ignore WordPress.Security.NonceVerification -- options.php checked the nonce.
		add_settings_error( MUNI_KIT_DATA_OPTION, 'muni_kit_unchecked', __( 'Saved without the check in the browser (JavaScript was off): run npx muni-validate on the file.', 'muni-kit' ), 'warning' );
	}
	$warnings = isset( $_POST['muni_kit_warnings'] ) ? sanitize_textarea_field( wp_unslash( (string) $_POST['muni_kit_warnings'] ) ) : ''; // phpcs:ignore WordPress.Security.NonceVerification
	foreach ( array_slice( array_filter( explode( "\n", $warnings ) ), 0, 20 ) as $index => $warning ) {
		/* translators: %s: a warning about the data file, "path: message" */
		add_settings_error( MUNI_KIT_DATA_OPTION, 'muni_kit_warning_' . $index, sprintf( __( 'Data file warning: %s', 'muni-kit' ), $warning ), 'warning' );
	}
	return $clean;
}

add_action(
	'admin_menu',
	static function () {
		add_options_page( 'muni-kit', 'muni-kit', 'manage_options', 'muni-kit', 'muni_kit_settings_page' );
	}
);

/** The sample data, installed into uploads/ from the settings page. */
add_action(
	'admin_post_muni_kit_sample',
	static function () {
		if ( ! current_user_can( 'manage_options' ) ) {
			wp_die( esc_html__( 'Sorry, you are not allowed to do that.', 'muni-kit' ), 403 );
		}
		check_admin_referer( 'muni_kit_sample' );
		$url = muni_kit_install_sample();
		$args = array( 'page' => 'muni-kit' );
		if ( is_wp_error( $url ) ) {
			$args['muni-kit-error'] = rawurlencode( $url->get_error_message() );
		} else {
			update_option( MUNI_KIT_DATA_OPTION, $url );
			$args['muni-kit-sample'] = '1';
		}
		wp_safe_redirect( add_query_arg( $args, admin_url( 'options-general.php' ) ) );
		exit;
	}
);

add_action(
	'admin_enqueue_scripts',
	static function ( $hook ) {
		if ( 'settings_page_muni-kit' !== $hook ) {
			return;
		}
		wp_enqueue_media();
		wp_enqueue_script( 'muni-kit-settings', plugins_url( 'admin/settings.js', MUNI_KIT_FILE ), array(), MUNI_KIT_VERSION, true );
	}
);

/** The settings page. */
function muni_kit_settings_page(): void {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$url = (string) get_option( MUNI_KIT_DATA_OPTION, '' );
	?>
	<div class="wrap">
		<h1>muni-kit</h1>
		<?php if ( isset( $_GET['muni-kit-sample'] ) ) : // phpcs:ignore WordPress.Security.NonceVerification ?>
			<div class="notice notice-success"><p><?php esc_html_e( 'The sample data (Kazanlak) is in the uploads folder and in use.', 'muni-kit' ); ?></p></div>
		<?php endif; ?>
		<?php if ( isset( $_GET['muni-kit-error'] ) ) : // phpcs:ignore WordPress.Security.NonceVerification ?>
			<div class="notice notice-error" role="alert"><p><?php echo esc_html( wp_unslash( (string) $_GET['muni-kit-error'] ) ); // phpcs:ignore ?></p></div>
		<?php endif; ?>
		<form method="post" action="options.php" id="muni-kit-settings" data-validator="<?php echo esc_url( plugins_url( 'admin/validate.js', MUNI_KIT_FILE ) . '?ver=' . MUNI_KIT_VERSION ); ?>">
			<?php settings_fields( 'muni_kit' ); ?>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><label for="muni-kit-data-url"><?php esc_html_e( 'Data file', 'muni-kit' ); ?></label></th>
					<td>
						<input type="url" class="large-text code" id="muni-kit-data-url" name="<?php echo esc_attr( MUNI_KIT_DATA_OPTION ); ?>" value="<?php echo esc_attr( $url ); ?>" aria-describedby="muni-kit-data-help" />
						<p><button type="button" class="button" id="muni-kit-media"><?php esc_html_e( 'Choose from the media library', 'muni-kit' ); ?></button></p>
						<p class="description" id="muni-kit-data-help"><?php esc_html_e( 'The municipality\'s JSON data file: upload it into the media library, or give its URL (on another site it needs CORS). Language versions and the home URL in it should be site-relative ("/en/"). It is checked when you save.', 'muni-kit' ); ?></p>
						<input type="hidden" name="muni_kit_checked" value="" />
						<input type="hidden" name="muni_kit_warnings" value="" />
						<div id="muni-kit-report" aria-live="polite"></div>
					</td>
				</tr>
			</table>
			<?php submit_button(); ?>
		</form>
		<h2><?php esc_html_e( 'Sample data', 'muni-kit' ); ?></h2>
		<form method="post" action="<?php echo esc_url( admin_url( 'admin-post.php' ) ); ?>">
			<input type="hidden" name="action" value="muni_kit_sample" />
			<?php wp_nonce_field( 'muni_kit_sample' ); ?>
			<p><?php esc_html_e( 'Copies the Kazanlak sample data and its coat of arms into wp-content/uploads/muni-kit/ and uses it, to try the blocks.', 'muni-kit' ); ?></p>
			<?php submit_button( __( 'Install the sample data', 'muni-kit' ), 'secondary', 'muni-kit-sample', false ); ?>
		</form>
	</div>
	<?php
}
